#pragma once

#include "PolicyDownload.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

namespace agencydesk {

/// Reads ACORD P&C XML (namespace http://www.ACORD.org/standards/PC_Surety/ACORD1/xml/) and CSIO XML (the
/// CSIO namespace, or ACORD's with csio:-prefixed codes) into PolicyDownloads. Streams with QXmlStreamReader;
/// each policy message is read as a small tree (bounded in depth and size), so memory follows one message.
/// DTDs are refused (no entity expansion from a carrier's file).
class AcordXmlParser
{
    Q_DECLARE_TR_FUNCTIONS(AcordXmlParser)

public:
    static const QString kAcordNamespace;
    static const QString kCsioNamespace;

    /// \a fileName names the source in PolicyDownload::sourceFile and in every error.
    static DownloadParse parse(QIODevice& device, const QString& fileName);
};

} // namespace agencydesk
