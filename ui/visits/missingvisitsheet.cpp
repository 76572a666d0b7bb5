#include "missingvisitsheet.h"

#include "visitparts.h"

#include "common/printout.h"

#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QPrinter>
#include <QTextDocument>

namespace xinan::ui {
namespace {

struct Sheet
{
    Q_DECLARE_TR_FUNCTIONS(MissingVisitSheet)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString missingVisitSheetHtml(const MissingVisitSheet &sheet)
{
    const QString cls = visitClassText(sheet.grade, sheet.className);
    QString html;
    html += QStringLiteral("<h2 align=\"center\">%1</h2>").arg(esc(sheet.schoolName));
    html += QStringLiteral("<h3 align=\"center\">%1</h3>").arg(esc(Sheet::tr("Students still to visit at home")));
    html += QStringLiteral("<p><b>%1</b> %2 &nbsp;&nbsp;&nbsp; <b>%3</b> %4</p>")
                .arg(esc(Sheet::tr("Term:")), esc(termDisplayName(sheet.termId)), esc(Sheet::tr("Class:")), esc(cls));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(Sheet::tr("As of %1: %2 students enrolled, %3 visited, %4 still without a home visit this term.")
                             .arg(sheet.printedOn.toString(Qt::ISODate))
                             .arg(sheet.enrolled)
                             .arg(sheet.visited)
                             .arg(sheet.students.size())));
    html += QStringLiteral(
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"6\" width=\"100%\" style=\"border-collapse: collapse;\">");
    // Qt's rich text takes column widths from <td>, not <th>.
    const QStringList headers { Sheet::tr("No."), Sheet::tr("Name"), Sheet::tr("Student number"), Sheet::tr("Last visit"),
        Sheet::tr("Visit date"), Sheet::tr("Form"), Sheet::tr("Notes") };
    const int widths[] = { 6, 14, 24, 15, 15, 8, 18 };
    html += QStringLiteral("<tr style=\"background-color: #f2f2f2;\">");
    for (int i = 0; i < headers.size(); ++i)
        html += QStringLiteral("<td width=\"%1%\" align=\"center\"><b>%2</b></td>").arg(widths[i]).arg(esc(headers[i]));
    html += QStringLiteral("</tr>");
    int n = 0;
    for (const MissingVisit &m : sheet.students)
        html += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td style=\"white-space: nowrap;\">%3</td>"
                               "<td style=\"white-space: nowrap;\">%4</td><td></td><td></td><td></td></tr>")
                    .arg(++n)
                    .arg(esc(m.name), esc(m.studentNo),
                        esc(m.lastVisit.isValid() ? m.lastVisit.toString(Qt::ISODate) : Sheet::tr("never")));
    if (sheet.students.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"7\" align=\"center\">%1</td></tr>")
                    .arg(esc(Sheet::tr("Every student of the class has had a home visit this term.")));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p style=\"margin-top: 24px;\">%1 ____________________ &nbsp;&nbsp; %2 ____________</p>")
                .arg(esc(Sheet::tr("Class teacher (signature):")), esc(Sheet::tr("Date:")));
    html += QStringLiteral("<p style=\"font-size: 8pt; color: #555555;\">%1</p>")
                .arg(esc(Sheet::tr("Printed on %1 by XinAn. This list names students: keep it with the class teacher and "
                                   "shred it when the visits are recorded.")
                             .arg(sheet.printedOn.toString(Qt::ISODate))));
    return html;
}

void printMissingVisitSheet(QPrinter &printer, const MissingVisitSheet &sheet)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    printer.setDocName(Sheet::tr("Students still to visit at home"));
    QTextDocument document;
    QFont font = document.defaultFont();
    font.setPointSizeF(10.5);
    document.setDefaultFont(font);
    document.setHtml(missingVisitSheetHtml(sheet));
    printDocument(printer, document);
}

} // namespace xinan::ui
