#pragma once

// eDocs speed: adding one large PDF (stored, text-indexed, thumbnailed), listing an insured with thousands of
// documents, and the super search on the benchmark book once many documents' text is in the index.

#include "BenchSystem.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace agencydesk::bench {

struct DocumentAddFigures
{
    int pages = 0;
    qint64 bytes = 0;
    double generateMs = 0; ///< making the test PDF (not part of the target)
    double addMs = 0;      ///< DocumentService::add, wall: read, Poppler check, thumbnail, text, one transaction
    double cpuMs = 0;      ///< the same, process CPU
    qint64 textChars = 0;
    int listDocuments = 0;
    Stats listMs; ///< DocumentService::forInsured for an insured with listDocuments documents

    QJsonObject toJson() const;
};

struct DocumentSearchFigures
{
    int documentsInBook = 0;
    int documentsAdded = 0;
    double insertSeconds = 0; ///< adding the documents' text (one transaction; FTS5 kept by triggers)
    Stats superSearch;        ///< the book's sampled queries through the super search (which now reads document text)
    Stats superSearchWords;   ///< words that occur in the documents through the super search
    Stats documentSearch;     ///< the same words through DocumentService::search (doc search)

    QJsonObject toJson() const;
};

class DocumentBenchmark
{
public:
    /// A PDF of \a pages Letter pages, each with a paragraph of text and an incompressible picture sized so that
    /// the file is about \a targetBytes.
    static QByteArray largePdf(int pages, qint64 targetBytes);

    /// On a fresh database: adds a \a megabytes MB, \a pages page PDF, then lists an insured with \a listDocuments
    /// documents. nullopt when a step failed (the reason is in errors()).
    static std::optional<DocumentAddFigures> measureAdd(int pages, int megabytes, int listDocuments);

    /// Adds \a documents documents' text to the book at \a bookPath (once: a book that already holds them is
    /// reused), then times \a queries super searches.
    static std::optional<DocumentSearchFigures> measureSearch(const QString& bookPath, int documents, int queries);
};

} // namespace agencydesk::bench
