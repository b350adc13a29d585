#include "MailTemplatesDialog.h"

#include "MailSettingsService.h"
#include "MessageBox.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace agencydesk {

MailTemplatesDialog::MailTemplatesDialog(const Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("mailTemplatesDialog"));
    setWindowTitle(tr("Email templates"));
    const bool canEdit = roleMay(session.user.role, Operation::MailTemplateUpdate);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("templateSubjectEdit"));
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("templateBodyEdit"));
    m_placeholders = new QLabel(
        tr("Placeholders: {%1}").arg(MailTemplateService::knownPlaceholders().join(QStringLiteral("}, {"))), this);
    m_placeholders->setWordWrap(true);
    m_placeholders->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_subject->setReadOnly(!canEdit);
    m_body->setReadOnly(!canEdit);

    auto* editor = new QWidget(this);
    auto* grid = new QGridLayout(editor);
    grid->setContentsMargins(0, 0, 0, 0);
    auto* subjectLabel = new QLabel(tr("&Subject:"), editor);
    subjectLabel->setBuddy(m_subject);
    grid->addWidget(subjectLabel, 0, 0);
    grid->addWidget(m_subject, 0, 1);
    grid->addWidget(m_body, 1, 0, 1, 2);
    grid->addWidget(m_placeholders, 2, 0, 1, 2);
    grid->addWidget(new QLabel(tr("Preview with sample values (and the signature from the mail settings):"), editor), 3,
                    0, 1, 2);
    grid->addWidget(m_preview, 4, 0, 1, 2);
    grid->setRowStretch(1, 3);
    grid->setRowStretch(4, 2);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(editor);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({250, 600});

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (canEdit) {
        m_save = buttons->addButton(tr("&Save template"), QDialogButtonBox::ApplyRole);
        m_save->setObjectName(QStringLiteral("saveTemplateButton"));
        connect(m_save, &QPushButton::clicked, this, &MailTemplatesDialog::saveCurrent);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &MailTemplatesDialog::showCurrent);
    connect(m_subject, &QLineEdit::textChanged, this, &MailTemplatesDialog::updatePreview);
    connect(m_body, &QPlainTextEdit::textChanged, this, &MailTemplatesDialog::updatePreview);
    load();
    resize(900, 620);
}

void MailTemplatesDialog::load()
{
    auto all = MailTemplateService(m_session).list();
    if (!all) {
        MessageBox::showError(this, tr("Could not read the email templates."), all.error());
        return;
    }
    const int row = std::max(0, m_list->currentRow());
    m_templates = *all;
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const MailTemplate& t : m_templates)
        m_list->addItem(t.name);
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    showCurrent();
}

void MailTemplatesDialog::selectTemplate(const QString& key)
{
    for (int i = 0; i < static_cast<int>(m_templates.size()); ++i) {
        if (m_templates[static_cast<size_t>(i)].key == key)
            m_list->setCurrentRow(i);
    }
}

void MailTemplatesDialog::showCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= static_cast<int>(m_templates.size()))
        return;
    const MailTemplate& t = m_templates[static_cast<size_t>(row)];
    m_subject->setText(t.subject);
    m_body->setPlainText(t.body);
    updatePreview();
}

void MailTemplatesDialog::updatePreview()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= static_cast<int>(m_templates.size()))
        return;
    MailTemplate t = m_templates[static_cast<size_t>(row)];
    t.subject = m_subject->text();
    t.body = m_body->toPlainText();
    QString signature;
    if (auto settings = MailSettingsService(m_session).settings())
        signature = settings->signature;
    const RenderedMail r = MailTemplateService::fill(t, MailTemplateService::sampleValues(), signature);
    const QString body = r.htmlBody.mid(r.htmlBody.indexOf(QLatin1String("<p>")));
    m_preview->setHtml(tr("<p><b>Subject:</b> %1</p>").arg(r.subject.toHtmlEscaped()) + body);
}

QString MailTemplatesDialog::previewText() const
{
    return m_preview->toPlainText();
}

bool MailTemplatesDialog::saveCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= static_cast<int>(m_templates.size()))
        return false;
    MailTemplate t = m_templates[static_cast<size_t>(row)];
    t.subject = m_subject->text();
    t.body = m_body->toPlainText();
    if (Status s = MailTemplateService(m_session).update(t); !s) {
        MessageBox::showError(this, tr("The template was not saved."), s.error());
        return false;
    }
    load();
    return true;
}

} // namespace agencydesk
