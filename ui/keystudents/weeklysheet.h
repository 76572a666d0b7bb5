#pragma once
// The weekly dispatch sheet (周调度表) for the head's meeting, on A4 (landscape): the school,
// the week and its dates, the meeting record, a table of the key students (class, name, level,
// status, actions, next steps, responsible teachers), the totals and the signature lines. It
// carries children's names: it is printed or written to a PDF only when the user asks.

#include "repo/reviewrepository.h"

#include <QDate>
#include <QString>

class QPrinter;

namespace xinan::ui {

struct WeeklySheet
{
    QString schoolName;
    WeeklyBoard board;
    QDate printedOn;
};

// "2026-11-23 – 2026-11-29" and the ISO week number.
QString weekRangeText(const QDate &weekStart);
QString weeklySheetHtml(const WeeklySheet &sheet);
// Lays the sheet out on A4 landscape and prints it (to paper or to the printer's PDF file).
void printWeeklySheet(QPrinter &printer, const WeeklySheet &sheet);

} // namespace xinan::ui
