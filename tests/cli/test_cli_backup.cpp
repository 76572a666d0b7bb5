// xinan-cli backup, restore and the shipped binary with its real key-derivation cost.
#include "clirunner.h"
#include "services/demodata.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace xinan;
using namespace xinan::test;

namespace {
const QString Pw = QStringLiteral("correct horse 1\n");
} // namespace

TEST_CASE("cli: backup then restore with the recovery key alone", "[cli][backup]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("s.xinan"));
    const CliResult demo = cli({ QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--students"),
                                   QStringLiteral("80"), QStringLiteral("--password-stdin") },
        Pw);
    REQUIRE(demo.exitCode == 0);
    const QString key = recoveryKeyIn(demo.out);
    const QString backup = dir.path(QStringLiteral("b.xinan-backup"));
    const CliResult b = cli({ QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), backup,
                                QStringLiteral("--password-stdin") },
        Pw);
    INFO(b.err.toStdString());
    REQUIRE(b.exitCode == 0);
    CHECK(b.out.contains(QStringLiteral("checked")));
    // Backing up to an existing name is refused.
    CHECK(cli({ QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), backup,
                  QStringLiteral("--password-stdin") },
              Pw)
              .exitCode
        == 5);

    // A new machine: only the backup file and the recovery key.
    const QString elsewhere = dir.path(QStringLiteral("elsewhere/s.xinan"));
    QDir().mkpath(dir.path(QStringLiteral("elsewhere")));
    const QStringList restore { QStringLiteral("restore"), QStringLiteral("--backup"), backup, QStringLiteral("--db"), elsewhere,
        QStringLiteral("--password-stdin") };
    CHECK(cli(restore, QStringLiteral("not the password\n")).exitCode == 3);
    CHECK_FALSE(QFile::exists(elsewhere));
    const CliResult r = cli(restore, key + u'\n');
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const CliResult v = cli({ QStringLiteral("verify"), QStringLiteral("--db"), elsewhere, QStringLiteral("--recovery-key"),
                                QStringLiteral("--password-stdin") },
        key + u'\n');
    CHECK(v.exitCode == 0);
    CHECK(v.out.contains(QStringLiteral("80 students")));

    // Restoring over an existing database with the password keeps the old one aside.
    const CliResult over = cli({ QStringLiteral("restore"), QStringLiteral("--backup"), backup, QStringLiteral("--db"), db,
                                   QStringLiteral("--password-stdin") },
        Pw);
    REQUIRE(over.exitCode == 0);
    CHECK(over.out.contains(QStringLiteral("before-restore")));
    CHECK(QDir(dir.root()).entryList({ QStringLiteral("s.xinan.before-restore-*") }, QDir::Files).size()
        == 2); // database + key file
}

TEST_CASE("cli: a backup to a read-only or missing folder exits non-zero and says why", "[cli][backup]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("s.xinan"));
    REQUIRE(cli({ QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--students"), QStringLiteral("10"),
                    QStringLiteral("--password-stdin") },
                Pw)
                .exitCode
        == 0);
    const QString before = databaseContents(db, QStringLiteral("demo")); // unlocks are logged: compare the data
    const CliResult r = cli({ QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                                QStringLiteral("/proc/xinan-backup"), QStringLiteral("--password-stdin") },
        Pw);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("/proc/xinan-backup")));
    CHECK(r.err.contains(QStringLiteral("not changed")));
    const CliResult missing = cli({ QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                                      dir.path(QStringLiteral("no/such/folder/b")), QStringLiteral("--password-stdin") },
        Pw);
    CHECK(missing.exitCode == 1);
    CHECK(databaseContents(db, QStringLiteral("demo")) == before);
}

TEST_CASE("cli: a damaged backup is refused with exit 4 and the current database stays", "[cli][backup]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("s.xinan"));
    const CliResult demo = cli({ QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--students"),
                                   QStringLiteral("50"), QStringLiteral("--password-stdin") },
        Pw);
    const QString backup = dir.path(QStringLiteral("b.xinan-backup"));
    REQUIRE(cli({ QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), backup,
                    QStringLiteral("--password-stdin") },
                Pw)
                .exitCode
        == 0);
    QByteArray bytes = readBytes(backup);
    bytes[bytes.size() - 100] = static_cast<char>(bytes[bytes.size() - 100] ^ 1);
    writeBytes(backup, bytes);
    const QByteArray before = readBytes(db);
    const CliResult r = cli({ QStringLiteral("restore"), QStringLiteral("--backup"), backup, QStringLiteral("--db"), db,
                                QStringLiteral("--password-stdin") },
        recoveryKeyIn(demo.out) + u'\n');
    CHECK(r.exitCode == 4);
    CHECK(readBytes(db) == before);
    CHECK(cli({ QStringLiteral("restore"), QStringLiteral("--backup"), db, QStringLiteral("--db"),
                  dir.path(QStringLiteral("x.xinan")), QStringLiteral("--password-stdin") },
              Pw)
              .exitCode
        == 4); // a database is not a backup
}

TEST_CASE("cli: nothing the commands write contains a student's name in clear", "[cli][plaintext]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("s.xinan"));
    REQUIRE(cli({ QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--students"), QStringLiteral("200"),
                    QStringLiteral("--password-stdin") },
                Pw)
                .exitCode
        == 0);
    REQUIRE(cli({ QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                    dir.path(QStringLiteral("b.xinan-backup")), QStringLiteral("--password-stdin") },
                Pw)
                .exitCode
        == 0);
    // The full names of the demo's students with three characters (six bytes in UTF-16 and
    // GB18030, nine in UTF-8). Shorter needles (two characters, "1班") are four bytes or fewer,
    // which random encrypted pages of a few MB contain by chance now and then.
    QStringList needles;
    for (const Student &st : demoStudents({ 200, 2026 }))
        if (st.name.size() >= 3)
            needles << st.name;
    REQUIRE(needles.size() >= 20);
    for (const QString &f : filesBelow(dir.root())) {
        INFO(f.toStdString());
        CHECK_FALSE(fileContainsAny(f, needles));
    }
}

TEST_CASE("cli: the shipped xinan-cli uses a calibrated Argon2id cost", "[cli][kdf]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("real.xinan"));
    const CliResult r = realCli(
        { QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--school"), QStringLiteral("真实成本测试学校"),
            QStringLiteral("--user"), QStringLiteral("wang"), QStringLiteral("--password-stdin") },
        Pw);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject slot = QJsonDocument::fromJson(readBytes(db + QStringLiteral("-keys")))
                                 .object()
                                 .value(QStringLiteral("slots"))
                                 .toArray()
                                 .first()
                                 .toObject();
    CHECK(slot.value(QStringLiteral("memlimit")).toDouble() == 64.0 * 1024 * 1024);
    CHECK(slot.value(QStringLiteral("opslimit")).toDouble() >= 2);
    CHECK(
        realCli({ QStringLiteral("verify"), QStringLiteral("--db"), db, QStringLiteral("--password-stdin") }, Pw).exitCode == 0);
    CHECK(realCli({ QStringLiteral("verify"), QStringLiteral("--db"), db, QStringLiteral("--password-stdin") },
              QStringLiteral("nope nope\n"))
              .exitCode
        == 3);
}
