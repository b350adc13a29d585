#pragma once

#include "JsonText.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace agencydesk {

enum class LineOfBusiness
{
    GeneralLiability,
    Auto,
    Umbrella,
    WorkersComp,
    Property,
    Other
};

QString lineKey(LineOfBusiness line);           ///< gl, auto, umbrella, wc, property, other
QString lineDisplayName(LineOfBusiness line);   ///< "General liability", ... (English: certificates, activity log, CLI)
QString lineDisplayNameTr(LineOfBusiness line); ///< the same in the interface language, for the screen
std::optional<LineOfBusiness> lineFromKey(const QString& key);
std::vector<LineOfBusiness> allLines();

/// The certificate form's check boxes and codes for one policy (see shared/reference/acord25.md).
struct PolicyIndicators
{
    bool claimsMade = false;                                ///< GL and umbrella: claims-made instead of occurrence
    QString aggregateAppliesPer = QStringLiteral("policy"); ///< GL: policy | project | location
    bool anyAuto = false;
    bool ownedAutosOnly = false;
    bool scheduledAutos = false;
    bool hiredAutosOnly = false;
    bool nonOwnedAutosOnly = false;
    bool excess = false;                         ///< umbrella line: excess instead of umbrella
    QString deductibleOrRetention;               ///< umbrella: "" | deductible | retention
    bool wcStatutory = true;                     ///< WC: per statute (else "other")
    bool wcPersonsExcluded = false;              ///< WC: any proprietor/partner/officer excluded
    bool additionalInsuredEndorsement = false;   ///< the policy carries an AI endorsement
    bool waiverOfSubrogationEndorsement = false; ///< the policy carries a WOS endorsement
    bool primaryNonContributory = false;
    QString otherDescription; ///< "other" line: what the coverage is

    JsonObjectText toJsonText() const;
    QJsonObject toJson() const { return toJsonText().toObject(); }
    static PolicyIndicators fromJson(const QJsonObject& json);
    bool operator==(const PolicyIndicators&) const = default;
};

struct Coverage
{
    QString limitCode; ///< e.g. EachOccurrence; see LimitCodes.h
    qint64 amount = 0; ///< whole dollars
    bool operator==(const Coverage&) const = default;
};

enum class PolicyStatus
{
    InForce,
    Future,
    Expired,
    Cancelled
};
QString policyStatusDisplayName(PolicyStatus status);   ///< English (stored in snapshots, CLI)
QString policyStatusDisplayNameTr(PolicyStatus status); ///< the same in the interface language

struct Policy
{
    qint64 id = 0;
    std::optional<qint64> insuredId; ///< empty: an unattached download
    /// The term this one renews (same carrier and number, the previous term); renewals key on it.
    std::optional<qint64> priorPolicyId;
    QString number;
    LineOfBusiness line = LineOfBusiness::GeneralLiability;
    qint64 carrierId = 0;
    QString carrierName; ///< create/update: used to find or add the carrier when carrierId is 0
    QString carrierNaic;
    QDate effective;
    QDate expiration;
    bool cancelled = false;
    QString cancelledAt;
    std::optional<qint64> premiumCents;
    PolicyIndicators indicators;
    std::vector<Coverage> coverages;
    QString updatedAt;
    QString updatedByName;
    int rowVersion = 0;

    PolicyStatus status(const QDate& today = QDate::currentDate()) const;
    std::optional<qint64> limit(const QString& code) const;
};

} // namespace agencydesk
