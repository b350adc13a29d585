#include "DocumentPrinter.h"

#include "MessageBox.h"

#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>

#include <memory>
#include <poppler-qt6.h>

namespace agencydesk {

Status DocumentPrinter::print(const QByteArray& pdf, const QString& name, QPrinter& printer)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc || doc->isLocked() || doc->numPages() < 1)
        return validationError(QStringLiteral("%1 cannot be printed: the PDF cannot be opened.").arg(name));
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    printer.setDocName(name);
    int first = 1;
    int last = doc->numPages();
    if (printer.printRange() == QPrinter::PageRange && printer.fromPage() > 0) {
        first = std::max(1, printer.fromPage());
        last = std::min(last, printer.toPage() > 0 ? printer.toPage() : last);
    }
    QPainter painter;
    if (!painter.begin(&printer))
        return validationError(QStringLiteral("%1 cannot be printed: the printer did not start.").arg(name));
    const double dpi = printer.resolution();
    for (int number = first; number <= last; ++number) {
        if (number > first)
            printer.newPage();
        std::unique_ptr<Poppler::Page> page = doc->page(number - 1);
        if (!page)
            continue;
        const QImage image = page->renderToImage(dpi, dpi);
        if (image.isNull())
            continue;
        const QRectF area = printer.pageLayout().paintRectPixels(printer.resolution());
        // Rendered at the printer's resolution the page has its real size: 1:1 when it fits, else scaled down.
        QSizeF size = image.size();
        if (size.width() > area.width() || size.height() > area.height())
            size.scale(area.size(), Qt::KeepAspectRatio);
        const QRectF target(QPointF((area.width() - size.width()) / 2, (area.height() - size.height()) / 2), size);
        painter.drawImage(target, image);
    }
    if (!painter.end())
        return validationError(QStringLiteral("%1 could not be printed completely.").arg(name));
    return {};
}

bool DocumentPrinter::printWithDialog(QWidget* parent, const QByteArray& pdf, const QString& name)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(QObject::tr("Print %1").arg(name));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (Status s = print(pdf, name, printer); !s) {
        MessageBox::showError(parent, QObject::tr("Print"), s.error());
        return false;
    }
    return true;
}

} // namespace agencydesk
