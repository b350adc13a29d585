#include "CatchCompat.h"
#include "DownloadReader.h"
#include "DownloadTestData.h"

#include <QBuffer>

#include <random>

using namespace agencydesk;
using namespace agencydesk::test;

// A deterministic mutation run over the samples (the libFuzzer targets in tests/fuzz explore further):
// a fixed seed and a fixed number of mutations per parser, so a failure reproduces exactly.
namespace {

constexpr int kIterationsPerSample = 1500;

QByteArray mutate(const QByteArray& input, std::mt19937& rng)
{
    QByteArray out = input;
    const int edits = 1 + static_cast<int>(rng() % 4);
    for (int e = 0; e < edits && !out.isEmpty(); ++e) {
        const qsizetype at = static_cast<qsizetype>(rng() % static_cast<quint32>(out.size()));
        switch (rng() % 7) {
        case 0: // flip a bit
            out[at] = static_cast<char>(out[at] ^ (1 << (rng() % 8)));
            break;
        case 1: // an interesting byte
        {
            static const char bytes[] = {'\0', '\n', '<', '>', '&', '9', '-', '+', ' ', '\xff', '/', '"'};
            out[at] = bytes[rng() % sizeof bytes];
            break;
        }
        case 2: // truncate
            out.truncate(at);
            break;
        case 3: // delete a run
            out.remove(at, static_cast<qsizetype>(rng() % 64));
            break;
        case 4: // duplicate a run (repeated records and elements)
            out.insert(at, out.mid(at, static_cast<qsizetype>(rng() % 400)));
            break;
        case 5: // swap two runs' first bytes
        {
            const qsizetype other = static_cast<qsizetype>(rng() % static_cast<quint32>(out.size()));
            std::swap(out[at], out[other]);
            break;
        }
        default: // a digit becomes another digit (dates, lengths, amounts)
            if (out[at] >= '0' && out[at] <= '9')
                out[at] = static_cast<char>('0' + rng() % 10);
            break;
        }
    }
    return out;
}

void run(const char* sample, quint32 seed)
{
    const QByteArray original = readSample(sample);
    REQUIRE_FALSE(original.isEmpty());
    std::mt19937 rng(seed);
    int refused = 0;
    for (int i = 0; i < kIterationsPerSample; ++i) {
        QByteArray bytes = mutate(original, rng);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        const DownloadParse parse = DownloadReader::parseDevice(buffer, QStringLiteral("mutant.dat"));
        if (!parse.ok()) {
            ++refused;
            // Every refusal names the file and gives a reason.
            if (parse.error->file != QLatin1String("mutant.dat") || parse.error->reason.isEmpty())
                FAIL("iteration " << i
                                  << ": an error without file or reason: " << parse.error->toString().toStdString());
            continue;
        }
        // Whatever is accepted is a usable policy.
        for (const PolicyDownload& d : parse.policies) {
            if (d.policyNumber.isEmpty() || d.insured.name.isEmpty() || !d.effective.isValid() ||
                !(d.expiration > d.effective) || (d.premiumCents && *d.premiumCents < 0))
                FAIL("iteration " << i << ": accepted an unusable policy from " << sample);
            for (const Coverage& c : d.limits()) {
                if (c.amount < 0)
                    FAIL("iteration " << i << ": a negative limit");
            }
        }
    }
    // The mutations must actually reach the error paths.
    CHECK(refused > kIterationsPerSample / 4);
}

} // namespace

TEST_CASE("Mutation: ACORD XML parser")
{
    run("acord-commercial-new.xml", 1);
    run("acord-personal-new.xml", 2);
    run("acord-cancel.xml", 3);
}

TEST_CASE("Mutation: CSIO XML")
{
    run("csio-personal.xml", 4);
    run("csio-commercial.xml", 5);
}

TEST_CASE("Mutation: AL3 parser")
{
    run("al3-new.al3", 6);
    run("al3-transactions.al3", 7);
}
