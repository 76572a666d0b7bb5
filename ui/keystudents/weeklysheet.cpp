#include "weeklysheet.h"

#include "common/colors.h"
#include "common/printout.h"

#include "domain/student.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QPageLayout>
#include <QPrinter>
#include <QTextDocument>

namespace xinan::ui {
namespace {

struct Sheet
{
    Q_DECLARE_TR_FUNCTIONS(WeeklySheet)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QString cell(const QString &text, const QString &style = QString())
{
    return style.isEmpty() ? QStringLiteral("<td>%1</td>").arg(esc(text))
                           : QStringLiteral("<td style=\"%1\">%2</td>").arg(style, esc(text));
}

QString levelShort(RiskLevel level)
{
    return level == RiskLevel::Red ? Sheet::tr("Red") : level == RiskLevel::Orange ? Sheet::tr("Orange") : riskLevelName(level);
}

} // namespace

QString weekRangeText(const QDate &weekStart)
{
    return Sheet::tr("%1 – %2 (week %3)")
        .arg(weekStart.toString(Qt::ISODate), weekStart.addDays(6).toString(Qt::ISODate))
        .arg(weekStart.weekNumber());
}

QString weeklySheetHtml(const WeeklySheet &sheet)
{
    const WeeklyBoard &board = sheet.board;
    QString html;
    html += QStringLiteral("<h2 align=\"center\">%1</h2>").arg(esc(sheet.schoolName));
    html += QStringLiteral("<h3 align=\"center\">%1</h3>").arg(esc(Sheet::tr("Weekly review of key students")));
    html += QStringLiteral("<p>%1 <b>%2</b></p>").arg(esc(Sheet::tr("Week:")), esc(weekRangeText(board.weekStart)));
    if (board.meeting) {
        const QString held
            = board.meeting->heldOn.isValid() ? board.meeting->heldOn.toString(Qt::ISODate) : Sheet::tr("not recorded");
        html += QStringLiteral("<p>%1 %2 &nbsp;&nbsp; %3 %4</p>")
                    .arg(esc(Sheet::tr("Meeting held on:")), esc(held), esc(Sheet::tr("Chaired by:")),
                        esc(board.meeting->chairedBy));
        if (!board.meeting->notes.isEmpty())
            html += QStringLiteral("<p>%1 %2</p>").arg(esc(Sheet::tr("Notes:")), esc(board.meeting->notes));
    } else {
        html += QStringLiteral("<p>%1 ____________ &nbsp;&nbsp; %2 ____________</p>")
                    .arg(esc(Sheet::tr("Meeting held on:")), esc(Sheet::tr("Chaired by:")));
    }

    html += QStringLiteral(
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" style=\"border-collapse: collapse;\">");
    html += QStringLiteral("<thead><tr style=\"background-color: #eeeeee;\">");
    for (const QString &h : { Sheet::tr("No."), Sheet::tr("Class"), Sheet::tr("Name"), Sheet::tr("Level"), Sheet::tr("Status"),
             Sheet::tr("Actions this week"), Sheet::tr("Next steps"), Sheet::tr("Responsible teachers") })
        html += QStringLiteral("<th>%1</th>").arg(esc(h));
    html += QStringLiteral("</tr></thead>");
    int number = 0;
    for (const BoardRow &r : board.rows) {
        ++number;
        const QString klass = gradeName(r.grade) + QLatin1Char(' ') + r.className;
        QString status;
        if (r.update)
            status = weeklyStatusName(r.update->status);
        else if (r.overdue)
            status = Sheet::tr("No update (overdue)");
        else
            status = Sheet::tr("No update yet");
        const QString levelStyle = r.level == RiskLevel::Red
            ? colors::textStyle(colors::Bad) + QStringLiteral(" font-weight: bold;")
            : QStringLiteral("color: #ef6c00; font-weight: bold;");
        html += QStringLiteral("<tr>");
        html += cell(QString::number(number));
        html += cell(klass);
        html += cell(r.name);
        html += cell(r.key ? levelShort(r.level) : Sheet::tr("%1 (no longer key)").arg(levelShort(r.level)), levelStyle);
        html += cell(status, r.overdue ? colors::textStyle(colors::Bad) : QString());
        html += cell(r.update ? r.update->actions : QString());
        html += cell(r.update ? r.update->nextSteps : QString());
        html += cell(r.teachers.join(Sheet::tr(", ")));
        html += QStringLiteral("</tr>");
    }
    if (board.rows.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"8\">%1</td></tr>").arg(esc(Sheet::tr("No key students this week.")));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<p>%1</p>")
                .arg(esc(Sheet::tr("Red: %1   Orange: %2   Updated this week: %3   Overdue: %4")
                             .arg(board.red)
                             .arg(board.orange)
                             .arg(board.updated)
                             .arg(board.overdue)));
    html += QStringLiteral("<p style=\"margin-top: 28px;\">%1 ____________________ &nbsp;&nbsp; %2 ____________"
                           "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; %3 ____________________ &nbsp;&nbsp; %4 ____________</p>")
                .arg(esc(Sheet::tr("School leader in charge (signature):")), esc(Sheet::tr("Date:")),
                    esc(Sheet::tr("Head (signature):")), esc(Sheet::tr("Date:")));
    html += QStringLiteral("<p style=\"font-size: 8pt; color: #555555;\">%1</p>")
                .arg(esc(Sheet::tr("Printed on %1 by XinAn. Contains students' names and mental-health information: keep it "
                                   "confidential, and shred it when no longer needed.")
                             .arg(sheet.printedOn.toString(Qt::ISODate))));
    return html;
}

void printWeeklySheet(QPrinter &printer, const WeeklySheet &sheet)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    printer.setDocName(Sheet::tr("Weekly review of key students"));
    QTextDocument document;
    QFont font = document.defaultFont();
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.setHtml(weeklySheetHtml(sheet));
    printDocument(printer, document);
}

} // namespace xinan::ui
