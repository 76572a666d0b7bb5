// Crisis events: opening sets the student to red in the same transaction (and nothing stays
// when it fails), one open event per student, steps and their validation, the checklist copied
// from the school's template and ticked, closing only after the guardians and the head were
// notified, the student's timeline, and the template's editing rules.
#include "error.h"
#include "platform/clock.h"
#include "repo/audit.h"
#include "repo/crisisrepository.h"
#include "repo/noterepository.h"
#include "repo/riskrepository.h"
#include "repo/settingsrepository.h"
#include "repo/studentrepository.h"
#include "services/demodata.h"
#include "services/schoolfile.h"
#include "services/timeline.h"
#include "store/database.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace xinan;

namespace {

struct Fixture
{
    clock::testing::FixedClock fixedClock { test::testNow() }; // first, so that everything below sees it
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("c.xinan"));
    SchoolFile school = [this] {
        test::createSchool(path);
        return SchoolFile::unlockWithPassword(path, QString(), test::secret("correct horse 1"));
    }();
    CrisisRepository crisis { school.db(), QStringLiteral("wang") };
    RiskRepository risk { school.db(), QStringLiteral("wang") };
    QDateTime now = clock::nowUtc(); // the fixed clock's, whole seconds

    qint64 addStudent(const char *no, const QString &name)
    {
        Student s;
        s.studentNo = QString::fromLatin1(no);
        s.name = name;
        s.grade = 8;
        s.className = QStringLiteral("2班");
        return StudentRepository(school.db(), QStringLiteral("wang")).add(s);
    }
    int count(const char *sql)
    {
        Statement st(school.db(), sql);
        REQUIRE(st.step());
        return st.integer(0);
    }
    void notify(qint64 event, CrisisParty party, const QDateTime &at)
    {
        crisis.addStep(event, at, CrisisStepKind::Notify, party, QString());
    }
};

CrisisFilter filterOf(CrisisFilter::Status status, const QDate &from = {}, const QDate &to = {})
{
    CrisisFilter f;
    f.status = status;
    f.from = from;
    f.to = to;
    return f;
}

} // namespace

TEST_CASE("crisis codes round-trip", "[crisis]")
{
    for (const CrisisParty p : allCrisisParties()) {
        CHECK(crisisPartyFromCode(crisisPartyCode(p)) == p);
        CHECK_FALSE(crisisPartyName(p).isEmpty());
    }
    for (const CrisisStepKind k : { CrisisStepKind::Notify, CrisisStepKind::Action, CrisisStepKind::FollowUp })
        CHECK(crisisStepKindFromCode(crisisStepKindCode(k)) == k);
    CHECK(crisisPartyFromCode(QString()) == CrisisParty::None);
    CHECK_FALSE(crisisPartyFromCode(QStringLiteral("neighbour")));
    CHECK_FALSE(crisisStepKindFromCode(QStringLiteral("party")));
}

TEST_CASE_METHOD(Fixture, "opening an event sets the student to red in the same transaction", "[crisis]")
{
    const qint64 id = addStudent("G520000000001", QStringLiteral("杨小雨"));
    risk.change(id, RiskLevel::Orange, RiskSource::Session, QStringLiteral("面谈"), now.addDays(-5));
    const QDateTime happened = now.addSecs(-3600);
    const qint64 event = crisis.open(id, happened, QStringLiteral("  宿舍同学报告其写下遗书\n已带到心理辅导室  "));

    CHECK(risk.current(id) == RiskLevel::Red);
    const QList<RiskChange> history = risk.history(id);
    REQUIRE(history.size() == 2);
    CHECK(history.first().source == RiskSource::Crisis);
    CHECK(history.first().from == RiskLevel::Orange);
    CHECK(history.first().reason == QStringLiteral("Crisis event: 宿舍同学报告其写下遗书"));
    CHECK(history.first().at == happened);

    const CrisisEventDetail d = crisis.detail(event);
    CHECK(d.event.studentId == id);
    CHECK(d.event.studentName == QStringLiteral("杨小雨"));
    CHECK(d.event.open);
    CHECK(d.event.happenedAt == happened);
    CHECK(d.event.whatHappened == QStringLiteral("宿舍同学报告其写下遗书\n已带到心理辅导室"));
    CHECK(d.event.openedBy == QStringLiteral("wang"));
    CHECK(d.steps.isEmpty());
    CHECK(d.checklist.size() == CrisisRepository::defaultChecklist().size());
    CHECK(crisis.openEventOf(id) == event);
    CHECK(crisis.openCount() == 1);
    CHECK(count("SELECT count(*) FROM audit_log WHERE entity = 'crisis_event' AND action = 'create'") == 1);
    // The audit names ids and levels, never what happened.
    CHECK(count("SELECT count(*) FROM audit_log WHERE detail LIKE '%遗书%'") == 0);
}

TEST_CASE_METHOD(Fixture, "a crisis dated before the latest level change is set red now", "[crisis]")
{
    const qint64 id = addStudent("G520000000001", QStringLiteral("杨小雨"));
    risk.change(id, RiskLevel::Yellow, RiskSource::Screening, QStringLiteral("PHQ-9"), now.addSecs(-600));
    crisis.open(id, now.addSecs(-7200), QStringLiteral("割腕"));
    CHECK(risk.current(id) == RiskLevel::Red);
    CHECK(risk.history(id).first().at >= now);
}

TEST_CASE_METHOD(Fixture, "a failure while opening leaves the level and the events untouched", "[crisis]")
{
    const qint64 id = addStudent("G520000000001", QStringLiteral("杨小雨"));
    // The checklist rows are written after the risk change: make them fail.
    school.db().exec("CREATE TEMP TRIGGER fail_checklist BEFORE INSERT ON crisis_checklist "
                     "BEGIN SELECT RAISE(ABORT, 'injected failure'); END;");
    CHECK(test::kindOf([&] { crisis.open(id, now, QStringLiteral("自伤")); }).has_value());
    CHECK(risk.current(id) == RiskLevel::Green);
    CHECK(risk.history(id).isEmpty());
    CHECK(count("SELECT count(*) FROM crisis_events") == 0);
    CHECK(count("SELECT count(*) FROM audit_log WHERE entity IN ('crisis_event', 'risk_change')") == 0);
    school.db().exec("DROP TRIGGER temp.fail_checklist");
    crisis.open(id, now, QStringLiteral("自伤"));
    CHECK(risk.current(id) == RiskLevel::Red);
}

TEST_CASE_METHOD(Fixture, "a student already red opens an event without a change of level", "[crisis]")
{
    const qint64 id = addStudent("G520000000001", QStringLiteral("杨小雨"));
    risk.change(id, RiskLevel::Red, RiskSource::Hospital, QStringLiteral("医院诊断"), now.addDays(-2));
    crisis.open(id, now.addSecs(-60), QStringLiteral("再次自伤"));
    CHECK(risk.current(id) == RiskLevel::Red);
    CHECK(risk.history(id).size() == 1);
    CHECK(count("SELECT count(*) FROM crisis_events") == 1);
}

TEST_CASE_METHOD(Fixture, "bad input opens nothing", "[crisis]")
{
    const qint64 id = addStudent("G520000000001", QStringLiteral("杨小雨"));
    CHECK(test::kindOf([&] { crisis.open(id, now, QStringLiteral("   ")); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { crisis.open(id, now.addDays(1), QStringLiteral("自伤")); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { crisis.open(id, QDateTime(), QStringLiteral("自伤")); }) == ErrorKind::Rejected);
    CHECK(
        test::kindOf([&] { crisis.open(id, now, QString(CrisisRepository::MaxTextLength + 1, u'字')); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { crisis.open(9999, now, QStringLiteral("自伤")); }) == ErrorKind::Rejected);
    CHECK(count("SELECT count(*) FROM crisis_events") == 0);
    CHECK(risk.current(id) == RiskLevel::Green);
}

TEST_CASE_METHOD(Fixture, "a second open event for the same student is refused", "[crisis]")
{
    const qint64 id = addStudent("G520000000001", QStringLiteral("杨小雨"));
    const qint64 other = addStudent("G520000000002", QStringLiteral("龙小军"));
    const qint64 first = crisis.open(id, now.addSecs(-600), QStringLiteral("自伤"));
    try {
        crisis.open(id, now, QStringLiteral("再次自伤"));
        FAIL("a second open event was accepted");
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::Rejected);
        CHECK(e.message().contains(QStringLiteral("杨小雨")));
        CHECK(e.message().contains(QStringLiteral("already has an open crisis event")));
    }
    CHECK(count("SELECT count(*) FROM crisis_events") == 1);
    crisis.open(other, now, QStringLiteral("出走"));
    CHECK(crisis.openCount() == 2);

    // Once closed, a new crisis opens a new event.
    notify(first, CrisisParty::Guardian, now.addSecs(-300));
    notify(first, CrisisParty::Head, now.addSecs(-300));
    crisis.close(first, QStringLiteral("已转介"), now);
    const qint64 again = crisis.open(id, now, QStringLiteral("再次自伤"));
    CHECK(again != first);
    CHECK(crisis.studentEvents(id).size() == 2);
    CHECK(crisis.studentEvents(id).first().id == again);
}

TEST_CASE_METHOD(Fixture, "steps are validated and kept in time order", "[crisis]")
{
    const qint64 id = addStudent("G520000000001", QStringLiteral("杨小雨"));
    const QDateTime happened = now.addSecs(-7200);
    const qint64 event = crisis.open(id, happened, QStringLiteral("自伤"));

    // In the future, before the event, without a party, without a text.
    CHECK(test::kindOf([&] { notify(event, CrisisParty::Guardian, now.addSecs(3600)); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { notify(event, CrisisParty::Guardian, happened.addSecs(-60)); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { notify(event, CrisisParty::None, now); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { notify(event, CrisisParty::Other, now); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { crisis.addStep(event, now, CrisisStepKind::Action, CrisisParty::None, QStringLiteral(" ")); })
        == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { crisis.addStep(event, now, CrisisStepKind::FollowUp, CrisisParty::None, QString()); })
        == ErrorKind::Rejected);
    CHECK(test::kindOf([&] {
        crisis.addStep(event, QDateTime(), CrisisStepKind::Action, CrisisParty::None, QStringLiteral("x"));
    }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { crisis.addStep(9999, now, CrisisStepKind::Action, CrisisParty::None, QStringLiteral("x")); })
        == ErrorKind::Rejected);
    CHECK(count("SELECT count(*) FROM crisis_steps") == 0);
    // An unknown kind or party cannot reach the table either.
    CHECK(test::kindOf([&] {
        school.db().exec("INSERT INTO crisis_steps (event_id, at, kind, party, author, recorded_at) "
                         "VALUES (1, '2026-01-01T00:00:00Z', 'party', '', 'x', 'x')");
    }).has_value());
    CHECK(test::kindOf([&] {
        school.db().exec("INSERT INTO crisis_steps (event_id, at, kind, party, author, recorded_at) "
                         "VALUES (1, '2026-01-01T00:00:00Z', 'notify', 'neighbour', 'x', 'x')");
    }).has_value());
    CHECK(test::kindOf([&] {
        school.db().exec("INSERT INTO crisis_steps (event_id, at, kind, party, author, recorded_at) "
                         "VALUES (1, '2026-01-01T00:00:00Z', 'notify', '', 'x', 'x')");
    }).has_value());

    crisis.addStep(event, happened.addSecs(600), CrisisStepKind::Action, CrisisParty::None, QStringLiteral("陪同，不让独处"));
    crisis.addStep(event, happened, CrisisStepKind::Notify, CrisisParty::Head, QStringLiteral("电话报告分管副校长"));
    crisis.addStep(event, happened.addSecs(1200), CrisisStepKind::Notify, CrisisParty::Other, QStringLiteral("年级组长李老师"));
    const CrisisEventDetail d = crisis.detail(event);
    REQUIRE(d.steps.size() == 3);
    CHECK(d.steps.at(0).party == CrisisParty::Head);
    CHECK(d.steps.at(0).at == happened);
    CHECK(d.steps.at(0).author == QStringLiteral("wang"));
    CHECK(d.steps.at(1).kind == CrisisStepKind::Action);
    CHECK(d.steps.at(1).body == QStringLiteral("陪同，不让独处"));
    CHECK(d.steps.at(2).party == CrisisParty::Other);
    CHECK(d.event.notifications == 2);
    CHECK(d.event.headNotified);
    CHECK_FALSE(d.event.guardianNotified);
    CHECK(count("SELECT count(*) FROM audit_log WHERE entity = 'crisis_step'") == 3);
    CHECK(count("SELECT count(*) FROM audit_log WHERE detail LIKE '%陪同%'") == 0);
}

TEST_CASE_METHOD(Fixture, "the checklist is copied from the school's template and ticked", "[crisis]")
{
    const qint64 id = addStudent("G520000000001", QStringLiteral("杨小雨"));
    crisis.setChecklistTemplate({ QStringLiteral("确保学生安全"), QStringLiteral("报告校长"), QStringLiteral("通知监护人") });
    const qint64 event = crisis.open(id, now, QStringLiteral("自伤"));
    // A later edit of the template does not rewrite the event.
    crisis.setChecklistTemplate({ QStringLiteral("只有一项") });

    CrisisEventDetail d = crisis.detail(event);
    REQUIRE(d.checklist.size() == 3);
    CHECK(d.checklist.at(1).item == QStringLiteral("报告校长"));
    CHECK(d.checklist.at(1).position == 2);
    CHECK_FALSE(d.checklist.at(1).done());

    CrisisRepository other(school.db(), QStringLiteral("li"));
    other.setChecked(event, 2, true);
    d = crisis.detail(event);
    CHECK(d.checklist.at(1).done());
    CHECK(d.checklist.at(1).doneBy == QStringLiteral("li"));
    CHECK(d.checklist.at(1).doneAt == clock::nowUtc()); // stamped with the fixed clock's time
    CHECK(d.event.checklistDone == 1);
    CHECK(d.event.checklistTotal == 3);

    crisis.setChecked(event, 2, false);
    d = crisis.detail(event);
    CHECK_FALSE(d.checklist.at(1).done());
    CHECK(d.checklist.at(1).doneBy.isEmpty());
    CHECK(test::kindOf([&] { crisis.setChecked(event, 9, true); }) == ErrorKind::Rejected);
    CHECK(count("SELECT count(*) FROM audit_log WHERE entity = 'crisis_checklist'") == 2);
}

TEST_CASE_METHOD(Fixture, "closing needs the guardian and head notifications and keeps the level", "[crisis]")
{
    const qint64 id = addStudent("G520000000001", QStringLiteral("杨小雨"));
    const QDateTime happened = now.addSecs(-7200);
    const qint64 event = crisis.open(id, happened, QStringLiteral("自伤"));

    const auto closeMessage = [&] {
        try {
            crisis.close(event, QStringLiteral("已送医，家长陪同"), now);
        } catch (const Error &e) {
            CHECK(e.kind() == ErrorKind::Rejected);
            return e.message();
        }
        return QString();
    };
    QString message = closeMessage();
    CHECK(message.contains(QStringLiteral("a notification of the guardian")));
    CHECK(message.contains(QStringLiteral("head")));
    CHECK(crisis.missingForClosing(event).size() == 2);

    crisis.addStep(event, happened.addSecs(300), CrisisStepKind::Notify, CrisisParty::Guardian, QStringLiteral("母亲"));
    message = closeMessage();
    CHECK_FALSE(message.contains(QStringLiteral("a notification of the guardian")));
    CHECK(message.contains(QStringLiteral("head")));
    CHECK(crisis.detail(event).event.open);

    // A notification of someone else does not count.
    crisis.addStep(event, happened.addSecs(400), CrisisStepKind::Notify, CrisisParty::ClassTeacher, QString());
    CHECK(crisis.missingForClosing(event).size() == 1);
    crisis.addStep(event, happened.addSecs(600), CrisisStepKind::Notify, CrisisParty::Head, QString());
    CHECK(crisis.missingForClosing(event).isEmpty());

    CHECK(test::kindOf([&] { crisis.close(event, QStringLiteral("  "), now); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { crisis.close(event, QStringLiteral("x"), happened.addSecs(500)); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { crisis.close(event, QStringLiteral("x"), now.addDays(1)); }) == ErrorKind::Rejected);
    CHECK(crisis.detail(event).event.open);

    crisis.close(event, QStringLiteral("已送医，家长陪同；制定一人一策"), now);
    const CrisisEvent closed = crisis.detail(event).event;
    CHECK_FALSE(closed.open);
    CHECK(closed.closedAt == now);
    CHECK(closed.closedBy == QStringLiteral("wang"));
    CHECK(closed.closure == QStringLiteral("已送医，家长陪同；制定一人一策"));
    CHECK(risk.current(id) == RiskLevel::Red); // a counsellor lowers the level separately
    CHECK(crisis.openCount() == 0);
    CHECK(crisis.openEvents().isEmpty());

    // A closed event takes nothing more.
    CHECK(test::kindOf([&] { crisis.close(event, QStringLiteral("x"), now); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { notify(event, CrisisParty::Police, now); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { crisis.setChecked(event, 1, true); }) == ErrorKind::Rejected);
    CHECK(count("SELECT count(*) FROM audit_log WHERE entity = 'crisis_event' AND action = 'close'") == 1);
}

TEST_CASE_METHOD(Fixture, "lists: open events first, filters, a student's events", "[crisis]")
{
    const qint64 a = addStudent("G520000000001", QStringLiteral("杨小雨"));
    const qint64 b = addStudent("G520000000002", QStringLiteral("龙小军"));
    const qint64 c = addStudent("G520000000003", QStringLiteral("石小花"));
    const qint64 ea = crisis.open(a, now.addDays(-10), QStringLiteral("自伤"));
    notify(ea, CrisisParty::Guardian, now.addDays(-10));
    notify(ea, CrisisParty::Head, now.addDays(-10));
    crisis.close(ea, QStringLiteral("已转介"), now.addDays(-3));
    const qint64 eb = crisis.open(b, now.addDays(-1), QStringLiteral("出走"));
    const qint64 ec = crisis.open(c, now.addDays(-4), QStringLiteral("遗书"));

    QList<qint64> ids;
    for (const CrisisEvent &e : crisis.events())
        ids << e.id;
    CHECK(ids == QList<qint64> { ec, eb, ea });
    CHECK(crisis.openEvents().size() == 2);
    CHECK(crisis.openEvents().first().id == ec);
    CHECK(crisis.openEvents().first().daysOpen() == 4);
    CHECK(crisis.events(filterOf(CrisisFilter::Status::Closed)).size() == 1);
    CHECK(crisis.events(filterOf(CrisisFilter::Status::Closed)).first().daysOpen() == 7);
    CHECK(crisis.events(filterOf(CrisisFilter::Status::Closed)).first().notifications == 2);
    const QDate today = clock::today();
    CHECK(crisis.events(filterOf(CrisisFilter::Status::Any, today.addDays(-5), today)).size() == 2);
    CHECK(crisis.events(filterOf(CrisisFilter::Status::Any, QDate(), today.addDays(-5))).size() == 1);
    CHECK(crisis.studentEvents(b).size() == 1);
    CHECK(crisis.studentEvents(b).first().className == QStringLiteral("2班"));
    CHECK(test::kindOf([&] { crisis.detail(9999); }) == ErrorKind::Rejected);
}

TEST_CASE_METHOD(Fixture, "the student's timeline shows the event, its steps and its closure", "[crisis]")
{
    const qint64 id = addStudent("G520000000001", QStringLiteral("杨小雨"));
    const QDateTime happened = now.addDays(-2);
    const qint64 event = crisis.open(id, happened, QStringLiteral("宿舍同学报告其写下遗书"));
    notify(event, CrisisParty::Guardian, happened.addSecs(600));
    notify(event, CrisisParty::Head, happened.addSecs(700));
    crisis.addStep(event, happened.addSecs(3600), CrisisStepKind::Action, CrisisParty::Hospital, QStringLiteral("送州人民医院"));
    crisis.addStep(event, now.addDays(-1), CrisisStepKind::FollowUp, CrisisParty::None, QStringLiteral("电话回访家长"));
    crisis.close(event, QStringLiteral("住院治疗"), now);

    QStringList kinds;
    QStringList bodies;
    for (const TimelineEntry &e : studentTimeline(school.db(), id)) {
        if (e.kind.startsWith(QStringLiteral("crisis"))) {
            kinds << e.kind;
            bodies << e.body;
        }
    }
    CHECK(kinds
        == QStringList { QStringLiteral("crisis_closed"), QStringLiteral("crisis_step"), QStringLiteral("crisis_step"),
            QStringLiteral("crisis_step"), QStringLiteral("crisis_step"), QStringLiteral("crisis") });
    CHECK(bodies.first() == QStringLiteral("住院治疗"));
    CHECK(bodies.at(1).endsWith(QStringLiteral("电话回访家长")));
    CHECK(bodies.at(2).endsWith(QStringLiteral("送州人民医院")));
    CHECK(bodies.last().endsWith(QStringLiteral("宿舍同学报告其写下遗书")));
    // The change to red is there too.
    bool red = false;
    for (const TimelineEntry &e : studentTimeline(school.db(), id))
        red = red
            || (e.kind == QStringLiteral("risk") && e.body.contains(QStringLiteral("Crisis event: 宿舍同学报告其写下遗书")));
    CHECK(red);
}

TEST_CASE_METHOD(Fixture, "the checklist template: default, trimmed lines, at least one item", "[crisis]")
{
    CHECK(crisis.checklistTemplate() == CrisisRepository::defaultChecklist());
    CHECK(CrisisRepository::defaultChecklist().size() >= 6);

    crisis.setChecklistTemplate({ QStringLiteral("  确保安全  "), QString(), QStringLiteral("通知监护人\n\n  报告校长 ") });
    CHECK(crisis.checklistTemplate()
        == QStringList { QStringLiteral("确保安全"), QStringLiteral("通知监护人"), QStringLiteral("报告校长") });
    CHECK(SettingsRepository(school.db(), QString()).value(QStringLiteral("crisis/checklist"))
        == QStringLiteral("确保安全\n通知监护人\n报告校长"));

    CHECK(test::kindOf([&] { crisis.setChecklistTemplate({ QStringLiteral("  "), QString() }); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { crisis.setChecklistTemplate({}); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { crisis.setChecklistTemplate({ QString(CrisisRepository::MaxChecklistItemLength + 1, u'字') }); })
        == ErrorKind::Rejected);
    QStringList many;
    for (int i = 0; i <= CrisisRepository::MaxChecklistItems; ++i)
        many << QString::number(i);
    CHECK(test::kindOf([&] { crisis.setChecklistTemplate(many); }) == ErrorKind::Rejected);
    // Refusals wrote nothing.
    CHECK(crisis.checklistTemplate().size() == 3);
}

TEST_CASE("the demo school has crisis events for its students set red by a crisis", "[crisis][demo]")
{
    // The demo is placed around the clock's day: fixed, so that it is the same school on any real date.
    xinan::clock::testing::FixedClock fixed(QDateTime(QDate(2026, 11, 16), QTime(10, 0)));
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.xinan"));
    // Big enough for a few students set red by a crisis.
    createDemoDatabase(path, QStringLiteral("demo"), test::secret("demo lanterns by the river"), { 2000, 2026 });
    SchoolFile school = SchoolFile::unlockWithPassword(path, QStringLiteral("demo"), test::secret("demo lanterns by the river"));
    RiskRepository risk(school.db(), QString());
    CrisisRepository crisis(school.db(), QString());
    int fromCrisis = 0;
    for (const RiskStudent &s : risk.listAt(RiskLevel::Red)) {
        const bool crisisSource = risk.history(s.id).first().source == RiskSource::Crisis;
        fromCrisis += crisisSource ? 1 : 0;
        CHECK(crisis.studentEvents(s.id).size() == (crisisSource ? 1 : 0));
    }
    const QList<CrisisEvent> all = crisis.events();
    CHECK(all.size() == fromCrisis);
    for (const CrisisEvent &e : all) {
        if (!e.open) {
            CHECK(e.guardianNotified);
            CHECK(e.headNotified);
            CHECK(e.checklistDone == e.checklistTotal);
        }
    }
    REQUIRE(fromCrisis >= 2);
    CHECK(crisis.openCount() == 1);
    CHECK(crisis.openEvents().first().headNotified);
}
