// Keyboard and screen-reader access to the main dialogs: Tab reaches every control in reading order,
// and every control has a name a screen reader can say (its own, its label's or its text).
#include "AgencyProfileDialog.h"
#include "CatchCompat.h"
#include "CertificateMasterService.h"
#include "GuiTestSupport.h"
#include "HolderDialog.h"
#include "LoginDialog.h"
#include "MasterDialog.h"
#include "PolicyDialog.h"
#include "PrintQueueDialog.h"
#include "RejectionReasonsDialog.h"
#include "RenewPolicyDialog.h"
#include "RenewalRunSummaryDialog.h"
#include "RequestIntakeDialog.h"
#include "RequestListService.h"
#include "RequestPreviewDialog.h"
#include "RequestRejectDialog.h"
#include "RequestService.h"
#include "RequestSubmitDialog.h"
#include "UsersDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QDialog>
#include <QScrollBar>
#include <QTabBar>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

QString describe(const QWidget* w)
{
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

/// What a screen reader announces for \a w.
QString accessibleName(QWidget* w)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

/// The controls Tab should visit: visible, enabled, taking focus by Tab, not a part of another control.
QList<QWidget*> tabStops(QDialog* dialog)
{
    QList<QWidget*> stops;
    for (QWidget* w : dialog->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(dialog) || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
            continue;
        if (qobject_cast<QScrollBar*>(w) || qobject_cast<QTabBar*>(w))
            continue;
        bool inside = false; // an editor inside a view or a spin box's line edit is reached through its owner
        for (QWidget* p = w->parentWidget(); p && p != dialog; p = p->parentWidget()) {
            if (qobject_cast<QAbstractItemView*>(p) || (p->focusPolicy() & Qt::TabFocus))
                inside = true;
        }
        if (!inside)
            stops << w;
    }
    return stops;
}

/// Presses Tab from the dialog's first control until focus comes back, returning the controls in order.
QList<QWidget*> walkTabOrder(QDialog* dialog)
{
    dialog->show();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    dialog->activateWindow();
    QApplication::setActiveWindow(dialog);
    REQUIRE(waitFor([&] { return QApplication::focusWidget() != nullptr; }));
    QWidget* start = QApplication::focusWidget();
    QList<QWidget*> order{start};
    for (int step = 0; step < 300; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* now = QApplication::focusWidget();
        if (!now || now == start)
            break;
        if (!order.contains(now))
            order << now;
    }
    return order;
}

void checkDialog(QDialog* dialog)
{
    INFO(dialog->metaObject()->className());
    const QList<QWidget*> order = walkTabOrder(dialog);
    if (qEnvironmentVariableIsSet("AGENCYDESK_PRINT_TAB_ORDER")) {
        for (QWidget* w : order)
            qInfo("%s", qUtf8Printable(describe(w)));
    }
    for (QWidget* stop : tabStops(dialog)) {
        INFO("not reached by Tab: " << describe(stop).toStdString());
        CHECK(order.contains(stop));
    }
    for (QWidget* w : order) {
        INFO("no accessible name: " << describe(w).toStdString());
        CHECK_FALSE(accessibleName(w).isEmpty());
    }
    // A control inside a table (an insurer letter box) follows its table, not the dialog's buttons.
    for (int i = 1; i < order.size(); ++i) {
        QAbstractItemView* view = nullptr;
        for (QWidget* p = order[i]->parentWidget(); p && !view; p = p->parentWidget())
            view = qobject_cast<QAbstractItemView*>(p);
        if (!view)
            continue;
        INFO(describe(order[i]).toStdString() << " comes after " << describe(order[i - 1]).toStdString());
        CHECK((order[i - 1] == view || view->isAncestorOf(order[i - 1])));
    }
    // Reading order: within one group of the form, Tab never jumps back up to an earlier row.
    for (int i = 1; i < order.size(); ++i) {
        QWidget* a = order[i - 1];
        QWidget* b = order[i];
        if (a->parentWidget() != b->parentWidget())
            continue;
        INFO("Tab goes up from " << describe(a).toStdString() << " to " << describe(b).toStdString());
        CHECK(b->mapTo(dialog, QPoint()).y() >= a->mapTo(dialog, QPoint()).y() - 4);
    }
    dialog->reject();
}

} // namespace

TEST_CASE("gui: Tab walks the main dialogs in reading order, and every control has a name", "[gui][keyboard]")
{
    SeededDatabase db(10);
    const auto [insured, policy] = db.insuredWithPolicy(LineOfBusiness::GeneralLiability);

    SECTION("policy")
    {
        PolicyDialog dialog(db.manager, insured.id, policy.id);
        checkDialog(&dialog);
    }
    SECTION("new policy")
    {
        PolicyDialog dialog(db.manager, insured.id, std::nullopt);
        checkDialog(&dialog);
    }
    SECTION("certificate master and holder")
    {
        CertificateMaster master;
        master.insuredId = insured.id;
        master.name = QStringLiteral("Standard liability");
        MasterPolicy line;
        line.policyId = policy.id;
        master.policies.push_back(line);
        auto created = CertificateMasterService(db.manager).create(master);
        REQUIRE(created.ok());
        MasterDialog masterDialog(db.manager, insured.id, *created);
        checkDialog(&masterDialog);
        HolderDialog holderDialog(db.manager, *created, std::nullopt);
        checkDialog(&holderDialog);
    }
    SECTION("agency profile")
    {
        AgencyProfileDialog dialog(db.manager);
        checkDialog(&dialog);
    }
    SECTION("users")
    {
        UsersDialog dialog(db.manager);
        checkDialog(&dialog);
    }
    SECTION("certificate request desk")
    {
        CertificateRequest input;
        input.insuredId = insured.id;
        input.holder.name = QStringLiteral("Bayside Property Group");
        input.holder.address1 = QStringLiteral("400 Harbor Blvd");
        input.holder.city = QStringLiteral("Boston");
        input.holder.state = QStringLiteral("MA");
        input.holder.postalCode = QStringLiteral("02110");
        input.holder.email = QStringLiteral("certs@bayside.example");
        input.notes = QStringLiteral("Call first.");
        auto id = RequestService(db.manager).intake(input);
        REQUIRE(id.ok());
        auto request = RequestListService(db.manager).get(*id);
        REQUIRE(request.ok());
        RequestPreviewDialog preview(db.manager, *id);
        checkDialog(&preview);
        RequestSubmitDialog submit(db.manager, *request);
        checkDialog(&submit);
        RequestRejectDialog reject(db.manager, *request);
        checkDialog(&reject);
        RejectionReasonsDialog reasons(db.manager);
        checkDialog(&reasons);
        RequestIntakeDialog intake(db.manager);
        intake.setInsured(insured.id);
        checkDialog(&intake);
    }
    SECTION("renewals")
    {
        RenewPolicyDialog renew(db.manager, policy.id);
        REQUIRE(renew.isValid());
        checkDialog(&renew);
        RenewalRunSummary summary;
        summary.masters = 1;
        summary.items.push_back({});
        summary.items.back().masterName = QStringLiteral("Standard");
        summary.items.back().holderName = QStringLiteral("Bayside Property Group");
        RenewalRunSummaryDialog summaryDialog(summary, QStringLiteral("Summary"));
        checkDialog(&summaryDialog);
        PrintQueueDialog queue(db.manager);
        checkDialog(&queue);
    }
    SECTION("login")
    {
        LoginDialog dialog(db.manager.db);
        checkDialog(&dialog);
    }
}
