// xinan-cli: the command line for administrators, scripts and tests.
#include "commandline.h"
#include "commands.h"

#include "error.h"
#include "platform/files.h"
#include "platform/i18n.h"

#include <QCoreApplication>

#include <map>
#include <memory>

using namespace xinan;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString usage()
{
    return Tr::tr("XinAn %1, the school counselling office's encrypted records.\n"
              "Usage: xinan-cli COMMAND [options]   (xinan-cli COMMAND --help shows a command's options)\n\n"
              "Commands:\n"
              "  init       create a new school database\n"
              "  users      add or list accounts (users add, users list)\n"
              "  passwd     change an account's password\n"
              "  recover    set a new password with the recovery key\n"
              "  backup     write a checked backup file\n"
              "  restore    restore a database from a backup\n"
              "  verify     check a database for damage\n"
              "  demo       create a database with a synthetic demonstration school\n"
              "  students   import a roster or list students (students import, students list)\n"
              "  risk       list students by risk level or change a level (risk list, risk set)\n"
              "  screening  import screening answers or list results (screening import, screening results)\n"
              "  appointments  list the appointments of a span of days (appointments list)\n"
              "  duty       print a week's duty roster as a PDF (duty print)\n\n"
              "Exit codes: 0 ok, 1 other error, 2 usage, 3 wrong password or recovery key,\n"
              "4 database damaged or not a XinAn database, 5 input rejected (nothing written).\n")
        .arg(QStringLiteral(XINAN_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    disableCoreDumps();
    const std::unique_ptr<QCoreApplication> app(cli::createApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("xinan-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(XINAN_VERSION));
    installTranslations(*app);

    const QStringList args = QCoreApplication::arguments().mid(1);
    const std::map<QString, int (*)(const QStringList &)> commands{
        {QStringLiteral("init"), cli::runInit},       {QStringLiteral("users"), cli::runUsers},
        {QStringLiteral("passwd"), cli::runPasswd},   {QStringLiteral("recover"), cli::runRecover},
        {QStringLiteral("backup"), cli::runBackup},   {QStringLiteral("restore"), cli::runRestore},
        {QStringLiteral("verify"), cli::runVerify},   {QStringLiteral("demo"), cli::runDemo},
        {QStringLiteral("students"), cli::runStudents}, {QStringLiteral("risk"), cli::runRisk},
        {QStringLiteral("screening"), cli::runScreening},
        {QStringLiteral("appointments"), cli::runAppointments},
        {QStringLiteral("duty"), cli::runDuty},
    };
    const QString name = args.value(0);
    if (name.isEmpty() || name == u"--help" || name == u"-h" || name == u"help") {
        cli::out() << usage();
        return name.isEmpty() ? static_cast<int>(ErrorKind::Usage) : 0;
    }
    if (name == u"--version") {
        cli::out() << "xinan-cli " << QStringLiteral(XINAN_VERSION) << '\n';
        return 0;
    }
    const auto it = commands.find(name);
    if (it == commands.end()) {
        cli::err() << Tr::tr("Unknown command \"%1\".").arg(name) << '\n' << usage();
        return static_cast<int>(ErrorKind::Usage);
    }
    try {
        const int code = it->second(QStringList{QCoreApplication::applicationFilePath()} + args.mid(1));
        cli::out().flush();
        return code;
    } catch (const Error &e) {
        cli::out().flush();
        cli::err() << Tr::tr("Error: %1").arg(e.message()) << '\n';
        cli::err().flush();
        return e.exitCode();
    } catch (const std::bad_alloc &) {
        cli::err() << Tr::tr("Error: out of memory.") << '\n';
        return static_cast<int>(ErrorKind::Other);
    }
}
