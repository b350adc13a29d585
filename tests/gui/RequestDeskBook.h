#pragma once

// The Requests tab's GUI tests' book and helpers (TestRequestsTab.cpp, TestRequestIntake.cpp).
#include "CatchCompat.h"
#include "CertificateHolderService.h"
#include "CertificateMasterService.h"
#include "CertificateService.h"
#include "FileDialog.h"
#include "GuiTestSupport.h"
#include "LanguageLoader.h"
#include "MailTestSupport.h"
#include "MainWindow.h"
#include "RejectionReasonService.h"
#include "RejectionReasonsDialog.h"
#include "RequestCertificateEditor.h"
#include "RequestFilterBar.h"
#include "RequestInfoWidget.h"
#include "RequestIntakeDialog.h"
#include "RequestListService.h"
#include "RequestPreviewDialog.h"
#include "RequestRejectDialog.h"
#include "RequestService.h"
#include "RequestSubmitDialog.h"
#include "RequestTableModel.h"
#include "RequestsTab.h"
#include "ShortcutsDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QUrl>

#include <memory>
#include <poppler-qt6.h>

namespace agencydesk::test {

template <typename T> T checked(const Result<T>& r)
{
    if (!r)
        throw std::runtime_error(r.error().message.toStdString());
    return *r;
}

inline QString sha256(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

inline QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out << s.toString();
    return out;
}

/// The demo book plus a customer with an email, eligible for automation, a GL and a WC policy on one master, and
/// mail pointing at \a server (or at a port nothing listens on: emails stay queued).
struct DeskBook : SeededDatabase
{
    qint64 insuredId = 0;
    qint64 masterId = 0;

    explicit DeskBook(const SmtpTestServer* server = nullptr) : SeededDatabase(10)
    {
        Insured insured;
        insured.name = QStringLiteral("Granite HVAC Corp.");
        insured.address1 = QStringLiteral("12 Elm St");
        insured.city = QStringLiteral("Portland");
        insured.state = QStringLiteral("ME");
        insured.postalCode = QStringLiteral("04101");
        insured.email = QStringLiteral("office@granite.example");
        insuredId = checked(InsuredService(manager).create(insured));
        Policy gl;
        gl.insuredId = insuredId;
        gl.number = QStringLiteral("GLP-7781234");
        gl.line = LineOfBusiness::GeneralLiability;
        gl.carrierName = QStringLiteral("Acme Casualty Company");
        gl.effective = QDate::currentDate().addDays(-30);
        gl.expiration = QDate::currentDate().addDays(300);
        gl.coverages = {{QStringLiteral("EachOccurrence"), 1000000}, {QStringLiteral("GeneralAggregate"), 2000000}};
        const qint64 glId = checked(PolicyService(manager).create(gl));
        Policy wc;
        wc.insuredId = insuredId;
        wc.number = QStringLiteral("WCX-5550001");
        wc.line = LineOfBusiness::WorkersComp;
        wc.carrierName = QStringLiteral("Erie Insurance Exchange");
        wc.effective = QDate::currentDate().addDays(-30);
        wc.expiration = QDate::currentDate().addDays(335);
        wc.coverages = {{QStringLiteral("ELEachAccident"), 500000}};
        const qint64 wcId = checked(PolicyService(manager).create(wc));
        CertificateMaster master;
        master.insuredId = insuredId;
        master.name = QStringLiteral("Standard certificate");
        master.description = QStringLiteral("HVAC installation and service.");
        master.policies = {MasterPolicy{}, MasterPolicy{}};
        master.policies[0].policyId = glId;
        master.policies[1].policyId = wcId;
        masterId = checked(CertificateMasterService(manager).create(master));
        if (server) {
            configureMail(manager, mailSettingsFor(*server));
        } else {
            MailSettings m;
            m.host = QStringLiteral("127.0.0.1");
            m.port = 9;
            m.fromAddress = kAgencyFrom;
            m.bccAddress = kAgencyBcc;
            configureMail(manager, m);
        }
    }

    /// A request that goes to the manual list: it has notes.
    CertificateRequest manualRequest(const QString& notes = QStringLiteral("Holder wants it by Friday.")) const
    {
        CertificateRequest r;
        r.insuredId = insuredId;
        r.masterId = masterId;
        r.holder.name = QStringLiteral("Bayside Property Group");
        r.holder.address1 = QStringLiteral("400 Harbor Blvd");
        r.holder.city = QStringLiteral("Boston");
        r.holder.state = QStringLiteral("MA");
        r.holder.postalCode = QStringLiteral("02110");
        r.holder.email = QStringLiteral("certs@bayside.example");
        r.source = RequestSource::Phone;
        r.notes = notes;
        return r;
    }

    CertificateRequest request(qint64 id) const { return checked(RequestListService(manager).get(id)); }

    qint64 count(const QString& sql) const
    {
        QSqlQuery q = db->query();
        if (!q.exec(sql) || !q.next())
            throw std::runtime_error(sql.toStdString());
        return q.value(0).toLongLong();
    }
};

/// When a modal \a T becomes the active modal window, runs \a answer on it (which closes it). The returned flag
/// says it ran.
template <typename T> std::shared_ptr<bool> onModal(std::function<void(T*)> answer)
{
    auto done = std::make_shared<bool>(false);
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, done, answer] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        *done = true;
        answer(dialog);
    });
    timer->start();
    return done;
}

/// The text of a PDF's pages through Poppler, spaces simplified.
inline QString pdfText(const QByteArray& pdf)
{
    auto doc = Poppler::Document::loadFromData(pdf);
    REQUIRE(doc);
    QString text;
    for (int i = 0; i < doc->numPages(); ++i)
        text += doc->page(i)->text(QRectF()) + QLatin1Char('\n');
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

inline QString tabTitle(const MainWindow& window)
{
    return window.tabs()->tabText(window.tabs()->indexOf(window.requestsTab()));
}

inline QString cell(const RequestsTab* tab, qint64 id, int column)
{
    return tab->model()->index(tab->model()->rowOfId(id), column).data().toString();
}

inline QAction* action(const RequestsTab* tab, const char* name)
{
    return child<QAction>(tab, name);
}

/// Types the holder into the New request dialog.
inline void fillHolder(RequestIntakeDialog* d, const QString& name)
{
    child<QLineEdit>(d, "intakeHolderNameLineEdit")->setText(name);
    child<QLineEdit>(d, "intakeHolderAddress1LineEdit")->setText(QStringLiteral("400 Harbor Blvd"));
    child<QLineEdit>(d, "intakeHolderCityLineEdit")->setText(QStringLiteral("Boston"));
    child<QLineEdit>(d, "intakeHolderStateLineEdit")->setText(QStringLiteral("MA"));
    child<QLineEdit>(d, "intakeHolderPostalLineEdit")->setText(QStringLiteral("02110"));
    child<QLineEdit>(d, "intakeHolderEmailLineEdit")->setText(QStringLiteral("certs@bayside.example"));
}

/// Finds the customer in the New request dialog as a CSR types it, then presses Enter (which searches at once and
/// leaves the dialog open).
inline void findCustomer(RequestIntakeDialog* d, const QString& text)
{
    auto* search = child<QLineEdit>(d, "intakeCustomerSearchLineEdit");
    search->setFocus();
    search->clear();
    QTest::keyClicks(search, text);
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(d->isVisible());
    CHECK(d->requestId() == 0);
}

inline void showWindow(MainWindow& window)
{
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.tabs()->setCurrentWidget(window.requestsTab());
}
} // namespace agencydesk::test
