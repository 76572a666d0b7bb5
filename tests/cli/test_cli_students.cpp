// xinan-cli students import / students list: exit codes, reports and output formats.
#include "clirunner.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace xinan::test;

namespace {

const QString Pw = QStringLiteral("correct horse 1\n");

QString fixture(const char *name)
{
    return QStringLiteral(XINAN_TEST_DATA_DIR "/rosters/") + QString::fromUtf8(name);
}

QString newSchool(const TempDir &dir)
{
    const QString db = dir.path(QStringLiteral("s.xinan"));
    const CliResult r
        = cli({ QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--school"), QStringLiteral("测试小学"),
                  QStringLiteral("--user"), QStringLiteral("wang"), QStringLiteral("--password-stdin") },
            Pw);
    REQUIRE(r.exitCode == 0);
    return db;
}

CliResult import(const QString &db, const QString &file, const QStringList &extra = {})
{
    return cli(QStringList { QStringLiteral("students"), QStringLiteral("import"), QStringLiteral("--db"), db,
                   QStringLiteral("--password-stdin") }
            + extra + QStringList { file },
        Pw);
}

CliResult list(const QString &db, const QStringList &extra = {})
{
    return cli(QStringList { QStringLiteral("students"), QStringLiteral("list"), QStringLiteral("--db"), db,
                   QStringLiteral("--password-stdin") }
            + extra,
        Pw);
}

} // namespace

TEST_CASE("cli: students import exits 5 with nothing written when rows have problems", "[cli][import]")
{
    TempDir dir;
    const QString db = newSchool(dir);
    const QString before = databaseContents(db); // unlocks are logged: compare the data
    const CliResult r = import(db, fixture("roster_gbk.csv"));
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 5);
    CHECK(r.out.contains(QStringLiteral("GB18030")));
    CHECK(r.out.contains(QStringLiteral("New students: 4")));
    CHECK(r.out.contains(QStringLiteral("Rows with problems: 6")));
    CHECK(r.out.contains(QStringLiteral("Row 7, 出生日期, value \"2013/2/30\": ")));
    CHECK(r.out.contains(QStringLiteral("Row 11, 姓名: the name is missing.")));
    CHECK(r.err.contains(QStringLiteral("nothing was imported")));
    CHECK(databaseContents(db) == before);

    // --dry-run with problems: the same report, exit 5, nothing written.
    CHECK(import(db, fixture("roster.xlsx"), { QStringLiteral("--dry-run") }).exitCode == 5);
    CHECK(databaseContents(db) == before);
    // --dry-run --skip-invalid: accepted, still nothing written.
    const CliResult dry = import(db, fixture("roster.xlsx"), { QStringLiteral("--dry-run"), QStringLiteral("--skip-invalid") });
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("Dry run")));
    CHECK(databaseContents(db) == before);
}

TEST_CASE("cli: students import --skip-invalid, then next year's roster", "[cli][import]")
{
    TempDir dir;
    const QString db = newSchool(dir);
    const CliResult first = import(db, fixture("roster.xlsx"), { QStringLiteral("--skip-invalid") });
    INFO(first.out.toStdString() << first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("Imported: 4 added, 0 updated, 0 unchanged, 6 row(s) skipped.")));

    const QString before = databaseContents(db); // unlocks are logged: compare the data
    const CliResult dry = import(db, fixture("roster_next_year.csv"), { QStringLiteral("--dry-run") });
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("New students: 1")));
    CHECK(dry.out.contains(QStringLiteral("Changed students: 2")));
    CHECK(dry.out.contains(QStringLiteral("Unchanged students: 1")));
    CHECK(dry.out.contains(QStringLiteral("missing from the roster (left as they are): 1")));
    CHECK(dry.out.contains(QStringLiteral("G520100201301010020")));
    CHECK(databaseContents(db) == before);

    const CliResult next = import(db, fixture("roster_next_year.csv"));
    CHECK(next.exitCode == 0);
    CHECK(next.out.contains(QStringLiteral("Imported: 1 added, 2 updated, 1 unchanged, 0 row(s) skipped.")));
    const QJsonArray all
        = QJsonDocument::fromJson(list(db, { QStringLiteral("--format"), QStringLiteral("json") }).out.toUtf8()).array();
    CHECK(all.size() == 5);
}

TEST_CASE("cli: students import refuses unreadable rosters and bad arguments", "[cli][import]")
{
    TempDir dir;
    const QString db = newSchool(dir);
    writeBytes(dir.path(QStringLiteral("old.xls")), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest", 13));
    const CliResult xls = import(db, dir.path(QStringLiteral("old.xls")));
    CHECK(xls.exitCode == 5);
    CHECK(xls.err.contains(QStringLiteral(".xls")));
    CHECK(import(db, dir.path(QStringLiteral("absent.csv"))).exitCode == 5);
    CHECK(cli({ QStringLiteral("students"), QStringLiteral("import"), QStringLiteral("--db"), db,
                  QStringLiteral("--password-stdin") },
              Pw)
              .exitCode
        == 2);
    CHECK(cli({ QStringLiteral("students"), QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("a.csv"),
                  QStringLiteral("b.csv") },
              Pw)
              .exitCode
        == 2);
    CHECK(cli({ QStringLiteral("students"), QStringLiteral("frobnicate") }).exitCode == 2);
    const CliResult help = cli({ QStringLiteral("students"), QStringLiteral("import"), QStringLiteral("--help") });
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--skip-invalid")));
}

TEST_CASE("cli: students list as table, csv and json, with search and filters", "[cli][import]")
{
    TempDir dir;
    const QString db = newSchool(dir);
    REQUIRE(import(db, fixture("roster_utf8.csv"), { QStringLiteral("--skip-invalid") }).exitCode == 0);

    const CliResult json = list(db, { QStringLiteral("--format"), QStringLiteral("json") });
    REQUIRE(json.exitCode == 0);
    const QJsonArray students = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(students.size() == 4);
    QJsonObject zhang;
    for (const auto &v : students)
        if (v.toObject().value(QStringLiteral("student_no")).toString() == u"G520100201301010011")
            zhang = v.toObject();
    CHECK(zhang.value(QStringLiteral("name")).toString() == QStringLiteral("张小雨"));
    CHECK(zhang.value(QStringLiteral("gender")).toString() == QStringLiteral("female"));
    CHECK(zhang.value(QStringLiteral("birth_date")).toString() == QStringLiteral("2013-05-01"));
    CHECK(zhang.value(QStringLiteral("grade")).toInt() == 4);
    CHECK(zhang.value(QStringLiteral("class")).toString() == QStringLiteral("3班"));
    CHECK(zhang.value(QStringLiteral("ethnicity")).toString() == QStringLiteral("苗族"));
    CHECK(zhang.value(QStringLiteral("status")).toString() == QStringLiteral("enrolled"));
    CHECK(zhang.value(QStringLiteral("left_behind")).isBool());
    CHECK(zhang.value(QStringLiteral("left_behind")).toBool());
    CHECK(zhang.value(QStringLiteral("boarding")) == QJsonValue(false));
    for (const char *key : { "single_parent", "orphan", "migrant", "disability", "financial_hardship" })
        CHECK(zhang.value(QString::fromUtf8(key)) == QJsonValue(false));

    const CliResult csv = list(db, { QStringLiteral("--format"), QStringLiteral("csv") });
    REQUIRE(csv.exitCode == 0);
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5);
    CHECK(lines.first().startsWith(
        QStringLiteral("student_no,name,gender,birth_date,grade,class,ethnicity,status,boarding,left_behind")));
    // UTF-8 with a BOM for Excel (QString::fromUtf8 in cli() drops the BOM: check the bytes).
    QProcess p;
    p.start(QStringLiteral(XINAN_CLI_TESTING),
        { QStringLiteral("students"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--password-stdin"),
            QStringLiteral("--format"), QStringLiteral("csv") });
    p.write(Pw.toUtf8());
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.readAllStandardOutput().startsWith("\xEF\xBB\xBFstudent_no,"));
    // The exported CSV is itself a roster XinAn reads back.
    writeBytes(dir.path(QStringLiteral("export.csv")), csv.out.toUtf8());
    const CliResult back = import(db, dir.path(QStringLiteral("export.csv")), { QStringLiteral("--dry-run") });
    INFO(back.out.toStdString() << back.err.toStdString());
    CHECK(back.exitCode == 0);
    CHECK(back.out.contains(QStringLiteral("Unchanged students: 4")));

    const CliResult table = list(db);
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("Student number")));
    CHECK(table.out.contains(QStringLiteral("4 student(s).")));

    // Search by pinyin initials (张小雨 zxy), by pinyin, by 学籍号; grade and class filters.
    const auto names = [&](const QStringList &args) {
        QStringList out;
        for (const auto &v : QJsonDocument::fromJson(
                 list(db, QStringList { QStringLiteral("--format"), QStringLiteral("json") } + args).out.toUtf8())
                                 .array())
            out << v.toObject().value(QStringLiteral("name")).toString();
        return out;
    };
    CHECK(names({ QStringLiteral("--search"), QStringLiteral("zxy") }) == QStringList { QStringLiteral("张小雨") });
    CHECK(names({ QStringLiteral("--search"), QStringLiteral("ZhengXiao") }) == QStringList { QStringLiteral("郑小华") });
    CHECK(names({ QStringLiteral("--search"), QStringLiteral("ga123") }) == QStringList { QStringLiteral("王芳芳") });
    CHECK(names({ QStringLiteral("--grade"), QStringLiteral("5") }).isEmpty());
    CHECK(names({ QStringLiteral("--grade"), QStringLiteral("四年级"), QStringLiteral("--class"), QStringLiteral("1") })
        == QStringList { QStringLiteral("郑小华") });

    CHECK(list(db, { QStringLiteral("--format"), QStringLiteral("xml") }).exitCode == 2);
    CHECK(list(db, { QStringLiteral("--grade"), QStringLiteral("99") }).exitCode == 2);
    CHECK(list(db, { QStringLiteral("--grade"), QStringLiteral("大一") }).exitCode == 2);
}
