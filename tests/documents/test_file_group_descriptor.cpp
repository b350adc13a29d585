// The FileGroupDescriptorW format Outlook puts on a drag of attachments: names and sizes read, every length checked,
// no path ever kept, and a seeded mutation run that must never crash (also under AddressSanitizer + UBSan).
#include "CatchCompat.h"
#include "FileGroupDescriptor.h"
#include "FileGroupDescriptorBytes.h"

#include <QRandomGenerator>

using namespace agencydesk;
using namespace agencydesk::test;

TEST_CASE("the names and sizes of attachments dragged out of Outlook are read")
{
    const QByteArray bytes = fileGroupDescriptorW({{QStringLiteral("Policy Declarations 2026.pdf"), 48213},
                                                   {QStringLiteral("Façade photo é.jpg"), std::nullopt}});
    auto files = FileGroupDescriptor::parse(bytes);
    REQUIRE(files.ok());
    REQUIRE(files->size() == 2);
    CHECK((*files)[0].name == QStringLiteral("Policy Declarations 2026.pdf"));
    CHECK((*files)[0].size == 48213);
    CHECK((*files)[1].name == QStringLiteral("Façade photo é.jpg"));
    CHECK_FALSE((*files)[1].size.has_value());
    // A size past 4 GiB uses both halves.
    auto big = FileGroupDescriptor::parse(fileGroupDescriptorW({{QStringLiteral("big.pdf"), 5'000'000'000LL}}));
    CHECK(big->front().size == 5'000'000'000LL);
}

TEST_CASE("a name from the drag never carries a folder or a character Windows refuses")
{
    auto files = FileGroupDescriptor::parse(fileGroupDescriptorW({{QStringLiteral("..\\..\\Windows\\evil.pdf"), 1},
                                                                  {QStringLiteral("/etc/passwd"), 1},
                                                                  {QStringLiteral("a:b*c?.pdf"), 1},
                                                                  {QStringLiteral(".."), 1},
                                                                  {QString(), 1}}));
    REQUIRE(files.ok());
    CHECK((*files)[0].name == QStringLiteral("evil.pdf"));
    CHECK((*files)[1].name == QStringLiteral("passwd"));
    CHECK((*files)[2].name == QStringLiteral("a_b_c_.pdf"));
    CHECK((*files)[3].name == QStringLiteral("attachment"));
    CHECK((*files)[4].name == QStringLiteral("attachment"));
}

TEST_CASE("a short or absurd descriptor is refused with a message that says what is wrong")
{
    CHECK(FileGroupDescriptor::parse(QByteArray("\x01\x00", 2)).error().message.contains(QStringLiteral("empty")));
    CHECK(FileGroupDescriptor::parse(QByteArray(4, '\0')).error().message.contains(QStringLiteral("no file")));
    QByteArray cut = fileGroupDescriptorW({{QStringLiteral("a.pdf"), 1}, {QStringLiteral("b.pdf"), 1}});
    cut.chop(100);
    const auto shortened = FileGroupDescriptor::parse(cut);
    REQUIRE_FALSE(shortened.ok());
    CHECK(shortened.error().message.contains(QStringLiteral("cut short")));
    CHECK(shortened.error().message.contains(QStringLiteral("1188")));
    QByteArray huge(4, '\0');
    qToLittleEndian<quint32>(0xFFFFFFFFu, huge.data());
    CHECK(FileGroupDescriptor::parse(huge).error().message.contains(QStringLiteral("at most 1000")));
}

TEST_CASE("mutated descriptors never crash the reader")
{
    const QByteArray seed = fileGroupDescriptorW(
        {{QStringLiteral("Policy.pdf"), 1234}, {QStringLiteral("Endorsement.pdf"), 99}, {QStringLiteral("x"), 1}});
    QRandomGenerator random(20261207); // seeded: the same run every time
    int parsed = 0;
    for (int i = 0; i < 3000; ++i) {
        QByteArray bytes = seed;
        const int edits = 1 + int(random.bounded(8));
        for (int e = 0; e < edits; ++e) {
            const int at = int(random.bounded(bytes.size()));
            switch (random.bounded(3)) {
            case 0:
                bytes[at] = char(random.bounded(256));
                break;
            case 1:
                bytes.truncate(at);
                break;
            default:
                bytes.insert(at, QByteArray(int(random.bounded(600)), char(random.bounded(256))));
                break;
            }
            if (bytes.isEmpty())
                break;
        }
        auto files = FileGroupDescriptor::parse(bytes);
        if (files) {
            ++parsed;
            for (const DescribedFile& f : *files) {
                CHECK_FALSE(f.name.isEmpty());
                CHECK_FALSE(f.name.contains(QLatin1Char('/')));
                CHECK_FALSE(f.name.contains(QLatin1Char('\\')));
            }
        }
    }
    CHECK(parsed > 0); // the run reached the name reading, not only the length checks
}
