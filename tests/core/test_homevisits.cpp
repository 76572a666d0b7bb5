// 家访: terms (the usual calendar and the school's own), recording visits and their checks,
// coverage per class and grade under the school's rules (every student, the class-size preset,
// intake grades in their first term), the students still missing, the key-student and return
// rules' due visits with "today" set through the clock, and who may read and write what.
#include "error.h"
#include "repo/homevisitrepository.h"
#include "repo/riskrepository.h"
#include "repo/studentrepository.h"
#include "repo/termcalendar.h"
#include "repo/timelineentry.h"
#include "services/demodata.h"
#include "services/schoolfile.h"
#include "services/timeline.h"
#include "store/access.h"
#include "store/database.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>

using namespace xinan;

namespace {

struct Fixture
{
    clock::testing::FixedClock fixedClock { test::testNow() };
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("v.xinan"));
    SchoolFile school = [this] {
        test::createSchool(path);
        return SchoolFile::unlockWithPassword(path, QString(), test::secret("correct horse 1"));
    }();
    Database &db = school.db();
    HomeVisitRepository visits { db, QStringLiteral("wang") };
    int nextNo = 1;

    qint64 addStudent(int grade, const QString &className, StudentStatus status = StudentStatus::Enrolled,
        const QString &name = QStringLiteral("学生"))
    {
        Student s;
        s.studentNo = QStringLiteral("G52%1").arg(nextNo++, 10, 10, QLatin1Char('0'));
        s.name = name;
        s.grade = grade;
        s.className = className;
        s.status = status;
        return StudentRepository(db, QStringLiteral("wang")).add(s);
    }
    QList<qint64> addClass(int grade, const QString &className, int size)
    {
        QList<qint64> ids;
        for (int i = 0; i < size; ++i)
            ids << addStudent(grade, className);
        return ids;
    }
    static HomeVisit sample(QList<qint64> students, const QDate &day, VisitForm form = VisitForm::Onsite)
    {
        HomeVisit v;
        v.studentIds = std::move(students);
        v.visitedAt = QDateTime(day, QTime(16, 30));
        v.form = form;
        v.visitors = { { VisitorRole::ClassTeacher, QString(), QStringLiteral("杨老师") } };
        v.metWhom = QStringLiteral("张XX");
        v.metRelation = QStringLiteral("母亲");
        v.familyTags = { QStringLiteral("left_behind") };
        v.agreed = QStringLiteral("每周电话沟通一次");
        return v;
    }
    qint64 visitOn(QList<qint64> students, const QDate &day, VisitForm form = VisitForm::Onsite)
    {
        return visits.add(sample(std::move(students), day, form));
    }
    void addSchoolTerm(const char *id, const QDate &from, const QDate &to)
    {
        Statement st(db, "INSERT INTO terms (id, starts_on, ends_on) VALUES (?, ?, ?)");
        st.bind(1, id).bind(2, from.toString(Qt::ISODate)).bind(3, to.toString(Qt::ISODate)).run();
    }
    void setLevel(qint64 student, int level)
    {
        Statement st(db, "UPDATE students SET risk_level = ? WHERE id = ?");
        st.bind(1, level).bind(2, student).run();
    }
    // A leave and an approved return application with the first day back.
    void returned(qint64 student, const QDate &returnOn)
    {
        Statement leave(db,
            "INSERT INTO leaves (student_id, starts_on, reason_category, ended_on, recorded_by, created_at) "
            "VALUES (?, ?, 'mental', ?, 'wang', '2026-01-01T00:00:00Z')");
        leave.bind(1, student)
            .bind(2, returnOn.addMonths(-3).toString(Qt::ISODate))
            .bind(3, returnOn.toString(Qt::ISODate))
            .run();
        Statement app(db,
            "INSERT INTO return_applications (leave_id, student_id, applied_on, decision, decided_on, return_on, recorded_by, "
            "created_at) VALUES (?, ?, ?, 'approve', ?, ?, 'wang', '2026-01-01T00:00:00Z')");
        const QString day = returnOn.toString(Qt::ISODate);
        app.bind(1, db.lastInsertId()).bind(2, student).bind(3, day).bind(4, day).bind(5, day).run();
    }
    static const ClassVisitCoverage *classRow(const TermCoverage &c, int grade, const QString &className)
    {
        for (const ClassVisitCoverage &row : c.classes)
            if (row.grade == grade && row.className == className)
                return &row;
        return nullptr;
    }
    void actAs(AccountRole role, QSet<ClassRef> classes = {})
    {
        db.setAccess(Access::forAccount(QStringLiteral("someone"), role, std::move(classes), {}));
    }
};

} // namespace

TEST_CASE("term ids, display names, previous and next terms, and ids that are not terms", "[visits]")
{
    struct Row
    {
        const char *id;
        bool valid;
        QDate from, to;
        const char *previous, *next;
    };
    const Row rows[] = {
        { "2026-2027-1", true, QDate(2026, 9, 1), QDate(2027, 1, 31), "2025-2026-2", "2026-2027-2" },
        { "2026-2027-2", true, QDate(2027, 2, 1), QDate(2027, 8, 31), "2026-2027-1", "2027-2028-1" },
        { " 2027-2028-1 ", true, QDate(2027, 9, 1), QDate(2028, 1, 31), "2026-2027-2", "2027-2028-2" },
        { "2026-2028-1", false, {}, {}, "", "" },
        { "2026-2027-3", false, {}, {}, "", "" },
        { "2026-2027", false, {}, {}, "", "" },
        { "autumn", false, {}, {}, "", "" },
        { "", false, {}, {}, "", "" },
    };
    for (const Row &r : rows) {
        INFO(r.id);
        const auto t = calendarTerm(QString::fromLatin1(r.id));
        REQUIRE(t.has_value() == r.valid);
        if (!r.valid)
            continue;
        CHECK(t->startsOn == r.from);
        CHECK(t->endsOn == r.to);
        CHECK(t->fromCalendar);
        CHECK(previousTermId(t->id) == QLatin1String(r.previous));
        CHECK(nextTermId(t->id) == QLatin1String(r.next));
    }
    CHECK(calendarTerm(QStringLiteral("2026-2027-1"))->firstYear() == 2026);
    CHECK(calendarTerm(QStringLiteral("2026-2027-2"))->number() == 2);
    CHECK(termDisplayName(QStringLiteral("2026-2027-1")).contains(QStringLiteral("2026")));
    CHECK(termDisplayName(QStringLiteral("not a term")) == QStringLiteral("not a term"));

    struct Day
    {
        QDate day;
        const char *term;
    };
    const Day days[] = {
        { QDate(2026, 9, 1), "2026-2027-1" },
        { QDate(2027, 1, 31), "2026-2027-1" },
        { QDate(2027, 2, 1), "2026-2027-2" },
        { QDate(2027, 8, 31), "2026-2027-2" },
        { QDate(2026, 8, 31), "2025-2026-2" },
    };
    for (const Day &d : days) {
        INFO(d.day.toString(Qt::ISODate).toStdString());
        CHECK(calendarTermContaining(d.day).id == QLatin1String(d.term));
    }
}

TEST_CASE_METHOD(Fixture, "the term calendar uses the school's terms where set and the usual calendar elsewhere", "[visits]")
{
    TermCalendar calendar(db);
    CHECK(calendar.currentTerm().id == QStringLiteral("2026-2027-1"));
    CHECK(calendar.currentTerm().fromCalendar);
    addSchoolTerm("2026-2027-1", QDate(2026, 9, 1), QDate(2027, 1, 20));
    CHECK_FALSE(calendar.currentTerm().fromCalendar);
    CHECK(calendar.term(QStringLiteral("2026-2027-1")).endsOn == QDate(2027, 1, 20));
    // The gap after the school's term: the calendar's term, clipped to begin after it.
    const SchoolTerm gap = calendar.termContaining(QDate(2027, 1, 25));
    CHECK(gap.fromCalendar);
    CHECK(gap.startsOn == QDate(2027, 1, 21));
    CHECK(gap.endsOn == QDate(2027, 1, 31));
    CHECK(calendar.term(QStringLiteral("2026-2027-2")).startsOn == QDate(2027, 2, 1));
    try {
        calendar.term(QStringLiteral("2026秋"));
        FAIL("a bad term id was accepted");
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::Rejected);
        CHECK(e.message().contains(QStringLiteral("2026-2027-1")));
        CHECK(e.message().contains(QStringLiteral("2026秋")));
    }
    CHECK_THROWS_MATCHES(visits.coverage(QStringLiteral("2026-27-1")), Error, test::HasKind(ErrorKind::Rejected));
}

TEST_CASE_METHOD(Fixture, "a visit counts in the term that contains its day, at the term boundaries", "[visits]")
{
    clock::testing::FixedClock later(QDate(2027, 3, 1));
    struct Row
    {
        bool schoolTerms;
        QDate day;
        const char *term;
        int visited; // in that term
    };
    const Row rows[] = {
        { false, QDate(2027, 1, 31), "2026-2027-1", 1 },
        { false, QDate(2027, 1, 31), "2026-2027-2", 0 },
        { false, QDate(2027, 2, 1), "2026-2027-1", 0 },
        { false, QDate(2027, 2, 1), "2026-2027-2", 1 },
        { false, QDate(2026, 9, 1), "2026-2027-1", 1 },
        { false, QDate(2026, 8, 31), "2026-2027-1", 0 },
        { true, QDate(2027, 1, 20), "2026-2027-1", 1 },
        { true, QDate(2027, 1, 21), "2026-2027-1", 0 },
        { true, QDate(2027, 1, 31), "2026-2027-2", 0 },
        { true, QDate(2027, 2, 21), "2026-2027-2", 0 },
        { true, QDate(2027, 2, 22), "2026-2027-2", 1 },
    };
    const qint64 student = addStudent(8, QStringLiteral("1班"));
    bool termsSet = false;
    for (const Row &r : rows) {
        INFO(r.day.toString(Qt::ISODate).toStdString() << " in " << r.term << (r.schoolTerms ? " (school terms)" : ""));
        if (r.schoolTerms && !termsSet) {
            addSchoolTerm("2026-2027-1", QDate(2026, 9, 1), QDate(2027, 1, 20));
            addSchoolTerm("2026-2027-2", QDate(2027, 2, 22), QDate(2027, 7, 9));
            termsSet = true;
        }
        const qint64 id = visitOn({ student }, r.day);
        const TermCoverage c = visits.coverage(QString::fromLatin1(r.term));
        CHECK(c.visited == r.visited);
        CHECK(c.visits == r.visited);
        CHECK(visits.visitsIn(QString::fromLatin1(r.term)).size() == r.visited);
        CHECK(visits.missing(QString::fromLatin1(r.term)).size() == 1 - r.visited);
        visits.remove(id);
    }
}

TEST_CASE_METHOD(Fixture, "a family visit counts for each child and archived or on-leave students are not due", "[visits]")
{
    const qint64 elder = addStudent(8, QStringLiteral("1班"), StudentStatus::Enrolled, QStringLiteral("王大"));
    const qint64 younger = addStudent(7, QStringLiteral("3班"), StudentStatus::Enrolled, QStringLiteral("王小"));
    const qint64 alone = addStudent(8, QStringLiteral("1班"), StudentStatus::Enrolled, QStringLiteral("李一"));
    for (StudentStatus s :
        { StudentStatus::Graduated, StudentStatus::TransferredOut, StudentStatus::Withdrawn, StudentStatus::Suspended })
        addStudent(8, QStringLiteral("1班"), s);
    const qint64 visitId = visitOn({ elder, younger }, QDate(2026, 10, 12));

    const TermCoverage c = visits.coverage();
    CHECK(c.term.id == QStringLiteral("2026-2027-1"));
    CHECK(c.enrolled == 3);
    CHECK(c.visited == 2);
    CHECK(c.onsite == 2);
    CHECK(c.visits == 1);
    REQUIRE(c.classes.size() == 2);
    CHECK(c.classes.at(0).grade == 7); // by grade
    const ClassVisitCoverage *eight = classRow(c, 8, QStringLiteral("1班"));
    REQUIRE(eight);
    CHECK(eight->enrolled == 2);
    CHECK(eight->visited == 1);
    CHECK(eight->missing == 1);
    CHECK(eight->behind);
    const ClassVisitCoverage *seven = classRow(c, 7, QStringLiteral("3班"));
    REQUIRE(seven);
    CHECK(seven->visited == 1);
    CHECK_FALSE(seven->behind);
    CHECK(c.grades().size() == 2);

    const QList<MissingVisit> missing = visits.missing();
    REQUIRE(missing.size() == 1);
    CHECK(missing.first().studentId == alone);
    CHECK_FALSE(missing.first().lastVisit.isValid());
    CHECK(visits.missing({}, 7).isEmpty());

    const HomeVisit read = visits.visit(visitId);
    CHECK(read.studentIds.size() == 2);
    CHECK(read.visitors.size() == 1);
    CHECK(read.familyTags == QStringList { QStringLiteral("left_behind") });
    CHECK(visits.studentVisits(younger).size() == 1);

    // The visit is on each child's timeline.
    const QList<TimelineEntry> line = studentTimeline(db, younger, QStringLiteral("wang"));
    CHECK(std::any_of(line.cbegin(), line.cend(), [&](const TimelineEntry &e) {
        return e.kind == QStringLiteral("homevisit") && e.sourceId == visitId && e.date == QDate(2026, 10, 12);
    }));

    // A student who leaves the school no longer counts, though the visit stays.
    Statement st(db, "UPDATE students SET status = 'transferred' WHERE id = ?");
    st.bind(1, younger).run();
    const TermCoverage after = visits.coverage();
    CHECK(after.enrolled == 2);
    CHECK(after.visited == 1);
    CHECK(after.visits == 1);
}

TEST_CASE_METHOD(Fixture, "the class-size preset at 30, 31, 49 and 50 students and intake grades in their first term", "[visits]")
{
    struct Row
    {
        const char *className;
        int grade;
        int size;
        int visitedOnsite;
        int visitedPhone;
        int required;
        int requiredOnsite;
        bool behind;
    };
    const Row rows[] = {
        { "10班", 8, 30, 29, 0, 30, 0, true }, { "2班", 8, 31, 20, 11, 31, 0, false }, { "3班", 8, 49, 40, 8, 49, 0, true },
        { "4班", 8, 50, 25, 0, 25, 25, false }, { "5班", 9, 50, 20, 10, 25, 25, true }, // half visited, but not half on site
        { "6班", 7, 50, 25, 0, 50, 25, true }, // intake grade in its first term: every student
    };
    for (const Row &r : rows) {
        const QString className = QString::fromUtf8(r.className);
        const QList<qint64> ids = addClass(r.grade, className, r.size);
        for (int i = 0; i < r.visitedOnsite; ++i)
            visitOn({ ids.at(i) }, QDate(2026, 10, 1));
        for (int i = r.visitedOnsite; i < r.visitedOnsite + r.visitedPhone; ++i)
            visitOn({ ids.at(i) }, QDate(2026, 10, 2), VisitForm::Phone);
    }
    CoverageRules rules;
    rules.base = CoverageRules::Base::ClassSize;
    visits.setRules(rules);
    CHECK(visits.rules() == rules);
    const TermCoverage c = visits.coverage();
    for (const Row &r : rows) {
        const QString className = QString::fromUtf8(r.className);
        INFO("grade " << r.grade << " class of " << r.size);
        const ClassVisitCoverage *row = classRow(c, r.grade, className);
        REQUIRE(row);
        CHECK(row->enrolled == r.size);
        CHECK(row->visited == r.visitedOnsite + r.visitedPhone);
        CHECK(row->onsite == r.visitedOnsite);
        CHECK(row->required == r.required);
        CHECK(row->requiredOnsite == r.requiredOnsite);
        CHECK(row->behind == r.behind);
    }
    // The spring term is not the intake grade's first: half on site is enough there.
    const TermCoverage spring = visits.coverage(QStringLiteral("2026-2027-2"));
    const ClassVisitCoverage *intake = classRow(spring, 7, QStringLiteral("6班"));
    REQUIRE(intake);
    CHECK(intake->required == 25);
    // Without the intake rule the autumn term asks half too.
    rules.intakeGrades = false;
    visits.setRules(rules);
    const TermCoverage noIntake = visits.coverage();
    CHECK(classRow(noIntake, 7, QStringLiteral("6班"))->required == 25);
    // The default rule: every student.
    visits.setRules(CoverageRules {});
    const TermCoverage every = visits.coverage();
    const ClassVisitCoverage *big = classRow(every, 8, QStringLiteral("4班"));
    REQUIRE(big);
    CHECK(big->required == 50);
    CHECK(big->requiredOnsite == 0);
    CHECK(big->behind);
    // By grade, then class in natural order (2班 before 10班).
    QStringList order;
    for (const ClassVisitCoverage &row : every.classes)
        order << QStringLiteral("%1/%2").arg(row.grade).arg(row.className);
    CHECK(order.join(u' ') == QStringLiteral("7/6班 8/2班 8/3班 8/4班 8/10班 9/5班"));
    const QList<ClassVisitCoverage> grades = every.grades();
    REQUIRE(grades.size() == 3);
    CHECK(grades.at(1).enrolled == 160);
    CHECK(grades.at(1).visited == 29 + 31 + 48 + 25);
}

TEST_CASE_METHOD(Fixture, "key students need a visit each month and one on site a term", "[visits]")
{
    const qint64 key = addStudent(8, QStringLiteral("1班"), StudentStatus::Enrolled, QStringLiteral("赵重"));
    const qint64 plain = addStudent(8, QStringLiteral("1班"));
    setLevel(key, 2);
    struct Row
    {
        QDate today;
        QList<QPair<QDate, VisitForm>> visits;
        int horizon;
        QList<QPair<DueVisit::Why, QDate>> due; // what is due, with the due day
        QList<int> overdue;
    };
    const Row rows[] = {
        // No visit at all: October was missed (overdue since 31 Oct), the on-site visit is
        // due at the term's end (not within 7 days).
        { QDate(2026, 11, 16), {}, 7, { { DueVisit::Why::KeyMonthly, QDate(2026, 10, 31) } }, { 16 } },
        // October visited by phone: November is due at its end, within 14 days; no 实地 yet.
        { QDate(2026, 11, 16), { { QDate(2026, 10, 20), VisitForm::Phone } }, 14,
            { { DueVisit::Why::KeyMonthly, QDate(2026, 11, 30) } }, { 0 } },
        // Near the term's end: the on-site visit is due too.
        { QDate(2027, 1, 28), { { QDate(2026, 12, 20), VisitForm::Phone }, { QDate(2027, 1, 5), VisitForm::Phone } }, 7,
            { { DueVisit::Why::KeyOnsite, QDate(2027, 1, 31) } }, { 0 } },
        // Visited on site this month and last: nothing due.
        { QDate(2026, 11, 16), { { QDate(2026, 10, 20), VisitForm::Onsite }, { QDate(2026, 11, 2), VisitForm::Phone } }, 30, {},
            {} },
        // A new term: January and February visited, the spring term's 实地 visit is due at its end only.
        { QDate(2027, 2, 3), { { QDate(2027, 1, 5), VisitForm::Phone }, { QDate(2027, 2, 2), VisitForm::Phone } }, 0, {}, {} },
    };
    for (const Row &r : rows) {
        INFO("today " << r.today.toString(Qt::ISODate).toStdString());
        clock::testing::FixedClock day(r.today);
        QList<qint64> added;
        for (const auto &v : r.visits)
            added << visitOn({ key }, v.first, v.second);
        const QList<DueVisit> due = visits.due(r.horizon);
        REQUIRE(due.size() == r.due.size());
        for (qsizetype i = 0; i < due.size(); ++i) {
            CHECK(due.at(i).studentId == key);
            CHECK(due.at(i).why == r.due.at(i).first);
            CHECK(due.at(i).dueOn == r.due.at(i).second);
            CHECK(due.at(i).overdueDays == r.overdue.at(i));
        }
        for (qint64 id : added)
            visits.remove(id);
    }
    // A student who became key (red) on 25 November: November's visit is due two weeks after that day.
    clock::testing::FixedClock december(QDate(2026, 12, 3));
    setLevel(key, 0);
    {
        RiskRepository risk(db, QStringLiteral("wang"));
        clock::testing::FixedClock when(QDateTime(QDate(2026, 11, 25), QTime(9, 0)));
        risk.change(plain, RiskLevel::Red, RiskSource::Session, QStringLiteral("合成原因"));
    }
    const QList<DueVisit> due = visits.due(7);
    REQUIRE(due.size() == 1);
    CHECK(due.first().studentId == plain);
    CHECK(due.first().why == DueVisit::Why::KeyMonthly);
    CHECK(due.first().dueOn == QDate(2026, 12, 9));
    CHECK(due.first().overdueDays == 0);
    CHECK(dueVisitReason(DueVisit::Why::KeyMonthly).size() > 0);
    // The switch off: nothing for key students.
    CoverageRules off;
    off.keyStudentsMonthly = false;
    visits.setRules(off);
    CHECK(visits.due(30).isEmpty());
}

TEST_CASE_METHOD(Fixture, "a returned student needs a visit within 14 days of the return day", "[visits]")
{
    const qint64 student = addStudent(10, QStringLiteral("2班"));
    returned(student, QDate(2026, 11, 2));
    struct Row
    {
        QDate today;
        QDate visit; // null: none
        int horizon;
        int due;
        int overdue;
    };
    const Row rows[] = {
        { QDate(2026, 11, 5), {}, 7, 0, 0 }, // due 16 Nov, beyond the horizon
        { QDate(2026, 11, 10), {}, 7, 1, 0 }, { QDate(2026, 11, 16), {}, 0, 1, 0 }, // the last day
        { QDate(2026, 11, 17), {}, 0, 1, 1 }, { QDate(2026, 11, 30), {}, 0, 1, 14 },
        { QDate(2026, 11, 30), QDate(2026, 10, 20), 0, 1, 14 }, // a visit before the return does not count
        { QDate(2026, 11, 30), QDate(2026, 11, 12), 0, 0, 0 },
        { QDate(2026, 11, 30), QDate(2026, 11, 25), 0, 0, 0 }, // late, but visited
    };
    for (const Row &r : rows) {
        INFO("today " << r.today.toString(Qt::ISODate).toStdString());
        clock::testing::FixedClock day(r.today);
        const qint64 id = r.visit.isValid() ? visitOn({ student }, r.visit) : 0;
        const QList<DueVisit> due = visits.due(r.horizon);
        REQUIRE(due.size() == r.due);
        if (r.due) {
            CHECK(due.first().why == DueVisit::Why::AfterReturn);
            CHECK(due.first().dueOn == QDate(2026, 11, 16));
            CHECK(due.first().overdueDays == r.overdue);
        }
        if (id)
            visits.remove(id);
    }
}

TEST_CASE_METHOD(Fixture, "a visit with a bad field is refused naming the field and writes nothing", "[visits]")
{
    const qint64 student = addStudent(8, QStringLiteral("1班"));
    const qint64 gone = addStudent(8, QStringLiteral("1班"), StudentStatus::Graduated);
    struct Row
    {
        const char *what;
        std::function<void(HomeVisit &)> spoil;
        QString needle;
    };
    const Row rows[] = {
        { "no student", [](HomeVisit &v) { v.studentIds.clear(); }, QStringLiteral("student") },
        { "unknown student", [](HomeVisit &v) { v.studentIds = { 999999 }; }, QStringLiteral("999999") },
        { "graduated student", [&](HomeVisit &v) { v.studentIds << gone; }, QStringLiteral("not enrolled") },
        { "no visitor", [](HomeVisit &v) { v.visitors.clear(); }, QStringLiteral("Visitors") },
        { "nameless visitor", [](HomeVisit &v) { v.visitors.first().name = QStringLiteral("  "); }, QStringLiteral("Visitors") },
        { "no time", [](HomeVisit &v) { v.visitedAt = {}; }, QStringLiteral("Visited on") },
        { "future", [](HomeVisit &v) { v.visitedAt = QDateTime(QDate(2026, 11, 17), QTime(9, 0)); },
            QStringLiteral("Visited on") },
        { "follow-up before", [](HomeVisit &v) { v.followupOn = QDate(2026, 10, 1); }, QStringLiteral("Follow-up on") },
        { "unknown tag", [](HomeVisit &v) { v.familyTags << QStringLiteral("rich"); }, QStringLiteral("rich") },
        { "long text", [](HomeVisit &v) { v.agreed = QString(HomeVisitRepository::MaxTextLength + 1, QLatin1Char('x')); },
            QStringLiteral("What was agreed") },
        { "control character", [](HomeVisit &v) { v.metWhom = QStringLiteral("张\u202E三"); }, QStringLiteral("Met whom") },
    };
    visits.add(sample({ student }, QDate(2026, 10, 9)));
    const QString before = test::databaseContents(path);
    for (const Row &r : rows) {
        INFO(r.what);
        HomeVisit v = sample({ student }, QDate(2026, 10, 10));
        r.spoil(v);
        try {
            visits.add(v);
            FAIL("accepted");
        } catch (const Error &e) {
            CHECK(e.kind() == ErrorKind::Rejected);
            CHECK(e.message().contains(r.needle));
        }
        // The same refusal inside a batch refuses the whole batch.
        CHECK_THROWS_MATCHES(
            visits.addAll({ sample({ student }, QDate(2026, 10, 11)), v }), Error, test::HasKind(ErrorKind::Rejected));
    }
    CHECK(test::databaseContents(path) == before);
    // A good batch: one audit entry naming the count.
    const QList<qint64> ids
        = visits.addAll({ sample({ student }, QDate(2026, 10, 11)), sample({ student }, QDate(2026, 10, 12), VisitForm::Phone) });
    CHECK(ids.size() == 2);
    Statement audit(db, "SELECT count(*), max(detail) FROM audit_log WHERE entity = 'home_visit' AND action = 'import'");
    REQUIRE(audit.step());
    CHECK(audit.integer(0) == 1);
    CHECK(audit.text(1).contains(QStringLiteral("visits=2")));
    CHECK(visits.studentVisits(student).size() == 3);
    // Update and remove.
    HomeVisit changed = visits.visit(ids.first());
    changed.form = VisitForm::Video;
    changed.agreed = QStringLiteral("下周再访");
    visits.update(changed);
    CHECK(visits.visit(ids.first()).form == VisitForm::Video);
    CHECK(visits.visit(ids.first()).agreed == QStringLiteral("下周再访"));
    visits.remove(ids.first());
    CHECK_THROWS_MATCHES(visits.visit(ids.first()), Error, test::HasKind(ErrorKind::Rejected));
}

TEST_CASE_METHOD(
    Fixture, "class teachers record and read visits of their classes only, the head reads, admins are denied", "[visits]")
{
    const qint64 mine = addStudent(8, QStringLiteral("1班"));
    const qint64 sibling = addStudent(6, QStringLiteral("2班")); // a sibling in another class
    const qint64 other = addStudent(8, QStringLiteral("2班"));
    const qint64 family = visitOn({ mine, sibling }, QDate(2026, 10, 1));
    const qint64 otherVisit = visitOn({ other }, QDate(2026, 10, 2));
    const QString before = test::databaseContents(path);

    actAs(AccountRole::ClassTeacher, { ClassRef { 8, QStringLiteral("1班") } });
    HomeVisitRepository teacher(db, QStringLiteral("someone"));
    // Reading: the family visit lists only the teacher's student; another class's visit is denied.
    const HomeVisit read = teacher.visit(family);
    CHECK(read.studentIds == QList<qint64> { mine });
    CHECK_THROWS_MATCHES(teacher.visit(otherVisit), Error, test::HasKind(ErrorKind::Denied));
    CHECK(teacher.visitsIn({}).size() == 1);
    CHECK_THROWS_MATCHES(teacher.studentVisits(other), Error, test::HasKind(ErrorKind::Denied));
    const TermCoverage c = teacher.coverage();
    REQUIRE(c.classes.size() == 1);
    CHECK(c.classes.first().className == QStringLiteral("1班"));
    CHECK(c.visits == 1);
    CHECK(teacher.missing().isEmpty());
    // Writing: outside the classes denied, nothing written; a family visit with another class's
    // child cannot be changed or removed by them.
    CHECK_THROWS_MATCHES(teacher.add(sample({ other }, QDate(2026, 10, 3))), Error, test::HasKind(ErrorKind::Denied));
    CHECK_THROWS_MATCHES(teacher.add(sample({ mine, other }, QDate(2026, 10, 3))), Error, test::HasKind(ErrorKind::Denied));
    CHECK_THROWS_MATCHES(teacher.remove(family), Error, test::HasKind(ErrorKind::Denied));
    CHECK_THROWS_MATCHES(teacher.remove(otherVisit), Error, test::HasKind(ErrorKind::Denied));
    CHECK_THROWS_MATCHES(teacher.setRules(CoverageRules {}), Error, test::HasKind(ErrorKind::Denied));
    CHECK(test::databaseContents(path) == before);
    const qint64 own = teacher.add(sample({ mine }, QDate(2026, 10, 3), VisitForm::Phone));
    teacher.remove(own);

    actAs(AccountRole::Head);
    HomeVisitRepository head(db, QStringLiteral("someone"));
    CHECK(head.visit(family).studentIds.size() == 2);
    CHECK(head.coverage().visits == 2);
    CHECK(head.missing().size() == 0);
    CHECK_THROWS_MATCHES(head.add(sample({ mine }, QDate(2026, 10, 3))), Error, test::HasKind(ErrorKind::Denied));
    CHECK_THROWS_MATCHES(head.remove(family), Error, test::HasKind(ErrorKind::Denied));
    CHECK_THROWS_MATCHES(head.setRules(CoverageRules {}), Error, test::HasKind(ErrorKind::Denied));

    actAs(AccountRole::Admin);
    HomeVisitRepository admin(db, QStringLiteral("someone"));
    CHECK_THROWS_MATCHES(admin.coverage(), Error, test::HasKind(ErrorKind::Denied));
    CHECK_THROWS_MATCHES(admin.visit(family), Error, test::HasKind(ErrorKind::Denied));
    CHECK_THROWS_MATCHES(admin.due(), Error, test::HasKind(ErrorKind::Denied));
    CHECK_THROWS_MATCHES(admin.add(sample({ mine }, QDate(2026, 10, 3))), Error, test::HasKind(ErrorKind::Denied));
    CoverageRules r;
    r.base = CoverageRules::Base::ClassSize;
    admin.setRules(r); // school settings: administrators may change them
    CHECK(admin.rules() == r);
}

TEST_CASE(
    "the demo school has a term of home visits with a few classes behind and key students visited monthly", "[visits][demo]")
{
    struct Row
    {
        QDate today;
        const char *term; // the term the demo fills
    };
    const Row rows[] = {
        { QDate(2026, 11, 16), "2026-2027-1" },
        { QDate(2027, 2, 5), "2026-2027-1" }, // early in the spring term: the autumn term, whole
    };
    for (const Row &row : rows) {
        INFO("demo on " << row.today.toString(Qt::ISODate).toStdString());
        clock::testing::FixedClock fixed(row.today);
        test::TempDir dir;
        const QString path = dir.path(QStringLiteral("demo.xinan"));
        const QString key
            = createDemoDatabase(path, QStringLiteral("demo"), test::secret("demo lanterns by the river"), { 600, 2026 });
        SchoolFile school = SchoolFile::unlockWithRecoveryKey(path, key, QStringLiteral("demo"));
        HomeVisitRepository visits(school.db(), QStringLiteral("demo"));
        const TermCoverage c = visits.coverage(QString::fromLatin1(row.term));
        REQUIRE(c.enrolled > 0);
        const double rate = double(c.visited) / c.enrolled;
        INFO("coverage " << rate);
        CHECK(rate >= 0.70);
        CHECK(rate <= 0.90);
        int behind = 0;
        for (const ClassVisitCoverage &cls : c.classes)
            behind += cls.rate() < 0.6 ? 1 : 0;
        CHECK(behind >= 2);
        CHECK(behind <= 4);
        // Forms: mostly 实地 and 电话.
        const QList<HomeVisit> all = visits.visitsIn(QString::fromLatin1(row.term));
        REQUIRE(all.size() == c.visits);
        const auto count = [&](VisitForm f) {
            return std::count_if(all.cbegin(), all.cend(), [f](const HomeVisit &v) { return v.form == f; });
        };
        CHECK(count(VisitForm::Onsite) + count(VisitForm::Phone) >= all.size() * 8 / 10);
        CHECK(count(VisitForm::Onsite) > count(VisitForm::Phone));
        CHECK(count(VisitForm::Video) + count(VisitForm::School) > 0);
        for (const HomeVisit &v : all) {
            CHECK(v.visitedAt.date() < row.today);
            CHECK_FALSE(v.visitors.isEmpty());
        }
        // Key students visited monthly, one or two overdue from last month.
        const QList<DueVisit> due = visits.due(0);
        const auto overdueMonthly = std::count_if(
            due.cbegin(), due.cend(), [](const DueVisit &d) { return d.why == DueVisit::Why::KeyMonthly && d.overdueDays > 0; });
        CHECK(overdueMonthly >= 1);
        CHECK(overdueMonthly <= 2);
        const auto keyVisits
            = std::count_if(all.cbegin(), all.cend(), [](const HomeVisit &v) { return v.purpose == VisitPurpose::Key; });
        CHECK(keyVisits > 0);
    }
}
