#pragma once

#include "PolicyDownload.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

namespace agencydesk {

/// Reads ACORD AL3 downloads: fixed-width records, each starting with a 10-byte header (group code = level
/// digit + three letters, three-digit record length counting the header, three-character version). Records
/// follow each other directly or one per line. The groups read (layouts in docs/DOWNLOADS.md):
/// 1MHG message header, 2TRG transaction header (NBS, RWL, END, PCH, XLC, REI and the line of business),
/// 5BIS insured, 5BPI basic policy information, 5CVG coverage, 5AOI additional interest, 3MTG trailer.
/// Other groups are skipped by their length. Streams record by record (never the whole file at once); the result holds
/// the file's transactions.
class Al3Parser
{
    Q_DECLARE_TR_FUNCTIONS(Al3Parser)

public:
    static DownloadParse parse(QIODevice& device, const QString& fileName);
};

} // namespace agencydesk
