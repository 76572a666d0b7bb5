// HomeVisitRepository's coverage, missing and due lists and the coverage rules
// (homevisitrepository.h): one or two SQL queries each, grouped in C++.
#include "homevisitrepository.h"

#include "../error.h"
#include "../platform/clock.h"
#include "../store/access.h"
#include "../store/database.h"
#include "classscope.h"
#include "homevisitshared.h"
#include "settingsrepository.h"
#include "termcalendar.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <map>

namespace xinan {
using namespace homevisits;
namespace {

bool isIntakeGrade(int grade)
{
    return grade == 1 || grade == 7 || grade == 10 || grade == 13;
}

void applyRules(ClassVisitCoverage &c, const CoverageRules &rules, const SchoolTerm &term)
{
    c.missing = c.enrolled - c.visited;
    c.required = c.enrolled;
    c.requiredOnsite = 0;
    if (rules.base == CoverageRules::Base::ClassSize && c.enrolled >= 50) {
        c.required = (c.enrolled + 1) / 2;
        c.requiredOnsite = (c.enrolled + 1) / 2;
    }
    if (rules.intakeGrades && term.number() == 1 && isIntakeGrade(c.grade))
        c.required = c.enrolled;
    c.behind = c.visited < c.required || c.onsite < c.requiredOnsite;
}

QDate monthEnd(const QDate &d)
{
    return QDate(d.year(), d.month(), d.daysInMonth());
}

} // namespace

TermCoverage HomeVisitRepository::coverage(const QString &termId)
{
    const Access &access = m_db.access();
    requireAccess(access, DataKind::HomeVisits, AccessOp::Read);
    TermCoverage out;
    out.term = resolveTerm(m_db, termId);
    out.rules = rules();

    // The enrolled students and their classes.
    struct Seen
    {
        qsizetype classIndex = -1;
        bool visited = false;
        bool onsite = false;
    };
    QHash<qint64, Seen> students;
    std::map<std::pair<int, QString>, qsizetype> classIndex;
    {
        const ClassScope scope(access, 1);
        Statement st(m_db,
            QByteArray(QByteArray("SELECT id, grade, class_name FROM students WHERE status = 'enrolled'")
                + scope.condition("grade", "class_name"))
                .constData());
        scope.bind(st);
        students.reserve(8192);
        while (st.step()) {
            const auto key = std::make_pair(st.integer(1), st.text(2));
            auto it = classIndex.find(key);
            if (it == classIndex.end()) {
                ClassVisitCoverage c;
                c.grade = key.first;
                c.className = key.second;
                out.classes.append(c);
                it = classIndex.emplace(key, out.classes.size() - 1).first;
            }
            ++out.classes[it->second].enrolled;
            students.insert(st.int64(0), Seen { it->second });
        }
    }
    // The term's visits, one row a visited student (the reader's students only).
    {
        const ClassScope scope(access, 3);
        Statement st(m_db,
            QByteArray(QByteArray("SELECT x.visit_id, x.student_id, hv.form = 'onsite' FROM home_visits hv "
                                  "JOIN home_visit_students x ON x.visit_id = hv.id JOIN students s ON s.id = x.student_id "
                                  "WHERE hv.visited_at >= ?1 AND hv.visited_at < ?2")
                + scope.condition("s.grade", "s.class_name"))
                .constData());
        st.bind(1, dayStart(out.term.startsOn)).bind(2, dayAfter(out.term.endsOn));
        scope.bind(st);
        QSet<qint64> visits;
        while (st.step()) {
            visits.insert(st.int64(0));
            const auto it = students.find(st.int64(1));
            if (it == students.end())
                continue; // no longer enrolled
            it->visited = true;
            it->onsite = it->onsite || st.integer(2) != 0;
        }
        out.visits = static_cast<int>(visits.size());
    }
    for (const Seen &s : std::as_const(students)) {
        ClassVisitCoverage &c = out.classes[s.classIndex];
        c.visited += s.visited ? 1 : 0;
        c.onsite += s.onsite ? 1 : 0;
    }
    for (ClassVisitCoverage &c : out.classes) {
        applyRules(c, out.rules, out.term);
        out.enrolled += c.enrolled;
        out.visited += c.visited;
        out.onsite += c.onsite;
    }
    std::sort(out.classes.begin(), out.classes.end(), [](const ClassVisitCoverage &a, const ClassVisitCoverage &b) {
        return classLess(a.grade, a.className, b.grade, b.className);
    });
    return out;
}

QList<MissingVisit> HomeVisitRepository::missing(const QString &termId, int grade, const QString &className)
{
    const Access &access = m_db.access();
    requireAccess(access, DataKind::HomeVisits, AccessOp::Read);
    const SchoolTerm term = resolveTerm(m_db, termId);
    const ClassScope scope(access, 5);
    QByteArray sql("SELECT s.id, s.student_no, s.name, s.grade, s.class_name, "
                   "(SELECT max(hv.visited_at) FROM home_visit_students x JOIN home_visits hv ON hv.id = x.visit_id "
                   "WHERE x.student_id = s.id) "
                   "FROM students s WHERE s.status = 'enrolled' "
                   "AND (?3 = 0 OR s.grade = ?3) AND (?4 = '' OR s.class_name = ?4) "
                   "AND NOT EXISTS (SELECT 1 FROM home_visit_students x JOIN home_visits hv ON hv.id = x.visit_id "
                   "WHERE x.student_id = s.id AND hv.visited_at >= ?1 AND hv.visited_at < ?2)");
    sql += scope.condition("s.grade", "s.class_name");
    sql += " ORDER BY s.grade, length(s.class_name), s.class_name, substr(s.search_key, instr(s.search_key, '|') + 1), s.id";
    Statement st(m_db, sql.constData());
    st.bind(1, dayStart(term.startsOn)).bind(2, dayAfter(term.endsOn)).bind(3, grade).bind(4, className);
    scope.bind(st);
    QList<MissingVisit> out;
    while (st.step()) {
        MissingVisit m;
        m.studentId = st.int64(0);
        m.studentNo = st.text(1);
        m.name = st.text(2);
        m.grade = st.integer(3);
        m.className = st.text(4);
        if (!st.isNull(5))
            m.lastVisit = timeFrom(st.text(5)).date();
        out.append(m);
    }
    return out;
}

QList<DueVisit> HomeVisitRepository::due(int horizonDays)
{
    const Access &access = m_db.access();
    requireAccess(access, DataKind::HomeVisits, AccessOp::Read);
    const CoverageRules r = rules();
    const QDate today = clock::today();
    const QDate horizon = today.addDays(std::max(0, horizonDays));
    QList<DueVisit> out;
    auto push = [&](DueVisit d) {
        if (d.dueOn > horizon)
            return;
        d.overdueDays = today > d.dueOn ? static_cast<int>(d.dueOn.daysTo(today)) : 0;
        out.append(d);
    };

    // Key students (orange, red): a visit each calendar month, one 实地 visit each term.
    if (r.keyStudentsMonthly && access.allows(DataKind::KeyStudentMark, AccessOp::Read)) {
        const SchoolTerm term = TermCalendar(m_db).termContaining(today);
        struct Key
        {
            DueVisit base;
            QDate since; // became key (local day); null: unknown, long ago
            QList<QPair<QDate, bool>> visits; // day, on site
        };
        QList<Key> keys;
        const ClassScope scope(access, 1);
        Statement st(m_db,
            QByteArray(
                QByteArray(
                    "SELECT s.id, s.student_no, s.name, s.grade, s.class_name, "
                    "coalesce((SELECT max(at) FROM risk_changes WHERE student_id = s.id AND to_level >= 2 AND from_level < "
                    "2), (SELECT max(at) FROM risk_changes WHERE student_id = s.id AND to_level >= 2)), "
                    "hv.visited_at, hv.form = 'onsite' FROM students s "
                    "LEFT JOIN home_visit_students x ON x.student_id = s.id LEFT JOIN home_visits hv ON hv.id = x.visit_id "
                    "WHERE s.status = 'enrolled' AND s.risk_level >= 2")
                + scope.condition("s.grade", "s.class_name") + " ORDER BY s.id")
                .constData());
        scope.bind(st);
        while (st.step()) {
            const qint64 id = st.int64(0);
            if (keys.isEmpty() || keys.last().base.studentId != id) {
                Key k;
                k.base.studentId = id;
                k.base.studentNo = st.text(1);
                k.base.name = st.text(2);
                k.base.grade = st.integer(3);
                k.base.className = st.text(4);
                if (!st.isNull(5))
                    k.since = QDateTime::fromString(st.text(5), Qt::ISODate).toLocalTime().date();
                keys.append(k);
            }
            if (!st.isNull(6))
                keys.last().visits.append({ timeFrom(st.text(6)).date(), st.integer(7) != 0 });
        }
        const QDate thisMonth(today.year(), today.month(), 1);
        const QDate lastMonth = thisMonth.addMonths(-1);
        for (const Key &k : std::as_const(keys)) {
            QDate last;
            for (const auto &v : k.visits)
                if (!last.isValid() || v.first > last)
                    last = v.first;
            // A month is required when the student was key during it; the month the student
            // became key is due two weeks after that day at the earliest.
            auto monthDue = [&](const QDate &first) -> QDate {
                const QDate end = monthEnd(first);
                if (!k.since.isValid() || k.since < first)
                    return end;
                if (k.since > end)
                    return {};
                return std::max(end, k.since.addDays(14));
            };
            auto visitedBetween = [&](const QDate &from, const QDate &to) {
                return std::any_of(
                    k.visits.cbegin(), k.visits.cend(), [&](const auto &v) { return v.first >= from && v.first <= to; });
            };
            DueVisit d = k.base;
            d.lastVisit = last;
            const QDate lastDue = monthDue(lastMonth);
            const QDate thisDue = monthDue(thisMonth);
            if (lastDue.isValid() && !visitedBetween(lastMonth, lastDue)) {
                d.why = DueVisit::Why::KeyMonthly;
                d.dueOn = lastDue;
                push(d);
            } else if (thisDue.isValid() && !visitedBetween(thisMonth, thisDue)) {
                d.why = DueVisit::Why::KeyMonthly;
                d.dueOn = thisDue;
                push(d);
            }
            const bool onsite = std::any_of(
                k.visits.cbegin(), k.visits.cend(), [&](const auto &v) { return v.second && term.contains(v.first); });
            if (!onsite) {
                d.why = DueVisit::Why::KeyOnsite;
                d.dueOn = term.endsOn;
                push(d);
            }
        }
    }

    // Returned students: a visit within 14 days of the return day (on or after it).
    if (r.returnWithinTwoWeeks) {
        const ClassScope scope(access, 1);
        Statement st(m_db,
            QByteArray(
                QByteArray(
                    "SELECT s.id, s.student_no, s.name, s.grade, s.class_name, r.return_on, "
                    "(SELECT max(hv.visited_at) FROM home_visit_students x JOIN home_visits hv ON hv.id = x.visit_id "
                    "WHERE x.student_id = s.id) FROM students s "
                    "JOIN return_applications r ON r.student_id = s.id AND r.decision = 'approve' AND r.return_on IS NOT NULL "
                    "AND r.return_on = (SELECT max(r2.return_on) FROM return_applications r2 WHERE r2.student_id = s.id "
                    "AND r2.decision = 'approve') "
                    "WHERE s.status = 'enrolled'")
                + scope.condition("s.grade", "s.class_name") + " GROUP BY s.id")
                .constData());
        scope.bind(st);
        while (st.step()) {
            const QDate returned = dayFrom(st.text(5));
            const QDate last = st.isNull(6) ? QDate() : timeFrom(st.text(6)).date();
            if (!returned.isValid() || (last.isValid() && last >= returned))
                continue;
            DueVisit d;
            d.why = DueVisit::Why::AfterReturn;
            d.studentId = st.int64(0);
            d.studentNo = st.text(1);
            d.name = st.text(2);
            d.grade = st.integer(3);
            d.className = st.text(4);
            d.lastVisit = last;
            d.dueOn = returned.addDays(14);
            push(d);
        }
    }
    std::sort(out.begin(), out.end(), [](const DueVisit &a, const DueVisit &b) {
        if (a.overdueDays != b.overdueDays)
            return a.overdueDays > b.overdueDays;
        if (a.dueOn != b.dueOn)
            return a.dueOn < b.dueOn;
        if (a.grade != b.grade || a.className != b.className)
            return classLess(a.grade, a.className, b.grade, b.className);
        if (a.studentId != b.studentId)
            return a.studentId < b.studentId;
        return static_cast<int>(a.why) < static_cast<int>(b.why);
    });
    return out;
}

CoverageRules HomeVisitRepository::rules()
{
    CoverageRules r;
    const QString text = SettingsRepository(m_db, m_actor).value(QLatin1String(RulesKey));
    if (text.isEmpty())
        return r;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    r.base = o.value(QLatin1String("base")).toString() == QLatin1String("class_size") ? CoverageRules::Base::ClassSize
                                                                                      : CoverageRules::Base::EveryStudent;
    r.intakeGrades = o.value(QLatin1String("intake_grades")).toBool(true);
    r.keyStudentsMonthly = o.value(QLatin1String("key_monthly")).toBool(true);
    r.returnWithinTwoWeeks = o.value(QLatin1String("return_two_weeks")).toBool(true);
    return r;
}

void HomeVisitRepository::setRules(const CoverageRules &r)
{
    QJsonObject o;
    o.insert(QLatin1String("base"),
        r.base == CoverageRules::Base::ClassSize ? QStringLiteral("class_size") : QStringLiteral("every_student"));
    o.insert(QLatin1String("intake_grades"), r.intakeGrades);
    o.insert(QLatin1String("key_monthly"), r.keyStudentsMonthly);
    o.insert(QLatin1String("return_two_weeks"), r.returnWithinTwoWeeks);
    const QString text = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    SettingsRepository(m_db, m_actor).setValue(QLatin1String(RulesKey), text);
}

} // namespace xinan
