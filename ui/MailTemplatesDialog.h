#pragma once

#include "MailTemplateService.h"
#include "Session.h"

#include <QDialog>

#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace agencydesk {

/// Agency > Email templates: each template's subject and text with {placeholders}, a live preview filled with
/// sample values, Save (managers; a template someone else saved meanwhile is a conflict, not an overwrite).
class MailTemplatesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MailTemplatesDialog(const Session& session, QWidget* parent = nullptr);

    void selectTemplate(const QString& key);
    bool saveCurrent();
    QString previewText() const;

private:
    void load();
    void showCurrent();
    void updatePreview();

    const Session& m_session;
    std::vector<MailTemplate> m_templates;
    QListWidget* m_list = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QLabel* m_placeholders = nullptr;
    QTextBrowser* m_preview = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace agencydesk
