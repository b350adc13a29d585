#include "AgencyProfileDialog.h"

#include "AgencyProfileForm.h"
#include "MessageBox.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace agencydesk {

AgencyProfileDialog::AgencyProfileDialog(const Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_form(new AgencyProfileForm(this))
{
    setObjectName(QStringLiteral("agencyProfileDialog"));
    setWindowTitle(tr("Agency profile"));
    const bool canEdit = roleMay(session.user.role, Operation::AgencyUpdate);
    auto* buttons = new QDialogButtonBox(
        canEdit ? QDialogButtonBox::Save | QDialogButtonBox::Cancel : QDialogButtonBox::Close, this);
    if (QPushButton* save = buttons->button(QDialogButtonBox::Save))
        save->setObjectName(QStringLiteral("saveAgencyButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);

    auto profile = AgencyService(session).profile();
    if (profile)
        m_form->setProfile(*profile);
    else
        MessageBox::showError(this, tr("Could not read the agency profile."), profile.error());
    m_form->setReadOnly(!canEdit);
    resize(520, sizeHint().height());
}

bool AgencyProfileDialog::save()
{
    if (Status s = AgencyService(m_session).update(m_form->profile()); !s) {
        MessageBox::showError(this, tr("The agency profile was not saved."), s.error());
        return false;
    }
    return true;
}

} // namespace agencydesk
