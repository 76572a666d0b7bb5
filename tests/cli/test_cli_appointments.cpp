// xinan-cli appointments list: the default span (today and six days), --from/--to, the JSON keys,
// CSV and table output, and usage errors.
#include "clirunner.h"
#include "testsupport.h"

#include "platform/clock.h"

#include "repo/appointmentrepository.h"
#include "repo/officerepository.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace xinan;
using namespace xinan::test;

namespace {

const QString Pw = QStringLiteral("correct horse 1\n");
// "Today" for these tests, in this process (booking refuses the past) and in xinan-cli.
const QDate Today(2027, 2, 15);

struct School
{
    TempDir dir;
    QString db = dir.path(QStringLiteral("a.xinan"));
    qint64 tomorrowId = 0;

    School()
    {
        clock::testing::FixedClock fixed(Today);
        createSchool(db);
        SchoolFile school = SchoolFile::unlockWithPassword(db, QStringLiteral("wang"), secret("correct horse 1"));
        const QString user = QStringLiteral("wang");
        OfficeRepository office(school.db(), user);
        const qint64 li = office.addStaff({ 0, QStringLiteral("李老师"), StaffKind::FullTime, QString(), user, true });
        const qint64 room = office.addRoom({ 0, QStringLiteral("心理辅导室"), RoomKind::Individual, true });
        Student s;
        s.studentNo = QStringLiteral("G520000000001");
        s.name = QStringLiteral("杨小雨");
        s.grade = 8;
        s.className = QStringLiteral("2班");
        const qint64 yang = StudentRepository(school.db(), user).add(s);
        s.studentNo = QStringLiteral("G520000000002");
        s.name = QStringLiteral("吴天明");
        const qint64 wu = StudentRepository(school.db(), user).add(s);

        AppointmentRepository appointments(school.db(), user);
        AppointmentInput in;
        in.studentId = yang;
        in.staffId = li;
        in.roomId = room;
        in.start = QDateTime(QDate(2027, 3, 3), QTime(9, 0));
        in.minutes = 50;
        in.category = QStringLiteral("学业压力");
        appointments.book(in);
        in.studentId = wu;
        in.roomId = 0;
        in.start = QDateTime(QDate(2027, 3, 4), QTime(14, 30));
        in.minutes = 30;
        in.category = QStringLiteral("=cmd|' /C calc'!A0"); // a formula, neutralised in CSV
        in.status = AppointmentStatus::Confirmed;
        appointments.book(in);
        in.start = QDateTime(QDate(2027, 3, 12), QTime(10, 0));
        appointments.book(in);
        // Relative to today: tomorrow is in the default span, eight days ahead is not.
        in.category = QStringLiteral("人际关系");
        in.start = QDateTime(Today.addDays(1), QTime(10, 0));
        tomorrowId = appointments.book(in).id();
        in.start = QDateTime(Today.addDays(8), QTime(10, 0));
        appointments.book(in);
    }

    CliResult list(const QStringList &extra) const
    {
        return cli(QStringList { QStringLiteral("appointments"), QStringLiteral("list"), QStringLiteral("--db"), db,
                       QStringLiteral("--password-stdin") }
                + extra,
            Pw);
    }
    QJsonArray json(const QStringList &extra) const
    {
        const CliResult r = list(QStringList { QStringLiteral("--format"), QStringLiteral("json") } + extra);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
};

} // namespace

TEST_CASE("cli: appointments list as json, csv and table", "[cli][appointments]")
{
    School school;
    const QStringList march { QStringLiteral("--from"), QStringLiteral("2027-03-01"), QStringLiteral("--to"),
        QStringLiteral("2027-03-07") };

    const QJsonArray week = school.json(march);
    REQUIRE(week.size() == 2);
    const QJsonObject first = week.at(0).toObject();
    CHECK(first.value(QStringLiteral("start")).toString().startsWith(QStringLiteral("2027-03-03T09:00:00")));
    CHECK(QDateTime::fromString(first.value(QStringLiteral("start")).toString(), Qt::ISODate)
        == QDateTime(QDate(2027, 3, 3), QTime(9, 0)));
    CHECK(first.value(QStringLiteral("minutes")).toInt() == 50);
    CHECK(first.value(QStringLiteral("status")).toString() == QStringLiteral("pending"));
    CHECK(first.value(QStringLiteral("student_no")).toString() == QStringLiteral("G520000000001"));
    CHECK(first.value(QStringLiteral("student")).toString() == QStringLiteral("杨小雨"));
    CHECK(first.value(QStringLiteral("counsellor")).toString() == QStringLiteral("李老师"));
    CHECK(first.value(QStringLiteral("room")).toString() == QStringLiteral("心理辅导室"));
    CHECK(first.value(QStringLiteral("reason_category")).toString() == QStringLiteral("学业压力"));
    const QJsonObject second = week.at(1).toObject();
    CHECK(second.value(QStringLiteral("status")).toString() == QStringLiteral("confirmed"));
    CHECK(second.value(QStringLiteral("student")).toString() == QStringLiteral("吴天明"));
    CHECK(second.value(QStringLiteral("room")).isNull());
    CHECK(second.value(QStringLiteral("minutes")).toInt() == 30);

    // One day only.
    const QJsonArray oneDay = school.json(
        { QStringLiteral("--from"), QStringLiteral("2027-03-04"), QStringLiteral("--to"), QStringLiteral("2027-03-04") });
    REQUIRE(oneDay.size() == 1);
    CHECK(oneDay.at(0).toObject().value(QStringLiteral("student")).toString() == QStringLiteral("吴天明"));

    // The default span: today and the six days after, whatever day the test runs on.
    {
        CliNow now(Today.toString(Qt::ISODate) + QStringLiteral("T08:00:00"));
        const QJsonArray coming = school.json({});
        REQUIRE(coming.size() == 1);
        CHECK(coming.at(0).toObject().value(QStringLiteral("id")).toInteger() == school.tomorrowId);
        CHECK(coming.at(0).toObject().value(QStringLiteral("reason_category")).toString() == QStringLiteral("人际关系"));
    }
    {
        CliNow now(QStringLiteral("2027-03-02T23:30:00"));
        const QJsonArray coming = school.json({});
        REQUIRE(coming.size() == 2);
        CHECK(coming.at(0).toObject().value(QStringLiteral("student")).toString() == QStringLiteral("杨小雨"));
        CHECK(
            coming.at(1).toObject().value(QStringLiteral("start")).toString().startsWith(QStringLiteral("2027-03-04T14:30:00")));
    }

    const CliResult csv = school.list(march + QStringList { QStringLiteral("--format"), QStringLiteral("csv") });
    REQUIRE(csv.exitCode == 0);
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).endsWith(QStringLiteral("start,minutes,status,student_no,student,counsellor,room,reason_category")));
    CHECK(lines.at(1).startsWith(QStringLiteral("2027-03-03 09:00,50,")));
    CHECK(lines.at(1).contains(QStringLiteral("杨小雨,李老师,心理辅导室,学业压力")));
    CHECK_FALSE(lines.at(2).contains(QStringLiteral(",=cmd")));

    const CliResult table = school.list(march);
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("2027-03-04 14:30")));
    CHECK(table.out.contains(QStringLiteral("吴天明")));
    CHECK(table.out.contains(QStringLiteral("2 appointment(s).")));
    CHECK_FALSE(table.out.contains(QStringLiteral("2027-03-12")));
}

TEST_CASE("cli: appointments list refuses bad dates and formats", "[cli][appointments]")
{
    School school;
    const CliResult badDate = school.list({ QStringLiteral("--from"), QStringLiteral("3/3/2027") });
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.contains(QStringLiteral("--from must be a date")));
    const CliResult reversed = school.list(
        { QStringLiteral("--from"), QStringLiteral("2027-03-07"), QStringLiteral("--to"), QStringLiteral("2027-03-01") });
    CHECK(reversed.exitCode == 2);
    CHECK(reversed.err.contains(QStringLiteral("before --from")));
    CHECK(school.list({ QStringLiteral("--format"), QStringLiteral("xml") }).exitCode == 2);
    const CliResult wrongSub = cli({ QStringLiteral("appointments"), QStringLiteral("book") });
    CHECK(wrongSub.exitCode == 2);
}
