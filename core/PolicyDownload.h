#pragma once

#include "Policy.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace agencydesk {

/// What a carrier's download says happened to the policy.
enum class DownloadTransaction
{
    NewBusiness,
    Renewal,
    Change,
    Cancellation,
    Reinstatement
};
QString transactionKey(DownloadTransaction t);         ///< new, renewal, change, cancellation, reinstatement
QString transactionDisplayName(DownloadTransaction t); ///< "New business", ...
std::optional<DownloadTransaction> transactionFromKey(const QString& key);

/// A person or business named in a download: the insured, or an additional interest.
struct DownloadParty
{
    QString name;      ///< full name as it should be shown ("Christopher Lane", "Harbor Point Roofing LLC")
    QString givenName; ///< persons only; lets matching try first/last transposed
    QString surname;
    QString address1;
    QString address2;
    QString city;
    QString state;
    QString postalCode;
    QString country;
    QString phone;
    QString email;

    JsonObjectText toJsonText() const;
    QJsonObject toJson() const { return toJsonText().toObject(); }
    static DownloadParty fromJson(const QJsonObject& json);
};

/// A coverage as the carrier sent it, and the limit code it maps to (empty when we do not model it).
struct DownloadCoverage
{
    QString sourceCode;               ///< e.g. EAOCC, csio:TPBI, BI/PerPerson
    QString limitCode;                ///< ours (LimitCodes.h), or empty
    std::optional<qint64> limit;      ///< whole dollars
    std::optional<qint64> deductible; ///< whole dollars
};

/// A mortgagee, loss payee or additional insured: a future certificate holder.
struct AdditionalInterest
{
    QString kind; ///< mortgagee | loss-payee | additional-insured | other
    DownloadParty party;
    QString reference; ///< loan or contract number
};

/// One policy transaction read from a download file, whatever the format.
struct PolicyDownload
{
    QString format;           ///< acord-xml | csio-xml | al3
    QString sourceFile;       ///< the file (or zip entry) it came from
    int sourceLine = 0;       ///< where its message starts (XML), 0 when unknown
    qint64 sourceOffset = -1; ///< byte offset of its first record (AL3)

    DownloadTransaction transaction = DownloadTransaction::NewBusiness;
    QDate transactionDate; ///< when a change, cancellation or reinstatement takes effect
    DownloadParty insured;

    QString policyNumber;
    QString sourceLob; ///< the carrier's code, e.g. CGL, csio:AUTO, HOME
    LineOfBusiness line = LineOfBusiness::Other;
    QString carrierName;
    QString carrierNaic;
    QDate effective;
    QDate expiration;
    std::optional<qint64> premiumCents;
    std::vector<DownloadCoverage> coverages;
    std::vector<AdditionalInterest> interests;

    /// The coverages we model, as the policy's limits (the first amount per code wins).
    std::vector<Coverage> limits() const;
    QString where() const; ///< "file.xml, line 12" / "file.al3, byte 340"

    /// What the download said, as kept in `policy_downloads.data`.
    JsonObjectText toJsonText() const;
    QJsonObject toJson() const { return toJsonText().toObject(); }
    static PolicyDownload fromJson(const QJsonObject& json);
};

/// Why a download file could not be read: the file, where in it, and what is wrong.
struct DownloadError
{
    QString file;
    int line = 0;       ///< 1-based, 0 when not known
    qint64 offset = -1; ///< byte offset, -1 when not known
    QString reason;

    QString toString() const; ///< "file.al3, line 3 (byte 220): record 5BPI is 80 bytes, its header says 120"
};

/// A whole file's policies, or the one reason it was refused (a file imports whole or not at all).
struct DownloadParse
{
    std::vector<PolicyDownload> policies;
    std::optional<DownloadError> error;
    bool ok() const { return !error.has_value(); }
};

} // namespace agencydesk
