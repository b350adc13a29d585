#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace agencydesk {

/// The interface languages: which exist, which one the user chose (QSettings, per user), and installing the
/// translators (Qt's own qtbase_*.qm and ours from :/i18n) with the matching default QLocale, so dates and numbers
/// in the UI follow the language. Certificates keep the agency's formats (CertificateService ignores QLocale).
class LanguageLoader
{
public:
    struct Language
    {
        QString code; ///< "en", "fr_CA", "es"
        QString name; ///< in the language itself: "Français (Canada)"
    };

    static QList<Language> languages();
    /// The saved choice; empty means "the system's language".
    static QString savedLanguage();
    static void saveLanguage(const QString& code);
    /// The supported language for a locale: French of any country is fr_CA, Spanish is es, anything else en.
    static QString languageFor(const QLocale& locale);
    /// The locale dates and numbers follow for a language: the system's when it speaks that language (es_MX keeps
    /// Mexican formats), else fr_CA, Latin-American Spanish or US English.
    static QLocale localeFor(const QString& code, const QLocale& system);
    /// Replaces the installed translators with those for code and sets QLocale's default. False when our .qm for
    /// code is missing (the UI stays English).
    static bool install(const QString& code, const QLocale& system = QLocale::system());
    /// At startup: the saved choice, else the system's language. Returns the language installed.
    static QString installSaved();
    /// The language installed last ("en" before any).
    static QString current();
};

} // namespace agencydesk
