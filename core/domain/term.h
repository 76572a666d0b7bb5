#pragma once
// School terms (学期). A term is named "2026-2027-1" (学年 2026—2027, 第一学期 = autumn) or
// "2026-2027-2" (the spring term) on the command line and in storage, and shown as
// "2026—2027学年第一学期". The school's own dates come from the terms the duty roster keeps
// (TermCalendar in core/repo/termcalendar.h); a school that has set none gets the usual
// calendar: the autumn term from 1 September to 31 January, the spring term from 1 February to
// 31 August, so coverage and reports work from the first day.

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace xinan {

struct SchoolTerm
{
    QString id; // 2026-2027-1
    QDate startsOn;
    QDate endsOn; // inclusive
    bool fromCalendar = true; // false: the school's own dates (the duty roster's terms)

    bool contains(const QDate &day) const { return day >= startsOn && day <= endsOn; }
    int firstYear() const; // 2026 for 2026-2027-x; 0 when the id is not of that form
    int number() const; // 1 (autumn) or 2 (spring); 0 when the id is not of that form
    // "2026—2027学年第一学期" (translated); the id itself when it is not of the usual form.
    QString displayName() const;
};

// Parses "2026-2027-1": two consecutive years and 1 or 2. Whitespace around is ignored.
std::optional<SchoolTerm> calendarTerm(const QString &id);
// The usual-calendar term that contains the day.
SchoolTerm calendarTermContaining(const QDate &day);
// The display name of a term id (see SchoolTerm::displayName).
QString termDisplayName(const QString &id);
// The term before / after (usual calendar naming): 2026-2027-1 → 2025-2026-2 / 2026-2027-2.
QString previousTermId(const QString &id);
QString nextTermId(const QString &id);

} // namespace xinan
