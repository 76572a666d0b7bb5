// The student aggregate: repository round trips, validation, all-or-nothing and the audit log.
#include "domain/pinyin.h"
#include "error.h"
#include "platform/clock.h"
#include "repo/audit.h"
#include "repo/leaverepository.h"
#include "repo/noterepository.h"
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

Student sampleStudent(const QString &no = QStringLiteral("G520101201201010011"))
{
    Student s;
    s.studentNo = no;
    s.name = QStringLiteral("杨小雨");
    s.gender = Gender::Female;
    s.birthDate = QDate(2012, 3, 14);
    s.grade = 8;
    s.className = QStringLiteral("2班");
    s.ethnicity = QStringLiteral("苗族");
    s.boarding = true;
    s.specialFlags = LeftBehind | FinancialHardship;
    s.guardians = { { QStringLiteral("杨秀英"), QStringLiteral("祖母"), QStringLiteral("10012345678") },
        { QStringLiteral("杨国平"), QStringLiteral("父亲"), QStringLiteral("10087654321") } };
    return s;
}

struct Fixture
{
    clock::testing::FixedClock fixedClock { test::testNow() }; // first, so that everything below sees it
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("s.xinan"));
    SchoolFile school = [this] {
        test::createSchool(path);
        return SchoolFile::unlockWithPassword(path, QString(), test::secret("correct horse 1"));
    }();
    StudentRepository repo { school.db(), QStringLiteral("wang") };

    int rows(const char *sql)
    {
        Statement st = school.db().prepare(sql);
        st.step();
        return st.integer(0);
    }
};

} // namespace

TEST_CASE_METHOD(Fixture, "A student with guardians round-trips", "[students]")
{
    const Student s = sampleStudent();
    const qint64 id = repo.add(s);
    REQUIRE(id > 0);
    const auto back = repo.find(id);
    REQUIRE(back);
    Student expected = s;
    expected.id = id;
    CHECK(*back == expected);
    CHECK(repo.findByStudentNo(s.studentNo).value().id == id);
    CHECK(specialCircumstanceNames(back->specialFlags).size() == 2);

    SECTION("an update replaces fields and guardians in one go")
    {
        Student changed = *back;
        changed.className = QStringLiteral("3班");
        changed.guardians = { { QStringLiteral("杨国平"), QStringLiteral("父亲"), QStringLiteral("10087654321") } };
        repo.update(changed);
        CHECK(repo.find(id).value() == changed);
        // The status is not changed by editing the record: that is a dated event (LeaveRepository).
        changed.status = StudentStatus::Suspended;
        CHECK_THROWS_MATCHES(repo.update(changed), Error, test::HasKind(ErrorKind::Rejected));
        CHECK(repo.find(id).value().status == StudentStatus::Enrolled);
        CHECK(rows("SELECT count(*) FROM guardians") == 1);
    }
    SECTION("removing a student removes the guardians too")
    {
        repo.remove(id);
        CHECK_FALSE(repo.find(id));
        CHECK(rows("SELECT count(*) FROM guardians") == 0);
    }
    SECTION("every change is in the audit log, which cannot be edited")
    {
        repo.remove(id);
        const auto log = recentAudit(school.db(), 10);
        REQUIRE(log.size() >= 2);
        CHECK(log.at(0).action == QStringLiteral("delete"));
        CHECK(log.at(1).action == QStringLiteral("create"));
        CHECK(log.at(0).account == QStringLiteral("wang"));
        CHECK_THROWS_MATCHES(school.db().exec("UPDATE audit_log SET account = 'x'"), Error, test::HasKind(ErrorKind::Rejected));
        CHECK_THROWS_MATCHES(school.db().exec("DELETE FROM audit_log"), Error, test::HasKind(ErrorKind::Rejected));
    }
}

TEST_CASE_METHOD(Fixture, "Invalid students are rejected with every problem named, and nothing is written", "[students]")
{
    Student bad = sampleStudent(QStringLiteral("??"));
    bad.name = QString();
    bad.grade = 16;
    bad.guardians = { { QString(), QStringLiteral("母亲"), QStringLiteral("call me") } };
    try {
        repo.add(bad);
        FAIL("an invalid student was stored");
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::Rejected);
        CHECK(e.message().contains(QStringLiteral("学籍号")));
        CHECK(e.message().contains(QStringLiteral("Name is missing")));
        CHECK(e.message().contains(QStringLiteral("Grade 16")));
        CHECK(e.message().contains(QStringLiteral("Guardian 1: name is missing")));
        CHECK(e.message().contains(QStringLiteral("call me")));
    }
    CHECK(rows("SELECT count(*) FROM students") == 0);
    CHECK(rows("SELECT count(*) FROM audit_log WHERE entity = 'student'") == 0);
}

TEST_CASE_METHOD(Fixture, "A duplicate student number is refused", "[students]")
{
    repo.add(sampleStudent());
    Student twin = sampleStudent();
    twin.name = QStringLiteral("李四");
    try {
        repo.add(twin);
        FAIL("a duplicate 学籍号 was stored");
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::Rejected);
        CHECK(e.message().contains(twin.studentNo));
    }
    CHECK(rows("SELECT count(*) FROM students") == 1);
}

TEST_CASE_METHOD(Fixture, "Adding many students is all or nothing", "[students]")
{
    QList<Student> batch;
    for (int i = 0; i < 5; ++i)
        batch << sampleStudent(QStringLiteral("G52010120120101%1").arg(i, 4, 10, QLatin1Char('0')));
    batch[3].grade = 0; // one bad record in the middle
    CHECK_THROWS_MATCHES(repo.addAll(batch), Error, test::HasKind(ErrorKind::Rejected));
    CHECK(rows("SELECT count(*) FROM students") == 0);
    CHECK(rows("SELECT count(*) FROM guardians") == 0);

    batch[3].grade = 7;
    repo.addAll(batch);
    CHECK(rows("SELECT count(*) FROM students") == 5);
}

TEST_CASE_METHOD(Fixture, "Counts are by enrolled students", "[students]")
{
    QList<Student> batch;
    for (int i = 0; i < 6; ++i) {
        Student s = sampleStudent(QStringLiteral("G52010120120101%1").arg(i, 4, 10, QLatin1Char('0')));
        s.grade = 7 + i % 3;
        s.specialFlags = i % 2 ? LeftBehind : 0;
        s.boarding = i < 2;
        s.status = i == 5 ? StudentStatus::Graduated : StudentStatus::Enrolled;
        batch << s;
    }
    repo.addAll(batch);
    const StudentCounts c = repo.counts();
    CHECK(c.total == 6);
    CHECK(c.enrolled == 5);
    CHECK(c.byGrade.value(7) == 2);
    CHECK(c.byGrade.value(8) == 2);
    CHECK(c.byGrade.value(9) == 1);
    CHECK(c.bySpecialCircumstance.value(LeftBehind) == 2);
    CHECK(c.boarding == 2);
}

TEST_CASE("Domain names are complete for every grade and circumstance", "[students]")
{
    for (int g = 1; g <= 15; ++g)
        CHECK_FALSE(gradeName(g).isEmpty());
    CHECK(gradeName(7) != gradeName(8));
    for (const auto c : allSpecialCircumstances())
        CHECK_FALSE(specialCircumstanceName(c).isEmpty());
    CHECK(statusFromCode(statusCode(StudentStatus::TransferredOut)) == StudentStatus::TransferredOut);
    CHECK(genderFromCode(genderCode(Gender::Female)) == Gender::Female);
}

TEST_CASE("Pinyin and search keys", "[students][pinyin]")
{
    CHECK(pinyinOf(QStringLiteral("张三")).initials == QStringLiteral("zs"));
    CHECK(pinyinOf(QStringLiteral("张三")).full == QStringLiteral("zhangsan"));
    CHECK(pinyinOf(QStringLiteral("欧阳梓涵")).initials == QStringLiteral("oyzh"));
    CHECK(pinyinOf(QStringLiteral("单雨桐")).full == QStringLiteral("shanyutong")); // surname reading
    CHECK(pinyinOf(QStringLiteral("吕小明")).full == QStringLiteral("luxiaoming"));
    const QString key = studentSearchKey(QStringLiteral(" 张三 "), QStringLiteral("G5201"));
    CHECK(key.contains(QStringLiteral("张三")));
    CHECK(key.contains(QStringLiteral("zs")));
    CHECK(key.contains(QStringLiteral("zhangsan")));
    CHECK(key.contains(QStringLiteral("g5201")));
}

TEST_CASE_METHOD(Fixture, "Adding and editing a student keeps its search key current", "[students][pinyin]")
{
    Student s = sampleStudent();
    s.id = repo.add(s);
    const auto keyOf = [this](qint64 id) {
        Statement st = school.db().prepare("SELECT search_key FROM students WHERE id = ?");
        st.bind(1, id);
        REQUIRE(st.step());
        return st.text(0);
    };
    CHECK(keyOf(s.id).contains(QStringLiteral("yxy")));
    s.name = QStringLiteral("龙梓涵");
    repo.update(s);
    CHECK(keyOf(s.id).contains(QStringLiteral("lzh")));
    CHECK_FALSE(keyOf(s.id).contains(QStringLiteral("yxy")));
}

TEST_CASE_METHOD(Fixture, "School settings live in the encrypted database", "[settings]")
{
    SettingsRepository settings(school.db(), QStringLiteral("wang"));
    CHECK_FALSE(settings.flag(QString::fromLatin1(SettingsRepository::StoreIdCardKey)));
    settings.setFlag(QString::fromLatin1(SettingsRepository::StoreIdCardKey), true);
    CHECK(settings.flag(QString::fromLatin1(SettingsRepository::StoreIdCardKey)));
    CHECK(settings.value(QStringLiteral("missing"), QStringLiteral("d")) == QStringLiteral("d"));
    CHECK(recentAudit(school.db(), 1).first().entity == QStringLiteral("setting"));
}

TEST_CASE("The demo school fills every module that exists, the same way for the same seed", "[demo]")
{
    // The demo is placed around the clock's day: fixed, so that it is the same school on any real date.
    xinan::clock::testing::FixedClock fixed(QDateTime(QDate(2026, 11, 16), QTime(10, 0)));
    test::TempDir dir;
    const auto counts = [&dir](const QString &name, quint64 seed) {
        const QString path = dir.path(name);
        const QString key
            = createDemoDatabase(path, QStringLiteral("demo"), test::secret("demo lanterns by the river"), { 120, seed });
        SchoolFile school = SchoolFile::unlockWithRecoveryKey(path, key, QStringLiteral("demo"));
        const QList<Student> all = StudentRepository(school.db(), {}).list();
        int notes = 0;
        for (const Student &st : all)
            notes += static_cast<int>(studentTimeline(school.db(), st.id).size());
        QStringList names;
        for (const Student &st : all)
            names << st.name + st.studentNo + st.className;
        return std::make_pair(notes, names);
    };
    const auto a = counts(QStringLiteral("a.xinan"), 7);
    const auto b = counts(QStringLiteral("b.xinan"), 7);
    const auto c = counts(QStringLiteral("c.xinan"), 8);
    CHECK(a.second.size() == 120);
    CHECK(a.first >= 12); // every tenth student has one or two notes
    CHECK(a == b);
    CHECK(a.second != c.second);
}
