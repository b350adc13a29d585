#include "AgencyProfileDialog.h"

#include "AgencyProfileForm.h"
#include "MessageBox.h"
#include "RenewalService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace agencydesk {

AgencyProfileDialog::AgencyProfileDialog(const Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_form(new AgencyProfileForm(this))
{
    setObjectName(QStringLiteral("agencyProfileDialog"));
    setWindowTitle(tr("Agency profile"));
    m_canEditProfile = roleMay(session.user.role, Operation::AgencyUpdate);
    m_canEditRenewals = roleMay(session.user.role, Operation::RenewalSettings);
    const bool canEdit = m_canEditProfile || m_canEditRenewals;
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
    addRenewalSettings();
    layout->addWidget(buttons);

    auto profile = AgencyService(session).profile();
    if (profile)
        m_form->setProfile(*profile);
    else
        MessageBox::showError(this, tr("Could not read the agency profile."), profile.error());
    m_form->setReadOnly(!m_canEditProfile);
    resize(520, sizeHint().height());
}

void AgencyProfileDialog::addRenewalSettings()
{
    // Rows of the profile's own form, so the labels line up with the Certificates section above.
    auto* form = qobject_cast<QFormLayout*>(m_form->layout());
    Q_ASSERT(form);
    auto* rule = new QFrame(m_form);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    form->addRow(rule);
    auto* heading = new QLabel(tr("Renewals"), m_form);
    heading->setObjectName(QStringLiteral("renewalSettingsHeading"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    form->addRow(heading);
    m_followThrough = new QComboBox(m_form);
    m_followThrough->setObjectName(QStringLiteral("renewalFollowThroughComboBox"));
    m_followThrough->setAccessibleName(tr("Renewal follow-through"));
    m_followThrough->addItem(tr("Update masters and re-issue certificates at once"), int(FollowThrough::Automatic));
    m_followThrough->addItem(tr("Ask the CSR first"), int(FollowThrough::Ask));
    m_dueDays = new QSpinBox(m_form);
    m_dueDays->setObjectName(QStringLiteral("renewalDueDaysSettingSpinBox"));
    m_dueDays->setAccessibleName(tr("Renewals due window in days"));
    m_dueDays->setRange(1, 365);
    m_dueDays->setSuffix(tr(" days"));
    form->addRow(tr("&After a renewal or new dates:"), m_followThrough);
    form->addRow(tr("Renewals due &lists policies expiring within:"), m_dueDays);

    Result<RenewalSettings> settings = RenewalService(m_session).settings();
    if (settings) {
        m_followThrough->setCurrentIndex(m_followThrough->findData(int(settings->followThrough)));
        m_dueDays->setValue(settings->dueDays);
    } else {
        MessageBox::showError(this, tr("Could not read the renewal settings."), settings.error());
    }
    m_followThrough->setEnabled(m_canEditRenewals);
    m_dueDays->setEnabled(m_canEditRenewals);
}

bool AgencyProfileDialog::save()
{
    if (m_canEditProfile) {
        if (Status s = AgencyService(m_session).update(m_form->profile()); !s) {
            MessageBox::showError(this, tr("The agency profile was not saved."), s.error());
            return false;
        }
    }
    if (m_canEditRenewals) {
        RenewalSettings settings;
        settings.followThrough = static_cast<FollowThrough>(m_followThrough->currentData().toInt());
        settings.dueDays = m_dueDays->value();
        if (Status s = RenewalService(m_session).setSettings(settings); !s) {
            MessageBox::showError(this, tr("The renewal settings were not saved."), s.error());
            return false;
        }
    }
    return true;
}

} // namespace agencydesk
