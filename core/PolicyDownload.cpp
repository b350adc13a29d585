#include "PolicyDownload.h"

#include "Session.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace agencydesk {

using namespace Qt::StringLiterals;

namespace {

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

JsonObjectText DownloadParty::toJsonText() const
{
    JsonObjectText json;
    json.add("name"_L1, name).add("givenName"_L1, givenName).add("surname"_L1, surname);
    json.add("address1"_L1, address1).add("address2"_L1, address2).add("city"_L1, city).add("state"_L1, state);
    json.add("postalCode"_L1, postalCode).add("country"_L1, country).add("phone"_L1, phone).add("email"_L1, email);
    return json;
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

JsonObjectText PolicyDownload::toJsonText() const
{
    JsonArrayText coverageArray;
    for (const DownloadCoverage& c : coverages) {
        coverageArray.append(JsonObjectText()
                                 .add("source"_L1, c.sourceCode)
                                 .add("code"_L1, c.limitCode)
                                 .add("limit"_L1, c.limit)
                                 .add("deductible"_L1, c.deductible));
    }
    JsonArrayText interestArray;
    for (const AdditionalInterest& i : interests) {
        interestArray.append(JsonObjectText()
                                 .add("kind"_L1, i.kind)
                                 .add("party"_L1, i.party.toJsonText())
                                 .add("reference"_L1, i.reference));
    }
    JsonObjectText json;
    json.add("format"_L1, format).add("sourceFile"_L1, sourceFile);
    json.add("sourceLine"_L1, sourceLine).add("sourceOffset"_L1, sourceOffset);
    json.add("transaction"_L1, transactionKey(transaction));
    json.add("transactionDate"_L1, isoDate(transactionDate));
    json.add("insured"_L1, insured.toJsonText());
    json.add("policyNumber"_L1, policyNumber).add("sourceLob"_L1, sourceLob).add("line"_L1, lineKey(line));
    json.add("carrier"_L1, carrierName).add("naic"_L1, carrierNaic);
    json.add("effective"_L1, isoDate(effective)).add("expiration"_L1, isoDate(expiration));
    json.add("premiumCents"_L1, premiumCents);
    json.add("coverages"_L1, coverageArray).add("interests"_L1, interestArray);
    return json;
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
