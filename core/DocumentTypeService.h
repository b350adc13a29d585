#pragma once

#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QStringList>

namespace agencydesk {

/// The manager's list of document types (seeded with Declarations ... Other) and the document size limit.
/// Documents keep the type's name as it was when they were added, so removing a type never changes them.
class DocumentTypeService
{
    Q_DECLARE_TR_FUNCTIONS(DocumentTypeService)

public:
    static constexpr int DefaultSizeLimitMb = 50;

    explicit DocumentTypeService(const Session& session) : m_session(session) {}

    /// The active types in the manager's order.
    Result<QStringList> types() const;
    /// The active type named \a name (any case), in its stored spelling; Validation naming the choices otherwise.
    Result<QString> resolve(const QString& name) const;
    Status add(const QString& name);
    /// Takes the type off the list for new documents (documents of that type keep it).
    Status remove(const QString& name);

    /// Largest file accepted, in bytes (setting documents.max_size_mb, default 50 MB).
    Result<qint64> sizeLimitBytes() const;
    Status setSizeLimitMb(int megabytes);

private:
    const Session& m_session;
};

} // namespace agencydesk
