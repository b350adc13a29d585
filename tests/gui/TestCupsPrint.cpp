// A certificate printed through a real CUPS queue (cups-pdf): the job arrives as one Letter page.
// The test sets CUPS up itself (CI is a fresh Debian machine, running as root): it starts cupsd when it is not
// running and adds the PDF queue when it is missing. It fails, never skips, when CUPS cannot be started.
#include "CatchCompat.h"
#include "CertificatePrinter.h"
#include "CertificateTestBook.h"
#include "GuiTestSupport.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QPrinter>
#include <QPrinterInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

#include <poppler-qt6.h>
#include <pwd.h>
#include <unistd.h>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

const QString kQueue = QStringLiteral("PDF");

bool schedulerRunning()
{
    const ProcessResult r = runProcess(QStringLiteral("lpstat"), {QStringLiteral("-r")}, {}, 10000);
    return r.exitCode == 0 && r.out.contains(QStringLiteral("scheduler is running"));
}

/// Polls \a condition every 250 ms for up to \a seconds: waiting for a daemon or a job, not a timing assertion.
bool pollFor(const std::function<bool()>& condition, int seconds)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > seconds * 1000)
            return false;
        QThread::msleep(250);
    }
    return true;
}

void ensureCupsQueue()
{
    if (!schedulerRunning()) {
        INFO("cupsd is not installed: install cups and printer-driver-cups-pdf (tools/dev.sh does)");
        REQUIRE(QFileInfo(QStringLiteral("/usr/sbin/cupsd")).isExecutable());
        // Its own session, so it outlives this test and is not killed with the test's process group; no
        // inherited stdout/stderr, or CTest would wait for the daemon to close this test's output pipe.
        QProcess cupsd;
        cupsd.setProgram(QStringLiteral("setsid"));
        cupsd.setArguments({QStringLiteral("/usr/sbin/cupsd"), QStringLiteral("-f")});
        cupsd.setStandardInputFile(QProcess::nullDevice());
        cupsd.setStandardOutputFile(QProcess::nullDevice());
        cupsd.setStandardErrorFile(QProcess::nullDevice());
        REQUIRE(cupsd.startDetached());
        INFO("cupsd was started but its scheduler did not answer within 30 s");
        REQUIRE(pollFor(schedulerRunning, 30));
    }
    if (runProcess(QStringLiteral("lpstat"), {QStringLiteral("-p"), kQueue}, {}, 10000).exitCode != 0) {
        const ProcessResult added = runProcess(
            QStringLiteral("/usr/sbin/lpadmin"),
            {QStringLiteral("-p"), kQueue, QStringLiteral("-v"), QStringLiteral("cups-pdf:/"), QStringLiteral("-P"),
             QStringLiteral("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"), QStringLiteral("-E")},
            {}, 30000);
        INFO("lpadmin: " << added.err.toStdString());
        REQUIRE(added.exitCode == 0);
    }
    // A queue left stopped by an earlier failed job would hold ours.
    runProcess(QStringLiteral("/usr/sbin/cupsenable"), {kQueue}, {}, 10000);
    runProcess(QStringLiteral("/usr/sbin/cupsaccept"), {kQueue}, {}, 10000);
}

/// Where cups-pdf may put the file: its configured Out folder (with ${HOME} and ${USER} of the job's user),
/// $HOME/PDF, and the spool folder it uses for anonymous jobs.
QStringList outputFolders()
{
    const passwd* pw = getpwuid(geteuid());
    const QString home = pw ? QString::fromLocal8Bit(pw->pw_dir) : QDir::homePath();
    const QString user = pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
    QStringList folders;
    QFile conf(QStringLiteral("/etc/cups/cups-pdf.conf"));
    if (conf.open(QIODevice::ReadOnly)) {
        const QRegularExpression out(QStringLiteral("^\\s*Out\\s+(\\S+)"));
        for (const QByteArray& line : conf.readAll().split('\n')) {
            const QRegularExpressionMatch m = out.match(QString::fromLocal8Bit(line));
            if (m.hasMatch())
                folders << QString(m.captured(1))
                               .replace(QStringLiteral("${HOME}"), home)
                               .replace(QStringLiteral("${USER}"), user);
        }
    }
    folders << home + QStringLiteral("/PDF") << QDir::homePath() + QStringLiteral("/PDF")
            << QStringLiteral("/var/spool/cups-pdf/ANONYMOUS") << QStringLiteral("/var/spool/cups-pdf/") + user;
    folders.removeDuplicates();
    return folders;
}

QHash<QString, QDateTime> pdfFiles(const QStringList& folders)
{
    QHash<QString, QDateTime> files;
    for (const QString& folder : folders) {
        for (const QFileInfo& f : QDir(folder).entryInfoList({QStringLiteral("*.pdf")}, QDir::Files))
            files.insert(f.absoluteFilePath(), f.lastModified());
    }
    return files;
}

} // namespace

TEST_CASE("print: a certificate printed to a real CUPS queue arrives as one Letter page", "[print][cups]")
{
    ensureCupsQueue();
    REQUIRE(QPrinterInfo::availablePrinterNames().contains(kQueue));

    CertificateBook book;
    const IssuedCertificate issued = book.issue(book.holderId);
    const QStringList folders = outputFolders();
    const QHash<QString, QDateTime> before = pdfFiles(folders);

    QPrinter printer(QPrinter::HighResolution);
    printer.setPrinterName(kQueue);
    REQUIRE(printer.isValid());
    REQUIRE(printer.outputFormat() == QPrinter::NativeFormat);
    const Status printed = CertificatePrinter::print(book.manager, issued.number, printer);
    INFO((printed ? QString() : printed.error().message).toStdString());
    REQUIRE(printed.ok());
    CHECK(book.deliveries(issued.id) == QStringList{QStringLiteral("printed|PDF")});

    // cups-pdf runs Ghostscript and writes the file a few seconds later: wait for a new PDF that has stopped
    // growing and opens.
    QString arrived;
    qint64 lastSize = -1;
    const bool done = pollFor(
        [&] {
            const QHash<QString, QDateTime> now = pdfFiles(folders);
            for (auto it = now.cbegin(); it != now.cend(); ++it) {
                if (before.contains(it.key()) && before.value(it.key()) == it.value())
                    continue;
                const qint64 size = QFileInfo(it.key()).size();
                if (it.key() == arrived && size == lastSize && size > 0 && Poppler::Document::load(arrived))
                    return true;
                arrived = it.key();
                lastSize = size;
            }
            return false;
        },
        60);
    INFO("looked in " << folders.join(QStringLiteral(", ")).toStdString());
    REQUIRE(done);
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(arrived);
    REQUIRE(doc);
    // Ghostscript's Type 3 fonts hide the text; the page count and size are what the printer gets.
    CHECK(doc->numPages() == 1);
    const QSizeF size = doc->page(0)->pageSizeF();
    CHECK(qRound(size.width()) == 612);
    CHECK(qRound(size.height()) == 792);
    QFile::remove(arrived);
}
