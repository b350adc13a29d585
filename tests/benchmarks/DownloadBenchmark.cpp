#include "DownloadBenchmark.h"

#include "Database.h"
#include "DownloadImportService.h"
#include "ListBenchmark.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <ctime>

namespace agencydesk::bench {

namespace {

constexpr int kPoliciesPerXmlFile = 100;

struct Party
{
    QString name, address1, city, state, postal;
};

double cpuSeconds()
{
    return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

/// One policy message; \a i picks the line (five kinds) and makes the number unique.
QString xmlMessage(int i, const Party& p)
{
    static const char* const kLines[][4] = {
        {"CommlPkgPolicyAddRs", "CommlPolicy", "CGL", "GeneralLiabilityLineBusiness"},
        {"PersAutoPolicyAddRs", "PersPolicy", "AUTOP", "PersAutoLineBusiness"},
        {"WorkCompPolicyAddRs", "CommlPolicy", "WORK", "WorkCompLineBusiness"},
        {"HomeownerPolicyAddRs", "PersPolicy", "HOME", "HomeLineBusiness"},
        {"CommlUmbrellaPolicyAddRs", "CommlPolicy", "UMBRC", "CommlUmbrellaLineBusiness"},
    };
    static const char* const kCoverages[] = {"EAOCC", "CSL", "EL", "DWELL", "EAOCC"};
    const auto& line = kLines[i % 5];
    const QString message = QString::fromLatin1(line[0]);
    const QString policy = QString::fromLatin1(line[1]);
    return QStringLiteral(
               "<%1><InsuredOrPrincipal><GeneralPartyInfo><NameInfo><CommlName><CommercialName>%2</CommercialName>"
               "</CommlName></NameInfo><Addr><Addr1>%3</Addr1><City>%4</City><StateProvCd>%5</StateProvCd>"
               "<PostalCode>%6</PostalCode></Addr></GeneralPartyInfo></InsuredOrPrincipal>"
               "<%7><PolicyNumber>BX-%8</PolicyNumber><LOBCd>%9</LOBCd><NAICCd>9%10</NAICCd>"
               "<InsurerName>Bench Carrier %10</InsurerName><ContractTerm><EffectiveDt>2026-04-01</EffectiveDt>"
               "<ExpirationDt>2027-04-01</ExpirationDt></ContractTerm><CurrentTermAmt><Amt>%11.00</Amt>"
               "</CurrentTermAmt></%7><%12><Coverage><CoverageCd>%13</CoverageCd><Limit><FormatCurrencyAmt>"
               "<Amt>1000000</Amt></FormatCurrencyAmt></Limit><Deductible><FormatCurrencyAmt><Amt>1000</Amt>"
               "</FormatCurrencyAmt></Deductible></Coverage></%12></%1>\n")
        .arg(message, esc(p.name), esc(p.address1), esc(p.city), p.state, p.postal, policy)
        .arg(i, 8, 10, QLatin1Char('0'))
        .arg(QString::fromLatin1(line[2]))
        .arg(1000 + i % 7)
        .arg(500 + i % 900)
        .arg(QString::fromLatin1(line[3]), QString::fromLatin1(kCoverages[i % 5]));
}

QByteArray al3Record(const char* group, const std::vector<std::pair<QString, int>>& fields)
{
    QByteArray body;
    for (const auto& [value, width] : fields)
        body += value.left(width).leftJustified(width, QLatin1Char(' ')).toLatin1();
    return QByteArray(group) + QByteArray::number(body.size() + 10).rightJustified(3, '0') + "001" + body;
}

QByteArray al3Amount(qint64 cents)
{
    return QByteArray::number(cents).rightJustified(11, '0') + '+';
}

/// One AL3 file of \a count new-business transactions (general liability with two limits).
QByteArray al3Batch(int count, const std::vector<Party>& parties)
{
    QByteArray out = al3Record("1MHG", {{QStringLiteral("BENCHCO"), 10}, {QStringLiteral("20260301"), 8}}) + '\n';
    for (int i = 0; i < count; ++i) {
        const Party& p = parties[static_cast<size_t>(i) % parties.size()];
        out += al3Record("2TRG", {{QStringLiteral("NBS"), 3}, {QStringLiteral("CGL"), 5}, {QString(), 8}}) + '\n';
        out += al3Record("5BIS", {{QStringLiteral("C"), 1},
                                  {p.name, 40},
                                  {QString(), 20},
                                  {p.address1, 30},
                                  {QString(), 30},
                                  {p.city, 20},
                                  {p.state, 2},
                                  {p.postal, 10},
                                  {QStringLiteral("US"), 2},
                                  {QString(), 15},
                                  {QString(), 40}}) +
               '\n';
        out += al3Record("5BPI", {{QStringLiteral("AL-%1").arg(i, 8, 10, QLatin1Char('0')), 25},
                                  {QStringLiteral("98001"), 5},
                                  {QStringLiteral("Bench AL3 Casualty"), 30},
                                  {QStringLiteral("20260501"), 8},
                                  {QStringLiteral("20270501"), 8},
                                  {QString::fromLatin1(al3Amount(120000 + i)), 12}}) +
               '\n';
        out += al3Record("5CVG", {{QStringLiteral("EAOCC"), 6},
                                  {QString(), 12},
                                  {QString::fromLatin1(al3Amount(100000000)), 12},
                                  {QString(), 12}}) +
               '\n';
        out += al3Record("5CVG", {{QStringLiteral("GENAG"), 6},
                                  {QString(), 12},
                                  {QString::fromLatin1(al3Amount(200000000)), 12},
                                  {QString(), 12}}) +
               '\n';
    }
    out += al3Record("3MTG", {{QStringLiteral("%1").arg(count, 5, 10, QLatin1Char('0')), 5}}) + '\n';
    return out;
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
        fail(QStringLiteral("cannot write %1").arg(path));
        return false;
    }
    return true;
}

/// Insureds of the book as it stores them (an exact match for the import), spread over the whole book.
std::vector<Party> bookParties(const Database& db, int count)
{
    std::vector<Party> out;
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT name, address1, city, state, postal_code FROM insureds WHERE id % ? = 0 "
                             "ORDER BY id LIMIT ?"));
    const int total = scalar(db, QStringLiteral("SELECT count(*) FROM insureds")).toInt();
    q.addBindValue(qMax(1, total / qMax(1, count)));
    q.addBindValue(count);
    if (!q.exec()) {
        fail(QStringLiteral("reading insureds of the book failed"));
        return out;
    }
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString()});
    return out;
}

Party strangerParty(int i)
{
    return {QStringLiteral("Newcomer Holdings %1 LLC").arg(i), QStringLiteral("%1 Unknown Rd").arg(100 + i),
            QStringLiteral("Fargo"), QStringLiteral("ND"), QStringLiteral("58102")};
}

} // namespace

QJsonObject DownloadFigures::toJson() const
{
    return {{QStringLiteral("xmlFiles"), xmlFiles},
            {QStringLiteral("xmlPolicies"), xmlPolicies},
            {QStringLiteral("xmlBytes"), xmlBytes},
            {QStringLiteral("xmlSeconds"), xmlSeconds},
            {QStringLiteral("xmlCpuSeconds"), xmlCpuSeconds},
            {QStringLiteral("xmlPoliciesPerSecond"), xmlPerSecond},
            {QStringLiteral("attached"), attached},
            {QStringLiteral("unattached"), unattached},
            {QStringLiteral("failedFiles"), failed},
            {QStringLiteral("reimportSeconds"), reimportSeconds},
            {QStringLiteral("peakRssBeforeBytes"), rssBeforeBytes},
            {QStringLiteral("peakRssAfterFirstTenthBytes"), rssAfterTenthBytes},
            {QStringLiteral("peakRssAfterXmlBytes"), rssAfterXmlBytes},
            {QStringLiteral("al3Policies"), al3Policies},
            {QStringLiteral("al3Bytes"), al3Bytes},
            {QStringLiteral("al3Seconds"), al3Seconds},
            {QStringLiteral("al3CpuSeconds"), al3CpuSeconds},
            {QStringLiteral("peakRssAfterAl3Bytes"), rssAfterAl3Bytes},
            {QStringLiteral("privateMaxXmlBytes"), privateMaxXmlBytes},
            {QStringLiteral("privateAfterAl3Bytes"), privateAfterAl3Bytes}};
}

std::optional<DownloadFigures> DownloadBenchmark::measure(const QString& bookPath, int xmlPolicies, int al3Policies)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("downloads-bench.agencydesk"));
    if (!dir.isValid() || !QFile::copy(bookPath, copy)) {
        fail(QStringLiteral("cannot copy the book %1").arg(bookPath));
        return std::nullopt;
    }
    OpenOptions options;
    options.create = false;
    options.integrityCheck = false;
    Result<std::shared_ptr<Database>> db = Database::open(copy, options);
    if (!db) {
        fail(QStringLiteral("Database::open failed: %1").arg(db.error().message));
        return std::nullopt;
    }
    const Session session = ListBenchmark::managerSession(*db);

    DownloadFigures f;
    const std::vector<Party> known = bookParties(**db, xmlPolicies / 2);
    if (known.empty())
        return std::nullopt;
    const QString xmlDir = dir.filePath(QStringLiteral("xml"));
    QDir().mkpath(xmlDir);
    for (int file = 0; file * kPoliciesPerXmlFile < xmlPolicies; ++file) {
        QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                     "<ACORD xmlns=\"http://www.ACORD.org/standards/PC_Surety/ACORD1/xml/\">"
                                     "<InsuranceSvcRs>\n");
        for (int k = 0; k < kPoliciesPerXmlFile && file * kPoliciesPerXmlFile + k < xmlPolicies; ++k) {
            const int i = file * kPoliciesPerXmlFile + k;
            // Even policies for insureds of the book, odd ones for strangers.
            xml += xmlMessage(i, i % 2 == 0 ? known[static_cast<size_t>(i / 2) % known.size()] : strangerParty(i));
        }
        xml += QStringLiteral("</InsuranceSvcRs></ACORD>\n");
        const QByteArray bytes = xml.toUtf8();
        f.xmlBytes += bytes.size();
        if (!writeFile(QDir(xmlDir).filePath(QStringLiteral("carrier-%1.xml").arg(file, 5, 10, QLatin1Char('0'))),
                       bytes))
            return std::nullopt;
        ++f.xmlFiles;
    }
    f.xmlPolicies = xmlPolicies;

    DownloadImportService service(session);
    f.rssBeforeBytes = peakRssBytes();
    const int tenth = qMax(1, f.xmlFiles / 10);
    note(QStringLiteral("Importing %1 ACORD XML policies in %2 files ...").arg(xmlPolicies).arg(f.xmlFiles));
    QElapsedTimer t;
    double cpu = cpuSeconds();
    t.start();
    Result<DownloadImportSummary> summary = service.importPaths({xmlDir}, [&](int done, int, const QString&) {
        if (done == tenth)
            f.rssAfterTenthBytes = peakRssBytes();
        if (done % tenth == 0) // a read of /proc every tenth: not in the timing's way
            f.privateMaxXmlBytes = std::max(f.privateMaxXmlBytes, privateRssBytes());
        return true;
    });
    f.xmlSeconds = msSince(t) / 1000.0;
    f.xmlCpuSeconds = cpuSeconds() - cpu;
    f.rssAfterXmlBytes = peakRssBytes();
    if (!summary) {
        fail(QStringLiteral("XML import failed: %1").arg(summary.error().message));
        return std::nullopt;
    }
    f.xmlPerSecond = f.xmlPolicies / qMax(1e-9, f.xmlSeconds);
    f.attached = summary->count(&DownloadFileOutcome::imported);
    f.unattached = summary->count(&DownloadFileOutcome::unattached);
    f.failed = summary->failed();
    for (const DownloadFileOutcome& o : summary->files) {
        if (o.error)
            fail(QStringLiteral("a generated file was refused: %1").arg(o.error->toString()));
    }
    if (f.attached + f.unattached != f.xmlPolicies)
        fail(QStringLiteral("%1 policies imported, %2 written").arg(f.attached + f.unattached).arg(f.xmlPolicies));

    note(QStringLiteral("Importing the same XML files again ..."));
    t.restart();
    Result<DownloadImportSummary> again = service.importPaths({xmlDir});
    f.reimportSeconds = msSince(t) / 1000.0;
    if (!again || again->count(&DownloadFileOutcome::unchanged) != f.xmlPolicies)
        fail(QStringLiteral("re-importing changed something (or failed)"));

    const QString al3 = dir.filePath(QStringLiteral("batch.al3"));
    const QByteArray al3Bytes = al3Batch(al3Policies, known);
    if (!writeFile(al3, al3Bytes))
        return std::nullopt;
    f.al3Policies = al3Policies;
    f.al3Bytes = al3Bytes.size();
    note(QStringLiteral("Importing one AL3 file of %1 policies ...").arg(al3Policies));
    cpu = cpuSeconds();
    t.restart();
    Result<DownloadImportSummary> batch = service.importPaths({al3});
    f.al3Seconds = msSince(t) / 1000.0;
    f.al3CpuSeconds = cpuSeconds() - cpu;
    f.rssAfterAl3Bytes = peakRssBytes();
    f.privateAfterAl3Bytes = privateRssBytes();
    if (!batch || batch->failed() > 0 ||
        batch->count(&DownloadFileOutcome::imported) + batch->count(&DownloadFileOutcome::unattached) != al3Policies)
        fail(QStringLiteral("the AL3 batch did not import whole: %1")
                 .arg(batch ? batch->toText() : batch.error().message));
    return f;
}

} // namespace agencydesk::bench
