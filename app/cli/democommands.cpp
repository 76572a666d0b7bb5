// demo: a new database filled with a synthetic demonstration school.
#include "clishared.h"
#include "commandline.h"
#include "commands.h"
#include "secretinput.h"

#include "error.h"
#include "services/demodata.h"
#include "services/schoolfile.h"

#include <QCoreApplication>

namespace xinan::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int runDemo(const QStringList &args)
{
    CommandLine cl(
        QStringLiteral("demo"), Tr::tr("Create a new database filled with a synthetic demonstration school (no real person)."));
    cl.option(QStringLiteral("db"), dbOptionText(), QStringLiteral("FILE"))
        .option(QStringLiteral("students"), Tr::tr("How many students (default 600)."), QStringLiteral("N"))
        .option(QStringLiteral("seed"), Tr::tr("Seed of the generator (default 2026); the same seed gives the same school."),
            QStringLiteral("S"))
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
    out() << Tr::tr("Created the demonstration database %1 with %2 synthetic students; account %3.")
                 .arg(db, QString::number(options.students), user)
          << '\n';
    printRecoveryKey(recovery);
    return 0;
}

} // namespace

QList<Command> demoCommands()
{
    return { { "demo", QT_TRANSLATE_NOOP("Cli", "create a database with a synthetic demonstration school"), runDemo } };
}

} // namespace xinan::cli
