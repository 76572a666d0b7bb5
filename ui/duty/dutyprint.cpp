#include "dutyprint.h"

#include "common/printout.h"

#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QPrinter>
#include <QTextDocument>

namespace xinan::ui {

void printDutySheet(QPrinter &printer, const DutySheet &sheet)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    printer.setDocName(QCoreApplication::translate("DutySheet", "Duty roster %1").arg(dutyWeekRange(sheet.week.monday)));
    QTextDocument document;
    QFont font = document.defaultFont();
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.setHtml(dutySheetHtml(sheet));
    printDocument(printer, document);
}

} // namespace xinan::ui
