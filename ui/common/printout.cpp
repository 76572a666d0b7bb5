#include "printout.h"

#include "error.h"
#include "repo/audit.h"
#include "services/pdfoutput.h"

#include <QPaintEngine>
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

void recordPrintout(Database &db, QPrinter &printer, const QString &what, int students)
{
    // A print preview paints into pictures (QPaintEngine::Picture) to show them on screen.
    const QPaintEngine *engine = printer.paintEngine();
    if (printer.printerState() == QPrinter::Error || (engine && engine->type() == QPaintEngine::Picture))
        return;
    const bool file = printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty();
    try {
        recordOutput(db, file ? OutputKind::Export : OutputKind::Print, what, students,
            file ? printer.outputFileName() : printer.printerName());
    } catch (const Error &error) {
        // The sheet is out already; say so where an administrator looks.
        qWarning("The audit log could not record a printout: %s", qUtf8Printable(error.message()));
    }
}

} // namespace xinan::ui
