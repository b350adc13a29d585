#include "LanguageLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

namespace agencydesk {

Q_LOGGING_CATEGORY(lcLanguage, "agencydesk.ui.language", QtWarningMsg)

namespace {

const QString kSettingsKey = QStringLiteral("ui/language");

struct Installed
{
    QString code = QStringLiteral("en");
    std::vector<std::unique_ptr<QTranslator>> translators;
};

Installed& installed()
{
    static Installed state;
    return state;
}

} // namespace

QList<LanguageLoader::Language> LanguageLoader::languages()
{
    // Each name is written in its own language, so whoever reads the list finds theirs: never translated.
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("fr_CA"), QStringLiteral("Français (Canada)")},
            {QStringLiteral("es"), QStringLiteral("Español")}};
}

QString LanguageLoader::savedLanguage()
{
    const QString code = QSettings().value(kSettingsKey).toString();
    for (const Language& language : languages()) {
        if (language.code == code)
            return code;
    }
    return {};
}

void LanguageLoader::saveLanguage(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, code);
}

QString LanguageLoader::languageFor(const QLocale& locale)
{
    switch (locale.language()) {
    case QLocale::French:
        return QStringLiteral("fr_CA");
    case QLocale::Spanish:
        return QStringLiteral("es");
    default:
        return QStringLiteral("en");
    }
}

QLocale LanguageLoader::localeFor(const QString& code, const QLocale& system)
{
    if (languageFor(system) == code && system.language() != QLocale::C)
        return system;
    if (code == QLatin1String("fr_CA"))
        return QLocale(QLocale::French, QLocale::Canada);
    if (code == QLatin1String("es"))
        return QLocale(QLocale::Spanish, QLocale::LatinAmerica);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

bool LanguageLoader::install(const QString& code, const QLocale& system)
{
    Installed& state = installed();
    for (const auto& translator : state.translators)
        QCoreApplication::removeTranslator(translator.get());
    state.translators.clear();
    state.code = QStringLiteral("en");
    const QLocale locale = localeFor(code, system);
    QLocale::setDefault(locale);
    if (code == QLatin1String("en"))
        return true;

    auto ours = std::make_unique<QTranslator>();
    if (!ours->load(QStringLiteral(":/i18n/agencydesk_%1.qm").arg(code))) {
        qCWarning(lcLanguage) << "no translation for" << code << "- the interface stays in English";
        return false;
    }
    // Qt's own strings (standard buttons, context menus, the print dialog); missing files only leave those English.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtDir)) {
        QCoreApplication::installTranslator(qt.get());
        state.translators.push_back(std::move(qt));
    } else {
        qCWarning(lcLanguage) << "Qt's translation for" << locale.name() << "not found in" << qtDir;
    }
    QCoreApplication::installTranslator(ours.get());
    state.translators.push_back(std::move(ours));
    state.code = code;
    return true;
}

QString LanguageLoader::installSaved()
{
    const QString saved = savedLanguage();
    const QString code = saved.isEmpty() ? languageFor(QLocale::system()) : saved;
    install(code);
    return current();
}

QString LanguageLoader::current()
{
    return installed().code;
}

} // namespace agencydesk
