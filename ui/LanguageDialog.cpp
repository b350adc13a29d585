#include "LanguageDialog.h"

#include "LanguageLoader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace agencydesk {

LanguageDialog::LanguageDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("languageDialog"));
    setWindowTitle(tr("Language"));

    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("languageComboBox"));
    m_combo->setAccessibleName(tr("Interface language"));
    QString systemName;
    const QString systemCode = LanguageLoader::languageFor(QLocale::system());
    for (const LanguageLoader::Language& language : LanguageLoader::languages()) {
        if (language.code == systemCode)
            systemName = language.name;
    }
    m_combo->addItem(tr("Same as the system (%1)").arg(systemName), QString());
    for (const LanguageLoader::Language& language : LanguageLoader::languages())
        m_combo->addItem(language.name, language.code);
    m_combo->setCurrentIndex(qMax(0, m_combo->findData(LanguageLoader::savedLanguage())));

    auto* note = new QLabel(tr("The new language takes effect the next time you start AgencyDesk. Dates and numbers "
                               "follow it; certificates keep the formats set in the agency profile."),
                            this);
    note->setObjectName(QStringLiteral("languageNoteLabel"));
    note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveLanguageButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_combo);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

QString LanguageDialog::selectedLanguage() const
{
    return m_combo->currentData().toString();
}

void LanguageDialog::save()
{
    LanguageLoader::saveLanguage(selectedLanguage());
}

} // namespace agencydesk
