// xinan-cli export city: the files written and the suppressed columns printed, the format
// version in --help, the exit codes (a bad period, a missing folder, files already there, an
// administrator) and --overwrite.
#include "clirunner.h"
#include "testsupport.h"

#include "services/cityexport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace xinan;
using namespace xinan::test;

namespace {

const QString Pw = QStringLiteral("correct horse 1\n");

QStringList exportArgs(const QString &db, const QString &out)
{
    return { QStringLiteral("export"), QStringLiteral("city"), QStringLiteral("--db"), db, QStringLiteral("--out"), out,
        QStringLiteral("--password-stdin") };
}

} // namespace

TEST_CASE("cli: export city writes the workbook, the CSV and the manifest", "[cli][export]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("demo.xinan"));
    REQUIRE(cli({ QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--students"), QStringLiteral("300"),
                    QStringLiteral("--password-stdin") },
                Pw)
                .exitCode
        == 0);
    QDir(dir.root()).mkdir(QStringLiteral("out"));
    const QString out = dir.path(QStringLiteral("out"));

    const CliResult help = cli({ QStringLiteral("export"), QStringLiteral("city"), QStringLiteral("--help") });
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("Format version %1").arg(CityExportFormatVersion)));
    CHECK(cli({ QStringLiteral("--help") }).out.contains(QStringLiteral("export")));

    const CliResult first = cli(exportArgs(db, out) << QStringLiteral("--period") << QStringLiteral("2026-11"), Pw);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const QStringList files = QDir(out).entryList(QDir::Files | QDir::Hidden);
    REQUIRE(files.size() == 3);
    for (const QString &name : files)
        CHECK(first.out.contains(name));
    CHECK(files.contains(QStringLiteral("manifest.json")));
    const QJsonObject manifest = QJsonDocument::fromJson(readBytes(out + QStringLiteral("/manifest.json"))).object();
    CHECK(manifest.value(QStringLiteral("period")).toString() == QLatin1String("2026-11"));
    // The suppressed columns are printed (a 300-student demo has small counts).
    const QStringList suppressed = [&] {
        QStringList codes;
        for (const QJsonValue &v : manifest.value(QStringLiteral("suppressed_columns")).toArray())
            codes << v.toString();
        return codes;
    }();
    if (suppressed.isEmpty())
        CHECK(first.out.contains(QStringLiteral("Nothing was suppressed.")));
    else
        CHECK(first.out.contains(QStringLiteral("Suppressed (<5 or —): ") + suppressed.join(QStringLiteral(", "))));

    // Files already there: exit 5 and nothing changed; --overwrite replaces them.
    const QByteArray before = readBytes(out + QStringLiteral("/manifest.json"));
    const CliResult again = cli(exportArgs(db, out) << QStringLiteral("--period") << QStringLiteral("2026-11"), Pw);
    CHECK(again.exitCode == 5);
    CHECK(again.err.contains(QStringLiteral("already exists")));
    CHECK(readBytes(out + QStringLiteral("/manifest.json")) == before);
    CHECK(cli(exportArgs(db, out) << QStringLiteral("--period") << QStringLiteral("2026-11") << QStringLiteral("--overwrite"), Pw)
              .exitCode
        == 0);
    // The default period is the current term (in another folder: every export has its manifest.json).
    QDir(dir.root()).mkdir(QStringLiteral("term"));
    const CliResult term = cli(exportArgs(db, dir.path(QStringLiteral("term"))), Pw);
    CHECK(term.exitCode == 0);
    CHECK(term.out.contains(QStringLiteral("2026-2027-1")));

    // A bad period, a folder that is not there: exit 5; --out missing: exit 2.
    const CliResult bad = cli(exportArgs(db, out) << QStringLiteral("--period") << QStringLiteral("2026-13"), Pw);
    CHECK(bad.exitCode == 5);
    CHECK(bad.err.contains(QStringLiteral("2026-13")));
    CHECK(cli(exportArgs(db, dir.path(QStringLiteral("nowhere"))), Pw).exitCode == 5);
    CHECK(
        cli({ QStringLiteral("export"), QStringLiteral("city"), QStringLiteral("--db"), db, QStringLiteral("--password-stdin") },
            Pw)
            .exitCode
        == 2);
    CHECK(cli({ QStringLiteral("export"), QStringLiteral("town") }).exitCode == 2);

    // An administrator may not export: exit 6.
    const CliResult add = cli({ QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--db"), db,
                                  QStringLiteral("--user"), QStringLiteral("xu"), QStringLiteral("--as"), QStringLiteral("demo"),
                                  QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--password-stdin") },
        QStringLiteral("correct horse 1\ncopper meadow kettle 58\n"));
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    QDir(dir.root()).mkdir(QStringLiteral("admin"));
    const CliResult denied = cli({ QStringLiteral("export"), QStringLiteral("city"), QStringLiteral("--db"), db,
                                     QStringLiteral("--out"), dir.path(QStringLiteral("admin")), QStringLiteral("--user"),
                                     QStringLiteral("xu"), QStringLiteral("--password-stdin") },
        QStringLiteral("copper meadow kettle 58\n"));
    CHECK(denied.exitCode == 6);
    CHECK(QDir(dir.path(QStringLiteral("admin"))).isEmpty());
}
