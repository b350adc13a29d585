#include "PortalAccountWidget.h"

#include "ClientViewDialog.h"
#include "MessageBox.h"
#include "PortalEnrollDialog.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace agencydesk {

PortalAccountWidget::PortalAccountWidget(const Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("portalAccountWidget"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("portalStatusLabel"));
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->setWordWrap(true); // a long user name or email wraps instead of widening the window
    layout->addWidget(m_statusLabel, 1);
    const auto addButton = [&](const QString& objectName, const QString& text, const QString& toolTip) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(objectName);
        button->setToolTip(toolTip);
        layout->addWidget(button);
        return button;
    };
    m_enrollButton = addButton(QStringLiteral("portalEnrollButton"), tr("Enroll…"),
                               tr("Create the client's portal account after an identity check and email the "
                                  "welcome code"));
    m_emailButton = addButton(QStringLiteral("portalChangeEmailButton"), tr("Change email…"),
                              tr("Change the account's email address; the user name stays"));
    m_resetButton = addButton(QStringLiteral("portalResetButton"), tr("Reset and notify"),
                              tr("Email the client a new set-password code; earlier codes stop working"));
    m_lockButton = addButton(QStringLiteral("portalLockButton"), tr("Lock"), QString());
    m_viewButton = addButton(QStringLiteral("portalViewAsClientButton"), tr("View as client…"),
                             tr("What the client sees in the portal today, read only"));
    connect(m_enrollButton, &QPushButton::clicked, this, [this] { openEnrollDialog(); });
    connect(m_emailButton, &QPushButton::clicked, this, [this] { openChangeEmailDialog(); });
    connect(m_resetButton, &QPushButton::clicked, this, [this] { resetAndNotify(); });
    connect(m_lockButton, &QPushButton::clicked, this, [this] { toggleLock(); });
    connect(m_viewButton, &QPushButton::clicked, this, [this] { openClientView(); });
    updateButtons();
}

void PortalAccountWidget::setInsured(qint64 insuredId)
{
    m_insuredId = insuredId;
    reload();
}

void PortalAccountWidget::reload()
{
    m_account.reset();
    if (m_insuredId != 0) {
        auto account = PortalService(m_session).account(m_insuredId);
        if (account)
            m_account = *account;
    }
    if (!m_account) {
        m_statusLabel->setText(tr("Client portal: %1").arg(portalStatusDisplayNameTr(PortalStatus::NotEnrolled)));
    } else {
        m_statusLabel->setText(
            tr("Client portal: %1 · user name %2 · %3")
                .arg(portalStatusDisplayNameTr(m_account->status), m_account->userName, m_account->email));
    }
    updateButtons();
}

void PortalAccountWidget::updateButtons()
{
    const bool may = roleMay(m_session.user.role, Operation::InsuredUpdate);
    const bool enrolled = m_account.has_value();
    const bool locked = enrolled && m_account->status == PortalStatus::Locked;
    m_enrollButton->setVisible(!enrolled);
    m_enrollButton->setEnabled(may && m_insuredId != 0);
    m_emailButton->setVisible(enrolled);
    m_emailButton->setEnabled(may);
    m_resetButton->setVisible(enrolled);
    m_resetButton->setEnabled(may && !locked);
    m_lockButton->setVisible(enrolled);
    m_lockButton->setEnabled(may);
    m_lockButton->setText(locked ? tr("Unlock") : tr("Lock"));
    m_lockButton->setToolTip(locked ? tr("Let the client sign in again")
                                    : tr("Stop the client signing in or setting a password"));
    m_viewButton->setEnabled(m_insuredId != 0);
}

PortalEnrollDialog* PortalAccountWidget::openEnrollDialog()
{
    if (m_insuredId == 0 || m_account || !roleMay(m_session.user.role, Operation::InsuredUpdate))
        return nullptr;
    auto* dialog = new PortalEnrollDialog(m_session, m_insuredId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PortalEnrollDialog::enrolled, this, [this](qint64 id) {
        reload();
        emit portalChanged(id);
    });
    dialog->open();
    return dialog;
}

void PortalAccountWidget::openChangeEmailDialog()
{
    if (!m_account || !roleMay(m_session.user.role, Operation::InsuredUpdate))
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("portalEmailInputDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Change portal email"));
    dialog->setLabelText(tr("New email address for %1 (the user name stays; codes already sent stop working):")
                             .arg(m_account->userName));
    dialog->setTextValue(m_account->email);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& email) {
        if (Status s = PortalService(m_session).changeEmail(m_insuredId, email); !s) {
            MessageBox::showError(this, tr("The portal email was not changed."), s.error());
            return;
        }
        reload();
        emit portalChanged(m_insuredId);
    });
    dialog->open();
}

bool PortalAccountWidget::resetAndNotify()
{
    if (!m_account || !roleMay(m_session.user.role, Operation::InsuredUpdate))
        return false;
    const auto answer = MessageBox::question(
        this, tr("Reset and notify"),
        tr("Email %1 a new set-password code? Every earlier code stops working.").arg(m_account->email));
    if (answer != QMessageBox::Yes)
        return false;
    auto notice = PortalService(m_session).resetAndNotify(m_insuredId);
    if (!notice) {
        MessageBox::showError(this, tr("No reset email was queued."), notice.error());
        return false;
    }
    reload();
    emit portalChanged(m_insuredId);
    return true;
}

bool PortalAccountWidget::toggleLock()
{
    if (!m_account || !roleMay(m_session.user.role, Operation::InsuredUpdate))
        return false;
    const bool lock = m_account->status != PortalStatus::Locked;
    if (Status s = PortalService(m_session).setLocked(m_insuredId, lock); !s) {
        MessageBox::showError(
            this, lock ? tr("The portal account was not locked.") : tr("The portal account was not unlocked."),
            s.error());
        return false;
    }
    reload();
    emit portalChanged(m_insuredId);
    return true;
}

ClientViewDialog* PortalAccountWidget::openClientView()
{
    if (m_insuredId == 0)
        return nullptr;
    auto* dialog = new ClientViewDialog(m_session, m_insuredId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace agencydesk
