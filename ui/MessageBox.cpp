#include "MessageBox.h"

#include <QCoreApplication>

namespace agencydesk {

namespace {
std::optional<QMessageBox::StandardButton> s_nextAnswer;
bool s_testMode = false;
QString s_lastTitle;
QString s_lastText;
int s_shownCount = 0;
} // namespace

MessageBox::Button MessageBox::show(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                                    Buttons buttons, Button defaultButton)
{
    s_lastTitle = title;
    s_lastText = text;
    ++s_shownCount;
    if (s_nextAnswer) {
        const Button answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    if (s_testMode)
        return defaultButton != QMessageBox::NoButton ? defaultButton : QMessageBox::Ok;
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setObjectName(QStringLiteral("messageBox"));
    return static_cast<Button>(box.exec());
}

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                                        Button defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::critical(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Critical, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::showError(QWidget* parent, const QString& action, const Error& error)
{
    QString title;
    switch (error.code) {
    case ErrorCode::Validation:
        title = QCoreApplication::translate("MessageBox", "Please check the form");
        break;
    case ErrorCode::Permission:
        title = QCoreApplication::translate("MessageBox", "Not allowed");
        break;
    case ErrorCode::Conflict:
        title = QCoreApplication::translate("MessageBox", "Changed by someone else");
        break;
    case ErrorCode::NotFound:
        title = QCoreApplication::translate("MessageBox", "Not found");
        break;
    case ErrorCode::Auth:
    case ErrorCode::Locked:
        title = QCoreApplication::translate("MessageBox", "Cannot log in");
        break;
    case ErrorCode::Database:
        title = QCoreApplication::translate("MessageBox", "Database problem");
        break;
    }
    const QString text = action.isEmpty() ? error.message : action + QStringLiteral("\n\n") + error.message;
    if (error.code == ErrorCode::Database)
        critical(parent, title, text);
    else
        warning(parent, title, text);
}

void MessageBox::setNextAnswer(Button answer)
{
    s_nextAnswer = answer;
}

void MessageBox::setTestMode(bool enabled)
{
    s_testMode = enabled;
}

bool MessageBox::testMode()
{
    return s_testMode;
}

QString MessageBox::lastTitle()
{
    return s_lastTitle;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

int MessageBox::shownCount()
{
    return s_shownCount;
}

void MessageBox::clearLog()
{
    s_lastTitle.clear();
    s_lastText.clear();
    s_shownCount = 0;
    s_nextAnswer.reset();
}

} // namespace agencydesk
