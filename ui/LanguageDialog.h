#pragma once

#include <QDialog>

class QComboBox;

namespace agencydesk {

/// File › Language: the interface language for this user (stored in QSettings by LanguageLoader), applied at the
/// next start so no window is left half translated.
class LanguageDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LanguageDialog(QWidget* parent = nullptr);

    /// The chosen code ("" = the system's language).
    QString selectedLanguage() const;

private:
    void save();

    QComboBox* m_combo = nullptr;
};

} // namespace agencydesk
