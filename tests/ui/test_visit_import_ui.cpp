// The home-visit import dialog (文件 → 导入家访记录…): the sheet chosen through the file seam, its
// rows and bad rows in two tables, all or nothing versus valid rows only, and a class teacher's
// rows outside their classes refused by name.
#include "uitestsupport.h"

#include "shell/menuactions.h"
#include "testsupport.h"
#include "visitimport/visitimportdialog.h"

#include "common/dialogseams.h"
#include "repo/homevisitrepository.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"
#include "store/access.h"
#include "store/database.h"

#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStringEncoder>
#include <QTableWidget>

using namespace xinan;
using namespace xinan::test;

namespace {

struct Fixture
{
    clock::testing::FixedClock fixed { testNow() };
    TempDir dir;
    QString path = dir.path(QStringLiteral("school.xinan"));
    SchoolFile school = [this] {
        createSchool(path);
        return SchoolFile::unlockWithPassword(path, QStringLiteral("wang"), secret("correct horse 1"));
    }();
    qint64 longXiaoyu = add("G520100001", QStringLiteral("龙小雨"), QStringLiteral("1班"));
    qint64 wangFang = add("G520100005", QStringLiteral("王芳"), QStringLiteral("2班"));
    QString sheet = dir.path(QStringLiteral("家访记录.csv"));

    Fixture()
    {
        QStringEncoder gbk("GB18030");
        writeBytes(sheet,
            gbk.encode(QStringLiteral("姓名,班级,家访日期,家访形式,家访教师,家访内容\r\n"
                                      "龙小雨,七(1)班,2026-10-15,实地,王老师,在家很好\r\n"
                                      "王芳,七(2)班,2026-10-16,电话,王老师,\r\n"
                                      "张无名,七(1)班,2026-10-17,实地,王老师,\r\n")));
    }
    qint64 add(const char *no, const QString &name, const QString &className)
    {
        Student s;
        s.studentNo = QString::fromLatin1(no);
        s.name = name;
        s.grade = 7;
        s.className = className;
        return StudentRepository(school.db(), QStringLiteral("wang")).add(s);
    }
    int visitsOf(qint64 student)
    {
        return static_cast<int>(HomeVisitRepository(school.db(), QStringLiteral("wang")).studentVisits(student).size());
    }
};

QStringList column(const QTableWidget *table, int c)
{
    QStringList out;
    for (int r = 0; r < table->rowCount(); ++r)
        out << (table->item(r, c) ? table->item(r, c)->text() : QString());
    return out;
}

void chooseAndCheck(ui::VisitImportDialog &dialog, const QString &file)
{
    ui::testing::setNextFileName(file);
    child<QPushButton>(&dialog, "chooseFile")->click();
    REQUIRE(waitUntil([&] { return !dialog.isBusy(); }));
    INFO(dialog.lastMessage().toStdString());
    REQUIRE(dialog.hasPlan());
}

} // namespace

TEST_CASE_METHOD(
    Fixture, "the visit import dialog previews rows and bad rows, then imports the valid rows only", "[ui][visitimport]")
{
    ui::VisitImportDialog dialog(school);
    dialog.show();
    chooseAndCheck(dialog, sheet);
    CHECK(child<QLabel>(&dialog, "detected")->text().contains(QStringLiteral("GB18030")));
    const auto *preview = child<QTableWidget>(&dialog, "preview");
    CHECK(column(preview, 2) == QStringList { QStringLiteral("龙小雨"), QStringLiteral("王芳") });
    CHECK(column(preview, 0) == QStringList { QStringLiteral("2"), QStringLiteral("3") });
    const auto *problems = child<QTableWidget>(&dialog, "problems");
    REQUIRE(problems->rowCount() == 1);
    CHECK(problems->item(0, 0)->text() == QStringLiteral("4"));
    CHECK(problems->item(0, 1)->text() == QStringLiteral("班级"));
    CHECK(problems->item(0, 2)->text() == QStringLiteral("七(1)班"));
    CHECK(problems->item(0, 3)->text().contains(QStringLiteral("张无名")));

    // All or nothing (the default) with a bad row: Import is off, nothing is written.
    auto *import = child<QPushButton>(&dialog, "import");
    CHECK(child<QRadioButton>(&dialog, "allOrNothing")->isChecked());
    CHECK_FALSE(import->isEnabled());
    const QString before = databaseContents(path);
    import->click();
    CHECK(databaseContents(path) == before);

    child<QRadioButton>(&dialog, "validOnly")->click();
    REQUIRE(import->isEnabled());
    import->click();
    REQUIRE(waitUntil([&] { return !dialog.isBusy(); }));
    INFO(dialog.lastMessage().toStdString());
    CHECK(dialog.lastMessage().contains(QStringLiteral("Imported: 2 visit(s), 1 row(s)")));
    CHECK(dialog.importedSomething());
    CHECK_FALSE(import->isEnabled()); // the plan is spent
    CHECK(visitsOf(longXiaoyu) == 1);
    CHECK(visitsOf(wangFang) == 1);
}

TEST_CASE_METHOD(
    Fixture, "a class teacher importing a sheet sees the rows outside their classes refused by name", "[ui][visitimport]")
{
    school.db().setAccess(
        Access::forAccount(QStringLiteral("wang"), AccountRole::ClassTeacher, { ClassRef { 7, QStringLiteral("1班") } }, {}));
    ui::VisitImportDialog dialog(school);
    dialog.show();
    chooseAndCheck(dialog, sheet);
    CHECK(column(child<QTableWidget>(&dialog, "preview"), 2) == QStringList { QStringLiteral("龙小雨") });
    const auto *problems = child<QTableWidget>(&dialog, "problems");
    const QStringList reasons = column(problems, 3);
    REQUIRE(column(problems, 0).contains(QStringLiteral("3")));
    const QString refused = reasons.at(column(problems, 0).indexOf(QStringLiteral("3")));
    CHECK(refused.contains(QStringLiteral("王芳")));
    CHECK(refused.contains(QStringLiteral("not a student of your classes")));

    dialog.setSkipInvalid(true);
    REQUIRE(dialog.isImportEnabled());
    dialog.startImport();
    REQUIRE(waitUntil([&] { return !dialog.isBusy(); }));
    CHECK(dialog.lastMessage().contains(QStringLiteral("Imported: 1 visit(s)")));
    school.db().setAccess(Access::system());
    CHECK(visitsOf(longXiaoyu) == 1);
    CHECK(visitsOf(wangFang) == 0);
}

TEST_CASE("the File menu offers the visit import to the roles that record visits", "[ui][visitimport]")
{
    const auto entries = ui::fileMenuActions();
    const auto it = std::find_if(
        entries.cbegin(), entries.cend(), [](const ui::FileMenuAction &a) { return a.objectName == u"importVisits"; });
    REQUIRE(it != entries.cend());
    CHECK(it->roles == ui::RoleSet { AccountRole::Counsellor, AccountRole::ClassTeacher });
}
