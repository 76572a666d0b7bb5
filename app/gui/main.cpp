// xinan: the desktop application. Opens (or creates) a school database, then shows it.
#include "settings/appsettings.h"
#include "shell/mainwindow.h"
#include "unlock/startflow.h"

#include "crypto/secret.h"
#include "platform/files.h"
#include "platform/i18n.h"
#include "services/schoolfile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Gui)
};

// The language chosen in Settings (stored per computer) wins over the system's.
QLocale chosenLocale()
{
    const QString language = xinan::ui::AppSettings::load().language;
    if (language == QLatin1String(xinan::ui::AppSettings::English))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    if (language == QLatin1String(xinan::ui::AppSettings::Chinese))
        return QLocale(QLocale::Chinese, QLocale::China);
    return QLocale::system();
}

} // namespace

int main(int argc, char *argv[])
{
    xinan::disableCoreDumps();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("XinAn"));
    QApplication::setApplicationName(QStringLiteral("XinAn"));
    QApplication::setApplicationVersion(QStringLiteral(XINAN_VERSION));
    xinan::installTranslations(app, chosenLocale());
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
