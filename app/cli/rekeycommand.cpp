// rekey: new data, counsellor and recovery keys when someone leaves (issue 12).
#include "clishared.h"
#include "commandline.h"
#include "commands.h"
#include "secretinput.h"

#include "error.h"
#include "services/schoolfile.h"

#include <QCoreApplication>

namespace xinan::cli {

void printRecoveryKey(const QString &key); // keycommands.cpp

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int runRekey(const QStringList &args)
{
    CommandLine cl(QStringLiteral("rekey"),
        Tr::tr("Make new keys for the database (after someone leaves): a new data key and counsellor key, every remaining "
               "account keeps its password, and a new recovery key is printed once. Old backups and the old recovery key "
               "keep opening only the old copies."));
    cl.option(QStringLiteral("db"), dbOptionText(), QStringLiteral("FILE"))
        .option(QStringLiteral("user"), Tr::tr("A counselling teacher's account (may be left out when there is only one)."),
            QStringLiteral("USER"))
        .secretsOption();
    if (!cl.parse(args))
        return 0;
    SecretInput input(cl.isSet(QStringLiteral("password-stdin")));
    SchoolFile school = unlock(cl, input);
    QStringList dropped;
    const QString recovery = school.rekey(&dropped);
    out() << Tr::tr("%1 has new keys. Every account keeps its password. The old recovery key and backups made before now "
                    "open only those old copies: keep them locked away or destroy them.")
                 .arg(school.path())
          << '\n';
    if (!dropped.isEmpty())
        out() << Tr::tr("These accounts have not signed in since XinAn was updated and could not be given the new keys; give "
                        "them a new password (xinan-cli recover --user NAME): %1")
                     .arg(dropped.join(QStringLiteral(", ")))
              << '\n';
    printRecoveryKey(recovery);
    return 0;
}

} // namespace

QList<Command> rekeyCommands()
{
    return { { "rekey", QT_TRANSLATE_NOOP("Cli", "make new keys and a new recovery key after someone leaves"), runRekey } };
}

} // namespace xinan::cli
