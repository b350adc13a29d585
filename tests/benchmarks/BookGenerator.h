#pragma once

// Generating the demo book in a child process, so the parent's peak RSS is only what opening and using the
// book costs, not what generating it cost.

#include <QJsonObject>
#include <QString>

namespace agencydesk::bench {

class BookGenerator
{
public:
    /// The child's side (--generate-only PATH): generates the book and prints one line of JSON on stdout
    /// (time, policies, file sizes, peak RSS). Returns the process exit code.
    static int generateOnly(const QString& path, int insureds);

    /// The parent's side: runs this executable with --generate-only; returns the child's JSON, or an empty
    /// object (and an error) on failure.
    static QJsonObject generateInChild(const QString& path, int insureds);
};

} // namespace agencydesk::bench
