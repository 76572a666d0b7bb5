#include "clishared.h"

#include "error.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace xinan::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

void addUnlockOptions(CommandLine &cl)
{
    cl.option(QStringLiteral("db"), Tr::tr("The school database file (NAME.xinan)."), QStringLiteral("FILE"))
        .option(QStringLiteral("user"), Tr::tr("The account whose password is asked (may be left out when there is only one)."),
            QStringLiteral("USER"))
        .option(QStringLiteral("recovery-key"), Tr::tr("Ask for the recovery key instead of a password."))
        .secretsOption();
}

SchoolFile unlock(const CommandLine &cl, SecretInput &input)
{
    const QString db = cl.required(QStringLiteral("db"));
    if (cl.isSet(QStringLiteral("recovery-key"))) {
        const SecretBytes key = input.ask(Tr::tr("Recovery key"));
        const QString user = cl.value(QStringLiteral("user"));
        return SchoolFile::unlockWithRecoveryKey(db, QString::fromUtf8(key.chars(), static_cast<qsizetype>(key.size())),
            user.isEmpty() ? QStringLiteral("recovery-key") : user);
    }
    const QString user = SchoolFile::resolveUser(db, cl.value(QStringLiteral("user")));
    const SecretBytes password = input.ask(Tr::tr("Password for %1").arg(user));
    return SchoolFile::unlockWithPassword(db, user, password);
}

SchoolFile unlock(const CommandLine &cl)
{
    SecretInput input(cl.isSet(QStringLiteral("password-stdin")));
    return unlock(cl, input);
}

QString dbOptionText()
{
    return Tr::tr("The school database file (NAME.xinan).");
}

void refuseExisting(const QString &db)
{
    for (const QString &p : { db, KeySlotFile::pathFor(db) })
        if (QFileInfo::exists(p))
            throw Error(ErrorKind::Rejected, Tr::tr("%1 already exists; XinAn does not overwrite an existing file.").arg(p));
}

void addFormatOption(CommandLine &cl)
{
    cl.option(
        QStringLiteral("format"), Tr::tr("table (default), csv (UTF-8 with BOM, for Excel) or json."), QStringLiteral("FORMAT"));
}

QString standardOutputName(const QString &format)
{
    return QStringLiteral("stdout (%1)").arg(format);
}

QString formatOf(const CommandLine &cl)
{
    const QString format
        = cl.isSet(QStringLiteral("format")) ? cl.value(QStringLiteral("format")).toLower() : QStringLiteral("table");
    if (format != u"table" && format != u"csv" && format != u"json")
        throw Error(ErrorKind::Usage, Tr::tr("--format must be table, csv or json, not \"%1\".").arg(format));
    return format;
}

int runSubcommand(const QStringList &args, std::initializer_list<std::pair<const char *, Subcommand>> subs, const QString &help,
    const QString &misuse)
{
    const QString sub = args.value(1);
    for (const auto &[name, run] : subs)
        if (sub == QLatin1String(name))
            return run(QStringList { args.value(0) } + args.mid(2));
    if (sub == u"--help" || sub == u"-h") {
        out() << help << '\n';
        return 0;
    }
    throw Error(ErrorKind::Usage, misuse);
}

int displayWidth(const QString &text)
{
    int w = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (c.isLowSurrogate())
            continue;
        const bool wide = c.isHighSurrogate() || (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF)
            || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
            || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6);
        w += wide ? 2 : 1;
    }
    return w;
}
} // namespace xinan::cli
