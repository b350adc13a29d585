#include "RejectionReasonsDialog.h"

#include "MessageBox.h"
#include "RejectionReasonService.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace agencydesk {

RejectionReasonsDialog::RejectionReasonsDialog(const Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_mayEdit(roleMay(session.user.role, Operation::RequestConfigure))
{
    setObjectName(QStringLiteral("rejectionReasonsDialog"));
    setWindowTitle(tr("Rejection reasons"));
    auto* intro = new QLabel(m_mayEdit ? tr("The reasons offered when a certificate request is rejected; the "
                                            "rejection email names the reason. A retired reason is no longer "
                                            "offered but stays on the requests rejected with it.")
                                       : tr("The reasons offered when a certificate request is rejected. Only a "
                                            "manager changes this list."),
                             this);
    intro->setObjectName(QStringLiteral("rejectionReasonsIntroLabel"));
    intro->setWordWrap(true);
    auto* listLabel = new QLabel(tr("&Reasons:"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("rejectionReasonsListWidget"));
    m_list->setAccessibleName(tr("Rejection reasons"));
    listLabel->setBuddy(m_list);
    auto* textLabel = new QLabel(tr("&Text:"), this);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("rejectionReasonLineEdit"));
    m_text->setPlaceholderText(tr("e.g. Holder's email address missing"));
    m_text->setEnabled(m_mayEdit);
    textLabel->setBuddy(m_text);

    const auto button = [this](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(false);
        return b;
    };
    m_add = button(tr("A&dd"), "addReasonButton");
    m_rename = button(tr("Re&name"), "renameReasonButton");
    m_retire = button(tr("Re&tire"), "retireReasonButton");
    m_restore = button(tr("Re&store"), "restoreReasonButton");
    connect(m_add, &QPushButton::clicked, this, &RejectionReasonsDialog::addReason);
    connect(m_rename, &QPushButton::clicked, this, &RejectionReasonsDialog::renameReason);
    connect(m_retire, &QPushButton::clicked, this, [this] { retireReason(true); });
    connect(m_restore, &QPushButton::clicked, this, [this] { retireReason(false); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (const RejectionReason* r = selected())
            m_text->setText(r->text);
        updateButtons();
    });
    connect(m_text, &QLineEdit::textChanged, this, &RejectionReasonsDialog::updateButtons);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeReasonsButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* side = new QVBoxLayout;
    side->addWidget(m_retire);
    side->addWidget(m_restore);
    side->addStretch(1);
    auto* grid = new QGridLayout;
    grid->addWidget(listLabel, 0, 0, 1, 2);
    grid->addWidget(m_list, 1, 0);
    grid->addLayout(side, 1, 1);
    auto* edit = new QHBoxLayout;
    edit->addWidget(textLabel);
    edit->addWidget(m_text, 1);
    edit->addWidget(m_add);
    edit->addWidget(m_rename);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid, 1);
    layout->addLayout(edit);
    layout->addWidget(buttons);
    // Reading order: the list, the buttons beside it, then the text row.
    QWidget::setTabOrder(m_list, m_retire);
    QWidget::setTabOrder(m_retire, m_restore);
    QWidget::setTabOrder(m_restore, m_text);
    QWidget::setTabOrder(m_text, m_add);
    QWidget::setTabOrder(m_add, m_rename);
    QWidget::setTabOrder(m_rename, buttons->button(QDialogButtonBox::Close));
    resize(640, 440);
    reload();
}

void RejectionReasonsDialog::reload(qint64 select)
{
    Result<std::vector<RejectionReason>> reasons = RejectionReasonService(m_session).list(true);
    if (!reasons) {
        MessageBox::showError(this, tr("The rejection reasons could not be read."), reasons.error());
        return;
    }
    m_reasons = std::move(reasons).value();
    m_list->clear();
    for (const RejectionReason& r : m_reasons) {
        auto* item = new QListWidgetItem(r.retired ? tr("%1 (retired)").arg(r.text) : r.text, m_list);
        item->setData(Qt::UserRole, r.id);
        if (r.retired) {
            QFont italic = item->font();
            italic.setItalic(true);
            item->setFont(italic);
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    if (select > 0)
        selectReason(select);
    updateButtons();
}

void RejectionReasonsDialog::selectReason(qint64 id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == id)
            m_list->setCurrentRow(row);
    }
}

const RejectionReason* RejectionReasonsDialog::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < int(m_reasons.size()) ? &m_reasons[size_t(row)] : nullptr;
}

void RejectionReasonsDialog::updateButtons()
{
    const RejectionReason* r = selected();
    const QString text = m_text->text().trimmed();
    m_add->setEnabled(m_mayEdit && !text.isEmpty());
    m_rename->setEnabled(m_mayEdit && r && !text.isEmpty() && text != r->text);
    m_retire->setEnabled(m_mayEdit && r && !r->retired);
    m_restore->setEnabled(m_mayEdit && r && r->retired);
}

bool RejectionReasonsDialog::addReason()
{
    Result<qint64> id = RejectionReasonService(m_session).add(m_text->text());
    if (!id) {
        MessageBox::showError(this, tr("The reason was not added."), id.error());
        return false;
    }
    reload(*id);
    return true;
}

bool RejectionReasonsDialog::renameReason()
{
    const RejectionReason* r = selected();
    if (!r)
        return false;
    const qint64 id = r->id;
    if (Status s = RejectionReasonService(m_session).rename(id, m_text->text()); !s) {
        MessageBox::showError(this, tr("The reason was not renamed."), s.error());
        return false;
    }
    reload(id);
    return true;
}

bool RejectionReasonsDialog::retireReason(bool retired)
{
    const RejectionReason* r = selected();
    if (!r)
        return false;
    const qint64 id = r->id;
    if (Status s = RejectionReasonService(m_session).retire(id, retired); !s) {
        MessageBox::showError(this, retired ? tr("The reason was not retired.") : tr("The reason was not restored."),
                              s.error());
        return false;
    }
    reload(id);
    return true;
}

} // namespace agencydesk
