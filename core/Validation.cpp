#include "Validation.h"

#include <QRegularExpression>
#include <QStringList>

namespace agencydesk {

namespace {

const QStringList& usStates()
{
    static const QStringList states = QStringLiteral("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD "
                                                     "MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
                                                     "OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR VI GU AS MP")
                                          .split(QLatin1Char(' '));
    return states;
}

const QStringList& caProvinces()
{
    static const QStringList provinces =
        QStringLiteral("AB BC MB NB NL NS NT NU ON PE QC SK YT").split(QLatin1Char(' '));
    return provinces;
}

} // namespace

QString normalizedPostalCode(const QString& country, const QString& postalCode)
{
    QString p = postalCode.trimmed().toUpper();
    if (country == QLatin1String("CA")) {
        p.remove(QLatin1Char(' '));
        if (p.size() == 6)
            p.insert(3, QLatin1Char(' '));
    }
    return p;
}

bool isValidPostalCode(const QString& country, const QString& postalCode)
{
    static const QRegularExpression us(QStringLiteral("^\\d{5}(-\\d{4})?$"));
    // Canada Post never uses D, F, I, O, Q, U; W and Z never lead.
    static const QRegularExpression ca(
        QStringLiteral("^[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z] \\d[ABCEGHJ-NPRSTV-Z]\\d$"));
    const QString p = normalizedPostalCode(country, postalCode);
    if (country == QLatin1String("US"))
        return us.match(p).hasMatch();
    if (country == QLatin1String("CA"))
        return ca.match(p).hasMatch();
    return false;
}

bool isValidRegion(const QString& country, const QString& region)
{
    const QString r = region.trimmed().toUpper();
    if (country == QLatin1String("US"))
        return usStates().contains(r);
    if (country == QLatin1String("CA"))
        return caProvinces().contains(r);
    return false;
}

QString cleanText(const QString& text)
{
    const QString s = text.simplified();
    return s.isNull() ? QStringLiteral("") : s;
}

bool isPlausibleEmail(const QString& email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return re.match(email.trimmed()).hasMatch();
}

bool containsLineBreak(const QString& text)
{
    return text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
}

} // namespace agencydesk
