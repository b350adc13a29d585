#pragma once

#include "DocumentBatchAdder.h"
#include "Session.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QMenu;
class QMimeData;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace agencydesk {

class DocumentAddController;
class DocumentMetadataDialog;
class DocumentTableModel;
class PdfViewer;

/// The Documents tab: the selected insured's documents (or every insured's, filtered) with a Share column, a
/// preview of the selected one, and the actions on the selection: add (Browse, or drop PDFs, pictures and .eml
/// files onto the tab), share / un-share (asking whether to notify the client), resend the notification, attach
/// to or detach from a policy, save a copy, open in the system viewer, delete (managers). Every change goes
/// through the document services, which check the role again.
class DocumentsTab : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentsTab(const Session& session, QWidget* parent = nullptr);

    /// Follows the insured shown on the Insureds tab (0: every insured's documents, with the filter).
    void setInsured(qint64 insuredId, const QString& name);
    qint64 insuredId() const { return m_insuredId; }
    void reload();

    /// Asks for the metadata of \a paths (window-modal, not blocking) and then adds them off the UI thread.
    /// Returns the dialog (nullptr when no insured is selected: a message says so).
    DocumentMetadataDialog* addFiles(const QStringList& paths, std::optional<qint64> policyId = std::nullopt);
    void browse();
    void shareSelected(bool shared);
    void resendNotification();
    void attachSelected(std::optional<qint64> policyId);
    void saveCopy();
    void deleteSelected();
    void selectDocument(qint64 id);
    QList<qint64> selectedIds() const;

    /// The local files of a drop (text/uri-list); empty when the drop holds no local file.
    static QStringList localFiles(const QMimeData* mime);

    QTableView* view() const { return m_view; }
    DocumentTableModel* model() const { return m_model; }
    PdfViewer* viewer() const { return m_viewer; }
    DocumentAddController* addController() const { return m_addController; }
    QMenu* attachMenu() const { return m_attachMenu; }

signals:
    /// A batch ended: how many documents went in (for the status bar).
    void documentsAdded(int added, int refused);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* createToolBar();
    void onSelectionChanged();
    void updateButtons();
    void fillAttachMenu();
    void onBatchFinished(const DocumentBatchResult& result);

    const Session& m_session;
    qint64 m_insuredId = 0;
    QString m_insuredName;
    DocumentTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_title = nullptr;
    QLineEdit* m_filter = nullptr;
    QStackedWidget* m_previewStack = nullptr;
    PdfViewer* m_viewer = nullptr;
    QPlainTextEdit* m_emailText = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_shareButton = nullptr;
    QPushButton* m_unshareButton = nullptr;
    QPushButton* m_resendButton = nullptr;
    QToolButton* m_attachButton = nullptr;
    QMenu* m_attachMenu = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    DocumentAddController* m_addController = nullptr;
    QList<qint64> m_justAdded; ///< selected after the reload that follows a batch
};

} // namespace agencydesk
