#include "termcalendar.h"

#include "../error.h"
#include "../platform/clock.h"
#include "../store/access.h"
#include "../store/database.h"

#include <QCoreApplication>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TermCalendar)
};

} // namespace

TermCalendar::TermCalendar(Database &db)
    : m_db(db)
{
}

QList<SchoolTerm> TermCalendar::schoolTerms()
{
    requireAccess(m_db.access(), DataKind::Settings, AccessOp::Read);
    QList<SchoolTerm> terms;
    Statement st(m_db, "SELECT id, starts_on, ends_on FROM terms ORDER BY starts_on DESC");
    while (st.step()) {
        SchoolTerm t;
        t.id = st.text(0);
        t.startsOn = QDate::fromString(st.text(1), Qt::ISODate);
        t.endsOn = QDate::fromString(st.text(2), Qt::ISODate);
        t.fromCalendar = false;
        if (t.startsOn.isValid() && t.endsOn.isValid())
            terms.append(t);
    }
    return terms;
}

SchoolTerm TermCalendar::termContaining(const QDate &day)
{
    const QList<SchoolTerm> own = schoolTerms();
    for (const SchoolTerm &t : own)
        if (t.contains(day))
            return t;
    SchoolTerm t = calendarTermContaining(day);
    // Keep the calendar's term clear of the school's own terms around the day (a school term
    // ending 15 January leaves the calendar term 16–31 January, not 1 September – 31 January).
    for (const SchoolTerm &o : own) {
        if (o.endsOn < day && o.endsOn >= t.startsOn)
            t.startsOn = o.endsOn.addDays(1);
        if (o.startsOn > day && o.startsOn <= t.endsOn)
            t.endsOn = o.startsOn.addDays(-1);
    }
    return t;
}

SchoolTerm TermCalendar::currentTerm()
{
    return termContaining(clock::today());
}

SchoolTerm TermCalendar::term(const QString &id)
{
    const auto calendar = calendarTerm(id);
    for (const SchoolTerm &t : schoolTerms())
        if (t.id == id.trimmed() || (calendar && t.id == calendar->id))
            return t;
    if (!calendar)
        throw Error(ErrorKind::Rejected,
            Tr::tr("\"%1\" is not a term. Write the school year and the term, for example 2026-2027-1 (autumn) or "
                   "2026-2027-2 (spring).")
                .arg(id));
    return *calendar;
}

} // namespace xinan
