// xinan: the desktop application. Opens (or creates) a school database, then shows it.
#include "common/mainwindow.h"
#include "unlock/startflow.h"

#include "crypto/secret.h"
#include "platform/files.h"
#include "platform/i18n.h"
#include "services/schoolfile.h"

#include <QApplication>
#include <QCommandLineParser>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Gui)
};

} // namespace

int main(int argc, char *argv[])
{
    xinan::disableCoreDumps();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("XinAn"));
    QApplication::setApplicationName(QStringLiteral("XinAn"));
    QApplication::setApplicationVersion(QStringLiteral(XINAN_VERSION));
    xinan::installTranslations(app);
    QApplication::setApplicationDisplayName(Tr::tr("XinAn"));
    xinan::initCrypto();

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("XinAn: a school counselling office's records, encrypted and offline."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("FILE"), Tr::tr("The school database to open (NAME.xinan)."), QStringLiteral("[FILE]"));
    parser.process(app);

    std::unique_ptr<xinan::SchoolFile> school = xinan::ui::openSchoolInteractively(parser.positionalArguments().value(0));
    if (!school)
        return 0;
    xinan::ui::MainWindow window(std::move(school));
    window.show();
    return QApplication::exec();
}
