#include "ActionIcons.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

#include <utility>

namespace agencydesk {

namespace {

struct IconName
{
    ActionIcon id;
    const char* name;
};

constexpr IconName kIconNames[] = {
    {ActionIcon::About, "about"},
    {ActionIcon::Add, "add"},
    {ActionIcon::Agency, "agency"},
    {ActionIcon::Approve, "approve"},
    {ActionIcon::Attach, "attach"},
    {ActionIcon::Automate, "automate"},
    {ActionIcon::Carrier, "carrier"},
    {ActionIcon::Certificate, "certificate"},
    {ActionIcon::Delete, "delete"},
    {ActionIcon::Edit, "edit"},
    {ActionIcon::Email, "email"},
    {ActionIcon::FileAdd, "file-add"},
    {ActionIcon::FileRemove, "file-remove"},
    {ActionIcon::First, "first"},
    {ActionIcon::FitPage, "fit-page"},
    {ActionIcon::FitWidth, "fit-width"},
    {ActionIcon::Holder, "holder"},
    {ActionIcon::Import, "import"},
    {ActionIcon::ImportFolder, "import-folder"},
    {ActionIcon::InProgress, "in-progress"},
    {ActionIcon::Inbox, "inbox"},
    {ActionIcon::Keyboard, "keyboard"},
    {ActionIcon::Language, "language"},
    {ActionIcon::Last, "last"},
    {ActionIcon::List, "list"},
    {ActionIcon::Next, "next"},
    {ActionIcon::NotRenewing, "not-renewing"},
    {ActionIcon::Note, "note"},
    {ActionIcon::Notify, "notify"},
    {ActionIcon::Open, "open"},
    {ActionIcon::Outbox, "outbox"},
    {ActionIcon::Preview, "preview"},
    {ActionIcon::Previous, "previous"},
    {ActionIcon::Print, "print"},
    {ActionIcon::PrintPreview, "print-preview"},
    {ActionIcon::Quit, "quit"},
    {ActionIcon::Refresh, "refresh"},
    {ActionIcon::Reject, "reject"},
    {ActionIcon::Renew, "renew"},
    {ActionIcon::Resume, "resume"},
    {ActionIcon::Revert, "revert"},
    {ActionIcon::Save, "save"},
    {ActionIcon::Search, "search"},
    {ActionIcon::Settings, "settings"},
    {ActionIcon::Share, "share"},
    {ActionIcon::Summary, "summary"},
    {ActionIcon::Tag, "tag"},
    {ActionIcon::Template, "template"},
    {ActionIcon::Unshare, "unshare"},
    {ActionIcon::Upload, "upload"},
    {ActionIcon::User, "user"},
    {ActionIcon::UserAdd, "user-add"},
    {ActionIcon::UserRemove, "user-remove"},
    {ActionIcon::Users, "users"},
    {ActionIcon::WatchFolder, "watch-folder"},
    {ActionIcon::ZoomIn, "zoom-in"},
    {ActionIcon::ZoomOut, "zoom-out"},
};

/// The colour the strokes are drawn in for \a mode, from the application palette.
QColor strokeColor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    const QColor normal = palette.color(QPalette::Active, QPalette::WindowText);
    switch (mode) {
    case QIcon::Disabled: {
        const QColor disabled = palette.color(QPalette::Disabled, QPalette::WindowText);
        if (disabled != normal)
            return disabled;
        // A palette without its own disabled colour: half way to the window colour.
        const QColor window = palette.color(QPalette::Active, QPalette::Window);
        return QColor((normal.red() + window.red()) / 2, (normal.green() + window.green()) / 2,
                      (normal.blue() + window.blue()) / 2);
    }
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return normal;
}

/// Renders one SVG of the set, its currentColor replaced by the palette's colour for the mode.
class ActionIconEngine : public QIconEngine
{
public:
    explicit ActionIconEngine(QString name) : m_name(std::move(name))
    {
        QFile file(QStringLiteral(":/icons/actions/%1.svg").arg(m_name));
        if (file.open(QIODevice::ReadOnly))
            m_svg = file.readAll();
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        const int side = qMin(rect.width(), rect.height());
        QPixmap pm = pixmap(QSize(qRound(side * scale), qRound(side * scale)), mode, state);
        pm.setDevicePixelRatio(scale);
        const QRect target(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side);
        painter->drawPixmap(target, pm);
    }

    /// \a size in device pixels: QIcon::pixmap(size, devicePixelRatio) asks for size times the ratio and sets the
    /// ratio on what it gets.
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State) override
    {
        const int pixels = qMin(size.width(), size.height());
        if (pixels <= 0 || m_svg.isEmpty())
            return QPixmap();
        const QColor color = strokeColor(mode);
        const QString cacheKey =
            QStringLiteral("agencydesk-action-icon:%1:%2:%3").arg(m_name, color.name(QColor::HexArgb)).arg(pixels);
        QPixmap pm;
        if (QPixmapCache::find(cacheKey, &pm))
            return pm;
        QByteArray svg = m_svg;
        svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
        QSvgRenderer renderer(svg);
        QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, pixels, pixels));
        if (color.alpha() < 255) {
            painter.setCompositionMode(QPainter::CompositionMode_DestinationIn);
            painter.fillRect(image.rect(), QColor(0, 0, 0, color.alpha()));
        }
        painter.end();
        pm = QPixmap::fromImage(image);
        QPixmapCache::insert(cacheKey, pm);
        return pm;
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height());
        return QSize(side, side);
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        return {QSize(16, 16), QSize(24, 24), QSize(32, 32)};
    }

    QIconEngine* clone() const override { return new ActionIconEngine(*this); }
    QString key() const override { return QStringLiteral("agencydesk-action"); }
    QString iconName() override { return m_name; }
    bool isNull() override { return m_svg.isEmpty(); }

private:
    QString m_name;
    QByteArray m_svg;
};

} // namespace

QString actionIconName(ActionIcon id)
{
    for (const IconName& entry : kIconNames) {
        if (entry.id == id)
            return QString::fromLatin1(entry.name);
    }
    return QString();
}

QList<ActionIcon> allActionIcons()
{
    QList<ActionIcon> icons;
    for (const IconName& entry : kIconNames)
        icons << entry.id;
    return icons;
}

QIcon actionIcon(ActionIcon id)
{
    return QIcon(new ActionIconEngine(actionIconName(id)));
}

} // namespace agencydesk
