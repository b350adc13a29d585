#pragma once

#include <QTableWidget>

namespace agencydesk {

/// The table of unattached downloads; a row drags out as the policy's id, so it can be dropped onto an insured.
class UnattachedDownloadList : public QTableWidget
{
    Q_OBJECT
public:
    enum Column
    {
        Insured,
        Policy,
        Line,
        Carrier,
        Effective,
        Transaction,
        ColumnCount
    };

    explicit UnattachedDownloadList(QWidget* parent = nullptr);

    /// The MIME type of a dragged download: the policy id as text.
    static QString mimeType();
    /// The policy id a drag carries, 0 when it is not a download.
    static qint64 policyIdIn(const QMimeData* mime);

protected:
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QTableWidgetItem*>& items) const override;
};

} // namespace agencydesk
