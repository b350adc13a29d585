#pragma once

#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <vector>

class QPainter;
class QPaintDevice;
class QFontMetricsF;

namespace agencydesk {

/// Text fitted into a field rectangle: shrink down to a minimum size, then wrap; never outside the box.
class FittedText
{
public:
    enum class Mode
    {
        ShrinkThenWrap, ///< fields: each line shrinks until it fits, then (at the minimum size) wraps
        Wrap,           ///< paragraphs: wrap at each size from the largest down to the minimum
    };

    /// Lays out text (lines separated by '\n') in rect. Sizes are in the painter's units (pixels of the device).
    static FittedText fit(const QString& text, const QRectF& rect, QFont font, qreal maxSize, qreal minSize, Mode mode,
                          QPaintDevice* device);
    /// Wraps text at a fixed size; lines that do not fit in rect are left in remainder().
    static FittedText fitFixed(const QString& text, const QRectF& rect, QFont font, qreal size, QPaintDevice* device,
                               int reserveLines = 0);

    void draw(QPainter& painter, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter) const;

    bool overflowed() const { return m_overflow; }
    const QStringList& lines() const { return m_lines; }
    QStringList remainder() const { return m_remainder; }
    qreal lineHeight() const { return m_lineHeight; }
    const QFont& font() const { return m_font; }
    int maxLines() const { return m_maxLines; }

    /// Greedy word wrap; words longer than width are broken between characters. Widths are those of fm
    /// multiplied by scale (text is measured once at a reference size: unhinted advances scale linearly).
    static QStringList wrap(const QString& text, const QFont& font, const QFontMetricsF& fm, qreal scale, qreal width);

private:
    QRectF m_rect;
    QFont m_font;
    QStringList m_lines;
    std::vector<qreal> m_widths;
    QStringList m_remainder;
    qreal m_lineHeight = 0;
    qreal m_ascent = 0;
    int m_maxLines = 0;
    bool m_overflow = false;
};

} // namespace agencydesk
