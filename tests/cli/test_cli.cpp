// xinan-cli as a user runs it: exit codes, prompts on standard input, files on disk.
#include "clirunner.h"
#include "crypto/keyslots.h"
#include "testsupport.h"

#include "repo/officerepository.h"
#include "services/schoolfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace xinan;
using namespace xinan::test;

namespace {

const QString Pw = QStringLiteral("correct horse 1\n");

QStringList initArgs(const QString &db)
{
    return { QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--school"), QStringLiteral("黔南州测试小学"),
        QStringLiteral("--school-type"), QStringLiteral("小学"), QStringLiteral("--city"), QStringLiteral("黔南州"),
        QStringLiteral("--user"), QStringLiteral("wang"), QStringLiteral("--password-stdin") };
}

QStringList verifyArgs(const QString &db)
{
    return { QStringLiteral("verify"), QStringLiteral("--db"), db, QStringLiteral("--password-stdin") };
}

} // namespace

TEST_CASE("cli: init creates a database, prints the recovery key once and refuses to overwrite", "[cli]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("s.xinan"));
    const CliResult r = cli(initArgs(db), Pw);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(recoveryKeyIn(r.out).isEmpty());
    CHECK(QFile::exists(db));
    CHECK(QFile::exists(db + QStringLiteral("-keys")));
    CHECK(cli(verifyArgs(db), Pw).exitCode == 0);

    const QByteArray before = readBytes(db);
    const CliResult again = cli(initArgs(db), Pw);
    CHECK(again.exitCode == 5);
    CHECK(again.err.contains(QStringLiteral("already exists")));
    CHECK(readBytes(db) == before);
}

TEST_CASE("cli: usage errors exit 2 and name the problem", "[cli]")
{
    TempDir dir;
    CHECK(cli({}).exitCode == 2);
    CHECK(cli({ QStringLiteral("frobnicate") }).exitCode == 2);
    const CliResult missing = cli({ QStringLiteral("init"), QStringLiteral("--db"), dir.path(QStringLiteral("x.xinan")) }, Pw);
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("--school")));
    CHECK(cli({ QStringLiteral("verify"), QStringLiteral("--nonsense") }).exitCode == 2);
    CHECK(cli({ QStringLiteral("demo"), QStringLiteral("--db"), dir.path(QStringLiteral("d.xinan")), QStringLiteral("--students"),
                  QStringLiteral("-4"), QStringLiteral("--password-stdin") },
              Pw)
              .exitCode
        == 2);
    // Standard input ends before the password: a usage error, nothing created.
    const CliResult noPassword = cli(initArgs(dir.path(QStringLiteral("y.xinan"))), QString());
    CHECK(noPassword.exitCode == 2);
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("y.xinan"))));
    CHECK(cli({ QStringLiteral("--help") }).exitCode == 0);
    const CliResult help = cli({ QStringLiteral("backup"), QStringLiteral("--help") });
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--out")));
}

TEST_CASE("cli: rejected input exits 5 and writes nothing", "[cli]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("s.xinan"));
    CHECK(cli(initArgs(db), QStringLiteral("short\n")).exitCode == 5);
    CHECK_FALSE(QFile::exists(db));
    QStringList badType = initArgs(db);
    badType[badType.indexOf(QStringLiteral("小学"))] = QStringLiteral("大学");
    const CliResult r = cli(badType, Pw);
    CHECK(r.exitCode == 5);
    CHECK(r.err.contains(QStringLiteral("大学")));
    CHECK_FALSE(QFile::exists(db));
    CHECK_FALSE(QFile::exists(db + QStringLiteral("-keys")));
}

TEST_CASE("cli: a wrong password exits 3 and leaves the file byte for byte unchanged", "[cli]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("s.xinan"));
    REQUIRE(cli(initArgs(db), Pw).exitCode == 0);
    const QByteArray before = readBytes(db);
    const QByteArray keysBefore = readBytes(db + QStringLiteral("-keys"));
    for (const QStringList &args : { verifyArgs(db),
             QStringList { QStringLiteral("passwd"), QStringLiteral("--db"), db, QStringLiteral("--password-stdin") },
             QStringList { QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                 dir.path(QStringLiteral("b.xinan-backup")), QStringLiteral("--password-stdin") } }) {
        const CliResult r = cli(args, QStringLiteral("wrong password\nnew password 1\n"));
        INFO(args.first().toStdString());
        CHECK(r.exitCode == 3);
        CHECK(r.err.contains(QStringLiteral("Wrong password")));
    }
    CHECK(readBytes(db) == before);
    // The key file only remembers the three wrong tries (for the delay after five); its slots and
    // seal are as they were.
    const KeySlotFile keysAfter = KeySlotFile::load(db + QStringLiteral("-keys"));
    CHECK(keysAfter.failures(keysAfter.users().first()).size() == 3);
    KeySlotFile cleared = keysAfter;
    cleared.clearFailures(keysAfter.users().first());
    CHECK(cleared.toJson() == KeySlotFile::fromJson(keysBefore, db).toJson());
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("b.xinan-backup"))));
}

TEST_CASE("cli: a damaged database exits 4, never 3", "[cli]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("s.xinan"));
    REQUIRE(cli({ QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--students"), QStringLiteral("300"),
                    QStringLiteral("--password-stdin") },
                Pw)
                .exitCode
        == 0);
    QByteArray bytes = readBytes(db);

    SECTION("a flipped byte in a data page")
    {
        bytes[bytes.size() - 5000] = static_cast<char>(bytes[bytes.size() - 5000] ^ 0x04);
    }
    SECTION("a flipped byte in page 1")
    {
        bytes[1000] = static_cast<char>(bytes[1000] ^ 0x04);
    }
    writeBytes(db, bytes);
    const CliResult r = cli(verifyArgs(db), Pw);
    CHECK(r.exitCode == 4);
    CHECK(r.out.contains(QStringLiteral("damaged")));
    CHECK_FALSE(r.err.contains(QStringLiteral("Wrong password")));
}

TEST_CASE("cli: a file that is not a XinAn database exits 4", "[cli]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("s.xinan"));
    REQUIRE(cli(initArgs(db), Pw).exitCode == 0);
    QByteArray plain("SQLite format 3");
    plain.append('\0');
    writeBytes(db, plain + QByteArray(8192, 'x'));
    const CliResult r = cli(verifyArgs(db), Pw);
    CHECK(r.exitCode == 4);
    CHECK(r.out.contains(QStringLiteral("unencrypted")));
}

namespace {

CliResult addUser(const QString &db, const QString &user, const QStringList &extra, const QString &input)
{
    return cli(QStringList { QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                   user, QStringLiteral("--password-stdin") }
            + extra,
        input);
}

// users list --format json as account -> role code.
QMap<QString, QString> rolesOf(const QString &db, const QString &user, const QString &password)
{
    const CliResult r
        = cli({ QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--user"), user,
                  QStringLiteral("--password-stdin"), QStringLiteral("--format"), QStringLiteral("json") },
            password + u'\n');
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QMap<QString, QString> roles;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
        roles.insert(
            v.toObject().value(QStringLiteral("account")).toString(), v.toObject().value(QStringLiteral("role")).toString());
    return roles;
}

} // namespace

TEST_CASE("cli: users add, passwd and an account per user", "[cli]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("s.xinan"));
    REQUIRE(cli(initArgs(db), Pw).exitCode == 0);
    const CliResult add = addUser(db, QStringLiteral("李校长"), { QStringLiteral("--role"), QStringLiteral("head") },
        QStringLiteral("correct horse 1\nheadteacher pw\n"));
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    CHECK(add.out.contains(QStringLiteral("Added the account 李校长 (Head or deputy head).")));
    // Listing the accounts and their roles opens the database: --user is needed now.
    const QStringList list { QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--db"), db,
        QStringLiteral("--password-stdin") };
    CHECK(cli(list, Pw).exitCode == 2);
    const CliResult table = cli(list + QStringList { QStringLiteral("--user"), QStringLiteral("wang") }, Pw);
    CHECK(table.exitCode == 0);
    const QStringList rows = table.out.split(u'\n').mid(1, 2);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].simplified() == QStringLiteral("wang Counselling teacher enabled"));
    CHECK(rows[1].simplified() == QStringLiteral("李校长 Head or deputy head enabled"));
    CHECK(table.out.contains(QStringLiteral("2 account(s).")));
    // Two accounts now: --user is needed.
    CHECK(cli(verifyArgs(db), Pw).exitCode == 2);
    CHECK(cli(verifyArgs(db) << QStringLiteral("--user") << QStringLiteral("李校长"), QStringLiteral("headteacher pw\n")).exitCode
        == 0);
    // A head manages no accounts (exit 6); the counselling teacher adds the third.
    CHECK(addUser(db, QStringLiteral("zhou"),
              { QStringLiteral("--as"), QStringLiteral("李校长"), QStringLiteral("--role"), QStringLiteral("class_teacher") },
              QStringLiteral("headteacher pw\nclass teacher 1\n"))
              .exitCode
        == 6);
    CHECK(addUser(db, QStringLiteral("zhou"),
              { QStringLiteral("--as"), QStringLiteral("wang"), QStringLiteral("--role"), QStringLiteral("class_teacher") },
              QStringLiteral("correct horse 1\nclass teacher 1\n"))
              .exitCode
        == 0);

    const QString before = databaseContents(db); // unlocks are logged: compare the data
    const CliResult passwd = cli({ QStringLiteral("passwd"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                                     QStringLiteral("wang"), QStringLiteral("--password-stdin") },
        QStringLiteral("correct horse 1\na brand new password\n"));
    CHECK(passwd.exitCode == 0);
    CHECK(databaseContents(db, QStringLiteral("wang"), "a brand new password") == before); // the data is not rewritten
    CHECK(cli(verifyArgs(db) << QStringLiteral("--user") << QStringLiteral("wang"), Pw).exitCode == 3);
    CHECK(cli(verifyArgs(db) << QStringLiteral("--user") << QStringLiteral("wang"), QStringLiteral("a brand new password\n"))
              .exitCode
        == 0);
    CHECK(cli(verifyArgs(db) << QStringLiteral("--user") << QStringLiteral("zhou"), QStringLiteral("class teacher 1\n")).exitCode
        == 0);
}

TEST_CASE("cli: users add needs an explicit role and stores it", "[cli][roles]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("s.xinan"));
    REQUIRE(cli(initArgs(db), Pw).exitCode == 0);
    // init makes the first account the counselling teacher.
    CHECK(rolesOf(db, QStringLiteral("wang"), QStringLiteral("correct horse 1"))
        == QMap<QString, QString> { { QStringLiteral("wang"), QStringLiteral("counsellor") } });
    const QByteArray before = readBytes(db);
    const QByteArray keysBefore = readBytes(db + QStringLiteral("-keys"));
    const QString twoPasswords = QStringLiteral("correct horse 1\nnew account 1\n");

    SECTION("without --role: a usage error naming the roles, and no account")
    {
        const CliResult r = addUser(db, QStringLiteral("zhao"), {}, twoPasswords);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("--role is required")));
        CHECK(r.err.contains(QStringLiteral("counsellor, head, class_teacher or admin")));
        CHECK(r.out.isEmpty()); // refused before any password is asked for
    }
    SECTION("an unknown role: a usage error naming it and the roles, and no account")
    {
        const CliResult r
            = addUser(db, QStringLiteral("zhao"), { QStringLiteral("--role"), QStringLiteral("principal") }, twoPasswords);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("\"principal\"")));
        CHECK(r.err.contains(QStringLiteral("counsellor, head, class_teacher or admin")));
        CHECK(addUser(db, QStringLiteral("zhao"), { QStringLiteral("--role"), QString() }, twoPasswords).exitCode == 2);
    }
    CHECK(readBytes(db) == before);
    CHECK(readBytes(db + QStringLiteral("-keys")) == keysBefore);
    CHECK(SchoolFile::accountNames(db) == QStringList { QStringLiteral("wang") });
}

TEST_CASE("cli: each role given to users add is the account's role", "[cli][roles]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("s.xinan"));
    REQUIRE(cli(initArgs(db), Pw).exitCode == 0);
    const QMap<QString, QString> wanted { { QStringLiteral("wang"), QStringLiteral("counsellor") },
        { QStringLiteral("liu"), QStringLiteral("counsellor") }, { QStringLiteral("li"), QStringLiteral("head") },
        { QStringLiteral("zhou"), QStringLiteral("class_teacher") }, { QStringLiteral("xu"), QStringLiteral("admin") } };
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (it.key() == u"wang")
            continue;
        const CliResult r
            = addUser(db, it.key(), { QStringLiteral("--as"), QStringLiteral("wang"), QStringLiteral("--role"), it.value() },
                QStringLiteral("correct horse 1\na brand new password\n"));
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
    }
    CHECK(rolesOf(db, QStringLiteral("wang"), QStringLiteral("correct horse 1")) == wanted);
    // What the rest of XinAn reads: only a counselling teacher reads confidential notes.
    SchoolFile school = SchoolFile::unlockWithPassword(db, QStringLiteral("wang"), secret("correct horse 1"));
    CHECK(accountRole(school.db(), QStringLiteral("zhou")) == AccountRole::ClassTeacher);
    CHECK(readsConfidentialNotes(school.db(), QStringLiteral("liu")));
    CHECK_FALSE(readsConfidentialNotes(school.db(), QStringLiteral("li")));
    CHECK_FALSE(readsConfidentialNotes(school.db(), QStringLiteral("xu")));
}

TEST_CASE("cli: recover with the recovery key after the key file is deleted", "[cli]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("s.xinan"));
    const CliResult init = cli(initArgs(db), Pw);
    const QString key = recoveryKeyIn(init.out);
    REQUIRE_FALSE(key.isEmpty());
    REQUIRE(QFile::remove(db + QStringLiteral("-keys")));

    const CliResult noUser = cli({ QStringLiteral("recover"), QStringLiteral("--db"), db, QStringLiteral("--password-stdin") },
        key + QStringLiteral("\na brand new password\n"));
    CHECK(noUser.exitCode == 2);
    const QStringList args { QStringLiteral("recover"), QStringLiteral("--db"), db, QStringLiteral("--user"),
        QStringLiteral("wang"), QStringLiteral("--password-stdin") };
    CHECK(
        cli(args, QStringLiteral("AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA\na brand new password\n")).exitCode == 3);
    const CliResult r = cli(args, key.toLower() + QStringLiteral("\na brand new password\n"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("recreated")));
    CHECK(QFile::exists(db + QStringLiteral("-keys")));
    CHECK(cli(verifyArgs(db), QStringLiteral("a brand new password\n")).exitCode == 0);
}

namespace {

// What a demo database holds, as the command line exports it.
QString exported(const QString &db)
{
    QString all;
    for (const QStringList &command : { QStringList { QStringLiteral("students"), QStringLiteral("list") },
             QStringList { QStringLiteral("risk"), QStringLiteral("list") },
             QStringList { QStringLiteral("screening"), QStringLiteral("results") },
             QStringList { QStringLiteral("appointments"), QStringLiteral("list"), QStringLiteral("--from"),
                 QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2027-12-31") } }) {
        const CliResult r = cli(command
                + QStringList { QStringLiteral("--db"), db, QStringLiteral("--password-stdin"), QStringLiteral("--format"),
                    QStringLiteral("csv") },
            Pw);
        INFO(command.join(u' ').toStdString() << ": " << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        REQUIRE(r.out.count(QStringLiteral("\r\n")) > 1); // a header and rows
        all += r.out;
    }
    return all;
}

CliResult demo(const QString &db, const QString &seed)
{
    return cli({ QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--students"), QStringLiteral("120"),
                   QStringLiteral("--seed"), seed, QStringLiteral("--password-stdin") },
        Pw);
}

} // namespace

TEST_CASE("cli: demo is deterministic and fills the school", "[cli]")
{
    TempDir dir;
    // The demo's school year, term and dates follow "today": every run here sees the same one.
    CliNow now(QStringLiteral("2027-03-01T10:00:00"));
    const QString a = dir.path(QStringLiteral("a.xinan"));
    const QString b = dir.path(QStringLiteral("b.xinan"));
    const QString other = dir.path(QStringLiteral("other.xinan"));
    const CliResult r = demo(a, QStringLiteral("7"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("120")));
    const CliResult users = cli({ QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--db"), a,
                                    QStringLiteral("--password-stdin"), QStringLiteral("--format"), QStringLiteral("csv") },
        Pw);
    CHECK(users.out.split(QStringLiteral("\r\n")).mid(1)
        == QStringList { QStringLiteral("demo,Counselling teacher,enabled"), QString() });
    const CliResult v = cli(verifyArgs(a), Pw);
    CHECK(v.exitCode == 0);
    CHECK(v.out.contains(QStringLiteral("120 students")));

    // The same seed on the same day gives the same school; another seed another one.
    REQUIRE(demo(b, QStringLiteral("7")).exitCode == 0);
    REQUIRE(demo(other, QStringLiteral("8")).exitCode == 0);
    const QString first = exported(a);
    CHECK(first == exported(b));
    CHECK(first != exported(other));
    CHECK(first.contains(QStringLiteral("Red (crisis)"))); // the demo's risk list is not empty
}

TEST_CASE("cli: messages follow the system language", "[cli][i18n]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("s.xinan"));
    REQUIRE(cli(initArgs(db), Pw).exitCode == 0);
    const CliResult zh = cli(verifyArgs(db), QStringLiteral("wrong password\n"), QStringLiteral("zh_CN.UTF-8"));
    CHECK(zh.exitCode == 3);
    CHECK(zh.err.contains(QStringLiteral("密码错误")));
    const CliResult en = cli(verifyArgs(db), QStringLiteral("wrong password\n"));
    CHECK(en.err.contains(QStringLiteral("Wrong password")));
}

namespace {

// Runs a command on a pseudo-terminal (util-linux `script`) and answers each prompt as it
// appears, as a person at the keyboard would.
QString onTerminal(const QStringList &command, const QStringList &answers, int *exitCode)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    QStringList quoted;
    for (const QString &c : command)
        quoted << QLatin1Char('\'') + c + QLatin1Char('\'');
    p.start(QStringLiteral("script"), { QStringLiteral("-qec"), quoted.join(u' '), QStringLiteral("/dev/null") });
    REQUIRE(p.waitForStarted());
    QString seen;
    for (const QString &answer : answers) {
        const qsizetype prompts = seen.count(QStringLiteral(": "));
        while (seen.count(QStringLiteral(": ")) == prompts && p.waitForReadyRead(10000))
            seen += QString::fromUtf8(p.readAllStandardOutput());
        p.write((answer + u'\n').toUtf8());
    }
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    seen += QString::fromUtf8(p.readAllStandardOutput());
    *exitCode = p.exitCode();
    return seen;
}

} // namespace

TEST_CASE("cli: on a terminal a new password is asked twice and never echoed", "[cli][tty]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("tty.xinan"));
    const QStringList init { QStringLiteral(XINAN_CLI_TESTING), QStringLiteral("init"), QStringLiteral("--db"), db,
        QStringLiteral("--school"), QStringLiteral("终端测试学校"), QStringLiteral("--user"), QStringLiteral("wang") };
    int code = -1;
    const QString mismatch = onTerminal(init, { QStringLiteral("first secret 1"), QStringLiteral("other secret 2") }, &code);
    CHECK(code == 5);
    CHECK(mismatch.contains(QStringLiteral("do not match")));
    CHECK_FALSE(QFile::exists(db));

    const QString ok = onTerminal(init, { QStringLiteral("typed secret 1"), QStringLiteral("typed secret 1") }, &code);
    INFO(ok.toStdString());
    CHECK(code == 0);
    CHECK(ok.contains(QStringLiteral("Repeat the password")));
    CHECK_FALSE(ok.contains(QStringLiteral("typed secret")));
    CHECK_FALSE(recoveryKeyIn(ok).isEmpty());
}
