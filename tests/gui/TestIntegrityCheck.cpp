#include "CatchCompat.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"

#include <QFile>
#include <QStatusBar>

using namespace agencydesk;
using namespace agencydesk::test;

namespace {

// Reopens the seeded file as the app does for a large database: quick_check deferred at open.
std::shared_ptr<Database> reopenAsLarge(SeededDatabase& seeded, bool damage)
{
    const QString path = seeded.path();
    REQUIRE(execSql(*seeded.db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    seeded.db.reset();
    seeded.manager.db.reset();
    if (damage) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        file.write(QByteArray(32768, '\x33'));
    }
    OpenOptions options;
    options.deferIntegrityCheckAbove = 0;
    auto db = Database::open(path, options);
    REQUIRE(db.ok());
    REQUIRE(db.value()->integrityCheckPending());
    return db.value();
}

} // namespace

TEST_CASE("gui: A large database is checked in the background and a healthy file says so", "[gui][integrity]")
{
    SeededDatabase seeded(200);
    const UserContext user = seeded.manager.user;
    MainWindow window(Session{reopenAsLarge(seeded, false), user});
    window.show();
    REQUIRE(waitFor([&] { return window.statusBar()->currentMessage() == QStringLiteral("Database check passed."); }));
    CHECK(MessageBox::shownCount() == 0);
}

TEST_CASE("gui: A damaged large database shows a warning once the background check finds it", "[gui][integrity]")
{
    SeededDatabase seeded(200);
    const UserContext user = seeded.manager.user;
    MainWindow window(Session{reopenAsLarge(seeded, true), user});
    window.show();
    REQUIRE(waitFor([] { return MessageBox::shownCount() > 0; }, 10000));
    CHECK(MessageBox::lastTitle() == QStringLiteral("The database is damaged"));
    CHECK(MessageBox::lastText().contains(QStringLiteral("restore a backup")));
}
