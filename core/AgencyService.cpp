#include "AgencyService.h"

#include "ActivityService.h"
#include "Database.h"
#include "UserService.h"
#include "Validation.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace agencydesk {

QJsonObject AgencyProfile::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("address1"), address1},
                       {QStringLiteral("address2"), address2},
                       {QStringLiteral("city"), city},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("postalCode"), postalCode},
                       {QStringLiteral("country"), country},
                       {QStringLiteral("phone"), phone},
                       {QStringLiteral("fax"), fax},
                       {QStringLiteral("email"), email},
                       {QStringLiteral("contact"), contact},
                       {QStringLiteral("paperSize"), paperSizeKey(paperSize)},
                       {QStringLiteral("certificateDateFormat"), certificateDateFormat},
                       {QStringLiteral("complianceWarningDays"), complianceWarningDays}};
}

QStringList AgencyService::certificateDateFormats()
{
    return {QStringLiteral("MM/dd/yyyy"), QStringLiteral("dd/MM/yyyy"), QStringLiteral("yyyy-MM-dd")};
}

QString AgencyService::certificateDateFormatFromText(const QString& text)
{
    for (const QString& format : certificateDateFormats()) {
        if (format.compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return format;
    }
    return {};
}

std::optional<CertificatePaperSize> AgencyService::paperSizeFromText(const QString& text)
{
    for (CertificatePaperSize size :
         {CertificatePaperSize::Letter, CertificatePaperSize::A4, CertificatePaperSize::Legal}) {
        if (paperSizeKey(size).compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return size;
    }
    return std::nullopt;
}

Status AgencyService::validate(AgencyProfile& p)
{
    for (QString* field : {&p.name, &p.address1, &p.address2, &p.city, &p.state, &p.postalCode, &p.country, &p.phone,
                           &p.fax, &p.email, &p.contact})
        *field = cleanText(*field);
    p.country = p.country.isEmpty() ? QStringLiteral("US") : p.country.toUpper();
    p.state = p.state.toUpper();
    QStringList problems;
    if (p.name.isEmpty())
        problems << tr("Agency name is required.");
    if (p.country != QLatin1String("US") && p.country != QLatin1String("CA"))
        problems << tr("Country must be US or CA.");
    else {
        if (!p.postalCode.isEmpty() && !isValidPostalCode(p.country, p.postalCode))
            problems << tr("Postal code \"%1\" is not valid for %2.").arg(p.postalCode, p.country);
        else
            p.postalCode = normalizedPostalCode(p.country, p.postalCode);
        if (!p.state.isEmpty() && !isValidRegion(p.country, p.state))
            problems << tr("\"%1\" is not a state or province of %2.").arg(p.state, p.country);
    }
    if (!p.email.isEmpty() && !isPlausibleEmail(p.email))
        problems << tr("\"%1\" is not an email address.").arg(p.email);
    if (const QString format = certificateDateFormatFromText(p.certificateDateFormat); format.isEmpty())
        problems << tr("Certificate date format \"%1\" is not one of %2.")
                        .arg(p.certificateDateFormat, certificateDateFormats().join(QStringLiteral(", ")));
    else
        p.certificateDateFormat = format;
    if (p.complianceWarningDays < 0 || p.complianceWarningDays > kMaxComplianceWarningDays)
        problems << tr("Compliance warning days must be 0 to %1, not %2.")
                        .arg(kMaxComplianceWarningDays)
                        .arg(p.complianceWarningDays);
    if (!problems.isEmpty())
        return validationError(problems.join(QLatin1Char(' ')));
    return {};
}

Result<AgencyProfile> AgencyService::readProfile(const Database& db)
{
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT name, address1, address2, city, state, postal_code, country, phone, fax, email, "
                             "contact, paper_size, certificate_date_format, compliance_warning_days, row_version "
                             "FROM agency WHERE id = 1"));
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return Error{ErrorCode::NotFound, tr("The agency profile has not been set up.")};
    AgencyProfile p;
    QString* fields[] = {&p.name,    &p.address1, &p.address2, &p.city,  &p.state,  &p.postalCode,
                         &p.country, &p.phone,    &p.fax,      &p.email, &p.contact};
    for (int i = 0; i < 11; ++i)
        *fields[i] = q.value(i).toString();
    p.paperSize = paperSizeFromKey(q.value(11).toString());
    p.certificateDateFormat = q.value(12).toString();
    p.complianceWarningDays = q.value(13).toInt();
    p.rowVersion = q.value(14).toInt();
    return p;
}

Result<AgencyProfile> AgencyService::profile() const
{
    return readProfile(m_session.database());
}

bool AgencyService::needsSetup(const Database& db)
{
    QSqlQuery q = db.query();
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM agency) = 0 OR (SELECT count(*) FROM users) = 0")) ||
        !q.next())
        return true;
    return q.value(0).toBool();
}

static Status writeProfile(const Database& db, const AgencyProfile& p, bool insert)
{
    QSqlQuery q = db.query();
    if (insert)
        q.prepare(QStringLiteral("INSERT INTO agency(name, address1, address2, city, state, postal_code, country, "
                                 "phone, fax, email, contact, updated_at, paper_size, certificate_date_format, "
                                 "compliance_warning_days, row_version, id) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1)"));
    else
        q.prepare(QStringLiteral("UPDATE agency SET name = ?, address1 = ?, address2 = ?, city = ?, state = ?, "
                                 "postal_code = ?, country = ?, phone = ?, fax = ?, email = ?, contact = ?, "
                                 "updated_at = ?, paper_size = ?, certificate_date_format = ?, "
                                 "compliance_warning_days = ?, row_version = row_version + 1 "
                                 "WHERE id = 1 AND row_version = ?"));
    for (const QString& v : {p.name, p.address1, p.address2, p.city, p.state, p.postalCode, p.country, p.phone, p.fax,
                             p.email, p.contact, nowUtc(), paperSizeKey(p.paperSize), p.certificateDateFormat})
        q.addBindValue(v);
    q.addBindValue(p.complianceWarningDays);
    if (!insert)
        q.addBindValue(p.rowVersion);
    if (Status s = exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error{ErrorCode::Conflict,
                     AgencyService::tr("The agency profile was changed by someone else; reload it and try again.")};
    return {};
}

Status AgencyService::update(const AgencyProfile& input)
{
    if (Status s = authorize(m_session, Operation::AgencyUpdate); !s)
        return s;
    AgencyProfile p = input;
    if (Status s = validate(p); !s)
        return s;
    const Database& db = m_session.database();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<AgencyProfile> before = readProfile(db);
    if (!before)
        return before.error();
    if (Status s = writeProfile(db, p, false); !s)
        return s;
    const QJsonObject changes = jsonChanges(before->toJson(), p.toJson());
    if (Status s =
            recordActivity(m_session, QStringLiteral("agency"), 1, std::nullopt, QStringLiteral("updated"),
                           QStringLiteral("Edited the agency profile (%1)").arg(changes.keys().join(u", ")), changes);
        !s)
        return s;
    return tx.commit();
}

Result<Session> AgencyService::initialize(const std::shared_ptr<Database>& db, const AgencyProfile& input,
                                          const QString& adminUserName, const QString& adminFullName,
                                          const QString& adminPassword)
{
    AgencyProfile p = input;
    if (Status s = validate(p); !s)
        return s.error();
    Transaction tx(*db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (!needsSetup(*db))
        return Error{ErrorCode::Conflict, tr("This database is already set up.")};
    QSqlQuery clear = db->query();
    clear.exec(QStringLiteral("DELETE FROM agency"));
    if (Status s = writeProfile(*db, p, true); !s)
        return s.error();
    Result<qint64> adminId = insertUser(*db, adminUserName, adminFullName, Role::Manager, adminPassword);
    if (!adminId)
        return adminId.error();
    Session session{db, UserContext{*adminId, adminUserName.trimmed(), adminFullName.simplified(), Role::Manager}};
    if (Status s =
            recordActivity(session, QStringLiteral("agency"), 1, std::nullopt, QStringLiteral("created"),
                           QStringLiteral("Set up agency %1 with manager %2").arg(p.name, adminUserName), p.toJson());
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return session;
}

} // namespace agencydesk
