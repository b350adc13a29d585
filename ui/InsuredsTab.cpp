#include "InsuredsTab.h"

#include "ActionIcons.h"
#include "InsuredDetailWidget.h"
#include "InsuredListModel.h"
#include "InsuredService.h"
#include "MessageBox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace agencydesk {

InsuredsTab::InsuredsTab(const Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new InsuredListModel(session, this))
{
    setObjectName(QStringLiteral("insuredsTab"));
    auto* listPane = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);

    m_statusCombo = new QComboBox(listPane);
    m_statusCombo->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_statusCombo->setAccessibleName(tr("Show insureds"));
    m_statusCombo->addItem(tr("All"), InsuredListModel::AllStatuses);
    m_statusCombo->addItem(tr("Active"), InsuredListModel::ActiveOnly);
    m_statusCombo->addItem(tr("Inactive"), InsuredListModel::InactiveOnly);
    auto* statusLabel = new QLabel(tr("S&how:"), listPane);
    statusLabel->setBuddy(m_statusCombo);
    m_countLabel = new QLabel(listPane);
    m_countLabel->setObjectName(QStringLiteral("insuredCountLabel"));
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(statusLabel);
    filterRow->addWidget(m_statusCombo);
    filterRow->addStretch();
    filterRow->addWidget(m_countLabel);
    listLayout->addLayout(filterRow);

    m_view = new QTableView(listPane);
    m_view->setTabKeyNavigation(false);
    m_view->setObjectName(QStringLiteral("insuredsTableView"));
    m_view->setAccessibleName(tr("Insureds"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never asks every row for its size, so 100,000 rows stay lazy.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(InsuredListModel::Name, Qt::AscendingOrder);
    const QFontMetrics fm = m_view->fontMetrics();
    m_view->setColumnWidth(InsuredListModel::Name, fm.horizontalAdvance(QLatin1Char('M')) * 16);
    m_view->setColumnWidth(InsuredListModel::DBA, fm.horizontalAdvance(QLatin1Char('M')) * 9);
    m_view->setColumnWidth(InsuredListModel::City, fm.horizontalAdvance(QLatin1Char('M')) * 10);
    m_view->setColumnWidth(InsuredListModel::PostalCode, fm.horizontalAdvance(QStringLiteral("A1A 1A1")) + 24);
    m_view->setColumnWidth(InsuredListModel::Email, fm.horizontalAdvance(QLatin1Char('M')) * 14);
    // Never narrower than the column's title: translated titles are often longer than the English ones.
    const QFontMetrics headerMetrics = m_view->horizontalHeader()->fontMetrics();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const int title = headerMetrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        m_view->setColumnWidth(column, std::max(m_view->columnWidth(column), title + 32));
    }
    listLayout->addWidget(m_view, 1);

    m_newButton = new QPushButton(tr("&New insured…"), listPane);
    m_newButton->setObjectName(QStringLiteral("newInsuredButton"));
    m_newButton->setIcon(actionIcon(ActionIcon::UserAdd));
    m_newButton->setEnabled(roleMay(session.user.role, Operation::InsuredCreate));
    m_activeButton = new QPushButton(tr("&Deactivate"), listPane);
    m_activeButton->setObjectName(QStringLiteral("toggleActiveButton"));
    m_activeButton->setIcon(actionIcon(ActionIcon::UserRemove));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_activeButton);
    buttons->addStretch();
    listLayout->addLayout(buttons);

    m_detail = new InsuredDetailWidget(session, this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("insuredsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    // Wide enough for Name, DBA and City at 1280 pixels; the rest scrolls or the CSR drags the handle.
    m_splitter->setSizes({fm.horizontalAdvance(QLatin1Char('M')) * 36, fm.horizontalAdvance(QLatin1Char('M')) * 50});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 id = m_detail->insuredId();
        m_model->setStatusFilter(static_cast<InsuredListModel::StatusFilter>(m_statusCombo->currentData().toInt()));
        reselect(id);
        updateCount();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InsuredsTab::onCurrentRowChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InsuredsTab::updateButtons);
    // Connected after QTableView's own handler, so the model is already sorted here.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column) {
        if (column != m_model->sortColumn()) { // Portal and Policies in force are computed: not sortable
            const QSignalBlocker block(m_view->horizontalHeader());
            m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        }
        reselect(m_detail->insuredId());
    });
    connect(m_newButton, &QPushButton::clicked, this, &InsuredsTab::newInsured);
    connect(m_activeButton, &QPushButton::clicked, this, &InsuredsTab::toggleActive);
    connect(m_detail, &InsuredDetailWidget::insuredShown, this, [this](qint64 id, const QString& name) {
        updateButtons();
        emit insuredShown(id, name);
    });
    connect(m_detail, &InsuredDetailWidget::insuredSaved, this, [this] { refresh(); });
    connect(m_detail, &InsuredDetailWidget::policiesChanged, this, [this] { refresh(); });
    updateCount();
    updateButtons();
}

void InsuredsTab::onCurrentRowChanged()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = m_model->idAt(current.row());
    if (id != 0)
        m_detail->showInsured(id);
}

void InsuredsTab::reselect(qint64 insuredId)
{
    if (insuredId == 0)
        return;
    const int row = m_model->rowOfId(insuredId);
    const QSignalBlocker blocker(m_view->selectionModel());
    if (row < 0) {
        m_view->clearSelection();
        return;
    }
    const QModelIndex index = m_model->index(row, InsuredListModel::Name);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    updateButtons();
}

void InsuredsTab::openInsured(qint64 insuredId)
{
    m_detail->showInsured(insuredId);
    if (m_detail->insuredId() != insuredId)
        return; // the CSR chose to stay on the unsaved insured
    reselect(insuredId);
    updateButtons();
}

void InsuredsTab::refresh()
{
    const qint64 id = m_detail->insuredId();
    m_model->refresh();
    reselect(id);
    m_detail->reload();
    updateCount();
}

void InsuredsTab::newInsured()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New insured"),
                                               tr("Legal name of the new insured (you can fill in the rest next):"),
                                               QLineEdit::Normal, {}, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    Insured insured;
    insured.name = name;
    auto created = InsuredService(m_session).create(insured);
    if (!created) {
        MessageBox::showError(this, tr("The insured was not added."), created.error());
        return;
    }
    m_model->refresh();
    updateCount();
    openInsured(*created);
}

void InsuredsTab::toggleActive()
{
    const Insured& insured = m_detail->insured();
    if (insured.id == 0)
        return;
    const bool activate = !insured.active;
    if (!activate) {
        const auto answer = MessageBox::question(
            this, tr("Deactivate insured"),
            tr("Deactivate %1? An inactive insured cannot request certificates; the records stay.").arg(insured.name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    if (Status s = InsuredService(m_session).setActive(insured.id, activate); !s) {
        MessageBox::showError(this, tr("The insured's status was not changed."), s.error());
        return;
    }
    m_detail->reload(true);
    refresh();
}

void InsuredsTab::updateButtons()
{
    const Insured& insured = m_detail->insured();
    m_activeButton->setText(insured.id != 0 && !insured.active ? tr("&Reactivate") : tr("&Deactivate"));
    m_activeButton->setEnabled(insured.id != 0 && roleMay(m_session.user.role, Operation::InsuredSetActive));
}

void InsuredsTab::updateCount()
{
    const int count = m_model->rowCount();
    m_countLabel->setText(m_model->lastError().isEmpty() ? tr("%Ln insured(s)", nullptr, count)
                                                         : tr("Error: %1").arg(m_model->lastError()));
}

} // namespace agencydesk
