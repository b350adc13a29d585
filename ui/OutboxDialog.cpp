#include "OutboxDialog.h"

#include "ActionIcons.h"
#include "AttachEmailDialog.h"
#include "DisplayFormat.h"
#include "MessageBox.h"
#include "OutboxService.h"
#include "SentEmailAttacher.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace agencydesk {

namespace {

QString statusText(const OutboxEntry& e)
{
    switch (e.status) {
    case OutboxStatus::Queued:
        return e.attempts > 0 ? OutboxDialog::tr("Waiting to retry") : OutboxDialog::tr("Queued");
    case OutboxStatus::Sending:
        return OutboxDialog::tr("Sending");
    case OutboxStatus::Sent:
        return OutboxDialog::tr("Sent");
    case OutboxStatus::Failed:
        return e.outcomeUnknown ? OutboxDialog::tr("Outcome unknown") : OutboxDialog::tr("Failed");
    case OutboxStatus::Cancelled:
        return OutboxDialog::tr("Cancelled");
    }
    return {};
}

QString localTime(const QString& utc)
{
    const QDateTime t = QDateTime::fromString(utc, Qt::ISODateWithMs);
    return t.isValid() ? DisplayFormat::dateTime(t.toLocalTime()) : QString();
}

} // namespace

OutboxDialog::OutboxDialog(const Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("outboxDialog"));
    setWindowTitle(tr("Outbox"));
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("outboxFilter"));
    m_filter->addItem(tr("All emails"), QString());
    for (OutboxStatus s : {OutboxStatus::Queued, OutboxStatus::Sending, OutboxStatus::Sent, OutboxStatus::Failed,
                           OutboxStatus::Cancelled}) {
        OutboxEntry sample;
        sample.status = s;
        m_filter->addItem(statusText(sample), outboxStatusKey(s));
    }
    connect(m_filter, &QComboBox::currentIndexChanged, this, &OutboxDialog::reload);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels(
        {tr("Status"), tr("To"), tr("Subject"), tr("Attempts"), tr("Queued"), tr("Sent / next try"), tr("Last error")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OutboxDialog::updateButtons);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("outboxDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_retry = new QPushButton(tr("&Retry now"), this);
    m_retry->setIcon(actionIcon(ActionIcon::Resume));
    m_retry->setObjectName(QStringLiteral("outboxRetryButton"));
    connect(m_retry, &QPushButton::clicked, this, &OutboxDialog::retrySelected);
    m_cancel = new QPushButton(tr("&Cancel email"), this);
    m_cancel->setIcon(actionIcon(ActionIcon::Reject));
    m_cancel->setObjectName(QStringLiteral("outboxCancelButton"));
    connect(m_cancel, &QPushButton::clicked, this, &OutboxDialog::cancelSelected);
    m_attach = new QPushButton(tr("&Attach to policy…"), this);
    m_attach->setIcon(actionIcon(ActionIcon::Attach));
    m_attach->setObjectName(QStringLiteral("outboxAttachButton"));
    m_attach->setToolTip(tr("Keep this sent email as a document on one of the client's policies or on the client"));
    connect(m_attach, &QPushButton::clicked, this, &OutboxDialog::attachSelected);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("outboxStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sendNow = new QPushButton(tr("&Send now"), this);
    m_sendNow->setIcon(actionIcon(ActionIcon::Outbox));
    m_sendNow->setObjectName(QStringLiteral("outboxSendNowButton"));
    m_sendNow->setToolTip(tr("Send every queued email now instead of waiting for the next try"));
    m_sendNow->setEnabled(false);
    connect(m_sendNow, &QPushButton::clicked, this, [this] {
        if (m_sendNowFn)
            m_sendNowFn();
    });
    auto* refresh = new QPushButton(tr("Re&fresh"), this);
    refresh->setIcon(actionIcon(ActionIcon::Refresh));
    connect(refresh, &QPushButton::clicked, this, &OutboxDialog::reload);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_filter);
    top->addStretch();
    top->addWidget(refresh);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_retry);
    actions->addWidget(m_cancel);
    actions->addWidget(m_attach);
    actions->addStretch();
    actions->addWidget(m_sendNow);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(close);

    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &OutboxDialog::reload);
    timer->start(3000);
    reload();
    resize(1000, 520);
}

void OutboxDialog::setSendNow(std::function<void()> sendNow)
{
    m_sendNowFn = std::move(sendNow);
    m_sendNow->setEnabled(static_cast<bool>(m_sendNowFn) && roleMay(m_session.user.role, Operation::MailSend));
}

void OutboxDialog::reload()
{
    const qint64 keep = selectedId();
    const QString key = m_filter->currentData().toString();
    auto list = OutboxService(m_session).list(outboxStatusFromKey(key));
    if (!list) {
        m_detail->setText(list.error().message);
        return;
    }
    m_entries = *list;
    const QSignalBlocker block(m_table);
    m_table->setRowCount(static_cast<int>(m_entries.size()));
    for (int row = 0; row < static_cast<int>(m_entries.size()); ++row) {
        const OutboxEntry& e = m_entries[static_cast<size_t>(row)];
        const QStringList cells{statusText(e),
                                (e.to + e.cc).join(QStringLiteral(", ")),
                                e.subject,
                                QString::number(e.attempts),
                                localTime(e.createdAt),
                                localTime(e.status == OutboxStatus::Sent ? e.sentAt : e.nextAttemptAt),
                                e.lastError};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == 6)
                item->setToolTip(e.lastError);
            if (column == 0 &&
                (e.status == OutboxStatus::Failed || (e.attempts > 0 && e.status == OutboxStatus::Queued)))
                item->setForeground(QColor(0xb0, 0x30, 0x20));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(2, std::min(m_table->columnWidth(2), 320));
    selectEmail(keep);
    updateButtons();
}

void OutboxDialog::selectEmail(qint64 id)
{
    for (int row = 0; row < static_cast<int>(m_entries.size()); ++row) {
        if (m_entries[static_cast<size_t>(row)].id == id) {
            m_table->selectRow(row);
            return;
        }
    }
}

qint64 OutboxDialog::selectedId() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= static_cast<int>(m_entries.size()) || m_table->selectedItems().isEmpty())
        return 0;
    return m_entries[static_cast<size_t>(row)].id;
}

void OutboxDialog::updateButtons()
{
    const int row = m_table->currentRow();
    const bool has = selectedId() > 0;
    const OutboxEntry* e = has ? &m_entries[static_cast<size_t>(row)] : nullptr;
    const bool changeable = e && (e->status == OutboxStatus::Queued || e->status == OutboxStatus::Failed);
    const bool may = roleMay(m_session.user.role, Operation::OutboxManage);
    m_retry->setEnabled(may && changeable);
    m_cancel->setEnabled(may && changeable);
    m_attach->setEnabled(e && SentEmailAttacher::canAttach(*e) && roleMay(m_session.user.role, Operation::DocumentAdd));
    if (!e) {
        m_detail->setText(tr("%n email(s).", nullptr, static_cast<int>(m_entries.size())));
        return;
    }
    QString detail =
        tr("Email %1 from %2 to %3").arg(e->id).arg(e->fromAddress, (e->to + e->cc).join(QStringLiteral(", ")));
    if (!e->bcc.isEmpty())
        detail += tr(" (Bcc, envelope only: %1)").arg(e->bcc.join(QStringLiteral(", ")));
    if (!e->attachmentNames.isEmpty())
        detail += tr("; attached: %1").arg(e->attachmentNames.join(QStringLiteral(", ")));
    if (!e->lastError.isEmpty())
        detail += QStringLiteral("\n") + e->lastError;
    m_detail->setText(detail);
}

void OutboxDialog::retrySelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    const int row = m_table->currentRow();
    if (m_entries[static_cast<size_t>(row)].outcomeUnknown &&
        MessageBox::question(this, tr("Send again?"),
                             tr("This email may already have been delivered (the sender stopped after handing it to "
                                "the server). Check the agency's copy first. Send it again?")) != QMessageBox::Yes)
        return;
    if (Status s = OutboxService(m_session).retryNow(id); !s)
        MessageBox::showError(this, tr("The email was not queued again."), s.error());
    else if (m_sendNowFn)
        m_sendNowFn();
    reload();
}

void OutboxDialog::cancelSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    if (Status s = OutboxService(m_session).cancel(id); !s)
        MessageBox::showError(this, tr("The email was not cancelled."), s.error());
    reload();
}

void OutboxDialog::attachSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    const OutboxEntry email = m_entries[static_cast<size_t>(m_table->currentRow())];
    AttachEmailDialog where(m_session, email, this);
    if (Status s = where.load(); !s) {
        MessageBox::showError(this, tr("The email was not attached."), s.error());
        return;
    }
    if (where.exec() != QDialog::Accepted)
        return;
    Result<SentEmailAttachment> attached = SentEmailAttacher(m_session).attach(id, email.insuredId, where.policyId());
    if (!attached) {
        MessageBox::showError(this, tr("The email was not attached."), attached.error());
        return;
    }
    QStringList lines{SentEmailAttacher::describe(*attached)};
    lines << attached->notes;
    m_status->setText(lines.join(QLatin1Char('\n')));
}

} // namespace agencydesk
