#include "AboutDialog.h"

#include "AppIcon.h"
#include "Database.h"
#include "Version.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <poppler-version.h>

namespace agencydesk {

AboutDialog::AboutDialog(const Database& db, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About AgencyDesk"));

    const ProgramRecord record = db.programRecord();
    const QStringList lines = {
        tr("AgencyDesk %1 (build %2)")
            .arg(QString::fromLatin1(version::kVersion), QString::fromLatin1(version::kBuild)),
        tr("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
        tr("Poppler %1").arg(Poppler::Version::string()),
        tr("SQLite %1").arg(db.sqliteVersion()),
        tr("System: %1, %2").arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture()),
        tr("Database: %1").arg(QDir::toNativeSeparators(db.path())),
        tr("Created by %1; last opened by %2")
            .arg(record.createdBy.isEmpty() ? tr("an earlier version") : record.createdBy, record.lastOpenedBy),
    };
    m_versionText = lines.join(QLatin1Char('\n'));

    auto* icon = new QLabel(this);
    icon->setPixmap(appIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    auto* title = new QLabel(tr("<h2>AgencyDesk %1</h2><p>Agency management for insurance CSRs: insureds, "
                                "policies, documents and certificates of insurance in one place.</p>")
                                 .arg(QString::fromLatin1(version::kVersion)),
                             this);
    title->setWordWrap(true);
    auto* header = new QHBoxLayout;
    header->addWidget(icon);
    header->addWidget(title, 1);

    auto* versions = new QLabel(m_versionText, this);
    versions->setObjectName(QStringLiteral("aboutVersions"));
    versions->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    versions->setAccessibleName(tr("Version information"));
    versions->setWordWrap(true);
    versions->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* licenses = new QTextBrowser(this);
    licenses->setObjectName(QStringLiteral("aboutLicenses"));
    licenses->setOpenExternalLinks(true);
    licenses->setAccessibleName(tr("Third-party licenses"));
    QFile file(QStringLiteral(":/licenses/third-party.html"));
    if (file.open(QIODevice::ReadOnly))
        licenses->setHtml(QString::fromUtf8(file.readAll()));

    auto* tabs = new QTabWidget(this);
    tabs->addTab(versions, tr("&Version"));
    tabs->addTab(licenses, tr("&Licenses"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy version information"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_versionText); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(560, 420);
}

} // namespace agencydesk
