// Screenshots of the home page (工作台) and the class grid editor on the demo school (hidden:
// run with the [.screenshot] tag, e.g. LANG=zh_CN.UTF-8 LANGUAGE=zh_CN for Chinese).
#include "uitestsupport.h"

#include "grid/griddialog.h"
#include "home/homepage.h"
#include "home/riskpanel.h"
#include "shell/mainwindow.h"
#include "testsupport.h"

#include "repo/gridrepository.h"
#include "services/demodata.h"
#include "services/schoolfile.h"

#include <QListWidget>
#include <QToolButton>

using namespace xinan;
using namespace xinan::test;

TEST_CASE("screenshots of the home page and the class grid", "[.screenshot]")
{
    prepareScreenshots();

    TempDir dir;
    const QString db = dir.path(QStringLiteral("demo.xinan"));
    createDemoDatabase(db, QStringLiteral("demo"), secret("demo lanterns by the river"), { 600, 2026 });
    auto school = std::make_unique<SchoolFile>(
        SchoolFile::unlockWithPassword(db, QStringLiteral("demo"), secret("demo lanterns by the river")));

    // The demo school has a class teacher for all but two classes (addDemoGrid).
    REQUIRE_FALSE(GridRepository(school->db(), school->user()).members().isEmpty());

    ui::MainWindow window(std::move(school));
    window.resize(1280, 800);
    window.show();
    saveScreenshot(window, QStringLiteral("home.png"));
    window.resize(1024, 700);
    saveScreenshot(window, QStringLiteral("home-1024.png"));
    // The risk panel's frame on its own (it may be below the fold when other panels wait).
    auto *home = window.findChild<ui::HomePage *>();
    REQUIRE(home != nullptr);
    auto *risk = home->findChild<ui::RiskPanel *>();
    REQUIRE(risk != nullptr);
    child<QToolButton>(risk, "yellowToggle")->click();
    saveScreenshot(*home->frameOf(risk), QStringLiteral("home-risk-panel.png"));

    ui::GridDialog grid(window.schoolFile(), &window);
    grid.show();
    const QList<GridClass> classes = GridRepository(window.schoolFile().db(), QStringLiteral("demo")).classes();
    REQUIRE(classes.size() > 2);
    grid.selectClass(classes.first().grade, classes.first().className);
    saveScreenshot(grid, QStringLiteral("grid-dialog.png"));
}
