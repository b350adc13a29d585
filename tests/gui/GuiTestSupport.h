#pragma once

#include "CatchCompat.h"
#include "DemoData.h"
#include "InsuredService.h"
#include "MessageBox.h"
#include "PolicyService.h"
#include "TestConfig.h"
#include "TestSupport.h"

#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QImage>
#include <QMimeData>
#include <QPalette>
#include <QSet>
#include <QTest>
#include <QWidget>

#include <functional>
#include <stdexcept>

namespace agencydesk::test {

/// Drag enter, move and drop of \a mime at \a pos on \a target, as a file manager sends them.
inline bool dragAndDrop(QWidget* target, const QPoint& pos, QMimeData* mime)
{
    QDragEnterEvent enter(pos, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(QPointF(pos), Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

/// Spins the event loop until \a condition holds (or 5 s pass, which fails the caller's REQUIRE).
inline bool waitFor(const std::function<bool()>& condition, int timeoutMs = 5000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(10);
    }
    return true;
}

/// Saves \a widget as PNG in the build's screenshots folder (for a person to look at) and checks the image:
/// the widget's size at its pixel ratio, and not blank.
inline void saveScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = QStringLiteral(AGENCYDESK_SCREENSHOT_DIR);
    REQUIRE(QDir().mkpath(dir));
    const QString path = QDir(dir).filePath(name);
    REQUIRE(widget->grab().toImage().save(path));
    const QImage saved(path);
    CHECK(saved.size() == widget->size() * widget->devicePixelRatio());
    QSet<QRgb> colors;
    for (int y = 0; y < saved.height(); y += 7) {
        for (int x = 0; x < saved.width(); x += 7)
            colors.insert(saved.pixel(x, y));
    }
    CHECK(colors.size() > 8); // text, lines and fields, not an empty window
}

/// A child by object name; throws (failing the test with the name) when it does not exist.
template <typename T> T* child(const QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        throw std::runtime_error(std::string("no child named ") + name);
    return found;
}

/// A seeded database: the TestDatabase manager plus the demo book, and message boxes that never block.
struct SeededDatabase : TestDatabase
{
    explicit SeededDatabase(int insureds = 40)
    {
        MessageBox::setTestMode(true);
        MessageBox::clearLog();
        if (Status s = DemoData::seed(manager, insureds); !s)
            throw std::runtime_error(s.error().message.toStdString());
    }

    /// The first insured (by name) that has a policy of \a line that is not cancelled.
    std::pair<Insured, Policy> insuredWithPolicy(LineOfBusiness line) const
    {
        auto rows = InsuredService(manager).page({}, 0, 10000);
        if (!rows)
            throw std::runtime_error(rows.error().message.toStdString());
        for (const Insured& insured : *rows) {
            auto policies = PolicyService(manager).forInsured(insured.id);
            if (!policies)
                continue;
            for (const Policy& p : *policies) {
                if (p.line == line && !p.cancelled && p.insuredId)
                    return {insured, p};
            }
        }
        throw std::runtime_error("no insured with such a policy in the demo book");
    }
};

/// A dark palette (light text on dark grey) for the dark-theme screenshots and checks.
inline QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb7));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace agencydesk::test
