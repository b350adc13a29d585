#include "FittedText.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>

#include <cmath>

namespace agencydesk {

namespace {

// Text is measured once at this pixel size and scaled: creating a font engine per trial size is what costs
// (FreeType runs each size's hinting program), and unhinted advances are linear in the size.
constexpr qreal ReferenceSize = 100;
// Trial sizes are multiples of this fraction of a pixel-per-point, so engines are shared between renders.
constexpr qreal SizeStep = 0.25;

QFont sized(QFont font, qreal pixels, QPaintDevice* device)
{
    // Point sizes are relative to the device's DPI; callers think in device pixels.
    const int dpi = device ? device->logicalDpiY() : 72;
    font.setPointSizeF(pixels * 72.0 / dpi);
    return font;
}

QFontMetricsF metrics(const QFont& font, QPaintDevice* device)
{
    // Reference metrics are asked for about 200 times per certificate, always for the same few fonts.
    thread_local QHash<QString, QFontMetricsF> cache;
    const QString key = font.key() + QLatin1Char('@') + QString::number(device ? device->logicalDpiY() : 0);
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    if (cache.size() > 64)
        cache.clear();
    return *cache.insert(key, device ? QFontMetricsF(font, device) : QFontMetricsF(font));
}

/// Advance widths at the reference size, cached per thread: most of a certificate's wording repeats on every
/// certificate, and shaping text is a large part of the rendering time.
class WidthCache
{
public:
    qreal width(const QFontMetricsF& fm, const QFont& font, const QString& text)
    {
        if (font.key() != m_fontKey[font.bold() ? 1 : 0]) {
            m_fontKey[font.bold() ? 1 : 0] = font.key();
            m_widths[font.bold() ? 1 : 0].clear();
        }
        QHash<QString, qreal>& widths = m_widths[font.bold() ? 1 : 0];
        const auto it = widths.constFind(text);
        if (it != widths.constEnd())
            return *it;
        if (widths.size() > 20000)
            widths.clear();
        const qreal w = fm.horizontalAdvance(text);
        widths.insert(text, w);
        return w;
    }

private:
    QString m_fontKey[2];
    QHash<QString, qreal> m_widths[2];
};

thread_local WidthCache t_widths;

QString elide(const QString& line, const QFontMetricsF& fm, qreal scale, qreal width)
{
    const QString ellipsis(QChar(0x2026));
    QString out = line;
    while (!out.isEmpty() && fm.horizontalAdvance(out + ellipsis) * scale > width)
        out.chop(1);
    return out.trimmed() + ellipsis;
}

} // namespace

QStringList FittedText::wrap(const QString& text, const QFont& font, const QFontMetricsF& fm, qreal scale, qreal width)
{
    const auto w = [&](const QString& s) { return t_widths.width(fm, font, s) * scale; };
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
            if (w(candidate) <= width) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                out << line;
                line.clear();
            }
            // A word wider than the box (or CJK text without spaces): break between characters.
            while (w(word) > width && word.size() > 1) {
                int n = 1;
                while (n < word.size() && w(word.left(n + 1)) <= width)
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
    const QFont ref = sized(font, ReferenceSize, device);
    const QFontMetricsF fm = metrics(ref, device);
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    std::vector<qreal> paragraphWidths;
    for (const QString& p : paragraphs)
        paragraphWidths.push_back(t_widths.width(fm, ref, p.trimmed()));
    // Sizes are in device pixels; trial sizes step down by a quarter point.
    const qreal step = std::max(SizeStep * (device ? device->logicalDpiY() / 72.0 : 1.0), 1e-3);
    qreal size = maxSize;
    for (;;) {
        const bool last = size <= minSize + 1e-9;
        if (last)
            size = minSize;
        const qreal scale = size / ReferenceSize;
        r.m_lineHeight = fm.height() * scale;
        r.m_ascent = fm.ascent() * scale;
        r.m_maxLines = std::max(0, static_cast<int>(std::floor((rect.height() + 1e-6) / r.m_lineHeight)));
        bool fits = false;
        if (mode == Mode::ShrinkThenWrap && !last) {
            fits = paragraphs.size() <= r.m_maxLines;
            for (qreal pw : paragraphWidths)
                fits = fits && pw * scale <= rect.width();
            if (fits)
                r.m_lines = paragraphs;
        } else {
            r.m_lines = wrap(text, ref, fm, scale, rect.width());
            fits = r.m_lines.size() <= r.m_maxLines;
        }
        if (fits || last) {
            if (!fits) {
                r.m_overflow = true;
                r.m_remainder = r.m_lines.mid(r.m_maxLines);
                r.m_lines = r.m_lines.mid(0, r.m_maxLines);
                if (!r.m_lines.isEmpty())
                    r.m_lines.last() = elide(r.m_lines.last(), fm, scale, rect.width());
            }
            r.m_font = sized(font, size, device);
            for (QString& line : r.m_lines) {
                line = line.trimmed();
                r.m_widths.push_back(t_widths.width(fm, ref, line) * scale);
            }
            return r;
        }
        // Next trial: the next lower multiple of the step, so sizes repeat from one render to the next.
        size = std::floor((size - 1e-6) / step) * step;
    }
}

FittedText FittedText::fitFixed(const QString& text, const QRectF& rect, QFont font, qreal size, QPaintDevice* device,
                                int reserveLines)
{
    FittedText r;
    r.m_rect = rect;
    r.m_font = sized(font, size, device);
    const QFont ref = sized(font, ReferenceSize, device);
    const QFontMetricsF fm = metrics(ref, device);
    const qreal scale = size / ReferenceSize;
    r.m_lineHeight = fm.height() * scale;
    r.m_ascent = fm.ascent() * scale;
    r.m_maxLines = std::max(0, static_cast<int>(std::floor((rect.height() + 1e-6) / r.m_lineHeight)));
    r.m_lines = wrap(text, ref, fm, scale, rect.width());
    if (r.m_lines.size() > r.m_maxLines) {
        const int keep = std::max(0, r.m_maxLines - reserveLines);
        r.m_overflow = true;
        r.m_remainder = r.m_lines.mid(keep);
        r.m_lines = r.m_lines.mid(0, keep);
    }
    for (QString& line : r.m_lines) {
        line = line.trimmed();
        r.m_widths.push_back(t_widths.width(fm, ref, line) * scale);
    }
    return r;
}

void FittedText::draw(QPainter& painter, Qt::Alignment alignment) const
{
    if (m_lines.isEmpty())
        return;
    painter.setFont(m_font);
    const qreal total = m_lines.size() * m_lineHeight;
    qreal y = m_rect.top();
    if (alignment & Qt::AlignVCenter)
        y += (m_rect.height() - total) / 2;
    else if (alignment & Qt::AlignBottom)
        y += m_rect.height() - total;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const QString& t = m_lines[i];
        const qreal w = m_widths[static_cast<size_t>(i)];
        qreal x = m_rect.left();
        if (alignment & Qt::AlignRight)
            x = m_rect.right() - w;
        else if (alignment & Qt::AlignHCenter)
            x = m_rect.left() + (m_rect.width() - w) / 2;
        if (!t.isEmpty())
            painter.drawText(QPointF(x, y + m_ascent), t);
        y += m_lineHeight;
    }
}

} // namespace agencydesk
