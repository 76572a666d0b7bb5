#pragma once
// What the home-visit repository's files share (homevisitrepository.cpp, homevisitcoverage.cpp):
// how a visit's time is stored, term lookup and the class order. Internal to core/repo.

#include "../domain/term.h"
#include "stamps.h"
#include "termcalendar.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace xinan::homevisits {

// visited_at is local time "yyyy-MM-ddTHH:mm"; a day's visits are >= "day" and < "day+1".
inline constexpr auto TimeFormat = "yyyy-MM-ddTHH:mm";

inline QString timeText(const QDateTime &at)
{
    return at.toString(QLatin1String(TimeFormat));
}

inline QDateTime timeFrom(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, QLatin1String(TimeFormat));
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t;
}

inline QString dayStart(const QDate &d)
{
    return dayText(d);
}

inline QString dayAfter(const QDate &d)
{
    return dayText(d.addDays(1));
}

// Grade, then class (2班 before 10班), as the SQL lists order them.
inline bool classLess(int gradeA, const QString &classA, int gradeB, const QString &classB)
{
    if (gradeA != gradeB)
        return gradeA < gradeB;
    if (classA.size() != classB.size())
        return classA.size() < classB.size();
    return classA < classB;
}

// The term by id, or the current term for an empty id (TermCalendar's message for a bad id).
inline SchoolTerm resolveTerm(Database &db, const QString &termId)
{
    TermCalendar calendar(db);
    return termId.trimmed().isEmpty() ? calendar.currentTerm() : calendar.term(termId);
}

} // namespace xinan::homevisits
