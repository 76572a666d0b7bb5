// backup, restore, verify: the commands that read or replace a whole database.
#include "clishared.h"
#include "commandline.h"
#include "commands.h"
#include "secretinput.h"

#include "crypto/recoverykey.h"
#include "error.h"
#include "repo/audit.h"
#include "services/backup.h"
#include "services/schoolfile.h"
#include "services/verifier.h"

#include <QCoreApplication>
#include <QLocale>

namespace xinan::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// A recovery key is nine groups of five base32 characters; anything else is a password.
bool looksLikeRecoveryKey(const SecretBytes &secret)
{
    const QString text = QString::fromUtf8(secret.chars(), static_cast<qsizetype>(secret.size())).remove(u'-').remove(u' ');
    if (text.size() != 45)
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber() && c.unicode() < 128; });
}

int runBackup(const QStringList &args)
{
    CommandLine cl(QStringLiteral("backup"), Tr::tr("Write a checked backup of the database to one file."));
    addUnlockOptions(cl);
    cl.option(QStringLiteral("out"), Tr::tr("The backup file to create (for example on a USB stick)."), QStringLiteral("BACKUP"));
    if (!cl.parse(args))
        return 0;
    const QString outPath = cl.required(QStringLiteral("out"));
    SecretInput input(cl.isSet(QStringLiteral("password-stdin")));
    SchoolFile school = unlock(cl, input);
    const BackupInfo info = createBackup(school, outPath);
    out() << Tr::tr(
        "Backup written and checked: %1 (%2 bytes of database). It opens with the recovery key or the password of: %3.")
                 .arg(outPath, QString::number(info.databaseBytes), info.accounts.join(QLatin1String(", ")))
          << '\n';
    out() << Tr::tr("Audit trail head in the backup: %1").arg(formatAuditChainHead(info.auditHead.toLatin1())) << '\n';
    return 0;
}

int runRestore(const QStringList &args)
{
    CommandLine cl(QStringLiteral("restore"),
        Tr::tr("Restore a database from a backup. The current database, if any, is kept aside, never deleted."));
    cl.option(QStringLiteral("backup"), Tr::tr("The backup file."), QStringLiteral("BACKUP"))
        .option(QStringLiteral("db"), Tr::tr("Where to put the restored database (NAME.xinan)."), QStringLiteral("FILE"))
        .option(QStringLiteral("user"), Tr::tr("The account whose password (as of the backup) is given."), QStringLiteral("USER"))
        .secretsOption();
    if (!cl.parse(args))
        return 0;
    const QString backup = cl.required(QStringLiteral("backup"));
    const QString db = cl.required(QStringLiteral("db"));
    const BackupInfo info = readBackupInfo(backup);
    out() << Tr::tr("Backup of %1 made on %2.")
                 .arg(info.schoolName, QLocale().toString(info.created.toLocalTime(), QLocale::ShortFormat))
          << '\n';
    out().flush();
    SecretInput input(cl.isSet(QStringLiteral("password-stdin")));
    const SecretBytes secret = input.ask(Tr::tr("Recovery key or password"));
    QString user;
    if (!looksLikeRecoveryKey(secret)) {
        user = cl.value(QStringLiteral("user"));
        if (user.isEmpty()) {
            if (info.accounts.size() != 1)
                throw Error(ErrorKind::Usage,
                    Tr::tr("The backup carries several accounts (%1); name one with --user.")
                        .arg(info.accounts.join(QLatin1String(", "))));
            user = info.accounts.first();
        }
    }
    const RestoreResult result = restoreBackup(backup, db, user, secret);
    out() << Tr::tr("Restored and checked %1.").arg(db) << '\n';
    if (!result.previousDatabase.isEmpty())
        out() << Tr::tr("The database that was there before was kept as %1.").arg(result.previousDatabase) << '\n';
    out() << Tr::tr("Passwords are those of the backup's accounts: %1.").arg(result.info.accounts.join(QLatin1String(", ")))
          << '\n';
    return 0;
}

int runVerify(const QStringList &args)
{
    CommandLine cl(QStringLiteral("verify"), Tr::tr("Check the database: SQLite's integrity check and XinAn's own checks."));
    addUnlockOptions(cl);
    if (!cl.parse(args))
        return 0;
    SecretInput input(cl.isSet(QStringLiteral("password-stdin")));
    VerifyReport report;
    try {
        SchoolFile school = unlock(cl, input);
        report = verifySchoolFile(school);
    } catch (const Error &e) {
        if (e.kind() != ErrorKind::Damaged)
            throw;
        report.checks.append({ Tr::tr("Opening the database"), false, e.message() });
    }
    for (const auto &c : report.checks)
        out() << (c.passed ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) << Tr::tr("%1: %2").arg(c.name, c.detail) << '\n';
    if (report.intact()) {
        out() << Tr::tr("The database is intact.") << '\n';
        return 0;
    }
    if (report.tampered())
        out() << Tr::tr("The audit trail was tampered with: entries were deleted, changed or reordered, or its protection "
                        "was removed. Keep this database as evidence, tell the head of the counselling office, and compare "
                        "it with the latest backup (xinan-cli restore to another file).")
              << '\n';
    else
        out() << Tr::tr("The database is damaged. Restore it from a backup (xinan-cli restore).") << '\n';
    out().flush();
    return static_cast<int>(ErrorKind::Damaged);
}

} // namespace

QList<Command> dataCommands()
{
    return { { "backup", QT_TRANSLATE_NOOP("Cli", "write a checked backup file"), runBackup },
        { "restore", QT_TRANSLATE_NOOP("Cli", "restore a database from a backup"), runRestore },
        { "verify", QT_TRANSLATE_NOOP("Cli", "check a database for damage"), runVerify } };
}

} // namespace xinan::cli
