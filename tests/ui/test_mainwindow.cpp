// The main window: title, status bar, and the File menu's backup and verify.
#include "uitestsupport.h"

#include "shell/mainwindow.h"
#include "shell/verifydialog.h"
#include "testsupport.h"

#include "services/backup.h"
#include "services/schoolfile.h"
#include "services/verifier.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QTreeWidget>

using namespace xinan;
using namespace xinan::test;

namespace {

std::unique_ptr<SchoolFile> openSample(const QString &db)
{
    createSchool(db);
    return std::make_unique<SchoolFile>(SchoolFile::unlockWithPassword(db, QStringLiteral("wang"), secret("correct horse 1")));
}

QStringList menuTitles(QMainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text().remove(u'&');
    return titles;
}

} // namespace

TEST_CASE("the main window names the school, the account and the file", "[ui][mainwindow]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("school.xinan"));
    ui::MainWindow window(openSample(db));
    window.show();

    CHECK(window.windowTitle() == QStringLiteral("XinAn — ") + sampleSchool().name);
    CHECK(child<QLabel>(&window, "statusSchool")->text() == sampleSchool().name);
    CHECK(child<QLabel>(&window, "statusAccount")->text().contains(QStringLiteral("wang")));
    CHECK(child<QLabel>(&window, "statusFile")->text() == QStringLiteral("school.xinan"));
    CHECK(menuTitles(window) == QStringList { QStringLiteral("File"), QStringLiteral("Help") });
}

TEST_CASE("Back up writes a checked backup where the user chose", "[ui][mainwindow][backup]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("school.xinan"));
    ui::MainWindow window(openSample(db));
    window.show();
    RecordedMessages boxes;

    SECTION("to a new file")
    {
        const QString out = dir.path(QStringLiteral("usb"));
        ui::testing::setNextFileName(out);
        window.backUp();
        REQUIRE(boxes.messages().size() == 1);
        INFO(boxes.messages().at(0).text.toStdString());
        CHECK(boxes.messages().at(0).kind == ui::MessageKind::Information);
        CHECK(QFile::exists(out + QStringLiteral(".xinan-backup")));
        CHECK(readBackupInfo(out + QStringLiteral(".xinan-backup")).schoolName == sampleSchool().name);
    }
    SECTION("never over an existing file")
    {
        const QString out = dir.path(QStringLiteral("usb.xinan-backup"));
        writeBytes(out, "keep me");
        ui::testing::setNextFileName(out);
        window.backUp();
        REQUIRE(boxes.messages().size() == 1);
        CHECK(boxes.messages().at(0).kind == ui::MessageKind::Critical);
        CHECK(readBytes(out) == QByteArray("keep me"));
    }
}

TEST_CASE("the verify dialog lists every check with its result", "[ui][mainwindow][verify]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("school.xinan"));
    std::unique_ptr<SchoolFile> school = openSample(db);
    const VerifyReport report = verifySchoolFile(*school);
    REQUIRE(report.intact());

    ui::VerifyDialog dialog(report, QStringLiteral("school.xinan"));
    auto *checks = child<QTreeWidget>(&dialog, "checks");
    REQUIRE(checks->topLevelItemCount() == report.checks.size());
    for (int i = 0; i < checks->topLevelItemCount(); ++i)
        CHECK(checks->topLevelItem(i)->text(0) == QStringLiteral("✓"));
    CHECK(child<QLabel>(&dialog, "summary")->text().contains(QStringLiteral("passed")));
}
