// Sharing documents with the client's portal account: green check, activity rows, pending notifications for the
// mail service, resend, and un-sharing taking the document out of what the client sees at once.
#include "ActivityService.h"
#include "CatchCompat.h"
#include "DocumentService.h"
#include "DocumentSharingService.h"
#include "DocumentTestData.h"
#include "InsuredService.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QVariant>

using namespace agencydesk;

namespace {

struct Shelf
{
    test::TestDatabase t;
    qint64 insuredId = 0;
    QList<qint64> ids;

    Shelf()
    {
        Insured i;
        i.name = QStringLiteral("Harbor Point Roofing LLC");
        insuredId = *InsuredService(t.manager).create(i);
        for (const char* name : {"okular-file1.pdf", "okular-file2.pdf", "okular-synctextest.pdf"}) {
            DocumentFile f;
            f.path = test::corpusFile(QStringLiteral("real/") + QLatin1String(name));
            f.metadata = {insuredId, std::nullopt, QStringLiteral("Policy"), QDate(2026, 1, 2), {}};
            ids << DocumentService(t.manager).add(f)->documentIds[0];
        }
    }
};

} // namespace

TEST_CASE("sharing many documents with a notification: one pending notification, an activity row per document")
{
    Shelf s;
    DocumentSharingService sharing(s.t.manager);
    Result<std::vector<qint64>> n = sharing.setShared({s.ids[0], s.ids[1]}, true, true);
    REQUIRE(n.ok());
    REQUIRE(n->size() == 1);
    Result<std::vector<Document>> portal = sharing.portalDocuments(s.insuredId);
    REQUIRE(portal->size() == 2);
    CHECK(DocumentService(s.t.manager).get(s.ids[0])->shared);
    CHECK_FALSE(DocumentService(s.t.manager).get(s.ids[2])->shared);
    Result<std::vector<DocumentNotification>> pending = sharing.pendingNotifications();
    REQUIRE(pending->size() == 1);
    CHECK(pending->front().insuredId == s.insuredId);
    CHECK(pending->front().reason == QStringLiteral("shared"));
    CHECK(pending->front().documentIds == std::vector<qint64>{s.ids[0], s.ids[1]});
    int shared = 0;
    const std::vector<Activity> trail = *ActivityService(s.t.manager).forInsured(s.insuredId);
    for (const Activity& a : trail)
        shared += a.action == QLatin1String("shared") ? 1 : 0;
    CHECK(shared == 2);
    // Sharing what is already shared changes nothing and asks for no notification.
    CHECK(sharing.setShared({s.ids[0]}, true, true)->empty());
    CHECK(sharing.pendingNotifications()->size() == 1);
}

TEST_CASE("sharing without notifying records no notification - resend asks for one for the shared documents")
{
    Shelf s;
    DocumentSharingService sharing(s.t.manager);
    REQUIRE(sharing.setShared({s.ids[2]}, true, false).ok());
    CHECK(sharing.pendingNotifications()->empty());
    Result<std::vector<qint64>> resent = sharing.resendNotification({s.ids[2], s.ids[1]});
    REQUIRE(resent.ok());
    REQUIRE(sharing.pendingNotifications()->size() == 1);
    CHECK(sharing.pendingNotifications()->front().reason == QStringLiteral("resent"));
    CHECK(sharing.pendingNotifications()->front().documentIds == std::vector<qint64>{s.ids[2]});
    Result<std::vector<qint64>> none = sharing.resendNotification({s.ids[0]});
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message == QStringLiteral("No notification: okular-file1.pdf is not shared with the client."));
    // The mail service marks it sent.
    REQUIRE(sharing.markNotificationSent(resent->front(), 42).ok());
    CHECK(sharing.pendingNotifications()->empty());
    CHECK_FALSE(sharing.markNotificationSent(resent->front()).ok());
}

TEST_CASE("un-sharing removes the document from the portal at once and cancels a notification left with nothing")
{
    Shelf s;
    DocumentSharingService sharing(s.t.manager);
    REQUIRE(sharing.setShared({s.ids[0]}, true, true).ok());
    REQUIRE(sharing.setShared({s.ids[1]}, true, true).ok());
    REQUIRE(sharing.setShared({s.ids[0]}, false).ok());
    Result<std::vector<Document>> portal = sharing.portalDocuments(s.insuredId);
    REQUIRE(portal->size() == 1);
    CHECK(portal->front().id == s.ids[1]);
    Result<std::vector<DocumentNotification>> pending = sharing.pendingNotifications();
    REQUIRE(pending->size() == 1); // the first one (only ids[0]) was cancelled
    CHECK(pending->front().documentIds == std::vector<qint64>{s.ids[1]});
    CHECK(sharing.notificationsFor(s.insuredId)->front().status == QStringLiteral("pending"));
    CHECK(sharing.notificationsFor(s.insuredId)->back().status == QStringLiteral("cancelled"));
}

TEST_CASE("a view-only user may not share, and nothing changes")
{
    Shelf s;
    Result<std::vector<qint64>> r = DocumentSharingService(s.t.as(Role::PayrollAdvisor)).setShared(s.ids, true, true);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Permission);
    CHECK(DocumentSharingService(s.t.manager).portalDocuments(s.insuredId)->empty());
}
