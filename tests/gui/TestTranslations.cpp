#include "AboutDialog.h"
#include "AgencyProfileDialog.h"
#include "CatchCompat.h"
#include "DisplayFormat.h"
#include "DocumentFileReader.h"
#include "DocumentMetadataDialog.h"
#include "DocumentsTab.h"
#include "GuiTestSupport.h"
#include "LanguageDialog.h"
#include "LanguageLoader.h"
#include "MainWindow.h"
#include "TestConfig.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

/// Installs a language for one test and puts English (the other tests' language) back afterwards.
struct LanguageScope
{
    explicit LanguageScope(const QString& code) { ok = LanguageLoader::install(code, QLocale::c()); }
    ~LanguageScope() { LanguageLoader::install(QStringLiteral("en"), QLocale::c()); }
    bool ok = false;
};

QStringList tabTitles(const MainWindow& window)
{
    QStringList titles;
    for (int i = 0; i < window.tabs()->count(); ++i)
        titles << window.tabs()->tabText(i);
    return titles;
}

QStringList labelTexts(const QWidget* widget)
{
    QStringList texts;
    for (const QLabel* label : widget->findChildren<QLabel*>())
        texts << label->text();
    return texts;
}

} // namespace

TEST_CASE("gui: In French the main window's tabs, a dialog and a validation message are French", "[gui][i18n]")
{
    SeededDatabase db;
    auto rows = InsuredService(db.manager).page({}, 0, 1);
    REQUIRE(rows);
    LanguageScope french(QStringLiteral("fr_CA"));
    REQUIRE(french.ok);
    CHECK(LanguageLoader::current() == QStringLiteral("fr_CA"));

    MainWindow window(db.manager);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(tabTitles(window) == QStringList{QStringLiteral("&Assurés"), QStringLiteral("&Documents"),
                                           QStringLiteral("A&ttestations"), QStringLiteral("D&emandes"),
                                           QStringLiteral("Re&nouvellements")});
    CHECK(window.windowTitle() == QStringLiteral("AgencyDesk"));

    // A dialog: our labels, and Qt's own buttons from qtbase_fr.qm (qt6-translations-l10n).
    AgencyProfileDialog profile(db.manager, &window);
    CHECK(profile.windowTitle() == QStringLiteral("Profil du cabinet"));
    const QStringList labels = labelTexts(&profile);
    CHECK(labels.contains(QStringLiteral("&Nom du cabinet :")));
    CHECK(labels.contains(QStringLiteral("Code &postal :")));
    CHECK(labels.contains(QStringLiteral("Format de papie&r :")));
    auto* buttons = profile.findChild<QDialogButtonBox*>();
    REQUIRE(buttons);
    CHECK(buttons->button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')) == QStringLiteral("Annuler"));

    // A validation message from core, shown the way a CSR sees it.
    window.openInsured(rows->at(0).id);
    auto* postal = child<QLineEdit>(&window, "postalCodeLineEdit");
    postal->selectAll();
    QTest::keyClicks(postal, QStringLiteral("ABCDE"));
    MessageBox::clearLog();
    QTest::mouseClick(child<QPushButton>(&window, "saveInsuredButton"), Qt::LeftButton);
    CHECK(MessageBox::lastTitle() == QStringLiteral("Veuillez vérifier le formulaire"));
    CHECK(MessageBox::lastText().contains(QStringLiteral("L'assuré n'a pas été enregistré.")));
    CHECK(MessageBox::lastText().contains(
        QStringLiteral("Le code postal « ABCDE » n'est pas un code ZIP américain (12345 ou 12345-6789).")));
    CHECK(InsuredService(db.manager).get(rows->at(0).id)->postalCode == rows->at(0).postalCode);

    // Dates follow the language's locale; a permission refusal from core is French too.
    CHECK(DisplayFormat::date(QDate(2026, 3, 5)) == QStringLiteral("2026-03-05"));
    Status refused = InsuredService(db.as(Role::PayrollAdvisor)).setActive(rows->at(0).id, false);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.startsWith(QStringLiteral("Permission refusée : ")));
    CHECK(refused.error().message.endsWith(QStringLiteral("ne peut pas désactiver ou réactiver un assuré.")));

    // Saved for the screenshot a person looks at (labels not cut off).
    QTest::qWait(50);
    const QString dir = QStringLiteral(AGENCYDESK_SCREENSHOT_DIR);
    REQUIRE(QDir().mkpath(dir));
    CHECK(window.grab().save(QDir(dir).filePath(QStringLiteral("main-window-fr_CA.png"))));
    profile.show();
    REQUIRE(QTest::qWaitForWindowExposed(&profile));
    CHECK(profile.grab().save(QDir(dir).filePath(QStringLiteral("agency-profile-fr_CA.png"))));
}

TEST_CASE("gui: In Spanish the tabs and messages are Spanish, English puts the source texts back", "[gui][i18n]")
{
    SeededDatabase db;
    {
        LanguageScope spanish(QStringLiteral("es"));
        REQUIRE(spanish.ok);
        MainWindow window(db.manager);
        CHECK(tabTitles(window) == QStringList{QStringLiteral("&Asegurados"), QStringLiteral("&Documentos"),
                                               QStringLiteral("&Certificados"), QStringLiteral("&Solicitudes"),
                                               QStringLiteral("&Renovaciones")});
        Insured nameless;
        auto created = InsuredService(db.manager).create(nameless);
        REQUIRE_FALSE(created);
        CHECK(created.error().message == QStringLiteral("El nombre es obligatorio."));
        // Latin-American Spanish dates: day first, four-digit year.
        CHECK(DisplayFormat::date(QDate(2026, 3, 5)) == QStringLiteral("5/3/2026"));
    }
    MainWindow window(db.manager);
    CHECK(tabTitles(window) == QStringList{QStringLiteral("&Insureds"), QStringLiteral("&Documents"),
                                           QStringLiteral("&Certificates"), QStringLiteral("&Requests"),
                                           QStringLiteral("Re&newals")});
    CHECK(DisplayFormat::date(QDate(2026, 3, 5)) == QStringLiteral("03/05/2026"));
}

TEST_CASE("gui: The Documents tab, its metadata dialog, About and a refused file are French and Spanish", "[gui][i18n]")
{
    SeededDatabase db(20);
    const auto [insured, policy] = db.insuredWithPolicy(LineOfBusiness::GeneralLiability);
    const QString missing = QDir(db.dir.path()).filePath(QStringLiteral("missing.pdf"));
    struct Expected
    {
        QString code, share, resend, title, refusal, line;
    };
    const Expected languages[] = {
        {QStringLiteral("fr_CA"), QStringLiteral("&Partager"), QStringLiteral("Re&nvoyer l'avis au client"),
         QStringLiteral("Ajouter des documents à %1").arg(insured.name),
         QStringLiteral("missing.pdf: le fichier n'existe pas ("), QStringLiteral("Responsabilité civile générale")},
        {QStringLiteral("es"), QStringLiteral("Com&partir"), QStringLiteral("Reen&viar aviso al cliente"),
         QStringLiteral("Agregar documentos a %1").arg(insured.name),
         QStringLiteral("missing.pdf: el archivo no existe ("), QStringLiteral("Responsabilidad civil general")}};
    for (const Expected& e : languages) {
        LanguageScope language(e.code);
        REQUIRE(language.ok);
        MainWindow window(db.manager);
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.openInsured(insured.id);
        window.tabs()->setCurrentWidget(window.documentsTab());
        CHECK(child<QPushButton>(&window, "shareDocumentsButton")->text() == e.share);
        CHECK(child<QPushButton>(&window, "resendNotificationButton")->text() == e.resend);

        // A refusal from core (DocumentFileReader), in the words the add controller shows.
        Result<PreparedFile> refused = DocumentFileReader::read(missing, 1024 * 1024);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.startsWith(e.refusal));

        DocumentMetadataDialog dialog(db.manager, insured.id, insured.name, {missing, missing}, policy.id, &window);
        CHECK(dialog.windowTitle() == e.title);
        CHECK(dialog.policyCombo()->currentText().contains(e.line)); // the policy's line in the UI language

        // Screenshots a person looks at (buttons and labels not cut off).
        QTest::qWait(50);
        saveScreenshot(&window, QStringLiteral("documents-tab-%1.png").arg(e.code));
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        saveScreenshot(&dialog, QStringLiteral("document-metadata-%1.png").arg(e.code));
        AboutDialog about(db.manager.database(), &window);
        about.show();
        REQUIRE(QTest::qWaitForWindowExposed(&about));
        saveScreenshot(&about, QStringLiteral("about-%1.png").arg(e.code));
    }
}

TEST_CASE("gui: The language follows the system unless the user chose one in File › Language", "[gui][i18n]")
{
    LanguageLoader::saveLanguage({});
    CHECK(LanguageLoader::languageFor(QLocale(QLocale::French, QLocale::France)) == QStringLiteral("fr_CA"));
    CHECK(LanguageLoader::languageFor(QLocale(QLocale::Spanish, QLocale::Mexico)) == QStringLiteral("es"));
    CHECK(LanguageLoader::languageFor(QLocale(QLocale::German, QLocale::Germany)) == QStringLiteral("en"));
    CHECK(LanguageLoader::languageFor(QLocale::c()) == QStringLiteral("en"));
    // A Mexican system keeps its own formats in Spanish; a French one gets Canadian French formats.
    CHECK(LanguageLoader::localeFor(QStringLiteral("es"), QLocale(QLocale::Spanish, QLocale::Mexico)).territory() ==
          QLocale::Mexico);
    CHECK(LanguageLoader::localeFor(QStringLiteral("fr_CA"), QLocale::c()).name() == QStringLiteral("fr_CA"));

    LanguageDialog dialog;
    auto* combo = child<QComboBox>(&dialog, "languageComboBox");
    CHECK(combo->currentData().toString().isEmpty()); // "Same as the system"
    CHECK(combo->count() == 4);
    combo->setCurrentIndex(combo->findText(QStringLiteral("Español")));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveLanguageButton"), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(LanguageLoader::savedLanguage() == QStringLiteral("es"));
    CHECK(LanguageLoader::installSaved() == QStringLiteral("es"));
    CHECK(QCoreApplication::translate("agencydesk::MainWindow", "&Insureds") == QStringLiteral("&Asegurados"));

    LanguageDialog again;
    CHECK(child<QComboBox>(&again, "languageComboBox")->currentText() == QStringLiteral("Español"));
    LanguageLoader::saveLanguage({});
    CHECK(LanguageLoader::savedLanguage().isEmpty());
    LanguageLoader::install(QStringLiteral("en"), QLocale::c());
}
