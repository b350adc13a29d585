#pragma once

#include "Document.h"
#include "DocumentFileReader.h"
#include "Result.h"
#include "Session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

#include <optional>
#include <vector>

namespace agencydesk {

/// eDocs: adding files to an insured (checked with Poppler, stored once per SHA-256, text indexed for the super
/// search), listing, attaching to a policy, saving a copy, deleting. Sharing is DocumentSharingService's.
class DocumentService
{
    Q_DECLARE_TR_FUNCTIONS(DocumentService)

public:
    explicit DocumentService(const Session& session) : m_session(session) {}

    /// Reads, checks and stores one file (an .eml: the email and each PDF attachment) in one transaction.
    /// Refusals name the file and the reason; nothing of a refused file is stored.
    Result<DocumentAddOutcome> add(const DocumentFile& file);
    /// The same for bytes already in memory (a drop from another program, tests).
    Result<DocumentAddOutcome> addBytes(const QString& fileName, const QByteArray& bytes,
                                        const DocumentMetadata& metadata);
    /// Stores a file that DocumentFileReader already prepared (the batch adder reads files outside the write lock).
    Result<DocumentAddOutcome> store(const PreparedFile& file, const DocumentMetadata& metadata);
    /// The same inside the caller's open Transaction (a sent email attached together with its activity row).
    Result<DocumentAddOutcome> storeInTransaction(const PreparedFile& file, const DocumentMetadata& metadata);
    /// Checks the role and the metadata (insured, policy of that insured, type, date); \a fileName prefixes
    /// the message. Returns the metadata with the type in its stored spelling.
    Result<DocumentMetadata> checkMetadata(const DocumentMetadata& metadata, const QString& fileName) const;

    Result<Document> get(qint64 id) const;
    /// The insured's documents, newest first (an email's attachments right after it stays for the view to do).
    Result<std::vector<Document>> forInsured(qint64 insuredId) const;
    /// Every insured's documents whose file name, type or purpose contains \a filter (empty: all), newest first.
    Result<std::vector<Document>> all(const QString& filter = {}, int limit = 5000) const;
    /// The stored bytes (a PDF, or an email as received).
    Result<QByteArray> content(qint64 id) const;
    Result<QByteArray> thumbnail(qint64 id) const;
    /// Writes the stored bytes to \a path, all or nothing; errors name the path and the system's reason.
    Status saveCopy(qint64 id, const QString& path) const;

    /// Attaches the document to one of its insured's policies, or detaches it (nullopt).
    Status setPolicy(qint64 id, std::optional<qint64> policyId, std::optional<int> rowVersion = std::nullopt);
    /// Deletes the document (manager only); the audit row stays, the bytes go when no other document uses them.
    Status remove(qint64 id);

    /// Documents whose text holds every word (each word also as a prefix), best first.
    Result<std::vector<DocumentSearchHit>> search(const QString& words, int limit = 50) const;
    /// The FTS5 query for \a words: each word quoted, as a prefix, all required. Empty when no word.
    static QString matchQuery(const QString& words);

    static QJsonObject toJson(const Document& document);

private:
    Result<qint64> storeBlob(const PreparedDocument& doc);
    const Session& m_session;
};

} // namespace agencydesk
