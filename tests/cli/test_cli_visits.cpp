// xinan-cli visits coverage: one row per class for the current or a named term, the students
// without a visit (--missing), the formats, and a term that is not one.
#include "clirunner.h"
#include "testsupport.h"

#include "repo/homevisitrepository.h"
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

// Grade 7 class 2班: three students, two visited this autumn (one on site, one by phone);
// grade 8 class 10班: one student, visited last spring only.
void makeSchool(const QString &db)
{
    clock::testing::FixedClock fixed(testNow());
    createSchool(db);
    SchoolFile school = SchoolFile::unlockWithPassword(db, QStringLiteral("wang"), secret("correct horse 1"));
    StudentRepository students(school.db(), QStringLiteral("wang"));
    QList<qint64> ids;
    const struct
    {
        const char *no, *name;
        int grade;
        const char *className;
    } rows[] = {
        { "G520000000000001", "杨小雨", 7, "2班" },
        { "G520000000000002", "王明", 7, "2班" },
        { "G520000000000003", "李娜", 7, "2班" },
        { "G520000000000004", "张伟", 8, "10班" },
    };
    for (const auto &r : rows) {
        Student s;
        s.studentNo = QString::fromUtf8(r.no);
        s.name = QString::fromUtf8(r.name);
        s.grade = r.grade;
        s.className = QString::fromUtf8(r.className);
        ids << students.add(s);
    }
    HomeVisitRepository visits(school.db(), QStringLiteral("wang"));
    auto visit = [&](qint64 id, const QDate &day, VisitForm form) {
        HomeVisit v;
        v.studentIds = { id };
        v.visitedAt = QDateTime(day, QTime(17, 0));
        v.form = form;
        v.visitors = { { VisitorRole::ClassTeacher, QString(), QStringLiteral("杨老师") } };
        visits.add(v);
    };
    visit(ids.at(0), QDate(2026, 10, 8), VisitForm::Onsite);
    visit(ids.at(1), QDate(2026, 11, 3), VisitForm::Phone);
    visit(ids.at(3), QDate(2026, 4, 20), VisitForm::Onsite);
}

CliResult coverage(const QString &db, const QStringList &extra = {})
{
    return cli(QStringList { QStringLiteral("visits"), QStringLiteral("coverage"), QStringLiteral("--db"), db,
                   QStringLiteral("--password-stdin") }
            + extra,
        Pw);
}

QJsonArray json(const QString &db, const QStringList &extra)
{
    const CliResult r = coverage(db, QStringList { QStringLiteral("--format"), QStringLiteral("json") } + extra);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

} // namespace

TEST_CASE("cli: visits coverage gives one row per class for the current term", "[cli][visits]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("v.xinan"));
    makeSchool(db);

    const QJsonArray rows = json(db, {});
    REQUIRE(rows.size() == 2);
    const QJsonObject seven = rows.at(0).toObject();
    CHECK(seven.value(QStringLiteral("grade")).toInt() == 7);
    CHECK(seven.value(QStringLiteral("class")).toString() == QStringLiteral("2班"));
    CHECK(seven.value(QStringLiteral("enrolled")).toInt() == 3);
    CHECK(seven.value(QStringLiteral("visited")).toInt() == 2);
    CHECK(seven.value(QStringLiteral("onsite")).toInt() == 1);
    CHECK(seven.value(QStringLiteral("missing")).toInt() == 1);
    CHECK(seven.value(QStringLiteral("required")).toInt() == 3);
    CHECK(seven.value(QStringLiteral("behind")).toBool());
    const QJsonObject eight = rows.at(1).toObject();
    CHECK(eight.value(QStringLiteral("class")).toString() == QStringLiteral("10班"));
    CHECK(eight.value(QStringLiteral("visited")).toInt() == 0);

    // Last spring's term: only grade 8's visit.
    const QJsonArray spring = json(db, { QStringLiteral("--term"), QStringLiteral("2025-2026-2") });
    REQUIRE(spring.size() == 2);
    CHECK(spring.at(0).toObject().value(QStringLiteral("visited")).toInt() == 0);
    CHECK(spring.at(1).toObject().value(QStringLiteral("visited")).toInt() == 1);

    // CSV: the column keys in order.
    const CliResult csv = coverage(db, { QStringLiteral("--format"), QStringLiteral("csv") });
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.section(QStringLiteral("\r\n"), 0, 0)
              .endsWith(QStringLiteral("grade,class,enrolled,visited,onsite,missing,required,behind")));

    // The table names the term and the totals.
    const CliResult table = coverage(db);
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("2班")));
    CHECK(table.out.contains(QStringLiteral("2 of 4 enrolled students visited (50%)")));
}

TEST_CASE("cli: visits coverage --missing lists the students without a visit", "[cli][visits]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("v.xinan"));
    makeSchool(db);
    const QJsonArray rows = json(db, { QStringLiteral("--missing") });
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).toObject().value(QStringLiteral("student_no")).toString() == QStringLiteral("G520000000000003"));
    CHECK(rows.at(0).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("李娜"));
    CHECK(rows.at(0).toObject().value(QStringLiteral("grade")).toInt() == 7);
    CHECK(rows.at(0).toObject().value(QStringLiteral("last_visit")).isNull());
    CHECK(rows.at(1).toObject().value(QStringLiteral("class")).toString() == QStringLiteral("10班"));
    CHECK(rows.at(1).toObject().value(QStringLiteral("last_visit")).toString() == QStringLiteral("2026-04-20"));
    const CliResult table = coverage(db, { QStringLiteral("--missing") });
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("2 student(s) without a home visit")));
}

TEST_CASE("cli: visits coverage refuses a term that is not one and a bad format", "[cli][visits]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("v.xinan"));
    makeSchool(db);
    const CliResult bad = coverage(db, { QStringLiteral("--term"), QStringLiteral("2026秋") });
    CHECK(bad.exitCode == 5);
    CHECK(bad.err.contains(QStringLiteral("2026-2027-1")));
    CHECK(bad.err.contains(QStringLiteral("2026秋")));
    CHECK(coverage(db, { QStringLiteral("--format"), QStringLiteral("xml") }).exitCode == 2);
    const CliResult unknown = cli({ QStringLiteral("visits"), QStringLiteral("cover") });
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("visits coverage")));
}
