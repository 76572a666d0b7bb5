// The roster import dialog: detection and preview, the column mapping, the report of every
// problem, all-or-nothing versus valid rows only, and Cancel writing nothing.
#include "uitestsupport.h"

#include "import/importdialog.h"
#include "import/importreportview.h"
#include "import/rostermappingview.h"
#include "testsupport.h"

#include "repo/studentrepository.h"
#include "services/schoolfile.h"

#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>

using namespace xinan;
using namespace xinan::test;

namespace {

const QByteArray Header = "学籍号,姓名,性别,出生日期,年级,班级\n";

SchoolFile openSample(const QString &db)
{
    createSchool(db);
    return SchoolFile::unlockWithPassword(db, QStringLiteral("wang"), secret("correct horse 1"));
}

int studentCount(SchoolFile &school)
{
    return StudentRepository(school.db(), QStringLiteral("wang")).counts().total;
}

void openAndCheck(ui::ImportDialog &dialog, const QString &csv)
{
    dialog.openFile(csv);
    REQUIRE(waitUntil([&] { return !dialog.isBusy(); }));
    INFO(dialog.lastMessage().toStdString());
    REQUIRE(dialog.hasTable());
    dialog.check();
    REQUIRE(waitUntil([&] { return !dialog.isBusy(); }));
    INFO(dialog.lastMessage().toStdString());
    REQUIRE(dialog.hasPlan());
}

} // namespace

TEST_CASE("a roster with a bad row is reported row by row, and all or nothing writes nothing", "[ui][import]")
{
    clock::testing::FixedClock fixedClock { testNow() }; // the rosters' 2013 birth dates stay plausible
    TempDir dir;
    SchoolFile school = openSample(dir.path(QStringLiteral("school.xinan")));
    const QString csv = dir.path(QStringLiteral("名单.csv"));
    writeBytes(csv,
        Header
            + "G520100001,龙小雨,女,2013-05-01,7,1班\n"
              "G520100002,吴大山,男,2013-13-01,7,1班\n"
              "G520100003,杨花,女,2012-11-20,8,2班\n");

    ui::ImportDialog dialog(school);
    dialog.show();
    dialog.openFile(csv);
    REQUIRE(waitUntil([&] { return !dialog.isBusy(); }));
    REQUIRE(dialog.hasTable());
    const QString detected = child<QLabel>(&dialog, "detected")->text();
    CHECK(detected.contains(QStringLiteral("UTF-8")));
    CHECK(detected.contains(QStringLiteral("名单.csv")));
    auto *preview = child<QTableWidget>(&dialog, "preview");
    CHECK(preview->rowCount() == 3);
    CHECK(preview->item(0, 1)->text() == QStringLiteral("龙小雨"));
    const QMap<int, RosterField> mapping = dialog.mappingView()->mapping();
    CHECK(mapping.value(0) == RosterField::StudentNo);
    CHECK(mapping.value(1) == RosterField::Name);
    CHECK(mapping.value(3) == RosterField::BirthDate);

    dialog.check();
    REQUIRE(waitUntil([&] { return !dialog.isBusy(); }));
    REQUIRE(dialog.hasPlan());
    CHECK(child<QLabel>(&dialog, "toAdd")->text() == QStringLiteral("2"));
    CHECK(child<QLabel>(&dialog, "invalidRows")->text() == QStringLiteral("1"));
    auto *problems = child<QTableWidget>(&dialog, "problems");
    REQUIRE(problems->rowCount() >= 1);
    CHECK(problems->item(0, 0)->text() == QStringLiteral("3"));
    CHECK(problems->item(0, 1)->text() == QStringLiteral("出生日期"));
    CHECK(problems->item(0, 2)->text() == QStringLiteral("2013-13-01"));
    CHECK_FALSE(problems->item(0, 3)->text().isEmpty());

    SECTION("all or nothing (the default) imports nothing")
    {
        CHECK(child<QRadioButton>(&dialog, "allOrNothing")->isChecked());
        CHECK_FALSE(dialog.isImportEnabled());
        dialog.startImport();
        REQUIRE(waitUntil([&] { return !dialog.isBusy(); }));
        CHECK(dialog.lastMessage().contains(QStringLiteral("Nothing was written")));
        CHECK(studentCount(school) == 0);
        CHECK_FALSE(dialog.importedSomething());
    }
    SECTION("valid rows only imports the two good rows")
    {
        child<QRadioButton>(&dialog, "validRowsOnly")->setChecked(true);
        REQUIRE(dialog.isImportEnabled());
        child<QPushButton>(&dialog, "import")->click();
        REQUIRE(waitUntil([&] { return !dialog.isBusy(); }));
        INFO(dialog.lastMessage().toStdString());
        CHECK(studentCount(school) == 2);
        CHECK(dialog.importedSomething());
        StudentRepository students(school.db(), QStringLiteral("wang"));
        CHECK(students.findByStudentNo(QStringLiteral("G520100003")).has_value());
        CHECK_FALSE(students.findByStudentNo(QStringLiteral("G520100002")).has_value());
        CHECK_FALSE(dialog.isImportEnabled());
    }
}

TEST_CASE("the mapping needs the student number and the name", "[ui][import]")
{
    clock::testing::FixedClock fixedClock { testNow() }; // the rosters' 2013 birth dates stay plausible
    TempDir dir;
    SchoolFile school = openSample(dir.path(QStringLiteral("school.xinan")));
    const QString csv = dir.path(QStringLiteral("list.csv"));
    writeBytes(csv, Header + "G520100001,龙小雨,女,2013-05-01,7,1班\n");
    ui::ImportDialog dialog(school);
    dialog.openFile(csv);
    REQUIRE(waitUntil([&] { return !dialog.isBusy(); }));
    dialog.mappingView()->setField(1, RosterField::Ignore);
    dialog.check();
    CHECK_FALSE(dialog.isBusy());
    CHECK_FALSE(dialog.hasPlan());
    CHECK(dialog.lastMessage().contains(rosterFieldName(RosterField::Name)));
}

TEST_CASE("Cancel during the import writes nothing and says so", "[ui][import]")
{
    clock::testing::FixedClock fixedClock { testNow() }; // the rosters' 2013 birth dates stay plausible
    TempDir dir;
    SchoolFile school = openSample(dir.path(QStringLiteral("school.xinan")));
    const QString csv = dir.path(QStringLiteral("big.csv"));
    QByteArray rows = Header;
    for (int i = 0; i < 3000; ++i)
        rows += QStringLiteral("G52%1,学生%2,男,2013-05-01,7,%3班\n")
                    .arg(i, 8, 10, QLatin1Char('0'))
                    .arg(i)
                    .arg(i % 9 + 1)
                    .toUtf8();
    writeBytes(csv, rows);

    ui::ImportDialog dialog(school);
    dialog.show();
    openAndCheck(dialog, csv);
    REQUIRE(dialog.isImportEnabled());
    dialog.startImport();
    auto *cancel = child<QPushButton>(&dialog, "close");
    CHECK(cancel->text() == QStringLiteral("Cancel import"));
    cancel->click();
    REQUIRE(waitUntil([&] { return !dialog.isBusy(); }));
    CHECK(dialog.lastMessage().contains(QStringLiteral("cancelled")));
    CHECK(studentCount(school) == 0);
    CHECK_FALSE(dialog.importedSomething());
}
