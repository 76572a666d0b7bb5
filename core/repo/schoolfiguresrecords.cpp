// schoolFigures(): counselling, crises, referrals, leave and return, home visits and activities
// (schoolfigures.h). Events are counted whoever they concern (a student since archived too);
// coverage counts only the students enrolled now, as the pages do.
#include "schoolfigures.h"

#include "../store/database.h"
#include "homevisitrepository.h"
#include "schoolfiguresparts.h"
#include "sessionrepository.h"
#include "stamps.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace xinan::figures {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SchoolFigures)
};

const QChar CategorySeparator = u'\n'; // as SessionRepository stores counselling_records.categories

int one(Context &c, const char *sql, bool bindDays = true)
{
    Statement st(c.db, sql);
    if (bindDays)
        st.bind(1, c.fromDay).bind(2, c.toDay);
    return st.step() ? st.integer(0) : 0;
}

} // namespace

void addCounselling(Context &c, PeriodFigures &f)
{
    {
        Statement st(
            c.db, "SELECT count(*), count(DISTINCT student_id) FROM counselling_records WHERE held_on >= ?1 AND held_on <= ?2");
        st.bind(1, c.fromDay).bind(2, c.toDay);
        if (st.step()) {
            f.sessions = st.integer(0);
            f.sessionStudents = st.integer(1);
        }
    }
    // By category: the school's list in its order (zeros too), then categories since removed
    // from the list that records still carry.
    const QStringList listed = SessionRepository(c.db, {}).problemCategories();
    QHash<QString, int> counts;
    QStringList others;
    {
        Statement st(c.db,
            "SELECT categories, count(*) FROM counselling_records WHERE held_on >= ?1 AND held_on <= ?2 GROUP BY categories");
        st.bind(1, c.fromDay).bind(2, c.toDay);
        while (st.step()) {
            const int n = st.integer(1);
            QSet<QString> seen;
            for (const QString &raw : st.text(0).split(CategorySeparator, Qt::SkipEmptyParts)) {
                const QString cat = raw.trimmed();
                if (cat.isEmpty() || seen.contains(cat))
                    continue;
                seen.insert(cat);
                counts[cat] += n;
                if (!listed.contains(cat) && !others.contains(cat))
                    others.append(cat);
            }
        }
    }
    others.sort();
    for (const QString &cat : listed + others)
        f.sessionsByCategory.append({ cat, cat, counts.value(cat) });

    f.groupSessions = one(c, "SELECT count(*) FROM group_sessions WHERE held_on >= ?1 AND held_on <= ?2");
    f.groupAttendance = one(c,
        "SELECT count(*) FROM group_attendance a JOIN group_sessions g ON g.id = a.session_id WHERE a.present = 1 "
        "AND g.held_on >= ?1 AND g.held_on <= ?2");
}

void addCrisesReferralsLeaves(Context &c, PeriodFigures &f)
{
    {
        // Crises by when they happened (as the crisis page lists them); open at the end: happened
        // by the end day and not closed by then.
        Statement st(c.db,
            "SELECT coalesce(sum(happened_at >= ?1 AND happened_at < ?2), 0), "
            "coalesce(sum(closed_at >= ?1 AND closed_at < ?2), 0), "
            "coalesce(sum(happened_at < ?3 AND (closed_at IS NULL OR closed_at >= ?3)), 0) FROM crisis_events");
        st.bind(1, c.fromUtc).bind(2, c.afterUtc).bind(3, c.endAfterUtc);
        if (st.step()) {
            f.crises = st.integer(0);
            f.crisesClosed = st.integer(1);
            f.crisesOpenAtEnd = st.integer(2);
        }
    }
    {
        Statement st(c.db,
            "SELECT coalesce(sum(opened_on >= ?1 AND opened_on <= ?2), 0), "
            "coalesce(sum(opened_on <= ?3 AND (closed_on IS NULL OR closed_on > ?3)), 0) FROM referrals");
        st.bind(1, c.fromDay).bind(2, c.toDay).bind(3, c.endDayText);
        if (st.step()) {
            f.referrals = st.integer(0);
            f.referralsOpenAtEnd = st.integer(1);
        }
    }
    {
        Statement st(c.db,
            "SELECT coalesce(sum(kind = 'slip'), 0), coalesce(sum(kind = 'receipt'), 0), "
            "coalesce(sum(kind = 'parents' AND consent = 'refusal'), 0) FROM referral_steps "
            "WHERE happened_on >= ?1 AND happened_on <= ?2");
        st.bind(1, c.fromDay).bind(2, c.toDay);
        if (st.step()) {
            f.referralSlips = st.integer(0);
            f.referralReceipts = st.integer(1);
            f.referralRefusals = st.integer(2);
        }
    }
    f.leaves = one(c, "SELECT count(*) FROM leaves WHERE starts_on >= ?1 AND starts_on <= ?2");
    {
        Statement st(c.db,
            "SELECT coalesce(sum(applied_on >= ?1 AND applied_on <= ?2), 0), "
            "coalesce(sum(decided_on >= ?1 AND decided_on <= ?2 AND decision = 'approve'), 0), "
            "coalesce(sum(decided_on >= ?1 AND decided_on <= ?2 AND decision IN ('defer', 'further')), 0) "
            "FROM return_applications");
        st.bind(1, c.fromDay).bind(2, c.toDay);
        if (st.step()) {
            f.returnApplications = st.integer(0);
            f.returnsApproved = st.integer(1);
            f.returnsDeferred = st.integer(2);
        }
    }
}

void addVisits(Context &c, PeriodFigures &f)
{
    // The period's visits: each visit's form once, each enrolled student visited (and on site).
    QHash<qint64, int> visitForm;
    QHash<qint64, bool> visitedOnsite; // enrolled student → had an on-site visit
    {
        Statement st(c.db,
            "SELECT hv.id, hv.form, x.student_id FROM home_visits hv LEFT JOIN home_visit_students x ON x.visit_id = hv.id "
            "WHERE hv.visited_at >= ?1 AND hv.visited_at < ?2");
        st.bind(1, c.fromDay).bind(2, dayText(f.period.to.addDays(1)));
        while (st.step()) {
            const auto form = visitFormFromCode(st.text(1));
            const int formIndex = form ? static_cast<int>(*form) : -1;
            visitForm.insert(st.int64(0), formIndex);
            if (st.isNull(2) || !c.enrolled.contains(st.int64(2)))
                continue;
            bool &onsite = visitedOnsite[st.int64(2)];
            onsite = onsite || formIndex == static_cast<int>(VisitForm::Onsite);
        }
    }
    f.visits = static_cast<int>(visitForm.size());
    for (const int form : std::as_const(visitForm))
        if (form >= 0 && form < 4)
            ++f.visitsByForm[form];
    for (auto it = visitedOnsite.cbegin(); it != visitedOnsite.cend(); ++it) {
        ++f.visited;
        f.visitedOnsite += it.value() ? 1 : 0;
        if (c.keyAtEnd.contains(it.key()))
            ++f.keyStudentsVisited;
        if (GradeFigures *g = gradeRow(f, c.enrolled.value(it.key()).grade)) {
            ++g->visited;
            g->visitedOnsite += it.value() ? 1 : 0;
        }
    }
    // Terms: what the school's coverage rule requires, exactly as the 家访 page counts it.
    if (f.period.isTerm) {
        const TermCoverage coverage = HomeVisitRepository(c.db, {}).coverage(f.period.id);
        for (const ClassVisitCoverage &row : coverage.grades()) {
            if (GradeFigures *g = gradeRow(f, row.grade))
                g->visitsRequired = row.required;
            f.visitsRequired += row.required;
        }
    }
}

void addActivities(Context &c, PeriodFigures &f)
{
    static const char *const kinds[]
        = { "month_525", "parent_school", "parent_meeting", "teacher_training", "group_activity", "monitor_training", "other" };
    const QString labels[] = { Tr::tr("25 May mental-health month"), Tr::tr("Parent school talk"), Tr::tr("Parents' meeting"),
        Tr::tr("Teacher training"), Tr::tr("Group activity"), Tr::tr("Class mental-health monitor training"),
        Tr::tr("Other activity") };
    QHash<QString, QPair<int, int>> byKind;
    Statement st(c.db,
        "SELECT kind, count(*), coalesce(sum(attendance), 0) FROM activities WHERE held_on >= ?1 AND held_on <= ?2 "
        "GROUP BY kind");
    st.bind(1, c.fromDay).bind(2, c.toDay);
    while (st.step())
        byKind.insert(st.text(0), { st.integer(1), st.integer(2) });
    for (int i = 0; i < 7; ++i) {
        const QString code = QString::fromLatin1(kinds[i]);
        const auto [n, attendance] = byKind.value(code);
        f.activitiesByKind.append({ code, labels[i], n });
        f.activities += n;
        f.activityAttendance += attendance;
        if (code == QLatin1String("teacher_training"))
            f.teachersTrained += attendance;
        if (code == QLatin1String("parent_school") || code == QLatin1String("parent_meeting"))
            f.parentSessions += n;
    }
}

} // namespace xinan::figures
