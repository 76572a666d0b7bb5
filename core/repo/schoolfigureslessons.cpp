// schoolFigures(): psychology lessons (心理健康课) required and given per class (schoolfigures.h).
//
// A term's figures are LessonRepository::coverage()'s (the 心理课 page's), so that the report,
// the export and the page agree. A month has no coverage of its own; it uses the same rule over
// its days: grades 1–12 at least 1 课时 every two weeks, i.e.
// ceil(teaching weeks / 2) per class in the period; grades 13–15 (中职) 10 学时 per class a term,
// pro rata to teaching weeks for a month (rounded up, per term the month overlaps). A teaching
// week is a Monday-to-Sunday week with a weekday (Monday–Friday) in the period that no term
// holiday (term_holidays) covers. The classes are those of the enrolled students. A class is
// behind when the periods given fall short of what is due by the end day: the whole
// requirement once the period has ended, else floor(teaching weeks so far / 2), or
// floor(10 × weeks so far / the term's weeks) for 13–15.
#include "schoolfigures.h"

#include "../store/database.h"
#include "lessonrepository.h"
#include "schoolfiguresparts.h"
#include "stamps.h"
#include "termcalendar.h"

#include <QList>
#include <QPair>

#include <cmath>
#include <map>

namespace xinan::figures {
namespace {

struct Weeks
{
    QList<QPair<QDate, QDate>> holidays;

    bool teachingDay(const QDate &d) const
    {
        if (d.dayOfWeek() > 5)
            return false;
        for (const auto &h : holidays)
            if (d >= h.first && d <= h.second)
                return false;
        return true;
    }
    // Weeks with a teaching day between a and b (inclusive).
    int count(const QDate &a, const QDate &b) const
    {
        int weeks = 0;
        QDate monday = a.addDays(1 - a.dayOfWeek());
        for (; monday <= b; monday = monday.addDays(7)) {
            for (int i = 0; i < 5; ++i) {
                const QDate d = monday.addDays(i);
                if (d >= a && d <= b && teachingDay(d)) {
                    ++weeks;
                    break;
                }
            }
        }
        return weeks;
    }
};

// 学时 for a 中职 class between a and b: 10 per term, in proportion to each overlapped term's
// teaching weeks. `roundUp` for the requirement, down for what is due so far.
int vocationalPeriods(Database &db, const Weeks &weeks, const ReportPeriod &p, const QDate &a, const QDate &b, bool roundUp)
{
    if (p.isTerm) {
        const int total = weeks.count(p.from, p.to);
        const int part = weeks.count(a, b);
        if (total == 0 || part >= total)
            return part >= total ? 10 : 0;
        const double share = 10.0 * part / total;
        return roundUp ? static_cast<int>(std::ceil(share)) : static_cast<int>(std::floor(share));
    }
    TermCalendar calendar(db);
    QList<SchoolTerm> terms { calendar.termContaining(a) };
    const SchoolTerm last = calendar.termContaining(b);
    if (last.id != terms.first().id || last.startsOn != terms.first().startsOn)
        terms.append(last);
    double share = 0;
    for (const SchoolTerm &t : std::as_const(terms)) {
        const QDate from = std::max(a, t.startsOn);
        const QDate to = std::min(b, t.endsOn);
        const int total = weeks.count(t.startsOn, t.endsOn);
        if (from > to || total == 0)
            continue;
        share += 10.0 * weeks.count(from, to) / total;
    }
    return roundUp ? static_cast<int>(std::ceil(share - 1e-9)) : static_cast<int>(std::floor(share + 1e-9));
}

void sumLessons(PeriodFigures &f)
{
    for (const GradeFigures &g : std::as_const(f.grades)) {
        f.lessonClasses += g.lessonClasses;
        f.lessonPeriodsRequired += g.lessonPeriodsRequired;
        f.lessonPeriodsGiven += g.lessonPeriodsGiven;
        f.lessonClassesBehind += g.lessonClassesBehind;
    }
}

} // namespace

void addLessons(Context &c, PeriodFigures &f)
{
    if (f.period.isTerm) {
        const LessonCoverage coverage = LessonRepository(c.db, {}).coverage(f.period.id);
        for (const ClassLessonCoverage &row : coverage.classes) {
            GradeFigures *g = gradeRow(f, row.grade);
            if (!g)
                continue;
            ++g->lessonClasses;
            g->lessonPeriodsRequired += row.required;
            g->lessonPeriodsGiven += row.given;
            if (row.behind)
                ++g->lessonClassesBehind;
        }
        sumLessons(f);
        return;
    }
    Weeks weeks;
    {
        Statement st(c.db, "SELECT first_day, last_day FROM term_holidays");
        while (st.step()) {
            const QDate a = dayFrom(st.text(0));
            const QDate b = dayFrom(st.text(1));
            if (a.isValid() && b.isValid())
                weeks.holidays.append({ a, b });
        }
    }
    const ReportPeriod &p = f.period;
    const int teachingWeeks = weeks.count(p.from, p.to);
    const int weeksSoFar = weeks.count(p.from, c.endDay);
    const int required = (teachingWeeks + 1) / 2;
    const int due = c.ended ? required : weeksSoFar / 2;
    const int requiredVocational = vocationalPeriods(c.db, weeks, p, p.from, p.to, true);
    const int dueVocational = c.ended ? requiredVocational : vocationalPeriods(c.db, weeks, p, p.from, c.endDay, false);

    std::map<std::pair<int, QString>, int> given;
    {
        Statement st(c.db,
            "SELECT grade, class_name, sum(periods) FROM psych_lessons WHERE given_on >= ?1 AND given_on <= ?2 "
            "GROUP BY grade, class_name");
        st.bind(1, c.fromDay).bind(2, c.toDay);
        while (st.step())
            given[{ st.integer(0), st.text(1) }] = st.integer(2);
    }
    for (const auto &[key, size] : c.classes) {
        Q_UNUSED(size);
        GradeFigures *g = gradeRow(f, key.first);
        if (!g)
            continue;
        const bool vocational = key.first >= 13;
        const int classGiven = given.count(key) ? given.at(key) : 0;
        ++g->lessonClasses;
        g->lessonPeriodsRequired += vocational ? requiredVocational : required;
        g->lessonPeriodsGiven += classGiven;
        if (classGiven < (vocational ? dueVocational : due))
            ++g->lessonClassesBehind;
    }
    sumLessons(f);
}

} // namespace xinan::figures
