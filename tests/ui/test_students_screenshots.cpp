// Screenshots of the student list and a student's file (hidden: run with the [screenshot]
// tag). The interface language follows the locale, e.g. LANG=zh_CN.UTF-8 LANGUAGE=zh_CN.
#include "uitestsupport.h"

#include "students/studentfiledialog.h"
#include "students/studentspage.h"
#include "testsupport.h"

#include "platform/i18n.h"
#include "repo/noterepository.h"
#include "repo/studentrepository.h"
#include "services/demodata.h"
#include "services/schoolfile.h"

#include <QApplication>
#include <QDir>
#include <QFont>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace xinan;
using namespace xinan::test;

namespace {

} // namespace

TEST_CASE("screenshots of the student list and a student's file", "[.screenshot]")
{
    prepareScreenshots();

    TempDir dir;
    const QString db = dir.path(QStringLiteral("demo.xinan"));
    createDemoDatabase(db, QStringLiteral("demo"), secret("demo lanterns by the river"), { 600, 2026 });
    SchoolFile school = SchoolFile::unlockWithPassword(db, QStringLiteral("demo"), secret("demo lanterns by the river"));

    ui::StudentsPage page(school);
    page.resize(1100, 720);
    page.show();
    child<QTableView>(&page, "students")->selectRow(2);
    saveScreenshot(page, QStringLiteral("students.png"));

    // A left-behind student with two guardians and a few notes.
    const QList<Student> all = StudentRepository(school.db(), school.user()).list();
    const auto it = std::find_if(all.cbegin(), all.cend(),
        [](const Student &s) { return (s.specialFlags & LeftBehind) && s.status == StudentStatus::Enrolled && s.grade == 7; });
    REQUIRE(it != all.cend());
    NoteRepository notes(school.db(), school.user());
    const QDate today = clock::today();
    notes.add(it->id, today.addDays(-40), QStringLiteral("班主任反映：上课注意力不集中，父母均在外务工，由祖母照顾。"));
    notes.add(it->id, today.addDays(-33), QStringLiteral("个别谈话：睡眠差，想念父母；约定每周二午休时间来辅导室。"));
    notes.add(it->id, today.addDays(-12), QStringLiteral("家访：与祖母交流作息安排；视频联系父亲，约定每周通话一次。"));

    ui::StudentFileDialog file(school, it->id);
    file.show();
    saveScreenshot(file, QStringLiteral("student-file.png"));
    child<QTabWidget>(&file, "tabs")->setCurrentIndex(3);
    saveScreenshot(file, QStringLiteral("student-file-timeline.png"));
}
