#include "CertificateLayout.h"

namespace agencydesk {

namespace {

constexpr qreal L = 36;     // left edge of the form
constexpr qreal R = 576;    // right edge
constexpr qreal M = 306;    // middle
constexpr qreal Row = 11.5; // grid row height
constexpr qreal GridTop = 303;
constexpr qreal Box = 5.5; // check box side

// Grid columns: INSR LTR, TYPE, ADDL, SUBR, POLICY NUMBER, EFF, EXP, limit label, limit amount.
constexpr qreal ColLtr = 36, ColType = 56, ColAddl = 202, ColSubr = 220, ColPolicy = 238, ColEff = 326, ColExp = 371,
                ColLimit = 416, ColAmount = 518;

struct SectionSpec
{
    const char* key;
    int rows;
};
constexpr SectionSpec kSections[] = {{"gl", 7}, {"auto", 5}, {"umbrella", 3}, {"wc", 4}, {"other", 3}};

} // namespace

struct LayoutBuilder
{
    CertificateLayout& out;

    CertificateLayout::Field& add(const QString& name, const QRectF& rect, qreal size, qreal minSize,
                                  const QString& text, bool bold, Qt::Alignment align, FittedText::Mode mode)
    {
        out.m_index.insert(name, static_cast<int>(out.m_fields.size()));
        out.m_fields.push_back({name, rect, text, size, minSize, bold, align, mode});
        return out.m_fields.back();
    }
    // Fixed wording of the form.
    void label(const QString& name, const QRectF& rect, const QString& text, qreal size = 5.5, bool bold = false,
               Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
    {
        add(name, rect, size, std::min(size, 4.0), text, bold, align, FittedText::Mode::ShrinkThenWrap);
    }
    void paragraph(const QString& name, const QRectF& rect, const QString& text, qreal size, bool bold = false)
    {
        add(name, rect, size, 4.5, text, bold, Qt::AlignLeft | Qt::AlignVCenter, FittedText::Mode::Wrap);
    }
    // A field filled from the data.
    void field(const QString& name, const QRectF& rect, qreal size = 8, qreal minSize = 6,
               Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
    {
        add(name, rect, size, minSize, QString(), false, align, FittedText::Mode::ShrinkThenWrap);
    }
    void frame(const QRectF& r) { out.m_frames.push_back(r); }
    void rule(qreal x1, qreal y1, qreal x2, qreal y2) { out.m_rules.emplace_back(x1, y1, x2, y2); }
    void shade(const QRectF& r) { out.m_shades.push_back(r); }
    // A check box at x in grid row y; the item's wording follows it.
    void check(const QString& name, qreal x, qreal rowTop)
    {
        out.m_checks.insert(name, QRectF(x, rowTop + (Row - Box) / 2, Box, Box));
    }
    void checkLabel(const QString& name, qreal x, qreal rowTop, qreal width, const QString& text)
    {
        check(name, x, rowTop);
        label(name + QLatin1String(".text"), QRectF(x + Box + 2, rowTop + 0.5, width - Box - 2, Row - 1), text, 5.5);
    }
    // Footer shared by every page.
    void footer()
    {
        label(QStringLiteral("footer"), QRectF(L, 744, 300, 10), QStringLiteral("AgencyDesk form AD-25 (2026/11)"),
              6.5);
        label(QStringLiteral("footer.page"), QRectF(R - 150, 744, 150, 10), QString(), 6.5, false,
              Qt::AlignRight | Qt::AlignVCenter);
        out.m_fields.back().text.clear();
    }

    void buildCertificate();
    void buildRemarks();
    void buildSection(const QString& key, qreal top, int rows);
};

void LayoutBuilder::buildCertificate()
{
    const auto C = Qt::AlignHCenter | Qt::AlignVCenter;
    const auto TopLeft = Qt::AlignLeft | Qt::AlignTop;

    // Title and date.
    label(QStringLiteral("title"), QRectF(L, 28, 440, 26), QStringLiteral("CERTIFICATE OF LIABILITY INSURANCE"), 15,
          true);
    frame(QRectF(486, 28, 90, 26));
    label(QStringLiteral("date.label"), QRectF(488, 29, 86, 7), QStringLiteral("DATE (MM/DD/YYYY)"), 5.5, true, C);
    field(QStringLiteral("date"), QRectF(488, 37, 86, 15), 9, 6, C);

    // Disclaimer and the endorsement notice.
    frame(QRectF(L, 58, R - L, 30));
    paragraph(QStringLiteral("disclaimer"), QRectF(L + 4, 59, R - L - 8, 28),
              QStringLiteral("THIS CERTIFICATE IS FOR INFORMATION ONLY AND GIVES THE CERTIFICATE HOLDER NO RIGHTS. "
                             "IT DOES NOT AMEND, EXTEND OR ALTER IN ANY WAY THE COVERAGE PROVIDED BY THE "
                             "POLICIES LISTED BELOW. IT IS NOT A CONTRACT BETWEEN THE ISSUING INSURERS, THE AUTHORIZED "
                             "REPRESENTATIVE OR PRODUCER, AND THE CERTIFICATE HOLDER."),
              6.5, true);
    frame(QRectF(L, 88, R - L, 30));
    paragraph(QStringLiteral("notice"), QRectF(L + 4, 89, R - L - 8, 28),
              QStringLiteral("IMPORTANT: An additional insured holder must be named on the policies or covered by an "
                             "additional insured endorsement. Where subrogation is waived, the terms and conditions of "
                             "the policy apply, and some policies require an endorsement for it. This certificate does "
                             "not give the holder rights in place of any such endorsement."),
              6.5);

    // Producer and its contact.
    frame(QRectF(L, 122, M - L, 58));
    label(QStringLiteral("producer.label"), QRectF(L + 3, 123, 100, 7), QStringLiteral("PRODUCER"), 5.5, true);
    field(QStringLiteral("producer"), QRectF(L + 8, 131, M - L - 14, 47), 8, 5.5, TopLeft);
    const qreal cl = M + 2, cv = M + 46;
    frame(QRectF(M, 122, R - M, 14));
    label(QStringLiteral("contact.label"), QRectF(cl, 122.5, 42, 13), QStringLiteral("CONTACT NAME:"), 5, true);
    field(QStringLiteral("contact"), QRectF(cv, 123, R - cv - 2, 12), 8, 5.5);
    frame(QRectF(M, 136, R - M, 14));
    label(QStringLiteral("phone.label"), QRectF(cl, 136.5, 42, 13), QStringLiteral("PHONE\n(A/C, No, Ext):"), 5, true);
    field(QStringLiteral("phone"), QRectF(cv, 137, 446 - cv - 2, 12), 8, 5.5);
    rule(446, 136, 446, 150);
    label(QStringLiteral("fax.label"), QRectF(448, 136.5, 30, 13), QStringLiteral("FAX\n(A/C, No):"), 5, true);
    field(QStringLiteral("fax"), QRectF(480, 137, R - 482, 12), 8, 5.5);
    frame(QRectF(M, 150, R - M, 14));
    label(QStringLiteral("email.label"), QRectF(cl, 150.5, 42, 13), QStringLiteral("E-MAIL\nADDRESS:"), 5, true);
    field(QStringLiteral("email"), QRectF(cv, 151, R - cv - 2, 12), 8, 5.5);

    // Insurers affording coverage.
    frame(QRectF(M, 164, R - M, 16));
    label(QStringLiteral("insurers.label"), QRectF(cl, 164.5, 226, 15), QStringLiteral("INSURER(S) AFFORDING COVERAGE"),
          5.5, true, C);
    rule(534, 164, 534, 246);
    label(QStringLiteral("naic.label"), QRectF(536, 164.5, 38, 15), QStringLiteral("NAIC #"), 5.5, true, C);
    for (int i = 0; i < 6; ++i) {
        const QString letter(QChar(u'A' + i));
        const qreal y = 180 + 11 * i;
        frame(QRectF(M, y, R - M, 11));
        label(QStringLiteral("insurer.%1.label").arg(letter), QRectF(cl, y + 0.5, 38, 10),
              QStringLiteral("INSURER %1 :").arg(letter), 5.5, true);
        field(QStringLiteral("insurer.%1").arg(letter), QRectF(M + 44, y + 0.5, 534 - M - 46, 10), 7.5, 5);
        field(QStringLiteral("insurer.%1.naic").arg(letter), QRectF(536, y + 0.5, 38, 10), 7.5, 5, C);
    }

    // Insured.
    frame(QRectF(L, 180, M - L, 66));
    label(QStringLiteral("insured.label"), QRectF(L + 3, 181, 100, 7), QStringLiteral("INSURED"), 5.5, true);
    field(QStringLiteral("insured"), QRectF(L + 8, 189, M - L - 14, 55), 8, 5.5, TopLeft);

    // Coverages bar with the certificate and revision numbers.
    shade(QRectF(L, 250, R - L, 11));
    frame(QRectF(L, 250, R - L, 11));
    label(QStringLiteral("coverages.label"), QRectF(L + 3, 250.5, 80, 10), QStringLiteral("COVERAGES"), 7.5, true);
    label(QStringLiteral("certificateNumber.label"), QRectF(190, 250.5, 80, 10), QStringLiteral("CERTIFICATE NUMBER:"),
          5.5, true, Qt::AlignRight | Qt::AlignVCenter);
    field(QStringLiteral("certificateNumber"), QRectF(273, 250.5, 140, 10), 7.5, 5);
    label(QStringLiteral("revisionNumber.label"), QRectF(416, 250.5, 64, 10), QStringLiteral("REVISION NUMBER:"), 5.5,
          true, Qt::AlignRight | Qt::AlignVCenter);
    field(QStringLiteral("revisionNumber"), QRectF(483, 250.5, R - 485, 10), 7.5, 5);
    frame(QRectF(L, 261, R - L, 26));
    paragraph(
        QStringLiteral("coverageStatement"), QRectF(L + 4, 262, R - L - 8, 24),
        QStringLiteral("THE POLICIES LISTED BELOW HAVE BEEN ISSUED TO THE INSURED NAMED ABOVE FOR THE POLICY "
                       "PERIODS SHOWN. WHATEVER ANY CONTRACT OR OTHER DOCUMENT THAT THIS CERTIFICATE RELATES TO MAY "
                       "REQUIRE, THE INSURANCE PROVIDED BY THESE POLICIES IS SUBJECT TO ALL OF THEIR TERMS, "
                       "EXCLUSIONS AND CONDITIONS. LIMITS SHOWN MAY HAVE BEEN REDUCED BY PAID CLAIMS."),
        6);

    // Grid header.
    const qreal hy = 287, hh = 16;
    shade(QRectF(L, hy, R - L, hh));
    frame(QRectF(L, hy, R - L, hh));
    const struct
    {
        const char* name;
        qreal x1, x2;
        const char* text;
    } headers[] = {
        {"grid.ltr.label", ColLtr, ColType, "INSR\nLTR"},
        {"grid.type.label", ColType, ColAddl, "TYPE OF INSURANCE"},
        {"grid.addl.label", ColAddl, ColSubr, "ADDL\nINSD"},
        {"grid.subr.label", ColSubr, ColPolicy, "SUBR\nWVD"},
        {"grid.policy.label", ColPolicy, ColEff, "POLICY NUMBER"},
        {"grid.eff.label", ColEff, ColExp, "POLICY EFF\n(MM/DD/YYYY)"},
        {"grid.exp.label", ColExp, ColLimit, "POLICY EXP\n(MM/DD/YYYY)"},
        {"grid.limits.label", ColLimit, R, "LIMITS"},
    };
    for (const auto& h : headers) {
        rule(h.x1, hy, h.x1, hy + hh);
        label(QString::fromLatin1(h.name), QRectF(h.x1 + 1, hy + 0.5, h.x2 - h.x1 - 2, hh - 1),
              QString::fromLatin1(h.text), 5.5, true, C);
    }

    qreal top = GridTop;
    for (const SectionSpec& s : kSections) {
        buildSection(QString::fromLatin1(s.key), top, s.rows);
        top += s.rows * Row;
    }

    // Description of operations.
    const qreal dy = top + 4;
    frame(QRectF(L, dy, R - L, 645 - dy));
    label(QStringLiteral("description.label"), QRectF(L + 3, dy + 1, R - L - 6, 8),
          QStringLiteral("DESCRIPTION OF OPERATIONS / LOCATIONS / VEHICLES (the Additional Remarks Schedule may be "
                         "attached if more space is required)"),
          5.5, true);
    add(QStringLiteral("description"), QRectF(L + 5, dy + 10, R - L - 10, 645 - dy - 12), 7.5, 6, QString(), false,
        TopLeft, FittedText::Mode::Wrap);

    // Certificate holder, cancellation, authorized representative.
    const qreal by = 649;
    shade(QRectF(L, by, R - L, 11));
    frame(QRectF(L, by, R - L, 11));
    rule(M, by, M, by + 11);
    label(QStringLiteral("holder.label"), QRectF(L + 3, by + 0.5, M - L - 6, 10), QStringLiteral("CERTIFICATE HOLDER"),
          7.5, true);
    label(QStringLiteral("cancellation.label"), QRectF(M + 3, by + 0.5, R - M - 6, 10), QStringLiteral("CANCELLATION"),
          7.5, true);
    frame(QRectF(L, by + 11, M - L, 80));
    field(QStringLiteral("holder"), QRectF(L + 14, by + 19, M - L - 22, 66), 9, 5.5, TopLeft);
    frame(QRectF(M, by + 11, R - M, 36));
    paragraph(QStringLiteral("cancellation"), QRectF(M + 4, by + 12, R - M - 8, 34),
              QStringLiteral("SHOULD ANY OF THE POLICIES DESCRIBED ABOVE BE CANCELLED BEFORE ITS EXPIRATION DATE, "
                             "NOTICE WILL BE DELIVERED AS THE POLICY PROVISIONS REQUIRE."),
              6.5);
    frame(QRectF(M, by + 47, R - M, 44));
    label(QStringLiteral("representative.label"), QRectF(M + 3, by + 48, 200, 7),
          QStringLiteral("AUTHORIZED REPRESENTATIVE"), 5.5, true);
    field(QStringLiteral("representative"), QRectF(M + 8, by + 57, R - M - 16, 32), 11, 6, C);
    footer();
}

void LayoutBuilder::buildSection(const QString& key, qreal top, int rows)
{
    const auto C = Qt::AlignHCenter | Qt::AlignVCenter;
    const qreal h = rows * Row;
    frame(QRectF(L, top, R - L, h));
    for (qreal x : {ColType, ColAddl, ColSubr, ColPolicy, ColEff, ColExp, ColLimit, ColAmount})
        rule(x, top, x, top + h);
    for (int r = 1; r < rows; ++r)
        rule(ColLimit, top + r * Row, R, top + r * Row);
    const auto cell = [&](const char* name, qreal x1, qreal x2, qreal size, Qt::Alignment align) {
        field(key + QLatin1Char('.') + QLatin1String(name), QRectF(x1 + 2, top + 1, x2 - x1 - 4, h - 2), size, 5,
              align);
    };
    cell("ltr", ColLtr, ColType, 9, C);
    if (key == QLatin1String("wc"))
        shade(QRectF(ColAddl, top, ColSubr - ColAddl, h));
    else
        cell("addl", ColAddl, ColSubr, 8, C);
    cell("subr", ColSubr, ColPolicy, 8, C);
    cell("policy", ColPolicy, ColEff, 7.5, Qt::AlignLeft | Qt::AlignVCenter);
    cell("eff", ColEff, ColExp, 7.5, C);
    cell("exp", ColExp, ColLimit, 7.5, C);

    const auto row = [&](int r) { return top + r * Row; };
    const auto text = [&](const QString& name, qreal x, int r, qreal w, const QString& t, bool bold = false) {
        label(key + QLatin1Char('.') + name, QRectF(x, row(r) + 0.5, w, Row - 1), t, 5.5, bold);
    };
    const auto ck = [&](const QString& name, qreal x, int r, qreal w, const QString& t) {
        checkLabel(key + QLatin1String(".check.") + name, x, row(r), w, t);
    };
    const auto free = [&](const QString& name, qreal x, int r, qreal w) {
        check(key + QLatin1String(".check.") + name, x, row(r));
        field(key + QLatin1Char('.') + name, QRectF(x + Box + 2, row(r) + 0.5, w - Box - 2, Row - 1), 6.5, 4.5);
    };
    const qreal x0 = ColType + 3, x1 = ColType + 11, xm = ColType + 76, xe = ColAddl - 2;
    int firstLimitRow = 0;
    if (key == QLatin1String("gl")) {
        ck(QStringLiteral("coverage"), x0, 0, xe - x0, QStringLiteral("COMMERCIAL GENERAL LIABILITY"));
        ck(QStringLiteral("claimsMade"), x1, 1, xm - x1, QStringLiteral("CLAIMS-MADE"));
        ck(QStringLiteral("occurrence"), xm, 1, xe - xm, QStringLiteral("OCCUR"));
        free(QStringLiteral("other1"), x1, 2, xe - x1);
        free(QStringLiteral("other2"), x1, 3, xe - x1);
        text(QStringLiteral("aggregate.label"), x0, 4, xe - x0, QStringLiteral("GEN'L AGGREGATE LIMIT APPLIES PER:"),
             true);
        ck(QStringLiteral("policy"), x0, 5, 40, QStringLiteral("POLICY"));
        ck(QStringLiteral("project"), x0 + 42, 5, 44, QStringLiteral("PROJECT"));
        ck(QStringLiteral("location"), x0 + 88, 5, xe - x0 - 88, QStringLiteral("LOC"));
        ck(QStringLiteral("aggregateOther"), x0, 6, 34, QStringLiteral("OTHER:"));
        field(QStringLiteral("gl.aggregateOther"), QRectF(x0 + 35, row(6) + 0.5, xe - x0 - 35, Row - 1), 6.5, 4.5);
    } else if (key == QLatin1String("auto")) {
        text(QStringLiteral("coverage.label"), x0, 0, xe - x0, QStringLiteral("AUTOMOBILE LIABILITY"), true);
        ck(QStringLiteral("anyAuto"), x0, 1, xe - x0, QStringLiteral("ANY AUTO"));
        ck(QStringLiteral("owned"), x0, 2, xm - x0, QStringLiteral("OWNED AUTOS ONLY"));
        ck(QStringLiteral("scheduled"), xm, 2, xe - xm, QStringLiteral("SCHEDULED AUTOS"));
        ck(QStringLiteral("hired"), x0, 3, xm - x0, QStringLiteral("HIRED AUTOS ONLY"));
        ck(QStringLiteral("nonOwned"), xm, 3, xe - xm, QStringLiteral("NON-OWNED AUTOS ONLY"));
        free(QStringLiteral("other1"), x0, 4, xm - x0);
        free(QStringLiteral("other2"), xm, 4, xe - xm);
    } else if (key == QLatin1String("umbrella")) {
        ck(QStringLiteral("umbrella"), x0, 0, xm - x0, QStringLiteral("UMBRELLA LIAB"));
        ck(QStringLiteral("occurrence"), xm, 0, xe - xm, QStringLiteral("OCCUR"));
        ck(QStringLiteral("excess"), x0, 1, xm - x0, QStringLiteral("EXCESS LIAB"));
        ck(QStringLiteral("claimsMade"), xm, 1, xe - xm, QStringLiteral("CLAIMS-MADE"));
        ck(QStringLiteral("deductible"), x0, 2, 26, QStringLiteral("DED"));
        ck(QStringLiteral("retention"), x0 + 27, 2, 44, QStringLiteral("RETENTION"));
        field(QStringLiteral("umbrella.retentionAmount"), QRectF(xm, row(2) + 0.5, xe - xm, Row - 1), 7, 4.5);
    } else if (key == QLatin1String("wc")) {
        text(QStringLiteral("coverage.label"), x0, 0, xe - x0, QStringLiteral("WORKERS COMPENSATION"), true);
        text(QStringLiteral("coverage.label2"), x0, 1, xe - x0 - 24, QStringLiteral("AND EMPLOYERS' LIABILITY"), true);
        label(QStringLiteral("wc.yn.label"), QRectF(xe - 22, row(1) + 0.5, 20, Row - 1), QStringLiteral("Y / N"), 5.5,
              true, C);
        paragraph(QStringLiteral("wc.excluded.label"), QRectF(x0, row(2) + 0.5, xe - x0 - 26, 2 * Row - 1),
                  QStringLiteral("ANY PROPRIETOR/PARTNER/EXECUTIVE OFFICER/MEMBER EXCLUDED? (Mandatory in NH) "
                                 "If yes, describe under DESCRIPTION OF OPERATIONS below"),
                  4.8);
        out.m_fields.back().minSize = 3.8;
        frame(QRectF(xe - 20, row(2) + 5, 16, 12));
        field(QStringLiteral("wc.personsExcluded"), QRectF(xe - 19, row(2) + 5.5, 14, 11), 7.5, 5, C);
        // Limits row 0: per statute / other.
        checkLabel(QStringLiteral("wc.check.statutory"), ColLimit + 3, row(0), 52, QStringLiteral("PER STATUTE"));
        checkLabel(QStringLiteral("wc.check.other"), ColAmount + 3, row(0), R - ColAmount - 5, QStringLiteral("OTHER"));
        out.m_rules.erase(std::remove_if(out.m_rules.begin(), out.m_rules.end(),
                                         [&](const QLineF& l) { return l.x1() == ColAmount && l.y1() == top; }),
                          out.m_rules.end());
        rule(ColAmount, row(1), ColAmount, top + h);
        firstLimitRow = 1;
    } else {
        field(QStringLiteral("other.description"), QRectF(x0, top + 1, xe - x0, h - 2), 7, 5);
    }
    for (int r = firstLimitRow; r < rows; ++r) {
        const int slot = r - firstLimitRow;
        field(QStringLiteral("%1.limit.%2.label").arg(key).arg(slot),
              QRectF(ColLimit + 2, row(r) + 0.2, ColAmount - ColLimit - 4, Row - 0.4), 5.5, 4.4);
        field(QStringLiteral("%1.limit.%2").arg(key).arg(slot),
              QRectF(ColAmount + 2, row(r) + 0.5, R - ColAmount - 4, Row - 1), 7.5, 4.5,
              Qt::AlignRight | Qt::AlignVCenter);
    }
}

void LayoutBuilder::buildRemarks()
{
    const auto TopLeft = Qt::AlignLeft | Qt::AlignTop;
    label(QStringLiteral("title"), QRectF(L, 28, 440, 26), QStringLiteral("ADDITIONAL REMARKS SCHEDULE"), 15, true);
    const struct
    {
        const char* name;
        qreal x, y;
        const char* text;
    } boxes[] = {
        {"remarks.agency", L, 58, "AGENCY"},
        {"remarks.insured", M, 58, "NAMED INSURED"},
        {"remarks.certificateNumber", L, 88, "CERTIFICATE NUMBER"},
        {"remarks.date", M, 88, "CERTIFICATE DATE"},
    };
    for (const auto& b : boxes) {
        frame(QRectF(b.x, b.y, M - L, 30));
        label(QString::fromLatin1(b.name) + QLatin1String(".label"), QRectF(b.x + 3, b.y + 1, 200, 7),
              QString::fromLatin1(b.text), 5.5, true);
        field(QString::fromLatin1(b.name), QRectF(b.x + 8, b.y + 9, M - L - 14, 20), 8, 5.5);
    }
    shade(QRectF(L, 122, R - L, 11));
    frame(QRectF(L, 122, R - L, 11));
    label(QStringLiteral("remarks.heading"), QRectF(L + 3, 122.5, R - L - 6, 10), QStringLiteral("ADDITIONAL REMARKS"),
          7.5, true);
    frame(QRectF(L, 133, R - L, 16));
    label(QStringLiteral("remarks.subheading"), QRectF(L + 4, 134, R - L - 8, 14),
          QStringLiteral("THIS SCHEDULE CONTINUES THE DESCRIPTION OF OPERATIONS / LOCATIONS / VEHICLES OF THE "
                         "CERTIFICATE OF LIABILITY INSURANCE NAMED ABOVE."),
          6, true);
    frame(QRectF(L, 149, R - L, 589));
    // Same width as the description box on page 1, so its lines carry over unchanged.
    add(QStringLiteral("remarks"), QRectF(L + 5, 153, R - L - 10, 582), 7.5, 6, QString(), false, TopLeft,
        FittedText::Mode::Wrap);
    footer();
}

const CertificateLayout& CertificateLayout::certificate()
{
    static const CertificateLayout layout = [] {
        CertificateLayout l;
        LayoutBuilder{l}.buildCertificate();
        return l;
    }();
    return layout;
}

const CertificateLayout& CertificateLayout::remarks()
{
    static const CertificateLayout layout = [] {
        CertificateLayout l;
        LayoutBuilder{l}.buildRemarks();
        return l;
    }();
    return layout;
}

const CertificateLayout::Field* CertificateLayout::field(const QString& name) const
{
    const auto it = m_index.constFind(name);
    return it == m_index.constEnd() ? nullptr : &m_fields[static_cast<size_t>(*it)];
}

QRectF CertificateLayout::rect(const QString& name) const
{
    if (const Field* f = field(name))
        return f->rect;
    return m_checks.value(name);
}

QTransform CertificateLayout::toPage(const QRectF& pageRect)
{
    const qreal k = std::min(pageRect.width() / Width, pageRect.height() / Height);
    QTransform t;
    t.translate(pageRect.left() + (pageRect.width() - Width * k) / 2, pageRect.top());
    t.scale(k, k);
    return t;
}

QStringList CertificateLayout::sections()
{
    QStringList out;
    for (const SectionSpec& s : kSections)
        out << QString::fromLatin1(s.key);
    return out;
}

int CertificateLayout::limitSlots(const QString& section)
{
    for (const SectionSpec& s : kSections) {
        if (section == QLatin1String(s.key))
            return section == QLatin1String("wc") ? s.rows - 1 : s.rows;
    }
    return 0;
}

} // namespace agencydesk
