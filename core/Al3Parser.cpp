#include "Al3Parser.h"

#include "DownloadCodes.h"

#include <algorithm>

namespace agencydesk {

namespace {

constexpr int kHeaderSize = 10;

/// One fixed-width field: where it starts after the header and how wide it is.
struct Field
{
    int start;
    int width;
};

// 5BIS insured
constexpr Field kBisKind{0, 1}, kBisName{1, 40}, kBisGiven{41, 20}, kBisAddr1{61, 30}, kBisAddr2{91, 30},
    kBisCity{121, 20}, kBisState{141, 2}, kBisPostal{143, 10}, kBisCountry{153, 2}, kBisPhone{155, 15},
    kBisEmail{170, 40};
constexpr int kBisSize = 210;
// 5BPI basic policy information
constexpr Field kBpiNumber{0, 25}, kBpiNaic{25, 5}, kBpiCarrier{30, 30}, kBpiEffective{60, 8}, kBpiExpiration{68, 8},
    kBpiPremium{76, 12};
constexpr int kBpiSize = 88;
// 2TRG transaction header
constexpr Field kTrgType{0, 3}, kTrgLob{3, 5}, kTrgDate{8, 8};
constexpr int kTrgSize = 16;
// 5CVG coverage
constexpr Field kCvgCode{0, 6}, kCvgAppliesTo{6, 12}, kCvgLimit{18, 12}, kCvgDeductible{30, 12};
constexpr int kCvgSize = 42;
// 5AOI additional interest
constexpr Field kAoiKind{0, 5}, kAoiName{5, 40}, kAoiAddr1{45, 30}, kAoiCity{75, 20}, kAoiState{95, 2},
    kAoiPostal{97, 10}, kAoiReference{107, 20};
constexpr int kAoiSize = 127;
// 3MTG trailer
constexpr Field kMtgCount{0, 5};
constexpr int kMtgSize = 5;
constexpr int kMhgSize = 18;

struct Record
{
    QString group;
    QByteArray body; ///< after the header
    qint64 offset = 0;
    int line = 1;

    QString field(Field f) const { return QString::fromLatin1(body.mid(f.start, f.width)).trimmed(); }
    QString raw(Field f) const { return QString::fromLatin1(body.mid(f.start, f.width)); }
};

bool isGroupCode(const QByteArray& code)
{
    if (code.size() != 4 || code[0] < '1' || code[0] > '9')
        return false;
    for (int i = 1; i < 4; ++i) {
        if (code[i] < 'A' || code[i] > 'Z')
            return false;
    }
    return true;
}

class Reader
{
public:
    Reader(QIODevice& device, const QString& fileName) : m_device(device), m_file(fileName) {}
    DownloadParse run();

private:
    /// Reads the next record; false at the end of the file or on an error (m_error set).
    bool next(Record& record);
    void failAt(const Record& r, const QString& reason)
    {
        m_error = DownloadError{m_file, r.line, r.offset, Al3Parser::tr("record %1: %2").arg(r.group, reason)};
    }
    void failAt(qint64 offset, int line, const QString& reason)
    {
        m_error = DownloadError{m_file, line, offset, reason};
    }
    bool requireSize(const Record& r, int size)
    {
        if (r.body.size() >= size)
            return true;
        failAt(r, Al3Parser::tr("is %1 bytes, a %2 record needs %3")
                      .arg(r.body.size() + kHeaderSize)
                      .arg(r.group)
                      .arg(size + kHeaderSize));
        return false;
    }
    bool date(const Record& r, Field f, const QString& what, QDate& out, bool required = true)
    {
        const QString text = r.raw(f);
        if (!required && text.trimmed().isEmpty())
            return true;
        out = downloadcodes::parseDate(text);
        if (!out.isValid()) {
            failAt(r, Al3Parser::tr("%1 \"%2\" is not a date (YYYYMMDD)").arg(what, text.trimmed()));
            return false;
        }
        return true;
    }
    bool amount(const Record& r, Field f, const QString& what, std::optional<qint64>& cents)
    {
        const QString text = r.raw(f);
        if (text.trimmed().isEmpty())
            return true;
        cents = downloadcodes::parseImpliedCents(text);
        if (!cents) {
            failAt(r, Al3Parser::tr("%1 \"%2\" is not an amount (digits, two implied decimals, trailing sign)")
                          .arg(what, text.trimmed()));
            return false;
        }
        return true;
    }
    bool finishTransaction();

    QIODevice& m_device;
    QString m_file;
    qint64 m_offset = 0;
    int m_line = 1;
    int m_lineMode = -1; ///< -1 unknown, 0 records back to back, 1 one record per line
    std::optional<DownloadError> m_error;
    std::optional<PolicyDownload> m_current;
    Record m_currentStart;
    bool m_sawInsured = false;
    bool m_sawPolicy = false;
    DownloadParse m_out;
};

bool Reader::next(Record& r)
{
    // Line breaks between records are allowed (and then required after every record).
    char c = 0;
    while (m_device.peek(&c, 1) == 1 && (c == '\n' || c == '\r')) {
        m_device.getChar(&c);
        ++m_offset;
        if (c == '\n')
            ++m_line;
    }
    if (m_device.atEnd() && m_device.peek(&c, 1) != 1)
        return false;
    const QByteArray header = m_device.read(kHeaderSize);
    r.offset = m_offset;
    r.line = m_line;
    r.group = QString::fromLatin1(header.left(4));
    if (header.size() < kHeaderSize) {
        failAt(r.offset, r.line,
               Al3Parser::tr("truncated record: the file ends %1 bytes into a record header").arg(header.size()));
        return false;
    }
    if (!isGroupCode(header.left(4))) {
        failAt(r.offset, r.line,
               Al3Parser::tr("\"%1\" is not a group code (a level digit and three capital letters)")
                   .arg(QString::fromLatin1(header.left(4).toPercentEncoding(" "))));
        return false;
    }
    bool ok = false;
    const int length = QString::fromLatin1(header.mid(4, 3)).toInt(&ok);
    if (!ok || length < kHeaderSize || header.mid(4, 3).contains(' ') || header.mid(4, 3).contains('+') ||
        header.mid(4, 3).contains('-')) {
        failAt(r.offset, r.line,
               Al3Parser::tr("record %1: \"%2\" is not a record length")
                   .arg(r.group, QString::fromLatin1(header.mid(4, 3).toPercentEncoding(" "))));
        return false;
    }
    r.body = m_device.read(length - kHeaderSize);
    m_offset += kHeaderSize + r.body.size();
    if (r.body.size() < length - kHeaderSize) {
        failAt(r, Al3Parser::tr("truncated: its header says %1 bytes, the file ends after %2")
                      .arg(length)
                      .arg(r.body.size() + kHeaderSize));
        return false;
    }
    const qsizetype lf = r.body.indexOf('\n'), cr = r.body.indexOf('\r');
    if (lf >= 0 || cr >= 0) {
        const qsizetype end = lf < 0 ? cr : (cr < 0 ? lf : std::min(lf, cr));
        failAt(r, Al3Parser::tr("its header says %1 bytes but the line ends after %2 (wrong record length)")
                      .arg(length)
                      .arg(kHeaderSize + end));
        return false;
    }
    // Whatever follows must be a line break (one record per line), another header, or the end.
    char after = 0;
    if (m_device.peek(&after, 1) == 1) {
        const bool lineBreak = after == '\n' || after == '\r';
        if (m_lineMode < 0)
            m_lineMode = lineBreak ? 1 : 0;
        if (m_lineMode == 1 && !lineBreak) {
            failAt(r,
                   Al3Parser::tr("its header says %1 bytes but the line is longer (wrong record length)").arg(length));
            return false;
        }
        if (m_lineMode == 0) {
            char peekHeader[4];
            if (m_device.peek(peekHeader, 4) == 4 && !isGroupCode(QByteArray(peekHeader, 4))) {
                failAt(r, Al3Parser::tr("its header says %1 bytes but no record header follows it "
                                        "(wrong record length)")
                              .arg(length));
                return false;
            }
        }
    }
    return true;
}

bool Reader::finishTransaction()
{
    if (!m_current)
        return true;
    if (!m_sawInsured) {
        failAt(m_currentStart, Al3Parser::tr("the transaction has no 5BIS insured record"));
        return false;
    }
    if (!m_sawPolicy) {
        failAt(m_currentStart, Al3Parser::tr("the transaction has no 5BPI policy record"));
        return false;
    }
    PolicyDownload& d = *m_current;
    if (!d.transactionDate.isValid()) {
        if (d.transaction == DownloadTransaction::Cancellation) {
            failAt(m_currentStart, Al3Parser::tr("a cancellation (XLC) needs its transaction date"));
            return false;
        }
        d.transactionDate = d.effective;
    }
    downloadcodes::assignLimitCodes(d);
    m_out.policies.push_back(std::move(d));
    m_current.reset();
    return true;
}

DownloadParse Reader::run()
{
    Record r;
    bool sawHeader = false;
    bool sawTrailer = false;
    while (!m_error && next(r)) {
        if (sawTrailer) {
            failAt(r, Al3Parser::tr("comes after the 3MTG trailer"));
            break;
        }
        if (!sawHeader && r.group != QLatin1String("1MHG")) {
            failAt(r, Al3Parser::tr("the file must start with a 1MHG message header"));
            break;
        }
        if (r.group == QLatin1String("1MHG")) {
            if (sawHeader) {
                failAt(r, Al3Parser::tr("a second message header"));
                break;
            }
            if (!requireSize(r, kMhgSize))
                break;
            sawHeader = true;
        } else if (r.group == QLatin1String("2TRG")) {
            if (!finishTransaction() || !requireSize(r, kTrgSize))
                break;
            PolicyDownload d;
            d.format = QStringLiteral("al3");
            d.sourceFile = m_file;
            d.sourceOffset = r.offset;
            const QString type = r.field(kTrgType);
            if (type == QLatin1String("NBS"))
                d.transaction = DownloadTransaction::NewBusiness;
            else if (type == QLatin1String("RWL") || type == QLatin1String("RWR"))
                d.transaction = DownloadTransaction::Renewal;
            else if (type == QLatin1String("END") || type == QLatin1String("PCH"))
                d.transaction = DownloadTransaction::Change;
            else if (type == QLatin1String("XLC"))
                d.transaction = DownloadTransaction::Cancellation;
            else if (type == QLatin1String("REI"))
                d.transaction = DownloadTransaction::Reinstatement;
            else {
                failAt(r, Al3Parser::tr("unknown transaction type \"%1\" (expected NBS, RWL, END, PCH, XLC or REI)")
                              .arg(type));
                break;
            }
            d.sourceLob = r.field(kTrgLob);
            if (d.sourceLob.isEmpty()) {
                failAt(r, Al3Parser::tr("the line of business is missing"));
                break;
            }
            d.line = downloadcodes::lineFor(d.sourceLob);
            if (!date(r, kTrgDate, Al3Parser::tr("transaction date"), d.transactionDate, false))
                break;
            m_current = std::move(d);
            m_currentStart = r;
            m_sawInsured = m_sawPolicy = false;
        } else if (r.group == QLatin1String("5BIS") || r.group == QLatin1String("5BPI") ||
                   r.group == QLatin1String("5CVG") || r.group == QLatin1String("5AOI")) {
            if (!m_current) {
                failAt(r, Al3Parser::tr("comes before any 2TRG transaction header"));
                break;
            }
            PolicyDownload& d = *m_current;
            if (r.group == QLatin1String("5BIS")) {
                if (!requireSize(r, kBisSize))
                    break;
                DownloadParty& p = d.insured;
                const bool person = r.field(kBisKind) == QLatin1String("P");
                if (person) {
                    p.surname = r.field(kBisName);
                    p.givenName = r.field(kBisGiven);
                    p.name = QString(p.givenName + QLatin1Char(' ') + p.surname).trimmed();
                } else {
                    p.name = r.field(kBisName);
                }
                p.address1 = r.field(kBisAddr1);
                p.address2 = r.field(kBisAddr2);
                p.city = r.field(kBisCity);
                p.state = r.field(kBisState);
                p.postalCode = r.field(kBisPostal);
                p.country = r.field(kBisCountry);
                p.phone = r.field(kBisPhone);
                p.email = r.field(kBisEmail);
                if (p.name.isEmpty()) {
                    failAt(r, Al3Parser::tr("the insured has no name"));
                    break;
                }
                m_sawInsured = true;
            } else if (r.group == QLatin1String("5BPI")) {
                if (!requireSize(r, kBpiSize))
                    break;
                d.policyNumber = r.field(kBpiNumber);
                d.carrierNaic = r.field(kBpiNaic);
                d.carrierName = r.field(kBpiCarrier);
                if (d.policyNumber.isEmpty()) {
                    failAt(r, Al3Parser::tr("the policy number is missing"));
                    break;
                }
                if (d.carrierNaic.isEmpty() && d.carrierName.isEmpty()) {
                    failAt(r, Al3Parser::tr("the carrier is missing (NAIC code or name)"));
                    break;
                }
                if (!date(r, kBpiEffective, Al3Parser::tr("effective date"), d.effective) ||
                    !date(r, kBpiExpiration, Al3Parser::tr("expiration date"), d.expiration) ||
                    !amount(r, kBpiPremium, Al3Parser::tr("premium"), d.premiumCents))
                    break;
                if (d.expiration <= d.effective) {
                    failAt(r, Al3Parser::tr("expiration date %1 is not after the effective date %2")
                                  .arg(d.expiration.toString(Qt::ISODate), d.effective.toString(Qt::ISODate)));
                    break;
                }
                if (d.premiumCents && *d.premiumCents < 0) {
                    failAt(r, Al3Parser::tr("the premium is negative"));
                    break;
                }
                m_sawPolicy = true;
            } else if (r.group == QLatin1String("5CVG")) {
                if (!requireSize(r, kCvgSize))
                    break;
                DownloadCoverage c;
                c.sourceCode = r.field(kCvgCode);
                if (c.sourceCode.isEmpty()) {
                    failAt(r, Al3Parser::tr("the coverage code is missing"));
                    break;
                }
                const QString appliesTo = r.field(kCvgAppliesTo);
                if (!appliesTo.isEmpty())
                    c.sourceCode += QLatin1Char('/') + appliesTo;
                std::optional<qint64> limit, deductible;
                if (!amount(r, kCvgLimit, Al3Parser::tr("limit"), limit) ||
                    !amount(r, kCvgDeductible, Al3Parser::tr("deductible"), deductible))
                    break;
                if ((limit && *limit < 0) || (deductible && *deductible < 0)) {
                    failAt(r, Al3Parser::tr("coverage %1 has a negative amount").arg(c.sourceCode));
                    break;
                }
                if (limit)
                    c.limit = *limit / 100;
                if (deductible)
                    c.deductible = *deductible / 100;
                d.coverages.push_back(c);
            } else {
                if (!requireSize(r, kAoiSize))
                    break;
                AdditionalInterest i;
                i.kind = downloadcodes::interestKind(r.field(kAoiKind));
                i.party.name = r.field(kAoiName);
                i.party.address1 = r.field(kAoiAddr1);
                i.party.city = r.field(kAoiCity);
                i.party.state = r.field(kAoiState);
                i.party.postalCode = r.field(kAoiPostal);
                i.reference = r.field(kAoiReference);
                if (i.party.name.isEmpty()) {
                    failAt(r, Al3Parser::tr("the additional interest has no name"));
                    break;
                }
                d.interests.push_back(std::move(i));
            }
        } else if (r.group == QLatin1String("3MTG")) {
            if (!finishTransaction() || !requireSize(r, kMtgSize))
                break;
            bool ok = false;
            const int count = r.field(kMtgCount).toInt(&ok);
            if (!ok || count != static_cast<int>(m_out.policies.size())) {
                failAt(r, Al3Parser::tr("the trailer counts \"%1\" transactions, the file has %2")
                              .arg(r.field(kMtgCount))
                              .arg(m_out.policies.size()));
                break;
            }
            sawTrailer = true;
        }
        // Any other group (AL3 has hundreds) is skipped by its length.
    }
    DownloadParse out;
    if (m_error) {
        out.error = m_error;
        return out;
    }
    if (!sawHeader) {
        out.error = DownloadError{m_file, 0, -1, Al3Parser::tr("the file is empty")};
        return out;
    }
    if (!sawTrailer) {
        out.error = DownloadError{m_file, m_line, m_offset,
                                  Al3Parser::tr("the file ends without the 3MTG trailer (truncated?)")};
        return out;
    }
    if (m_out.policies.empty()) {
        out.error = DownloadError{m_file, 0, -1, Al3Parser::tr("no transaction in the file")};
        return out;
    }
    return std::move(m_out);
}

} // namespace

DownloadParse Al3Parser::parse(QIODevice& device, const QString& fileName)
{
    Reader reader(device, fileName);
    return reader.run();
}

} // namespace agencydesk
