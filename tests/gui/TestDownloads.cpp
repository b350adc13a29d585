#include "CatchCompat.h"
#include "DownloadImportController.h"
#include "DownloadImportSummaryDialog.h"
#include "FileDialog.h"
#include "GuiTestSupport.h"
#include "InsuredDetailWidget.h"
#include "InsuredListModel.h"
#include "InsuredsTab.h"
#include "MainWindow.h"
#include "PoliciesWidget.h"
#include "UnattachedDownloadList.h"
#include "UnattachedDownloadService.h"
#include "UnattachedDownloadsWidget.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUrl>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

QString sample(const char* name)
{
    return QStringLiteral(AGENCYDESK_SOURCE_DIR "/tests/data/downloads/") + QLatin1String(name);
}

/// The policy of \a number (any term), or an empty Policy.
Policy policyByNumber(const Session& s, const char* number)
{
    QSqlQuery q = s.database().query();
    q.prepare(QStringLiteral("SELECT id FROM policies WHERE number = ? ORDER BY effective_date LIMIT 1"));
    q.addBindValue(QLatin1String(number));
    if (!q.exec() || !q.next())
        return {};
    return PolicyService(s).get(q.value(0).toLongLong()).value();
}

qint64 addInsured(const Session& s, const QString& name, const QString& address1, const QString& postal,
                  const QString& state)
{
    Insured i;
    i.name = name;
    i.address1 = address1;
    i.city = QStringLiteral("Portland");
    i.state = state;
    i.postalCode = postal;
    Result<qint64> id = InsuredService(s).create(i);
    REQUIRE(id.ok());
    return *id;
}

int rowOf(const QTableWidget* table, int column, const QString& text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, column) && table->item(row, column)->text() == text)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("gui: File > Import downloads runs off the UI thread, then a summary names each failure and saves",
          "[gui][downloads]")
{
    SeededDatabase db;
    QTemporaryDir files;
    REQUIRE(QFile::copy(sample("acord-personal-new.xml"), files.filePath(QStringLiteral("lane.xml"))));
    REQUIRE(QFile::copy(sample("al3-new.al3"), files.filePath(QStringLiteral("carrier.al3"))));
    const QString broken = files.filePath(QStringLiteral("broken.xml"));
    {
        QFile f(broken);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("<?xml version=\"1.0\"?>\n<ACORD xmlns=\"http://www.ACORD.org/standards/PC_Surety/ACORD1/xml/\">\n"
                "<InsuranceSvcRq><PersAutoPolicyAddRq>\n</ACORD>\n");
    }
    MainWindow window(db.manager);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    FileDialog::setNextFileNames(
        {files.filePath(QStringLiteral("lane.xml")), broken, files.filePath(QStringLiteral("carrier.al3"))});
    child<QAction>(&window, "importDownloadsAction")->trigger();
    // The import is running in its thread while the window's event loop goes on.
    CHECK(window.downloadImport()->isRunning());
    REQUIRE(waitFor([&] { return window.downloadImport()->summaryDialog() != nullptr; }));
    DownloadImportSummaryDialog* summary = window.downloadImport()->summaryDialog();
    CHECK_FALSE(window.downloadImport()->isRunning());

    const QString totals = summary->totalsLabel()->text();
    CHECK(totals.contains(QLatin1String("<b>1 failed</b>")));
    CHECK(totals.contains(QLatin1String("(2 files read)")));
    QTableWidget* table = summary->table();
    REQUIRE(table->rowCount() == 3);
    // The failure first: file, where, and why.
    CHECK(table->item(0, DownloadImportSummaryDialog::File)->text() == QLatin1String("broken.xml"));
    CHECK(table->item(0, DownloadImportSummaryDialog::Result)->text().startsWith(QLatin1String("Failed: ")));
    CHECK(table->item(0, DownloadImportSummaryDialog::Where)->text() == QLatin1String("line 4"));
    const int lane = rowOf(table, DownloadImportSummaryDialog::File, QStringLiteral("lane.xml"));
    REQUIRE(lane > 0);
    CHECK(table->item(lane, DownloadImportSummaryDialog::Result)->text() == QLatin1String("3 unattached"));
    saveScreenshot(summary, QStringLiteral("download-import-summary.png"));

    const QString saved = files.filePath(QStringLiteral("summary.txt"));
    FileDialog::setNextFileName(saved);
    child<QPushButton>(summary, "saveDownloadSummaryButton")->click();
    QFile text(saved);
    REQUIRE(text.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(text.readAll());
    CHECK(content.contains(QLatin1String("2 read, 1 failed")));
    CHECK(content.contains(QStringLiteral("FAILED %1, line 4").arg(broken)));

    // Nothing of the broken file, all of the others (waiting for an insured: none matches exactly).
    CHECK(policyByNumber(db.manager, "PA-118822").id != 0);
    CHECK_FALSE(policyByNumber(db.manager, "PA-118822").insuredId.has_value());

    child<QPushButton>(summary, "showUnattachedButton")->click();
    CHECK(window.unattachedDock()->isVisible());
    CHECK(child<QAction>(&window, "unattachedDownloadsAction")->text().contains(QLatin1String("(")));
}

TEST_CASE("gui: Unattached downloads shows the download beside ranked suggestions, Attach and Create insured",
          "[gui][downloads]")
{
    SeededDatabase db;
    const qint64 chris = addInsured(db.manager, QStringLiteral("Chris Lane"), QStringLiteral("48 Willow St"),
                                    QStringLiteral("97205"), QStringLiteral("OR"));
    REQUIRE(DownloadImportService(db.manager)
                .importPaths({sample("acord-personal-new.xml"), sample("acord-commercial-new.xml")})
                .ok());
    MainWindow window(db.manager);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.resize(1280, 1000); // maximized on a 1080p screen: the Insureds tab needs about 600 px itself
    child<QAction>(&window, "unattachedDownloadsAction")->trigger();
    UnattachedDownloadsWidget* unattached = window.unattachedDownloads();
    REQUIRE(unattached->isVisible());
    CHECK(child<QAction>(&window, "unattachedDownloadsAction")->text() ==
          QStringLiteral("&Unattached downloads (%1)").arg(unattached->count()));

    const Policy autoPolicy = policyByNumber(db.manager, "PA-118822");
    REQUIRE(unattached->selectPolicy(autoPolicy.id));
    const QString details = unattached->detailsLabel()->text();
    CHECK(details.contains(QLatin1String("<b>Christopher Lane</b>")));
    CHECK(details.contains(QLatin1String("48 Willow Street")));
    CHECK(details.contains(QLatin1String("PA-118822")));
    QTableWidget* suggestions = unattached->suggestions();
    REQUIRE(suggestions->rowCount() > 0);
    CHECK(suggestions->item(0, UnattachedDownloadsWidget::Name)->text() == QLatin1String("Chris Lane"));
    CHECK(suggestions->item(0, UnattachedDownloadsWidget::Why)->text() ==
          QLatin1String("same name once Christopher = Chris; same address once Street = St; same postal code"));
    CHECK(suggestions->item(0, UnattachedDownloadsWidget::Score)->text().toInt() > 50);
    REQUIRE(waitFor([&] { return window.unattachedDock()->height() >= 330; }));
    saveScreenshot(&window, QStringLiteral("unattached-downloads.png"));

    REQUIRE(unattached->attachButton()->isEnabled());
    unattached->attachButton()->click();
    CHECK(policyByNumber(db.manager, "PA-118822").insuredId == chris);
    CHECK(rowOf(unattached->list(), UnattachedDownloadList::Policy, QStringLiteral("PA-118822")) == -1);

    // Create insured from download: Bluewater's policies go to the new insured, which the list then shows.
    const Policy gl = policyByNumber(db.manager, "GL-4410021");
    REQUIRE(unattached->selectPolicy(gl.id));
    const int before = unattached->count();
    unattached->createButton()->click();
    const std::optional<qint64> created = policyByNumber(db.manager, "GL-4410021").insuredId;
    REQUIRE(created.has_value());
    CHECK(InsuredService(db.manager).get(*created)->name == QLatin1String("Bluewater Fabrication Inc"));
    CHECK(unattached->count() < before);
    CHECK(MessageBox::shownCount() == 0);
}

TEST_CASE("gui: a download dragged onto an insured in the Insureds list is attached to that insured",
          "[gui][downloads]")
{
    SeededDatabase db;
    REQUIRE(DownloadImportService(db.manager).importPaths({sample("acord-personal-new.xml")}).ok());
    MainWindow window(db.manager);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showUnattachedDownloads();
    UnattachedDownloadsWidget* unattached = window.unattachedDownloads();
    const Policy home = policyByNumber(db.manager, "HO-3390017");
    REQUIRE(unattached->selectPolicy(home.id));

    // What the list puts on the drag for the selected row.
    UnattachedDownloadList* list = unattached->list();
    const int row = rowOf(list, UnattachedDownloadList::Policy, QStringLiteral("HO-3390017"));
    std::unique_ptr<QMimeData> mime(list->model()->mimeData({list->model()->index(row, 0)}));
    REQUIRE(mime);
    CHECK(UnattachedDownloadList::policyIdIn(mime.get()) == home.id);

    auto* insureds = window.insuredsTab()->view();
    const QModelIndex target = insureds->model()->index(2, 0);
    const qint64 targetId = target.data(InsuredListModel::IdRole).toLongLong();
    REQUIRE(targetId != 0);
    // Not over a row: no insured there, so no drop.
    CHECK_FALSE(dragAndDrop(insureds->viewport(), QPoint(-5, -5), mime.get()));
    CHECK_FALSE(policyByNumber(db.manager, "HO-3390017").insuredId.has_value());

    REQUIRE(dragAndDrop(insureds->viewport(), insureds->visualRect(target).center(), mime.get()));
    CHECK(policyByNumber(db.manager, "HO-3390017").insuredId == targetId);
    CHECK(rowOf(list, UnattachedDownloadList::Policy, QStringLiteral("HO-3390017")) == -1);
}

TEST_CASE("gui: files dropped onto the window import the downloads among them, Cancel stops between files",
          "[gui][downloads]")
{
    SeededDatabase db;
    QTemporaryDir files;
    REQUIRE(QFile::copy(sample("acord-commercial-new.xml"), files.filePath(QStringLiteral("a.xml"))));
    const QString pdf = files.filePath(QStringLiteral("letter.pdf"));
    {
        QFile f(pdf);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4\n");
    }
    MainWindow window(db.manager);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // A PDF alone is a document, not a download: the window does not take it.
    QMimeData pdfOnly;
    pdfOnly.setUrls({QUrl::fromLocalFile(pdf)});
    CHECK_FALSE(dragAndDrop(&window, QPoint(640, 400), &pdfOnly));

    QMimeData both;
    both.setUrls({QUrl::fromLocalFile(pdf), QUrl::fromLocalFile(files.filePath(QStringLiteral("a.xml")))});
    REQUIRE(dragAndDrop(&window, QPoint(640, 400), &both));
    REQUIRE(waitFor([&] { return window.downloadImport()->summaryDialog() != nullptr; }));
    QTableWidget* table = window.downloadImport()->summaryDialog()->table();
    REQUIRE(table->rowCount() == 1); // the PDF was left out
    CHECK(table->item(0, DownloadImportSummaryDialog::File)->text() == QLatin1String("a.xml"));
    window.downloadImport()->summaryDialog()->close();
    REQUIRE(waitFor([&] { return window.downloadImport()->summaryDialog() == nullptr; }));

    // A folder of 200 files, cancelled at once: the files read are whole, the rest untouched.
    QTemporaryDir folder;
    for (int i = 0; i < 200; ++i) {
        QFile f(sample("al3-new.al3"));
        REQUIRE(f.open(QIODevice::ReadOnly));
        QByteArray data = f.readAll();
        // A different policy number in every file, the same width (AL3 fields are fixed).
        const QByteArray prefix = QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0')).toLatin1();
        data.replace("RM-", prefix).replace("WO-", prefix);
        QFile out(folder.filePath(QStringLiteral("f%1.al3").arg(i, 3, 10, QLatin1Char('0'))));
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(data);
    }
    window.importDownloads({folder.path()});
    QProgressDialog* progress = window.downloadImport()->progressDialog();
    REQUIRE(progress);
    child<QPushButton>(progress, "cancelImportButton")->click(); // as the user does, before any file is done
    REQUIRE(waitFor([&] { return window.downloadImport()->summaryDialog() != nullptr; }));
    DownloadImportSummaryDialog* summary = window.downloadImport()->summaryDialog();
    CHECK(summary->totalsLabel()->text().contains(QLatin1String("Cancelled")));
    CHECK(summary->table()->rowCount() < 200);
}

TEST_CASE("gui: Un-attach on a policy's menu sends it back to Unattached downloads", "[gui][downloads]")
{
    SeededDatabase db;
    const qint64 chris = addInsured(db.manager, QStringLiteral("Christopher Lane"), QStringLiteral("48 Willow Street"),
                                    QStringLiteral("97205"), QStringLiteral("OR"));
    REQUIRE(DownloadImportService(db.manager).importPaths({sample("acord-personal-new.xml")}).ok());
    REQUIRE(policyByNumber(db.manager, "PA-118822").insuredId == chris); // the exact match attached it
    MainWindow window(db.manager);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openInsured(chris);
    PoliciesWidget* policies = window.insuredsTab()->detail()->policiesWidget();
    const int row = rowOf(policies->table(), PoliciesWidget::Number, QStringLiteral("PA-118822"));
    REQUIRE(row >= 0);
    policies->table()->selectRow(row);
    std::unique_ptr<QMenu> menu(policies->createContextMenu());
    QAction* unattach = menu->findChild<QAction*>(QStringLiteral("unattachPolicyAction"));
    REQUIRE(unattach);
    REQUIRE(unattach->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    unattach->trigger();
    CHECK(MessageBox::lastTitle() == QLatin1String("Un-attach policy"));
    CHECK_FALSE(policyByNumber(db.manager, "PA-118822").insuredId.has_value());
    CHECK(rowOf(policies->table(), PoliciesWidget::Number, QStringLiteral("PA-118822")) == -1);
    REQUIRE(window.unattachedDownloads()->selectPolicy(policyByNumber(db.manager, "PA-118822").id));
}

TEST_CASE("gui: File > Watch a download folder imports what lands there, says so in the status bar, is remembered",
          "[gui][downloads]")
{
    SeededDatabase db;
    QTemporaryDir folder;
    {
        MainWindow window(db.manager);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        QAction* watch = child<QAction>(&window, "watchDownloadFolderAction");
        QLabel* label = child<QLabel>(&window, "watchFolderLabel");
        CHECK_FALSE(watch->isChecked());
        CHECK_FALSE(label->isVisible());
        FileDialog::setNextFileName(folder.path());
        watch->trigger();
        CHECK(watch->isChecked());
        CHECK(label->isVisible());
        CHECK(label->text() == QStringLiteral("Watching %1").arg(QDir::toNativeSeparators(folder.path())));

        QFile::copy(sample("acord-personal-new.xml"), QDir(folder.path()).filePath(QStringLiteral("dl.xml")));
        // The window refreshes on its own: the unattached count in the File menu goes up, with no dialog.
        REQUIRE(waitFor([&] { return window.unattachedDownloads()->count() == 3; }, 20000));
        CHECK(policyByNumber(db.manager, "PA-118822").id > 0);
        CHECK(QFile::exists(QDir(folder.path()).filePath(QStringLiteral("Imported/dl.xml"))));
        CHECK(window.downloadImport()->summaryDialog() == nullptr);
        CHECK(MessageBox::shownCount() == 0);
        saveScreenshot(&window, QStringLiteral("watch-download-folder.png"));
    }
    {
        // The next start for the same user and database watches it again.
        MainWindow window(db.manager);
        CHECK(child<QAction>(&window, "watchDownloadFolderAction")->isChecked());
        CHECK(window.downloadImport()->watchFolder() == QFileInfo(folder.path()).absoluteFilePath());
        // Unticking stops watching and forgets it.
        child<QAction>(&window, "watchDownloadFolderAction")->trigger();
        CHECK(window.downloadImport()->watchFolder().isEmpty());
    }
    MainWindow window(db.manager);
    CHECK_FALSE(child<QAction>(&window, "watchDownloadFolderAction")->isChecked());
}
