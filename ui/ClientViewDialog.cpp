#include "ClientViewDialog.h"

#include "DisplayFormat.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace agencydesk {

ClientViewDialog::ClientViewDialog(const Session& session, qint64 insuredId, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("clientViewDialog"));
    auto* layout = new QVBoxLayout(this);
    auto loaded = ClientViewService(session).view(insuredId);
    if (!loaded) {
        auto* error = new QLabel(loaded.error().message, this);
        error->setWordWrap(true);
        layout->addWidget(error);
    } else {
        m_view = *loaded;
    }
    setWindowTitle(tr("View as client: %1").arg(m_view.insuredName));

    auto* header = new QLabel(this);
    header->setObjectName(QStringLiteral("clientViewHeaderLabel"));
    header->setWordWrap(true);
    const QString account =
        m_view.portalUserName.isEmpty()
            ? portalStatusDisplayNameTr(m_view.portalStatus)
            : tr("%1, user name %2").arg(portalStatusDisplayNameTr(m_view.portalStatus), m_view.portalUserName);
    header->setText(tr("What %1 sees in the client portal on %2 (portal account: %3). Read only.")
                        .arg(m_view.insuredName, DisplayFormat::date(m_view.date), account));
    layout->addWidget(header);

    std::vector<QStringList> policies;
    for (const Policy& p : m_view.policies)
        policies.push_back({p.number, lineDisplayNameTr(p.line), p.carrierName, DisplayFormat::date(p.effective),
                            DisplayFormat::date(p.expiration)});
    addTable(QStringLiteral("clientViewPoliciesTableWidget"), tr("Policies in effect"),
             {tr("Number"), tr("Line"), tr("Carrier"), tr("Effective"), tr("Expiration")}, policies,
             tr("No policy in effect today."));

    std::vector<QStringList> documents;
    for (const Document& d : m_view.documents)
        documents.push_back({d.fileName, d.type, DisplayFormat::date(d.issueDate), d.policyNumber});
    addTable(QStringLiteral("clientViewDocumentsTableWidget"), tr("Shared documents"),
             {tr("File"), tr("Type"), tr("Issued"), tr("Policy")}, documents, tr("No document is shared."));

    std::vector<QStringList> certificates;
    for (const ClientViewMaster& m : m_view.masters) {
        if (m.certificates.empty())
            certificates.push_back({m.master.name, tr("(none issued)"), QString(), QString()});
        for (const IssuedCertificate& c : m.certificates)
            certificates.push_back({m.master.name, c.number, c.holderName,
                                    DisplayFormat::dateTime(QDateTime::fromString(c.issuedAt, Qt::ISODateWithMs))});
    }
    addTable(QStringLiteral("clientViewCertificatesTableWidget"), tr("Shared certificates"),
             {tr("Certificate master"), tr("Certificate"), tr("Holder"), tr("Issued")}, certificates,
             tr("No certificate master is shared."));

    std::vector<QStringList> requests;
    for (const CertificateRequest& r : m_view.openRequests)
        requests.push_back({QString::number(r.id),
                            r.type == RequestType::Wos ? tr("Waiver of subrogation") : tr("Certificate"), r.holder.name,
                            r.status == RequestStatus::New ? tr("New") : tr("In progress"),
                            DisplayFormat::dateTime(QDateTime::fromString(r.createdAt, Qt::ISODateWithMs))});
    addTable(QStringLiteral("clientViewRequestsTableWidget"), tr("Open requests"),
             {tr("Request"), tr("Type"), tr("Holder"), tr("Status"), tr("Received")}, requests, tr("No open request."));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 640);
}

QTableWidget* ClientViewDialog::addTable(const QString& objectName, const QString& title, const QStringList& headers,
                                         const std::vector<QStringList>& rows, const QString& emptyText)
{
    auto* box = new QGroupBox(tr("%1 (%2)").arg(title).arg(rows.size()), this);
    auto* boxLayout = new QVBoxLayout(box);
    auto* table = new QTableWidget(static_cast<int>(rows.size()), static_cast<int>(headers.size()), box);
    table->setObjectName(objectName);
    table->setAccessibleName(title);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        for (int c = 0; c < rows[r].size() && c < headers.size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(rows[r].at(c)));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    if (rows.empty()) {
        table->hide();
        auto* empty = new QLabel(emptyText, box);
        empty->setObjectName(objectName + QStringLiteral("EmptyLabel"));
        boxLayout->addWidget(empty);
    }
    boxLayout->addWidget(table);
    static_cast<QVBoxLayout*>(layout())->addWidget(box, rows.empty() ? 0 : 1);
    return table;
}

} // namespace agencydesk
