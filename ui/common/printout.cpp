#include "printout.h"

#include "error.h"
#include "repo/audit.h"
#include "services/pdfoutput.h"

#include <QFile>
#include <QPaintEngine>
#include <QPrinter>
#include <QTextDocument>
#include <QtGlobal>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace xinan::ui {
namespace {

// Qt's PDF engine creates its file with the umask's permissions (0644 as a rule). Creating the
// file owner-only (0600) first, empty, makes Qt write into a file no one else may read from its
// first byte on (opening an existing file keeps its permissions). A file already there is made
// owner-only before it is emptied; one that cannot be (another account's) is replaced.
bool createOwnerOnly(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd >= 0 && ::fchmod(fd, S_IRUSR | S_IWUSR) != 0) {
        ::close(fd);
        fd = ::unlink(native.constData()) == 0
            ? ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR)
            : -1;
    }
    if (fd < 0)
        return false;
    const bool emptied = ::ftruncate(fd, 0) == 0;
    ::close(fd);
    return emptied;
}

} // namespace

void printDocument(QPrinter &printer, QTextDocument &document)
{
    const bool toPdfFile = printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty();
    if (toPdfFile && !createOwnerOnly(printer.outputFileName())) {
        // Nothing is written: Qt is pointed at a name no file can have ("roster.pdf/"), so that
        // it fails to open it and the printer reports the error the callers check.
        qWarning("cannot create %s owner-only", qUtf8Printable(printer.outputFileName()));
        printer.setOutputFileName(printer.outputFileName() + u'/');
    }
    document.print(&printer);
    if (!toPdfFile || printer.printerState() == QPrinter::Error)
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
