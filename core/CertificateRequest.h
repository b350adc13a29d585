#pragma once

#include "ActivityService.h"
#include "Certificate.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace agencydesk {

/// COI/POI (a certificate or proof of insurance) or WOS (a waiver of subrogation, paid for by the client).
enum class RequestType
{
    Coi,
    Wos
};

enum class RequestStatus
{
    New,
    InProgress,
    Completed,
    Rejected
};

/// Where a request came from: a phone call or an email taken by a CSR, the client portal, or a holder the client
/// added on a shared master whose requirements are not met, or a renewal the holder's requirements no longer meet.
enum class RequestSource
{
    Phone,
    Email,
    Portal,
    Holder,
    Renewal
};

QString requestTypeKey(RequestType type);       ///< coi, wos
QString requestStatusKey(RequestStatus status); ///< new, in_progress, completed, rejected
QString requestSourceKey(RequestSource source); ///< phone, email, portal, holder, renewal
std::optional<RequestType> requestTypeFromKey(const QString& key);
std::optional<RequestStatus> requestStatusFromKey(const QString& key); ///< also "in-progress"
std::optional<RequestSource> requestSourceFromKey(const QString& key);

/// The department manual requests are assigned to (stored; English).
inline QString certificatesDepartment()
{
    return QStringLiteral("Certificates");
}

/// The certificate holder as the customer asked for it.
struct RequestHolder
{
    QString name;
    QString address1;
    QString address2;
    QString city;
    QString state;
    QString postalCode;
    QString country = QStringLiteral("US");
    QString email;
};

/// One certificate request on the desk.
struct CertificateRequest
{
    qint64 id = 0;
    qint64 insuredId = 0;
    std::optional<qint64> masterId;
    std::optional<qint64> holderId; ///< the holder record on the master (matched or added when processed)
    RequestHolder holder;
    RequestType type = RequestType::Coi;
    RequestStatus status = RequestStatus::New;
    RequestSource source = RequestSource::Phone;
    bool manual = true;
    QString manualReason; ///< why it is on the manual list (stored English, like activity summaries)
    std::optional<qint64> assigneeId;
    QString assigneeName;
    QString department;
    QString notes; ///< the customer's notes or instructions
    QString paymentApprovedByName;
    QString paymentApprovedAt; ///< WOS only; empty until approved
    std::optional<qint64> certificateId;
    std::optional<qint64> rejectionReasonId;
    QString rejectionComment;
    QString createdByName;
    QString createdAt;
    QString updatedAt;
    QString closedAt;
    int rowVersion = 0;
    // Read only, joined for the list.
    QString insuredName;
    QString certificateNumber;
    QString rejectionReason;
    QString uploadedFileName; ///< an already issued certificate uploaded for this request
    QString emailSubject;     ///< the email the request came in, when it came by email

    bool paymentApproved() const { return !paymentApprovedAt.isEmpty(); }
    bool pending() const { return status == RequestStatus::New || status == RequestStatus::InProgress; }
};

/// A request with everything the preview shows: the trail (notes and activities, newest first) and the email.
struct RequestDetail
{
    CertificateRequest request;
    std::vector<Activity> trail;
    QString emailText; ///< the body of the email the request came in
};

/// What the request list shows. The default is the desk's default view: New and In Progress, oldest first.
struct RequestFilter
{
    std::vector<RequestStatus> statuses{RequestStatus::New, RequestStatus::InProgress}; ///< empty: every status
    std::optional<RequestType> type;
    std::optional<bool> manual;
    std::optional<qint64> assigneeId;
    QString department;
    std::optional<RequestSource> source;
    QDate from;     ///< created on or after (UTC date)
    QDate to;       ///< created on or before
    QString search; ///< customer name, customer number, holder name or request number
    int limit = 500;
    int offset = 0;
};

/// How a manual request is submitted, with the CSR's edits of the prefilled certificate.
struct SubmitOptions
{
    bool emailHolder = true; ///< the holder gets the certificate too (the client always does)
    bool force = false;      ///< issue although the holder's requirements are not met (an override activity)
    QString message;         ///< {message} in the emails
    /// The holder as corrected by the CSR: stored on the request, and the holder record on the master is matched or
    /// added from it. nullopt: the holder as the customer asked for it.
    std::optional<RequestHolder> holder;
    /// The description of operations for this certificate only (the master keeps its own). nullopt: the master's.
    std::optional<QString> description;
    /// Policies (lines) of the master left off this certificate; at least one line stays.
    std::vector<qint64> omittedPolicyIds;
};

/// A reason a request may be rejected with (the manager's list).
struct RejectionReason
{
    qint64 id = 0;
    QString text;
    int position = 0;
    bool retired = false;
};

} // namespace agencydesk
