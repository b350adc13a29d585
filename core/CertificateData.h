#pragma once

#include "Policy.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace agencydesk {

struct AgencyProfile;
struct Insured;

enum class CertificatePaperSize
{
    Letter,
    A4,
    Legal
};
QString paperSizeKey(CertificatePaperSize size); ///< letter, a4, legal
CertificatePaperSize paperSizeFromKey(const QString& key);

/// The limit lines the form prints for a grid section, in order (GL: each occurrence, damage to rented premises, ...).
QStringList certificateLimitLabels(LineOfBusiness line);

/// One limit on the certificate: what the form calls it and the amount in whole dollars.
struct CertificateLimit
{
    QString label;
    qint64 amount = 0;
    bool operator==(const CertificateLimit&) const = default;
};

/// One row group of the coverage grid (a line of business as the certificate shows it).
struct CertificateCoverage
{
    LineOfBusiness line = LineOfBusiness::GeneralLiability; ///< GL, auto, umbrella, WC or other
    QString insurerLetter;                                  ///< A..F
    PolicyIndicators indicators;                            ///< check boxes and codes
    QString otherCoverage1;                                 ///< GL / auto: the two free "other" lines
    QString otherCoverage2;
    QString aggregateOther;                 ///< GL: "other" text when aggregate applies per other
    qint64 deductibleOrRetentionAmount = 0; ///< umbrella: amount next to DED / RETENTION
    bool additionalInsured = false;         ///< ADDL INSD column (never shown for WC)
    bool subrogationWaived = false;         ///< SUBR WVD column
    QString policyNumber;
    QDate effective;
    QDate expiration;
    std::vector<CertificateLimit> limits; ///< in the order of the form's limit lines

    /// The certificate row for a policy: indicators, dates and limits in the form's order.
    static CertificateCoverage fromPolicy(const Policy& policy, const QString& insurerLetter);

    QJsonObject toJson() const;
    static CertificateCoverage fromJson(const QJsonObject& json);
    bool operator==(const CertificateCoverage&) const = default;
};

struct CertificateProducer
{
    QString name;
    QString address1;
    QString address2;
    QString city;
    QString state;
    QString postalCode;
    QString contact;
    QString phone;
    QString fax;
    QString email;

    static CertificateProducer fromProfile(const AgencyProfile& profile);
    bool operator==(const CertificateProducer&) const = default;
};

struct CertificateInsured
{
    QString name;
    QString address1;
    QString address2;
    QString city;
    QString state;
    QString postalCode;

    static CertificateInsured fromInsured(const Insured& insured);
    bool operator==(const CertificateInsured&) const = default;
};

struct CertificateInsurer
{
    QString letter; ///< A..F
    QString name;
    QString naic;
    bool operator==(const CertificateInsurer&) const = default;
};

struct CertificateHolder
{
    QString name;
    QString address1;
    QString address2;
    QString city;
    QString state;
    QString postalCode;
    QString country;
    bool operator==(const CertificateHolder&) const = default;
};

/// Everything a certificate of liability insurance shows; the immutable snapshot of an issued certificate.
struct CertificateData
{
    QDate date;
    QString certificateNumber;
    QString revisionNumber;
    CertificateProducer producer;
    CertificateInsured insured;
    std::vector<CertificateInsurer> insurers;   ///< up to six, letters A..F
    std::vector<CertificateCoverage> coverages; ///< at most one per line is shown in the grid
    QString description;                        ///< operations / locations / vehicles; may be long
    CertificateHolder holder;
    QString authorizedRepresentative;
    QString dateFormat = QStringLiteral("MM/dd/yyyy");
    CertificatePaperSize paperSize = CertificatePaperSize::Letter;

    /// The first row of the given line, or nullptr.
    const CertificateCoverage* coverage(LineOfBusiness line) const;
    /// The insurer with that letter, or nullptr.
    const CertificateInsurer* insurer(const QString& letter) const;
    QString formatDate(const QDate& date) const;

    QJsonObject toJson() const;
    static CertificateData fromJson(const QJsonObject& json);
    bool operator==(const CertificateData&) const = default;
};

} // namespace agencydesk
