#include "CertificatesTab.h"

#include "ActionIcons.h"
#include "CertificateHolderService.h"
#include "CertificateIssueController.h"
#include "CertificateMasterService.h"
#include "HolderDetailWidget.h"
#include "HolderDialog.h"
#include "HolderTableModel.h"
#include "LapseNoticePrompt.h"
#include "MasterDialog.h"
#include "MessageBox.h"

#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace agencydesk {

CertificatesTab::CertificatesTab(const Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_holderModel(new HolderTableModel(session, this))
{
    setObjectName(QStringLiteral("certificatesTab"));
    m_stack = new QStackedWidget(this);

    m_hintLabel = new QLabel(
        tr("<p style='font-size:large'><b>Pick an insured first.</b></p><p>Press <b>Ctrl+F</b> and type a name, policy "
           "number or city, or choose an insured on the Insureds tab; its certificate masters, holders and issued "
           "certificates appear here.</p>"),
        m_stack);
    m_hintLabel->setObjectName(QStringLiteral("certificatesHintLabel"));
    m_hintLabel->setAlignment(Qt::AlignCenter);
    m_hintLabel->setWordWrap(true);
    m_stack->addWidget(m_hintLabel);

    auto* content = new QWidget(m_stack);
    m_headerLabel = new QLabel(content);
    m_headerLabel->setObjectName(QStringLiteral("certificatesHeaderLabel"));
    QFont headerFont = m_headerLabel->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.3);
    headerFont.setBold(true);
    m_headerLabel->setFont(headerFont);

    m_detail = new HolderDetailWidget(session, content);
    auto* left = new QSplitter(Qt::Vertical, content);
    left->setObjectName(QStringLiteral("certificatesMastersHoldersSplitter"));
    left->setChildrenCollapsible(false);
    left->addWidget(createMastersBox());
    left->addWidget(createHoldersBox());
    left->setStretchFactor(0, 1);
    left->setStretchFactor(1, 2);
    auto* splitter = new QSplitter(Qt::Horizontal, content);
    splitter->setObjectName(QStringLiteral("certificatesSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    splitter->setSizes({em * 56, em * 42});
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_headerLabel);
    contentLayout->addWidget(splitter, 1);
    m_stack->addWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    m_issueController = new CertificateIssueController(session, this);
    connect(m_issueController, &CertificateIssueController::finished, this,
            [this](const QStringList& numbers) { onIssueFinished(numbers); });
    connect(m_detail, &HolderDetailWidget::reissueRequested, this, [this](qint64 masterId, qint64 holderId) {
        if (roleMay(m_session.user.role, Operation::CertificateIssue) && !m_issueController->isRunning())
            m_issueController->issue(masterId, {holderId});
    });
    setTabOrder(m_mastersList, m_newMasterButton);
    setTabOrder(m_newMasterButton, m_editMasterButton);
    setTabOrder(m_editMasterButton, m_deleteMasterButton);
    setTabOrder(m_deleteMasterButton, m_holdersView);
    setTabOrder(m_holdersView, m_newHolderButton);
    setTabOrder(m_newHolderButton, m_editHolderButton);
    setTabOrder(m_editHolderButton, m_deleteHolderButton);
    setTabOrder(m_deleteHolderButton, m_issueButton);
    setTabOrder(m_issueButton, m_detail->tabs());
    setInsured(0, {});
}

QWidget* CertificatesTab::createMastersBox()
{
    auto* box = new QGroupBox(tr("Certificate masters"), this);
    m_mastersList = new QListWidget(box);
    m_mastersList->setObjectName(QStringLiteral("mastersListWidget"));
    m_mastersList->setAccessibleName(tr("Certificate masters"));
    m_mastersList->installEventFilter(this);
    auto* label = new QLabel(tr("&Masters (Enter edits, Delete deletes):"), box);
    label->setBuddy(m_mastersList);
    m_masterSummary = new QLabel(box);
    m_masterSummary->setObjectName(QStringLiteral("masterSummaryLabel"));
    m_masterSummary->setWordWrap(true);
    m_masterSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sharedCheck = new QCheckBox(tr("Shared with client p&ortal"), box);
    m_sharedCheck->setObjectName(QStringLiteral("masterSharedCheckBox"));
    m_sharedCheck->setToolTip(tr("The client sees this master's certificates in their portal account; only a master "
                                 "with a policy in force can be shared"));

    // A warning strip for lines that expired or were cancelled without a renewal (business lost).
    m_lapsedStrip = new QFrame(box);
    m_lapsedStrip->setObjectName(QStringLiteral("lapsedLinesStrip"));
    m_lapsedStrip->setFrameShape(QFrame::StyledPanel);
    m_lapsedStrip->setAutoFillBackground(true);
    QPalette stripPalette = m_lapsedStrip->palette();
    stripPalette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    stripPalette.setColor(QPalette::WindowText, QColor(0x4d, 0x3a, 0x00));
    m_lapsedStrip->setPalette(stripPalette);
    auto* lapsedIcon = new QLabel(m_lapsedStrip);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    lapsedIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_lapsedLabel = new QLabel(m_lapsedStrip);
    m_lapsedLabel->setObjectName(QStringLiteral("lapsedLinesLabel"));
    m_lapsedLabel->setWordWrap(true);
    m_removeLapsedButton = new QPushButton(tr("Remove lapsed lines…"), m_lapsedStrip);
    m_removeLapsedButton->setObjectName(QStringLiteral("removeLapsedLinesButton"));
    m_removeLapsedButton->setIcon(actionIcon(ActionIcon::FileRemove));
    m_notifyLapsedButton = new QPushButton(tr("&Notify holders…"), m_lapsedStrip);
    m_notifyLapsedButton->setObjectName(QStringLiteral("notifyLapsedHoldersButton"));
    m_notifyLapsedButton->setIcon(actionIcon(ActionIcon::Notify));
    m_notifyLapsedButton->setToolTip(tr("Email the holders that these policies are no longer in force"));
    auto* stripLayout = new QHBoxLayout(m_lapsedStrip);
    stripLayout->setContentsMargins(6, 4, 6, 4);
    stripLayout->addWidget(lapsedIcon, 0, Qt::AlignTop);
    stripLayout->addWidget(m_lapsedLabel, 1);
    stripLayout->addWidget(m_notifyLapsedButton, 0, Qt::AlignVCenter);
    stripLayout->addWidget(m_removeLapsedButton, 0, Qt::AlignVCenter);
    m_lapsedStrip->hide();

    m_newMasterButton = new QPushButton(tr("&New master…"), box);
    m_newMasterButton->setObjectName(QStringLiteral("newMasterButton"));
    m_newMasterButton->setIcon(actionIcon(ActionIcon::FileAdd));
    m_editMasterButton = new QPushButton(tr("&Edit master…"), box);
    m_editMasterButton->setObjectName(QStringLiteral("editMasterButton"));
    m_editMasterButton->setIcon(actionIcon(ActionIcon::Edit));
    m_deleteMasterButton = new QPushButton(tr("De&lete master"), box);
    m_deleteMasterButton->setObjectName(QStringLiteral("deleteMasterButton"));
    m_deleteMasterButton->setIcon(actionIcon(ActionIcon::Delete));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newMasterButton);
    buttons->addWidget(m_editMasterButton);
    buttons->addWidget(m_deleteMasterButton);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(box);
    layout->addWidget(label);
    layout->addWidget(m_mastersList, 1);
    layout->addWidget(m_masterSummary);
    layout->addWidget(m_lapsedStrip);
    layout->addWidget(m_sharedCheck);
    layout->addLayout(buttons);

    connect(m_mastersList, &QListWidget::currentRowChanged, this, &CertificatesTab::onMasterChanged);
    connect(m_mastersList, &QListWidget::itemDoubleClicked, this, [this] { openMasterDialog(false); });
    connect(m_newMasterButton, &QPushButton::clicked, this, [this] { openMasterDialog(true); });
    connect(m_editMasterButton, &QPushButton::clicked, this, [this] { openMasterDialog(false); });
    connect(m_deleteMasterButton, &QPushButton::clicked, this, &CertificatesTab::deleteMaster);
    connect(m_sharedCheck, &QCheckBox::toggled, this, &CertificatesTab::setMasterShared);
    connect(m_removeLapsedButton, &QPushButton::clicked, this, &CertificatesTab::removeLapsedLines);
    connect(m_notifyLapsedButton, &QPushButton::clicked, this, &CertificatesTab::notifyLapsedHolders);
    return box;
}

QWidget* CertificatesTab::createHoldersBox()
{
    auto* box = new QGroupBox(tr("Certificate holders"), this);
    m_holdersLabel = new QLabel(box);
    m_holdersView = new QTableView(box);
    m_holdersView->setTabKeyNavigation(false);
    m_holdersView->setObjectName(QStringLiteral("holdersTableView"));
    m_holdersView->setAccessibleName(tr("Certificate holders"));
    m_holdersView->setModel(m_holderModel);
    m_holdersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_holdersView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_holdersView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_holdersView->setAlternatingRowColors(true);
    m_holdersView->setWordWrap(false);
    m_holdersView->verticalHeader()->hide();
    // The name takes what is left; the short columns fit their contents so no header is cut off.
    QHeaderView* header = m_holdersView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HolderTableModel::Name, QHeaderView::Stretch);
    header->setSectionResizeMode(HolderTableModel::Email, QHeaderView::Interactive);
    m_holdersView->setColumnWidth(HolderTableModel::Email, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 11);
    m_holdersView->installEventFilter(this);
    m_holdersLabel->setBuddy(m_holdersView);

    m_newHolderButton = new QPushButton(tr("Ne&w holder…"), box);
    m_newHolderButton->setObjectName(QStringLiteral("newHolderButton"));
    m_newHolderButton->setIcon(actionIcon(ActionIcon::Holder));
    m_editHolderButton = new QPushButton(tr("Edi&t holder…"), box);
    m_editHolderButton->setObjectName(QStringLiteral("editHolderButton"));
    m_editHolderButton->setIcon(actionIcon(ActionIcon::Edit));
    m_deleteHolderButton = new QPushButton(tr("Delete holder"), box);
    m_deleteHolderButton->setObjectName(QStringLiteral("deleteHolderButton"));
    m_deleteHolderButton->setIcon(actionIcon(ActionIcon::Delete));
    m_issueButton = new QPushButton(tr("Iss&ue certificate…"), box);
    m_issueButton->setObjectName(QStringLiteral("issueCertificateButton"));
    m_issueButton->setIcon(actionIcon(ActionIcon::Certificate));
    m_issueButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_issueButton->setToolTip(tr("Issue a certificate for each selected holder (Ctrl+I)"));
    m_issuedLabel = new QLabel(box);
    m_issuedLabel->setObjectName(QStringLiteral("issuedLabel"));
    m_issuedLabel->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newHolderButton);
    buttons->addWidget(m_editHolderButton);
    buttons->addWidget(m_deleteHolderButton);
    buttons->addStretch();
    buttons->addWidget(m_issueButton);

    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_holdersLabel);
    layout->addWidget(m_holdersView, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_issuedLabel);

    connect(m_holdersView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CertificatesTab::onHolderChanged);
    connect(m_holdersView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CertificatesTab::onHolderChanged);
    connect(m_holdersView, &QTableView::doubleClicked, this, [this] { openHolderDialog(false); });
    connect(m_newHolderButton, &QPushButton::clicked, this, [this] { openHolderDialog(true); });
    connect(m_editHolderButton, &QPushButton::clicked, this, [this] { openHolderDialog(false); });
    connect(m_deleteHolderButton, &QPushButton::clicked, this, &CertificatesTab::deleteHolders);
    connect(m_issueButton, &QPushButton::clicked, this, &CertificatesTab::issueSelected);
    return box;
}

void CertificatesTab::setInsured(qint64 insuredId, const QString& name)
{
    const bool changed = insuredId != m_insuredId;
    m_insuredId = insuredId;
    m_insuredName = name;
    m_stack->setCurrentIndex(insuredId == 0 ? 0 : 1);
    m_headerLabel->setText(tr("Certificates for %1").arg(name));
    if (changed)
        m_issuedLabel->clear();
    m_detail->setInsured(insuredId);
    reloadMasters(changed ? 0 : currentMasterId());
}

void CertificatesTab::reload()
{
    if (m_insuredId == 0)
        return;
    const qint64 holderBefore = m_detail->holderId();
    reloadMasters(currentMasterId());
    if (m_detail->holderId() == holderBefore)
        m_detail->reload(); // same holder: its requirements or the policies may still have changed
}

void CertificatesTab::reloadMasters(qint64 keepMasterId)
{
    m_masters.clear();
    if (m_insuredId != 0) {
        auto loaded = CertificateMasterService(m_session).forInsured(m_insuredId);
        if (loaded)
            m_masters = std::move(loaded).value();
        else
            m_masterSummary->setText(tr("The masters could not be read: %1").arg(loaded.error().message));
    }
    {
        const QSignalBlocker block(m_mastersList);
        m_mastersList->clear();
        int keepRow = m_masters.empty() ? -1 : 0;
        for (int row = 0; row < static_cast<int>(m_masters.size()); ++row) {
            const CertificateMaster& m = m_masters[static_cast<size_t>(row)];
            const QString count = m.policies.size() == 1 ? tr("1 policy") : tr("%1 policies").arg(m.policies.size());
            auto* item = new QListWidgetItem(tr("%1  (%2)").arg(m.name, count), m_mastersList);
            item->setData(Qt::UserRole, QVariant::fromValue(m.id));
            if (m.id == keepMasterId)
                keepRow = row;
        }
        m_mastersList->setCurrentRow(keepRow);
    }
    onMasterChanged();
}

const CertificateMaster* CertificatesTab::currentMaster() const
{
    const int row = m_mastersList->currentRow();
    return row >= 0 && row < static_cast<int>(m_masters.size()) ? &m_masters[static_cast<size_t>(row)] : nullptr;
}

qint64 CertificatesTab::currentMasterId() const
{
    const CertificateMaster* m = currentMaster();
    return m ? m->id : 0;
}

qint64 CertificatesTab::currentHolderId() const
{
    const QModelIndex current = m_holdersView->currentIndex();
    if (current.isValid() && m_holdersView->selectionModel()->isRowSelected(current.row(), {}))
        return m_holderModel->idAt(current.row());
    const QList<qint64> ids = selectedHolderIds();
    return ids.isEmpty() ? 0 : ids.first();
}

QList<qint64> CertificatesTab::selectedHolderIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_holdersView->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        ids << m_holderModel->idAt(index.row());
    return ids;
}

void CertificatesTab::selectMaster(qint64 masterId)
{
    for (int row = 0; row < m_mastersList->count(); ++row) {
        if (m_mastersList->item(row)->data(Qt::UserRole).toLongLong() == masterId)
            m_mastersList->setCurrentRow(row);
    }
}

void CertificatesTab::selectHolder(qint64 holderId)
{
    const int row = m_holderModel->rowOfId(holderId);
    if (row < 0)
        return;
    const QModelIndex index = m_holderModel->index(row, HolderTableModel::Name);
    m_holdersView->selectionModel()->setCurrentIndex(index,
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_holdersView->scrollTo(index);
}

void CertificatesTab::onMasterChanged()
{
    const CertificateMaster* m = currentMaster();
    const qint64 keepHolder = m && m->id == m_holderModel->masterId() ? currentHolderId() : 0;
    m_holderModel->setMaster(m ? m->id : 0);
    m_holdersLabel->setText(m ? tr("Holder&s of %1:").arg(m->name) : tr("Holder&s (select a master first):"));
    if (keepHolder != 0)
        selectHolder(keepHolder);
    else if (m_holderModel->rowCount() > 0)
        selectHolder(m_holderModel->idAt(0));
    showMasterSummary();
    onHolderChanged();
}

void CertificatesTab::showMasterSummary()
{
    const CertificateMaster* m = currentMaster();
    {
        const QSignalBlocker block(m_sharedCheck);
        m_sharedCheck->setChecked(m && m->sharedToPortal);
        m_sharedCheck->setEnabled(m && roleMay(m_session.user.role, Operation::MasterShare));
    }
    m_lapsedStrip->hide();
    if (m) {
        auto lapsed = CertificateMasterService(m_session).lapsedPolicies(m->id);
        if (lapsed && !lapsed->empty()) {
            QStringList which;
            for (const Policy& p : *lapsed)
                which << tr("%1 %2").arg(p.number,
                                         MasterDialog::notInForceText(p).remove(
                                             //: The prefix of "not in force: expired %1", dropped in this list.
                                             MasterDialog::tr("not in force: ")));
            m_lapsedLabel->setText(lapsed->size() == 1
                                       ? tr("1 line is no longer in force: %1.").arg(which.join(QStringLiteral(", ")))
                                       : tr("%1 lines are no longer in force: %2.")
                                             .arg(lapsed->size())
                                             .arg(which.join(QStringLiteral(", "))));
            m_removeLapsedButton->setEnabled(roleMay(m_session.user.role, Operation::MasterRemoveLapsed));
            m_notifyLapsedButton->setEnabled(roleMay(m_session.user.role, Operation::LapseNotify));
            m_lapsedStrip->show();
        }
    }
    if (!m) {
        m_masterSummary->setText(m_insuredId == 0 || !m_masters.empty()
                                     ? QString()
                                     : tr("No certificate masters yet: New master picks the policies a certificate "
                                          "shows."));
        return;
    }
    QStringList lines;
    for (const MasterPolicy& p : m->policies) {
        QStringList marks;
        if (p.additionalInsured)
            marks << tr("ADDL INSD");
        if (p.subrogationWaived)
            marks << tr("SUBR WVD");
        lines << tr("%1  %2 %3 · %4%5")
                     .arg(p.insurerLetter, lineDisplayNameTr(p.line), p.policyNumber, p.carrierName,
                          marks.isEmpty() ? QString() : QStringLiteral(" · ") + marks.join(QStringLiteral(", ")));
    }
    m_masterSummary->setText(lines.join(QLatin1Char('\n')));
}

void CertificatesTab::setMasterShared(bool shared)
{
    const CertificateMaster* m = currentMaster();
    if (!m)
        return;
    const qint64 id = m->id;
    if (Status s = CertificateMasterService(m_session).setShared(id, shared, m->rowVersion); !s) {
        MessageBox::showError(this,
                              shared ? tr("The master was not shared with the client portal.")
                                     : tr("The master is still shared with the client portal."),
                              s.error());
        const QSignalBlocker block(m_sharedCheck);
        m_sharedCheck->setChecked(!shared);
        return;
    }
    reloadMasters(id);
}

void CertificatesTab::removeLapsedLines()
{
    const CertificateMaster* m = currentMaster();
    if (!m || !roleMay(m_session.user.role, Operation::MasterRemoveLapsed))
        return;
    const qint64 id = m->id;
    if (MessageBox::question(
            this, tr("Remove lapsed lines"),
            tr("Take these lines off the master %1? %2\n\nThe policies stay on file. Holders who receive "
               "renewal certificates then get a certificate without these lines.")
                .arg(m->name, m_lapsedLabel->text())) != QMessageBox::Yes)
        return;
    auto removed = CertificateMasterService(m_session).removeLapsedLines(id, m->rowVersion);
    if (!removed)
        MessageBox::showError(this, tr("The lapsed lines were not removed."), removed.error());
    reloadMasters(id);
    if (removed && !removed->empty())
        emit lapsedLinesRemoved(removed->front().id); // the run that republishes the master to its holders
}

void CertificatesTab::notifyLapsedHolders()
{
    const CertificateMaster* m = currentMaster();
    if (!m)
        return;
    auto lapsed = CertificateMasterService(m_session).lapsedPolicies(m->id);
    if (!lapsed)
        MessageBox::showError(this, tr("Could not list the lapsed lines."), lapsed.error());
    else if (LapseNoticePrompt::notifyHolders(this, m_session, m->name, *lapsed))
        emit emailsQueued();
}

void CertificatesTab::onHolderChanged()
{
    const qint64 holderId = currentHolderId();
    if (holderId != m_detail->holderId() || m_holderModel->masterId() == 0)
        m_detail->setHolder(m_holderModel->masterId(), holderId);
    updateButtons();
}

void CertificatesTab::updateButtons()
{
    const Role role = m_session.user.role;
    const bool master = currentMaster() != nullptr;
    const int holders = static_cast<int>(selectedHolderIds().size());
    m_newMasterButton->setEnabled(m_insuredId != 0 && roleMay(role, Operation::MasterCreate));
    m_editMasterButton->setEnabled(master && roleMay(role, Operation::MasterUpdate));
    m_deleteMasterButton->setEnabled(master && roleMay(role, Operation::MasterDelete));
    m_newHolderButton->setEnabled(master && roleMay(role, Operation::HolderCreate));
    m_editHolderButton->setEnabled(holders > 0 && roleMay(role, Operation::HolderUpdate));
    m_deleteHolderButton->setEnabled(holders > 0 && roleMay(role, Operation::HolderDelete));
    m_issueButton->setEnabled(holders > 0 && roleMay(role, Operation::CertificateIssue) &&
                              !(m_issueController && m_issueController->isRunning()));
    m_issueButton->setText(holders > 1 ? tr("Iss&ue %1 certificates…").arg(holders) : tr("Iss&ue certificate…"));
}

MasterDialog* CertificatesTab::openMasterDialog(bool newMaster)
{
    if (m_insuredId == 0 || (!newMaster && !currentMaster()))
        return nullptr;
    if (newMaster && !roleMay(m_session.user.role, Operation::MasterCreate))
        return nullptr;
    std::optional<qint64> id;
    if (!newMaster)
        id = currentMasterId();
    auto* dialog = new MasterDialog(m_session, m_insuredId, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MasterDialog::masterSaved, this, [this](qint64 savedId) { reloadMasters(savedId); });
    dialog->open();
    return dialog;
}

HolderDialog* CertificatesTab::openHolderDialog(bool newHolder)
{
    const qint64 masterId = currentMasterId();
    if (masterId == 0 || (!newHolder && currentHolderId() == 0))
        return nullptr;
    if (newHolder && !roleMay(m_session.user.role, Operation::HolderCreate))
        return nullptr;
    std::optional<qint64> id;
    if (!newHolder)
        id = currentHolderId();
    auto* dialog = new HolderDialog(m_session, masterId, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HolderDialog::holderSaved, this, [this](qint64 savedId) {
        m_holderModel->reload();
        selectHolder(savedId);
        m_detail->setHolder(m_holderModel->masterId(), savedId);
        updateButtons();
    });
    dialog->open();
    return dialog;
}

void CertificatesTab::deleteMaster()
{
    const CertificateMaster* m = currentMaster();
    if (!m || !roleMay(m_session.user.role, Operation::MasterDelete))
        return;
    const qint64 id = m->id;
    const auto answer = MessageBox::question(
        this, tr("Delete certificate master"),
        tr("Delete the certificate master %1 and its holders (%2)?").arg(m->name).arg(m_holderModel->rowCount()));
    if (answer != QMessageBox::Yes)
        return;
    if (Status s = CertificateMasterService(m_session).remove(id); !s) {
        MessageBox::showError(this, tr("The certificate master was not deleted."), s.error());
        return;
    }
    reloadMasters(0);
}

void CertificatesTab::deleteHolders()
{
    const QList<qint64> ids = selectedHolderIds();
    if (ids.isEmpty() || !roleMay(m_session.user.role, Operation::HolderDelete))
        return;
    const CertificateHolderRecord* first = m_holderModel->holder(ids.first());
    const QString what = ids.size() == 1 && first ? first->name : tr("%1 holders").arg(ids.size());
    if (MessageBox::question(this, tr("Delete certificate holder"), tr("Delete %1 from this master?").arg(what)) !=
        QMessageBox::Yes)
        return;
    CertificateHolderService service(m_session);
    for (qint64 id : ids) {
        if (Status s = service.remove(id); !s) {
            MessageBox::showError(this, tr("The certificate holder was not deleted."), s.error());
            break;
        }
    }
    m_holderModel->reload();
    onHolderChanged();
}

void CertificatesTab::issueSelected()
{
    const qint64 masterId = currentMasterId();
    const QList<qint64> ids = selectedHolderIds();
    if (masterId == 0 || ids.isEmpty() || !roleMay(m_session.user.role, Operation::CertificateIssue) ||
        m_issueController->isRunning())
        return;
    m_issueButton->setEnabled(false); // one run at a time; updateButtons() enables it again
    m_issueController->issue(masterId, ids);
}

void CertificatesTab::onIssueFinished(const QStringList& numbers)
{
    updateButtons();
    if (numbers.isEmpty())
        return;
    m_issuedLabel->setText(
        numbers.size() <= 3
            ? tr("Issued %1.").arg(numbers.join(QStringLiteral(", ")))
            : tr("Issued %1 certificates, %2 … %3.").arg(numbers.size()).arg(numbers.first(), numbers.last()));
    m_detail->certificatesIssued(numbers);
    emit certificatesIssued(numbers);
}

bool CertificatesTab::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_mastersList || watched == m_holdersView)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool masters = watched == m_mastersList;
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                masters ? (void)openMasterDialog(false) : (void)openHolderDialog(false);
                return true;
            }
            if (key->key() == Qt::Key_Delete) {
                masters ? deleteMaster() : deleteHolders();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace agencydesk
