#include "AcordXmlParser.h"

#include "DownloadCodes.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

#include <memory>

namespace agencydesk {

const QString AcordXmlParser::kAcordNamespace = QStringLiteral("http://www.ACORD.org/standards/PC_Surety/ACORD1/xml/");
const QString AcordXmlParser::kCsioNamespace = QStringLiteral("http://www.CSIO.org/standards/PC_Surety/CSIO1/xml/");

namespace {

constexpr int kMaxDepth = 64;
constexpr int kMaxNodesPerMessage = 20000;

/// One element of a policy message: its local name, text and children.
struct Node
{
    QString name;
    QString text;
    int line = 0;
    std::vector<std::unique_ptr<Node>> children;

    const Node* child(QLatin1String n) const
    {
        for (const auto& c : children) {
            if (c->name == n)
                return c.get();
        }
        return nullptr;
    }
    /// The first element on a path of children ("ContractTerm/EffectiveDt").
    const Node* path(std::initializer_list<QLatin1String> names) const
    {
        const Node* n = this;
        for (QLatin1String name : names) {
            n = n->child(name);
            if (!n)
                return nullptr;
        }
        return n;
    }
    QString textAt(std::initializer_list<QLatin1String> names) const
    {
        const Node* n = path(names);
        return n ? n->text.trimmed() : QString();
    }
    /// Depth-first search below this node, not descending into \a skip.
    void findAll(QLatin1String n, std::vector<const Node*>& out, QLatin1String skip = QLatin1String()) const
    {
        for (const auto& c : children) {
            if (c->name == n)
                out.push_back(c.get());
            else if (skip.size() == 0 || c->name != skip)
                c->findAll(n, out, skip);
        }
    }
    const Node* findFirst(QLatin1String n) const
    {
        std::vector<const Node*> all;
        findAll(n, all);
        return all.empty() ? nullptr : all.front();
    }
};

struct Failure
{
    int line;
    QString reason;
};

class Reader
{
public:
    Reader(QIODevice& device, const QString& fileName) : m_xml(&device), m_file(fileName) {}

    DownloadParse run();

private:
    DownloadParse fail(int line, const QString& reason) const
    {
        DownloadParse out;
        out.error = DownloadError{m_file, line, -1, reason};
        return out;
    }
    DownloadParse xmlFailure() const
    {
        return fail(static_cast<int>(m_xml.lineNumber()),
                    AcordXmlParser::tr("not well-formed XML: %1").arg(m_xml.errorString()));
    }
    bool readElement(Node& node, int depth, int& count);
    std::optional<Failure> readMessage(const Node& message, DownloadTransaction transaction, PolicyDownload& out);
    bool readStart();

    QXmlStreamReader m_xml;
    QString m_file;
    QString m_format;
    std::optional<Failure> m_structural;
};

bool Reader::readStart()
{
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            m_structural = Failure{static_cast<int>(m_xml.lineNumber()),
                                   AcordXmlParser::tr("a DTD is not allowed in a download file")};
            return false;
        }
        if (token == QXmlStreamReader::StartElement)
            return true;
    }
    return false;
}

// Reads the element the reader is on (its StartElement was just read) with everything inside it.
bool Reader::readElement(Node& node, int depth, int& count)
{
    node.name = m_xml.name().toString();
    node.line = static_cast<int>(m_xml.lineNumber());
    if (depth > kMaxDepth || ++count > kMaxNodesPerMessage) {
        m_structural = Failure{
            node.line, depth > kMaxDepth
                           ? AcordXmlParser::tr("elements are nested more than %1 deep").arg(kMaxDepth)
                           : AcordXmlParser::tr("a policy message has more than %1 elements").arg(kMaxNodesPerMessage)};
        return false;
    }
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            auto child = std::make_unique<Node>();
            if (!readElement(*child, depth + 1, count))
                return false;
            node.children.push_back(std::move(child));
        } else if (token == QXmlStreamReader::Characters) {
            if (node.text.size() < 4096) // no field we read is longer; a huge text node is not kept
                node.text += m_xml.text();
        } else if (token == QXmlStreamReader::EndElement) {
            return true;
        } else if (token == QXmlStreamReader::DTD) {
            m_structural = Failure{static_cast<int>(m_xml.lineNumber()), AcordXmlParser::tr("a DTD is not allowed")};
            return false;
        }
    }
    return false;
}

std::optional<DownloadTransaction> transactionForMessage(const QString& name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z]*Policy(Add|New|Renew|Renewal|Mod|Change|Cancel|Reinstate)(Rq|Rs)$"));
    const QRegularExpressionMatch m = pattern.match(name);
    if (!m.hasMatch())
        return std::nullopt;
    const QString kind = m.captured(1);
    if (kind == QLatin1String("Add") || kind == QLatin1String("New"))
        return DownloadTransaction::NewBusiness;
    if (kind.startsWith(QLatin1String("Renew")))
        return DownloadTransaction::Renewal;
    if (kind == QLatin1String("Mod") || kind == QLatin1String("Change"))
        return DownloadTransaction::Change;
    if (kind == QLatin1String("Cancel"))
        return DownloadTransaction::Cancellation;
    return DownloadTransaction::Reinstatement;
}

void readParty(const Node& info, DownloadParty& party)
{
    const auto L = [](const char* s) { return QLatin1String(s); };
    if (const Node* person = info.path({L("NameInfo"), L("PersonName")})) {
        party.givenName = person->textAt({L("GivenName")});
        party.surname = person->textAt({L("Surname")});
        const QString middle = person->textAt({L("OtherGivenName")});
        QStringList parts{party.givenName, middle, party.surname};
        parts.removeAll(QString());
        party.name = parts.join(QLatin1Char(' '));
    } else {
        party.name = info.textAt({L("NameInfo"), L("CommlName"), L("CommercialName")});
    }
    if (const Node* addr = info.child(L("Addr"))) {
        party.address1 = addr->textAt({L("Addr1")});
        party.address2 = addr->textAt({L("Addr2")});
        party.city = addr->textAt({L("City")});
        party.state = addr->textAt({L("StateProvCd")});
        party.postalCode = addr->textAt({L("PostalCode")});
        party.country = addr->textAt({L("CountryCd")});
    }
    party.phone = info.textAt({L("Communications"), L("PhoneInfo"), L("PhoneNumber")});
    party.email = info.textAt({L("Communications"), L("EmailInfo"), L("EmailAddr")});
}

std::optional<Failure> readAmount(const Node* amt, const QString& what, std::optional<qint64>& cents)
{
    if (!amt)
        return std::nullopt;
    cents = downloadcodes::parseDecimalCents(amt->text);
    if (!cents)
        return Failure{amt->line,
                       AcordXmlParser::tr("%1 \"%2\" is not an amount").arg(what, amt->text.trimmed().left(40))};
    return std::nullopt;
}

std::optional<Failure> readRequiredDate(const Node& parent, std::initializer_list<QLatin1String> path,
                                        const QString& what, QDate& date)
{
    const Node* n = parent.path(path);
    if (!n || n->text.trimmed().isEmpty())
        return Failure{parent.line, AcordXmlParser::tr("%1 is missing").arg(what)};
    date = downloadcodes::parseDate(n->text);
    if (!date.isValid() || n->text.trimmed().size() != 10)
        return Failure{
            n->line, AcordXmlParser::tr("%1 \"%2\" is not a date (YYYY-MM-DD)").arg(what, n->text.trimmed().left(40))};
    return std::nullopt;
}

std::optional<Failure> Reader::readMessage(const Node& message, DownloadTransaction transaction, PolicyDownload& d)
{
    const auto L = [](const char* s) { return QLatin1String(s); };
    d.format = m_format;
    d.sourceFile = m_file;
    d.sourceLine = message.line;
    d.transaction = transaction;

    const Node* insured = message.findFirst(L("InsuredOrPrincipal"));
    const Node* insuredInfo = insured ? insured->child(L("GeneralPartyInfo")) : nullptr;
    if (!insuredInfo)
        return Failure{message.line,
                       AcordXmlParser::tr("%1 has no InsuredOrPrincipal/GeneralPartyInfo").arg(message.name)};
    readParty(*insuredInfo, d.insured);
    if (d.insured.name.isEmpty())
        return Failure{insuredInfo->line, AcordXmlParser::tr("the insured has no name")};

    const Node* policy = message.findFirst(L("PersPolicy"));
    if (!policy)
        policy = message.findFirst(L("CommlPolicy"));
    if (!policy)
        return Failure{message.line, AcordXmlParser::tr("%1 has no PersPolicy or CommlPolicy").arg(message.name)};
    d.policyNumber = policy->textAt({L("PolicyNumber")});
    if (d.policyNumber.isEmpty())
        return Failure{policy->line, AcordXmlParser::tr("PolicyNumber is missing")};
    d.sourceLob = policy->textAt({L("LOBCd")});
    if (d.sourceLob.isEmpty())
        return Failure{policy->line, AcordXmlParser::tr("LOBCd is missing")};
    d.line = downloadcodes::lineFor(d.sourceLob);
    d.carrierNaic = policy->textAt({L("NAICCd")});
    d.carrierName = policy->textAt({L("InsurerName")});
    if (d.carrierName.isEmpty())
        d.carrierName = policy->textAt({L("CompanyName")});
    if (d.carrierNaic.isEmpty() && d.carrierName.isEmpty())
        return Failure{policy->line, AcordXmlParser::tr("the carrier is missing (NAICCd or InsurerName)")};
    if (auto f = readRequiredDate(*policy, {L("ContractTerm"), L("EffectiveDt")}, QStringLiteral("EffectiveDt"),
                                  d.effective))
        return f;
    if (auto f = readRequiredDate(*policy, {L("ContractTerm"), L("ExpirationDt")}, QStringLiteral("ExpirationDt"),
                                  d.expiration))
        return f;
    if (d.expiration <= d.effective)
        return Failure{policy->line, AcordXmlParser::tr("ExpirationDt %1 is not after EffectiveDt %2")
                                         .arg(d.expiration.toString(Qt::ISODate), d.effective.toString(Qt::ISODate))};
    if (auto f =
            readAmount(policy->path({L("CurrentTermAmt"), L("Amt")}), QStringLiteral("CurrentTermAmt"), d.premiumCents))
        return f;
    if (d.premiumCents && *d.premiumCents < 0)
        return Failure{policy->line, AcordXmlParser::tr("the premium is negative")};

    if (const Node* when = message.findFirst(L("TransactionEffectiveDt"))) {
        d.transactionDate = downloadcodes::parseDate(when->text);
        if (!d.transactionDate.isValid() || when->text.trimmed().size() != 10)
            return Failure{when->line, AcordXmlParser::tr("TransactionEffectiveDt \"%1\" is not a date (YYYY-MM-DD)")
                                           .arg(when->text.trimmed().left(40))};
    }
    if (!d.transactionDate.isValid()) {
        if (transaction == DownloadTransaction::Cancellation)
            return Failure{message.line, AcordXmlParser::tr("a cancellation needs its TransactionEffectiveDt")};
        d.transactionDate = d.effective;
    }

    std::vector<const Node*> coverages;
    message.findAll(L("Coverage"), coverages, L("AdditionalInterest"));
    message.findAll(L("CommlCoverage"), coverages, L("AdditionalInterest"));
    for (const Node* c : coverages) {
        const QString code = c->textAt({L("CoverageCd")});
        if (code.isEmpty())
            return Failure{c->line, AcordXmlParser::tr("a coverage has no CoverageCd")};
        std::vector<const Node*> limitNodes;
        for (const auto& child : c->children) {
            if (child->name == QLatin1String("Limit"))
                limitNodes.push_back(child.get());
        }
        std::optional<qint64> deductibleCents;
        if (auto f = readAmount(c->path({L("Deductible"), L("FormatCurrencyAmt"), L("Amt")}),
                                AcordXmlParser::tr("%1 deductible").arg(code), deductibleCents))
            return f;
        auto dollars = [](std::optional<qint64> cents) {
            return cents ? std::optional<qint64>(*cents / 100) : std::nullopt;
        };
        if (limitNodes.empty())
            d.coverages.push_back({code, {}, std::nullopt, dollars(deductibleCents)});
        for (const Node* limit : limitNodes) {
            std::optional<qint64> cents;
            if (auto f = readAmount(limit->path({L("FormatCurrencyAmt"), L("Amt")}),
                                    AcordXmlParser::tr("%1 limit").arg(code), cents))
                return f;
            if ((cents && *cents < 0) || (deductibleCents && *deductibleCents < 0))
                return Failure{limit->line, AcordXmlParser::tr("%1 has a negative amount").arg(code)};
            const QString appliesTo = limit->textAt({L("LimitAppliesToCd")});
            d.coverages.push_back({appliesTo.isEmpty() ? code : code + QLatin1Char('/') + appliesTo,
                                   {},
                                   dollars(cents),
                                   dollars(deductibleCents)});
            deductibleCents.reset(); // the deductible belongs to the coverage, once
        }
    }
    downloadcodes::assignLimitCodes(d);

    std::vector<const Node*> interests;
    message.findAll(L("AdditionalInterest"), interests);
    for (const Node* i : interests) {
        AdditionalInterest interest;
        interest.kind = downloadcodes::interestKind(i->textAt({L("AdditionalInterestInfo"), L("NatureInterestCd")}));
        interest.reference = i->textAt({L("AdditionalInterestInfo"), L("AccountNumberId")});
        if (const Node* info = i->child(L("GeneralPartyInfo")))
            readParty(*info, interest.party);
        if (interest.party.name.isEmpty())
            return Failure{i->line, AcordXmlParser::tr("an AdditionalInterest has no name")};
        d.interests.push_back(std::move(interest));
    }
    return std::nullopt;
}

DownloadParse Reader::run()
{
    if (!readStart()) {
        if (m_structural)
            return fail(m_structural->line, m_structural->reason);
        if (m_xml.hasError())
            return xmlFailure();
        return fail(0, AcordXmlParser::tr("the file has no XML element"));
    }
    const QString ns = m_xml.namespaceUri().toString();
    if (m_xml.name() != QLatin1String("ACORD"))
        return fail(static_cast<int>(m_xml.lineNumber()),
                    AcordXmlParser::tr("the root element is <%1>, not <ACORD>").arg(m_xml.qualifiedName().toString()));
    bool csio = ns == AcordXmlParser::kCsioNamespace;
    if (!csio && !ns.isEmpty() && ns != AcordXmlParser::kAcordNamespace)
        return fail(static_cast<int>(m_xml.lineNumber()),
                    AcordXmlParser::tr("unknown namespace \"%1\" (expected ACORD's %2 or CSIO's %3)")
                        .arg(ns.left(200), AcordXmlParser::kAcordNamespace, AcordXmlParser::kCsioNamespace));
    for (const QXmlStreamNamespaceDeclaration& decl : m_xml.namespaceDeclarations()) {
        if (decl.namespaceUri() == AcordXmlParser::kCsioNamespace)
            csio = true;
    }
    m_format = csio ? QStringLiteral("csio-xml") : QStringLiteral("acord-xml");

    DownloadParse out;
    bool sawService = false;
    // Depth 1: children of <ACORD>; depth 2: children of InsuranceSvcRq/Rs (the messages).
    int depth = 1;
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (--depth == 0)
                break;
            continue;
        }
        if (token == QXmlStreamReader::DTD)
            return fail(static_cast<int>(m_xml.lineNumber()), AcordXmlParser::tr("a DTD is not allowed"));
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QString name = m_xml.name().toString();
        if (depth == 1) {
            if (name == QLatin1String("InsuranceSvcRq") || name == QLatin1String("InsuranceSvcRs")) {
                sawService = true;
                depth = 2;
            } else {
                m_xml.skipCurrentElement(); // SignonRq/Rs and the like
            }
            continue;
        }
        const int line = static_cast<int>(m_xml.lineNumber());
        const std::optional<DownloadTransaction> transaction = transactionForMessage(name);
        if (!transaction) {
            if (name.endsWith(QLatin1String("Rq")) || name.endsWith(QLatin1String("Rs")))
                return fail(line, AcordXmlParser::tr("unknown message <%1> (expected a policy add, renew, change, "
                                                     "cancel or reinstate message)")
                                      .arg(name.left(100)));
            m_xml.skipCurrentElement(); // RqUID, Status, ...
            continue;
        }
        Node message;
        int count = 0;
        if (!readElement(message, 0, count)) {
            if (m_structural)
                return fail(m_structural->line, m_structural->reason);
            return xmlFailure();
        }
        PolicyDownload download;
        if (std::optional<Failure> f = readMessage(message, *transaction, download))
            return fail(f->line, QStringLiteral("%1: %2").arg(message.name, f->reason));
        out.policies.push_back(std::move(download));
    }
    if (m_structural)
        return fail(m_structural->line, m_structural->reason);
    if (m_xml.hasError())
        return xmlFailure();
    if (depth != 0)
        return fail(static_cast<int>(m_xml.lineNumber()),
                    AcordXmlParser::tr("the file ends before </ACORD> (truncated?)"));
    // Anything after the root element other than whitespace or comments is malformed.
    while (!m_xml.atEnd())
        m_xml.readNext();
    if (m_xml.hasError() && m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
        return xmlFailure();
    if (!sawService)
        return fail(0, AcordXmlParser::tr("no InsuranceSvcRq or InsuranceSvcRs in the file"));
    if (out.policies.empty())
        return fail(0, AcordXmlParser::tr("no policy message in the file"));
    return out;
}

} // namespace

DownloadParse AcordXmlParser::parse(QIODevice& device, const QString& fileName)
{
    Reader reader(device, fileName);
    return reader.run();
}

} // namespace agencydesk
