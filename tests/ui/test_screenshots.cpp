// Screenshots for the README (hidden: run with the [screenshot] tag). The interface language
// follows the locale, e.g. LANG=zh_CN.UTF-8 LANGUAGE=zh_CN for the Chinese screenshots.
#include "uitestsupport.h"

#include "import/importdialog.h"
#include "import/importreportview.h"
#include "settings/settingsdialog.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "unlock/newschooldialog.h"
#include "unlock/recoverykeydialog.h"
#include "unlock/restoredialog.h"
#include "unlock/startflow.h"
#include "unlock/unlockdialog.h"

#include "platform/i18n.h"
#include "services/backup.h"
#include "services/demodata.h"
#include "services/schoolfile.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFont>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTest>

using namespace xinan;
using namespace xinan::test;

namespace {

} // namespace

TEST_CASE("screenshots of the dialogs and the school overview for the documentation", "[.screenshot]")
{
    prepareScreenshots();

    TempDir dir;
    const QString db = dir.path(QStringLiteral("demo.xinan"));
    createDemoDatabase(db, QStringLiteral("demo"), secret("demo lanterns by the river"), { 600, 2026 });

    ui::UnlockDialog unlock(db);
    unlock.show();
    child<QLineEdit>(&unlock, "password")->setText(QStringLiteral("demo lanterns by the river"));
    saveScreenshot(unlock, QStringLiteral("unlock.png"));

    ui::StartDialog start(db);
    start.show();
    saveScreenshot(start, QStringLiteral("start.png"));
    ui::NewSchoolDialog create;
    create.show();
    saveScreenshot(create, QStringLiteral("newschool.png"));
    ui::RecoveryKeyDialog key(
        QStringLiteral("7K3QD-9XW2M-FT6HB-R4NPA-2JC8V-YE5GS-0MZK1-HQ3TW-8D6RN"), QStringLiteral("三都县心安实验学校"), db);
    key.show();
    saveScreenshot(key, QStringLiteral("recoverykey.png"));
    child<QPushButton>(&unlock, "useRecoveryKey")->click();
    saveScreenshot(unlock, QStringLiteral("recover.png"));

    auto school = std::make_unique<SchoolFile>(
        SchoolFile::unlockWithPassword(db, QStringLiteral("demo"), secret("demo lanterns by the river")));
    const QString backup
        = dir.path(QStringLiteral("demo-%1.xinan-backup").arg(clock::now().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    createBackup(*school, backup);
    ui::RestoreDialog restore(db);
    restore.show();
    REQUIRE(restore.setBackupFile(backup));
    child<QRadioButton>(&restore, "usePassword")->setChecked(true);
    child<QLineEdit>(&restore, "secret")->setText(QStringLiteral("demo lanterns by the river"));
    saveScreenshot(restore, QStringLiteral("restore.png"));

    ui::MainWindow window(std::move(school));
    window.resize(1100, 720);
    window.show();
    // Pages are picked by name: the home page (工作台) comes first.
    const auto showPage = [&window](const QString &name) {
        auto *navigation = child<QListWidget>(&window, "navigation");
        for (int i = 0; i < navigation->count(); ++i)
            if (navigation->item(i)->data(Qt::UserRole).toString() == name)
                navigation->setCurrentRow(i);
    };
    showPage(QStringLiteral("overview"));
    saveScreenshot(window, QStringLiteral("overview.png"));
    showPage(QStringLiteral("students"));
    saveScreenshot(window, QStringLiteral("students-navigation.png"));
    showPage(QStringLiteral("overview"));

    {
        ui::SettingsDialog settings(window.schoolFile(), &window);
        settings.show();
        child<QLineEdit>(&settings, "newPassword")->setText(QStringLiteral("Xinan-Guizhou7"));
        saveScreenshot(settings, QStringLiteral("settings.png"));
        child<QTabWidget>(&settings, "tabs")->setCurrentIndex(1);
        saveScreenshot(settings, QStringLiteral("settings-backups.png"));
        child<QTabWidget>(&settings, "tabs")->setCurrentIndex(2);
        saveScreenshot(settings, QStringLiteral("settings-data.png"));
    }
    {
        const QString roster = dir.path(QStringLiteral("七年级名单.csv"));
        writeBytes(roster,
            "学籍号,姓名,性别,出生日期,年级,班级,民族\n"
            "G520199000001,龙小雨,女,2013-05-01,7,1班,苗族\n"
            "G520199000002,吴大山,男,2013-13-01,7,1班,侗族\n"
            "G520199000003,杨花,女,2012-11-20,7,2班,汉族\n"
            "G5201,潘明,男,2013-02-11,7,2班,布依族\n"
            "G520199000005,石磊,男,2012-09-30,7,3班,苗族\n");
        ui::ImportDialog import(window.schoolFile(), &window);
        import.show();
        import.openFile(roster);
        REQUIRE(waitUntil([&] { return !import.isBusy(); }));
        saveScreenshot(import, QStringLiteral("import-preview.png"));
        import.check();
        REQUIRE(waitUntil([&] { return !import.isBusy(); }));
        saveScreenshot(import, QStringLiteral("import-report.png"));
    }

    window.lockNow();
    REQUIRE(window.isLocked());
    saveScreenshot(window, QStringLiteral("lock.png"));
}
