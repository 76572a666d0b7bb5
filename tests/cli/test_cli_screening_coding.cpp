// xinan-cli screening import --first-code: a sheet whose digits fit both codings (only 1 to 3,
// as 问卷星's 按序号 download writes 完全不会 and 好几天) is refused until the coding is given.
#include "clirunner.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace xinan::test;

namespace {

const QString Pw = QStringLiteral("correct horse 1\n");

CliResult run(const QStringList &args)
{
    return cli(args, Pw);
}

} // namespace

TEST_CASE("cli: a 按序号 sheet is refused until --first-code says how it is coded", "[cli][screening]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("s.xinan"));
    REQUIRE(run({ QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--school"), QStringLiteral("测试小学"),
                    QStringLiteral("--user"), QStringLiteral("wang"), QStringLiteral("--password-stdin") })
                .exitCode
        == 0);
    REQUIRE(run({ QStringLiteral("students"), QStringLiteral("import"), QStringLiteral("--db"), db,
                    QStringLiteral("--password-stdin"), QStringLiteral("--skip-invalid"),
                    QStringLiteral(XINAN_TEST_DATA_DIR "/rosters/roster_utf8.csv") })
                .exitCode
        == 0);
    const auto import = [&](const QStringList &extra) {
        return run(QStringList { QStringLiteral("screening"), QStringLiteral("import"), QStringLiteral("--db"), db,
                       QStringLiteral("--password-stdin"), QStringLiteral("--instrument"), QStringLiteral("phq9"),
                       QStringLiteral("--drive"), QStringLiteral("秋季筛查") }
            + extra + QStringList { QStringLiteral(XINAN_TEST_DATA_DIR "/screening/phq9_by_position.csv") });
    };
    const auto results = [&] {
        const CliResult r = run({ QStringLiteral("screening"), QStringLiteral("results"), QStringLiteral("--db"), db,
            QStringLiteral("--password-stdin"), QStringLiteral("--format"), QStringLiteral("json") });
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    };

    const CliResult refused = import({});
    INFO(refused.out.toStdString() << refused.err.toStdString());
    CHECK(refused.exitCode == 5);
    CHECK(QString(refused.out + refused.err).contains(QStringLiteral("--first-code")));
    CHECK(results().isEmpty());

    CHECK(import({ QStringLiteral("--first-code"), QStringLiteral("2") }).exitCode == 2);

    const CliResult r = import({ QStringLiteral("--first-code"), QStringLiteral("1") });
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonArray all = results();
    REQUIRE(all.size() == 2);
    for (const auto &v : all) {
        const QJsonObject o = v.toObject();
        // 完全不会 to everything but one 好几天: 1, not 10; no critical item 9.
        CHECK(o.value(QStringLiteral("total")).toInt()
            == (o.value(QStringLiteral("student_no")).toString() == u"G520100201301010011" ? 1 : 0));
        CHECK_FALSE(o.value(QStringLiteral("critical")).toBool());
    }
}
