#pragma once

#include "Result.h"

#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

namespace agencydesk {

/// Every message the UI shows goes through here, so GUI tests can answer confirmations in advance
/// (setNextAnswer) and never block on a modal box (setTestMode records messages instead of showing them).
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::No);
    static void information(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void critical(QWidget* parent, const QString& title, const QString& text);
    /// Shows a core error with a title that says what kind of problem it is.
    static void showError(QWidget* parent, const QString& action, const Error& error);

    // Test seams.
    static void setNextAnswer(Button answer);
    static void setTestMode(bool enabled);
    static bool testMode();
    static QString lastTitle();
    static QString lastText();
    static int shownCount();
    static void clearLog();

private:
    static Button show(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                       Buttons buttons, Button defaultButton);
};

} // namespace agencydesk
