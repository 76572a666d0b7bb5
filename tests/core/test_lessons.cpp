// 心理健康课: the rule (1 课时 every two teaching weeks for grades 1–12, 10 学时 a term for 中职),
// teaching weeks from the school's terms and holidays or the usual calendar (first 20 weeks),
// "to date" through the clock, coverage per class and grade, validation that writes nothing,
// the audit, and the roles (head reads, class teacher their classes, administrator denied).
#include "error.h"
#include "repo/lessonrepository.h"
#include "repo/studentrepository.h"
#include "services/demodata.h"
#include "services/schoolfile.h"
#include "store/access.h"
#include "store/database.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace xinan;

namespace {

struct Fixture
{
    clock::testing::FixedClock fixedClock { test::testNow() }; // Monday 16 November 2026
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("l.xinan"));
    SchoolFile school = [this] {
        test::createSchool(path);
        return SchoolFile::unlockWithPassword(path, QString(), test::secret("correct horse 1"));
    }();
    Database &db = school.db();
    LessonRepository lessons { db, QStringLiteral("wang") };
    int nextNo = 1;

    void addClass(int grade, const QString &className, int size, StudentStatus status = StudentStatus::Enrolled)
    {
        for (int i = 0; i < size; ++i) {
            Student s;
            s.studentNo = QStringLiteral("G52%1").arg(nextNo++, 10, 10, QLatin1Char('0'));
            s.name = QStringLiteral("学生");
            s.grade = grade;
            s.className = className;
            s.status = status;
            StudentRepository(db, QStringLiteral("wang")).add(s);
        }
    }
    static PsychLesson sample(int grade, const QString &className, const QDate &day, int periods = 1)
    {
        PsychLesson l;
        l.grade = grade;
        l.className = className;
        l.givenOn = day;
        l.periods = periods;
        l.teacher = QStringLiteral("陈老师");
        l.topic = QStringLiteral("认识情绪");
        return l;
    }
    void addSchoolTerm(const char *id, const QDate &from, const QDate &to, QList<HolidaySpan> holidays = {})
    {
        Statement st(db, "INSERT INTO terms (id, starts_on, ends_on) VALUES (?, ?, ?)");
        st.bind(1, id).bind(2, from.toString(Qt::ISODate)).bind(3, to.toString(Qt::ISODate)).run();
        for (const HolidaySpan &h : holidays) {
            Statement hs(db, "INSERT INTO term_holidays (term_id, first_day, last_day, name) VALUES (?, ?, ?, '假')");
            hs.bind(1, id).bind(2, h.first.toString(Qt::ISODate)).bind(3, h.last.toString(Qt::ISODate)).run();
        }
    }
    static const ClassLessonCoverage *row(const QList<ClassLessonCoverage> &rows, int grade, const QString &className)
    {
        for (const ClassLessonCoverage &r : rows)
            if (r.grade == grade && r.className == className)
                return &r;
        return nullptr;
    }
    void actAs(AccountRole role, QSet<ClassRef> classes = {})
    {
        db.setAccess(Access::forAccount(QStringLiteral("someone"), role, std::move(classes), {}));
    }
    int auditRows()
    {
        Statement st(db, "SELECT count(*) FROM audit_log WHERE entity = 'psych_lesson'");
        st.step();
        return st.integer(0);
    }
};

// The school's autumn term with 国庆 (a whole week) and a mid-term break (a whole week) off.
const QList<HolidaySpan> AutumnHolidays = { { QDate(2026, 10, 1), QDate(2026, 10, 9) },
    { QDate(2026, 11, 2), QDate(2026, 11, 6) }, { QDate(2027, 1, 1), QDate(2027, 1, 3) } };

} // namespace

TEST_CASE("the lesson rule: periods required for the term and to date, primary and middle against 中职", "[lessons]")
{
    struct Row
    {
        int grade, teaching, elapsed, required, toDate;
    };
    const Row rows[] = {
        { 1, 20, 11, 10, 5 }, // 1 课时 every two weeks
        { 9, 19, 9, 10, 4 }, // an odd number of weeks: ceil for the term, floor so far
        { 12, 19, 19, 10, 10 }, // all weeks over: the whole term's requirement
        { 12, 1, 0, 1, 0 },
        { 7, 0, 0, 0, 0 }, // no teaching week: nothing due
        { 13, 20, 11, 10, 5 }, // 中职: 10 学时 a term, pro rata
        { 14, 19, 9, 10, 4 }, // 90 / 19 rounded down
        { 15, 20, 19, 10, 9 },
        { 15, 20, 20, 10, 10 },
        { 13, 20, 0, 10, 0 },
    };
    for (const Row &r : rows) {
        INFO("grade " << r.grade << ", " << r.teaching << " weeks, " << r.elapsed << " over");
        CHECK(lessonsRequired(r.grade, r.teaching) == r.required);
        CHECK(lessonsRequiredToDate(r.grade, r.teaching, r.elapsed) == r.toDate);
    }
    CHECK_FALSE(isVocationalGrade(12));
    CHECK(isVocationalGrade(13));
    CHECK(isVocationalGrade(15));
}

TEST_CASE("teaching weeks: the school's term without its holiday weeks, the usual calendar's first 20 weeks", "[lessons]")
{
    struct Row
    {
        const char *what;
        SchoolTerm term;
        QList<HolidaySpan> holidays;
        int teaching;
        QDate asOf;
        int elapsed;
    };
    const SchoolTerm calendar = *calendarTerm(QStringLiteral("2026-2027-1")); // 1 Sep 2026 (Tue) – 31 Jan 2027
    const SchoolTerm own { QStringLiteral("2026-2027-1"), QDate(2026, 9, 1), QDate(2027, 1, 20), false };
    const SchoolTerm spring = *calendarTerm(QStringLiteral("2026-2027-2")); // 1 Feb 2027 (Mon) – 31 Aug
    const Row rows[] = {
        { "calendar autumn", calendar, {}, 20, QDate(2026, 11, 16), 11 },
        { "calendar autumn, a Sunday ends the week", calendar, {}, 20, QDate(2026, 11, 15), 11 },
        { "calendar autumn, a Saturday does not", calendar, {}, 20, QDate(2026, 11, 14), 10 },
        { "calendar autumn, before it", calendar, {}, 20, QDate(2026, 8, 1), 0 },
        { "calendar autumn, in the winter break", calendar, {}, 20, QDate(2027, 1, 28), 20 },
        { "calendar spring", spring, {}, 20, QDate(2027, 3, 1), 4 },
        { "school term, no holidays", own, {}, 21, QDate(2026, 11, 16), 11 },
        // 国庆 takes the week of 5 October (the week of 28 September keeps three school days);
        // the mid-term break the week of 2 November; New Year's Day leaves its week four days.
        { "school term with holidays", own, AutumnHolidays, 19, QDate(2026, 11, 16), 9 },
        { "school term with holidays, after it", own, AutumnHolidays, 19, QDate(2027, 2, 10), 19 },
        // A term that starts on a Saturday: its first week has no school day in the term.
        { "a term starting on a Saturday", { QStringLiteral("x"), QDate(2026, 9, 5), QDate(2026, 9, 30), false }, {}, 4,
            QDate(2026, 10, 5), 4 },
    };
    for (const Row &r : rows) {
        INFO(r.what);
        const QList<QDate> weeks = teachingWeekStarts(r.term, r.holidays);
        CHECK(weeks.size() == r.teaching);
        for (const QDate &m : weeks)
            CHECK(m.dayOfWeek() == 1);
        CHECK(weeksElapsed(weeks, r.asOf) == r.elapsed);
    }
}

TEST_CASE_METHOD(Fixture, "coverage per class and grade for the calendar term, to date by the clock", "[lessons]")
{
    addClass(7, QStringLiteral("1班"), 3);
    addClass(7, QStringLiteral("2班"), 3);
    addClass(7, QStringLiteral("10班"), 2);
    addClass(13, QStringLiteral("1班"), 2);
    addClass(8, QStringLiteral("1班"), 2, StudentStatus::Graduated); // no enrolled student: not listed
    for (int i = 0; i < 5; ++i)
        lessons.record(sample(7, QStringLiteral("1班"), QDate(2026, 9, 8).addDays(14 * i)));
    lessons.record(sample(7, QStringLiteral("2班"), QDate(2026, 9, 10)));
    lessons.record(sample(7, QStringLiteral("2班"), QDate(2026, 10, 15), 3));
    lessons.record(sample(7, QStringLiteral("2班"), QDate(2026, 6, 15), 4)); // the spring term: not counted
    lessons.record(sample(13, QStringLiteral("1班"), QDate(2026, 9, 20), 2));
    lessons.record(sample(13, QStringLiteral("1班"), QDate(2026, 10, 20), 2));

    const LessonCoverage c = lessons.coverage();
    CHECK(c.term.id == QStringLiteral("2026-2027-1"));
    CHECK(c.teachingWeeks == 20);
    CHECK(c.weeksElapsed == 11);
    REQUIRE(c.classes.size() == 4);
    CHECK(c.classes.at(0).className == QStringLiteral("1班"));
    CHECK(c.classes.at(1).className == QStringLiteral("2班"));
    CHECK(c.classes.at(2).className == QStringLiteral("10班"));
    const ClassLessonCoverage *one = row(c.classes, 7, QStringLiteral("1班"));
    CHECK(one->required == 10);
    CHECK(one->requiredToDate == 5);
    CHECK(one->given == 5);
    CHECK(one->lessons == 5);
    CHECK_FALSE(one->behind);
    CHECK(one->rate() == Approx(0.5));
    const ClassLessonCoverage *two = row(c.classes, 7, QStringLiteral("2班"));
    CHECK(two->given == 4);
    CHECK(two->behind);
    CHECK(two->shortBy() == 1);
    const ClassLessonCoverage *ten = row(c.classes, 7, QStringLiteral("10班"));
    CHECK(ten->given == 0);
    CHECK(ten->shortBy() == 5);
    const ClassLessonCoverage *vocational = row(c.classes, 13, QStringLiteral("1班"));
    CHECK(vocational->required == 10);
    CHECK(vocational->requiredToDate == 5); // 10 × 11 / 20
    CHECK(vocational->given == 4);
    CHECK(vocational->behind);
    CHECK(c.behindClasses().size() == 3);

    const QList<ClassLessonCoverage> grades = c.grades();
    REQUIRE(grades.size() == 2);
    CHECK(grades.at(0).grade == 7);
    CHECK(grades.at(0).classes == 3);
    CHECK(grades.at(0).required == 30);
    CHECK(grades.at(0).given == 9);
    CHECK(grades.at(0).behind);
    CHECK(grades.at(0).rate() == Approx(0.3));

    // Early in the term nothing is due yet: no class is behind.
    {
        clock::testing::FixedClock early(QDateTime(QDate(2026, 9, 9), QTime(10, 0)));
        const LessonCoverage e = lessons.coverage();
        CHECK(e.weeksElapsed == 1);
        CHECK(e.behindClasses().isEmpty());
    }
    // The previous term: the spring lesson, the whole term due (it is over).
    const LessonCoverage spring = lessons.coverage(QStringLiteral("2025-2026-2"));
    CHECK(row(spring.classes, 7, QStringLiteral("2班"))->given == 4);
    CHECK(row(spring.classes, 7, QStringLiteral("2班"))->requiredToDate == 10);
    // A full rate is capped at 100 %.
    ClassLessonCoverage capped;
    capped.required = 10;
    capped.given = 14;
    CHECK(capped.rate() == 1.0);
}

TEST_CASE_METHOD(Fixture, "coverage in the school's own term counts its holidays out", "[lessons]")
{
    addClass(3, QStringLiteral("1班"), 2);
    addSchoolTerm("2026-2027-1", QDate(2026, 9, 1), QDate(2027, 1, 20), AutumnHolidays);
    lessons.record(sample(3, QStringLiteral("1班"), QDate(2026, 9, 15), 4));
    const LessonCoverage c = lessons.coverage(QStringLiteral("2026-2027-1"));
    CHECK_FALSE(c.term.fromCalendar);
    CHECK(c.teachingWeeks == 19);
    CHECK(c.weeksElapsed == 9);
    REQUIRE(c.classes.size() == 1);
    CHECK(c.classes.at(0).required == 10);
    CHECK(c.classes.at(0).requiredToDate == 4);
    CHECK_FALSE(c.classes.at(0).behind);
    const LessonTermPlan plan = lessons.termPlan();
    CHECK_FALSE(plan.isSchoolDay(QDate(2026, 10, 8))); // 国庆
    CHECK(plan.isSchoolDay(QDate(2026, 10, 12)));
    CHECK_FALSE(plan.isSchoolDay(QDate(2026, 10, 10))); // a Saturday
}

TEST_CASE_METHOD(Fixture, "a bad lesson is refused naming its field and writes nothing", "[lessons]")
{
    addClass(7, QStringLiteral("1班"), 2);
    struct Row
    {
        const char *what;
        std::function<void(PsychLesson &)> spoil;
        QString needle;
    };
    const Row rows[] = {
        { "grade", [](PsychLesson &l) { l.grade = 16; }, QStringLiteral("Grade") },
        { "no class", [](PsychLesson &l) { l.className.clear(); }, QStringLiteral("Class") },
        { "unknown class", [](PsychLesson &l) { l.className = QStringLiteral("9班"); }, QStringLiteral("9班") },
        { "no day", [](PsychLesson &l) { l.givenOn = QDate(); }, QStringLiteral("Date") },
        { "future", [](PsychLesson &l) { l.givenOn = QDate(2026, 11, 17); }, QStringLiteral("Date") },
        { "periods 0", [](PsychLesson &l) { l.periods = 0; }, QStringLiteral("Periods") },
        { "periods 9", [](PsychLesson &l) { l.periods = 9; }, QStringLiteral("Periods") },
        { "no teacher", [](PsychLesson &l) { l.teacher = QStringLiteral("  "); }, QStringLiteral("Teacher") },
        { "long topic", [](PsychLesson &l) { l.topic = QString(LessonRepository::MaxTopicLength + 1, QLatin1Char('x')); },
            QStringLiteral("Topic") },
        { "control character", [](PsychLesson &l) { l.topic = QStringLiteral("情绪\u202E管理"); }, QStringLiteral("Topic") },
    };
    const qint64 kept = lessons.record(sample(7, QStringLiteral("1班"), QDate(2026, 10, 9)));
    CHECK(auditRows() == 1);
    const QString before = test::databaseContents(path);
    for (const Row &r : rows) {
        INFO(r.what);
        PsychLesson l = sample(7, QStringLiteral("1班"), QDate(2026, 10, 10));
        r.spoil(l);
        try {
            lessons.record(l);
            FAIL("accepted");
        } catch (const Error &e) {
            CHECK(e.kind() == ErrorKind::Rejected);
            CHECK(e.message().contains(r.needle));
        }
        l.id = kept;
        CHECK_THROWS_MATCHES(lessons.update(l), Error, test::HasKind(ErrorKind::Rejected));
    }
    // A batch with one unknown class writes none of it.
    CHECK_THROWS_MATCHES(lessons.recordForClasses(sample(7, QString(), QDate(2026, 10, 12)),
                             { { 7, QStringLiteral("1班") }, { 7, QStringLiteral("9班") } }),
        Error, test::HasKind(ErrorKind::Rejected));
    CHECK_THROWS_MATCHES(lessons.remove(kept + 100), Error, test::HasKind(ErrorKind::Rejected));
    CHECK(test::databaseContents(path) == before);

    // Update and delete: each audited.
    PsychLesson changed = lessons.lesson(kept);
    CHECK(changed.recordedBy == QStringLiteral("wang"));
    changed.periods = 2;
    changed.form = LessonForm::Group;
    changed.topic = QStringLiteral("团体沙盘");
    lessons.update(changed);
    const PsychLesson read = lessons.lesson(kept);
    CHECK(read.periods == 2);
    CHECK(read.form == LessonForm::Group);
    CHECK(read.topic == QStringLiteral("团体沙盘"));
    CHECK(auditRows() == 2);
    lessons.remove(kept);
    CHECK(auditRows() == 3);
    CHECK(lessons.lessons().isEmpty());
}

TEST_CASE_METHOD(Fixture, "one lesson for several classes in one go", "[lessons]")
{
    addClass(7, QStringLiteral("1班"), 1);
    addClass(7, QStringLiteral("2班"), 1);
    const QList<qint64> ids = lessons.recordForClasses(
        sample(0, QString(), QDate(2026, 11, 12)), { { 7, QStringLiteral("1班") }, { 7, QStringLiteral("2班") } });
    CHECK(ids.size() == 2);
    CHECK(auditRows() == 2);
    CHECK(lessons.lessons(QString(), 7, QStringLiteral("2班")).size() == 1);
    CHECK(lessons.lessons().size() == 2);
}

TEST_CASE_METHOD(
    Fixture, "roles: the head reads, a class teacher reads their classes, an administrator nothing", "[lessons][roles]")
{
    addClass(7, QStringLiteral("1班"), 2);
    addClass(7, QStringLiteral("2班"), 2);
    const qint64 own = lessons.record(sample(7, QStringLiteral("1班"), QDate(2026, 10, 9)));
    const qint64 other = lessons.record(sample(7, QStringLiteral("2班"), QDate(2026, 10, 9)));
    const QString before = test::databaseContents(path);

    actAs(AccountRole::Head);
    CHECK(lessons.coverage().classes.size() == 2);
    CHECK(lessons.lessons().size() == 2);
    CHECK_THROWS_MATCHES(
        lessons.record(sample(7, QStringLiteral("1班"), QDate(2026, 10, 10))), Error, test::HasKind(ErrorKind::Denied));
    PsychLesson l = lessons.lesson(own);
    CHECK_THROWS_MATCHES(lessons.update(l), Error, test::HasKind(ErrorKind::Denied));
    CHECK_THROWS_MATCHES(lessons.remove(own), Error, test::HasKind(ErrorKind::Denied));

    actAs(AccountRole::ClassTeacher, { ClassRef { 7, QStringLiteral("1班") } });
    const LessonCoverage mine = lessons.coverage();
    REQUIRE(mine.classes.size() == 1);
    CHECK(mine.classes.at(0).className == QStringLiteral("1班"));
    CHECK(mine.classes.at(0).given == 1);
    CHECK(lessons.lessons().size() == 1);
    CHECK(lessons.classes().size() == 1);
    CHECK(lessons.lesson(own).id == own);
    CHECK_THROWS_MATCHES(lessons.lesson(other), Error, test::HasKind(ErrorKind::Denied));
    CHECK_THROWS_MATCHES(lessons.lessons(QString(), 7, QStringLiteral("2班")), Error, test::HasKind(ErrorKind::Denied));
    CHECK_THROWS_MATCHES(
        lessons.record(sample(7, QStringLiteral("1班"), QDate(2026, 10, 10))), Error, test::HasKind(ErrorKind::Denied));

    actAs(AccountRole::Admin);
    CHECK_THROWS_MATCHES(lessons.coverage(), Error, test::HasKind(ErrorKind::Denied));
    CHECK_THROWS_MATCHES(lessons.lessons(), Error, test::HasKind(ErrorKind::Denied));
    CHECK_THROWS_MATCHES(lessons.remove(own), Error, test::HasKind(ErrorKind::Denied));
    CHECK(test::databaseContents(path) == before);
}

TEST_CASE("the demo has the term's lessons so far for every class, a few classes behind", "[lessons][demo]")
{
    clock::testing::FixedClock fixed(test::testNow());
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.xinan"));
    createDemoDatabase(path, QStringLiteral("demo"), test::secret("demo lanterns by the river"), { 300, 2026 });
    SchoolFile school = SchoolFile::unlockWithPassword(path, QStringLiteral("demo"), test::secret("demo lanterns by the river"));
    LessonRepository lessons(school.db(), school.user());
    const LessonCoverage c = lessons.coverage();
    REQUIRE(c.classes.size() >= 4);
    CHECK(c.weeksElapsed > 4);
    int withLessons = 0;
    for (const ClassLessonCoverage &row : c.classes)
        withLessons += row.given > 0 ? 1 : 0;
    CHECK(withLessons >= c.classes.size() - 1);
    const qsizetype behind = c.behindClasses().size();
    CHECK(behind >= 1);
    CHECK(behind * 3 < c.classes.size()); // a few, not most
    const LessonTermPlan plan = lessons.termPlan();
    for (const PsychLesson &l : lessons.lessons()) {
        CHECK(l.givenOn < QDate(2026, 11, 16));
        CHECK(plan.isSchoolDay(l.givenOn));
    }
}
