// init, users, passwd, recover, demo: the commands that create databases and manage key slots.
#include "commandline.h"
#include "commands.h"
#include "secretinput.h"

#include "error.h"
#include "services/demodata.h"
#include "services/schoolfile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace xinan::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString dbOptionText() { return Tr::tr("The school database file (NAME.xinan)."); }

// Checked before any password is asked for, so nobody types one for nothing.
void refuseExisting(const QString &db)
{
    for (const QString &p : {db, KeySlotFile::pathFor(db)})
        if (QFileInfo::exists(p))
            throw Error(ErrorKind::Rejected, Tr::tr("%1 already exists; XinAn does not overwrite an existing file.").arg(p));
}

} // namespace

void printRecoveryKey(const QString &key)
{
    out() << Tr::tr("Recovery key (shown only this once; print it or copy it by hand and lock it away).\n"
                "It opens the database if every password is forgotten or the key file is lost:")
          << "\n\n    " << key << "\n\n";
    out().flush();
}

int runInit(const QStringList &args)
{
    CommandLine cl(QStringLiteral("init"), Tr::tr("Create a new, encrypted school database."));
    cl.option(QStringLiteral("db"), dbOptionText(), QStringLiteral("FILE"))
        .option(QStringLiteral("school"), Tr::tr("The school's name."), QStringLiteral("NAME"))
        .option(QStringLiteral("school-type"), Tr::tr("小学, 初中, 高中, 九年一贯制, 完全中学, 十二年一贯制 or 中职."), QStringLiteral("TYPE"))
        .option(QStringLiteral("city"), Tr::tr("The city or prefecture (市/州)."), QStringLiteral("CITY"))
        .option(QStringLiteral("county"), Tr::tr("The county or district (县/区)."), QStringLiteral("COUNTY"))
        .option(QStringLiteral("user"), Tr::tr("The first account's name."), QStringLiteral("USER"))
        .secretsOption();
    if (!cl.parse(args))
        return 0;
    const QString db = cl.required(QStringLiteral("db"));
    SchoolInfo school;
    school.name = cl.required(QStringLiteral("school"));
    school.schoolType = cl.value(QStringLiteral("school-type"));
    school.city = cl.value(QStringLiteral("city"));
    school.county = cl.value(QStringLiteral("county"));
    const QString user = cl.required(QStringLiteral("user"));
    validateUserName(user);
    refuseExisting(db);
    SecretInput input(cl.isSet(QStringLiteral("password-stdin")));
    const SecretBytes password = input.askNew(Tr::tr("New password for %1").arg(user), Tr::tr("Repeat the password"));
    const QString recovery = SchoolFile::create(db, school, user, password);
    out() << Tr::tr("Created %1 for %2 with the account %3.").arg(db, school.name, user) << '\n';
    printRecoveryKey(recovery);
    return 0;
}

int runUsers(const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub == u"list") {
        CommandLine cl(QStringLiteral("users list"), Tr::tr("List the accounts that can open a database."));
        cl.option(QStringLiteral("db"), dbOptionText(), QStringLiteral("FILE"));
        if (!cl.parse(QStringList{args.value(0)} + args.mid(2)))
            return 0;
        for (const QString &u : SchoolFile::accountNames(cl.required(QStringLiteral("db"))))
            out() << u << '\n';
        return 0;
    }
    if (sub != u"add")
        throw Error(ErrorKind::Usage, Tr::tr("Use \"xinan-cli users add\" or \"xinan-cli users list\"."));
    CommandLine cl(QStringLiteral("users add"), Tr::tr("Add an account with its own password."));
    cl.option(QStringLiteral("db"), dbOptionText(), QStringLiteral("FILE"))
        .option(QStringLiteral("user"), Tr::tr("The new account's name."), QStringLiteral("NEW"))
        .option(QStringLiteral("as"), Tr::tr("An existing account that authorises the change (needed when there are several)."), QStringLiteral("USER"))
        .secretsOption();
    if (!cl.parse(QStringList{args.value(0)} + args.mid(2)))
        return 0;
    const QString db = cl.required(QStringLiteral("db"));
    const QString newUser = cl.required(QStringLiteral("user"));
    validateUserName(newUser);
    const QString as = SchoolFile::resolveUser(db, cl.value(QStringLiteral("as")));
    SecretInput input(cl.isSet(QStringLiteral("password-stdin")));
    const SecretBytes password = input.ask(Tr::tr("Password for %1").arg(as));
    SchoolFile school = SchoolFile::unlockWithPassword(db, as, password);
    const SecretBytes newPassword = input.askNew(Tr::tr("New password for %1").arg(newUser), Tr::tr("Repeat the password"));
    school.addUser(newUser, newPassword);
    out() << Tr::tr("Added the account %1.").arg(newUser) << '\n';
    return 0;
}

int runPasswd(const QStringList &args)
{
    CommandLine cl(QStringLiteral("passwd"), Tr::tr("Change an account's password (the database itself is not rewritten)."));
    cl.option(QStringLiteral("db"), dbOptionText(), QStringLiteral("FILE"))
        .option(QStringLiteral("user"), Tr::tr("The account (may be left out when there is only one)."), QStringLiteral("USER"))
        .secretsOption();
    if (!cl.parse(args))
        return 0;
    const QString db = cl.required(QStringLiteral("db"));
    const QString user = SchoolFile::resolveUser(db, cl.value(QStringLiteral("user")));
    SecretInput input(cl.isSet(QStringLiteral("password-stdin")));
    const SecretBytes old = input.ask(Tr::tr("Current password for %1").arg(user));
    SchoolFile school = SchoolFile::unlockWithPassword(db, user, old);
    const SecretBytes password = input.askNew(Tr::tr("New password for %1").arg(user), Tr::tr("Repeat the password"));
    school.setPassword(user, password);
    out() << Tr::tr("The password of %1 was changed.").arg(user) << '\n';
    return 0;
}

int runRecover(const QStringList &args)
{
    CommandLine cl(QStringLiteral("recover"), Tr::tr("Open a database with its recovery key and set a new password for an account. Works when the key file is lost."));
    cl.option(QStringLiteral("db"), dbOptionText(), QStringLiteral("FILE"))
        .option(QStringLiteral("user"), Tr::tr("The account whose password is set (may be left out when the key file names only one)."), QStringLiteral("USER"))
        .secretsOption();
    if (!cl.parse(args))
        return 0;
    const QString db = cl.required(QStringLiteral("db"));
    QString user = cl.value(QStringLiteral("user"));
    if (user.isEmpty()) {
        try {
            user = SchoolFile::resolveUser(db, user);
        } catch (const Error &) {
            throw Error(ErrorKind::Usage, Tr::tr("Name the account whose password should be set with --user."));
        }
    }
    validateUserName(user);
    SecretInput input(cl.isSet(QStringLiteral("password-stdin")));
    const SecretBytes key = input.ask(Tr::tr("Recovery key"));
    SchoolFile school = SchoolFile::unlockWithRecoveryKey(db, QString::fromUtf8(key.chars(), static_cast<qsizetype>(key.size())), user);
    const SecretBytes password = input.askNew(Tr::tr("New password for %1").arg(user), Tr::tr("Repeat the password"));
    const bool recreated = school.setPassword(user, password);
    out() << Tr::tr("The password of %1 was set.").arg(user) << '\n';
    if (recreated)
        out() << Tr::tr("The key file %1 was missing or damaged and has been recreated; other accounts must be added again with \"xinan-cli users add\".")
                     .arg(school.keyFilePath())
              << '\n';
    return 0;
}

int runDemo(const QStringList &args)
{
    CommandLine cl(QStringLiteral("demo"), Tr::tr("Create a new database filled with a synthetic demonstration school (no real person)."));
    cl.option(QStringLiteral("db"), dbOptionText(), QStringLiteral("FILE"))
        .option(QStringLiteral("students"), Tr::tr("How many students (default 600)."), QStringLiteral("N"))
        .option(QStringLiteral("seed"), Tr::tr("Seed of the generator (default 2026); the same seed gives the same school."), QStringLiteral("S"))
        .option(QStringLiteral("user"), Tr::tr("The demo account's name (default demo)."), QStringLiteral("USER"))
        .secretsOption();
    if (!cl.parse(args))
        return 0;
    const QString db = cl.required(QStringLiteral("db"));
    DemoOptions options;
    options.students = cl.intValue(QStringLiteral("students"), 600, 0, 200000);
    options.seed = static_cast<quint64>(cl.intValue(QStringLiteral("seed"), 2026, 0, 2147483647));
    const QString user = cl.isSet(QStringLiteral("user")) ? cl.value(QStringLiteral("user")) : QStringLiteral("demo");
    validateUserName(user);
    refuseExisting(db);
    SecretInput input(cl.isSet(QStringLiteral("password-stdin")));
    const SecretBytes password = input.askNew(Tr::tr("New password for %1").arg(user), Tr::tr("Repeat the password"));
    const QString recovery = createDemoDatabase(db, user, password, options);
    out() << Tr::tr("Created the demonstration database %1 with %2 synthetic students; account %3.").arg(db, QString::number(options.students), user) << '\n';
    printRecoveryKey(recovery);
    return 0;
}

} // namespace xinan::cli
