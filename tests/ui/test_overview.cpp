// The school overview on a real database with students.
#include "uitestsupport.h"

#include "overview/overviewpage.h"
#include "testsupport.h"

#include "repo/studentrepository.h"
#include "services/schoolfile.h"

#include <QLabel>

using namespace xinan;
using namespace xinan::test;

namespace {

Student student(int n, int grade, int flags, bool boarding, StudentStatus status = StudentStatus::Enrolled)
{
    Student s;
    s.studentNo = QStringLiteral("G5201012012%1").arg(n, 6, 10, QLatin1Char('0'));
    s.name = QStringLiteral("学生%1").arg(n);
    s.grade = grade;
    s.className = QStringLiteral("1班");
    s.specialFlags = flags;
    s.boarding = boarding;
    s.status = status;
    return s;
}

QString text(const QWidget &page, const char *name)
{
    return child<QLabel>(&page, name)->text();
}

} // namespace

TEST_CASE("the overview shows the school and counts its enrolled students", "[ui][overview]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("school.xinan"));
    createSchool(db);
    SchoolFile school = SchoolFile::unlockWithPassword(db, QStringLiteral("wang"), secret("correct horse 1"));
    school.addUser(QStringLiteral("zhao"), secret("another lantern pass 1"), AccountRole::Counsellor);

    ui::OverviewPage page;
    SECTION("with students")
    {
        StudentRepository(school.db(), school.user())
            .addAll({ student(1, 7, LeftBehind, true), student(2, 7, LeftBehind | SingleParent, false), student(3, 8, 0, true),
                student(4, 9, Orphan, false), student(5, 9, LeftBehind, true, StudentStatus::Graduated) });
        page.setData(ui::loadOverview(school));
        page.show();

        CHECK(text(page, "schoolName") == sampleSchool().name);
        CHECK(text(page, "schoolDetails").contains(sampleSchool().city));
        CHECK(text(page, "enrolledCount") == QStringLiteral("4"));
        CHECK(text(page, "boardingCount") == QStringLiteral("2"));
        CHECK(text(page, "accountCount") == QStringLiteral("2"));
        CHECK(text(page, "circumstance1") == QStringLiteral("2")); // LeftBehind; the graduate is not counted
        CHECK(text(page, "circumstance2") == QStringLiteral("1"));
        CHECK(text(page, "circumstance4") == QStringLiteral("1"));
        CHECK(text(page, "circumstance32") == QStringLiteral("0"));
        CHECK(child<QWidget>(&page, "gradeChart")->isVisible());
        CHECK_FALSE(child<QLabel>(&page, "noStudents")->isVisible());
        CHECK(text(page, "accounts").split(u'\n') == QStringList { QStringLiteral("wang"), QStringLiteral("zhao") });
    }
    SECTION("without students")
    {
        page.setData(ui::loadOverview(school));
        page.show();
        CHECK(text(page, "enrolledCount") == QStringLiteral("0"));
        CHECK(child<QLabel>(&page, "noStudents")->isVisible());
    }
}
