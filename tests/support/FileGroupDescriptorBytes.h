#pragma once

#include <QByteArray>
#include <QString>
#include <QtEndian>

#include <optional>
#include <utility>
#include <vector>

namespace agencydesk::test {

/// FILEGROUPDESCRIPTORW bytes as Windows lays them out (written from the Win32 headers, not from our parser): a
/// 32-bit count, then 592-byte FILEDESCRIPTORW records; dwFlags at 0, nFileSizeHigh / nFileSizeLow at 64 / 68
/// (valid with FD_FILESIZE = 0x40), cFileName (260 UTF-16 units) at 72.
inline QByteArray fileGroupDescriptorW(const std::vector<std::pair<QString, std::optional<qint64>>>& files)
{
    QByteArray out(4 + 592 * int(files.size()), '\0');
    qToLittleEndian<quint32>(quint32(files.size()), out.data());
    for (std::size_t i = 0; i < files.size(); ++i) {
        char* record = out.data() + 4 + 592 * i;
        const auto& [name, size] = files[i];
        if (size) {
            qToLittleEndian<quint32>(0x40, record);
            qToLittleEndian<quint32>(quint32(quint64(*size) >> 32), record + 64);
            qToLittleEndian<quint32>(quint32(quint64(*size) & 0xffffffffu), record + 68);
        }
        for (int c = 0; c < name.size() && c < 259; ++c)
            qToLittleEndian<quint16>(name.at(c).unicode(), record + 72 + 2 * c);
    }
    return out;
}

} // namespace agencydesk::test
