#include "dutysheet.h"

#include "repo/schoolrepository.h"
#include "store/database.h"

#include <QCoreApplication>

#include <algorithm>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DutySheet)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QString weekdayName(int weekday)
{
    switch (weekday) {
    case 1:
        return Tr::tr("Monday");
    case 2:
        return Tr::tr("Tuesday");
    case 3:
        return Tr::tr("Wednesday");
    case 4:
        return Tr::tr("Thursday");
    case 5:
        return Tr::tr("Friday");
    case 6:
        return Tr::tr("Saturday");
    default:
        return Tr::tr("Sunday");
    }
}

} // namespace

DutySheet dutySheet(Database &db, const QString &actor, const QDate &day, const QDate &printedOn)
{
    requireAccess(db.access(), DataKind::Duty, AccessOp::Read);
    DutySheet sheet;
    sheet.schoolName = SchoolRepository(db, actor).school().name;
    DutyRepository duty(db, actor);
    sheet.week = duty.week(day);
    sheet.periods = duty.periods();
    sheet.terms = duty.terms();
    sheet.printedOn = printedOn;
    return sheet;
}

QList<QDate> dutySheetDays(const DutySheet &sheet)
{
    QList<QDate> days;
    for (int i = 0; i < 7; ++i) {
        const QDate d = sheet.week.monday.addDays(i);
        const bool weekend = d.dayOfWeek() >= 6;
        const bool used
            = std::any_of(sheet.week.shifts.cbegin(), sheet.week.shifts.cend(), [&](const DutyShift &s) { return s.day == d; })
            || std::any_of(
                sheet.week.closures.cbegin(), sheet.week.closures.cend(), [&](const DutyClosure &c) { return c.day == d; });
        if (!weekend || used)
            days.append(d);
    }
    return days;
}

QString dutyDayNote(const DutySheet &sheet, const QDate &day)
{
    for (const DutyClosure &c : sheet.week.closures)
        if (c.day == day)
            return Tr::tr("Closed: %1").arg(c.reason);
    for (const DutyTerm &t : sheet.terms)
        for (const TermHoliday &h : t.holidays)
            if (day >= h.first && day <= h.last)
                return Tr::tr("Holiday: %1").arg(h.name);
    return {};
}

bool dutyDayOff(const DutySheet &sheet, const QDate &day)
{
    return !dutyDayNote(sheet, day).isEmpty();
}

QList<DutyShift> dutyCellShifts(const DutySheet &sheet, const QDate &day, const QString &periodCode)
{
    QList<DutyShift> out;
    for (const DutyShift &s : sheet.week.shifts)
        if (s.day == day && s.periodCode == periodCode)
            out.append(s);
    std::stable_sort(out.begin(), out.end(), [](const DutyShift &a, const DutyShift &b) {
        return a.roomName != b.roomName ? a.roomName < b.roomName : a.staffName < b.staffName;
    });
    return out;
}

QString dutyStaffLabel(const DutyShift &shift)
{
    if (shift.origin == u"swap")
        return Tr::tr("%1 (swap)").arg(shift.staffName);
    if (shift.origin == u"cover")
        return Tr::tr("%1 (cover)").arg(shift.staffName);
    return shift.staffName;
}

QStringList dutyCellLines(const QList<DutyShift> &shifts)
{
    QStringList lines;
    QString room;
    QStringList staff;
    const auto flush = [&] {
        if (!staff.isEmpty())
            lines << Tr::tr("%1: %2").arg(room, staff.join(Tr::tr(", ")));
        staff.clear();
    };
    for (const DutyShift &s : shifts) {
        if (s.roomName != room) {
            flush();
            room = s.roomName;
        }
        staff << dutyStaffLabel(s);
    }
    flush();
    return lines;
}

QString dutyWeekRange(const QDate &monday)
{
    return Tr::tr("%1 – %2").arg(monday.toString(Qt::ISODate), monday.addDays(6).toString(Qt::ISODate));
}

QString dutyPeriodTimes(const DutyPeriod &period)
{
    return QStringLiteral("%1–%2").arg(
        period.starts.toString(QStringLiteral("HH:mm")), period.ends.toString(QStringLiteral("HH:mm")));
}

QString dutySheetHtml(const DutySheet &sheet)
{
    const QList<QDate> days = dutySheetDays(sheet);
    QString html;
    html += QStringLiteral("<h2 align=\"center\">%1</h2>").arg(esc(sheet.schoolName));
    html += QStringLiteral("<h3 align=\"center\">%1</h3>").arg(esc(Tr::tr("Counselling office duty roster")));
    html += QStringLiteral("<p align=\"center\">%1 <b>%2</b></p>")
                .arg(esc(Tr::tr("Week:")), esc(dutyWeekRange(sheet.week.monday)));
    html += QStringLiteral(
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"6\" width=\"100%\" style=\"border-collapse: collapse;\">");
    // Equal day columns whatever they hold.
    const int dayWidth = days.isEmpty() ? 0 : 88 / static_cast<int>(days.size());
    html
        += QStringLiteral("<thead><tr style=\"background-color: #eeeeee;\"><th width=\"12%\">%1</th>").arg(esc(Tr::tr("Period")));
    for (const QDate &d : days)
        html += QStringLiteral("<th width=\"%1%\">%2<br>%3</th>")
                    .arg(dayWidth)
                    .arg(esc(weekdayName(d.dayOfWeek())), esc(d.toString(QStringLiteral("MM-dd"))));
    html += QStringLiteral("</tr></thead>");
    for (const DutyPeriod &p : sheet.periods) {
        html += QStringLiteral("<tr><td style=\"background-color: #f5f5f5;\"><b>%1</b><br>%2</td>")
                    .arg(esc(p.name), esc(dutyPeriodTimes(p)));
        for (const QDate &d : days) {
            const QString note = dutyDayNote(sheet, d);
            if (!note.isEmpty()) {
                html += QStringLiteral("<td style=\"background-color: #dddddd; color: #555555;\">%1</td>").arg(esc(note));
                continue;
            }
            // Per room: its name in bold, then one staff member a line (names never wrap mid-name).
            QString cellHtml;
            QString room;
            for (const DutyShift &s : dutyCellShifts(sheet, d, p.code)) {
                if (s.roomName != room || cellHtml.isEmpty()) {
                    room = s.roomName;
                    cellHtml
                        += QStringLiteral("%1<b>%2</b>").arg(cellHtml.isEmpty() ? QString() : QStringLiteral("<br>"), esc(room));
                }
                cellHtml += QStringLiteral("<br>") + esc(dutyStaffLabel(s));
            }
            html += QStringLiteral("<td>%1</td>").arg(cellHtml.isEmpty() ? QStringLiteral("&nbsp;") : cellHtml);
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p style=\"font-size: 9pt;\">%1</p>")
                .arg(esc(Tr::tr("(swap): staff exchanged shifts; (cover): another staff member covers the shift.")));
    html += QStringLiteral("<p style=\"font-size: 8pt; color: #555555;\">%1</p>")
                .arg(esc(Tr::tr("Printed on %1 by XinAn.").arg(sheet.printedOn.toString(Qt::ISODate))));
    return html;
}

} // namespace xinan
