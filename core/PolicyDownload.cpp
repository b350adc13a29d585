#include "PolicyDownload.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace agencydesk {

namespace {

QJsonValue optionalAmount(const std::optional<qint64>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

std::optional<qint64> amountFromJson(const QJsonValue& value)
{
    if (value.isDouble())
        return static_cast<qint64>(value.toDouble());
    return std::nullopt;
}

} // namespace

QString transactionKey(DownloadTransaction t)
{
    switch (t) {
    case DownloadTransaction::NewBusiness:
        return QStringLiteral("new");
    case DownloadTransaction::Renewal:
        return QStringLiteral("renewal");
    case DownloadTransaction::Change:
        return QStringLiteral("change");
    case DownloadTransaction::Cancellation:
        return QStringLiteral("cancellation");
    case DownloadTransaction::Reinstatement:
        return QStringLiteral("reinstatement");
    }
    return {};
}

QString transactionDisplayName(DownloadTransaction t)
{
    switch (t) {
    case DownloadTransaction::NewBusiness:
        return QStringLiteral("New business");
    case DownloadTransaction::Renewal:
        return QStringLiteral("Renewal");
    case DownloadTransaction::Change:
        return QStringLiteral("Change");
    case DownloadTransaction::Cancellation:
        return QStringLiteral("Cancellation");
    case DownloadTransaction::Reinstatement:
        return QStringLiteral("Reinstatement");
    }
    return {};
}

std::optional<DownloadTransaction> transactionFromKey(const QString& key)
{
    for (DownloadTransaction t :
         {DownloadTransaction::NewBusiness, DownloadTransaction::Renewal, DownloadTransaction::Change,
          DownloadTransaction::Cancellation, DownloadTransaction::Reinstatement}) {
        if (transactionKey(t) == key)
            return t;
    }
    return std::nullopt;
}

QJsonObject DownloadParty::toJson() const
{
    return QJsonObject{
        {QStringLiteral("name"), name},         {QStringLiteral("givenName"), givenName},
        {QStringLiteral("surname"), surname},   {QStringLiteral("address1"), address1},
        {QStringLiteral("address2"), address2}, {QStringLiteral("city"), city},
        {QStringLiteral("state"), state},       {QStringLiteral("postalCode"), postalCode},
        {QStringLiteral("country"), country},   {QStringLiteral("phone"), phone},
        {QStringLiteral("email"), email},
    };
}

DownloadParty DownloadParty::fromJson(const QJsonObject& json)
{
    DownloadParty p;
    p.name = json.value(QStringLiteral("name")).toString();
    p.givenName = json.value(QStringLiteral("givenName")).toString();
    p.surname = json.value(QStringLiteral("surname")).toString();
    p.address1 = json.value(QStringLiteral("address1")).toString();
    p.address2 = json.value(QStringLiteral("address2")).toString();
    p.city = json.value(QStringLiteral("city")).toString();
    p.state = json.value(QStringLiteral("state")).toString();
    p.postalCode = json.value(QStringLiteral("postalCode")).toString();
    p.country = json.value(QStringLiteral("country")).toString();
    p.phone = json.value(QStringLiteral("phone")).toString();
    p.email = json.value(QStringLiteral("email")).toString();
    return p;
}

std::vector<Coverage> PolicyDownload::limits() const
{
    std::vector<Coverage> out;
    auto add = [&out](const QString& code, qint64 amount) {
        for (const Coverage& c : out) {
            if (c.limitCode == code)
                return;
        }
        out.push_back({code, amount});
    };
    for (const DownloadCoverage& c : coverages) {
        if (!c.limitCode.isEmpty() && c.limit)
            add(c.limitCode, *c.limit);
    }
    // One deductible per policy on the certificate form; the first the carrier lists.
    QString deductibleCode;
    if (line == LineOfBusiness::Property)
        deductibleCode = QStringLiteral("PropertyDeductible");
    else if (line == LineOfBusiness::Umbrella)
        deductibleCode = QStringLiteral("Retention");
    else if (line == LineOfBusiness::Other)
        deductibleCode = QStringLiteral("OtherDeductible");
    if (!deductibleCode.isEmpty()) {
        for (const DownloadCoverage& c : coverages) {
            if (c.deductible) {
                add(deductibleCode, *c.deductible);
                break;
            }
        }
    }
    return out;
}

QString PolicyDownload::where() const
{
    if (sourceLine > 0)
        return QStringLiteral("%1, line %2").arg(sourceFile).arg(sourceLine);
    if (sourceOffset >= 0)
        return QStringLiteral("%1, byte %2").arg(sourceFile).arg(sourceOffset);
    return sourceFile;
}

QJsonObject PolicyDownload::toJson() const
{
    QJsonArray coverageArray;
    for (const DownloadCoverage& c : coverages)
        coverageArray.append(QJsonObject{{QStringLiteral("source"), c.sourceCode},
                                         {QStringLiteral("code"), c.limitCode},
                                         {QStringLiteral("limit"), optionalAmount(c.limit)},
                                         {QStringLiteral("deductible"), optionalAmount(c.deductible)}});
    QJsonArray interestArray;
    for (const AdditionalInterest& i : interests)
        interestArray.append(QJsonObject{{QStringLiteral("kind"), i.kind},
                                         {QStringLiteral("party"), i.party.toJson()},
                                         {QStringLiteral("reference"), i.reference}});
    return QJsonObject{
        {QStringLiteral("format"), format},
        {QStringLiteral("sourceFile"), sourceFile},
        {QStringLiteral("sourceLine"), sourceLine},
        {QStringLiteral("sourceOffset"), sourceOffset},
        {QStringLiteral("transaction"), transactionKey(transaction)},
        {QStringLiteral("transactionDate"), transactionDate.toString(Qt::ISODate)},
        {QStringLiteral("insured"), insured.toJson()},
        {QStringLiteral("policyNumber"), policyNumber},
        {QStringLiteral("sourceLob"), sourceLob},
        {QStringLiteral("line"), lineKey(line)},
        {QStringLiteral("carrier"), carrierName},
        {QStringLiteral("naic"), carrierNaic},
        {QStringLiteral("effective"), effective.toString(Qt::ISODate)},
        {QStringLiteral("expiration"), expiration.toString(Qt::ISODate)},
        {QStringLiteral("premiumCents"), optionalAmount(premiumCents)},
        {QStringLiteral("coverages"), coverageArray},
        {QStringLiteral("interests"), interestArray},
    };
}

PolicyDownload PolicyDownload::fromJson(const QJsonObject& json)
{
    PolicyDownload d;
    d.format = json.value(QStringLiteral("format")).toString();
    d.sourceFile = json.value(QStringLiteral("sourceFile")).toString();
    d.sourceLine = json.value(QStringLiteral("sourceLine")).toInt();
    d.sourceOffset = static_cast<qint64>(json.value(QStringLiteral("sourceOffset")).toDouble(-1));
    d.transaction = transactionFromKey(json.value(QStringLiteral("transaction")).toString())
                        .value_or(DownloadTransaction::NewBusiness);
    d.transactionDate = QDate::fromString(json.value(QStringLiteral("transactionDate")).toString(), Qt::ISODate);
    d.insured = DownloadParty::fromJson(json.value(QStringLiteral("insured")).toObject());
    d.policyNumber = json.value(QStringLiteral("policyNumber")).toString();
    d.sourceLob = json.value(QStringLiteral("sourceLob")).toString();
    d.line = lineFromKey(json.value(QStringLiteral("line")).toString()).value_or(LineOfBusiness::Other);
    d.carrierName = json.value(QStringLiteral("carrier")).toString();
    d.carrierNaic = json.value(QStringLiteral("naic")).toString();
    d.effective = QDate::fromString(json.value(QStringLiteral("effective")).toString(), Qt::ISODate);
    d.expiration = QDate::fromString(json.value(QStringLiteral("expiration")).toString(), Qt::ISODate);
    d.premiumCents = amountFromJson(json.value(QStringLiteral("premiumCents")));
    for (const QJsonValue& v : json.value(QStringLiteral("coverages")).toArray()) {
        const QJsonObject o = v.toObject();
        d.coverages.push_back({o.value(QStringLiteral("source")).toString(), o.value(QStringLiteral("code")).toString(),
                               amountFromJson(o.value(QStringLiteral("limit"))),
                               amountFromJson(o.value(QStringLiteral("deductible")))});
    }
    for (const QJsonValue& v : json.value(QStringLiteral("interests")).toArray()) {
        const QJsonObject o = v.toObject();
        d.interests.push_back({o.value(QStringLiteral("kind")).toString(),
                               DownloadParty::fromJson(o.value(QStringLiteral("party")).toObject()),
                               o.value(QStringLiteral("reference")).toString()});
    }
    return d;
}

QString DownloadError::toString() const
{
    QString where = file;
    if (line > 0 && offset >= 0)
        where += QCoreApplication::translate("DownloadError", ", line %1 (byte %2)").arg(line).arg(offset);
    else if (line > 0)
        where += QCoreApplication::translate("DownloadError", ", line %1").arg(line);
    else if (offset >= 0)
        where += QCoreApplication::translate("DownloadError", ", byte %1").arg(offset);
    return where + QStringLiteral(": ") + reason;
}

} // namespace agencydesk
