#include "printout.h"

#include "error.h"
#include "services/pdfoutput.h"

#include <QPrinter>
#include <QTextDocument>
#include <QtGlobal>

namespace xinan::ui {

void printDocument(QPrinter &printer, QTextDocument &document)
{
    document.print(&printer);
    if (printer.outputFormat() != QPrinter::PdfFormat || printer.outputFileName().isEmpty()
        || printer.printerState() == QPrinter::Error)
        return;
    try {
        makePdfFileSearchable(printer.outputFileName());
    } catch (const Error &error) {
        // The PDF Qt wrote stays as it is: readable and printable, its text less searchable.
        qWarning("%s", qUtf8Printable(error.message()));
    }
}

} // namespace xinan::ui
