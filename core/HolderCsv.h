#pragma once

#include "Certificate.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace agencydesk {

/// One data row of a holders CSV file, read into a holder (not validated yet).
struct HolderCsvRow
{
    int line = 0; ///< where the row starts in the file (1-based)
    CertificateHolderRecord holder;
    QString problem; ///< why the row cannot be read (quoting, a bad yes/no, amount or delivery); empty when read
};

struct HolderCsvFile
{
    std::vector<HolderCsvRow> rows;
    QStringList ignoredColumns; ///< header names that are not holder columns, as written in the file
    int lineCount = 0;
};

/// Certificate holders as CSV, in the columns documented in docs/HOLDERS_CSV.md: name, address1, address2, city,
/// state, postal_code, country, email, delivery, receives_renewals, require_ai, require_wos, require_pnc and one
/// min_<limit code> per minimum limit. The first non-blank line is the header; names are case-insensitive.
class HolderCsv
{
    Q_DECLARE_TR_FUNCTIONS(HolderCsv)

public:
    /// The columns every export writes, in order (the min_ columns follow).
    static QStringList baseColumns();

    /// Reads \a bytes. Refused as a whole (naming \a fileName) when it is not CSV text, has no "name" column,
    /// names a column twice, has a min_ column for an unknown limit code, or holds no rows.
    static Result<HolderCsvFile> read(const QByteArray& bytes, const QString& fileName);

    /// UTF-8 with a byte-order mark (so spreadsheets show accents right), CRLF line ends, amounts as whole dollars,
    /// yes/no flags; one min_ column per limit code any holder requires. read() gives the same holders back.
    static QByteArray write(const std::vector<CertificateHolderRecord>& holders);
};

} // namespace agencydesk
