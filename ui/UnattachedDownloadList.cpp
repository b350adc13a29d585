#include "UnattachedDownloadList.h"

#include <QHeaderView>
#include <QMimeData>

namespace agencydesk {

UnattachedDownloadList::UnattachedDownloadList(QWidget* parent) : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("unattachedDownloadsTable"));
    setAccessibleName(tr("Unattached downloads"));
    setHorizontalHeaderLabels(
        {tr("Insured (as downloaded)"), tr("Policy"), tr("Line"), tr("Carrier"), tr("Effective"), tr("Transaction")});
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The name as downloaded can be long: a fixed start the user can widen, the rest sized to their content.
    horizontalHeader()->setSectionResizeMode(Insured, QHeaderView::Interactive);
    horizontalHeader()->resizeSection(Insured, 180);
    horizontalHeader()->setStretchLastSection(true);
}

QString UnattachedDownloadList::mimeType()
{
    return QStringLiteral("application/x-agencydesk-unattached-policy");
}

qint64 UnattachedDownloadList::policyIdIn(const QMimeData* mime)
{
    if (!mime || !mime->hasFormat(mimeType()))
        return 0;
    return QString::fromLatin1(mime->data(mimeType())).toLongLong();
}

QStringList UnattachedDownloadList::mimeTypes() const
{
    return {mimeType()};
}

QMimeData* UnattachedDownloadList::mimeData(const QList<QTableWidgetItem*>& items) const
{
    if (items.isEmpty())
        return nullptr;
    const QTableWidgetItem* first = item(items.first()->row(), Insured);
    if (!first)
        return nullptr;
    auto* mime = new QMimeData;
    mime->setData(mimeType(), QByteArray::number(first->data(Qt::UserRole).toLongLong()));
    mime->setText(first->text()); // dropped into a text field: the name
    return mime;
}

} // namespace agencydesk
