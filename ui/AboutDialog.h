#pragma once

#include <QDialog>

namespace agencydesk {

class Database;

/// Help › About: version and build, the libraries' versions (what support asks for first), which
/// AgencyDesk created and last opened the database, and the third-party licenses.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const Database& db, QWidget* parent = nullptr);

    /// The version lines as plain text (also what "Copy" puts on the clipboard).
    QString versionText() const { return m_versionText; }

private:
    QString m_versionText;
};

} // namespace agencydesk
