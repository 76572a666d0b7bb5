// xinan-cli duty print: the week's roster as an A4 PDF read back with pdftotext (school, staff
// names, period times, the holiday), an existing --out kept unless --force, and usage errors.
#include "clirunner.h"
#include "testsupport.h"

#include "repo/dutyrepository.h"
#include "repo/officerepository.h"
#include "services/schoolfile.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <catch2/catch.hpp>

using namespace xinan;
using namespace xinan::test;

namespace {

const QString Pw = QStringLiteral("correct horse 1\n");

// A school with two staff, two rooms and a generated four-week term from 2030-09-02 with
// 中秋节 on 2030-09-16.
QString schoolWithRoster(const TempDir &dir)
{
    const QString db = dir.path(QStringLiteral("d.xinan"));
    createSchool(db);
    SchoolFile school = SchoolFile::unlockWithPassword(db, QStringLiteral("wang"), secret("correct horse 1"));
    OfficeRepository office(school.db(), school.user());
    const qint64 li = office.addStaff({ 0, QStringLiteral("李老师"), StaffKind::FullTime, QString(), QString(), true });
    const qint64 chen = office.addStaff({ 0, QStringLiteral("陈老师"), StaffKind::PartTime, QString(), QString(), true });
    const qint64 room1 = office.addRoom({ 0, QStringLiteral("心理辅导室"), RoomKind::Individual, true });
    const qint64 room2 = office.addRoom({ 0, QStringLiteral("沙盘室"), RoomKind::Sandplay, true });
    DutyRepository duty(school.db(), school.user());
    duty.setWeeklyTemplate({ { 1, QStringLiteral("morning"), room1, li }, { 3, QStringLiteral("evening"), room2, chen } });
    DutyTerm t;
    t.id = QStringLiteral("2030-2031-1");
    t.startsOn = QDate(2030, 9, 2);
    t.endsOn = QDate(2030, 9, 29);
    t.holidays = { { QDate(2030, 9, 16), QDate(2030, 9, 16), QStringLiteral("中秋节") } };
    duty.saveTerm(t);
    REQUIRE(duty.generate(t.id) == 7);
    return db;
}

CliResult print(const QString &db, const QStringList &extra)
{
    return cli(QStringList { QStringLiteral("duty"), QStringLiteral("print"), QStringLiteral("--db"), db,
                   QStringLiteral("--password-stdin") }
            + extra,
        Pw);
}

} // namespace

TEST_CASE("cli: duty print writes the week's roster as a PDF with names and times", "[cli][duty]")
{
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
    TempDir dir;
    const QString db = schoolWithRoster(dir);
    const QString pdf = dir.path(QStringLiteral("week.pdf"));
    // Any day of the week: the Thursday of the holiday week.
    const CliResult r = print(db, { QStringLiteral("--week"), QStringLiteral("2030-09-19"), QStringLiteral("--out"), pdf });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(pdf));
    CHECK(r.out.contains(QStringLiteral("2030-09-16")));
    REQUIRE(QFile::exists(pdf));
    CHECK(QFile::permissions(pdf) == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    const QString text = pdfText(pdf, true);
    INFO(text.toStdString());
    CHECK(text.contains(sampleSchool().name));
    CHECK(text.contains(QStringLiteral("2030-09-16")));
    CHECK(text.contains(QStringLiteral("2030-09-22")));
    CHECK(text.contains(QStringLiteral("中秋节"))); // Monday is a holiday ...
    CHECK_FALSE(text.contains(QStringLiteral("李老师"))); // ... so 李老师's Monday morning is not on it
    CHECK(text.contains(QStringLiteral("陈老师")));
    CHECK(text.contains(QStringLiteral("沙盘室")));
    CHECK(text.contains(QStringLiteral("19:00")));
    CHECK(text.contains(QStringLiteral("08:00")));

    const QString other = dir.path(QStringLiteral("first.pdf"));
    REQUIRE(print(db, { QStringLiteral("--week"), QStringLiteral("2030-09-02"), QStringLiteral("--out"), other }).exitCode == 0);
    const QString first = pdfText(other, true);
    CHECK(first.contains(QStringLiteral("李老师")));
    CHECK(first.contains(QStringLiteral("心理辅导室")));
    CHECK(first.contains(QStringLiteral("12:00")));
    CHECK(radicalsIn(text + first).isEmpty());
}

TEST_CASE("cli: duty print in Chinese extracts 星期一 and 心理, not Kangxi radicals", "[cli][duty][pdftext]")
{
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
    TempDir dir;
    const QString db = schoolWithRoster(dir);
    const QString pdf = dir.path(QStringLiteral("week.pdf"));
    const CliResult r
        = cli({ QStringLiteral("duty"), QStringLiteral("print"), QStringLiteral("--db"), db, QStringLiteral("--password-stdin"),
                  QStringLiteral("--week"), QStringLiteral("2030-09-02"), QStringLiteral("--out"), pdf },
            Pw, QStringLiteral("zh_CN.UTF-8"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString text = pdfText(pdf, true);
    INFO(text.toStdString());
    CHECK(radicalsIn(text).isEmpty());
    CHECK(text.contains(QStringLiteral("星期一")));
    CHECK(text.contains(QStringLiteral("心理辅导室")));
    CHECK(text.contains(QStringLiteral("李老师")));
}

TEST_CASE("cli: duty print keeps an existing file unless --force, and refuses bad options", "[cli][duty]")
{
    TempDir dir;
    const QString db = schoolWithRoster(dir);
    const QString pdf = dir.path(QStringLiteral("week.pdf"));
    writeBytes(pdf, "keep me");
    const QStringList week { QStringLiteral("--week"), QStringLiteral("2030-09-02"), QStringLiteral("--out"), pdf };
    CliResult r = print(db, week);
    CHECK(r.exitCode == 5);
    CHECK(r.err.contains(QStringLiteral("--force")));
    CHECK(readBytes(pdf) == "keep me");
    r = print(db, week + QStringList { QStringLiteral("--force") });
    CHECK(r.exitCode == 0);
    CHECK(readBytes(pdf).startsWith("%PDF"));

    const QString fresh = dir.path(QStringLiteral("fresh.pdf"));
    CHECK(print(db, { QStringLiteral("--week"), QStringLiteral("2030-02-30"), QStringLiteral("--out"), fresh }).exitCode == 2);
    CHECK(print(db, { QStringLiteral("--out"), fresh }).exitCode == 2);
    CHECK(print(db, { QStringLiteral("--week"), QStringLiteral("2030-09-02") }).exitCode == 2);
    CHECK(cli({ QStringLiteral("duty"), QStringLiteral("print"), QStringLiteral("--db"), db, QStringLiteral("--password-stdin"),
                  QStringLiteral("--week"), QStringLiteral("2030-09-02"), QStringLiteral("--out"), fresh },
              QStringLiteral("wrong password\n"))
              .exitCode
        == 3);
    CHECK(cli({ QStringLiteral("duty"), QStringLiteral("nonsense") }).exitCode == 2);
    CHECK_FALSE(QFile::exists(fresh));
}
