#pragma once
// The one way XinAn prints a laid-out sheet (duty roster, appointment slip, weekly review,
// recovery key): to paper, to a print preview, or to a PDF file. When the printer writes a PDF
// file, the file is made searchable afterwards (core/services/pdfoutput.h), so that its text
// copies and extracts as 心理, not as the Kangxi radical ⼼ that Qt's PDF engine names. A PDF file
// is created owner-only (0600) before Qt writes to it; when it cannot be, nothing is written and
// the printer's state is QPrinter::Error.

class QPrinter;
class QString;
class QTextDocument;

namespace xinan {
class Database;
}

namespace xinan::ui {

void printDocument(QPrinter &printer, QTextDocument &document);

// Records a finished print or PDF export in the audit log: `what` (a code such as
// "weekly_sheet", see auditEntityName) and how many students it names. Called right after the
// print function, also inside a print preview's paintRequested: the preview's own rendering on
// screen and a printer that failed are not recorded, printing from the preview is.
void recordPrintout(Database &db, QPrinter &printer, const QString &what, int students);

} // namespace xinan::ui
