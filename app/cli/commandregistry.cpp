// The command table of xinan-cli, and the dispatch and usage text made from it. A module with
// commands adds one line below (its function, declared beside it) and nothing else here.
#include "commandline.h"
#include "commands.h"

#include "error.h"

#include <QCoreApplication>

namespace xinan::cli {

QList<Command> keyCommands(); // keycommands.cpp: init, users, passwd, recover
QList<Command> dataCommands(); // datacommands.cpp: backup, restore, verify
QList<Command> demoCommands(); // democommands.cpp: demo
QList<Command> studentCommands(); // studentcommands.cpp: students
QList<Command> riskCommands(); // riskcommands.cpp: risk
QList<Command> screeningCommands(); // screeningcommands.cpp: screening
QList<Command> appointmentCommands(); // appointmentcommands.cpp: appointments
QList<Command> dutyCommands(); // dutycommands.cpp: duty
QList<Command> referralCommands(); // referralcommands.cpp: referrals
QList<Command> rekeyCommands(); // rekeycommand.cpp: rekey
QList<Command> gridCommands(); // gridcommands.cpp: grid
QList<Command> auditCommands(); // auditcommands.cpp: audit
QList<Command> visitCommands(); // visitcommands.cpp: visits
QList<Command> exportCommands(); // exportcommands.cpp: export
QList<Command> lessonCommands(); // lessoncommands.cpp: lessons

const QList<Command> &commandTable()
{
    static const QList<Command> table = [] {
        QList<Command> all;
        for (QList<Command> (*module)() :
            { keyCommands, dataCommands, demoCommands, studentCommands, riskCommands, screeningCommands, appointmentCommands,
                dutyCommands, referralCommands, gridCommands, rekeyCommands, auditCommands, visitCommands, exportCommands, lessonCommands })
            all += module();
        return all;
    }();
    return table;
}

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const Command *findCommand(const QString &name)
{
    for (const Command &command : commandTable())
        if (name == QLatin1String(command.name))
            return &command;
    return nullptr;
}

} // namespace

QString usageText()
{
    QString commands;
    for (const Command &command : commandTable())
        commands += QStringLiteral("  %1  %2\n")
                        .arg(QLatin1String(command.name), -9)
                        .arg(QCoreApplication::translate("Cli", command.summary));
    return Tr::tr("XinAn %1, the school counselling office's encrypted records.\n"
                  "Usage: xinan-cli COMMAND [options]   (xinan-cli COMMAND --help shows a command's options)\n")
               .arg(QStringLiteral(XINAN_VERSION))
        + u'\n' + Tr::tr("Commands:") + u'\n' + commands + u'\n'
        + Tr::tr("Exit codes: 0 ok, 1 other error, 2 usage, 3 wrong password or recovery key,\n"
                 "4 database damaged or not a XinAn database, 5 input rejected (nothing written),\n"
                 "6 not allowed for the account's role.\n");
}

int runCommandLine(const QStringList &args)
{
    const QString name = args.value(0);
    if (name.isEmpty() || name == u"--help" || name == u"-h" || name == u"help") {
        out() << usageText();
        return name.isEmpty() ? static_cast<int>(ErrorKind::Usage) : 0;
    }
    if (name == u"--version") {
        out() << "xinan-cli " << QStringLiteral(XINAN_VERSION) << '\n';
        return 0;
    }
    const Command *command = findCommand(name);
    if (!command) {
        err() << Tr::tr("Unknown command \"%1\".").arg(name) << '\n' << usageText();
        return static_cast<int>(ErrorKind::Usage);
    }
    try {
        const int code = command->run(QStringList { QCoreApplication::applicationFilePath() } + args.mid(1));
        out().flush();
        return code;
    } catch (const Error &e) {
        out().flush();
        err() << Tr::tr("Error: %1").arg(e.message()) << '\n';
        err().flush();
        return e.exitCode();
    } catch (const std::bad_alloc &) {
        err() << Tr::tr("Error: out of memory.") << '\n';
        return static_cast<int>(ErrorKind::Other);
    }
}

} // namespace xinan::cli
