#include "RequestFilterBar.h"

#include "DisplayFormat.h"
#include "RequestTableModel.h"
#include "UserService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace agencydesk {

namespace {

// The assignee combo's data: who, or which department.
const QString kAnyone = QStringLiteral("any");
const QString kMe = QStringLiteral("me");
const QString kDepartment = QStringLiteral("department");

} // namespace

RequestFilterBar::RequestFilterBar(const Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("requestFilterBar"));
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &RequestFilterBar::filterChanged);
    const auto changed = [this] {
        if (!m_resetting)
            emit filterChanged();
    };

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("requestSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search customer name or number, holder"));
    m_search->setAccessibleName(tr("Search requests"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (!m_resetting)
            m_searchTimer->start();
    });

    auto* statuses = new QHBoxLayout;
    statuses->setSpacing(8);
    for (RequestStatus status :
         {RequestStatus::New, RequestStatus::InProgress, RequestStatus::Completed, RequestStatus::Rejected}) {
        auto* box = new QCheckBox(RequestTableModel::statusText(status), this);
        box->setObjectName(QStringLiteral("requestStatus%1CheckBox").arg(requestStatusKey(status)));
        connect(box, &QCheckBox::toggled, this, changed);
        statuses->addWidget(box);
        m_statuses.emplace_back(status, box);
    }

    m_type = combo("requestTypeComboBox", tr("Type"));
    m_type->addItem(tr("Any type"));
    m_type->addItem(RequestTableModel::typeText(RequestType::Coi), requestTypeKey(RequestType::Coi));
    m_type->addItem(RequestTableModel::typeText(RequestType::Wos), requestTypeKey(RequestType::Wos));
    m_manual = combo("requestHandlingComboBox", tr("Manual or automatic"));
    m_manual->addItem(tr("Manual and automatic"));
    m_manual->addItem(tr("Manual only"), true);
    m_manual->addItem(tr("Automatic only"), false);
    m_manual->setMinimumContentsLength(21); // "Manual and automatic" reads whole in each language
    m_assignee = combo("requestAssigneeComboBox", tr("Assigned to"));
    m_source = combo("requestSourceComboBox", tr("Source"));
    m_source->addItem(tr("Any source"));
    for (RequestSource source : {RequestSource::Phone, RequestSource::Email, RequestSource::Portal,
                                 RequestSource::Holder, RequestSource::Renewal})
        m_source->addItem(RequestTableModel::sourceText(source), requestSourceKey(source));
    reloadAssignees();

    m_dates = new QCheckBox(tr("Received from"), this);
    m_dates->setObjectName(QStringLiteral("requestDatesCheckBox"));
    const QDate today = QDate::currentDate();
    const auto dateEdit = [this, &changed](const char* name, const QDate& date, const QString& accessible) {
        auto* edit = new QDateEdit(date, this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(DisplayFormat::dateFormat());
        edit->setAccessibleName(accessible);
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, [this, changed] {
            if (m_dates->isChecked())
                changed();
        });
        return edit;
    };
    m_from = dateEdit("requestFromDateEdit", today.addDays(-30), tr("Received from"));
    m_to = dateEdit("requestToDateEdit", today, tr("Received to"));
    auto* toLabel = new QLabel(tr("to"), this);
    toLabel->setBuddy(m_to);
    connect(m_dates, &QCheckBox::toggled, this, [this, changed](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        changed();
    });
    auto* resetButton = new QPushButton(tr("Default &view"), this);
    resetButton->setObjectName(QStringLiteral("requestResetFiltersButton"));
    resetButton->setToolTip(tr("New and in-progress requests of everyone, nothing else filtered"));
    connect(resetButton, &QPushButton::clicked, this, &RequestFilterBar::reset);

    // Two rows, each narrower than the window's smallest comfortable width.
    auto* first = new QHBoxLayout;
    first->addWidget(m_search, 1);
    first->addLayout(statuses);
    first->addWidget(m_type);
    first->addWidget(resetButton);
    auto* second = new QHBoxLayout;
    second->addWidget(m_manual);
    second->addWidget(m_assignee);
    second->addWidget(m_source);
    second->addSpacing(8);
    second->addWidget(m_dates);
    second->addWidget(m_from);
    second->addWidget(toLabel);
    second->addWidget(m_to);
    second->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(first);
    layout->addLayout(second);
    reset();
}

QComboBox* RequestFilterBar::combo(const char* name, const QString& accessibleName)
{
    auto* box = new QComboBox(this);
    box->setObjectName(QString::fromLatin1(name));
    box->setAccessibleName(accessibleName);
    box->setToolTip(accessibleName);
    // Narrow on the row; the list that opens shows each choice in full.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(14);
    connect(box, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_resetting)
            emit filterChanged();
    });
    return box;
}

void RequestFilterBar::reloadAssignees()
{
    const QVariant current = m_assignee->currentData();
    const bool resetting = m_resetting;
    m_resetting = true;
    m_assignee->clear();
    m_assignee->addItem(tr("Anyone"), kAnyone);
    m_assignee->addItem(tr("Me"), kMe);
    m_assignee->addItem(tr("Certificates department"), kDepartment);
    if (Result<std::vector<User>> users = UserService(m_session).list()) {
        for (const User& u : *users) {
            if (u.active && u.id != m_session.user.id)
                m_assignee->addItem(u.fullName.isEmpty() ? u.userName : u.fullName, u.id);
        }
    }
    const int index = m_assignee->findData(current);
    m_assignee->setCurrentIndex(index < 0 ? 0 : index);
    m_resetting = resetting;
}

void RequestFilterBar::reset()
{
    m_resetting = true;
    m_search->clear();
    for (const auto& [status, box] : m_statuses)
        box->setChecked(status == RequestStatus::New || status == RequestStatus::InProgress);
    m_type->setCurrentIndex(0);
    m_manual->setCurrentIndex(0);
    m_assignee->setCurrentIndex(0);
    m_source->setCurrentIndex(0);
    m_dates->setChecked(false);
    m_resetting = false;
    m_searchTimer->stop();
    emit filterChanged();
}

RequestFilter RequestFilterBar::filter() const
{
    RequestFilter f;
    f.statuses.clear();
    for (const auto& [status, box] : m_statuses) {
        if (box->isChecked())
            f.statuses.push_back(status);
    }
    if (f.statuses.empty()) // nothing ticked reads as "every status"
        f.statuses = {RequestStatus::New, RequestStatus::InProgress, RequestStatus::Completed, RequestStatus::Rejected};
    if (const QVariant type = m_type->currentData(); type.isValid())
        f.type = requestTypeFromKey(type.toString());
    if (const QVariant manual = m_manual->currentData(); manual.isValid())
        f.manual = manual.toBool();
    const QVariant assignee = m_assignee->currentData();
    if (assignee == kMe)
        f.assigneeId = m_session.user.id;
    else if (assignee == kDepartment)
        f.department = certificatesDepartment();
    else if (assignee.typeId() == QMetaType::LongLong)
        f.assigneeId = assignee.toLongLong();
    if (const QVariant source = m_source->currentData(); source.isValid())
        f.source = requestSourceFromKey(source.toString());
    if (m_dates->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    f.search = m_search->text().trimmed();
    return f;
}

} // namespace agencydesk
