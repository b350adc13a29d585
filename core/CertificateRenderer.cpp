#include "CertificateRenderer.h"

#include "CertificateLayout.h"
#include "FittedText.h"
#include "LimitCodes.h"

#include <QBuffer>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace agencydesk {

namespace {

constexpr qreal RemarksSize = 7; // pt: the description's size once it runs onto the remarks schedule

std::optional<LineOfBusiness> sectionLine(const QString& key)
{
    if (key == QLatin1String("gl"))
        return LineOfBusiness::GeneralLiability;
    if (key == QLatin1String("auto"))
        return LineOfBusiness::Auto;
    if (key == QLatin1String("umbrella"))
        return LineOfBusiness::Umbrella;
    if (key == QLatin1String("wc"))
        return LineOfBusiness::WorkersComp;
    if (key == QLatin1String("other"))
        return LineOfBusiness::Other;
    return std::nullopt;
}

QString joinLines(std::initializer_list<QString> lines)
{
    QStringList out;
    for (const QString& l : lines) {
        if (!l.trimmed().isEmpty())
            out << l.trimmed();
    }
    return out.join(QLatin1Char('\n'));
}

QString cityLine(const QString& city, const QString& state, const QString& postal)
{
    QString out = city.trimmed();
    const QString sp = QString(state.trimmed() + QLatin1Char(' ') + postal.trimmed()).trimmed();
    if (!out.isEmpty() && !sp.isEmpty())
        out += QLatin1String(", ");
    return out + sp;
}

// One weight only: every further embedded font costs about 3 ms per certificate (Qt subsets and embeds each
// font again in every document), which breaks the 10 ms budget. Headings stand out by size, capitals and the
// grey bars; Field::bold records where a bold weight would go should the budget allow it.
QFont baseFont(bool /*bold*/)
{
    QFont f;
    f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("WenQuanYi Micro Hei"),
                   QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Liberation Sans"), QStringLiteral("Arial")});
    f.setStyleHint(QFont::SansSerif);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QString dateHeader(const CertificateData& data)
{
    return QLatin1Char('(') + (data.dateFormat.isEmpty() ? QStringLiteral("MM/dd/yyyy") : data.dateFormat).toUpper() +
           QLatin1Char(')');
}

/// Where the description goes: page 1, then (when it does not fit) remarks pages.
struct Plan
{
    FittedText description;
    bool overflow = false;
    std::vector<FittedText> remarks;
    int pages() const { return 1 + static_cast<int>(remarks.size()); }
};

Plan plan(const CertificateData& data, const QTransform& t, QPaintDevice* device)
{
    Plan p;
    const qreal k = t.m11();
    const CertificateLayout::Field* d = CertificateLayout::certificate().field(QStringLiteral("description"));
    const QRectF dr = t.mapRect(d->rect);
    p.description =
        FittedText::fit(data.description, dr, baseFont(false), d->size * k, d->minSize * k, d->mode, device);
    if (!p.description.overflowed())
        return p;
    p.overflow = true;
    p.description = FittedText::fitFixed(data.description, dr, baseFont(false), RemarksSize * k, device, 1);
    const QRectF rr = t.mapRect(CertificateLayout::remarks().rect(QStringLiteral("remarks")));
    QStringList rest = p.description.remainder();
    while (!rest.isEmpty()) {
        FittedText page =
            FittedText::fitFixed(rest.join(QLatin1Char('\n')), rr, baseFont(false), RemarksSize * k, device);
        if (page.lines().isEmpty())
            break;
        rest = page.remainder();
        p.remarks.push_back(std::move(page));
    }
    return p;
}

void drawFrame(QPainter& painter, const CertificateLayout& layout, const QTransform& t, const CertificateData& data)
{
    const qreal k = t.m11();
    painter.setPen(Qt::NoPen);
    for (const QRectF& r : layout.shades())
        painter.fillRect(t.mapRect(r), QColor(0xD9, 0xD9, 0xD9));
    painter.setPen(QPen(Qt::black, 0.6 * k, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter.setBrush(Qt::NoBrush);
    for (const QRectF& r : layout.frames())
        painter.drawRect(t.mapRect(r));
    for (const QLineF& l : layout.rules())
        painter.drawLine(t.map(l));
    painter.setPen(QPen(Qt::black, 0.5 * k));
    for (auto it = layout.checkBoxes().cbegin(); it != layout.checkBoxes().cend(); ++it) {
        const QRectF r = t.mapRect(*it);
        painter.drawRect(r);
        if (CertificateRenderer::isChecked(data, it.key())) {
            const QRectF x = r.adjusted(0.9 * k, 0.9 * k, -0.9 * k, -0.9 * k);
            painter.save();
            painter.setPen(QPen(Qt::black, 0.8 * k, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(x.topLeft(), x.bottomRight());
            painter.drawLine(x.bottomLeft(), x.topRight());
            painter.restore();
        }
    }
}

void drawFields(QPainter& painter, const CertificateLayout& layout, const QTransform& t, const CertificateData& data,
                const QString& pageText)
{
    const qreal k = t.m11();
    painter.setPen(Qt::black);
    for (const CertificateLayout::Field& f : layout.fields()) {
        if (f.name == QLatin1String("description") || f.name == QLatin1String("remarks"))
            continue;
        QString text = f.text;
        if (f.name == QLatin1String("footer.page"))
            text = pageText;
        else if (f.name == QLatin1String("date.label"))
            text = QLatin1String("DATE ") + dateHeader(data);
        else if (f.name == QLatin1String("grid.eff.label"))
            text = QLatin1String("POLICY EFF\n") + dateHeader(data);
        else if (f.name == QLatin1String("grid.exp.label"))
            text = QLatin1String("POLICY EXP\n") + dateHeader(data);
        else if (text.isEmpty())
            text = CertificateRenderer::fieldText(data, f.name);
        if (text.trimmed().isEmpty())
            continue;
        FittedText::fit(text, t.mapRect(f.rect), baseFont(f.bold), f.size * k, f.minSize * k, f.mode, painter.device())
            .draw(painter, f.alignment);
    }
}

void paintCertificatePage(QPainter& painter, const CertificateData& data, const QTransform& t, const Plan& p)
{
    const CertificateLayout& layout = CertificateLayout::certificate();
    drawFrame(painter, layout, t, data);
    drawFields(painter, layout, t, data, QStringLiteral("Page 1 of %1").arg(p.pages()));
    painter.setPen(Qt::black);
    const CertificateLayout::Field* d = layout.field(QStringLiteral("description"));
    p.description.draw(painter, d->alignment);
    if (p.overflow) {
        const QRectF dr = t.mapRect(d->rect);
        const qreal y = dr.top() + p.description.lines().size() * p.description.lineHeight();
        const QRectF noteRect(dr.left(), y, dr.width(), p.description.lineHeight());
        FittedText::fit(QStringLiteral("See Additional Remarks Schedule (page 2)"), noteRect, baseFont(true),
                        RemarksSize * t.m11(), 5 * t.m11(), FittedText::Mode::ShrinkThenWrap, painter.device())
            .draw(painter, Qt::AlignLeft | Qt::AlignTop);
    }
}

void paintRemarksPage(QPainter& painter, const CertificateData& data, const QTransform& t, const Plan& p, int index)
{
    const CertificateLayout& layout = CertificateLayout::remarks();
    drawFrame(painter, layout, t, data);
    drawFields(painter, layout, t, data, QStringLiteral("Page %1 of %2").arg(index + 2).arg(p.pages()));
    painter.setPen(Qt::black);
    p.remarks[static_cast<size_t>(index)].draw(painter, Qt::AlignLeft | Qt::AlignTop);
}

} // namespace

QString CertificateRenderer::fieldText(const CertificateData& data, const QString& name)
{
    if (name == QLatin1String("date"))
        return data.formatDate(data.date);
    if (name == QLatin1String("certificateNumber") || name == QLatin1String("remarks.certificateNumber"))
        return data.certificateNumber;
    if (name == QLatin1String("revisionNumber"))
        return data.revisionNumber;
    const CertificateProducer& pr = data.producer;
    if (name == QLatin1String("producer"))
        return joinLines({pr.name, pr.address1, pr.address2, cityLine(pr.city, pr.state, pr.postalCode)});
    if (name == QLatin1String("remarks.agency"))
        return pr.name;
    if (name == QLatin1String("contact"))
        return pr.contact;
    if (name == QLatin1String("phone"))
        return pr.phone;
    if (name == QLatin1String("fax"))
        return pr.fax;
    if (name == QLatin1String("email"))
        return pr.email;
    const CertificateInsured& in = data.insured;
    if (name == QLatin1String("insured"))
        return joinLines({in.name, in.address1, in.address2, cityLine(in.city, in.state, in.postalCode)});
    if (name == QLatin1String("remarks.insured"))
        return in.name;
    if (name == QLatin1String("remarks.date"))
        return data.formatDate(data.date);
    const CertificateHolder& h = data.holder;
    if (name == QLatin1String("holder")) {
        const QString c = h.country.trimmed();
        const bool domestic = c.isEmpty() || c.compare(QLatin1String("US"), Qt::CaseInsensitive) == 0 ||
                              c.compare(QLatin1String("USA"), Qt::CaseInsensitive) == 0;
        return joinLines(
            {h.name, h.address1, h.address2, cityLine(h.city, h.state, h.postalCode), domestic ? QString() : c});
    }
    if (name == QLatin1String("representative"))
        return data.authorizedRepresentative;
    if (name == QLatin1String("description"))
        return data.description;

    const QStringList parts = name.split(QLatin1Char('.'));
    if (parts.size() >= 2 && parts[0] == QLatin1String("insurer")) {
        const CertificateInsurer* ins = data.insurer(parts[1]);
        if (!ins)
            return QString();
        return parts.size() == 2 ? ins->name : parts[2] == QLatin1String("naic") ? ins->naic : QString();
    }
    const auto line = sectionLine(parts.value(0));
    if (!line)
        return QString();
    const CertificateCoverage* c = data.coverage(*line);
    const QString& field = parts.value(1);
    if (field == QLatin1String("limit")) {
        const int slot = parts.value(2).toInt();
        const bool isLabel = parts.value(3) == QLatin1String("label");
        const CertificateLimit* limit = c && slot >= 0 && slot < static_cast<int>(c->limits.size())
                                            ? &c->limits[static_cast<size_t>(slot)]
                                            : nullptr;
        if (isLabel)
            return limit && !limit->label.isEmpty() ? limit->label : certificateLimitLabels(*line).value(slot);
        return limit && limit->amount > 0 ? formatAmount(limit->amount) : QString();
    }
    if (!c)
        return QString();
    if (field == QLatin1String("ltr"))
        return c->insurerLetter;
    if (field == QLatin1String("addl"))
        return c->additionalInsured ? QStringLiteral("Y") : QStringLiteral("N");
    if (field == QLatin1String("subr"))
        return c->subrogationWaived ? QStringLiteral("Y") : QStringLiteral("N");
    if (field == QLatin1String("policy"))
        return c->policyNumber;
    if (field == QLatin1String("eff"))
        return data.formatDate(c->effective);
    if (field == QLatin1String("exp"))
        return data.formatDate(c->expiration);
    if (field == QLatin1String("other1"))
        return c->otherCoverage1;
    if (field == QLatin1String("other2"))
        return c->otherCoverage2;
    if (field == QLatin1String("aggregateOther"))
        return c->aggregateOther;
    if (field == QLatin1String("retentionAmount"))
        return c->deductibleOrRetentionAmount > 0 ? formatAmount(c->deductibleOrRetentionAmount) : QString();
    if (field == QLatin1String("personsExcluded"))
        return c->indicators.wcPersonsExcluded ? QStringLiteral("Y") : QStringLiteral("N");
    if (field == QLatin1String("description"))
        return c->indicators.otherDescription;
    return QString();
}

bool CertificateRenderer::isChecked(const CertificateData& data, const QString& name)
{
    const QStringList parts = name.split(QLatin1Char('.'));
    const auto line = sectionLine(parts.value(0));
    if (!line || parts.value(1) != QLatin1String("check"))
        return false;
    const CertificateCoverage* c = data.coverage(*line);
    if (!c)
        return false;
    const PolicyIndicators& i = c->indicators;
    const QString& box = parts.value(2);
    const auto is = [&](const char* s) { return box == QLatin1String(s); };
    switch (*line) {
    case LineOfBusiness::GeneralLiability:
        if (is("coverage"))
            return true;
        if (is("claimsMade"))
            return i.claimsMade;
        if (is("occurrence"))
            return !i.claimsMade;
        if (is("other1"))
            return !c->otherCoverage1.isEmpty();
        if (is("other2"))
            return !c->otherCoverage2.isEmpty();
        if (is("policy") || is("project") || is("location"))
            return i.aggregateAppliesPer.compare(box, Qt::CaseInsensitive) == 0;
        if (is("aggregateOther"))
            return i.aggregateAppliesPer == QLatin1String("other") || !c->aggregateOther.isEmpty();
        return false;
    case LineOfBusiness::Auto:
        if (is("anyAuto"))
            return i.anyAuto;
        if (is("owned"))
            return i.ownedAutosOnly;
        if (is("scheduled"))
            return i.scheduledAutos;
        if (is("hired"))
            return i.hiredAutosOnly;
        if (is("nonOwned"))
            return i.nonOwnedAutosOnly;
        if (is("other1"))
            return !c->otherCoverage1.isEmpty();
        if (is("other2"))
            return !c->otherCoverage2.isEmpty();
        return false;
    case LineOfBusiness::Umbrella:
        if (is("umbrella"))
            return !i.excess;
        if (is("excess"))
            return i.excess;
        if (is("occurrence"))
            return !i.claimsMade;
        if (is("claimsMade"))
            return i.claimsMade;
        if (is("deductible") || is("retention"))
            return i.deductibleOrRetention.compare(box, Qt::CaseInsensitive) == 0;
        return false;
    case LineOfBusiness::WorkersComp:
        if (is("statutory"))
            return i.wcStatutory;
        if (is("other"))
            return !i.wcStatutory;
        return false;
    case LineOfBusiness::Property:
    case LineOfBusiness::Other:
        break;
    }
    return false;
}

int CertificateRenderer::pageCount(QPainter& painter, const CertificateData& data, const QRectF& pageRect)
{
    return plan(data, CertificateLayout::toPage(pageRect), painter.device()).pages();
}

void CertificateRenderer::paint(QPainter& painter, const CertificateData& data, const QRectF& pageRect)
{
    const QTransform t = CertificateLayout::toPage(pageRect);
    const Plan p = plan(data, t, painter.device());
    auto* paged = dynamic_cast<QPagedPaintDevice*>(painter.device());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    paintCertificatePage(painter, data, t, p);
    for (int i = 0; i < static_cast<int>(p.remarks.size()); ++i) {
        if (!paged)
            break;
        paged->newPage();
        paintRemarksPage(painter, data, t, p, i);
    }
    painter.restore();
}

void CertificateRenderer::paintPage(QPainter& painter, const CertificateData& data, const QRectF& pageRect, int page)
{
    const QTransform t = CertificateLayout::toPage(pageRect);
    const Plan p = plan(data, t, painter.device());
    if (page < 0 || page >= p.pages())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    if (page == 0)
        paintCertificatePage(painter, data, t, p);
    else
        paintRemarksPage(painter, data, t, p, page - 1);
    painter.restore();
}

QPageSize CertificateRenderer::pageSize(CertificatePaperSize size)
{
    switch (size) {
    case CertificatePaperSize::A4:
        return QPageSize(QPageSize::A4);
    case CertificatePaperSize::Legal:
        return QPageSize(QPageSize::Legal);
    case CertificatePaperSize::Letter:
        break;
    }
    return QPageSize(QPageSize::Letter);
}

Result<QByteArray> CertificateRenderer::renderPdf(const CertificateData& data)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        if (!buffer.open(QIODevice::WriteOnly))
            return Error{ErrorCode::Database, QStringLiteral("Cannot open a memory buffer for the certificate.")};
        QPdfWriter writer(&buffer);
        writer.setPageSize(pageSize(data.paperSize));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("AgencyDesk"));
        writer.setTitle(data.certificateNumber.isEmpty()
                            ? QStringLiteral("Certificate of liability insurance")
                            : QStringLiteral("Certificate of liability insurance %1").arg(data.certificateNumber));
        QPainter painter;
        if (!painter.begin(&writer))
            return Error{ErrorCode::Database, QStringLiteral("Cannot start drawing the certificate PDF.")};
        paint(painter, data, QRectF(0, 0, writer.width(), writer.height()));
        painter.end();
    }
    if (bytes.isEmpty())
        return Error{ErrorCode::Database, QStringLiteral("The certificate PDF came out empty.")};
    return bytes;
}

} // namespace agencydesk
