#pragma once

#include "Policy.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace agencydesk {

/// What started a renewal run: a new term that renews another, a term whose dates were edited, or lapsed lines taken
/// off one master (its holders get certificates without them).
enum class RenewalTrigger
{
    Renewal,
    Dates,
    Lines
};
QString renewalTriggerKey(RenewalTrigger trigger); ///< renewal, dates, lines
RenewalTrigger renewalTriggerFromKey(const QString& key);

/// pending: queued, not started (or interrupted before its first master); partial: cancelled part way, resumable;
/// completed: every master and holder done.
enum class RenewalRunStatus
{
    Pending,
    Partial,
    Completed
};
QString renewalRunStatusKey(RenewalRunStatus status); ///< pending, partial, completed
std::optional<RenewalRunStatus> renewalRunStatusFromKey(const QString& key);

/// What happened (or, in a dry run, would happen) for one holder of one master.
struct RenewalRunItem
{
    enum class Outcome
    {
        Issued,      ///< a new revision was issued (emailed and/or queued for printing)
        Request,     ///< the holder's requirements are not met: a manual request was raised with the reason
        NotReceiving ///< the holder does not receive renewal certificates
    };
    qint64 masterId = 0;
    QString masterName;
    qint64 holderId = 0;
    QString holderName;
    Outcome outcome = Outcome::Issued;
    QString certificateNumber; ///< issued
    qint64 requestId = 0;      ///< request
    bool emailed = false;      ///< issued: an email is queued to the holder
    bool printed = false;      ///< issued: the certificate is in the print queue
    QString reason;            ///< request: the unmet requirements; issued to print for want of an address: why
};
QString renewalOutcomeKey(RenewalRunItem::Outcome outcome); ///< issued, request, not_receiving

/// The renewal run summary: what a run did to every master and holder.
struct RenewalRunSummary
{
    int masters = 0;        ///< masters holding the policy
    int mastersUpdated = 0; ///< masters whose line was moved to the new term
    int certificatesIssued = 0;
    int emailsQueued = 0;
    int printQueued = 0;
    int requestsRaised = 0;
    int notReceiving = 0;
    std::vector<RenewalRunItem> items;
    bool cancelled = false;
    bool dryRun = false;

    QString toText() const; ///< English, for the CLI and the activity log
    QJsonObject toJson() const;
    static RenewalRunSummary fromJson(const QJsonObject& json);
};

/// One run as stored: the policy it follows through, its state and summary.
struct RenewalRun
{
    qint64 id = 0;
    qint64 policyId = 0; ///< the new term (renewal), the edited term (dates), a lapsed line taken off (lines)
    std::optional<qint64> priorPolicyId;
    std::optional<qint64> masterId; ///< lines: the master republished
    RenewalTrigger trigger = RenewalTrigger::Renewal;
    RenewalRunStatus status = RenewalRunStatus::Pending;
    QString policyNumber;
    QString insuredName;
    qint64 insuredId = 0;
    QDate effective;
    QDate expiration;
    QString createdAt;
    QString createdByName;
    QString finishedAt;
    RenewalRunSummary summary;

    QJsonObject toJson() const;
};

/// A policy that expires soon and has no renewal term.
struct RenewalDue
{
    Policy policy;
    QString insuredName;
    int daysLeft = 0;
    int masters = 0; ///< masters that hold it (their holders are affected by the renewal)
};

/// Whether renewal follow-through starts by itself or after the CSR confirms (agency setting).
enum class FollowThrough
{
    Automatic,
    Ask
};

/// The agency's renewal settings (settings table, renewal.*).
struct RenewalSettings
{
    FollowThrough followThrough = FollowThrough::Automatic;
    int dueDays = 60; ///< the Renewals due view: policies expiring within this many days
};

/// What "notify the holders" of a lapsed or cancelled policy did.
struct LapseNoticeResult
{
    int notified = 0;
    int alreadyNotified = 0;
    QStringList noEmail; ///< holders with no address on file (names)
    QString toText() const;
};

} // namespace agencydesk
