#pragma once

#include "TestConfig.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace agencydesk::test {

/// A sample download under tests/data/downloads (made-up people and carriers).
inline QString downloadSample(const char* name)
{
    return QStringLiteral(AGENCYDESK_SOURCE_DIR "/tests/data/downloads/") + QLatin1String(name);
}

inline QByteArray readSample(const char* name)
{
    QFile file(downloadSample(name));
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

} // namespace agencydesk::test
