// xinan-cli: the command line for administrators, scripts and tests. The commands and the usage
// text come from the command table (commands.h, commandregistry.cpp).
#include "commands.h"

#include "platform/files.h"
#include "platform/i18n.h"

#include <QCoreApplication>

#include <memory>

using namespace xinan;

int main(int argc, char *argv[])
{
    disableCoreDumps();
    const std::unique_ptr<QCoreApplication> app(cli::createApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("xinan-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(XINAN_VERSION));
    installTranslations(*app);
    return cli::runCommandLine(QCoreApplication::arguments().mid(1));
}
