// xinan-cli risk set / risk list: changes of level, the refusal of a lowering by screening,
// usage errors and the output formats.
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
const QString Zhang = QStringLiteral("G520100201301010011"); // 张小雨, 四年级 3班
const QString Li = QStringLiteral("G520100201301010012"); // 李明, 四年级 3班

QString schoolWithStudents(const TempDir &dir)
{
    const QString db = dir.path(QStringLiteral("s.xinan"));
    REQUIRE(cli({ QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--school"), QStringLiteral("测试小学"),
                    QStringLiteral("--user"), QStringLiteral("wang"), QStringLiteral("--password-stdin") },
                Pw)
                .exitCode
        == 0);
    REQUIRE(cli({ QStringLiteral("students"), QStringLiteral("import"), QStringLiteral("--db"), db,
                    QStringLiteral("--password-stdin"), QStringLiteral("--skip-invalid"),
                    QStringLiteral(XINAN_TEST_DATA_DIR "/rosters/roster_utf8.csv") },
                Pw)
                .exitCode
        == 0);
    return db;
}

CliResult set(const QString &db, const QString &student, const QString &level, const QString &source, const QString &reason)
{
    return cli({ QStringLiteral("risk"), QStringLiteral("set"), QStringLiteral("--db"), db, QStringLiteral("--password-stdin"),
                   QStringLiteral("--student"), student, QStringLiteral("--level"), level, QStringLiteral("--source"), source,
                   QStringLiteral("--reason"), reason },
        Pw);
}

CliResult list(const QString &db, const QStringList &extra = {})
{
    return cli(QStringList { QStringLiteral("risk"), QStringLiteral("list"), QStringLiteral("--db"), db,
                   QStringLiteral("--password-stdin") }
            + extra,
        Pw);
}

QJsonArray listJson(const QString &db, const QStringList &extra = {})
{
    const CliResult r = list(db, QStringList { QStringLiteral("--format"), QStringLiteral("json") } + extra);
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

} // namespace

TEST_CASE("cli: risk set, then risk list as json, csv and table", "[cli][risk]")
{
    TempDir dir;
    CliNow now(QStringLiteral("2026-11-16T10:00:00"));
    const QString db = schoolWithStudents(dir);
    CHECK(listJson(db).isEmpty());

    const CliResult yellow
        = set(db, Zhang, QStringLiteral("yellow"), QStringLiteral("screening"), QStringLiteral("PHQ-9 总分 12"));
    INFO(yellow.out.toStdString() << yellow.err.toStdString());
    REQUIRE(yellow.exitCode == 0);
    CHECK(yellow.out.contains(QStringLiteral("张小雨")));
    CHECK(yellow.out.contains(QStringLiteral("Green (routine) → Yellow (watch)")));
    REQUIRE(
        set(db, Zhang, QStringLiteral("orange"), QStringLiteral("session"), QStringLiteral("面谈：无望感，列为重点关注")).exitCode
        == 0);
    REQUIRE(set(db, Li, QStringLiteral("YELLOW"), QStringLiteral("teacher_report"), QStringLiteral("班主任：情绪低落")).exitCode
        == 0);

    const QJsonArray all = listJson(db);
    REQUIRE(all.size() == 2);
    const QJsonObject first = all.at(0).toObject();
    CHECK(first.value(QStringLiteral("student_no")).toString() == Zhang);
    CHECK(first.value(QStringLiteral("name")).toString() == QStringLiteral("张小雨"));
    CHECK(first.value(QStringLiteral("grade")).toInt() == 4);
    CHECK(first.value(QStringLiteral("class")).toString() == QStringLiteral("3班"));
    CHECK(first.value(QStringLiteral("level")).toString() == QStringLiteral("orange"));
    CHECK(first.value(QStringLiteral("since")).toString() == QStringLiteral("2026-11-16")); // the day it was set
    CHECK(first.value(QStringLiteral("reason")).toString() == QStringLiteral("面谈：无望感，列为重点关注"));
    CHECK(all.at(1).toObject().value(QStringLiteral("level")).toString() == QStringLiteral("yellow"));

    const QJsonArray orange = listJson(db, { QStringLiteral("--level"), QStringLiteral("orange") });
    REQUIRE(orange.size() == 1);
    CHECK(orange.at(0).toObject().value(QStringLiteral("student_no")).toString() == Zhang);
    CHECK(listJson(db, { QStringLiteral("--level"), QStringLiteral("red") }).isEmpty());

    const CliResult csv = list(db, { QStringLiteral("--format"), QStringLiteral("csv") });
    REQUIRE(csv.exitCode == 0);
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0) == QStringLiteral("student_no,name,grade,class,level,since,reason"));
    CHECK(lines.at(1).startsWith(Zhang + QStringLiteral(",张小雨,")));
    CHECK(lines.at(1).contains(QStringLiteral("Orange (key student)")));
    CHECK(lines.at(1).endsWith(QStringLiteral(",面谈：无望感，列为重点关注")));
    QProcess p;
    p.start(QStringLiteral(XINAN_CLI_TESTING),
        { QStringLiteral("risk"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--password-stdin"),
            QStringLiteral("--format"), QStringLiteral("csv") });
    p.write(Pw.toUtf8());
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.readAllStandardOutput().startsWith("\xEF\xBB\xBFstudent_no,"));

    const CliResult table = list(db);
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("Student number")));
    CHECK(table.out.contains(QStringLiteral("Orange (key student)")));
    CHECK(table.out.contains(QStringLiteral("班主任：情绪低落")));
    CHECK(table.out.contains(QStringLiteral("2 student(s).")));
}

TEST_CASE("cli: risk set refuses a lowering by screening with exit 5 and writes nothing", "[cli][risk]")
{
    TempDir dir;
    const QString db = schoolWithStudents(dir);
    REQUIRE(set(db, Zhang, QStringLiteral("orange"), QStringLiteral("teacher_report"), QStringLiteral("手臂划痕")).exitCode == 0);
    const QString before = databaseContents(db); // unlocks are logged: compare the data
    const CliResult lower = set(db, Zhang, QStringLiteral("green"), QStringLiteral("screening"), QStringLiteral("PHQ-9 总分 2"));
    CHECK(lower.exitCode == 5);
    CHECK(lower.err.contains(QStringLiteral("counsellor must confirm")));
    CHECK(databaseContents(db) == before);
    // The same level, an empty reason and an unknown student are refused too.
    CHECK(set(db, Zhang, QStringLiteral("orange"), QStringLiteral("session"), QStringLiteral("x")).exitCode == 5);
    CHECK(set(db, Zhang, QStringLiteral("yellow"), QStringLiteral("session"), QStringLiteral("  ")).exitCode == 5);
    CHECK(set(db, QStringLiteral("G529999999999"), QStringLiteral("yellow"), QStringLiteral("session"), QStringLiteral("x"))
              .exitCode
        == 5);
    CHECK(databaseContents(db) == before);
    // A counsellor's review may lower it.
    CHECK(set(db, Zhang, QStringLiteral("yellow"), QStringLiteral("review"), QStringLiteral("复评：稳定")).exitCode == 0);
    CHECK(listJson(db).at(0).toObject().value(QStringLiteral("level")).toString() == QStringLiteral("yellow"));
}

TEST_CASE("cli: risk with bad option values exits 2 before asking for the password", "[cli][risk]")
{
    TempDir dir;
    const QString db = schoolWithStudents(dir);
    const QString before = databaseContents(db); // unlocks are logged: compare the data
    const CliResult badLevel = set(db, Zhang, QStringLiteral("purple"), QStringLiteral("session"), QStringLiteral("x"));
    CHECK(badLevel.exitCode == 2);
    CHECK(badLevel.err.contains(QStringLiteral("--level")));
    CHECK(set(db, Zhang, QStringLiteral("red"), QStringLiteral("rumour"), QStringLiteral("x")).exitCode == 2);
    CHECK(cli({ QStringLiteral("risk"), QStringLiteral("set"), QStringLiteral("--db"), db, QStringLiteral("--password-stdin"),
                  QStringLiteral("--student"), Zhang, QStringLiteral("--level"), QStringLiteral("red"),
                  QStringLiteral("--source"), QStringLiteral("crisis") },
              Pw)
              .exitCode
        == 2); // no --reason
    CHECK(list(db, { QStringLiteral("--level"), QStringLiteral("green") }).exitCode == 2);
    CHECK(list(db, { QStringLiteral("--level"), QStringLiteral("high") }).exitCode == 2);
    CHECK(list(db, { QStringLiteral("--format"), QStringLiteral("xml") }).exitCode == 2);
    CHECK(cli({ QStringLiteral("risk"), QStringLiteral("remove") }).exitCode == 2);
    CHECK(cli({ QStringLiteral("risk"), QStringLiteral("--help") }).exitCode == 0);
    CHECK(databaseContents(db) == before);
}
