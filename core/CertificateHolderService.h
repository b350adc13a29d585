#pragma once

#include "Certificate.h"
#include "Result.h"
#include "Session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace agencydesk {

/// A row of an imported CSV file that was not stored, and why.
struct HolderImportProblem
{
    int line = 0; ///< where the row starts in the file (1-based)
    QString message;
};

/// What importCsv did: the holders added (all in one transaction) and every row refused.
struct HolderImportReport
{
    std::vector<qint64> addedIds;
    std::vector<HolderImportProblem> refused;
    QStringList ignoredColumns; ///< header names that are not holder columns
    int rowCount = 0;           ///< data rows read (blank lines not counted)
};

/// The holders of a certificate master, with their requirements (minimum limits, AI, WOS, primary/non-contributory).
class CertificateHolderService
{
    Q_DECLARE_TR_FUNCTIONS(CertificateHolderService)

public:
    explicit CertificateHolderService(const Session& session) : m_session(session) {}

    Result<qint64> create(const CertificateHolderRecord& holder);
    /// The same inside the caller's open Transaction (a holder added by a certificate request).
    Result<qint64> createInTransaction(const CertificateHolderRecord& holder);
    /// Saves \a holder if nobody saved it since holder.rowVersion was read.
    Status update(const CertificateHolderRecord& holder);
    /// Removes the holder; refused once a certificate was issued to it (the record stays).
    Status remove(qint64 id);

    /// Adds the holders of a CSV file (docs/HOLDERS_CSV.md) to a master. Good rows are stored in one transaction
    /// with one activity row; bad rows (and holders already on the master) are reported by line and not stored.
    /// A file that is not holders CSV is refused as a whole, naming \a fileName, and nothing is stored.
    Result<HolderImportReport> importCsv(qint64 masterId, const QByteArray& csv, const QString& fileName = {});
    /// The master's holders as CSV that importCsv reads back to the same holders.
    Result<QByteArray> exportCsv(qint64 masterId) const;

    Result<CertificateHolderRecord> get(qint64 id) const;
    Result<std::vector<CertificateHolderRecord>> forMaster(qint64 masterId) const;

    static QJsonObject toJson(const CertificateHolderRecord& holder);
    /// Trims the fields and checks name, address, postal code per country, email and requirement codes.
    static Status validate(CertificateHolderRecord& holder);

private:
    /// The INSERT of a validated holder and its requirements, inside the caller's transaction.
    Result<qint64> insert(const CertificateHolderRecord& holder);
    Status writeRequirements(const CertificateHolderRecord& holder);
    const Session& m_session;
};

} // namespace agencydesk
