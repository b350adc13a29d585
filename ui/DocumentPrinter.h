#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

class QPrinter;
class QWidget;

namespace agencydesk {

/// Prints a stored PDF document: each page rendered by Poppler at the printer's resolution and placed on the
/// printer's page, fitted and centred (the document's own page size may differ from the paper).
class DocumentPrinter
{
public:
    /// Prints the pages of \a pdf in the printer's page range (all when none); errors name the document.
    static Status print(const QByteArray& pdf, const QString& name, QPrinter& printer);
    /// The system print dialog, then print(); errors are shown. True when it printed.
    static bool printWithDialog(QWidget* parent, const QByteArray& pdf, const QString& name);
};

} // namespace agencydesk
