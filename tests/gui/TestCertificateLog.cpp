// The certificate log widget with real issued certificates: rows, status, deliveries, actions and roles.
#include "CatchCompat.h"
#include "CertificateLogModel.h"
#include "CertificateLogWidget.h"
#include "CertificateTestBook.h"
#include "FileDialog.h"
#include "GuiTestSupport.h"
#include "TestConfig.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

QString cell(const CertificateLogWidget& log, int row, int column)
{
    return log.model()->index(row, column).data().toString();
}

} // namespace

TEST_CASE("gui: the certificate log lists an insured's certificates newest first with their status", "[gui][certlog]")
{
    CertificateBook book;
    const IssuedCertificate first = book.issue(book.holderId);
    const IssuedCertificate forced = book.issue(book.strictHolderId, true);
    const IssuedCertificate second = book.issue(book.holderId); // re-issue: revision 2 supersedes revision 1

    CertificateLogWidget log(book.manager);
    QAbstractItemModelTester tester(log.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    log.showInsured(book.insuredId);
    REQUIRE(log.model()->rowCount() == 3);
    CHECK(cell(log, 0, CertificateLogModel::Number) == second.number);
    CHECK(cell(log, 1, CertificateLogModel::Number) == forced.number);
    CHECK(cell(log, 2, CertificateLogModel::Number) == first.number);
    CHECK(cell(log, 0, CertificateLogModel::Revision) == QStringLiteral("2"));
    CHECK(cell(log, 0, CertificateLogModel::Holder) == QStringLiteral("Back Cove Property Trust"));
    CHECK(cell(log, 0, CertificateLogModel::IssuedBy) == book.manager.user.userName);
    CHECK(cell(log, 0, CertificateLogModel::Status) == QStringLiteral("Current"));
    CHECK(cell(log, 1, CertificateLogModel::Status) == QStringLiteral("Current, override"));
    CHECK(cell(log, 2, CertificateLogModel::Status) == QStringLiteral("Superseded by rev 2"));
    CHECK(cell(log, 2, CertificateLogModel::Delivered) == QStringLiteral("—"));
    // Issued in local time, as the CSR's clock shows it.
    const QDateTime issuedLocal = QDateTime::fromString(second.issuedAt, Qt::ISODateWithMs).toLocalTime();
    CHECK(cell(log, 0, CertificateLogModel::Issued) == issuedLocal.toString(QStringLiteral("MM/dd/yyyy HH:mm")));

    // One holder: only its two revisions.
    log.showHolder(book.holderId);
    REQUIRE(log.model()->rowCount() == 2);
    CHECK(cell(log, 0, CertificateLogModel::Number) == second.number);
    CHECK(cell(log, 1, CertificateLogModel::Status) == QStringLiteral("Superseded by rev 2"));
}

TEST_CASE("gui: Save as PDF from the log writes the file and the Delivered column shows saved", "[gui][certlog]")
{
    CertificateBook book;
    book.issue(book.holderId);
    const IssuedCertificate current = book.issue(book.holderId);
    CertificateLogWidget log(book.manager);
    log.resize(1000, 320);
    log.show();
    log.activateWindow(); // shortcuts of the log work while its window is active
    REQUIRE(QTest::qWaitForWindowActive(&log));
    log.showInsured(book.insuredId);
    QSignalSpy selectedSpy(&log, &CertificateLogWidget::certificateSelected);
    REQUIRE(log.selectNumber(current.number));
    CHECK(log.selectedNumber() == current.number);
    REQUIRE(selectedSpy.size() == 1);
    CHECK(selectedSpy.takeFirst().at(0).toString() == current.number);

    // Enter previews (the tab shows the stored bytes).
    log.view()->setFocus();
    QTest::keyClick(log.view(), Qt::Key_Return);
    REQUIRE(selectedSpy.size() == 1);
    CHECK(selectedSpy.takeFirst().at(0).toString() == current.number);

    // Ctrl+Shift+S: the save dialog (answered in advance), then the stored bytes on disk.
    const QString path = book.dir.filePath(QStringLiteral("from-log.pdf"));
    FileDialog::setNextFileName(path);
    QTest::keyClick(log.view(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(FileDialog::lastSuggestedPath().endsWith(QStringLiteral("%1-rev2.pdf").arg(current.number)));
    CHECK(readBytes(path) == current.pdf);
    const int row = log.model()->rowOfNumber(current.number);
    REQUIRE(row >= 0);
    CHECK(cell(log, row, CertificateLogModel::Delivered) == QStringLiteral("saved"));
    CHECK(log.model()->index(row, CertificateLogModel::Delivered).data(Qt::ToolTipRole).toString().contains(path));
    CHECK(log.selectedNumber() == current.number); // the reload keeps the selection

    // A second save through the button counts up.
    FileDialog::setNextFileName(book.dir.filePath(QStringLiteral("again.pdf")));
    child<QPushButton>(&log, "saveCertificateButton")->click();
    CHECK(cell(log, row, CertificateLogModel::Delivered) == QStringLiteral("saved ×2"));
    CHECK(MessageBox::shownCount() == 0);
    saveScreenshot(&log, QStringLiteral("certificate-log.png"));
}

TEST_CASE("gui: the log's print, save and re-issue follow the user's role", "[gui][certlog]")
{
    CertificateBook book;
    const IssuedCertificate issued = book.issue(book.holderId);

    CertificateLogWidget viewOnly(book.as(Role::PayrollAdvisor));
    viewOnly.showInsured(book.insuredId);
    CHECK_FALSE(viewOnly.previewAction()->isEnabled()); // nothing selected yet
    REQUIRE(viewOnly.selectNumber(issued.number));
    CHECK(viewOnly.previewAction()->isEnabled());
    CHECK_FALSE(viewOnly.printAction()->isEnabled());
    CHECK_FALSE(viewOnly.printPreviewAction()->isEnabled());
    CHECK_FALSE(viewOnly.saveAction()->isEnabled());
    CHECK_FALSE(viewOnly.reissueAction()->isEnabled());
    CHECK_FALSE(child<QPushButton>(&viewOnly, "printCertificateButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&viewOnly, "saveCertificateButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&viewOnly, "reissueCertificateButton")->isEnabled());

    CertificateLogWidget specialist(book.as(Role::CertificateSpecialist));
    specialist.showInsured(book.insuredId);
    REQUIRE(specialist.selectNumber(issued.number));
    CHECK(specialist.printAction()->isEnabled());
    CHECK(specialist.saveAction()->isEnabled());
    QSignalSpy reissue(&specialist, &CertificateLogWidget::reissueRequested);
    child<QPushButton>(&specialist, "reissueCertificateButton")->click();
    REQUIRE(reissue.size() == 1);
    CHECK(reissue.first().at(0).toLongLong() == book.masterId);
    CHECK(reissue.first().at(1).toLongLong() == book.holderId);
}

TEST_CASE("gui: an insured without certificates says so", "[gui][certlog]")
{
    CertificateBook book;
    CertificateLogWidget log(book.manager);
    log.resize(900, 240);
    log.show();
    REQUIRE(QTest::qWaitForWindowExposed(&log));
    log.showInsured(book.insuredId);
    CHECK(log.model()->rowCount() == 0);
    auto* empty = child<QLabel>(&log, "certificateLogEmptyLabel");
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("No certificate")));
    CHECK_FALSE(log.printAction()->isEnabled());
}
