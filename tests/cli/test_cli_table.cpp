// The command table and the row printer: the usage text lists exactly the commands that run,
// and one printer writes every listing as an aligned table, CSV or JSON.
#include "clirunner.h"
#include "testsupport.h"

#include "commands.h"
#include "rowprinter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace xinan::test;

TEST_CASE("cli: the usage text lists the command table and every listed command runs", "[cli][commands]")
{
    const CliResult help = cli({ QStringLiteral("--help") });
    REQUIRE(help.exitCode == 0);
    CHECK(help.out.startsWith(QStringLiteral("XinAn ")));
    CHECK(help.out.contains(QStringLiteral("Exit codes: 0 ok, 1 other error, 2 usage")));
    // "  NAME  summary" lines between "Commands:" and the blank line.
    const QString commands = help.out.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
    QStringList listed;
    for (const QString &line : commands.split(u'\n'))
        listed << line.section(u' ', 2, 2);
    QStringList table;
    for (const xinan::cli::Command &command : xinan::cli::commandTable())
        table << QString::fromLatin1(command.name);
    CHECK(listed == table);
    CHECK(table.size() == 20);
    CHECK(table.contains(QStringLiteral("export")));
    CHECK(table.contains(QStringLiteral("visits")));
    CHECK(table.contains(QStringLiteral("rekey")));
    CHECK(table.contains(QStringLiteral("audit")));
    CHECK(table.contains(QStringLiteral("grid")));
    CHECK(table.contains(QStringLiteral("appointments")));
    CHECK(table.contains(QStringLiteral("referrals")));
    // The same text when the command is missing (exit 2) or unknown (exit 2, on stderr).
    const CliResult none = cli({});
    CHECK(none.exitCode == 2);
    CHECK(none.out == help.out);
    const CliResult unknown = cli({ QStringLiteral("frobnicate") });
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err == QStringLiteral("Unknown command \"frobnicate\".\n") + help.out);
    for (const QString &name : table) {
        const CliResult r = cli({ name, QStringLiteral("--help") });
        INFO(name.toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.out.startsWith(QStringLiteral("Usage: xinan-cli ") + name));
    }
}

TEST_CASE("cli: XINAN_TEST_NOW is read by the test build only", "[cli][clock]")
{
    // The shipped xinan-cli never contains the seam; the test build refuses a time it cannot read.
    QFile shipped(QStringLiteral(XINAN_CLI_REAL));
    REQUIRE(shipped.open(QIODevice::ReadOnly));
    QFile testing(QStringLiteral(XINAN_CLI_TESTING));
    REQUIRE(testing.open(QIODevice::ReadOnly));
    CHECK(testing.readAll().contains("XINAN_TEST_NOW"));
    CHECK_FALSE(shipped.readAll().contains("XINAN_TEST_NOW"));
    CliNow now(QStringLiteral("16.11.2026 10:00"));
    const CliResult r = cli({ QStringLiteral("--version") });
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("XINAN_TEST_NOW must be a date and time")));
}

TEST_CASE("cli: a screening drive is named after the day the CLI takes as today", "[cli][clock]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("s.xinan"));
    const QString Pw = QStringLiteral("correct horse 1\n");
    REQUIRE(cli({ QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--school"), QStringLiteral("测试小学"),
                    QStringLiteral("--user"), QStringLiteral("wang"), QStringLiteral("--password-stdin") },
                Pw)
                .exitCode
        == 0);
    for (const QString &day : { QStringLiteral("2026-11-16"), QStringLiteral("2027-03-01") }) {
        CliNow now(day + QStringLiteral("T10:00:00"));
        REQUIRE(cli({ QStringLiteral("students"), QStringLiteral("import"), QStringLiteral("--db"), db,
                        QStringLiteral("--password-stdin"), QStringLiteral("--skip-invalid"),
                        QStringLiteral(XINAN_TEST_DATA_DIR "/rosters/roster_utf8.csv") },
                    Pw)
                    .exitCode
            == 0);
        const CliResult r
            = cli({ QStringLiteral("screening"), QStringLiteral("import"), QStringLiteral("--db"), db,
                      QStringLiteral("--password-stdin"), QStringLiteral("--instrument"), QStringLiteral("phq9"),
                      QStringLiteral("--dry-run"), QStringLiteral(XINAN_TEST_DATA_DIR "/screening/phq9_valid.csv") },
                Pw);
        INFO(r.out.toStdString() << r.err.toStdString());
        CHECK(r.out.contains(QStringLiteral("Screening drive: phq9 ") + day + u'\n'));
    }
}

TEST_CASE("cli: one row printer writes an aligned table, CSV and JSON", "[cli][rows]")
{
    using xinan::cli::Cell;
    using xinan::cli::Column;
    xinan::cli::RowPrinter rows(
        { { QStringLiteral("no"), QStringLiteral("No") }, { QStringLiteral("name"), QStringLiteral("Name") },
            { QStringLiteral("level"), QStringLiteral("Level"), Column::Shown::TableOnly },
            { QStringLiteral("level"), QString(), Column::Shown::DataOnly },
            { QStringLiteral("id"), QString(), Column::Shown::JsonOnly }, { QStringLiteral("note"), QStringLiteral("Note") } });
    rows.add({ QStringLiteral("1"), QStringLiteral("张小雨"), QStringLiteral("Orange"),
        Cell(QStringLiteral("Orange"), QStringLiteral("orange")), Cell(QStringLiteral("7"), 7),
        Cell(QStringLiteral("a, \"quoted\"\nnote")) });
    rows.add({ QStringLiteral("22"), QStringLiteral("Li"), QStringLiteral("Yellow"),
        Cell(QStringLiteral("Yellow"), QStringLiteral("yellow")), Cell(QStringLiteral("8"), 8),
        Cell(QStringLiteral("=1+1"), QJsonValue()).shownInTable(QStringLiteral("-")) });
    CHECK_THROWS(rows.add({ QStringLiteral("too few") }));

    // A Chinese character takes two columns; a line break in a cell becomes a space.
    CHECK(rows.table(QStringLiteral("2 rows."))
        == QStringLiteral("No  Name    Level   Note\n"
                          "1   张小雨  Orange  a, \"quoted\" note\n"
                          "22  Li      Yellow  -\n"
                          "2 rows.\n"));
    CHECK(rows.csv()
        == QStringLiteral("\uFEFFno,name,level,note\r\n"
                          "1,张小雨,Orange,\"a, \"\"quoted\"\"\nnote\"\r\n"
                          "22,Li,Yellow,'=1+1\r\n"));
    const QJsonArray json = QJsonDocument::fromJson(rows.json().toUtf8()).array();
    REQUIRE(json.size() == 2);
    CHECK(json.at(0).toObject()
        == QJsonObject { { QStringLiteral("no"), QStringLiteral("1") }, { QStringLiteral("name"), QStringLiteral("张小雨") },
            { QStringLiteral("level"), QStringLiteral("orange") }, { QStringLiteral("id"), 7 },
            { QStringLiteral("note"), QStringLiteral("a, \"quoted\"\nnote") } });
    CHECK(json.at(1).toObject().value(QStringLiteral("note")).isNull());
    CHECK(xinan::cli::RowPrinter({ { QStringLiteral("a"), QStringLiteral("A") } }).json() == QStringLiteral("[\n]\n"));
}
