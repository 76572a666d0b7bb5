// The weekly review (周调度): the board of a week (key students by grade and class with their
// class teachers, plan and update), the overdue rules, updates only for key students and
// only for Mondays that have come, one update per student per week, and past weeks kept.
#include "error.h"
#include "repo/audit.h"
#include "repo/gridrepository.h"
#include "repo/noterepository.h"
#include "repo/planrepository.h"
#include "repo/reviewrepository.h"
#include "repo/riskrepository.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"
#include "services/timeline.h"
#include "store/database.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace xinan;

namespace {

QDateTime utcAt(const QDate &day, int hour = 10)
{
    return QDateTime(day, QTime(hour, 0), Qt::UTC);
}

// The week under review: Monday 12 October 2026.
const QDate Week(2026, 10, 12);

struct Fixture
{
    clock::testing::FixedClock fixedClock { test::testNow() }; // first, so that everything below sees it
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("w.xinan"));
    SchoolFile school = [this] {
        test::createSchool(path);
        return SchoolFile::unlockWithPassword(path, QString(), test::secret("correct horse 1"));
    }();
    ReviewRepository review { school.db(), QStringLiteral("wang") };
    RiskRepository risk { school.db(), QStringLiteral("wang") };

    qint64 addStudent(const char *no, const QString &name, int grade, const QString &className)
    {
        Student s;
        s.studentNo = QString::fromLatin1(no);
        s.name = name;
        s.grade = grade;
        s.className = className;
        return StudentRepository(school.db(), QStringLiteral("wang")).add(s);
    }
    qint64 keyStudent(const char *no, const QString &name, int grade, const QString &className, const QDate &since,
        RiskLevel level = RiskLevel::Orange)
    {
        const qint64 id = addStudent(no, name, grade, className);
        risk.change(id, level, RiskSource::Session, QStringLiteral("面谈评估"), utcAt(since));
        return id;
    }
    int count(const char *sql)
    {
        Statement st(school.db(), sql);
        REQUIRE(st.step());
        return st.integer(0);
    }
    static const BoardRow *rowOf(const WeeklyBoard &board, qint64 id)
    {
        for (const BoardRow &r : board.rows)
            if (r.studentId == id)
                return &r;
        return nullptr;
    }
};

} // namespace

TEST_CASE("weekly statuses round-trip and weeks start on Monday", "[review]")
{
    for (const WeeklyStatus s : allWeeklyStatuses()) {
        CHECK(weeklyStatusFromCode(weeklyStatusCode(s)) == s);
        CHECK_FALSE(weeklyStatusName(s).isEmpty());
    }
    CHECK_FALSE(weeklyStatusFromCode(QStringLiteral("fine")));
    CHECK(weekStartOf(QDate(2026, 10, 18)) == Week); // Sunday
    CHECK(weekStartOf(Week) == Week);
    CHECK(weekStartOf(QDate(2026, 10, 19)) == QDate(2026, 10, 19));
}

TEST_CASE_METHOD(Fixture, "the board lists key students by grade and class with their class teachers and plans", "[review]")
{
    const qint64 red
        = keyStudent("G520000000001", QStringLiteral("杨小雨"), 8, QStringLiteral("2班"), QDate(2026, 10, 1), RiskLevel::Red);
    const qint64 orange = keyStudent("G520000000002", QStringLiteral("龙明"), 8, QStringLiteral("2班"), QDate(2026, 10, 2));
    const qint64 younger = keyStudent("G520000000003", QStringLiteral("潘婷"), 7, QStringLiteral("10班"), QDate(2026, 10, 2));
    const qint64 lower = keyStudent("G520000000004", QStringLiteral("石磊"), 8, QStringLiteral("1班"), QDate(2026, 10, 2));
    const qint64 yellow = addStudent("G520000000005", QStringLiteral("吴凯"), 8, QStringLiteral("1班"));
    risk.change(yellow, RiskLevel::Yellow, RiskSource::Session, QStringLiteral("关注"), utcAt(QDate(2026, 10, 1)));
    // Became key after the week: not on that week's board.
    const qint64 later = keyStudent("G520000000006", QStringLiteral("田静"), 8, QStringLiteral("1班"), QDate(2026, 10, 20));

    GridRepository grid(school.db(), QStringLiteral("wang"));
    grid.save({ 0, 8, QStringLiteral("2班"), QStringLiteral("王老师"), GridRole::ClassTeacher, QString() });
    grid.save({ 0, 8, QStringLiteral("2班"), QStringLiteral("李老师"), GridRole::Deputy, QString() });

    KeyPlan p;
    p.studentId = orange;
    p.situation = QStringLiteral("情况");
    p.goals = QStringLiteral("目标");
    p.measures = QStringLiteral("措施");
    p.counsellor = QStringLiteral("罗敏");
    p.parentInformed = true;
    p.parentInformedOn = QDate(2026, 10, 3);
    p.reviewDays = 14;
    const qint64 planId = PlanRepository(school.db(), QStringLiteral("wang")).save(p, utcAt(QDate(2026, 10, 3)));
    review.saveUpdate(red, Week, WeeklyStatus::Worse, QStringLiteral("面谈两次，已告知家长"), QStringLiteral("转介医院"),
        utcAt(Week.addDays(2)));

    const WeeklyBoard board = review.board(Week, Week.addDays(2));
    QList<qint64> order;
    for (const BoardRow &r : board.rows)
        order << r.studentId;
    CHECK(order == QList<qint64> { younger, lower, red, orange }); // 初一 10班; 初二 1班, 2班 (red first)
    CHECK_FALSE(order.contains(yellow));
    CHECK_FALSE(order.contains(later));

    const BoardRow *r = rowOf(board, red);
    REQUIRE(r);
    CHECK(r->teachers == QStringList { QStringLiteral("王老师"), QStringLiteral("李老师") });
    CHECK(r->level == RiskLevel::Red);
    REQUIRE(r->update);
    CHECK(r->update->status == WeeklyStatus::Worse);
    CHECK(r->update->actions == QStringLiteral("面谈两次，已告知家长"));
    CHECK(r->update->nextSteps == QStringLiteral("转介医院"));
    CHECK(r->update->author == QStringLiteral("wang"));
    CHECK(r->lastUpdateWeek == Week);
    CHECK(r->planId == 0);
    CHECK_FALSE(r->overdue);
    const BoardRow *o = rowOf(board, orange);
    REQUIRE(o);
    CHECK(o->planId == planId);
    CHECK(o->reviewDays == 14);
    CHECK(o->since == QDate(2026, 10, 2));
    CHECK(rowOf(board, lower)->teachers.isEmpty());

    CHECK(board.red == 1);
    CHECK(board.orange == 3);
    CHECK(board.updated == 1);
    CHECK(board.overdue == board.rows.size() - 1 - 1); // all but the updated one and the plan with a 14-day cadence
    CHECK_FALSE(board.meeting);
    CHECK(test::kindOf([&] { review.board(Week.addDays(1), Week); }) == ErrorKind::Rejected);
}

TEST_CASE_METHOD(
    Fixture, "a row is overdue past Friday without an update or when the last update is older than the cadence", "[review]")
{
    // Became key on the week's Monday: due by Friday.
    const qint64 fresh = keyStudent("G520000000011", QStringLiteral("韦芳"), 8, QStringLiteral("1班"), Week);
    CHECK_FALSE(rowOf(review.board(Week, Week.addDays(2)), fresh)->overdue); // Wednesday
    CHECK_FALSE(rowOf(review.board(Week, Week.addDays(4)), fresh)->overdue); // Friday, the due day
    CHECK(rowOf(review.board(Week, Week.addDays(5)), fresh)->overdue); // Saturday
    CHECK(rowOf(review.board(Week, Week.addDays(30)), fresh)->overdue); // a past week without its update

    // Updated last Thursday: on Wednesday that is 6 days, within a 7-day cadence, but beyond 3.
    const qint64 updated = keyStudent("G520000000012", QStringLiteral("蒙宇"), 8, QStringLiteral("1班"), QDate(2026, 9, 28));
    review.saveUpdate(
        updated, Week.addDays(-7), WeeklyStatus::Stable, QStringLiteral("面谈"), QString(), utcAt(Week.addDays(-4)));
    const auto wednesday = review.board(Week, Week.addDays(2)); // rowOf points into it: keep it alive
    const BoardRow *row = rowOf(wednesday, updated);
    CHECK(row->lastUpdateWeek == Week.addDays(-7));
    CHECK_FALSE(row->update);
    CHECK_FALSE(row->overdue);
    CHECK(rowOf(review.board(Week, Week.addDays(4)), updated)->overdue); // 8 days on Friday
    KeyPlan p;
    p.studentId = updated;
    p.situation = QStringLiteral("情况");
    p.goals = QStringLiteral("目标");
    p.measures = QStringLiteral("措施");
    p.counsellor = QStringLiteral("罗敏");
    p.parentNotInformedReason = QStringLiteral("学生要求暂不告知，已评估无紧急风险");
    p.reviewDays = 3;
    PlanRepository(school.db(), QStringLiteral("wang")).save(p, utcAt(QDate(2026, 10, 1)));
    CHECK(rowOf(review.board(Week, Week.addDays(2)), updated)->overdue);

    // Key for two weeks without any update: overdue on Monday already.
    const qint64 waiting = keyStudent("G520000000013", QStringLiteral("何静"), 8, QStringLiteral("1班"), QDate(2026, 9, 30));
    CHECK(rowOf(review.board(Week, Week), waiting)->overdue);

    // This week's update clears it.
    review.saveUpdate(
        waiting, Week, WeeklyStatus::Improving, QStringLiteral("家访一次"), QStringLiteral("继续观察"), utcAt(Week));
    const WeeklyBoard board = review.board(Week, Week.addDays(6));
    CHECK_FALSE(rowOf(board, waiting)->overdue);
    CHECK(rowOf(board, fresh)->overdue);
    CHECK(board.overdue == 2);
    CHECK(board.updated == 1);
}

TEST_CASE_METHOD(
    Fixture, "updates are only for key students and for a Monday that has come and one per student and week", "[review]")
{
    const qint64 key = keyStudent("G520000000021", QStringLiteral("欧阳晨"), 9, QStringLiteral("3班"), QDate(2026, 10, 1));
    const qint64 yellow = addStudent("G520000000022", QStringLiteral("赵佳"), 9, QStringLiteral("3班"));
    risk.change(yellow, RiskLevel::Yellow, RiskSource::Session, QStringLiteral("关注"), utcAt(QDate(2026, 10, 1)));
    const QDateTime wednesday = utcAt(Week.addDays(2));

    CHECK(test::kindOf([&] {
        review.saveUpdate(yellow, Week, WeeklyStatus::Stable, QStringLiteral("面谈"), QString(), wednesday);
    }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] {
        review.saveUpdate(key, Week.addDays(1), WeeklyStatus::Stable, QStringLiteral("面谈"), QString(), wednesday);
    }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] {
        review.saveUpdate(key, Week.addDays(7), WeeklyStatus::Stable, QStringLiteral("面谈"), QString(), wednesday);
    }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { review.saveUpdate(key, Week, WeeklyStatus::Stable, QStringLiteral("  "), QString(), wednesday); })
        == ErrorKind::Rejected);
    CHECK(test::kindOf([&] {
        review.saveUpdate(424242, Week, WeeklyStatus::Stable, QStringLiteral("面谈"), QString(), wednesday);
    }) == ErrorKind::Rejected);
    CHECK(count("SELECT count(*) FROM weekly_updates") == 0);

    const qint64 id = review.saveUpdate(key, Week, WeeklyStatus::Stable, QStringLiteral("面谈一次"), QString(), wednesday);
    CHECK(recentAudit(school.db(), 1).first().entity == QStringLiteral("weekly_update"));
    // The same week again revises it.
    CHECK(review.saveUpdate(
              key, Week, WeeklyStatus::Crisis, QStringLiteral("当日启动危机干预"), QStringLiteral("转介"), utcAt(Week.addDays(3)))
        == id);
    CHECK(count("SELECT count(*) FROM weekly_updates") == 1);
    const QList<WeeklyUpdate> updates = review.updatesOf(key);
    REQUIRE(updates.size() == 1);
    CHECK(updates.first().status == WeeklyStatus::Crisis);
    CHECK(updates.first().actions == QStringLiteral("当日启动危机干预"));
    CHECK(updates.first().updatedAt == utcAt(Week.addDays(3)));

    // The update is on the student's timeline.
    bool onTimeline = false;
    for (const TimelineEntry &e : studentTimeline(school.db(), key))
        onTimeline
            = onTimeline || (e.kind == QStringLiteral("weekly_update") && e.body.contains(QStringLiteral("当日启动危机干预")));
    CHECK(onTimeline);
}

TEST_CASE_METHOD(Fixture, "a past week keeps its updates and meeting record", "[review]")
{
    const qint64 a = keyStudent("G520000000031", QStringLiteral("罗阳"), 8, QStringLiteral("1班"), QDate(2026, 9, 28));
    const QDate last = Week.addDays(-7);
    review.saveUpdate(
        a, last, WeeklyStatus::Worse, QStringLiteral("上周：面谈两次"), QStringLiteral("家访"), utcAt(last.addDays(3)));
    // Meeting rules: a chair, a day within the week and not in the future, a week that has come.
    CHECK(test::kindOf([&] {
        review.saveMeeting({ last, last.addDays(4), QStringLiteral(" "), QString(), {}, {} }, Week);
    }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] {
        review.saveMeeting({ last, last.addDays(7), QStringLiteral("张校长"), QString(), {}, {} }, Week.addDays(3));
    }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] {
        review.saveMeeting({ Week, Week.addDays(4), QStringLiteral("张校长"), QString(), {}, {} }, Week.addDays(2));
    }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] {
        review.saveMeeting({ Week.addDays(7), QDate(), QStringLiteral("张校长"), QString(), {}, {} }, Week);
    }) == ErrorKind::Rejected);
    CHECK(count("SELECT count(*) FROM weekly_meetings") == 0);
    review.saveMeeting({ last, last.addDays(4), QStringLiteral("张校长"), QStringLiteral("通报重点学生情况"), {}, {} }, Week);

    // This week: a new update; later the student is lowered to yellow.
    review.saveUpdate(a, Week, WeeklyStatus::Improving, QStringLiteral("本周：好转"), QString(), utcAt(Week.addDays(1)));
    review.saveMeeting({ Week, QDate(), QStringLiteral("李副校长"), QString(), {}, {} }, Week.addDays(1));
    risk.change(a, RiskLevel::Yellow, RiskSource::Review, QStringLiteral("复评好转"), utcAt(Week.addDays(2)));

    const WeeklyBoard past = review.board(last, Week.addDays(20));
    REQUIRE(past.meeting);
    CHECK(past.meeting->chairedBy == QStringLiteral("张校长"));
    CHECK(past.meeting->heldOn == last.addDays(4));
    CHECK(past.meeting->notes == QStringLiteral("通报重点学生情况"));
    REQUIRE(past.rows.size() == 1);
    const BoardRow &row = past.rows.first();
    CHECK_FALSE(row.key); // no longer key, shown for the week's update
    REQUIRE(row.update);
    CHECK(row.update->actions == QStringLiteral("上周：面谈两次"));
    CHECK(row.update->status == WeeklyStatus::Worse);
    CHECK_FALSE(row.overdue);
    CHECK(past.orange == 0);

    const WeeklyBoard now = review.board(Week, Week.addDays(2));
    REQUIRE(now.meeting);
    CHECK(now.meeting->chairedBy == QStringLiteral("李副校长"));
    CHECK_FALSE(now.meeting->heldOn.isValid());
    REQUIRE(now.rows.size() == 1);
    CHECK(now.rows.first().update->actions == QStringLiteral("本周：好转"));
    // Updates are refused now that the student is yellow, even for a past week.
    CHECK(test::kindOf([&] {
        review.saveUpdate(a, last, WeeklyStatus::Stable, QStringLiteral("补记"), QString(), utcAt(Week.addDays(3)));
    }) == ErrorKind::Rejected);
}
