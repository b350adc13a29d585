#pragma once

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace agencydesk {

/// One of an insured's documents as the Documents list shows it (without its bytes).
struct Document
{
    qint64 id = 0;
    qint64 insuredId = 0;
    QString insuredName;
    std::optional<qint64> policyId;
    QString policyNumber;
    QString kind = QStringLiteral("pdf"); ///< pdf | email (a stored .eml; its PDF attachments point at it)
    std::optional<qint64> emailDocumentId;
    QString fileName;
    QString type; ///< one of the document types (name as it was when added)
    QDate issueDate;
    QString purpose;
    bool shared = false;
    QString sharedAt;
    bool repaired = false;
    int pageCount = 0;
    qint64 size = 0;
    QString sha256;
    QString addedByName;
    QString addedAt;
    int rowVersion = 1;

    bool isEmail() const { return kind == QLatin1String("email"); }
};

/// What the CSR says once per batch (or per file) when adding documents.
struct DocumentMetadata
{
    qint64 insuredId = 0;
    std::optional<qint64> policyId;
    QString type;
    QDate issueDate;
    QString purpose;
};

/// One file to add and its metadata.
struct DocumentFile
{
    QString path;
    DocumentMetadata metadata;
};

/// What adding one file did: the documents it created (an .eml: the email first, then its PDF attachments), or
/// the reason it was refused. Notes: repairs, duplicates, attachments that were left out and why.
struct DocumentAddOutcome
{
    QString fileName;
    std::vector<qint64> documentIds;
    QStringList notes;
    QString error; ///< empty when added

    bool ok() const { return error.isEmpty(); }
};

/// A document whose text matched a search, with its insured and a few words around the match.
struct DocumentSearchHit
{
    qint64 documentId = 0;
    qint64 insuredId = 0;
    QString insuredName;
    QString fileName;
    QString type;
    QString snippet;
};

/// A request to tell the client about shared documents, waiting for the mail service.
struct DocumentNotification
{
    qint64 id = 0;
    qint64 insuredId = 0;
    std::vector<qint64> documentIds;
    QString reason; ///< shared | resent
    QString status; ///< pending | sent | cancelled
    QString requestedByName;
    QString requestedAt;
};

} // namespace agencydesk
