#pragma once
// The school's terms for coverage rules, follow-ups and reports: the terms the duty roster keeps
// (table terms, DutyRepository::saveTerm) where the school has set them, the usual calendar
// (core/domain/term.h) for any day no school term covers. The calendar holds no student data:
// every role may read it (DataKind::Settings), so a class teacher's coverage uses the same terms.

#include "../domain/term.h"

#include <QList>

#include <optional>

namespace xinan {

class Database;

class TermCalendar final
{
public:
    explicit TermCalendar(Database &db);

    // The term containing the day: the school's term when one covers it, otherwise the usual
    // calendar's term (whose dates are then clipped so as not to overlap a school term).
    SchoolTerm termContaining(const QDate &day);
    // The term containing clock::today().
    SchoolTerm currentTerm();
    // A term by id ("2026-2027-1"): the school's dates when it has that term, otherwise the usual
    // calendar's. Throws Error(Rejected) naming the expected form when the id is not a term.
    SchoolTerm term(const QString &id);
    // The school's own terms, newest first.
    QList<SchoolTerm> schoolTerms();

private:
    Database &m_db;
};

} // namespace xinan
