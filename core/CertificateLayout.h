#pragma once

#include "FittedText.h"

#include <QHash>
#include <QLineF>
#include <QRectF>
#include <QString>
#include <QTransform>

#include <vector>

namespace agencydesk {

/// The geometry of the certificate, in points on a 612 x 792 Letter page (top-left origin).
/// Other paper sizes scale this design uniformly (see toPage). Tests use the field rectangles to check
/// that every text lies inside its box.
class CertificateLayout
{
public:
    static constexpr qreal Width = 612;
    static constexpr qreal Height = 792;
    static constexpr int GridRowCount = 22;

    struct Field
    {
        QString name;
        QRectF rect;       ///< the text may use all of it and never more
        QString text;      ///< fixed wording; empty for fields filled from the data
        qreal size = 8;    ///< largest font size (pt)
        qreal minSize = 6; ///< smallest font size before wrapping (pt)
        bool bold = false;
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
        FittedText::Mode mode = FittedText::Mode::ShrinkThenWrap;
    };

    /// Page 1: the certificate.
    static const CertificateLayout& certificate();
    /// Page 2 and later: the additional remarks schedule.
    static const CertificateLayout& remarks();

    const std::vector<Field>& fields() const { return m_fields; }
    const Field* field(const QString& name) const;
    QRectF rect(const QString& name) const; ///< a field's or a check box's rectangle; null when unknown
    const std::vector<QRectF>& frames() const { return m_frames; }
    const std::vector<QLineF>& rules() const { return m_rules; }
    const std::vector<QRectF>& shades() const { return m_shades; }
    const QHash<QString, QRectF>& checkBoxes() const { return m_checks; }

    /// Maps design points onto pageRect: uniform scale to fit, centred horizontally, top aligned.
    static QTransform toPage(const QRectF& pageRect);

    /// Section keys of the coverage grid, top to bottom: gl, auto, umbrella, wc, other.
    static QStringList sections();
    static int limitSlots(const QString& section);

private:
    friend struct LayoutBuilder;
    std::vector<Field> m_fields;
    QHash<QString, int> m_index;
    std::vector<QRectF> m_frames;
    std::vector<QLineF> m_rules;
    std::vector<QRectF> m_shades;
    QHash<QString, QRectF> m_checks;
};

} // namespace agencydesk
