// init, users, passwd, recover: the commands that create databases and manage accounts and key slots.
#include "clishared.h"
#include "commandline.h"
#include "commands.h"
#include "rowprinter.h"
#include "secretinput.h"

#include "error.h"
#include "repo/accountrepository.h"
#include "repo/officerepository.h"
#include "services/schoolfile.h"

#include <QCoreApplication>

namespace xinan::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

void printRecoveryKey(const QString &key)
{
    out() << Tr::tr("Recovery key (shown only this once; print it or copy it by hand and lock it away).\n"
                    "It opens the database if every password is forgotten or the key file is lost:")
          << "\n\n    " << key << "\n\n";
    out().flush();
}

namespace {

int runInit(const QStringList &args)
{
    CommandLine cl(QStringLiteral("init"), Tr::tr("Create a new, encrypted school database."));
    cl.option(QStringLiteral("db"), dbOptionText(), QStringLiteral("FILE"))
        .option(QStringLiteral("school"), Tr::tr("The school's name."), QStringLiteral("NAME"))
        .option(QStringLiteral("school-type"), Tr::tr("小学, 初中, 高中, 九年一贯制, 完全中学, 十二年一贯制 or 中职."),
            QStringLiteral("TYPE"))
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

// The --role of a new account: required, one of the four codes.
AccountRole roleOption(const CommandLine &cl)
{
    if (!cl.isSet(QStringLiteral("role")))
        throw Error(ErrorKind::Usage,
            Tr::tr("The option --role is required: the new account's role, counsellor, head, class_teacher or admin "
                   "(\"xinan-cli users add --help\" says what each may do). Nothing was changed."));
    const QString value = cl.value(QStringLiteral("role")).trimmed();
    const std::optional<AccountRole> role = accountRoleFromCode(value.toLower());
    if (!role)
        throw Error(ErrorKind::Usage,
            Tr::tr("--role must be counsellor, head, class_teacher or admin, not \"%1\". Nothing was changed.").arg(value));
    return *role;
}

int runUsersAdd(const QStringList &args)
{
    CommandLine cl(QStringLiteral("users add"), Tr::tr("Add an account with its own password and its role."));
    cl.option(QStringLiteral("db"), dbOptionText(), QStringLiteral("FILE"))
        .option(QStringLiteral("user"), Tr::tr("The new account's name."), QStringLiteral("NEW"))
        .option(QStringLiteral("role"),
            Tr::tr("The new account's role (required): counsellor (心理教师: reads counselling notes), head (校领导), "
                   "class_teacher (班主任) or admin (管理员)."),
            QStringLiteral("ROLE"))
        .option(QStringLiteral("as"), Tr::tr("An existing account that authorises the change (needed when there are several)."),
            QStringLiteral("USER"))
        .secretsOption();
    if (!cl.parse(args))
        return 0;
    const QString db = cl.required(QStringLiteral("db"));
    const QString newUser = cl.required(QStringLiteral("user"));
    validateUserName(newUser);
    const AccountRole role = roleOption(cl);
    const QString as = SchoolFile::resolveUser(db, cl.value(QStringLiteral("as")));
    SecretInput input(cl.isSet(QStringLiteral("password-stdin")));
    const SecretBytes password = input.ask(Tr::tr("Password for %1").arg(as));
    SchoolFile school = SchoolFile::unlockWithPassword(db, as, password);
    // Refused before the new password is typed for nothing (addUser checks again).
    AccountRepository(school.db(), school.user()).checkAdd(newUser, role, SchoolFile::accountNames(db).contains(newUser));
    const SecretBytes newPassword = input.askNew(Tr::tr("New password for %1").arg(newUser), Tr::tr("Repeat the password"));
    school.addUser(newUser, newPassword, role);
    // An account the database knew already (added again after its key file was recreated)
    // keeps its role: say which one it has.
    const AccountRole stored = accountRole(school.db(), newUser).value_or(role);
    out() << Tr::tr("Added the account %1 (%2).").arg(newUser, accountRoleName(stored)) << '\n';
    if (stored != role)
        out() << Tr::tr(
            "The database already knew %1 as %2; its role was kept. A counselling teacher or an administrator can change it in "
            "the office settings.")
                     .arg(newUser, accountRoleName(stored))
              << '\n';
    return 0;
}

// --db, --user (the account changed) and --as (the account that authorises the change).
CommandLine &addTargetOptions(CommandLine &cl, const QString &userText)
{
    return cl.option(QStringLiteral("db"), dbOptionText(), QStringLiteral("FILE"))
        .option(QStringLiteral("user"), userText, QStringLiteral("USER"))
        .option(QStringLiteral("as"), Tr::tr("An existing account that authorises the change (needed when there are several)."),
            QStringLiteral("USER"))
        .secretsOption();
}

// Unlocks --db as the --as account (or the only one).
SchoolFile unlockAs(const CommandLine &cl, SecretInput &input)
{
    const QString db = cl.required(QStringLiteral("db"));
    const QString as = SchoolFile::resolveUser(db, cl.value(QStringLiteral("as")));
    const SecretBytes password = input.ask(Tr::tr("Password for %1").arg(as));
    return SchoolFile::unlockWithPassword(db, as, password);
}

// The account's state as `users list` shows it: enabled, disabled, removed (disabled and no key
// slot) or without a password (enabled, but the key file lost its slot).
Cell accountState(const AccountInfo &account, const QStringList &slots)
{
    const bool slot = slots.contains(account.username);
    if (account.disabled)
        return slot ? Cell(Tr::tr("disabled"), QStringLiteral("disabled")) : Cell(Tr::tr("removed"), QStringLiteral("removed"));
    return slot ? Cell(Tr::tr("enabled"), QStringLiteral("enabled"))
                : Cell(Tr::tr("no password (add it again)"), QStringLiteral("no_key_slot"));
}

int runUsersList(const QStringList &args)
{
    CommandLine cl(QStringLiteral("users list"),
        Tr::tr("List the school's accounts with their roles and states (counselling teachers and administrators)."));
    addUnlockOptions(cl);
    addFormatOption(cl);
    if (!cl.parse(args))
        return 0;
    const QString format = formatOf(cl);
    const QString db = cl.required(QStringLiteral("db"));
    const QStringList slots = SchoolFile::accountNames(db);
    SchoolFile school = unlock(cl);
    const QList<AccountInfo> accounts = AccountRepository(school.db(), school.user()).accounts();
    RowPrinter rows({ { QStringLiteral("account"), Tr::tr("Account") }, { QStringLiteral("role"), Tr::tr("Role") },
        { QStringLiteral("state"), Tr::tr("State") } });
    for (const AccountInfo &account : accounts)
        rows.add({ account.username, Cell(accountRoleName(account.role), accountRoleCode(account.role)),
            accountState(account, slots) });
    rows.print(format, Tr::tr("%n account(s).", nullptr, static_cast<int>(accounts.size())));
    return 0;
}

int runUsersRemove(const QStringList &args)
{
    CommandLine cl(QStringLiteral("users remove"),
        Tr::tr("Remove an account: its password no longer opens the database; its name stays in the audit log. Someone who "
               "leaves the school should also be followed by a rekey."));
    addTargetOptions(cl, Tr::tr("The account to remove."));
    if (!cl.parse(args))
        return 0;
    cl.required(QStringLiteral("db"));
    const QString user = cl.required(QStringLiteral("user"));
    SecretInput input(cl.isSet(QStringLiteral("password-stdin")));
    SchoolFile school = unlockAs(cl, input);
    school.removeUser(user);
    out() << Tr::tr("Removed the account %1. Its entries in the audit log keep its name.").arg(user) << '\n';
    return 0;
}

int runUsersSetDisabled(const QStringList &args, bool disabled)
{
    const QString name = disabled ? QStringLiteral("users disable") : QStringLiteral("users enable");
    CommandLine cl(name,
        disabled ? Tr::tr("Disable an account: it can no longer open the database until it is enabled again.")
                 : Tr::tr("Enable a disabled account again."));
    addTargetOptions(cl, disabled ? Tr::tr("The account to disable.") : Tr::tr("The account to enable."));
    if (!cl.parse(args))
        return 0;
    cl.required(QStringLiteral("db"));
    const QString user = cl.required(QStringLiteral("user"));
    SecretInput input(cl.isSet(QStringLiteral("password-stdin")));
    SchoolFile school = unlockAs(cl, input);
    const bool changed = school.setUserDisabled(user, disabled);
    if (disabled)
        out() << (changed ? Tr::tr("Disabled the account %1.") : Tr::tr("The account %1 was disabled already.")).arg(user)
              << '\n';
    else
        out() << (changed ? Tr::tr("Enabled the account %1.") : Tr::tr("The account %1 was enabled already.")).arg(user) << '\n';
    return 0;
}

int runUsersDisable(const QStringList &args)
{
    return runUsersSetDisabled(args, true);
}

int runUsersEnable(const QStringList &args)
{
    return runUsersSetDisabled(args, false);
}

int runUsersRole(const QStringList &args)
{
    CommandLine cl(QStringLiteral("users role"), Tr::tr("Change an account's role."));
    addTargetOptions(cl, Tr::tr("The account whose role changes."))
        .option(QStringLiteral("role"),
            Tr::tr("The new role: counsellor (心理教师), head (校领导), class_teacher (班主任) or admin (管理员)."),
            QStringLiteral("ROLE"));
    if (!cl.parse(args))
        return 0;
    cl.required(QStringLiteral("db"));
    const QString user = cl.required(QStringLiteral("user"));
    const AccountRole role = roleOption(cl);
    SecretInput input(cl.isSet(QStringLiteral("password-stdin")));
    SchoolFile school = unlockAs(cl, input);
    school.setRole(user, role);
    out() << Tr::tr("The account %1 is now %2.").arg(user, accountRoleName(role)) << '\n';
    return 0;
}

int runUsers(const QStringList &args)
{
    return runSubcommand(args,
        { { "add", runUsersAdd }, { "list", runUsersList }, { "remove", runUsersRemove }, { "disable", runUsersDisable },
            { "enable", runUsersEnable }, { "role", runUsersRole } },
        Tr::tr("Usage: xinan-cli users add --db FILE --user NEW --role ROLE [options]\n"
               "       xinan-cli users list --db FILE [options]\n"
               "       xinan-cli users remove|disable|enable --db FILE --user USER [--as USER] [options]\n"
               "       xinan-cli users role --db FILE --user USER --role ROLE [--as USER] [options]\n"
               "(xinan-cli users SUBCOMMAND --help shows the options.)"),
        Tr::tr("Use \"xinan-cli users add\", \"list\", \"remove\", \"disable\", \"enable\" or \"role\"."));
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
    CommandLine cl(QStringLiteral("recover"),
        Tr::tr("Open a database with its recovery key and set a new password for an account. Works when the key file is lost."));
    cl.option(QStringLiteral("db"), dbOptionText(), QStringLiteral("FILE"))
        .option(QStringLiteral("user"),
            Tr::tr("The account whose password is set (may be left out when the key file names only one)."),
            QStringLiteral("USER"))
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
    SchoolFile school
        = SchoolFile::unlockWithRecoveryKey(db, QString::fromUtf8(key.chars(), static_cast<qsizetype>(key.size())), user);
    const SecretBytes password = input.askNew(Tr::tr("New password for %1").arg(user), Tr::tr("Repeat the password"));
    const bool recreated = school.setPassword(user, password);
    out() << Tr::tr("The password of %1 was set.").arg(user) << '\n';
    if (recreated)
        out() << Tr::tr("The key file %1 was missing or damaged and has been recreated; other accounts must be added again with "
                        "\"xinan-cli users add\".")
                     .arg(school.keyFilePath())
              << '\n';
    return 0;
}

} // namespace

QList<Command> keyCommands()
{
    return { { "init", QT_TRANSLATE_NOOP("Cli", "create a new school database"), runInit },
        { "users", QT_TRANSLATE_NOOP("Cli", "manage accounts (users add, list, remove, disable, enable, role)"), runUsers },
        { "passwd", QT_TRANSLATE_NOOP("Cli", "change an account's password"), runPasswd },
        { "recover", QT_TRANSLATE_NOOP("Cli", "set a new password with the recovery key"), runRecover } };
}

} // namespace xinan::cli
