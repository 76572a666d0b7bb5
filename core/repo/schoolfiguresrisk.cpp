// schoolFigures(): risk levels at the start, at the end and each week, changes in the period,
// key students and their plans (schoolfigures.h). The level of a student at a day is the
// level of their last risk change on or before that (local) day; before their first change,
// that change's from-level; a student with no change has students.risk_level.
#include "schoolfigures.h"

#include "../platform/clock.h"
#include "../store/database.h"
#include "schoolfiguresparts.h"

#include <QHash>
#include <QList>

#include <algorithm>

namespace xinan::figures {
namespace {

struct Change
{
    QString at; // UTC stamp
    int from = 0;
    int to = 0;
};

void count(RiskCounts &counts, int level)
{
    switch (level) {
    case 3:
        ++counts.red;
        break;
    case 2:
        ++counts.orange;
        break;
    case 1:
        ++counts.yellow;
        break;
    default:
        ++counts.green;
        break;
    }
}

// The level from a student's changes (ascending) before the UTC stamp `before`.
int levelBefore(const QList<Change> &changes, const QString &before)
{
    int level = -1;
    for (const Change &ch : changes) {
        if (ch.at >= before)
            return level >= 0 ? level : ch.from;
        level = ch.to;
    }
    return level;
}

} // namespace

void addRisk(Context &c, PeriodFigures &f)
{
    // The enrolled students' changes, in order.
    QHash<qint64, QList<Change>> changes;
    {
        Statement st(c.db,
            "SELECT r.student_id, r.at, r.from_level, r.to_level FROM risk_changes r JOIN students s ON s.id = r.student_id "
            "WHERE s.status = 'enrolled' ORDER BY r.student_id, r.at, r.id");
        while (st.step())
            changes[st.int64(0)].append({ st.text(1), st.integer(2), st.integer(3) });
    }
    // Students with no change keep their level throughout.
    RiskCounts steady;
    for (auto it = c.enrolled.cbegin(); it != c.enrolled.cend(); ++it)
        if (!changes.contains(it.key()))
            count(steady, it->level);
    auto levelsBefore = [&](const QString &before, QSet<qint64> *key) {
        RiskCounts counts = steady;
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            const int level = levelBefore(*it, before);
            count(counts, level);
            if (key && level >= 2)
                key->insert(it.key());
        }
        return counts;
    };
    f.atStart = levelsBefore(utcMidnight(f.period.from.addDays(1)), nullptr);
    f.atEnd = levelsBefore(c.endAfterUtc, &c.keyAtEnd);
    for (auto it = c.enrolled.cbegin(); it != c.enrolled.cend(); ++it)
        if (it->level >= 2 && !changes.contains(it.key()))
            c.keyAtEnd.insert(it.key());
    f.keyStudentsAtEnd = f.atEnd.red + f.atEnd.orange;

    // Each week (Monday to Sunday) that has begun by the end day, at its last day (or the end day).
    if (f.period.from <= clock::today()) {
        for (QDate monday = f.period.from.addDays(1 - f.period.from.dayOfWeek()); monday <= c.endDay;
             monday = monday.addDays(7)) {
            const QDate last = std::min(monday.addDays(6), c.endDay);
            f.weeks.append({ monday, levelsBefore(utcMidnight(last.addDays(1)), nullptr) });
        }
    }

    // Changes in the period (every student's, archived ones too: they happened).
    {
        Statement st(c.db,
            "SELECT coalesce(sum(to_level > from_level), 0), coalesce(sum(to_level < from_level), 0), "
            "count(DISTINCT CASE WHEN to_level >= 2 AND from_level < 2 THEN student_id END) "
            "FROM risk_changes WHERE at >= ?1 AND at < ?2");
        st.bind(1, c.fromUtc).bind(2, c.afterUtc);
        if (st.step()) {
            f.levelsRaised = st.integer(0);
            f.levelsLowered = st.integer(1);
            f.newKeyStudents = st.integer(2);
        }
    }
    // Key students at the end with a plan active at the end.
    {
        Statement st(
            c.db, "SELECT DISTINCT student_id FROM key_plans WHERE created_at < ?1 AND (closed_at IS NULL OR closed_at >= ?1)");
        st.bind(1, c.endAfterUtc);
        while (st.step())
            if (c.keyAtEnd.contains(st.int64(0)))
                ++f.plansAtEnd;
    }
}

} // namespace xinan::figures
