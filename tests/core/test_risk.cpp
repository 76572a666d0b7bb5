// Risk levels: each change and the current level written together with the audit entry;
// screening never lowers a level; the history on the timeline; the lists by level; older
// schemas migrate with every student green.
#include "error.h"
#include "platform/clock.h"
#include "repo/audit.h"
#include "repo/leaverepository.h"
#include "repo/noterepository.h"
#include "repo/riskrepository.h"
#include "repo/studentrepository.h"
#include "services/demodata.h"
#include "services/schoolfile.h"
#include "services/timeline.h"
#include "store/database.h"
#include "testsupport.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace xinan;

namespace {

struct Fixture
{
    clock::testing::FixedClock fixedClock { test::testNow() }; // first, so that everything below sees it
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("r.xinan"));
    SchoolFile school = [this] {
        test::createSchool(path);
        return SchoolFile::unlockWithPassword(path, QString(), test::secret("correct horse 1"));
    }();
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
    int count(const char *sql)
    {
        Statement st(school.db(), sql);
        REQUIRE(st.step());
        return st.integer(0);
    }
};

} // namespace

TEST_CASE("Risk enum codes and names round-trip", "[risk]")
{
    for (const RiskLevel l : allRiskLevels()) {
        CHECK(riskLevelFromCode(riskLevelCode(l)) == l);
        CHECK(riskLevelFromInt(static_cast<int>(l)) == l);
        CHECK_FALSE(riskLevelName(l).isEmpty());
    }
    for (const RiskSource s : allRiskSources()) {
        CHECK(riskSourceFromCode(riskSourceCode(s)) == s);
        CHECK_FALSE(riskSourceName(s).isEmpty());
    }
    CHECK(riskLevelCode(RiskLevel::Red) == QStringLiteral("red"));
    CHECK(riskSourceCode(RiskSource::TeacherReport) == QStringLiteral("teacher_report"));
    CHECK(riskLevelName(RiskLevel::Orange) == QStringLiteral("Orange (key student)"));
    CHECK_FALSE(riskLevelFromCode(QStringLiteral("purple")));
    CHECK_FALSE(riskLevelFromInt(4));
    CHECK_FALSE(riskSourceFromCode(QStringLiteral("rumour")));
}

TEST_CASE_METHOD(Fixture, "changes are kept newest first and the current level follows them", "[risk]")
{
    const qint64 id = addStudent("G520000000001", QStringLiteral("杨小雨"), 8, QStringLiteral("2班"));
    CHECK(risk.current(id) == RiskLevel::Green);
    CHECK(risk.history(id).isEmpty());

    const QDateTime now = clock::nowUtc();
    risk.change(id, RiskLevel::Yellow, RiskSource::Screening, QStringLiteral("PHQ-9 总分 12"), now.addDays(-10));
    CHECK(risk.current(id) == RiskLevel::Yellow);
    const qint64 second = risk.change(id, RiskLevel::Orange, RiskSource::Session, QStringLiteral("  面谈：无望感  "));
    CHECK(risk.current(id) == RiskLevel::Orange);

    const QList<RiskChange> h = risk.history(id);
    REQUIRE(h.size() == 2);
    CHECK(h.at(0).id == second);
    CHECK(h.at(0).from == RiskLevel::Yellow);
    CHECK(h.at(0).to == RiskLevel::Orange);
    CHECK(h.at(0).source == RiskSource::Session);
    CHECK(h.at(0).reason == QStringLiteral("面谈：无望感"));
    CHECK(h.at(0).author == QStringLiteral("wang"));
    CHECK(h.at(0).studentId == id);
    CHECK(h.at(0).at == now); // no time given: the fixed clock's
    CHECK(h.at(1).from == RiskLevel::Green);
    CHECK(h.at(1).to == RiskLevel::Yellow);
    CHECK(h.at(1).source == RiskSource::Screening);
    CHECK(h.at(1).at.date() == now.addDays(-10).date());
    CHECK(count("SELECT risk_level FROM students") == 2);
}

TEST_CASE_METHOD(Fixture, "screening never lowers a level and nothing is written, other sources may", "[risk]")
{
    const qint64 id = addStudent("G520000000001", QStringLiteral("杨小雨"), 8, QStringLiteral("2班"));
    risk.change(id, RiskLevel::Orange, RiskSource::TeacherReport, QStringLiteral("手臂划痕"));
    const int audit = count("SELECT count(*) FROM audit_log");
    try {
        risk.change(id, RiskLevel::Green, RiskSource::Screening, QStringLiteral("PHQ-9 总分 3"));
        FAIL("screening lowered the level");
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::Rejected);
        CHECK(e.message().contains(QStringLiteral("counsellor must confirm")));
    }
    CHECK(test::kindOf([&] { risk.change(id, RiskLevel::Yellow, RiskSource::Screening, QStringLiteral("x")); })
        == ErrorKind::Rejected);
    CHECK(risk.current(id) == RiskLevel::Orange);
    CHECK(count("SELECT count(*) FROM risk_changes") == 1);
    CHECK(count("SELECT count(*) FROM audit_log") == audit);

    // Screening may raise; a counsellor's review may lower.
    risk.change(id, RiskLevel::Red, RiskSource::Screening, QStringLiteral("PHQ-9 第9题 3 分"));
    CHECK(risk.current(id) == RiskLevel::Red);
    risk.change(id, RiskLevel::Yellow, RiskSource::Review, QStringLiteral("复评：稳定"));
    risk.change(id, RiskLevel::Green, RiskSource::Session, QStringLiteral("面谈：恢复常规"));
    CHECK(risk.current(id) == RiskLevel::Green);
    CHECK(risk.history(id).size() == 4);
}

TEST_CASE_METHOD(Fixture, "a change without reason, to the same level, of no student or at a bad time is refused", "[risk]")
{
    const qint64 id = addStudent("G520000000001", QStringLiteral("杨小雨"), 8, QStringLiteral("2班"));
    const int audit = count("SELECT count(*) FROM audit_log");
    CHECK(test::kindOf([&] { risk.change(id, RiskLevel::Yellow, RiskSource::Session, QStringLiteral("  ")); })
        == ErrorKind::Rejected);
    CHECK(test::kindOf([&] {
        risk.change(id, RiskLevel::Yellow, RiskSource::Session, QString(RiskRepository::MaxReasonLength + 1, u'字'));
    }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { risk.change(id, RiskLevel::Green, RiskSource::Session, QStringLiteral("x")); })
        == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { risk.change(id + 100, RiskLevel::Yellow, RiskSource::Session, QStringLiteral("x")); })
        == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { risk.current(id + 100); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] {
        risk.change(id, RiskLevel::Yellow, RiskSource::Session, QStringLiteral("x"), clock::nowUtc().addDays(1));
    }) == ErrorKind::Rejected);
    risk.change(id, RiskLevel::Yellow, RiskSource::Session, QStringLiteral("x"));
    // Backdated before the newest change: the history would no longer end at the current level.
    CHECK(test::kindOf([&] {
        risk.change(id, RiskLevel::Orange, RiskSource::Session, QStringLiteral("y"), clock::nowUtc().addDays(-3));
    }) == ErrorKind::Rejected);
    CHECK(count("SELECT count(*) FROM risk_changes") == 1);
    CHECK(count("SELECT count(*) FROM audit_log") == audit + 1);
    CHECK(risk.current(id) == RiskLevel::Yellow);
}

TEST_CASE_METHOD(Fixture, "a change writes one audit entry naming student and levels, never the reason", "[risk]")
{
    const qint64 id = addStudent("G520000000001", QStringLiteral("杨小雨"), 8, QStringLiteral("2班"));
    const qint64 change = risk.change(id, RiskLevel::Orange, RiskSource::Parent, QStringLiteral("保密：家长反映自伤"));
    const QList<AuditEntry> audit = recentAudit(school.db(), 1);
    REQUIRE(audit.size() == 1);
    CHECK(audit.at(0).account == QStringLiteral("wang"));
    CHECK(audit.at(0).entity == QStringLiteral("risk_change"));
    CHECK(audit.at(0).entityId == change);
    CHECK(audit.at(0).detail.contains(QStringLiteral("student %1").arg(id)));
    CHECK(audit.at(0).detail.contains(QStringLiteral("green -> orange")));
    CHECK_FALSE(audit.at(0).detail.contains(QStringLiteral("保密")));
    CHECK_FALSE(audit.at(0).detail.contains(QStringLiteral("自伤")));
}

TEST_CASE_METHOD(Fixture, "risk changes show on the student's timeline with the notes", "[risk][notes]")
{
    const qint64 id = addStudent("G520000000001", QStringLiteral("杨小雨"), 8, QStringLiteral("2班"));
    NoteRepository(school.db(), QStringLiteral("li")).add(id, clock::today().addDays(-5), QStringLiteral("家访"));
    risk.change(
        id, RiskLevel::Yellow, RiskSource::TeacherReport, QStringLiteral("班主任：情绪低落"), clock::nowUtc().addDays(-20));
    risk.change(id, RiskLevel::Orange, RiskSource::Session, QStringLiteral("面谈：无望感"));
    const QList<TimelineEntry> t = studentTimeline(school.db(), id);
    REQUIRE(t.size() == 3);
    CHECK(t.at(0).kind == QStringLiteral("risk"));
    CHECK(t.at(0).title == QStringLiteral("Risk level: Yellow (watch) → Orange (key student)"));
    CHECK(t.at(0).body.contains(QStringLiteral("面谈：无望感")));
    CHECK(t.at(0).body.contains(riskSourceName(RiskSource::Session)));
    CHECK(t.at(0).author == QStringLiteral("wang"));
    CHECK(t.at(0).date == clock::today());
    CHECK(t.at(1).kind == QStringLiteral("note"));
    CHECK(t.at(2).kind == QStringLiteral("risk"));
    CHECK(t.at(2).title.contains(QStringLiteral("Green (routine)")));
    CHECK(t.at(2).body.contains(riskSourceName(RiskSource::TeacherReport)));
}

TEST_CASE_METHOD(Fixture, "students at or above a level: most serious first, then grade, class and name", "[risk]")
{
    const qint64 a = addStudent("G520000000001", QStringLiteral("王芳"), 8, QStringLiteral("10班"));
    const qint64 b = addStudent("G520000000002", QStringLiteral("李明"), 8, QStringLiteral("2班"));
    const qint64 c = addStudent("G520000000003", QStringLiteral("张伟"), 7, QStringLiteral("3班"));
    const qint64 d = addStudent("G520000000004", QStringLiteral("陈静"), 9, QStringLiteral("1班"));
    const qint64 e = addStudent("G520000000005", QStringLiteral("安宁"), 8, QStringLiteral("2班"));
    addStudent("G520000000006", QStringLiteral("赵磊"), 7, QStringLiteral("1班")); // stays green
    risk.change(a, RiskLevel::Orange, RiskSource::Session, QStringLiteral("a"));
    risk.change(b, RiskLevel::Orange, RiskSource::Session, QStringLiteral("b"));
    risk.change(c, RiskLevel::Yellow, RiskSource::Screening, QStringLiteral("c"));
    risk.change(d, RiskLevel::Red, RiskSource::Crisis, QStringLiteral("d"));
    risk.change(e, RiskLevel::Yellow, RiskSource::Parent, QStringLiteral("e1"));
    risk.change(e, RiskLevel::Orange, RiskSource::Session, QStringLiteral("e2"));

    const QList<RiskStudent> all = risk.atOrAbove(RiskLevel::Yellow);
    QList<qint64> ids;
    for (const RiskStudent &s : all)
        ids << s.id;
    // red d; orange grade 8: 2班 安宁 (an) before 李明 (li), then 10班; yellow c.
    CHECK(ids == QList<qint64> { d, e, b, a, c });
    CHECK(all.at(1).lastReason == QStringLiteral("e2"));
    CHECK(all.at(1).level == RiskLevel::Orange);
    CHECK(all.at(1).studentNo == QStringLiteral("G520000000005"));
    CHECK(all.at(1).className == QStringLiteral("2班"));
    CHECK(all.at(1).grade == 8);
    CHECK(all.at(1).since.isValid());
    CHECK(risk.atOrAbove(RiskLevel::Orange).size() == 4);
    CHECK(risk.atOrAbove(RiskLevel::Green).size() == 6);
    CHECK(risk.listAt(RiskLevel::Orange).size() == 3);
    CHECK(risk.listAt(RiskLevel::Red).first().id == d);
    CHECK(risk.listAt(RiskLevel::Green).first().since.isNull());

    // A student who left the school is no longer listed; deleting a student removes the history.
    LeaveRepository(school.db(), QStringLiteral("wang"))
        .changeStatus(c, StudentStatus::TransferredOut, clock::today(), QStringLiteral("转学"));
    CHECK(risk.listAt(RiskLevel::Yellow).isEmpty());
}

TEST_CASE("Schema 1 and 2 fixtures migrate with every student green and no history", "[risk][migrations][fixture]")
{
    clock::testing::FixedClock fixedClock { test::testNow() };
    const int version = GENERATE(1, 2);
    INFO("schema-v" << version);
    const QString fixture = QStringLiteral(XINAN_TEST_DATA_DIR "/schema-v%1").arg(version);
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("fixture.xinan"));
    REQUIRE(QFile::copy(fixture + QStringLiteral(".xinan"), path));
    REQUIRE(QFile::copy(fixture + QStringLiteral(".xinan-keys"), path + QStringLiteral("-keys")));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    SchoolFile school = SchoolFile::unlockWithPassword(path, QStringLiteral("fixture"), test::secret("fixture-password-1"));
    RiskRepository risk(school.db(), QStringLiteral("fixture"));
    const QList<Student> students = StudentRepository(school.db(), QStringLiteral("fixture")).list();
    REQUIRE(students.size() == 40);
    for (const Student &s : students) {
        CHECK(risk.current(s.id) == RiskLevel::Green);
        CHECK(risk.history(s.id).isEmpty());
    }
    CHECK(risk.atOrAbove(RiskLevel::Yellow).isEmpty());
    // The migrated file takes changes like a new one.
    risk.change(students.first().id, RiskLevel::Yellow, RiskSource::Screening, QStringLiteral("PHQ-9 总分 11"));
    CHECK(risk.atOrAbove(RiskLevel::Yellow).size() == 1);
}

TEST_CASE("The schema 3 fixture keeps its risk levels in step with their history", "[risk][migrations][fixture]")
{
    clock::testing::FixedClock fixedClock { test::testNow() };
    const QString fixture = QStringLiteral(XINAN_TEST_DATA_DIR "/schema-v3");
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("fixture.xinan"));
    REQUIRE(QFile::copy(fixture + QStringLiteral(".xinan"), path));
    REQUIRE(QFile::copy(fixture + QStringLiteral(".xinan-keys"), path + QStringLiteral("-keys")));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    SchoolFile school = SchoolFile::unlockWithPassword(path, QStringLiteral("fixture"), test::secret("fixture-password-1"));
    RiskRepository risk(school.db(), QStringLiteral("fixture"));
    CHECK(risk.listAt(RiskLevel::Red).size() == 1);
    CHECK(risk.listAt(RiskLevel::Orange).size() == 3);
    CHECK(risk.listAt(RiskLevel::Yellow).size() == 2);
    for (const Student &s : StudentRepository(school.db(), QStringLiteral("fixture")).list()) {
        const QList<RiskChange> h = risk.history(s.id);
        CHECK(risk.current(s.id) == (h.isEmpty() ? RiskLevel::Green : h.first().to));
    }
}

TEST_CASE("The demo school has a realistic handful of key students, the same for the same seed", "[risk][demo]")
{
    // The demo is placed around the clock's day: fixed, so that it is the same school on any real date.
    xinan::clock::testing::FixedClock fixed(QDateTime(QDate(2026, 11, 16), QTime(10, 0)));
    test::TempDir dir;
    const auto levels = [&dir](const QString &name) {
        const QString path = dir.path(name);
        const QString key
            = createDemoDatabase(path, QStringLiteral("demo"), test::secret("demo lanterns by the river"), { 600, 2026 });
        SchoolFile school = SchoolFile::unlockWithRecoveryKey(path, key, QStringLiteral("demo"));
        RiskRepository risk(school.db(), QStringLiteral("demo"));
        QStringList out;
        for (const RiskStudent &s : risk.atOrAbove(RiskLevel::Yellow)) {
            CHECK_FALSE(s.lastReason.isEmpty());
            CHECK(s.since.isValid());
            CHECK(s.since < clock::nowUtc());
            CHECK(s.grade >= 4); // screening and these histories concern 小学高年级 and up
            out << riskLevelCode(s.level) + s.studentNo + s.lastReason;
        }
        return std::make_pair(out,
            static_cast<int>(risk.listAt(RiskLevel::Red).size()) * 10000
                + static_cast<int>(risk.listAt(RiskLevel::Orange).size()) * 100
                + static_cast<int>(risk.listAt(RiskLevel::Yellow).size()));
    };
    const auto a = levels(QStringLiteral("a.xinan"));
    // 0.5 % red, 1.5 % orange, 5 % yellow of the enrolled students of grades 4 to 9 (about 390),
    // and 9 more yellow that the autumn screening's second-stage interviews set.
    CHECK(a.second == 2 * 10000 + 6 * 100 + 28);
    CHECK(a == levels(QStringLiteral("b.xinan")));
}
