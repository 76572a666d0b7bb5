// 一人一策: the required fields, parents informed or why not, one active plan per student,
// closing with a reason, the history, the missing-plan list and its flag after 7 days, the
// student's timeline.
#include "error.h"
#include "repo/audit.h"
#include "repo/leaverepository.h"
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

QDateTime utcAt(int y, int m, int d, int hour = 10)
{
    return QDateTime(QDate(y, m, d), QTime(hour, 0), Qt::UTC);
}

struct Fixture
{
    clock::testing::FixedClock fixedClock { test::testNow() }; // first, so that everything below sees it
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("p.xinan"));
    SchoolFile school = [this] {
        test::createSchool(path);
        return SchoolFile::unlockWithPassword(path, QString(), test::secret("correct horse 1"));
    }();
    PlanRepository plans { school.db(), QStringLiteral("wang") };
    RiskRepository risk { school.db(), QStringLiteral("wang") };

    qint64 addStudent(
        const char *no, const QString &name, int grade, const QString &className, StudentStatus status = StudentStatus::Enrolled)
    {
        Student s;
        s.studentNo = QString::fromLatin1(no);
        s.name = name;
        s.grade = grade;
        s.className = className;
        s.status = status;
        return StudentRepository(school.db(), QStringLiteral("wang")).add(s);
    }
    int count(const char *sql)
    {
        Statement st(school.db(), sql);
        REQUIRE(st.step());
        return st.integer(0);
    }
    static KeyPlan samplePlan(qint64 studentId)
    {
        KeyPlan p;
        p.studentId = studentId;
        p.situation = QStringLiteral("父母在外务工，近一月情绪低落");
        p.goals = QStringLiteral("一个月内睡眠恢复正常");
        p.measures = QStringLiteral("每周面谈一次；班主任每日观察");
        p.classTeacher = QStringLiteral("杨老师");
        p.counsellor = QStringLiteral("罗敏");
        p.parent = QStringLiteral("王奶奶（祖母）");
        p.leader = QStringLiteral("田副校长");
        p.contact = QStringLiteral("每周五电话沟通");
        p.reviewDays = 7;
        p.parentInformed = true;
        p.parentInformedOn = QDate(2026, 10, 2);
        return p;
    }
};

} // namespace

TEST_CASE_METHOD(
    Fixture, "a plan needs its situation and goals and measures and counsellor and the parents informed or why not", "[plans]")
{
    const qint64 id = addStudent("G520000000001", QStringLiteral("杨小雨"), 8, QStringLiteral("2班"));
    risk.change(id, RiskLevel::Orange, RiskSource::Session, QStringLiteral("面谈：无望感"), utcAt(2026, 10, 1));
    const QDateTime at = utcAt(2026, 10, 3);

    const auto refused = [&](const std::function<void(KeyPlan &)> &spoil) {
        KeyPlan p = samplePlan(id);
        spoil(p);
        return test::kindOf([&] { plans.save(p, at); }) == ErrorKind::Rejected;
    };
    CHECK(refused([](KeyPlan &p) { p.situation = QStringLiteral("   "); }));
    CHECK(refused([](KeyPlan &p) { p.goals.clear(); }));
    CHECK(refused([](KeyPlan &p) { p.measures.clear(); }));
    CHECK(refused([](KeyPlan &p) { p.counsellor = QStringLiteral(" "); }));
    CHECK(refused([](KeyPlan &p) { p.reviewDays = 0; }));
    CHECK(refused([](KeyPlan &p) { p.reviewDays = 91; }));
    CHECK(refused([](KeyPlan &p) { p.goals = QString(PlanRepository::MaxTextLength + 1, u'好'); }));
    CHECK(refused([](KeyPlan &p) { p.parentInformedOn = QDate(); }));
    CHECK(refused([](KeyPlan &p) { p.parentInformedOn = QDate(2026, 10, 4); })); // after the plan's day
    CHECK(refused([](KeyPlan &p) { p.parentInformed = false; })); // no reason
    CHECK(refused([](KeyPlan &p) { p.studentId = 99999; }));
    CHECK(count("SELECT count(*) FROM key_plans") == 0);
    CHECK(count("SELECT count(*) FROM key_plan_events") == 0);

    // Not informed, with the reason: accepted, and the date is not kept.
    KeyPlan p = samplePlan(id);
    p.parentInformed = false;
    p.parentNotInformedReason = QStringLiteral("  监护人暂未联系上  ");
    p.reviewDays = 14;
    const qint64 planId = plans.save(p, at);
    const std::optional<KeyPlan> saved = plans.current(id);
    REQUIRE(saved);
    CHECK(saved->id == planId);
    CHECK(saved->active);
    CHECK(saved->goals == QStringLiteral("一个月内睡眠恢复正常"));
    CHECK(saved->counsellor == QStringLiteral("罗敏"));
    CHECK(saved->reviewDays == 14);
    CHECK_FALSE(saved->parentInformed);
    CHECK_FALSE(saved->parentInformedOn.isValid());
    CHECK(saved->parentNotInformedReason == QStringLiteral("监护人暂未联系上"));
    CHECK(saved->createdBy == QStringLiteral("wang"));
    CHECK(saved->createdAt == at);
    const AuditEntry audit = recentAudit(school.db(), 1).first();
    CHECK(audit.entity == QStringLiteral("key_plan"));
    CHECK(audit.entityId == planId);
    CHECK_FALSE(audit.detail.contains(QStringLiteral("睡眠")));
}

TEST_CASE_METHOD(
    Fixture, "a student has one active plan that is revised and closed with a reason and kept in the history", "[plans]")
{
    const qint64 id = addStudent("G520000000002", QStringLiteral("龙明"), 7, QStringLiteral("1班"));
    risk.change(id, RiskLevel::Orange, RiskSource::TeacherReport, QStringLiteral("班主任反映"), utcAt(2026, 10, 1));
    const qint64 planId = plans.save(samplePlan(id), utcAt(2026, 10, 3));

    // A second new plan is refused; the active one is revised instead.
    CHECK(test::kindOf([&] { plans.save(samplePlan(id), utcAt(2026, 10, 4)); }) == ErrorKind::Rejected);
    KeyPlan revised = plans.current(id).value();
    revised.measures = QStringLiteral("每周面谈两次");
    CHECK(plans.save(revised, utcAt(2026, 10, 10)) == planId);
    CHECK(plans.current(id).value().measures == QStringLiteral("每周面谈两次"));
    CHECK(plans.current(id).value().updatedAt == utcAt(2026, 10, 10));
    CHECK(count("SELECT count(*) FROM key_plans") == 1);

    // Closing needs a reason and an active plan.
    CHECK(test::kindOf([&] { plans.close(id, QStringLiteral("  "), utcAt(2026, 11, 1)); }) == ErrorKind::Rejected);
    risk.change(id, RiskLevel::Yellow, RiskSource::Review, QStringLiteral("复评好转"), utcAt(2026, 11, 1));
    plans.close(id, QStringLiteral("复评降为黄色"), utcAt(2026, 11, 1, 11));
    CHECK_FALSE(plans.current(id));
    CHECK(test::kindOf([&] { plans.close(id, QStringLiteral("再次关闭"), utcAt(2026, 11, 2)); }) == ErrorKind::Rejected);
    // A closed plan cannot be edited, and a yellow student gets no new plan.
    CHECK(test::kindOf([&] { plans.save(revised, utcAt(2026, 11, 2)); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { plans.save(samplePlan(id), utcAt(2026, 11, 2)); }) == ErrorKind::Rejected);

    // Raised again: a new plan, and both in the history, newest first.
    risk.change(id, RiskLevel::Red, RiskSource::Crisis, QStringLiteral("危机"), utcAt(2026, 11, 5));
    const qint64 second = plans.save(samplePlan(id), utcAt(2026, 11, 5, 12));
    const QList<KeyPlan> history = plans.history(id);
    REQUIRE(history.size() == 2);
    CHECK(history.at(0).id == second);
    CHECK(history.at(0).active);
    CHECK(history.at(1).id == planId);
    CHECK_FALSE(history.at(1).active);
    CHECK(history.at(1).closeReason == QStringLiteral("复评降为黄色"));
    CHECK(history.at(1).closedAt == utcAt(2026, 11, 1, 11));

    const QList<KeyPlanEvent> events = plans.events(id);
    QStringList kinds;
    for (const KeyPlanEvent &e : events)
        kinds << e.kind;
    CHECK(kinds
        == QStringList {
            QStringLiteral("created"), QStringLiteral("closed"), QStringLiteral("updated"), QStringLiteral("created") });
    CHECK(events.at(1).detail == QStringLiteral("复评降为黄色"));

    // The timeline shows the plan's creation, revision and closing.
    QStringList timelineKinds;
    for (const TimelineEntry &e : studentTimeline(school.db(), id))
        if (e.kind.startsWith(QStringLiteral("plan")))
            timelineKinds << e.kind;
    CHECK(timelineKinds.size() == 4);
    CHECK(timelineKinds.contains(QStringLiteral("plan_closed")));
}

TEST_CASE_METHOD(Fixture, "key students without a plan are flagged after more than 7 days", "[plans]")
{
    const qint64 a = addStudent("G520000000011", QStringLiteral("石磊"), 8, QStringLiteral("2班"));
    const qint64 b = addStudent("G520000000012", QStringLiteral("潘婷"), 8, QStringLiteral("1班"));
    const qint64 yellow = addStudent("G520000000013", QStringLiteral("吴凯"), 8, QStringLiteral("1班"));
    const qint64 gone = addStudent("G520000000014", QStringLiteral("田静"), 9, QStringLiteral("1班"));
    // a: yellow, then orange on 1 October, then red on 5 October (still key since 1 October).
    risk.change(a, RiskLevel::Yellow, RiskSource::Screening, QStringLiteral("PHQ-9 12"), utcAt(2026, 9, 20));
    risk.change(a, RiskLevel::Orange, RiskSource::Session, QStringLiteral("面谈"), utcAt(2026, 10, 1));
    risk.change(a, RiskLevel::Red, RiskSource::Crisis, QStringLiteral("危机"), utcAt(2026, 10, 5));
    risk.change(b, RiskLevel::Orange, RiskSource::Session, QStringLiteral("面谈"), utcAt(2026, 10, 6));
    risk.change(yellow, RiskLevel::Yellow, RiskSource::Session, QStringLiteral("关注"), utcAt(2026, 10, 1));
    risk.change(gone, RiskLevel::Orange, RiskSource::Session, QStringLiteral("面谈"), utcAt(2026, 10, 1));
    LeaveRepository(school.db(), QStringLiteral("wang"))
        .changeStatus(gone, StudentStatus::TransferredOut, QDate(2026, 10, 8), QStringLiteral("转学"));

    QList<KeyStudent> missing = plans.missingPlans(QDate(2026, 10, 8));
    REQUIRE(missing.size() == 2);
    CHECK(missing.at(0).id == a);
    CHECK(missing.at(0).since == QDate(2026, 10, 1));
    CHECK(missing.at(0).level == RiskLevel::Red);
    CHECK(missing.at(0).daysWaiting == 7);
    CHECK_FALSE(missing.at(0).overdue);
    CHECK(missing.at(1).id == b);
    CHECK(missing.at(1).daysWaiting == 2);

    missing = plans.missingPlans(QDate(2026, 10, 9));
    REQUIRE(missing.size() == 2);
    CHECK(missing.at(0).daysWaiting == 8);
    CHECK(missing.at(0).overdue);
    CHECK_FALSE(missing.at(1).overdue);

    // With a plan, a student leaves the list and shows the next review day.
    KeyPlan p = samplePlan(a);
    p.reviewDays = 3;
    plans.save(p, utcAt(2026, 10, 9));
    missing = plans.missingPlans(QDate(2026, 10, 9));
    REQUIRE(missing.size() == 1);
    CHECK(missing.at(0).id == b);
    const QList<KeyStudent> key = plans.keyStudents(QDate(2026, 10, 9));
    REQUIRE(key.size() == 2);
    CHECK(key.at(0).id == a); // red first
    CHECK(key.at(0).planId != 0);
    CHECK(key.at(0).nextReview == QDate(2026, 10, 12));
    CHECK_FALSE(key.at(0).overdue);
}
