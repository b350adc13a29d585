#include "RequestPreviewDialog.h"

#include "DisplayFormat.h"
#include "MessageBox.h"
#include "RequestInfoWidget.h"
#include "RequestListService.h"
#include "RequestService.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace agencydesk {

RequestPreviewDialog::RequestPreviewDialog(const Session& session, qint64 requestId, QWidget* parent)
    : QDialog(parent), m_session(session), m_requestId(requestId)
{
    setObjectName(QStringLiteral("requestPreviewDialog"));
    setWindowTitle(tr("Request %1").arg(requestId));

    m_infoArea = new QScrollArea(this);
    m_infoArea->setObjectName(QStringLiteral("requestPreviewScrollArea"));
    m_infoArea->setAccessibleName(tr("The request"));
    m_infoArea->setWidgetResizable(true);
    m_infoArea->setFrameShape(QFrame::NoFrame);
    m_emailLabel = new QLabel(tr("The &email the request came in:"), this);
    m_email = new QPlainTextEdit(this);
    m_email->setObjectName(QStringLiteral("requestEmailPlainTextEdit"));
    m_email->setReadOnly(true);
    m_email->setTabChangesFocus(true);
    m_emailLabel->setBuddy(m_email);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_infoArea, 3);
    leftLayout->addWidget(m_emailLabel);
    leftLayout->addWidget(m_email, 2);

    auto* trailLabel = new QLabel(tr("&Notes and activities, newest first:"), this);
    m_trail = new QTableWidget(0, 3, this);
    m_trail->setObjectName(QStringLiteral("requestTrailTableWidget"));
    m_trail->setAccessibleName(tr("Notes and activities"));
    m_trail->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What")});
    m_trail->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_trail->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_trail->setTabKeyNavigation(false);
    m_trail->setWordWrap(true);
    m_trail->verticalHeader()->hide();
    m_trail->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_trail->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_trail->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    trailLabel->setBuddy(m_trail);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("requestNoteLineEdit"));
    m_note->setAccessibleName(tr("New note"));
    m_note->setPlaceholderText(tr("Type a note and press Enter"));
    m_addNote = new QPushButton(tr("&Add note"), this);
    m_addNote->setObjectName(QStringLiteral("addRequestNoteButton"));
    m_addNote->setAutoDefault(false);
    const bool mayNote = roleMay(m_session.user.role, Operation::RequestProcess);
    m_note->setEnabled(mayNote);
    m_addNote->setEnabled(mayNote);
    connect(m_note, &QLineEdit::returnPressed, this, &RequestPreviewDialog::addNote);
    connect(m_addNote, &QPushButton::clicked, this, &RequestPreviewDialog::addNote);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(trailLabel);
    rightLayout->addWidget(m_trail, 1);
    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_addNote);
    rightLayout->addLayout(noteRow);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("requestPreviewSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setSizes({520, 440});

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closePreviewButton"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1000, 640);
    m_loaded = load();
}

bool RequestPreviewDialog::load()
{
    Result<RequestDetail> detail = RequestListService(m_session).detail(m_requestId);
    if (!detail) {
        m_lastError = detail.error().message;
        return false;
    }
    // setWidget() deletes the previous one.
    m_info = new RequestInfoWidget(m_session, detail->request, m_infoArea);
    m_infoArea->setWidget(m_info);
    const bool email = !detail->emailText.isEmpty();
    m_emailLabel->setVisible(email);
    m_email->setVisible(email);
    m_email->setPlainText(detail->emailText);

    m_trail->setRowCount(0);
    for (const Activity& a : detail->trail) {
        const int row = m_trail->rowCount();
        m_trail->insertRow(row);
        const QDateTime at = QDateTime::fromString(a.at, Qt::ISODateWithMs);
        m_trail->setItem(row, 0, new QTableWidgetItem(at.isValid() ? DisplayFormat::dateTime(at.toLocalTime()) : a.at));
        m_trail->setItem(row, 1, new QTableWidgetItem(a.userName));
        auto* what = new QTableWidgetItem(a.kind == QLatin1String("note") ? tr("Note: %1").arg(a.summary) : a.summary);
        if (a.kind == QLatin1String("note")) {
            QFont bold = what->font();
            bold.setBold(true);
            what->setFont(bold);
        }
        m_trail->setItem(row, 2, what);
    }
    m_trail->resizeRowsToContents();
    return true;
}

void RequestPreviewDialog::focusNote()
{
    m_note->setFocus(Qt::OtherFocusReason);
}

bool RequestPreviewDialog::addNote()
{
    const QString text = m_note->text().trimmed();
    if (text.isEmpty())
        return false;
    Result<qint64> added = RequestService(m_session).addNote(m_requestId, text);
    if (!added) {
        MessageBox::showError(this, tr("The note was not added."), added.error());
        return false;
    }
    m_note->clear();
    load();
    emit noteAdded(m_requestId);
    return true;
}

} // namespace agencydesk
