#include "FittedText.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace agencydesk {

namespace {

QFont sized(QFont font, qreal pixels, QPaintDevice* device)
{
    // Point sizes are relative to the device's DPI; callers think in device pixels.
    const int dpi = device ? device->logicalDpiY() : 72;
    font.setPointSizeF(pixels * 72.0 / dpi);
    return font;
}

QFontMetricsF metrics(const QFont& font, QPaintDevice* device)
{
    return device ? QFontMetricsF(font, device) : QFontMetricsF(font);
}

QString elide(const QString& line, const QFontMetricsF& fm, qreal width)
{
    const QString ellipsis(QChar(0x2026));
    QString out = line;
    while (!out.isEmpty() && fm.horizontalAdvance(out + ellipsis) > width)
        out.chop(1);
    return out.trimmed() + ellipsis;
}

} // namespace

QStringList FittedText::wrap(const QString& text, const QFontMetricsF& fm, qreal width)
{
    QStringList out;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString& paragraph : paragraphs) {
        const QString p = paragraph.trimmed();
        if (p.isEmpty()) {
            out << QString();
            continue;
        }
        QString line;
        const QStringList words = p.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (QString word : words) {
            const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (fm.horizontalAdvance(candidate) <= width) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                out << line;
                line.clear();
            }
            // A word wider than the box (or CJK text without spaces): break between characters.
            while (fm.horizontalAdvance(word) > width && word.size() > 1) {
                int n = 1;
                while (n < word.size() && fm.horizontalAdvance(word.left(n + 1)) <= width)
                    ++n;
                if (n < word.size() && word.at(n - 1).isHighSurrogate())
                    --n;
                n = std::max(n, 1);
                out << word.left(n);
                word = word.mid(n);
            }
            line = word;
        }
        if (!line.isEmpty())
            out << line;
    }
    return out;
}

FittedText FittedText::fit(const QString& text, const QRectF& rect, QFont font, qreal maxSize, qreal minSize, Mode mode,
                           QPaintDevice* device)
{
    FittedText r;
    r.m_rect = rect;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    const qreal step = std::max(minSize / 24.0, 0.01);
    for (qreal size = maxSize;; size -= step) {
        const bool last = size <= minSize + 1e-9;
        if (last)
            size = minSize;
        r.m_font = sized(font, size, device);
        const QFontMetricsF fm = metrics(r.m_font, device);
        r.m_lineHeight = fm.height();
        r.m_ascent = fm.ascent();
        r.m_maxLines = std::max(0, static_cast<int>(std::floor((rect.height() + 1e-6) / r.m_lineHeight)));
        bool fits = false;
        if (mode == Mode::ShrinkThenWrap && !last) {
            fits = paragraphs.size() <= r.m_maxLines;
            for (const QString& p : paragraphs)
                fits = fits && fm.horizontalAdvance(p.trimmed()) <= rect.width();
            if (fits)
                r.m_lines = paragraphs;
        } else {
            r.m_lines = wrap(text, fm, rect.width());
            fits = r.m_lines.size() <= r.m_maxLines;
        }
        if (fits)
            return r;
        if (last) {
            r.m_overflow = true;
            r.m_remainder = r.m_lines.mid(r.m_maxLines);
            r.m_lines = r.m_lines.mid(0, r.m_maxLines);
            if (!r.m_lines.isEmpty())
                r.m_lines.last() = elide(r.m_lines.last(), fm, rect.width());
            return r;
        }
    }
}

FittedText FittedText::fitFixed(const QString& text, const QRectF& rect, QFont font, qreal size, QPaintDevice* device,
                                int reserveLines)
{
    FittedText r;
    r.m_rect = rect;
    r.m_font = sized(font, size, device);
    const QFontMetricsF fm = metrics(r.m_font, device);
    r.m_lineHeight = fm.height();
    r.m_ascent = fm.ascent();
    r.m_maxLines = std::max(0, static_cast<int>(std::floor((rect.height() + 1e-6) / r.m_lineHeight)));
    r.m_lines = wrap(text, fm, rect.width());
    if (r.m_lines.size() > r.m_maxLines) {
        const int keep = std::max(0, r.m_maxLines - reserveLines);
        r.m_overflow = true;
        r.m_remainder = r.m_lines.mid(keep);
        r.m_lines = r.m_lines.mid(0, keep);
    }
    return r;
}

void FittedText::draw(QPainter& painter, Qt::Alignment alignment) const
{
    if (m_lines.isEmpty())
        return;
    painter.setFont(m_font);
    const QFontMetricsF fm(m_font, painter.device());
    const qreal total = m_lines.size() * m_lineHeight;
    qreal y = m_rect.top();
    if (alignment & Qt::AlignVCenter)
        y += (m_rect.height() - total) / 2;
    else if (alignment & Qt::AlignBottom)
        y += m_rect.height() - total;
    for (const QString& line : m_lines) {
        const QString t = line.trimmed();
        qreal x = m_rect.left();
        if (alignment & (Qt::AlignRight | Qt::AlignHCenter)) {
            const qreal w = fm.horizontalAdvance(t);
            x = (alignment & Qt::AlignRight) ? m_rect.right() - w : m_rect.left() + (m_rect.width() - w) / 2;
        }
        if (!t.isEmpty())
            painter.drawText(QPointF(x, y + m_ascent), t);
        y += m_lineHeight;
    }
}

} // namespace agencydesk
