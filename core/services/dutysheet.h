#pragma once
// The week's duty roster as the grid and the printed sheet show it: the days (Monday to
// Friday, and Saturday or Sunday when they have duty or are closed), the periods with their
// times, per day × period the rooms and their staff (swaps and covers marked), and holidays or
// closed days with their reason. The sheet is HTML for the office door (A4 landscape: school
// name, week dates, the grid, the printed date); it names staff only, never students. Pure
// QtCore: the GUI and the command line render it to paper or PDF.

#include "repo/dutyrepository.h"

#include <QDate>
#include <QList>
#include <QString>

namespace xinan {

class Database;

struct DutySheet
{
    QString schoolName;
    DutyWeek week;
    QList<DutyPeriod> periods;
    QList<DutyTerm> terms; // to name the holidays of the week
    QDate printedOn;
};

// Reads the week that contains `day` (Monday to Sunday).
DutySheet dutySheet(Database &db, const QString &actor, const QDate &day, const QDate &printedOn);

// The days the week's grid shows.
QList<QDate> dutySheetDays(const DutySheet &sheet);
// "Holiday: 国庆节" or "Closed: 运动会" for a day without duty, else empty.
QString dutyDayNote(const DutySheet &sheet, const QDate &day);
bool dutyDayOff(const DutySheet &sheet, const QDate &day);
// The shifts of one cell, by room then staff.
QList<DutyShift> dutyCellShifts(const DutySheet &sheet, const QDate &day, const QString &periodCode);
// "陈老师 (swap)" / "陈老师 (cover)" / "陈老师".
QString dutyStaffLabel(const DutyShift &shift);
// One line per room: "心理辅导室: 李老师, 陈老师 (cover)".
QStringList dutyCellLines(const QList<DutyShift> &shifts);
// "2030-09-02 – 2030-09-08".
QString dutyWeekRange(const QDate &monday);
QString dutyPeriodTimes(const DutyPeriod &period); // "08:00–12:00"

QString dutySheetHtml(const DutySheet &sheet);

} // namespace xinan
