#pragma once

#include "Policy.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace agencydesk {

/// One policy a master's certificates show, with the insurer letter and the ADDL INSD / SUBR WVD columns.
struct MasterPolicy
{
    qint64 policyId = 0;
    QString insurerLetter; ///< A..F; empty on input: assigned by carrier (one letter per carrier)
    bool additionalInsured = false;
    bool subrogationWaived = false;
    // Read only: the policy as it is now.
    QString policyNumber;
    LineOfBusiness line = LineOfBusiness::GeneralLiability;
    qint64 carrierId = 0;
    QString carrierName;
    bool operator==(const MasterPolicy&) const = default;
};

/// A client's certificate template: which policies, insurers and description every certificate shows.
struct CertificateMaster
{
    qint64 id = 0;
    qint64 insuredId = 0;
    QString name;
    QString description; ///< description of operations / locations / vehicles
    bool sharedToPortal = false;
    std::vector<MasterPolicy> policies;
    QString createdAt;
    QString updatedAt;
    int rowVersion = 0;
};

/// A minimum limit a certificate holder requires (by limit code, see LimitCodes.h).
struct HolderRequirement
{
    QString limitCode;
    qint64 minimum = 0; ///< whole dollars
    bool operator==(const HolderRequirement&) const = default;
};

enum class DeliveryPreference
{
    Email,
    Print,
    Both
};
QString deliveryPreferenceKey(DeliveryPreference preference); ///< email, print, both
std::optional<DeliveryPreference> deliveryPreferenceFromKey(const QString& key);

/// Someone a certificate is issued to (a general contractor, a landlord, ...), on one master.
struct CertificateHolderRecord
{
    qint64 id = 0;
    qint64 masterId = 0;
    QString name;
    QString address1;
    QString address2;
    QString city;
    QString state;
    QString postalCode;
    QString country = QStringLiteral("US");
    QString email;
    DeliveryPreference delivery = DeliveryPreference::Email;
    bool receivesRenewals = true;
    std::vector<HolderRequirement> requirements;
    bool requireAdditionalInsured = false;
    bool requireWaiverOfSubrogation = false;
    bool requirePrimaryNonContributory = false;
    QString updatedAt;
    int rowVersion = 0;
};

enum class DeliveryMethod
{
    Printed,
    Emailed,
    Saved
};
QString deliveryMethodKey(DeliveryMethod method); ///< printed, emailed, saved

/// How often an issued certificate went out, and the latest delivery (from certificate_deliveries).
struct DeliverySummary
{
    int printed = 0;
    int emailed = 0;
    int saved = 0;
    QString lastHow;    ///< printed, emailed or saved; empty when never delivered
    QString lastDetail; ///< printer, address or path
    QString lastBy;     ///< user name
    QString lastAt;     ///< UTC ISO 8601

    int total() const { return printed + emailed + saved; }
};

/// One issued certificate (without its PDF unless asked for).
struct IssuedCertificate
{
    qint64 id = 0;
    QString number; ///< COI-2026-000001, unique in the database
    int revision = 1;
    qint64 masterId = 0;
    qint64 holderId = 0;
    qint64 insuredId = 0;
    QString holderName;
    QString issuedByName;
    QString issuedAt;
    std::optional<qint64> supersededBy;
    bool forced = false; ///< issued over unmet holder requirements
    QByteArray pdf;
    QString snapshot; ///< CertificateData::toJson as compact JSON
    DeliverySummary deliveries;
};

/// One holder requirement, checked against the master's policies on a date.
struct ComplianceItem
{
    QString requirement; ///< "Each occurrence at least $1,000,000", "Additional insured", "GL-1 in force"
    bool met = true;
    QString reason; ///< why not, e.g. "Each occurrence $500,000 is below the required $1,000,000"
};

struct ComplianceReport
{
    qint64 holderId = 0;
    QDate date;
    std::vector<ComplianceItem> items;

    bool compliant() const;
    QStringList reasons() const; ///< the unmet items' reasons
};

} // namespace agencydesk
