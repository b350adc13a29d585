// libFuzzer target for one download parser (AGENCYDESK_FUZZ_PARSER picks which), built with
// -DAGENCYDESK_FUZZERS=ON and clang:  ./fuzz_al3 -max_len=65536 ../../tests/data/downloads
#include "AcordXmlParser.h"
#include "Al3Parser.h"

#include <QBuffer>
#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
#if AGENCYDESK_FUZZ_PARSER == 1
    (void)agencydesk::AcordXmlParser::parse(buffer, QStringLiteral("fuzz.xml"));
#elif AGENCYDESK_FUZZ_PARSER == 2
    // CSIO files go through the same reader; this target starts from the CSIO samples.
    (void)agencydesk::AcordXmlParser::parse(buffer, QStringLiteral("fuzz-csio.xml"));
#else
    (void)agencydesk::Al3Parser::parse(buffer, QStringLiteral("fuzz.al3"));
#endif
    return 0;
}
