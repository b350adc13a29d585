#include "UnattachedDownloadsWidget.h"

#include "ActionIcons.h"
#include "DisplayFormat.h"
#include "InsuredListModel.h"
#include "InsuredService.h"
#include "MessageBox.h"
#include "UnattachedDownloadList.h"

#include <QAbstractItemView>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace agencydesk {

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString partyHtml(const DownloadParty& p)
{
    QStringList lines{QStringLiteral("<b>%1</b>").arg(escaped(p.name))};
    if (!p.address1.isEmpty())
        lines << escaped(p.address1);
    if (!p.address2.isEmpty())
        lines << escaped(p.address2);
    const QString place = QStringLiteral("%1 %2 %3").arg(p.city, p.state, p.postalCode).simplified();
    if (!place.isEmpty())
        lines << escaped(place);
    if (!p.phone.isEmpty())
        lines << UnattachedDownloadsWidget::tr("Phone: %1").arg(escaped(p.phone));
    if (!p.email.isEmpty())
        lines << UnattachedDownloadsWidget::tr("Email: %1").arg(escaped(p.email));
    return lines.join(QStringLiteral("<br>"));
}

} // namespace

UnattachedDownloadsWidget::UnattachedDownloadsWidget(const Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("unattachedDownloadsWidget"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("unattachedSummaryLabel"));
    m_summary->setWordWrap(true);
    m_list = new UnattachedDownloadList(this);

    auto* downloadBox = new QGroupBox(tr("The download names"), this);
    m_details = new QLabel(downloadBox);
    m_details->setObjectName(QStringLiteral("unattachedDetailsLabel"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setWordWrap(true);
    // In a scroll area: a long address or file name never cuts off the policy below it.
    auto* detailsScroll = new QScrollArea(downloadBox);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setWidget(m_details);
    auto* downloadLayout = new QVBoxLayout(downloadBox);
    downloadLayout->addWidget(detailsScroll);

    auto* suggestionsBox = new QGroupBox(tr("Insureds it may be"), this);
    m_suggestions = new QTableWidget(0, SuggestionColumnCount, suggestionsBox);
    m_suggestions->setObjectName(QStringLiteral("unattachedSuggestionsTable"));
    m_suggestions->setAccessibleName(tr("Suggested insureds"));
    m_suggestions->setHorizontalHeaderLabels({tr("Score"), tr("Insured"), tr("Address"), tr("Why")});
    m_suggestions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_suggestions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_suggestions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_suggestions->setTabKeyNavigation(false);
    m_suggestions->setWordWrap(false);
    m_suggestions->verticalHeader()->hide();
    m_suggestions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_suggestions->horizontalHeader()->setSectionResizeMode(Why, QHeaderView::Stretch);
    m_attachButton = new QPushButton(tr("&Attach to this insured"), suggestionsBox);
    m_attachButton->setObjectName(QStringLiteral("attachDownloadButton"));
    m_attachButton->setIcon(actionIcon(ActionIcon::Attach));
    m_openButton = new QPushButton(tr("&Open insured"), suggestionsBox);
    m_openButton->setObjectName(QStringLiteral("openSuggestedInsuredButton"));
    m_openButton->setIcon(actionIcon(ActionIcon::User));
    m_createButton = new QPushButton(tr("&Create insured from download"), suggestionsBox);
    m_createButton->setObjectName(QStringLiteral("createInsuredFromDownloadButton"));
    m_createButton->setIcon(actionIcon(ActionIcon::UserAdd));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_attachButton);
    buttons->addWidget(m_openButton);
    buttons->addStretch();
    buttons->addWidget(m_createButton);
    auto* suggestionsLayout = new QVBoxLayout(suggestionsBox);
    suggestionsLayout->addWidget(m_suggestions, 1);
    suggestionsLayout->addLayout(buttons);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("unattachedSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(downloadBox);
    splitter->addWidget(suggestionsBox);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 5);
    splitter->setSizes({480, 240, 600});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_list, &QTableWidget::itemSelectionChanged, this, &UnattachedDownloadsWidget::showSelected);
    connect(m_suggestions, &QTableWidget::itemSelectionChanged, this, &UnattachedDownloadsWidget::updateButtons);
    connect(m_suggestions, &QTableWidget::doubleClicked, this, &UnattachedDownloadsWidget::attachToSuggestion);
    connect(m_attachButton, &QPushButton::clicked, this, &UnattachedDownloadsWidget::attachToSuggestion);
    connect(m_createButton, &QPushButton::clicked, this, &UnattachedDownloadsWidget::createInsured);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedSuggestion(); id != 0)
            emit openInsuredRequested(id);
    });
    reload();
}

void UnattachedDownloadsWidget::reload()
{
    const qint64 selectedId = selected() ? selected()->policyId : 0;
    Result<std::vector<UnattachedDownload>> items = UnattachedDownloadService(m_session).list();
    if (!items) {
        m_items.clear();
        m_summary->setText(tr("Could not load the unattached downloads: %1").arg(items.error().message));
    } else {
        m_items = std::move(items).value();
    }
    const QSignalBlocker blocker(m_list);
    m_list->clearContents();
    m_list->setRowCount(static_cast<int>(m_items.size()));
    for (int row = 0; row < static_cast<int>(m_items.size()); ++row) {
        const UnattachedDownload& u = m_items[static_cast<size_t>(row)];
        auto set = [&](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setData(Qt::UserRole, QVariant::fromValue(u.policyId));
            m_list->setItem(row, column, item);
        };
        set(UnattachedDownloadList::Insured, u.download.insured.name);
        set(UnattachedDownloadList::Policy, u.policy.number);
        set(UnattachedDownloadList::Line, lineDisplayName(u.policy.line));
        set(UnattachedDownloadList::Carrier, u.policy.carrierName);
        set(UnattachedDownloadList::Effective, DisplayFormat::date(u.policy.effective));
        set(UnattachedDownloadList::Transaction, transactionDisplayName(u.download.transaction));
        m_list->item(row, UnattachedDownloadList::Insured)
            ->setToolTip(tr("Drag onto an insured in the Insureds list to attach"));
    }
    if (items) {
        m_summary->setText(
            m_items.empty() ? tr("No downloads are waiting: every imported policy belongs to an insured.")
                            : (count() == 1 ? tr("1 downloaded policy found no insured.")
                                            : tr("%1 downloaded policies found no insured.").arg(count())) +
                                  QLatin1Char(' ') +
                                  tr("Pick one, then attach it to a suggested insured, drag it onto an insured in the "
                                     "Insureds list, or create the insured from it."));
    }
    if (!selectPolicy(selectedId) && !m_items.empty())
        m_list->selectRow(0);
    showSelected();
    emit countChanged(count());
}

bool UnattachedDownloadsWidget::selectPolicy(qint64 policyId)
{
    for (int row = 0; policyId != 0 && row < m_list->rowCount(); ++row) {
        if (m_list->item(row, 0)->data(Qt::UserRole).toLongLong() == policyId) {
            m_list->selectRow(row);
            return true;
        }
    }
    return false;
}

const UnattachedDownload* UnattachedDownloadsWidget::selected() const
{
    const auto rows = m_list->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_list->item(rows.first().row(), 0))
        return nullptr;
    const qint64 id = m_list->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
    for (const UnattachedDownload& u : m_items) {
        if (u.policyId == id)
            return &u;
    }
    return nullptr;
}

qint64 UnattachedDownloadsWidget::selectedSuggestion() const
{
    const auto rows = m_suggestions->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_suggestions->item(rows.first().row(), Name))
        return 0;
    return m_suggestions->item(rows.first().row(), Name)->data(Qt::UserRole).toLongLong();
}

void UnattachedDownloadsWidget::showSelected()
{
    m_suggestions->clearContents();
    m_suggestions->setRowCount(0);
    const UnattachedDownload* u = selected();
    if (!u) {
        m_details->setText(tr("Select a download on the left."));
        updateButtons();
        return;
    }
    const Policy& p = u->policy;
    m_details->setText(partyHtml(u->download.insured) + QStringLiteral("<br><br>") +
                       tr("%1 policy <b>%2</b><br>%3<br>%4 to %5<br>%6, imported %7<br>File: %8")
                           .arg(escaped(lineDisplayName(p.line)), escaped(p.number), escaped(p.carrierName),
                                DisplayFormat::date(p.effective), DisplayFormat::date(p.expiration),
                                escaped(transactionDisplayName(u->download.transaction)),
                                DisplayFormat::date(QDate::fromString(u->importedAt.left(10), Qt::ISODate)),
                                escaped(u->download.sourceFile)));
    Result<std::vector<InsuredSuggestion>> found = DownloadMatcher(m_session).suggest(u->download.insured, 10);
    if (!found) {
        MessageBox::showError(this, tr("Could not look for matching insureds."), found.error());
        updateButtons();
        return;
    }
    m_suggestions->setRowCount(static_cast<int>(found->size()));
    for (int row = 0; row < static_cast<int>(found->size()); ++row) {
        const InsuredSuggestion& s = (*found)[static_cast<size_t>(row)];
        auto* score = new QTableWidgetItem(QString::number(s.score));
        score->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* name = new QTableWidgetItem(s.name);
        name->setData(Qt::UserRole, QVariant::fromValue(s.insuredId));
        auto* why = new QTableWidgetItem(s.reasons.join(QStringLiteral("; ")));
        why->setToolTip(s.reasons.join(QLatin1Char('\n')));
        m_suggestions->setItem(row, Score, score);
        m_suggestions->setItem(row, Name, name);
        m_suggestions->setItem(row, Address, new QTableWidgetItem(s.address));
        m_suggestions->setItem(row, Why, why);
    }
    if (!found->empty())
        m_suggestions->selectRow(0);
    updateButtons();
}

void UnattachedDownloadsWidget::updateButtons()
{
    const bool haveDownload = selected() != nullptr;
    const bool may = roleMay(m_session.user.role, Operation::DownloadAttach);
    m_attachButton->setEnabled(haveDownload && may && selectedSuggestion() != 0);
    m_openButton->setEnabled(selectedSuggestion() != 0);
    m_createButton->setEnabled(haveDownload && may && roleMay(m_session.user.role, Operation::InsuredCreate));
}

bool UnattachedDownloadsWidget::attach(qint64 policyId, qint64 insuredId)
{
    Result<UnattachedDownload> u = UnattachedDownloadService(m_session).get(policyId);
    Result<Insured> insured = InsuredService(m_session).get(insuredId);
    if (!u || !insured) {
        MessageBox::showError(this, tr("The download was not attached."), !u ? u.error() : insured.error());
        reload();
        return false;
    }
    if (Status s = UnattachedDownloadService(m_session).attach(policyId, insuredId); !s) {
        MessageBox::showError(this, tr("The download was not attached."), s.error());
        return false;
    }
    reload();
    emit attached(insuredId,
                  tr("Attached policy %1 (%2) to %3.").arg(u->policy.number, u->policy.carrierName, insured->name));
    return true;
}

void UnattachedDownloadsWidget::attachToSuggestion()
{
    const UnattachedDownload* u = selected();
    const qint64 insuredId = selectedSuggestion();
    if (u && insuredId != 0)
        attach(u->policyId, insuredId);
}

void UnattachedDownloadsWidget::createInsured()
{
    const UnattachedDownload* u = selected();
    if (!u)
        return;
    const QString number = u->policy.number;
    const QString name = u->download.insured.name;
    Result<qint64> id = UnattachedDownloadService(m_session).createInsured(u->policyId);
    if (!id) {
        MessageBox::showError(this, tr("The insured was not created."), id.error());
        return;
    }
    reload();
    emit attached(*id, tr("Added insured %1 from the download of policy %2.").arg(name, number));
}

void UnattachedDownloadsWidget::acceptDropsOn(QAbstractItemView* insuredsView)
{
    m_dropView = insuredsView;
    insuredsView->viewport()->setAcceptDrops(true);
    // Installed last, so it sees a download before any other filter on the list; anything else passes on.
    insuredsView->viewport()->installEventFilter(this);
}

bool UnattachedDownloadsWidget::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (!m_dropView || watched != m_dropView->viewport() ||
        (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop))
        return QWidget::eventFilter(watched, event);
    auto* drop = static_cast<QDropEvent*>(event);
    const qint64 policyId = UnattachedDownloadList::policyIdIn(drop->mimeData());
    if (policyId == 0)
        return QWidget::eventFilter(watched, event);
    const QModelIndex index = m_dropView->indexAt(drop->position().toPoint());
    const qint64 insuredId = index.isValid() ? index.data(InsuredListModel::IdRole).toLongLong() : 0;
    if (type == QEvent::DragEnter) {
        // Accept the drag over the list as a whole; each move says whether the row under it takes it.
        drop->acceptProposedAction();
        return true;
    }
    if (insuredId == 0 || !roleMay(m_session.user.role, Operation::DownloadAttach)) {
        drop->ignore();
        return true;
    }
    drop->acceptProposedAction();
    if (type == QEvent::Drop)
        attach(policyId, insuredId);
    return true;
}

} // namespace agencydesk
