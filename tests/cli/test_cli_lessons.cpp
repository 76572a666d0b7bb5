// xinan-cli lessons coverage: one row per class (grade, class, required, required to date, given,
// rate, behind) for the current or a named term, the formats, the export's audit entry, and a
// term that is not one.
#include "clirunner.h"
#include "testsupport.h"

#include "repo/lessonrepository.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace xinan;
using namespace xinan::test;

namespace {

const QString Pw = QStringLiteral("correct horse 1\n");

// Grade 7 2班: 5 课时 this autumn (on track: 5 due by 16 November); grade 7 10班: 2 课时
// (3 short); 中职 grade 13 1班: 6 学时 (5 due).
void makeSchool(const QString &db)
{
    clock::testing::FixedClock fixed(testNow());
    createSchool(db);
    SchoolFile school = SchoolFile::unlockWithPassword(db, QStringLiteral("wang"), secret("correct horse 1"));
    StudentRepository students(school.db(), QStringLiteral("wang"));
    int no = 1;
    for (const auto &[grade, className] : { std::pair(7, "2班"), std::pair(7, "10班"), std::pair(13, "1班") }) {
        Student s;
        s.studentNo = QStringLiteral("G52%1").arg(no++, 13, 10, QLatin1Char('0'));
        s.name = QStringLiteral("学生");
        s.grade = grade;
        s.className = QString::fromUtf8(className);
        students.add(s);
    }
    LessonRepository lessons(school.db(), QStringLiteral("wang"));
    auto give = [&](int grade, const char *className, const QDate &day, int periods) {
        PsychLesson l;
        l.grade = grade;
        l.className = QString::fromUtf8(className);
        l.givenOn = day;
        l.periods = periods;
        l.teacher = QStringLiteral("陈老师");
        lessons.record(l);
    };
    for (int i = 0; i < 5; ++i)
        give(7, "2班", QDate(2026, 9, 10).addDays(14 * i), 1);
    give(7, "10班", QDate(2026, 9, 10), 2);
    give(7, "10班", QDate(2026, 5, 10), 3); // last spring
    give(13, "1班", QDate(2026, 10, 10), 6);
}

CliResult coverage(const QString &db, const QStringList &extra = {})
{
    return cli(QStringList { QStringLiteral("lessons"), QStringLiteral("coverage"), QStringLiteral("--db"), db,
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

TEST_CASE("cli: lessons coverage gives required, given and rate per class for the term", "[cli][lessons]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("l.xinan"));
    makeSchool(db);

    const QJsonArray rows = json(db, {});
    REQUIRE(rows.size() == 3);
    const QJsonObject two = rows.at(0).toObject();
    CHECK(two.value(QStringLiteral("grade")).toInt() == 7);
    CHECK(two.value(QStringLiteral("class")).toString() == QStringLiteral("2班"));
    CHECK(two.value(QStringLiteral("required")).toInt() == 10);
    CHECK(two.value(QStringLiteral("required_to_date")).toInt() == 5);
    CHECK(two.value(QStringLiteral("given")).toInt() == 5);
    CHECK(two.value(QStringLiteral("rate")).toDouble() == Approx(0.5));
    CHECK_FALSE(two.value(QStringLiteral("behind")).toBool());
    const QJsonObject ten = rows.at(1).toObject();
    CHECK(ten.value(QStringLiteral("class")).toString() == QStringLiteral("10班"));
    CHECK(ten.value(QStringLiteral("given")).toInt() == 2);
    CHECK(ten.value(QStringLiteral("behind")).toBool());
    const QJsonObject vocational = rows.at(2).toObject();
    CHECK(vocational.value(QStringLiteral("grade")).toInt() == 13);
    CHECK(vocational.value(QStringLiteral("required")).toInt() == 10);
    CHECK(vocational.value(QStringLiteral("required_to_date")).toInt() == 5);
    CHECK(vocational.value(QStringLiteral("given")).toInt() == 6);
    CHECK_FALSE(vocational.value(QStringLiteral("behind")).toBool());

    // Last spring: 10班's 3 课时, the whole term due.
    const QJsonArray spring = json(db, { QStringLiteral("--term"), QStringLiteral("2025-2026-2") });
    REQUIRE(spring.size() == 3);
    CHECK(spring.at(1).toObject().value(QStringLiteral("given")).toInt() == 3);
    CHECK(spring.at(1).toObject().value(QStringLiteral("required_to_date")).toInt() == 10);

    const CliResult csv = coverage(db, { QStringLiteral("--format"), QStringLiteral("csv") });
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.section(QStringLiteral("\r\n"), 0, 0)
              .endsWith(QStringLiteral("grade,class,required,required_to_date,given,rate,behind")));
    CHECK(csv.out.contains(QStringLiteral("7,10班,10,5,2,0.20,yes")));

    const CliResult table = coverage(db);
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("20 teaching week(s), 11 over by 2026-11-16; 1 of 3 class(es) behind.")));
    CHECK(table.out.contains(QStringLiteral("3 short")));

    // Each listing is audited as an export.
    SchoolFile school = SchoolFile::unlockWithPassword(db, QStringLiteral("wang"), secret("correct horse 1"));
    Statement st(school.db(), "SELECT count(*) FROM audit_log WHERE entity = 'lessons_coverage'");
    REQUIRE(st.step());
    CHECK(st.integer(0) == 4);
}

TEST_CASE("cli: lessons coverage refuses a term that is not one and an unknown subcommand", "[cli][lessons]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("l.xinan"));
    makeSchool(db);
    const CliResult bad = coverage(db, { QStringLiteral("--term"), QStringLiteral("2026秋") });
    CHECK(bad.exitCode == 5);
    CHECK(bad.err.contains(QStringLiteral("2026-2027-1")));
    CHECK(coverage(db, { QStringLiteral("--format"), QStringLiteral("xml") }).exitCode == 2);
    const CliResult unknown = cli({ QStringLiteral("lessons"), QStringLiteral("cover") });
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("lessons coverage")));
}
