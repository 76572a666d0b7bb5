// The account life cycle through xinan-cli: users add/list/remove/disable/enable/role and grid
// set, with the exit codes of each refusal (2 usage, 3 wrong password, 5 rejected, 6 denied).
#include "clirunner.h"
#include "testsupport.h"

#include "repo/gridrepository.h"
#include "services/schoolfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <catch2/catch.hpp>

using namespace xinan;
using namespace xinan::test;

namespace {

const QString WangPw = QStringLiteral("correct horse 1");
const QString AdminPw = QStringLiteral("paper lanterns by the river");
const QString TeacherPw = QStringLiteral("blue kite over field");

QStringList users(const QString &sub, const QString &db, const QStringList &extra)
{
    return QStringList { QStringLiteral("users"), sub, QStringLiteral("--db"), db, QStringLiteral("--password-stdin") } + extra;
}

QStringList opts(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

// A school with wang (counsellor), xu (admin) and zhou (class teacher).
struct School
{
    TempDir dir;
    QString db = dir.path(QStringLiteral("s.xinan"));

    School()
    {
        REQUIRE(cli({ QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--school"),
                        QStringLiteral("黔南州测试小学"), QStringLiteral("--user"), QStringLiteral("wang"),
                        QStringLiteral("--password-stdin") },
                    WangPw + u'\n')
                    .exitCode
            == 0);
        add("xu", "admin", WangPw, AdminPw);
        add("zhou", "class_teacher", WangPw, TeacherPw);
    }
    void add(const char *user, const char *role, const QString &asPassword, const QString &password, const char *as = "wang")
    {
        const CliResult r = cli(users(QStringLiteral("add"), db, opts({ "--user", user, "--role", role, "--as", as })),
            asPassword + u'\n' + password + u'\n' + password + u'\n');
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    // users list --format json as account -> "role state".
    QMap<QString, QString> list()
    {
        const CliResult r
            = cli(users(QStringLiteral("list"), db, opts({ "--user", "wang", "--format", "json" })), WangPw + u'\n');
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        QMap<QString, QString> out;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            out.insert(o.value(QStringLiteral("account")).toString(),
                o.value(QStringLiteral("role")).toString() + u' ' + o.value(QStringLiteral("state")).toString());
        }
        return out;
    }
};

} // namespace

TEST_CASE("cli: users list shows every account's role and state", "[cli][accounts]")
{
    School s;
    CHECK(s.list()
        == QMap<QString, QString> { { QStringLiteral("wang"), QStringLiteral("counsellor enabled") },
            { QStringLiteral("xu"), QStringLiteral("admin enabled") },
            { QStringLiteral("zhou"), QStringLiteral("class_teacher enabled") } });
    const CliResult table = cli(users(QStringLiteral("list"), s.db, opts({ "--user", "wang" })), WangPw + u'\n');
    CHECK(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("State")));
    CHECK(table.out.contains(QStringLiteral("3 account(s).")));
    // A class teacher does not read the accounts.
    const CliResult denied = cli(users(QStringLiteral("list"), s.db, opts({ "--user", "zhou" })), TeacherPw + u'\n');
    CHECK(denied.exitCode == 6);
    CHECK(denied.err.contains(QStringLiteral("may not read accounts")));
}

TEST_CASE("cli: users add refuses weak passwords and counsellor accounts from an admin", "[cli][accounts]")
{
    School s;
    // A weak password, by zxcvbn: rejected with what to do.
    const CliResult weak = cli(users(QStringLiteral("add"), s.db, opts({ "--user", "li", "--role", "head", "--as", "wang" })),
        WangPw + QStringLiteral("\nxinan2026\nxinan2026\n"));
    CHECK(weak.exitCode == 5);
    CHECK(weak.err.contains(QStringLiteral("Too easy to guess")));
    // Strong enough for a head, not for a counsellor.
    const CliResult middling
        = cli(users(QStringLiteral("add"), s.db, opts({ "--user", "liu", "--role", "counsellor", "--as", "wang" })),
            WangPw + QStringLiteral("\ndemo password 1\ndemo password 1\n"));
    CHECK(middling.exitCode == 5);
    CHECK(middling.err.contains(QStringLiteral("must be stronger")));
    // The admin may not add a counsellor: refused before the new password is asked.
    const CliResult denied
        = cli(users(QStringLiteral("add"), s.db, opts({ "--user", "liu", "--role", "counsellor", "--as", "xu" })),
            AdminPw + QStringLiteral("\nlanterns over the river\nlanterns over the river\n"));
    CHECK(denied.exitCode == 6);
    CHECK(denied.err.contains(QStringLiteral("Only a counselling teacher")));
    CHECK_FALSE(denied.out.contains(QStringLiteral("New password")));
    // A class teacher adds nobody; a wrong password of the authorising account is exit 3.
    CHECK(cli(users(QStringLiteral("add"), s.db, opts({ "--user", "ma", "--role", "head", "--as", "zhou" })),
              TeacherPw + QStringLiteral("\nlanterns over the river\nlanterns over the river\n"))
              .exitCode
        == 6);
    CHECK(cli(users(QStringLiteral("add"), s.db, opts({ "--user", "ma", "--role", "head", "--as", "xu" })),
              QStringLiteral("not the password\n"))
              .exitCode
        == 3);
    s.add("li", "head", AdminPw, QStringLiteral("demo password 1"), "xu");
    CHECK(SchoolFile::accountNames(s.db)
        == QStringList { QStringLiteral("wang"), QStringLiteral("xu"), QStringLiteral("zhou"), QStringLiteral("li") });
}

TEST_CASE("cli: users disable and enable", "[cli][accounts]")
{
    School s;
    const CliResult off = cli(users(QStringLiteral("disable"), s.db, opts({ "--user", "zhou", "--as", "xu" })), AdminPw + u'\n');
    INFO(off.err.toStdString());
    CHECK(off.exitCode == 0);
    CHECK(off.out.contains(QStringLiteral("Disabled the account zhou.")));
    CHECK(s.list().value(QStringLiteral("zhou")) == QStringLiteral("class_teacher disabled"));
    // zhou cannot open the database now: exit 6 with what to do.
    const CliResult refused = cli({ QStringLiteral("verify"), QStringLiteral("--db"), s.db, QStringLiteral("--user"),
                                      QStringLiteral("zhou"), QStringLiteral("--password-stdin") },
        TeacherPw + u'\n');
    CHECK(refused.exitCode == 6);
    CHECK(refused.err.contains(QStringLiteral("is disabled")));
    CHECK(refused.err.contains(QStringLiteral("users enable")));
    CHECK(cli(users(QStringLiteral("disable"), s.db, opts({ "--user", "zhou", "--as", "xu" })), AdminPw + u'\n')
              .out.contains(QStringLiteral("was disabled already")));
    // The admin disables no counsellor; nobody disables themselves; --user is required.
    CHECK(cli(users(QStringLiteral("disable"), s.db, opts({ "--user", "wang", "--as", "xu" })), AdminPw + u'\n').exitCode == 6);
    CHECK(cli(users(QStringLiteral("disable"), s.db, opts({ "--user", "xu", "--as", "xu" })), AdminPw + u'\n').exitCode == 5);
    CHECK(cli(users(QStringLiteral("disable"), s.db, opts({ "--as", "xu" })), AdminPw + u'\n').exitCode == 2);
    CHECK(cli(users(QStringLiteral("disable"), s.db, opts({ "--user", "nobody", "--as", "xu" })), AdminPw + u'\n').exitCode == 5);

    const CliResult on = cli(users(QStringLiteral("enable"), s.db, opts({ "--user", "zhou", "--as", "wang" })), WangPw + u'\n');
    CHECK(on.exitCode == 0);
    CHECK(on.out.contains(QStringLiteral("Enabled the account zhou.")));
    CHECK(s.list().value(QStringLiteral("zhou")) == QStringLiteral("class_teacher enabled"));
}

TEST_CASE("cli: users remove keeps the name, drops the key slot", "[cli][accounts]")
{
    School s;
    CHECK(cli(users(QStringLiteral("remove"), s.db, opts({ "--user", "wang", "--as", "xu" })), AdminPw + u'\n').exitCode == 6);
    CHECK(cli(users(QStringLiteral("remove"), s.db, opts({ "--user", "wang", "--as", "wang" })), WangPw + u'\n').exitCode == 5);
    const CliResult r = cli(users(QStringLiteral("remove"), s.db, opts({ "--user", "zhou", "--as", "xu" })), AdminPw + u'\n');
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Removed the account zhou.")));
    CHECK(SchoolFile::accountNames(s.db) == QStringList { QStringLiteral("wang"), QStringLiteral("xu") });
    CHECK(s.list().value(QStringLiteral("zhou")) == QStringLiteral("class_teacher removed"));
    CHECK(cli(users(QStringLiteral("remove"), s.db, opts({ "--user", "zhou", "--as", "xu" })), AdminPw + u'\n').exitCode == 5);
    CHECK(cli(users(QStringLiteral("enable"), s.db, opts({ "--user", "zhou", "--as", "xu" })), AdminPw + u'\n').exitCode == 5);
    const CliResult again
        = cli(users(QStringLiteral("add"), s.db, opts({ "--user", "zhou", "--role", "class_teacher", "--as", "xu" })),
            AdminPw + QStringLiteral("\nblue kite over field\nblue kite over field\n"));
    CHECK(again.exitCode == 5);
    CHECK(again.err.contains(QStringLiteral("was removed")));
}

TEST_CASE("cli: users role, the counsellor role only from a counsellor", "[cli][accounts]")
{
    School s;
    CHECK(
        cli(users(QStringLiteral("role"), s.db, opts({ "--user", "xu", "--role", "counsellor", "--as", "xu" })), AdminPw + u'\n')
            .exitCode
        == 6);
    CHECK(cli(users(QStringLiteral("role"), s.db, opts({ "--user", "zhou", "--role", "counsellor", "--as", "xu" })),
              AdminPw + u'\n')
              .exitCode
        == 6);
    CHECK(cli(users(QStringLiteral("role"), s.db, opts({ "--user", "zhou", "--role", "boss", "--as", "xu" })), AdminPw + u'\n')
              .exitCode
        == 2);
    CHECK(cli(users(QStringLiteral("role"), s.db, opts({ "--user", "zhou", "--as", "xu" })), AdminPw + u'\n').exitCode == 2);
    // The last counsellor keeps the role.
    CHECK(cli(users(QStringLiteral("role"), s.db, opts({ "--user", "wang", "--role", "head", "--as", "wang" })), WangPw + u'\n')
              .exitCode
        == 5);
    const CliResult head
        = cli(users(QStringLiteral("role"), s.db, opts({ "--user", "zhou", "--role", "head", "--as", "xu" })), AdminPw + u'\n');
    CHECK(head.exitCode == 0);
    CHECK(head.out.contains(QStringLiteral("The account zhou is now Head or deputy head.")));
    CHECK(
        cli(users(QStringLiteral("role"), s.db, opts({ "--user", "xu", "--role", "counsellor", "--as", "wang" })), WangPw + u'\n')
            .exitCode
        == 0);
    CHECK(s.list()
        == QMap<QString, QString> { { QStringLiteral("wang"), QStringLiteral("counsellor enabled") },
            { QStringLiteral("xu"), QStringLiteral("counsellor enabled") },
            { QStringLiteral("zhou"), QStringLiteral("head enabled") } });
}

TEST_CASE("cli: grid set links a class to its class teacher's account", "[cli][accounts][grid]")
{
    School s;
    const auto gridSet = [&s](const char *user, const QString &password, std::initializer_list<const char *> extra) {
        return cli(QStringList { QStringLiteral("grid"), QStringLiteral("set"), QStringLiteral("--db"), s.db,
                       QStringLiteral("--user"), QString::fromUtf8(user), QStringLiteral("--password-stdin") }
                + opts(extra),
            password + u'\n');
    };
    const CliResult r = gridSet("xu", AdminPw, { "--class-teacher", "zhou", "--grade", "7", "--class", "2班" });
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("is linked to the class-teacher account zhou")));
    CHECK(r.out.contains(QStringLiteral("no enrolled student"))); // an empty school
    {
        SchoolFile zhou = SchoolFile::unlockWithPassword(s.db, QStringLiteral("zhou"), secret("blue kite over field"));
        CHECK(zhou.db().access().seesClass(7, QStringLiteral("2班")));
        CHECK_FALSE(zhou.db().access().seesClass(7, QStringLiteral("3班")));
    }
    const CliResult list
        = cli({ QStringLiteral("grid"), QStringLiteral("list"), QStringLiteral("--db"), s.db, QStringLiteral("--user"),
                  QStringLiteral("wang"), QStringLiteral("--password-stdin"), QStringLiteral("--format"), QStringLiteral("csv") },
            WangPw + u'\n');
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("2班,zhou,Class teacher,zhou")));

    // Refusals: a class teacher may not link, a non-class-teacher account is not linked, the
    // options are required, the grade is checked.
    CHECK(gridSet("zhou", TeacherPw, { "--class-teacher", "zhou", "--grade", "7", "--class", "3班" }).exitCode == 6);
    CHECK(gridSet("xu", AdminPw, { "--class-teacher", "wang", "--grade", "7", "--class", "3班" }).exitCode == 5);
    CHECK(gridSet("xu", AdminPw, { "--class-teacher", "nobody", "--grade", "7", "--class", "3班" }).exitCode == 5);
    CHECK(gridSet("xu", AdminPw, { "--grade", "7", "--class", "3班" }).exitCode == 2);
    CHECK(gridSet("xu", AdminPw, { "--class-teacher", "zhou", "--grade", "99", "--class", "3班" }).exitCode == 2);
    CHECK(gridSet("xu", AdminPw, { "--class-teacher", "zhou", "--grade", "7" }).exitCode == 2);
    CHECK(
        gridSet("xu", QStringLiteral("wrong password"), { "--class-teacher", "zhou", "--grade", "7", "--class", "3班" }).exitCode
        == 3);
    SchoolFile wang = SchoolFile::unlockWithPassword(s.db, QStringLiteral("wang"), secret("correct horse 1"));
    CHECK(GridRepository(wang.db(), QStringLiteral("wang")).members().size() == 1);
}
