// xinan-cli screening import / results: exit codes 0 and 5, --dry-run, --skip-invalid and the
// JSON keys of the results.
#include "clirunner.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace xinan::test;

namespace {

const QString Pw = QStringLiteral("correct horse 1\n");

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

CliResult import(const QString &db, const QString &sheet, const QStringList &extra = {})
{
    return cli(QStringList { QStringLiteral("screening"), QStringLiteral("import"), QStringLiteral("--db"), db,
                   QStringLiteral("--password-stdin"), QStringLiteral("--instrument"), QStringLiteral("phq9"),
                   QStringLiteral("--drive"), QStringLiteral("秋季筛查") }
            + extra + QStringList { QStringLiteral(XINAN_TEST_DATA_DIR "/screening/") + sheet },
        Pw);
}

QJsonArray results(const QString &db)
{
    const CliResult r = cli({ QStringLiteral("screening"), QStringLiteral("results"), QStringLiteral("--db"), db,
                                QStringLiteral("--password-stdin"), QStringLiteral("--format"), QStringLiteral("json") },
        Pw);
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

} // namespace

TEST_CASE("cli: screening import, dry run first, then results as json", "[cli][screening]")
{
    TempDir dir;
    const QString db = schoolWithStudents(dir);
    const CliResult dry = import(db, QStringLiteral("phq9_valid.csv"), { QStringLiteral("--dry-run") });
    INFO(dry.out.toStdString() << dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("Dry run")));
    CHECK(results(db).isEmpty());

    const CliResult r = import(db, QStringLiteral("phq9_valid.csv"));
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonArray all = results(db);
    REQUIRE(all.size() == 2);
    QJsonObject zhang;
    for (const auto &v : all)
        if (v.toObject().value(QStringLiteral("student_no")).toString() == u"G520100201301010011")
            zhang = v.toObject();
    CHECK(zhang.value(QStringLiteral("instrument")).toString() == QStringLiteral("phq9"));
    CHECK(zhang.value(QStringLiteral("total")).toInt() == 4);
    CHECK(zhang.value(QStringLiteral("band")).toString() == QStringLiteral("none"));
    CHECK(zhang.value(QStringLiteral("critical")).toBool());
    CHECK(zhang.value(QStringLiteral("drive")).toString() == QStringLiteral("秋季筛查"));

    // The critical item raised 张小雨 to yellow.
    const CliResult risk = cli({ QStringLiteral("risk"), QStringLiteral("list"), QStringLiteral("--db"), db,
                                   QStringLiteral("--password-stdin"), QStringLiteral("--format"), QStringLiteral("json") },
        Pw);
    const QJsonArray raised = QJsonDocument::fromJson(risk.out.toUtf8()).array();
    REQUIRE(raised.size() == 1);
    CHECK(raised.at(0).toObject().value(QStringLiteral("level")).toString() == QStringLiteral("yellow"));
}

TEST_CASE("cli: screening import with rejected rows exits 5 and writes nothing unless --skip-invalid", "[cli][screening]")
{
    TempDir dir;
    const QString db = schoolWithStudents(dir);
    const CliResult rejected = import(db, QStringLiteral("phq9_rejected.csv"));
    INFO(rejected.out.toStdString() << rejected.err.toStdString());
    CHECK(rejected.exitCode == 5);
    CHECK(rejected.out.contains(QStringLiteral("G520100209999999999")));
    CHECK(results(db).isEmpty());

    const CliResult skipped = import(db, QStringLiteral("phq9_rejected.csv"), { QStringLiteral("--skip-invalid") });
    INFO(skipped.out.toStdString() << skipped.err.toStdString());
    CHECK(skipped.exitCode == 0);
    CHECK(results(db).size() == 1);

    const CliResult usage
        = cli({ QStringLiteral("screening"), QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--instrument"),
                  QStringLiteral("scl90"), QStringLiteral(XINAN_TEST_DATA_DIR "/screening/phq9_valid.csv") },
            Pw);
    CHECK(usage.exitCode == 2);
}
