#pragma once

#include "CertificateData.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace agencydesk {

class Database;

/// The producer on every certificate.
struct AgencyProfile
{
    QString name;
    QString address1;
    QString address2;
    QString city;
    QString state;
    QString postalCode;
    QString country = QStringLiteral("US");
    QString phone;
    QString fax;
    QString email;
    QString contact;
    // Certificate settings.
    CertificatePaperSize paperSize = CertificatePaperSize::Letter;
    QString certificateDateFormat = QStringLiteral("MM/dd/yyyy"); ///< one of AgencyService::certificateDateFormats()
    int complianceWarningDays = 30; ///< policies expiring within this many days of the certificate date are flagged
    int rowVersion = 0;

    QJsonObject toJson() const;
};

class AgencyService
{
    Q_DECLARE_TR_FUNCTIONS(AgencyService)

public:
    explicit AgencyService(const Session& session) : m_session(session) {}

    Result<AgencyProfile> profile() const;
    Status update(const AgencyProfile& profile);

    /// True while the database has no agency profile or no user (the first-run dialog's cue).
    static bool needsSetup(const Database& db);
    /// First run: the agency profile and the first manager, in one transaction; refused once done.
    static Result<Session> initialize(const std::shared_ptr<Database>& db, const AgencyProfile& profile,
                                      const QString& adminUserName, const QString& adminFullName,
                                      const QString& adminPassword);
    static Result<AgencyProfile> readProfile(const Database& db);
    static Status validate(AgencyProfile& profile);

    /// The date formats a certificate may use (Qt QDate format strings), the default first.
    static QStringList certificateDateFormats();
    /// The allowed format matching \a text case-insensitively ("DD/MM/YYYY" gives "dd/MM/yyyy"), or empty.
    static QString certificateDateFormatFromText(const QString& text);
    /// "letter", "a4" or "legal" (any case) as a paper size; nullopt for anything else.
    static std::optional<CertificatePaperSize> paperSizeFromText(const QString& text);
    static constexpr int kMaxComplianceWarningDays = 365;

private:
    const Session& m_session;
};

} // namespace agencydesk
