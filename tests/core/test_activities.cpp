// Activities and training (活动与培训, ActivityRepository) and the office's facts for the bureau
// (rooms' area and equipment, staff by post; OfficeRepository) on real encrypted school files: a
// refused activity or room names the field and writes nothing; counts per kind follow the
// period's days with the terms' first and last days included; the role matrix (counsellors write,
// the head reads, class teachers and administrators are refused); the demo school's activities.
#include "testsupport.h"

#include "repo/activityrepository.h"
#include "repo/dutyrepository.h"
#include "repo/officerepository.h"
#include "repo/termcalendar.h"
#include "services/demodata.h"
#include "services/schoolfile.h"
#include "store/access.h"
#include "store/database.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <functional>

using namespace xinan;

namespace {

struct Fixture
{
    clock::testing::FixedClock fixed { QDateTime(QDate(2027, 6, 30), QTime(10, 0)) }; // late in the spring term
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("activities.xinan"));
    SchoolFile school = [this] {
        test::createSchool(path);
        return SchoolFile::unlockWithPassword(path, QStringLiteral("wang"), test::secret("correct horse 1"));
    }();
    Database &db = school.db();
    ActivityRepository activities { db, QStringLiteral("wang") };

    static Activity sample(const QDate &day, ActivityKind kind = ActivityKind::ParentSchool, int attendance = 120)
    {
        Activity a;
        a.heldOn = day;
        a.kind = kind;
        a.title = QStringLiteral("家长学校：如何与青春期孩子沟通");
        a.audience = QStringLiteral("八年级家长");
        a.attendance = attendance;
        a.organiser = QStringLiteral("德育处");
        return a;
    }
    int audits(const char *entity)
    {
        Statement st(db, "SELECT count(*) FROM audit_log WHERE entity = ?");
        st.bind(1, entity);
        st.step();
        return st.integer(0);
    }
    void as(AccountRole role) { db.setAccess(Access::forAccount(QStringLiteral("someone"), role, {}, {})); }
};

int countOf(const QList<ActivityKindCount> &counts, ActivityKind kind)
{
    for (const ActivityKindCount &c : counts)
        if (c.kind == kind)
            return c.activities;
    return -1;
}

} // namespace

TEST_CASE("activity kinds have stable codes and names", "[activities]")
{
    const QStringList codes { QStringLiteral("month_525"), QStringLiteral("parent_school"), QStringLiteral("parent_meeting"),
        QStringLiteral("teacher_training"), QStringLiteral("group_activity"), QStringLiteral("monitor_training"),
        QStringLiteral("other") };
    QStringList seen;
    for (ActivityKind kind : allActivityKinds()) {
        seen << activityKindCode(kind);
        CHECK(activityKindFromCode(activityKindCode(kind)) == kind);
        CHECK_FALSE(activityKindName(kind).isEmpty());
    }
    CHECK(seen == codes);
    CHECK_FALSE(activityKindFromCode(QStringLiteral("party")).has_value());
}

TEST_CASE_METHOD(Fixture, "an activity is recorded, changed and removed, each change with its audit entry", "[activities]")
{
    Activity a = sample(QDate(2027, 5, 20), ActivityKind::Month525, 960);
    a.title = QStringLiteral("  心理健康主题班会  ");
    const qint64 id = activities.add(a);
    Activity read = activities.activity(id);
    CHECK(read.heldOn == QDate(2027, 5, 20));
    CHECK(read.kind == ActivityKind::Month525);
    CHECK(read.title == QStringLiteral("心理健康主题班会"));
    CHECK(read.audience == QStringLiteral("八年级家长"));
    CHECK(read.attendance == 960);
    CHECK(read.organiser == QStringLiteral("德育处"));
    CHECK(read.recordedBy == QStringLiteral("wang"));
    CHECK(audits("activity") == 1);

    read.kind = ActivityKind::GroupActivity;
    read.attendance = 30;
    read.audience = QStringLiteral("七年级部分学生");
    activities.update(read);
    CHECK(activities.activity(id).kind == ActivityKind::GroupActivity);
    CHECK(activities.activity(id).attendance == 30);
    CHECK(activities.activities({}, {}, ActivityKind::GroupActivity).size() == 1);
    CHECK(activities.activities({}, {}, ActivityKind::Month525).isEmpty());
    CHECK(audits("activity") == 2);
    // The audit entry keeps the kind and day, never the texts.
    Statement detail(db, "SELECT detail FROM audit_log WHERE entity = 'activity' ORDER BY id DESC LIMIT 1");
    REQUIRE(detail.step());
    CHECK(detail.text(0) == QStringLiteral("group_activity 2027-05-20"));

    activities.remove(id);
    CHECK(activities.activities({}, {}).isEmpty());
    CHECK(audits("activity") == 3);
    CHECK(test::kindOf([&] { activities.remove(id); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { activities.update(read); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { activities.activity(id); }) == ErrorKind::Rejected);
}

TEST_CASE_METHOD(Fixture, "a refused activity names the field and writes nothing", "[activities]")
{
    activities.add(sample(QDate(2027, 3, 1)));
    struct Row
    {
        const char *what;
        std::function<void(Activity &)> spoil;
        QString needle;
    };
    const Row rows[] = {
        { "no date", [](Activity &a) { a.heldOn = {}; }, QStringLiteral("\"Date\"") },
        { "future", [](Activity &a) { a.heldOn = QDate(2027, 7, 1); }, QStringLiteral("\"Date\" is 2027-07-01") },
        { "last century", [](Activity &a) { a.heldOn = QDate(1999, 5, 25); }, QStringLiteral("\"Date\"") },
        { "no title", [](Activity &a) { a.title = QStringLiteral("   "); }, QStringLiteral("\"Title\"") },
        { "long title", [](Activity &a) { a.title = QString(ActivityRepository::MaxTitleLength + 1, QChar(u'字')); },
            QStringLiteral("\"Title\" has 101 characters") },
        { "long audience", [](Activity &a) { a.audience = QString(ActivityRepository::MaxAudienceLength + 1, QLatin1Char('x')); },
            QStringLiteral("\"Audience\"") },
        { "two-line audience", [](Activity &a) { a.audience = QStringLiteral("七年级\n八年级"); }, QStringLiteral("Audience") },
        { "long organiser",
            [](Activity &a) { a.organiser = QString(ActivityRepository::MaxOrganiserLength + 1, QLatin1Char('x')); },
            QStringLiteral("\"Organiser\"") },
        { "hidden character", [](Activity &a) { a.organiser = QStringLiteral("德育\u202E处"); }, QStringLiteral("Organiser") },
        { "negative attendance", [](Activity &a) { a.attendance = -1; }, QStringLiteral("\"Attending\" is -1") },
        { "huge attendance", [](Activity &a) { a.attendance = ActivityRepository::MaxAttendance + 1; },
            QStringLiteral("\"Attending\" is 100001") },
    };
    const QString before = test::databaseContents(path);
    const qint64 existing = activities.activities({}, {}).first().id;
    for (const Row &r : rows) {
        INFO(r.what);
        Activity a = sample(QDate(2027, 3, 2));
        r.spoil(a);
        try {
            activities.add(a);
            FAIL("accepted");
        } catch (const Error &e) {
            CHECK(e.kind() == ErrorKind::Rejected);
            CHECK(e.message().contains(r.needle));
        }
        a.id = existing;
        CHECK(test::kindOf([&] { activities.update(a); }) == ErrorKind::Rejected);
    }
    CHECK(test::databaseContents(path) == before);
}

TEST_CASE_METHOD(Fixture, "counts per kind follow the period's days, the term's first and last days included", "[activities]")
{
    // The school's own autumn term (the duty roster's), 31 Aug – 22 Jan; the spring term is the
    // usual calendar's (1 Feb – 31 Aug).
    DutyRepository(db, QStringLiteral("wang"))
        .saveTerm({ QStringLiteral("2026-2027-1"), QDate(2026, 8, 31), QDate(2027, 1, 22), {}, {} });
    TermCalendar calendar(db);
    const SchoolTerm autumn = calendar.term(QStringLiteral("2026-2027-1"));
    const SchoolTerm spring = calendar.term(QStringLiteral("2026-2027-2"));
    REQUIRE(autumn.startsOn == QDate(2026, 8, 31));
    REQUIRE(autumn.endsOn == QDate(2027, 1, 22));
    REQUIRE(spring.startsOn == QDate(2027, 2, 1));

    activities.add(sample(QDate(2026, 8, 30), ActivityKind::TeacherTraining, 40)); // the term before
    activities.add(sample(QDate(2026, 8, 31), ActivityKind::MonitorTraining, 42)); // the first day
    activities.add(sample(QDate(2026, 11, 8), ActivityKind::TeacherTraining, 36));
    activities.add(sample(QDate(2027, 1, 22), ActivityKind::ParentSchool, 95)); // the last day
    activities.add(sample(QDate(2027, 1, 23), ActivityKind::ParentMeeting, 200)); // the winter holiday
    for (int day : { 8, 15, 22, 25 })
        activities.add(sample(QDate(2027, 5, day), ActivityKind::Month525, 100 * day));
    activities.add(sample(QDate(2027, 6, 30), ActivityKind::GroupActivity, 14)); // today

    const QList<ActivityKindCount> inAutumn = activities.countsByKind(autumn.startsOn, autumn.endsOn);
    REQUIRE(inAutumn.size() == allActivityKinds().size());
    CHECK(inAutumn.first() == ActivityKindCount { ActivityKind::Month525, 0, 0 });
    CHECK(countOf(inAutumn, ActivityKind::MonitorTraining) == 1);
    CHECK(countOf(inAutumn, ActivityKind::TeacherTraining) == 1);
    CHECK(countOf(inAutumn, ActivityKind::ParentSchool) == 1);
    CHECK(countOf(inAutumn, ActivityKind::ParentMeeting) == 0);
    CHECK(countOf(inAutumn, ActivityKind::Other) == 0);
    int attendance = 0;
    for (const ActivityKindCount &c : inAutumn)
        attendance += c.attendance;
    CHECK(attendance == 42 + 36 + 95);
    CHECK(activities.activities(autumn.startsOn, autumn.endsOn).size() == 3);

    const QList<ActivityKindCount> inSpring = activities.countsByKind(spring.startsOn, spring.endsOn);
    CHECK(inSpring.first() == ActivityKindCount { ActivityKind::Month525, 4, 800 + 1500 + 2200 + 2500 });
    CHECK(countOf(inSpring, ActivityKind::GroupActivity) == 1);
    CHECK(countOf(inSpring, ActivityKind::ParentMeeting) == 0); // 23 January is in no term
    // The school year: both terms (and not the day before the autumn term).
    const QList<ActivityKindCount> year = activities.countsByKind(autumn.startsOn, spring.endsOn);
    CHECK(countOf(year, ActivityKind::ParentMeeting) == 1);
    CHECK(countOf(year, ActivityKind::TeacherTraining) == 1);
    // The list: newest first.
    const QList<Activity> listed = activities.activities(autumn.startsOn, spring.endsOn);
    REQUIRE(listed.size() == 9);
    CHECK(listed.first().heldOn == QDate(2027, 6, 30));
    CHECK(listed.last().heldOn == QDate(2026, 8, 31));
    CHECK(activities.activities(spring.startsOn, spring.endsOn, ActivityKind::Month525).size() == 4);
    // A month.
    CHECK(countOf(activities.countsByKind(QDate(2027, 5, 1), QDate(2027, 5, 31)), ActivityKind::Month525) == 4);
}

TEST_CASE_METHOD(
    Fixture, "counsellors write activities, the head reads, class teachers and administrators are refused", "[activities][roles]")
{
    const qint64 id = activities.add(sample(QDate(2027, 5, 8), ActivityKind::Month525));
    const auto tryRead = [&] {
        ActivityRepository repo(db, QStringLiteral("someone"));
        repo.activities({}, {});
        repo.countsByKind(QDate(2027, 2, 1), QDate(2027, 8, 31));
        repo.activity(id);
    };
    const auto tryWrite = [&] {
        ActivityRepository repo(db, QStringLiteral("someone"));
        Activity a = sample(QDate(2027, 5, 9));
        const qint64 added = repo.add(a);
        a.id = added;
        a.attendance = 5;
        repo.update(a);
        repo.remove(added);
    };
    const QString before = test::databaseContents(path);
    as(AccountRole::Head);
    CHECK_NOTHROW(tryRead());
    CHECK(test::kindOf([&] { ActivityRepository(db, QStringLiteral("someone")).add(sample(QDate(2027, 5, 9))); })
        == ErrorKind::Denied);
    CHECK(test::kindOf([&] {
        Activity a = sample(QDate(2027, 5, 9));
        a.id = id;
        ActivityRepository(db, QStringLiteral("someone")).update(a);
    }) == ErrorKind::Denied);
    CHECK(test::kindOf([&] { ActivityRepository(db, QStringLiteral("someone")).remove(id); }) == ErrorKind::Denied);
    for (AccountRole role : { AccountRole::ClassTeacher, AccountRole::Admin }) {
        INFO(accountRoleCode(role).toStdString());
        as(role);
        CHECK(test::kindOf(tryRead) == ErrorKind::Denied);
        CHECK(test::kindOf(tryWrite) == ErrorKind::Denied);
        try {
            tryRead();
        } catch (const Error &e) {
            CHECK(e.message().contains(dataKindName(DataKind::Activities)));
        }
    }
    CHECK(test::databaseContents(path) == before);
    as(AccountRole::Counsellor);
    CHECK_NOTHROW(tryRead());
    CHECK_NOTHROW(tryWrite());
}

TEST_CASE_METHOD(Fixture, "a room's area and equipment are kept with it and checked", "[activities][office]")
{
    OfficeRepository office(db, QStringLiteral("wang"));
    Room counselling { 0, QStringLiteral("心理辅导室"), RoomKind::Individual, true, 28.5, QStringLiteral(" 放松椅, 沙发 ") };
    const qint64 id = office.addRoom(counselling);
    Room read = office.room(id);
    REQUIRE(read.areaM2.has_value());
    CHECK(*read.areaM2 == 28.5);
    CHECK(read.equipment == QStringLiteral("放松椅, 沙发"));
    const qint64 sand = office.addRoom({ 0, QStringLiteral("沙盘室"), RoomKind::Sandplay, true, std::nullopt, {} });
    CHECK_FALSE(office.room(sand).areaM2.has_value());
    CHECK(office.room(sand).equipment.isEmpty());

    read.areaM2 = 30;
    read.equipment = QStringLiteral("放松椅, 沙发, 宣泄设备");
    office.updateRoom(read);
    CHECK(*office.room(id).areaM2 == 30);
    CHECK(office.rooms().size() == 2);
    CHECK(office.rooms().first().equipment == QStringLiteral("放松椅, 沙发, 宣泄设备"));
    read.areaM2.reset(); // the area can be taken back out
    office.updateRoom(read);
    CHECK_FALSE(office.room(id).areaM2.has_value());
    read.areaM2 = 30;
    office.updateRoom(read);

    struct Row
    {
        const char *what;
        std::function<void(Room &)> spoil;
        QString needle;
    };
    const Row rows[] = {
        { "zero area", [](Room &r) { r.areaM2 = 0; }, QStringLiteral("\"Area\"") },
        { "negative area", [](Room &r) { r.areaM2 = -12; }, QStringLiteral("\"Area\"") },
        { "huge area", [](Room &r) { r.areaM2 = 10000.5; }, QStringLiteral("\"Area\"") },
        { "not a number", [](Room &r) { r.areaM2 = std::nan(""); }, QStringLiteral("\"Area\"") },
        { "long equipment", [](Room &r) { r.equipment = QString(OfficeRepository::MaxEquipmentLength + 1, QChar(u'沙')); },
            QStringLiteral("\"Equipment\"") },
        { "two-line equipment", [](Room &r) { r.equipment = QStringLiteral("沙盘\n放松椅"); }, QStringLiteral("Equipment") },
    };
    const QString before = test::databaseContents(path);
    for (const Row &r : rows) {
        INFO(r.what);
        Room bad { 0, QStringLiteral("团体辅导室"), RoomKind::Group, true, 60.0, QStringLiteral("团体活动垫") };
        r.spoil(bad);
        try {
            office.addRoom(bad);
            FAIL("accepted");
        } catch (const Error &e) {
            CHECK(e.kind() == ErrorKind::Rejected);
            CHECK(e.message().contains(r.needle));
        }
        Room changed = office.room(id);
        r.spoil(changed);
        CHECK(test::kindOf([&] { office.updateRoom(changed); }) == ErrorKind::Rejected);
    }
    CHECK(test::databaseContents(path) == before);

    // The summary: staff in service by post, rooms in use and their area.
    office.addStaff({ 0, QStringLiteral("罗敏"), StaffKind::FullTime, {}, {}, true });
    office.addStaff({ 0, QStringLiteral("杨雪"), StaffKind::PartTime, {}, {}, true });
    office.addStaff({ 0, QStringLiteral("吴海燕"), StaffKind::PartTime, {}, {}, true });
    office.addStaff({ 0, QStringLiteral("离职老师"), StaffKind::FullTime, {}, {}, false });
    office.addRoom({ 0, QStringLiteral("旧活动室"), RoomKind::Other, false, 50.0, {} });
    const OfficeSummary sum = office.officeSummary();
    CHECK(sum.fullTime == 1);
    CHECK(sum.partTime == 2);
    CHECK(sum.rooms == 2);
    CHECK(sum.roomsWithoutArea == 1);
    CHECK(sum.areaM2 == 30);
    // The head reads the rooms; only counsellors and administrators change them.
    as(AccountRole::Head);
    CHECK(OfficeRepository(db, QStringLiteral("someone")).officeSummary().rooms == 2);
    CHECK(test::kindOf([&] { OfficeRepository(db, QStringLiteral("someone")).updateRoom(read); }) == ErrorKind::Denied);
    as(AccountRole::ClassTeacher);
    CHECK(test::kindOf([&] { OfficeRepository(db, QStringLiteral("someone")).officeSummary(); }) == ErrorKind::Denied);
}

TEST_CASE("the demo school has two school years of activities with a 5·25 month, rooms with their area and both posts",
    "[activities][demo]")
{
    clock::testing::FixedClock fixed(test::testNow()); // 2026-11-16, the autumn term
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.xinan"));
    createDemoDatabase(path, QStringLiteral("demo"), test::secret("demo lanterns by the river"), { 60, 2026 });
    SchoolFile school = SchoolFile::unlockWithPassword(path, QStringLiteral("demo"), test::secret("demo lanterns by the river"));
    ActivityRepository repo(school.db(), school.user());
    const QList<Activity> all = repo.activities({}, {});
    REQUIRE_FALSE(all.isEmpty());
    for (const Activity &a : all) {
        CHECK(a.heldOn <= QDate(2026, 11, 16));
        CHECK(a.heldOn >= QDate(2025, 9, 1));
    }
    // Last school year's May: four 5·25 events.
    CHECK(countOf(repo.countsByKind(QDate(2026, 5, 1), QDate(2026, 5, 31)), ActivityKind::Month525) == 4);
    // This term so far: every kind it had by mid-November.
    const SchoolTerm term = TermCalendar(school.db()).currentTerm();
    const QList<ActivityKindCount> now = repo.countsByKind(term.startsOn, term.endsOn);
    CHECK(countOf(now, ActivityKind::MonitorTraining) >= 1);
    CHECK(countOf(now, ActivityKind::ParentSchool) >= 1);
    CHECK(countOf(now, ActivityKind::TeacherTraining) >= 1);
    CHECK(countOf(now, ActivityKind::GroupActivity) >= 1);
    CHECK(countOf(now, ActivityKind::Month525) == 0);
    const OfficeSummary office = OfficeRepository(school.db(), school.user()).officeSummary();
    CHECK(office.fullTime >= 1);
    CHECK(office.partTime >= 1);
    CHECK(office.rooms >= 3);
    CHECK(office.roomsWithoutArea == 0);
    CHECK(office.areaM2 > 0);
    for (const Room &r : OfficeRepository(school.db(), school.user()).rooms())
        CHECK_FALSE(r.equipment.isEmpty());
}
