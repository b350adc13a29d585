// The Documents tab in the real main window on the offscreen platform: files dropped as text/uri-list onto the tab
// and onto an insured in the Insureds list, the batch metadata dialog, adding off the UI thread, the list with its
// Share column, preview, sharing with the notify question, and the database checked after each step.
#include "CatchCompat.h"
#include "DocumentAddController.h"
#include "DocumentMetadataDialog.h"
#include "DocumentPrinter.h"
#include "DocumentService.h"
#include "DocumentSharingService.h"
#include "DocumentTableModel.h"
#include "DocumentsTab.h"
#include "FileGroupDescriptorBytes.h"
#include "GuiTestSupport.h"
#include "InsuredListModel.h"
#include "InsuredsTab.h"
#include "MainWindow.h"
#include "PdfViewer.h"
#include "PoliciesWidget.h"
#include "TestConfig.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <poppler-qt6.h>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

QString corpus(const QString& name)
{
    return QStringLiteral(AGENCYDESK_SOURCE_DIR "/tests/data/pdf/real/") + name;
}

/// Drags \a paths (as the file manager does: text/uri-list) onto \a target at \a pos and drops them there.
/// Returns whether the target accepted the drag.
bool dropFiles(QWidget* target, const QStringList& paths, QPoint pos = {})
{
    if (pos.isNull())
        pos = target->rect().center();
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    REQUIRE(mime.hasFormat(QStringLiteral("text/uri-list")));
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.ignore();
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    move.ignore();
    QApplication::sendEvent(target, &move);
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

QString writePicture(const QString& dir)
{
    QImage image(300, 200, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.fillRect(10, 10, 280, 60, Qt::darkBlue);
    p.end();
    const QString path = QDir(dir).filePath(QStringLiteral("site-photo.png"));
    REQUIRE(image.save(path));
    return path;
}

} // namespace

TEST_CASE("gui: documents dropped onto the tab and onto an insured go in with their metadata", "[gui][documents]")
{
    SeededDatabase db(20);
    const auto [insured, policy] = db.insuredWithPolicy(LineOfBusiness::GeneralLiability);
    MainWindow window(db.manager);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openInsured(insured.id);
    DocumentsTab* tab = window.documentsTab();
    window.tabs()->setCurrentWidget(tab);
    REQUIRE(tab->insuredId() == insured.id);
    const int before = tab->model()->rowCount();

    // 1. Three files dropped onto the tab: a real PDF, a password-protected one and a picture.
    const QStringList files = {corpus(QStringLiteral("okular-file2.pdf")),
                               corpus(QStringLiteral("okular-protected.pdf")), writePicture(db.dir.path())};
    REQUIRE(dropFiles(tab, files));
    auto* dialog = tab->findChild<DocumentMetadataDialog*>();
    REQUIRE(dialog);
    REQUIRE(dialog->filesTable()->rowCount() == 3);
    dialog->typeCombo()->setCurrentText(QStringLiteral("Declarations"));
    dialog->purposeEdit()->setText(QStringLiteral("Renewal declarations"));
    dialog->policyCombo()->setCurrentIndex(dialog->policyCombo()->findData(policy.id));
    // The picture is an invoice: its own row says so.
    static_cast<QComboBox*>(dialog->filesTable()->cellWidget(2, DocumentMetadataDialog::TypeColumn))
        ->setCurrentText(QStringLiteral("Invoice"));
    MessageBox::clearLog();
    QTest::mouseClick(child<QPushButton>(dialog, "confirmAddDocumentsButton"), Qt::LeftButton);
    REQUIRE(waitFor([&] { return !tab->addController()->isRunning() && MessageBox::shownCount() > 0; }, 20000));
    CHECK(MessageBox::lastTitle() == QStringLiteral("Some files were not added"));
    CHECK(MessageBox::lastText().contains(QStringLiteral("2 of 3 files were added")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("okular-protected.pdf: the PDF is password-protected")));

    // The list and the database agree: two new documents, with the batch's and the row's metadata.
    REQUIRE(tab->model()->rowCount() == before + 2);
    std::vector<Document> docs = *DocumentService(db.manager).forInsured(insured.id);
    REQUIRE(docs.size() == size_t(before + 2));
    const Document& picture = docs[0]; // newest first
    const Document& pdf = docs[1];
    CHECK(pdf.fileName == QStringLiteral("okular-file2.pdf"));
    CHECK(pdf.type == QStringLiteral("Declarations"));
    CHECK(pdf.purpose == QStringLiteral("Renewal declarations"));
    CHECK(pdf.policyId == policy.id);
    CHECK(picture.fileName == QStringLiteral("site-photo.pdf"));
    CHECK(picture.type == QStringLiteral("Invoice"));
    CHECK(picture.pageCount == 1);
    // The new documents are selected; one selected shows its preview.
    tab->selectDocument(pdf.id);
    REQUIRE(waitFor([&] { return tab->viewer()->hasDocument(); }));
    CHECK(tab->viewer()->pageCount() == 2);

    // 2. Share both, notifying the client: the green check, and one pending notification.
    tab->view()->selectAll();
    const int rows = tab->model()->rowCount();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(tab, "shareDocumentsButton"), Qt::LeftButton);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex share = tab->model()->index(row, DocumentTableModel::Share);
        CHECK(share.data().toString() == QStringLiteral("✔"));
        CHECK(share.data(Qt::ForegroundRole).value<QBrush>().color() == QColor(0x1b, 0x8a, 0x3a));
    }
    CHECK(DocumentSharingService(db.manager).portalDocuments(insured.id)->size() == size_t(rows));
    CHECK(DocumentSharingService(db.manager).pendingNotifications()->size() == 1);

    // 3. A PDF dropped onto another insured in the Insureds list goes to that insured.
    QTableView* list = window.insuredsTab()->view();
    window.tabs()->setCurrentWidget(window.insuredsTab());
    int targetRow = -1;
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        if (list->model()->index(row, 0).data(InsuredListModel::IdRole).toLongLong() != insured.id) {
            targetRow = row;
            break;
        }
    }
    REQUIRE(targetRow >= 0);
    const qint64 otherId = list->model()->index(targetRow, 0).data(InsuredListModel::IdRole).toLongLong();
    const QPoint at = list->visualRect(list->model()->index(targetRow, 0)).center();
    REQUIRE(dropFiles(list->viewport(), {corpus(QStringLiteral("okular-synctextest.pdf"))}, at));
    CHECK(window.tabs()->currentWidget() == tab);
    CHECK(tab->insuredId() == otherId);
    dialog = nullptr;
    REQUIRE(waitFor([&] { return (dialog = tab->findChild<DocumentMetadataDialog*>()) != nullptr; }));
    MessageBox::clearLog();
    QTest::mouseClick(child<QPushButton>(dialog, "confirmAddDocumentsButton"), Qt::LeftButton);
    REQUIRE(waitFor([&] { return !tab->addController()->isRunning() && tab->model()->rowCount() > 0; }, 20000));
    CHECK(MessageBox::shownCount() == 0); // all good: no message box
    std::vector<Document> other = *DocumentService(db.manager).forInsured(otherId);
    REQUIRE(other.size() == 1);
    CHECK(other[0].fileName == QStringLiteral("okular-synctextest.pdf"));

    // 4. What a CSR sees.
    tab->selectDocument(other[0].id);
    REQUIRE(waitFor([&] { return !tab->viewer()->currentImage().isNull(); }));
    window.openInsured(insured.id);
    window.tabs()->setCurrentWidget(tab);
    tab->selectDocument(pdf.id);
    REQUIRE(waitFor([&] { return !tab->viewer()->currentImage().isNull(); }));
    QTest::qWait(100);
    saveScreenshot(&window, QStringLiteral("documents-tab.png"));
}

TEST_CASE("gui: a view-only user sees documents but cannot add, share or delete", "[gui][documents]")
{
    SeededDatabase db(5);
    const auto [insured, policy] = db.insuredWithPolicy(LineOfBusiness::GeneralLiability);
    DocumentFile f;
    f.path = corpus(QStringLiteral("okular-file1.pdf"));
    f.metadata = {insured.id, std::nullopt, QStringLiteral("Policy"), QDate(2026, 1, 1), {}};
    REQUIRE(DocumentService(db.manager).add(f).ok());
    MainWindow window(db.as(Role::PayrollAdvisor));
    window.show();
    window.openInsured(insured.id);
    DocumentsTab* tab = window.documentsTab();
    window.tabs()->setCurrentWidget(tab);
    REQUIRE(tab->model()->rowCount() == 1);
    tab->view()->selectRow(0);
    CHECK_FALSE(child<QPushButton>(tab, "addDocumentsButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(tab, "shareDocumentsButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(tab, "deleteDocumentsButton")->isVisible());
    CHECK(child<QPushButton>(tab, "saveDocumentCopyButton")->isEnabled());
    MessageBox::clearLog();
    CHECK(tab->addFiles({corpus(QStringLiteral("okular-file2.pdf"))}) == nullptr);
    CHECK(MessageBox::lastText().contains(QStringLiteral("may not add a document")));
}

TEST_CASE("gui: a document prints page by page through Poppler, the printer's page range honoured", "[gui][documents]")
{
    QTemporaryDir dir;
    QFile in(corpus(QStringLiteral("okular-simple-multipage.pdf")));
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QByteArray pdf = in.readAll();
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
    printer.setPrintRange(QPrinter::PageRange);
    printer.setFromTo(2, 4);
    REQUIRE(DocumentPrinter::print(pdf, QStringLiteral("okular-simple-multipage.pdf"), printer).ok());
    std::unique_ptr<Poppler::Document> printed = Poppler::Document::load(dir.filePath(QStringLiteral("printed.pdf")));
    REQUIRE(printed);
    CHECK(printed->numPages() == 3);
    Status bad = DocumentPrinter::print("not a pdf", QStringLiteral("junk.pdf"), printer);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.startsWith(QStringLiteral("junk.pdf cannot be printed")));
}

TEST_CASE("gui: a PDF dropped onto a policy row is added with that policy chosen", "[gui][documents]")
{
    SeededDatabase db(10);
    const auto [insured, policy] = db.insuredWithPolicy(LineOfBusiness::GeneralLiability);
    MainWindow window(db.manager);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openInsured(insured.id);
    auto* table = child<QTableWidget>(&window, "policiesTableWidget");
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, PoliciesWidget::Number)->data(Qt::UserRole).toLongLong() == policy.id)
            row = r;
    }
    REQUIRE(row >= 0);
    const QPoint at = table->visualItemRect(table->item(row, PoliciesWidget::Number)).center();
    REQUIRE(dropFiles(table->viewport(), {corpus(QStringLiteral("okular-file1.pdf"))}, at));
    DocumentsTab* tab = window.documentsTab();
    CHECK(window.tabs()->currentWidget() == tab);
    auto* dialog = tab->findChild<DocumentMetadataDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->policyCombo()->currentData().toLongLong() == policy.id);
    const std::vector<DocumentFile> files = dialog->files();
    REQUIRE(files.size() == 1);
    CHECK(files[0].metadata.policyId == policy.id);
    CHECK(files[0].metadata.insuredId == insured.id);
    dialog->reject();
}

TEST_CASE("gui: an attachment dragged straight out of Outlook is added as a document", "[gui][documents]")
{
    SeededDatabase db(10);
    const auto [insured, policy] = db.insuredWithPolicy(LineOfBusiness::GeneralLiability);
    MainWindow window(db.manager);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openInsured(insured.id);
    DocumentsTab* tab = window.documentsTab();
    window.tabs()->setCurrentWidget(tab);

    // What Outlook puts on the drag (Qt passes Windows formats through under these names): no file URLs, the
    // attachments' names in FileGroupDescriptorW and the first one's bytes in FileContents.
    QFile pdf(corpus(QStringLiteral("okular-file1.pdf")));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QMimeData mime;
    mime.setData(QStringLiteral("application/x-qt-windows-mime;value=\"FileGroupDescriptorW\""),
                 fileGroupDescriptorW({{QStringLiteral("Declarations GL 2026.pdf"), bytes.size()},
                                       {QStringLiteral("Invoice 4411.pdf"), 1000}}));
    mime.setData(QStringLiteral("application/x-qt-windows-mime;value=\"FileContents\""), bytes);
    const QPoint pos = tab->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.ignore();
    QApplication::sendEvent(tab, &enter);
    REQUIRE(enter.isAccepted());
    MessageBox::clearLog();
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tab, &drop);
    REQUIRE(drop.isAccepted());
    // Outlook hands over one attachment per drag: the other is named so the CSR drags it next.
    CHECK(MessageBox::lastText().contains(QStringLiteral("Invoice 4411.pdf")));

    auto* dialog = tab->findChild<DocumentMetadataDialog*>();
    REQUIRE(dialog);
    REQUIRE(dialog->filesTable()->rowCount() == 1);
    dialog->typeCombo()->setCurrentText(QStringLiteral("Declarations"));
    MessageBox::clearLog();
    QTest::mouseClick(child<QPushButton>(dialog, "confirmAddDocumentsButton"), Qt::LeftButton);
    REQUIRE(waitFor(
        [&] {
            auto docs = DocumentService(db.manager).forInsured(insured.id);
            return !tab->addController()->isRunning() && docs && !docs->empty();
        },
        20000));
    const Document added = DocumentService(db.manager).forInsured(insured.id)->front();
    CHECK(added.fileName == QStringLiteral("Declarations GL 2026.pdf"));
    CHECK(added.type == QStringLiteral("Declarations"));
    CHECK(added.sha256 == QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
}
