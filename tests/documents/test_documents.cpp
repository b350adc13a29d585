// Documents through DocumentService and DocumentTypeService: metadata, de-duplication, the text index and the super
// search, policies, saving a copy, deleting, and the manager's type list and size limit.
#include "ActivityService.h"
#include "CatchCompat.h"
#include "DocumentService.h"
#include "DocumentTestData.h"
#include "DocumentTypeService.h"
#include "InsuredService.h"
#include "PolicyService.h"
#include "SearchService.h"
#include "TestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QVariant>

using namespace agencydesk;

namespace {

qint64 scalar(const test::TestDatabase& t, const QString& sql)
{
    QSqlQuery q = t.db->query();
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

struct Book
{
    test::TestDatabase t;
    qint64 harbor = 0;
    qint64 granite = 0;
    qint64 harborPolicy = 0;
    qint64 granitePolicy = 0;

    Book()
    {
        Insured i;
        i.name = QStringLiteral("Harbor Point Roofing LLC");
        harbor = *InsuredService(t.manager).create(i);
        i.name = QStringLiteral("Granite HVAC Corp.");
        granite = *InsuredService(t.manager).create(i);
        harborPolicy = policy(harbor, QStringLiteral("GL-100"));
        granitePolicy = policy(granite, QStringLiteral("GL-200"));
    }

    qint64 policy(qint64 insuredId, const QString& number)
    {
        Policy p;
        p.insuredId = insuredId;
        p.number = number;
        p.line = LineOfBusiness::GeneralLiability;
        p.carrierName = QStringLiteral("Erie Insurance Exchange");
        p.effective = QDate::currentDate();
        p.expiration = p.effective.addYears(1);
        return *PolicyService(t.manager).create(p);
    }

    DocumentFile file(const QString& corpusName, qint64 insuredId) const
    {
        DocumentFile f;
        f.path = test::corpusFile(QStringLiteral("real/") + corpusName);
        f.metadata = {insuredId, std::nullopt, QStringLiteral("declarations"), QDate(2026, 10, 15),
                      QStringLiteral("  Renewal   declarations ")};
        return f;
    }
};

} // namespace

TEST_CASE("an added PDF is listed with its metadata, pages, size, who added it, and an audit row")
{
    Book b;
    DocumentService docs(b.t.manager);
    DocumentFile f = b.file(QStringLiteral("okular-file2.pdf"), b.harbor);
    f.metadata.policyId = b.harborPolicy;
    Result<DocumentAddOutcome> r = docs.add(f);
    REQUIRE(r.ok());
    CHECK(r->notes.isEmpty());
    Result<std::vector<Document>> list = docs.forInsured(b.harbor);
    REQUIRE(list->size() == 1);
    const Document& d = list->front();
    CHECK(d.fileName == QStringLiteral("okular-file2.pdf"));
    CHECK(d.type == QStringLiteral("Declarations")); // the list's spelling
    CHECK(d.issueDate == QDate(2026, 10, 15));
    CHECK(d.purpose == QStringLiteral("Renewal declarations"));
    CHECK(d.policyNumber == QStringLiteral("GL-100"));
    CHECK(d.pageCount == 2);
    CHECK(d.size == 188546);
    CHECK(d.addedByName == b.t.manager.user.userName);
    CHECK_FALSE(d.shared);
    CHECK(docs.forInsured(b.granite)->empty());
    Result<std::vector<Activity>> trail = ActivityService(b.t.manager).forEntity(QStringLiteral("document"), d.id);
    REQUIRE(trail->size() == 1);
    CHECK(trail->front().summary == QStringLiteral("Added document okular-file2.pdf (Declarations, 2 pages)"));
}

TEST_CASE("the same bytes are stored once however often they are added")
{
    Book b;
    DocumentService docs(b.t.manager);
    Result<DocumentAddOutcome> first = docs.add(b.file(QStringLiteral("okular-file1.pdf"), b.harbor));
    Result<DocumentAddOutcome> again = docs.add(b.file(QStringLiteral("okular-file1.pdf"), b.harbor));
    Result<DocumentAddOutcome> other = docs.add(b.file(QStringLiteral("okular-file1.pdf"), b.granite));
    REQUIRE((first.ok() && again.ok() && other.ok()));
    CHECK(again->notes.filter(QStringLiteral("the same content is already this insured's document")).size() == 1);
    CHECK(other->notes.isEmpty()); // another insured: no note
    CHECK(scalar(b.t, QStringLiteral("SELECT count(*) FROM documents")) == 3);
    CHECK(scalar(b.t, QStringLiteral("SELECT count(*) FROM document_blobs")) == 1);
    CHECK(docs.get(first->documentIds[0])->sha256 ==
          DocumentFileReader::sha256Hex(test::readAll(test::corpusFile(QStringLiteral("real/okular-file1.pdf")))));
}

TEST_CASE("a word inside a document finds the document and, in the super search, its insured")
{
    Book b;
    DocumentService docs(b.t.manager);
    REQUIRE(docs.add(b.file(QStringLiteral("okular-synctextest.pdf"), b.granite)).ok());
    REQUIRE(docs.add(b.file(QStringLiteral("okular-file2.pdf"), b.harbor)).ok());
    Result<std::vector<DocumentSearchHit>> hits = docs.search(QStringLiteral("SyncTeX"));
    REQUIRE(hits->size() == 1);
    CHECK(hits->front().insuredName == QStringLiteral("Granite HVAC Corp."));
    CHECK(hits->front().snippet.contains(QStringLiteral("[SyncTeX]")));
    // Words are prefixes and all must appear; case and accents do not matter.
    CHECK(docs.search(QStringLiteral("hola NICE"))->size() == 1);
    CHECK(docs.search(QStringLiteral("hola synctex"))->empty());
    CHECK(docs.search(QStringLiteral("\"*)( -"))->empty()); // no words: no query, no error

    Result<std::vector<SearchHit>> super = SearchService(b.t.manager).search(QStringLiteral("synctex"));
    REQUIRE(super->size() == 1);
    CHECK(super->front().insuredId == b.granite);
    CHECK(super->front().matchedField == QStringLiteral("document"));
    CHECK(super->front().matchedText == QStringLiteral("okular-synctextest.pdf"));
}

TEST_CASE("bad metadata is refused with the file's name and nothing is stored")
{
    Book b;
    DocumentService docs(b.t.manager);
    auto refusal = [&](DocumentFile f) {
        Result<DocumentAddOutcome> r = docs.add(f);
        REQUIRE_FALSE(r.ok());
        return r.error().message;
    };
    DocumentFile f = b.file(QStringLiteral("okular-file1.pdf"), b.harbor);
    f.metadata.type = QStringLiteral("Birthday card");
    CHECK(refusal(f).startsWith(QStringLiteral("okular-file1.pdf: \"Birthday card\" is not a document type; the types "
                                               "are: Declarations, Policy, Endorsement")));
    f = b.file(QStringLiteral("okular-file1.pdf"), b.harbor);
    f.metadata.policyId = b.granitePolicy;
    CHECK(refusal(f) == QStringLiteral("okular-file1.pdf: policy GL-200 is not Harbor Point Roofing LLC's"));
    f = b.file(QStringLiteral("okular-file1.pdf"), b.harbor);
    f.metadata.issueDate = {};
    CHECK(refusal(f).contains(QStringLiteral("the issue date is missing")));
    f = b.file(QStringLiteral("okular-file1.pdf"), 9999);
    CHECK(refusal(f) == QStringLiteral("okular-file1.pdf: there is no insured with ID 9999"));
    CHECK(scalar(b.t, QStringLiteral("SELECT count(*) FROM documents")) == 0);
    CHECK(scalar(b.t, QStringLiteral("SELECT count(*) FROM document_blobs")) == 0);
}

TEST_CASE("attach to and detach from a policy, with the row version guarding against a stale view")
{
    Book b;
    DocumentService docs(b.t.manager);
    const qint64 id = docs.add(b.file(QStringLiteral("okular-file1.pdf"), b.harbor))->documentIds[0];
    const int version = docs.get(id)->rowVersion;
    REQUIRE(docs.setPolicy(id, b.harborPolicy, version).ok());
    CHECK(docs.get(id)->policyNumber == QStringLiteral("GL-100"));
    Status stale = docs.setPolicy(id, std::nullopt, version);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
    Status wrong = docs.setPolicy(id, b.granitePolicy);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message.contains(QStringLiteral("GL-200 is not Harbor Point Roofing LLC's")));
    REQUIRE(docs.setPolicy(id, std::nullopt).ok());
    CHECK_FALSE(docs.get(id)->policyId.has_value());
    auto trail = ActivityService(b.t.manager).forEntity(QStringLiteral("document"), id);
    QStringList actions;
    for (const Activity& a : *trail)
        actions << a.action;
    CHECK(actions.contains(QStringLiteral("attached")));
    CHECK(actions.contains(QStringLiteral("detached")));
}

TEST_CASE("save a copy writes the stored bytes - an unwritable path names the path")
{
    Book b;
    DocumentService docs(b.t.manager);
    const qint64 id = docs.add(b.file(QStringLiteral("okular-file2.pdf"), b.harbor))->documentIds[0];
    const QString out = b.t.dir.filePath(QStringLiteral("copy.pdf"));
    REQUIRE(docs.saveCopy(id, out).ok());
    CHECK(test::readAll(out) == test::readAll(test::corpusFile(QStringLiteral("real/okular-file2.pdf"))));
    Status bad = docs.saveCopy(id, b.t.dir.filePath(QStringLiteral("no-such-folder/copy.pdf")));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("no-such-folder/copy.pdf")));
}

TEST_CASE("delete is for managers - the audit row stays, the bytes go when no other document uses them")
{
    Book b;
    DocumentService docs(b.t.manager);
    const qint64 a = docs.add(b.file(QStringLiteral("okular-file1.pdf"), b.harbor))->documentIds[0];
    const qint64 c = docs.add(b.file(QStringLiteral("okular-file1.pdf"), b.granite))->documentIds[0];
    Status csr = DocumentService(b.t.as(Role::DataProcessor)).remove(a);
    REQUIRE_FALSE(csr.ok());
    CHECK(csr.error().code == ErrorCode::Permission);
    Status removed = docs.remove(a);
    CAPTURE((removed.ok() ? QString() : removed.error().message).toStdString());
    REQUIRE(removed.ok());
    CHECK(docs.get(a).error().code == ErrorCode::NotFound);
    CHECK(scalar(b.t, QStringLiteral("SELECT count(*) FROM document_blobs")) == 1); // still used by c
    REQUIRE(docs.remove(c).ok());
    CHECK(scalar(b.t, QStringLiteral("SELECT count(*) FROM document_blobs")) == 0);
    CHECK(docs.search(QStringLiteral("random text"))->empty()); // gone from the index too
    CHECK(scalar(b.t, QStringLiteral("SELECT count(*) FROM activities WHERE entity_type = 'document' AND "
                                     "action = 'deleted'")) == 2);
    CHECK(scalar(b.t, QStringLiteral("SELECT count(*) FROM activities WHERE entity_type = 'document' AND "
                                     "action = 'created'")) == 2);
}

TEST_CASE("the manager edits the document types and the size limit - a CSR may not")
{
    Book b;
    DocumentTypeService types(b.t.manager);
    CHECK(*types.types() ==
          QStringList({QStringLiteral("Declarations"), QStringLiteral("Policy"), QStringLiteral("Endorsement"),
                       QStringLiteral("Certificate"), QStringLiteral("ID card"), QStringLiteral("Invoice"),
                       QStringLiteral("Cancellation notice"), QStringLiteral("Renewal"),
                       QStringLiteral("Correspondence"), QStringLiteral("Other")}));
    CHECK(*types.sizeLimitBytes() == 50LL * 1024 * 1024);
    REQUIRE(types.add(QStringLiteral("Loss run")).ok());
    CHECK(types.types()->last() == QStringLiteral("Loss run"));
    CHECK(types.add(QStringLiteral("loss RUN")).error().code == ErrorCode::Conflict);
    REQUIRE(types.remove(QStringLiteral("invoice")).ok());
    CHECK_FALSE(types.types()->contains(QStringLiteral("Invoice")));
    REQUIRE(types.add(QStringLiteral("Invoice")).ok()); // comes back
    REQUIRE(types.setSizeLimitMb(10).ok());
    CHECK(*types.sizeLimitBytes() == 10LL * 1024 * 1024);
    CHECK_FALSE(types.setSizeLimitMb(0).ok());
    const Session csr = b.t.as(Role::CertificateSpecialist);
    CHECK(DocumentTypeService(csr).add(QStringLiteral("Anything")).error().code == ErrorCode::Permission);
    CHECK(DocumentTypeService(csr).setSizeLimitMb(5).error().code == ErrorCode::Permission);
}
