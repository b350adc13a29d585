// agencydesk-cli doc add | list | share | unshare | export | search against a real SQLite file, with real PDFs
// from the corpus (tests/data/pdf) and damaged ones in the same command.
#include "CatchCompat.h"
#include "DocumentService.h"
#include "DocumentSharingService.h"
#include "DocumentTestData.h"
#include "InsuredService.h"
#include "TestConfig.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace agencydesk;
using namespace Qt::StringLiterals;

namespace {

test::ProcessResult cli(const QString& db, const QStringList& args, const QString& user = u"boss"_s)
{
    QStringList all = {u"--database"_s, db, u"--user"_s, user};
    all << args;
    return test::runProcess(QStringLiteral(AGENCYDESK_CLI_PATH), all, {u"AGENCYDESK_PASSWORD="_s + test::kPassword});
}

struct Book
{
    test::TestDatabase t;
    qint64 insuredId = 0;

    Book()
    {
        Insured i;
        i.name = u"Cascade Ridge Builders LLC"_s;
        insuredId = *InsuredService(t.manager).create(i);
    }
};

} // namespace

TEST_CASE("cli: doc add adds the good files, reports each bad one on its own line and exits 3")
{
    Book b;
    const QString empty = test::writeFile(b.t.dir.path(), u"empty.pdf"_s, {});
    test::ProcessResult r = cli(
        b.t.path(), {u"doc"_s, u"add"_s, test::corpusFile(u"real/okular-file1.pdf"_s),
                     test::corpusFile(u"real/okular-protected.pdf"_s), test::corpusFile(u"broken/qpdf-bad1.pdf"_s),
                     empty, test::corpusFile(u"real/okular-file2.pdf"_s), u"--insured"_s, QString::number(b.insuredId),
                     u"--type"_s, u"policy"_s, u"--issue-date"_s, u"2026-11-01"_s, u"--purpose"_s, u"Renewal"_s});
    CHECK(r.exitCode == 3);
    const QStringList out = r.out.trimmed().split(u'\n');
    REQUIRE(out.size() == 2);
    CHECK(out[0].endsWith(u"\tokular-file1.pdf"_s));
    CHECK(out[1].endsWith(u"\tokular-file2.pdf"_s));
    const QStringList err = r.err.trimmed().split(u'\n');
    REQUIRE(err.size() == 3);
    CHECK(err[0].startsWith(u"validation failed: okular-protected.pdf: the PDF is password-protected"_s));
    CHECK(err[1].startsWith(u"validation failed: qpdf-bad1.pdf: "_s));
    CHECK(err[2] == u"validation failed: empty.pdf: the file is empty"_s);
    Result<std::vector<Document>> docs = DocumentService(b.t.manager).forInsured(b.insuredId);
    REQUIRE(docs->size() == 2);
    CHECK(docs->front().type == u"Policy"_s);
    CHECK(docs->front().purpose == u"Renewal"_s);
}

TEST_CASE("cli: doc add refuses an unknown type and a bad date before touching anything")
{
    Book b;
    test::ProcessResult r =
        cli(b.t.path(), {u"doc"_s, u"add"_s, test::corpusFile(u"real/okular-file1.pdf"_s), u"--insured"_s,
                         QString::number(b.insuredId), u"--type"_s, u"Memo"_s, u"--issue-date"_s, u"2026-11-01"_s});
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(u"okular-file1.pdf: \"Memo\" is not a document type"_s));
    r = cli(b.t.path(), {u"doc"_s, u"add"_s, test::corpusFile(u"real/okular-file1.pdf"_s), u"--insured"_s,
                         QString::number(b.insuredId), u"--type"_s, u"Policy"_s, u"--issue-date"_s, u"11/01/2026"_s});
    CHECK(r.exitCode == 3);
    CHECK(r.err.trimmed() == u"validation failed: --issue-date \"11/01/2026\" is not a date (YYYY-MM-DD)"_s);
    r = cli(b.t.path(), {u"doc"_s, u"add"_s, test::corpusFile(u"real/okular-file1.pdf"_s)});
    CHECK(r.exitCode == 2);
    CHECK(DocumentService(b.t.manager).forInsured(b.insuredId)->empty());
}

TEST_CASE("cli: doc list, share --notify, unshare, export and search")
{
    Book b;
    test::ProcessResult add = cli(b.t.path(), {u"doc"_s, u"add"_s, test::corpusFile(u"real/okular-synctextest.pdf"_s),
                                               u"--insured"_s, QString::number(b.insuredId), u"--type"_s,
                                               u"Endorsement"_s, u"--issue-date"_s, u"2026-10-01"_s});
    REQUIRE(add.exitCode == 0);
    const QString id = add.out.section(u'\t', 0, 0).trimmed();

    test::ProcessResult list =
        cli(b.t.path(), {u"--json"_s, u"doc"_s, u"list"_s, u"--insured"_s, QString::number(b.insuredId)});
    REQUIRE(list.exitCode == 0);
    const QJsonArray docs = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(docs.size() == 1);
    CHECK(docs[0][u"fileName"_s].toString() == u"okular-synctextest.pdf"_s);
    CHECK(docs[0][u"type"_s].toString() == u"Endorsement"_s);
    CHECK(docs[0][u"pages"_s].toInt() == 2);
    CHECK(docs[0][u"shared"_s].toBool() == false);

    test::ProcessResult share = cli(b.t.path(), {u"doc"_s, u"share"_s, id, u"--notify"_s});
    REQUIRE(share.exitCode == 0);
    CHECK(share.out.contains(u"The client notification is pending"_s));
    CHECK(DocumentSharingService(b.t.manager).portalDocuments(b.insuredId)->size() == 1);
    CHECK(DocumentSharingService(b.t.manager).pendingNotifications()->size() == 1);
    b.t.as(Role::PayrollAdvisor);
    CHECK(cli(b.t.path(), {u"doc"_s, u"share"_s, id}, u"payroll-advisor"_s).exitCode == 4);

    REQUIRE(cli(b.t.path(), {u"doc"_s, u"unshare"_s, id}).exitCode == 0);
    CHECK(DocumentSharingService(b.t.manager).portalDocuments(b.insuredId)->empty());

    const QString out = b.t.dir.filePath(u"copy.pdf"_s);
    REQUIRE(cli(b.t.path(), {u"doc"_s, u"export"_s, id, u"--out"_s, out}).exitCode == 0);
    CHECK(test::readAll(out) == test::readAll(test::corpusFile(u"real/okular-synctextest.pdf"_s)));
    CHECK(cli(b.t.path(), {u"doc"_s, u"export"_s, u"999"_s, u"--out"_s, out}).exitCode == 6);

    test::ProcessResult search = cli(b.t.path(), {u"--json"_s, u"doc"_s, u"search"_s, u"synctex"_s, u"sample"_s});
    REQUIRE(search.exitCode == 0);
    const QJsonArray hits = QJsonDocument::fromJson(search.out.toUtf8()).array();
    REQUIRE(hits.size() == 1);
    CHECK(hits[0][u"insured"_s].toString() == u"Cascade Ridge Builders LLC"_s);
    test::ProcessResult none = cli(b.t.path(), {u"--json"_s, u"doc"_s, u"search"_s, u"nowhere"_s});
    CHECK(none.exitCode == 0);
    CHECK(QJsonDocument::fromJson(none.out.toUtf8()).array().isEmpty());
}
