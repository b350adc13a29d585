#pragma once

#include <QDateTime>
#include <QString>

namespace agencydesk {

/// A client of the agency (a business or a person).
struct Insured
{
    qint64 id = 0;
    QString name;
    QString dba;
    QString address1;
    QString address2;
    QString city;
    QString state;      ///< two-letter state or province code
    QString postalCode; ///< US ZIP (12345 or 12345-6789) or Canadian postal code (A1A 1A1)
    QString country = QStringLiteral("US");
    QString phone;
    QString email;
    bool active = true;
    bool automationEligible = true;
    bool portalEnrolled = false;
    QString portalUserName;
    QString createdAt;
    QString updatedAt;
    QString updatedByName;
    int rowVersion = 0; ///< optimistic concurrency: a save must carry the version it read
    int policiesInForce = 0;
};

} // namespace agencydesk
