// main() for XinAn's UI tests: a QApplication (headless unless a platform is chosen), the
// cheap-KDF seam, and settings kept away from the user's own.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "uitestsupport.h"

#include "crypto/kdf_testing.h"
#include "crypto/secret.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    // Test discovery runs this binary without the test environment: never need a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("XinAnTests"));
    QApplication::setApplicationName(QStringLiteral("xinan_ui_tests"));
    // CTest runs test cases in parallel processes: each gets its own preferences, so one test's
    // backup folder or language never leaks into another running at the same time.
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    xinan::test::setTestApplication(app);
    xinan::initCrypto();
    xinan::testing::useCheapKdf(true);
    return Catch::Session().run(argc, argv);
}
