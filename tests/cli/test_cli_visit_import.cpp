// xinan-cli visits import: a GBK visit sheet with bad rows, exit 5 and nothing written, --dry-run,
// --skip-invalid.
#include "clirunner.h"
#include "testsupport.h"

#include <QStringEncoder>

#include <catch2/catch.hpp>

using namespace xinan::test;

namespace {

const QString Pw = QStringLiteral("correct horse 1\n");

QString schoolWithStudents(const TempDir &dir)
{
    const QString db = dir.path(QStringLiteral("s.xinan"));
    const CliResult init
        = cli({ QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--school"), QStringLiteral("测试中学"),
                  QStringLiteral("--user"), QStringLiteral("wang"), QStringLiteral("--password-stdin") },
            Pw);
    REQUIRE(init.exitCode == 0);
    const QString roster = dir.path(QStringLiteral("名单.csv"));
    writeBytes(roster,
        QStringLiteral("学籍号,姓名,性别,出生日期,年级,班级\n"
                       "G520100001,龙小雨,女,2013-05-01,7,1班\n"
                       "G520100002,吴大山,男,2013-06-01,7,1班\n"
                       "G520100003,杨花,女,2013-07-01,7,1班\n"
                       "G520100004,杨花,女,2013-08-01,7,1班\n"
                       "G520100005,王芳,女,2013-09-01,7,2班\n")
            .toUtf8());
    const CliResult imported = cli({ QStringLiteral("students"), QStringLiteral("import"), QStringLiteral("--db"), db,
                                       QStringLiteral("--password-stdin"), roster },
        Pw);
    INFO(imported.out.toStdString() << imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    return db;
}

QString gbkSheet(const TempDir &dir)
{
    const QString path = dir.path(QStringLiteral("家访记录.csv"));
    QStringEncoder gbk("GB18030");
    writeBytes(path,
        gbk.encode(QStringLiteral("姓名,班级,家访日期,家访形式,家访教师,家访内容,家长意见\r\n"
                                  "龙小雨,七(1)班,2026-10-15,实地,王老师、wang,在家能按时完成作业,希望多沟通\r\n"
                                  "吴大山,初一(1)班,2026年10月16日,电话,王老师,,\r\n"
                                  "杨花,七(1)班,2026-10-15,上门,王老师,,\r\n"
                                  "张无名,七(1)班,2026/10/15,实地,王老师,,\r\n"
                                  "王芳,7.2,2026-10-32,实地,王老师,,\r\n")));
    return path;
}

CliResult visitsImport(const QString &db, const QString &file, const QStringList &extra = {})
{
    return cli(QStringList { QStringLiteral("visits"), QStringLiteral("import"), QStringLiteral("--db"), db,
                   QStringLiteral("--password-stdin") }
            + extra + QStringList { file },
        Pw);
}

} // namespace

TEST_CASE("cli: visits import reports the bad rows and exits 5 with nothing written", "[cli][visitimport]")
{
    TempDir dir;
    const QString db = schoolWithStudents(dir);
    const QString sheet = gbkSheet(dir);
    const QString before = databaseContents(db);

    const CliResult r = visitsImport(db, sheet);
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 5);
    CHECK(r.out.contains(QStringLiteral("GB18030")));
    CHECK(r.out.contains(QStringLiteral("column 4 \"家访形式\": Form (家访形式)")));
    CHECK(r.out.contains(QStringLiteral("Visits to import: 2")));
    CHECK(r.out.contains(QStringLiteral("row 2: 2026-10-15  G520100001  龙小雨")));
    CHECK(r.out.contains(QStringLiteral("Rows with problems: 3")));
    CHECK(r.out.contains(QStringLiteral("Row 4, 班级, value \"七(1)班\": 2 students are called 杨花")));
    CHECK(r.out.contains(QStringLiteral("Row 5, 班级, value \"七(1)班\": no student called 张无名")));
    CHECK(r.out.contains(QStringLiteral("Row 6, 家访日期, value \"2026-10-32\": not a date")));
    CHECK(r.err.contains(QStringLiteral("nothing was imported")));
    CHECK(databaseContents(db) == before);

    // --dry-run with problems: the same report, exit 5; with --skip-invalid exit 0; nothing written.
    CHECK(visitsImport(db, sheet, { QStringLiteral("--dry-run") }).exitCode == 5);
    const CliResult dry = visitsImport(db, sheet, { QStringLiteral("--dry-run"), QStringLiteral("--skip-invalid") });
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("Visits to import: 2")));
    CHECK(dry.out.contains(QStringLiteral("Dry run: nothing was written.")));
    CHECK(databaseContents(db) == before);
}

TEST_CASE("cli: visits import --skip-invalid records the good rows once", "[cli][visitimport]")
{
    TempDir dir;
    const QString db = schoolWithStudents(dir);
    const QString sheet = gbkSheet(dir);
    const CliResult r = visitsImport(db, sheet, { QStringLiteral("--skip-invalid") });
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Imported: 2 visit(s), 3 row(s) skipped.")));
    CHECK(databaseContents(db).contains(QStringLiteral("import")));

    // Again: the two visits are already recorded.
    const QString before = databaseContents(db);
    const CliResult again = visitsImport(db, sheet, { QStringLiteral("--skip-invalid") });
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("Visits to import: 0")));
    CHECK(again.out.contains(QStringLiteral("already recorded")));
    CHECK(databaseContents(db) == before);
}

TEST_CASE("cli: visits import refuses a missing file, two files and a sheet without its columns", "[cli][visitimport]")
{
    TempDir dir;
    const QString db = schoolWithStudents(dir);
    CHECK(visitsImport(db, dir.path(QStringLiteral("none.csv"))).exitCode == 5);
    const CliResult two = cli({ QStringLiteral("visits"), QStringLiteral("import"), QStringLiteral("--db"), db,
                                  QStringLiteral("a.csv"), QStringLiteral("b.csv") },
        Pw);
    CHECK(two.exitCode == 2);
    const QString bare = dir.path(QStringLiteral("bare.csv"));
    writeBytes(bare, QStringLiteral("姓名,班级\n龙小雨,七(1)班\n").toUtf8());
    const CliResult columns = visitsImport(db, bare);
    CHECK(columns.exitCode == 5);
    CHECK(columns.err.contains(QStringLiteral("家访日期")));
}
