#pragma once

#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace agencydesk {

struct Carrier
{
    qint64 id = 0;
    QString name;
    QString naic; ///< NAIC company code, five digits (empty for Canadian insurers without one)
};

/// The managed list of carriers; policies refer to it.
class CarrierService
{
    Q_DECLARE_TR_FUNCTIONS(CarrierService)

public:
    explicit CarrierService(const Session& session) : m_session(session) {}

    Result<std::vector<Carrier>> list() const;
    Result<Carrier> get(qint64 id) const;
    Result<Carrier> findByName(const QString& name) const;
    Result<qint64> add(const QString& name, const QString& naic);
    Status update(const Carrier& carrier);

    /// Inside a caller's transaction: the carrier's id, adding it (or filling in its NAIC) when needed.
    Result<qint64> resolveForPolicy(const QString& name, const QString& naic);

private:
    static Status validate(QString& name, QString& naic);
    const Session& m_session;
};

} // namespace agencydesk
