// Alerts and second-stage interviews (二次评估): a critical screening answer raises an alert in the
// recording transaction; handling needs a text and happens once; an interview sets, lowers or
// confirms the level, handles the alert and shows on the timeline; bad interviews write nothing;
// a schema-4 database's critical results get their alerts when it migrates.
#include "crypto/recoverykey.h"
#include "error.h"
#include "repo/alertrepository.h"
#include "repo/leaverepository.h"
#include "repo/noterepository.h"
#include "repo/riskrepository.h"
#include "repo/screeningrepository.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"
#include "services/timeline.h"
#include "store/database.h"
#include "testsupport.h"

#include <QFile>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace xinan;

namespace {

struct Fixture
{
    clock::testing::FixedClock fixedClock { test::testNow() }; // first, so that everything below sees it
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("a.xinan"));
    SchoolFile school = [this] {
        test::createSchool(path);
        return SchoolFile::unlockWithPassword(path, QString(), test::secret("correct horse 1"));
    }();
    AlertRepository alerts { school.db(), QStringLiteral("wang") };
    RiskRepository risk { school.db(), QStringLiteral("wang") };
    Instrument phq9 = findInstrument(QStringLiteral("phq9")).value();

    qint64 addStudent(const char *no, const QString &name, int grade = 7, const QString &className = QStringLiteral("2班"))
    {
        Student s;
        s.studentNo = QString::fromLatin1(no);
        s.name = name;
        s.grade = grade;
        s.className = className;
        return StudentRepository(school.db(), QStringLiteral("wang")).add(s);
    }
    // Records one result and returns its id.
    qint64 screen(qint64 studentId, const QList<int> &answers, const QDate &day = clock::today(),
        const QString &drive = QStringLiteral("秋季筛查"))
    {
        ScreeningRepository(school.db(), QStringLiteral("wang"))
            .record(drive, QStringLiteral("2026-2027-1"), phq9, { { studentId, answers, day } }, QStringLiteral("entered"));
        Statement st(school.db(), "SELECT max(id) FROM screening_results WHERE student_id = ?");
        st.bind(1, studentId);
        REQUIRE(st.step());
        return st.int64(0);
    }
    int count(const char *sql)
    {
        Statement st(school.db(), sql);
        REQUIRE(st.step());
        return st.integer(0);
    }
};

const QList<int> Calm { 0, 0, 0, 0, 0, 0, 0, 0, 0 };
const QList<int> Critical17 { 2, 2, 2, 2, 2, 2, 2, 1, 2 }; // total 17, item 9 = 2
const QList<int> Critical4 { 1, 1, 0, 0, 1, 0, 0, 0, 1 }; // total 4, item 9 = 1
const QList<int> Moderate12 { 2, 2, 2, 2, 2, 1, 1, 0, 0 }; // total 12, no critical item
const QList<int> Severe21 { 3, 3, 3, 3, 3, 3, 3, 0, 0 }; // total 21, no critical item

} // namespace

TEST_CASE("A critical screening answer raises an alert in the same transaction, a calm one does not", "[alerts]")
{
    Fixture f;
    const qint64 a = f.addStudent("G200001", QStringLiteral("王小雨"));
    const qint64 b = f.addStudent("G200002", QStringLiteral("李明"));
    const qint64 resultA = f.screen(a, Critical17);
    f.screen(b, Moderate12);

    const QList<Alert> waiting = f.alerts.waiting();
    REQUIRE(waiting.size() == 1);
    const Alert &alert = waiting.first();
    CHECK(alert.studentId == a);
    CHECK(alert.resultId == resultA);
    CHECK(alert.name == QStringLiteral("王小雨"));
    CHECK(alert.className == QStringLiteral("2班"));
    CHECK(alert.grade == 7);
    CHECK(alert.kind == QStringLiteral("screening_critical"));
    CHECK(alert.reason == QStringLiteral("PHQ-9 item 9 = 2, total 17"));
    CHECK(alert.raisedAt == test::testNow().toUTC()); // the fixed clock's instant, to the second
    CHECK_FALSE(alert.handled());
    CHECK(f.alerts.waitingCount() == 1);
    CHECK(f.count("SELECT count(*) FROM audit_log WHERE entity = 'alert' AND action = 'create'") == 1);
    // Raised together with the yellow level.
    CHECK(f.risk.current(a) == RiskLevel::Yellow);
    CHECK(f.risk.current(b) == RiskLevel::Green);

    // A batch that fails writes no result and no alert.
    const qint64 c = f.addStudent("G200003", QStringLiteral("张三"));
    CHECK(test::kindOf([&] {
        ScreeningRepository(f.school.db(), QStringLiteral("wang"))
            .record(QStringLiteral("秋季筛查"), {}, f.phq9, { { c, Critical4, clock::today() }, { a, Calm, clock::today() } },
                QStringLiteral("entered"));
    }) == ErrorKind::Rejected);
    CHECK(f.count("SELECT count(*) FROM alerts") == 1);
    CHECK(f.risk.current(c) == RiskLevel::Green);

    // A graduated student's alert leaves the home page, but stays in the student's file.
    const qint64 d = f.addStudent("G200004", QStringLiteral("赵四"));
    f.screen(d, Critical4);
    CHECK(f.alerts.waitingCount() == 2);
    LeaveRepository(f.school.db(), QStringLiteral("wang")).changeStatus(d, StudentStatus::Graduated, clock::today(), QString());
    CHECK(f.alerts.waitingCount() == 1);
    CHECK(f.alerts.waiting().size() == 1);
    CHECK(f.alerts.forStudent(d).size() == 1);
}

TEST_CASE("Handling an alert needs what was done and happens once", "[alerts]")
{
    Fixture f;
    const qint64 a = f.addStudent("G200001", QStringLiteral("王小雨"));
    f.screen(a, Critical4);
    const qint64 alertId = f.alerts.waiting().first().id;

    CHECK(test::kindOf([&] { f.alerts.handle(alertId, QStringLiteral("   ")); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { f.alerts.handle(alertId, QString(AlertRepository::MaxHandlingLength + 1, u'x')); })
        == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { f.alerts.handle(alertId + 100, QStringLiteral("谈话")); }) == ErrorKind::Rejected);
    CHECK(f.count("SELECT count(*) FROM alerts WHERE handled_at IS NOT NULL") == 0);

    f.alerts.handle(alertId, QStringLiteral("  当天个别谈话，已告知班主任和家长。 "));
    CHECK(f.alerts.waiting().isEmpty());
    const std::optional<Alert> handled = f.alerts.find(alertId);
    REQUIRE(handled);
    CHECK(handled->handled());
    CHECK(handled->handledBy == QStringLiteral("wang"));
    CHECK(handled->handling == QStringLiteral("当天个别谈话，已告知班主任和家长。"));
    CHECK(handled->interviewId == 0);
    CHECK(f.count("SELECT count(*) FROM audit_log WHERE entity = 'alert' AND action = 'handle'") == 1);
    // The audit never holds the text.
    CHECK(f.count("SELECT count(*) FROM audit_log WHERE detail LIKE '%谈话%'") == 0);

    // Twice is refused and changes nothing.
    CHECK(test::kindOf([&] { f.alerts.handle(alertId, QStringLiteral("再次处理")); }) == ErrorKind::Rejected);
    CHECK(f.alerts.find(alertId).value().handling == QStringLiteral("当天个别谈话，已告知班主任和家长。"));

    // On the timeline.
    bool onTimeline = false;
    for (const TimelineEntry &e : studentTimeline(f.school.db(), a))
        onTimeline = onTimeline || (e.kind == u"alert" && e.sourceId == alertId && e.body.contains(QStringLiteral("班主任")));
    CHECK(onTimeline);
    // The result still waits for its interview: handling the alert is not the interview.
    CHECK(f.alerts.interviewsWaiting().size() == 1);
}

TEST_CASE("Interviews wait most serious first, for enrolled students only", "[alerts][interview]")
{
    Fixture f;
    const qint64 calm = f.addStudent("G200001", QStringLiteral("甲"));
    const qint64 moderate = f.addStudent("G200002", QStringLiteral("乙"));
    const qint64 severe = f.addStudent("G200003", QStringLiteral("丙"));
    const qint64 critical = f.addStudent("G200004", QStringLiteral("丁"));
    const qint64 left = f.addStudent("G200005", QStringLiteral("戊"));
    f.screen(calm, Calm);
    f.screen(moderate, Moderate12);
    f.screen(severe, Severe21);
    const qint64 criticalResult = f.screen(critical, Critical4);
    f.screen(left, Severe21);
    LeaveRepository(f.school.db(), QStringLiteral("wang"))
        .changeStatus(left, StudentStatus::TransferredOut, clock::today(), QStringLiteral("转学"));

    const QList<InterviewCandidate> waiting = f.alerts.interviewsWaiting();
    REQUIRE(waiting.size() == 3);
    CHECK(waiting.at(0).studentId == critical); // critical first, whatever its total
    CHECK(waiting.at(0).critical);
    CHECK(waiting.at(0).criticalAnswers == QStringLiteral("item 9 = 1"));
    CHECK(waiting.at(0).resultId == criticalResult);
    CHECK(waiting.at(1).studentId == severe);
    CHECK(waiting.at(1).total == 21);
    CHECK(waiting.at(1).instrumentName == QStringLiteral("PHQ-9"));
    CHECK_FALSE(waiting.at(1).bandLabel.isEmpty());
    CHECK(waiting.at(2).studentId == moderate);
    CHECK(f.alerts.interviewsWaitingCount() == 3);
    CHECK(f.alerts.interviewsWaitingFor(severe).size() == 1);
    CHECK(f.alerts.interviewsWaitingFor(calm).isEmpty());
}

TEST_CASE("An interview raises the level and handles the alert in one transaction", "[alerts][interview]")
{
    Fixture f;
    const qint64 a = f.addStudent("G200001", QStringLiteral("王小雨"));
    const qint64 result = f.screen(a, Critical17);
    REQUIRE(f.risk.current(a) == RiskLevel::Yellow);
    const qint64 alertId = f.alerts.waiting().first().id;

    const qint64 id = f.alerts.recordInterview(
        result, clock::today(), RiskLevel::Orange, QStringLiteral("有消极念头，无计划；纳入重点关注。"));
    CHECK(f.risk.current(a) == RiskLevel::Orange);
    const QList<RiskChange> history = f.risk.history(a);
    REQUIRE(history.size() == 2);
    CHECK(history.first().from == RiskLevel::Yellow);
    CHECK(history.first().to == RiskLevel::Orange);
    CHECK(history.first().source == RiskSource::Session);
    CHECK(history.first().reason.contains(QStringLiteral("有消极念头")));
    // The alert is handled by the interview.
    CHECK(f.alerts.waiting().isEmpty());
    const std::optional<Alert> alert = f.alerts.find(alertId);
    REQUIRE(alert);
    CHECK(alert->handled());
    CHECK(alert->interviewId == id);
    CHECK(f.alerts.interviewsWaiting().isEmpty());
    const QList<ScreeningInterview> interviews = f.alerts.interviews(a);
    REQUIRE(interviews.size() == 1);
    CHECK(interviews.first().level == RiskLevel::Orange);
    CHECK(interviews.first().changedLevel);
    CHECK(interviews.first().interviewer == QStringLiteral("wang"));
    CHECK(f.count("SELECT count(*) FROM audit_log WHERE entity = 'screening_interview'") == 1);
    CHECK(f.count("SELECT count(*) FROM audit_log WHERE detail LIKE '%消极%'") == 0);

    // The timeline shows the interview with its level and summary.
    bool onTimeline = false;
    for (const TimelineEntry &e : studentTimeline(f.school.db(), a))
        onTimeline = onTimeline
            || (e.kind == u"interview" && e.sourceId == id && e.title.contains(riskLevelName(RiskLevel::Orange))
                && e.body.contains(QStringLiteral("纳入重点关注")));
    CHECK(onTimeline);

    // A second interview of the same result is refused and writes nothing.
    CHECK(test::kindOf([&] { f.alerts.recordInterview(result, clock::today(), RiskLevel::Red, QStringLiteral("再谈")); })
        == ErrorKind::Rejected);
    CHECK(f.risk.current(a) == RiskLevel::Orange);
    CHECK(f.count("SELECT count(*) FROM screening_interviews") == 1);
}

TEST_CASE("An interview may lower the level, or confirm it without a change row", "[alerts][interview]")
{
    Fixture f;
    const qint64 lower = f.addStudent("G200001", QStringLiteral("甲"));
    const qint64 same = f.addStudent("G200002", QStringLiteral("乙"));
    const QDate yesterday = clock::today().addDays(-1);
    const qint64 lowerResult = f.screen(lower, Critical4, yesterday);
    const qint64 sameResult = f.screen(same, Critical4, yesterday);
    REQUIRE(f.risk.current(lower) == RiskLevel::Yellow);

    // A counsellor's judgement may lower what a screening raised (dated the day of the interview,
    // or now when the level changed after that day).
    f.alerts.recordInterview(lowerResult, yesterday, RiskLevel::Green, QStringLiteral("误选题目，复核无风险。"));
    CHECK(f.risk.current(lower) == RiskLevel::Green);
    REQUIRE(f.risk.history(lower).size() == 2);
    CHECK(f.risk.history(lower).first().to == RiskLevel::Green);

    // The same level: the interview is the record, no change row.
    const qint64 id = f.alerts.recordInterview(sameResult, clock::today(), RiskLevel::Yellow, QStringLiteral("维持一般关注。"));
    CHECK(f.risk.current(same) == RiskLevel::Yellow);
    CHECK(f.risk.history(same).size() == 1);
    const QList<ScreeningInterview> interviews = f.alerts.interviews(same);
    REQUIRE(interviews.size() == 1);
    CHECK(interviews.first().id == id);
    CHECK_FALSE(interviews.first().changedLevel);
    CHECK(f.alerts.waiting().isEmpty());
}

TEST_CASE("A bad interview is refused and writes nothing", "[alerts][interview]")
{
    Fixture f;
    const qint64 a = f.addStudent("G200001", QStringLiteral("王小雨"));
    const QDate taken = clock::today().addDays(-3);
    const qint64 result = f.screen(a, Critical4, taken);
    const auto refused = [&](qint64 r, const QDate &day, const QString &summary) {
        return test::kindOf([&] { f.alerts.recordInterview(r, day, RiskLevel::Orange, summary); }) == ErrorKind::Rejected;
    };
    CHECK(refused(result, clock::today().addDays(1), QStringLiteral("谈话"))); // future
    CHECK(refused(result, taken.addDays(-1), QStringLiteral("谈话"))); // before the screening
    CHECK(refused(result, QDate(), QStringLiteral("谈话"))); // no date
    CHECK(refused(result, clock::today(), QStringLiteral("  "))); // empty summary
    CHECK(refused(result, clock::today(), QString(AlertRepository::MaxSummaryLength + 1, u'x')));
    CHECK(refused(result + 1000, clock::today(), QStringLiteral("谈话"))); // unknown result
    CHECK(f.count("SELECT count(*) FROM screening_interviews") == 0);
    CHECK(f.risk.current(a) == RiskLevel::Yellow);
    CHECK(f.alerts.waitingCount() == 1);
    // The day of the screening itself is fine.
    f.alerts.recordInterview(result, taken, RiskLevel::Yellow, QStringLiteral("谈话"));
    CHECK(f.count("SELECT count(*) FROM screening_interviews") == 1);
}

TEST_CASE("Critical results of a schema-4 database get their alerts when it migrates", "[alerts][migrations][fixture]")
{
    clock::testing::FixedClock fixedClock { test::testNow() };
    test::TempDir dir;
    const QString fixture = QStringLiteral(XINAN_TEST_DATA_DIR "/schema-v4");
    const QString path = dir.path(QStringLiteral("v4.xinan"));
    REQUIRE(QFile::copy(fixture + QStringLiteral(".xinan"), path));
    REQUIRE(QFile::copy(fixture + QStringLiteral(".xinan-keys"), path + QStringLiteral("-keys")));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QFile::setPermissions(path + QStringLiteral("-keys"), QFile::ReadOwner | QFile::WriteOwner);
    const QString recovery = QString::fromLatin1(test::readBytes(fixture + QStringLiteral(".recovery-key")).trimmed());

    // Add results at schema 4, as XinAn 4 would have written them: one critical, one not.
    const QDate taken = clock::today().addDays(-5);
    const QDateTime created(taken, QTime(8, 0), QTimeZone::utc());
    qint64 criticalStudent = 0;
    {
        Database db = Database::open(path, RecoveryKey::parse(recovery).dataKey());
        REQUIRE(db.userVersion() == 4);
        Statement students(db, "SELECT id FROM students WHERE status = 'enrolled' ORDER BY id LIMIT 2");
        QList<qint64> ids;
        while (students.step())
            ids.append(students.int64(0));
        REQUIRE(ids.size() == 2);
        criticalStudent = ids.at(0);
        db.exec("INSERT INTO screening_drives (name, term, instrument_id, created_at) VALUES ('v4 drive', '2026-2027-1', 'phq9', "
                "'2026-10-01T08:00:00Z')");
        const qint64 drive = db.lastInsertId();
        Statement insert(db,
            "INSERT INTO screening_results (drive_id, student_id, instrument_id, answers, total, band_code, critical, "
            "needs_interview, "
            "source, taken_on, recorded_by, created_at) VALUES (?, ?, 'phq9', ?, ?, ?, ?, ?, 'entered', ?, 'fixture', ?)");
        insert.bind(1, drive)
            .bind(2, ids.at(0))
            .bind(3, "2,2,2,2,2,2,2,1,2")
            .bind(4, 17)
            .bind(5, "moderately_severe")
            .bind(6, 1)
            .bind(7, 1);
        insert.bind(8, taken.toString(Qt::ISODate)).bind(9, created.toString(Qt::ISODate)).run();
        insert.reset();
        insert.bind(1, drive).bind(2, ids.at(1)).bind(3, "0,0,0,0,0,0,0,0,0").bind(4, 0).bind(5, "none").bind(6, 0).bind(7, 0);
        insert.bind(8, taken.toString(Qt::ISODate)).bind(9, created.toString(Qt::ISODate)).run();
    }

    SchoolFile school = SchoolFile::unlockWithPassword(path, QStringLiteral("fixture"), test::secret("fixture-password-1"));
    AlertRepository alerts(school.db(), QStringLiteral("fixture"));
    Statement st(school.db(), "SELECT count(*) FROM alerts");
    REQUIRE(st.step());
    CHECK(st.integer(0) == 1);
    const QList<Alert> forStudent = alerts.forStudent(criticalStudent);
    REQUIRE(forStudent.size() == 1);
    CHECK_FALSE(forStudent.first().handled());
    CHECK(forStudent.first().reason == QStringLiteral("PHQ-9 item 9 = 2, total 17"));
    CHECK(forStudent.first().raisedAt == created);
    // And the interview can be recorded on the migrated file.
    REQUIRE(alerts.interviewsWaitingFor(criticalStudent).size() == 1);
    alerts.recordInterview(alerts.interviewsWaitingFor(criticalStudent).first().resultId, taken.addDays(1), RiskLevel::Orange,
        QStringLiteral("二次评估：纳入重点关注。"));
    CHECK(alerts.forStudent(criticalStudent).first().handled());
}
