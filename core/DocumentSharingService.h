#pragma once

#include "Document.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QList>

#include <optional>
#include <vector>

namespace agencydesk {

/// Sharing documents with the client's portal account. What the client sees is exactly the shared documents
/// (portalDocuments), so un-sharing takes effect at once. "Notify the client" records a pending notification per
/// insured (document_notifications), which DocumentNotifier turns into an email in the outbox in the same transaction
/// (or as soon as mail is set up).
class DocumentSharingService
{
    Q_DECLARE_TR_FUNCTIONS(DocumentSharingService)

public:
    explicit DocumentSharingService(const Session& session) : m_session(session) {}

    /// Shares or un-shares each document in one transaction, an activity row per document that changed. With
    /// \a notify (sharing only), one pending notification per insured lists the documents shared now. Un-sharing
    /// cancels pending notifications none of whose documents is still shared. Returns the notification ids.
    Result<std::vector<qint64>> setShared(const QList<qint64>& documentIds, bool shared, bool notify = false);
    /// "Resend shared notification": a new pending notification per insured for those of \a documentIds that are
    /// shared; Validation when none is.
    Result<std::vector<qint64>> resendNotification(const QList<qint64>& documentIds);

    /// What the client sees in the portal: the insured's shared documents.
    Result<std::vector<Document>> portalDocuments(qint64 insuredId) const;
    Result<std::vector<DocumentNotification>> pendingNotifications() const;
    Result<std::vector<DocumentNotification>> notificationsFor(qint64 insuredId) const;
    /// For the mail service: the notification went out as email \a emailId.
    Status markNotificationSent(qint64 notificationId, std::optional<qint64> emailId = std::nullopt);

private:
    Result<qint64> recordNotification(qint64 insuredId, const std::vector<qint64>& documentIds, const QString& reason);
    Result<std::vector<DocumentNotification>> selectNotifications(const QString& where,
                                                                  const QVariantList& binds) const;
    const Session& m_session;
};

} // namespace agencydesk
