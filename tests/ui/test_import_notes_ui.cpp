// The roster import report shows the plan's notes (a parent's phone kept without a name) apart
// from its problems, and only when there are some.
#include "uitestsupport.h"

#include "import/importreportview.h"
#include "testsupport.h"

#include "platform/clock.h"
#include "services/rosterimport.h"
#include "services/schoolfile.h"

#include <QLabel>
#include <QTableWidget>

using namespace xinan;
using namespace xinan::test;

TEST_CASE("the roster import report lists notes, not as problems", "[ui][import]")
{
    clock::testing::FixedClock fixed(QDate(2026, 11, 16));
    TempDir dir;
    const QString path = dir.path(QStringLiteral("s.xinan"));
    createSchool(path);
    SchoolFile school = SchoolFile::unlockWithPassword(path, QStringLiteral("wang"), secret("correct horse 1"));
    const RosterTable table = readRosterFromBytes(
        QStringLiteral("学籍号,姓名,年级,班级,家长电话\nG520100201203150031,丙同学,七年级,1班,13800000041\n").toUtf8(),
        QStringLiteral("csv"), QStringLiteral("班级名单.csv"));
    const ImportPlan plan = planRosterImport(school.db(), table, guessRosterMapping(table.headers));
    REQUIRE(plan.notes.size() == 1);

    ui::ImportReportView view;
    view.setPlan(plan);
    auto *notes = child<QLabel>(&view, "notes");
    CHECK(notes->isVisibleTo(&view));
    CHECK(notes->text().contains(QStringLiteral("Row 2, 家长电话, value \"13800000041\"")));
    auto *problems = view.findChild<QTableWidget *>();
    REQUIRE(problems);
    CHECK(problems->rowCount() == 0);

    view.setPlan(ImportPlan {});
    CHECK_FALSE(notes->isVisibleTo(&view));
}
