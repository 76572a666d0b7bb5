// Activities and training (活动与培训) in the GUI on real encrypted databases: an activity recorded
// through the dialog shows in the list and the counts per kind; a refused one keeps the dialog
// open and writes nothing; the period selector (current term, this school year); in May a new
// activity starts as a 5·25 one; a head reads without the write buttons; the rooms and staff
// editor saves a room's area and equipment and sums up staff and rooms. Plus [.screenshot]
// pictures of the page and the dialog.
#include "uitestsupport.h"

#include "activities/activitiespage.h"
#include "activities/activitydialog.h"
#include "office/officedialog.h"
#include "testsupport.h"

#include "repo/activityrepository.h"
#include "repo/officerepository.h"
#include "services/demodata.h"
#include "services/schoolfile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace xinan;
using namespace xinan::test;

namespace {

const char *const HeadPassword = "violet harbour lantern 47";

struct Fixture
{
    clock::testing::FixedClock fixed { testNow() }; // Mon 2026-11-16 10:00, autumn term 2026-2027-1
    TempDir dir;
    QString path = dir.path(QStringLiteral("a.xinan"));
    SchoolFile school = [this] {
        createSchool(path);
        return SchoolFile::unlockWithPassword(path, QStringLiteral("wang"), secret("correct horse 1"));
    }();
    ActivityRepository activities() { return ActivityRepository(school.db(), QStringLiteral("wang")); }
    qint64 add(const QDate &day, ActivityKind kind, int attendance)
    {
        Activity a;
        a.heldOn = day;
        a.kind = kind;
        a.title = QStringLiteral("心理委员培训");
        a.audience = QStringLiteral("各班心理委员");
        a.attendance = attendance;
        a.organiser = QStringLiteral("心理辅导室");
        return activities().add(a);
    }
};

int tileCount(const QWidget *page, const QString &code)
{
    const auto *tile = page->findChild<QLabel *>(QStringLiteral("activityCount_") + code);
    REQUIRE(tile != nullptr);
    const QString text = tile->text();
    const int start = text.indexOf(QStringLiteral("<b>")) + 3;
    return text.mid(start, text.indexOf(QStringLiteral("</b>")) - start).toInt();
}

int countOf(const QList<ActivityKindCount> &counts, ActivityKind kind)
{
    for (const ActivityKindCount &c : counts)
        if (c.kind == kind)
            return c.activities;
    return -1;
}

} // namespace

TEST_CASE_METHOD(Fixture, "an activity recorded through the dialog shows in the list and the counts", "[activities][ui]")
{
    RecordedMessages boxes;
    add(QDate(2026, 9, 12), ActivityKind::MonitorTraining, 42);
    add(QDate(2026, 5, 25), ActivityKind::Month525, 520); // last school year
    ui::ActivitiesPage page(school);
    page.resize(1366, 768);
    page.show();
    QSignalSpy changed(&page, &ui::ModulePage::changed);
    CHECK(page.periodKey() == QStringLiteral("term:2026-2027-1"));
    CHECK(page.periodFrom() == QDate(2026, 9, 1));
    CHECK(page.periodTo() == QDate(2027, 1, 31));
    auto *list = child<QTreeWidget>(&page, "activityList");
    CHECK(list->topLevelItemCount() == 1);
    CHECK(tileCount(&page, QStringLiteral("monitor_training")) == 1);
    CHECK(tileCount(&page, QStringLiteral("month_525")) == 0);
    CHECK(tileCount(&page, QStringLiteral("total")) == 1);
    CHECK(child<QPushButton>(&page, "newActivity")->isVisible());

    ui::ActivityDialog *dialog = page.newActivity();
    REQUIRE(dialog != nullptr);
    // November: the kind is to be chosen; Save without one is refused in the dialog.
    auto *kind = child<QComboBox>(dialog, "activityKind");
    CHECK(kind->currentIndex() == -1);
    child<QLineEdit>(dialog, "activityTitle")->setText(QStringLiteral("家长学校：如何与青春期孩子沟通"));
    const QString before = databaseContents(path);
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(dialog, "activityError")->text().contains(QStringLiteral("Kind")));
    kind->setCurrentIndex(kind->findData(static_cast<int>(ActivityKind::ParentSchool)));
    child<QLineEdit>(dialog, "activityTitle")->setText(QStringLiteral("   "));
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(dialog, "activityError")->text().contains(QStringLiteral("Title")));
    CHECK(databaseContents(path) == before);

    child<QDateEdit>(dialog, "activityDate")->setDate(QDate(2026, 10, 25));
    child<QLineEdit>(dialog, "activityTitle")->setText(QStringLiteral("家长学校：如何与青春期孩子沟通"));
    child<QLineEdit>(dialog, "activityAudience")->setText(QStringLiteral("八年级家长"));
    child<QSpinBox>(dialog, "activityAttendance")->setValue(180);
    child<QLineEdit>(dialog, "activityOrganiser")->setText(QStringLiteral("德育处"));
    CHECK(child<QLineEdit>(dialog, "activityAudience")->placeholderText().contains(QStringLiteral("name")));
    dialog->accept();
    QTest::qWait(20);
    CHECK(changed.count() == 1);
    const QList<Activity> stored = activities().activities(QDate(2026, 10, 25), QDate(2026, 10, 25));
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().kind == ActivityKind::ParentSchool);
    CHECK(stored.first().attendance == 180);
    CHECK(stored.first().audience == QStringLiteral("八年级家长"));
    REQUIRE(list->topLevelItemCount() == 2);
    CHECK(list->topLevelItem(0)->text(0) == QStringLiteral("2026-10-25")); // newest first
    CHECK(list->topLevelItem(0)->text(2) == QStringLiteral("家长学校：如何与青春期孩子沟通"));
    CHECK(list->topLevelItem(0)->text(4) == QStringLiteral("180"));
    CHECK(list->currentItem() == list->topLevelItem(0));
    CHECK(tileCount(&page, QStringLiteral("parent_school")) == 1);
    CHECK(tileCount(&page, QStringLiteral("total")) == 2);
    CHECK(countOf(page.counts(), ActivityKind::ParentSchool) == 1);

    // Edit: the dialog opens on the stored values; a change shows in the list.
    ui::ActivityDialog *edit = page.editSelected();
    REQUIRE(edit != nullptr);
    CHECK(child<QSpinBox>(edit, "activityAttendance")->value() == 180);
    child<QSpinBox>(edit, "activityAttendance")->setValue(175);
    edit->accept();
    QTest::qWait(20);
    CHECK(list->topLevelItem(0)->text(4) == QStringLiteral("175"));

    // This school year (from September) has no 5·25 activity yet; last school year has one.
    REQUIRE(page.setPeriod(QStringLiteral("year:2026")));
    CHECK(page.periodFrom() == QDate(2026, 9, 1));
    CHECK(page.periodTo() == QDate(2027, 8, 31));
    CHECK(tileCount(&page, QStringLiteral("month_525")) == 0);
    REQUIRE(page.setPeriod(QStringLiteral("year:2025")));
    CHECK(tileCount(&page, QStringLiteral("month_525")) == 1);
    CHECK(list->topLevelItemCount() == 1);
    REQUIRE(page.setPeriod(QStringLiteral("term:2025-2026-2")));
    CHECK(tileCount(&page, QStringLiteral("month_525")) == 1);
    REQUIRE(page.setPeriod(QStringLiteral("term:2026-2027-1")));
    page.setKindFilter(ActivityKind::MonitorTraining);
    CHECK(list->topLevelItemCount() == 1);
    CHECK(tileCount(&page, QStringLiteral("total")) == 2); // the counts stay the period's
    page.setKindFilter(std::nullopt);
    CHECK(list->topLevelItemCount() == 2);

    // Delete after asking.
    REQUIRE(page.selectActivity(stored.first().id));
    ui::testing::setNextAnswer(true);
    CHECK(page.deleteSelected());
    CHECK(activities().activities({}, {}).size() == 2);
    CHECK(tileCount(&page, QStringLiteral("parent_school")) == 0);
}

TEST_CASE("in May a new activity starts as a 5·25 mental health month activity", "[activities][ui]")
{
    clock::testing::FixedClock fixed(QDateTime(QDate(2027, 5, 10), QTime(9, 0)));
    TempDir dir;
    const QString path = dir.path(QStringLiteral("may.xinan"));
    createSchool(path);
    SchoolFile school = SchoolFile::unlockWithPassword(path, QStringLiteral("wang"), secret("correct horse 1"));
    ui::ActivitiesPage page(school);
    CHECK(page.periodKey() == QStringLiteral("term:2026-2027-2"));
    ui::ActivityDialog *dialog = page.newActivity();
    REQUIRE(dialog != nullptr);
    CHECK(child<QComboBox>(dialog, "activityKind")->currentData().toInt() == static_cast<int>(ActivityKind::Month525));
    child<QLineEdit>(dialog, "activityTitle")->setText(QStringLiteral("5·25心理健康教育月启动仪式"));
    dialog->accept();
    CHECK(ActivityRepository(school.db(), school.user()).activities({}, {}).first().kind == ActivityKind::Month525);
    CHECK(tileCount(&page, QStringLiteral("month_525")) == 1);
}

TEST_CASE_METHOD(Fixture, "a head reads the activities without the write buttons", "[activities][ui][roles]")
{
    add(QDate(2026, 11, 8), ActivityKind::TeacherTraining, 36);
    school.addUser(QStringLiteral("zhang"), secret(HeadPassword), AccountRole::Head);
    SchoolFile head = SchoolFile::unlockWithPassword(path, QStringLiteral("zhang"), secret(HeadPassword));
    ui::ActivitiesPage page(head);
    page.resize(1366, 768);
    page.show();
    auto *list = child<QTreeWidget>(&page, "activityList");
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(1) == activityKindName(ActivityKind::TeacherTraining));
    CHECK(tileCount(&page, QStringLiteral("teacher_training")) == 1);
    CHECK_FALSE(child<QPushButton>(&page, "newActivity")->isVisible());
    CHECK_FALSE(child<QPushButton>(&page, "editActivity")->isVisible());
    CHECK_FALSE(child<QPushButton>(&page, "deleteActivity")->isVisible());
    CHECK(page.newActivity() == nullptr);
    list->setCurrentItem(list->topLevelItem(0));
    CHECK(page.editSelected() == nullptr);
    CHECK_FALSE(page.deleteSelected());
    CHECK(ActivityRepository(school.db(), school.user()).activities({}, {}).size() == 1);
}

TEST_CASE("the rooms and staff editor saves a room's area and equipment and sums up the office", "[activities][ui][office]")
{
    clock::testing::FixedClock fixed(testNow());
    TempDir dir;
    const QString path = dir.path(QStringLiteral("office.xinan"));
    createSchool(path);
    SchoolFile school = SchoolFile::unlockWithPassword(path, QStringLiteral("wang"), secret("correct horse 1"));
    OfficeRepository office(school.db(), school.user());
    office.addStaff({ 0, QStringLiteral("罗敏"), StaffKind::FullTime, {}, {}, true });
    office.addStaff({ 0, QStringLiteral("杨雪"), StaffKind::PartTime, {}, {}, true });
    office.addStaff({ 0, QStringLiteral("吴海燕"), StaffKind::PartTime, {}, {}, true });
    ui::OfficeDialog dialog(school);
    dialog.show();
    auto *summary = child<QLabel>(&dialog, "officeSummary");
    CHECK(
        summary->text() == QStringLiteral("Full-time counselling teachers: 1, part-time: 2. Counselling rooms: 0, 0 m² in all."));
    auto *rooms = child<QTableWidget>(&dialog, "rooms");
    auto *error = child<QLabel>(&dialog, "roomError");
    child<QLineEdit>(&dialog, "roomName")->setText(QStringLiteral("心理辅导室"));
    auto *area = child<QLineEdit>(&dialog, "roomArea");
    auto *equipment = child<QLineEdit>(&dialog, "roomEquipment");

    // Not a number, or 0: refused in the tab, nothing written.
    const QString before = databaseContents(path);
    area->setText(QStringLiteral("二十八"));
    child<QPushButton>(&dialog, "addRoom")->click();
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("Area (m²)")));
    area->setText(QStringLiteral("0"));
    child<QPushButton>(&dialog, "addRoom")->click();
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("\"Area\"")));
    CHECK(databaseContents(path) == before);

    area->setText(QStringLiteral("28.5 m²"));
    equipment->setText(QStringLiteral("放松椅, 沙发, 宣泄设备"));
    child<QPushButton>(&dialog, "addRoom")->click();
    CHECK_FALSE(error->isVisible());
    QList<Room> stored = office.rooms(true);
    REQUIRE(stored.size() == 1);
    REQUIRE(stored.first().areaM2.has_value());
    CHECK(*stored.first().areaM2 == 28.5);
    CHECK(stored.first().equipment == QStringLiteral("放松椅, 沙发, 宣泄设备"));
    REQUIRE(rooms->rowCount() == 1);
    CHECK(rooms->item(0, 2)->text() == QStringLiteral("28.5"));
    CHECK(rooms->item(0, 3)->text() == QStringLiteral("放松椅, 沙发, 宣泄设备"));
    CHECK(summary->text().contains(QStringLiteral("Counselling rooms: 1, 28.5 m² in all")));

    // A second room without an area; then the first one's area is changed and saved.
    child<QLineEdit>(&dialog, "roomName")->setText(QStringLiteral("沙盘室"));
    area->clear();
    equipment->setText(QStringLiteral("沙盘, 沙具"));
    child<QPushButton>(&dialog, "addRoom")->click();
    CHECK_FALSE(error->isVisible());
    CHECK(summary->text().contains(QStringLiteral("Counselling rooms: 2, 28.5 m² in all. (1 room(s) without an area)")));
    for (int row = 0; row < rooms->rowCount(); ++row)
        if (rooms->item(row, 0)->text() == QStringLiteral("心理辅导室"))
            rooms->selectRow(row);
    CHECK(area->text() == QStringLiteral("28.5"));
    CHECK(equipment->text() == QStringLiteral("放松椅, 沙发, 宣泄设备"));
    area->setText(QStringLiteral("30"));
    child<QPushButton>(&dialog, "saveRoom")->click();
    CHECK_FALSE(error->isVisible());
    stored = office.rooms(true);
    for (const Room &r : stored)
        if (r.name == QStringLiteral("心理辅导室"))
            CHECK(*r.areaM2 == 30);
    CHECK(summary->text().contains(QStringLiteral("Counselling rooms: 2, 30 m² in all")));

    // Staff: the post shows as 专职 / 兼职 and a change shows in the summary.
    dialog.showTab(ui::OfficeDialog::StaffTab);
    auto *staff = child<QTableWidget>(&dialog, "staff");
    int yang = -1;
    for (int row = 0; row < staff->rowCount(); ++row)
        if (staff->item(row, 0)->text() == QStringLiteral("杨雪"))
            yang = row;
    REQUIRE(yang >= 0);
    CHECK(staff->item(yang, 1)->text() == staffKindName(StaffKind::PartTime));
    staff->selectRow(yang);
    auto *post = child<QComboBox>(&dialog, "staffKind");
    post->setCurrentIndex(post->findData(static_cast<int>(StaffKind::FullTime)));
    child<QPushButton>(&dialog, "saveStaff")->click();
    CHECK(summary->text().startsWith(QStringLiteral("Full-time counselling teachers: 2, part-time: 1.")));
}

TEST_CASE("screenshots of the activities page and dialog", "[.screenshot]")
{
    prepareScreenshots();
    clock::testing::FixedClock fixed(testNow());
    TempDir dir;
    const QString db = dir.path(QStringLiteral("demo.xinan"));
    createDemoDatabase(db, QStringLiteral("demo"), secret("demo lanterns by the river"), { 600, 2026 });
    SchoolFile school = SchoolFile::unlockWithPassword(db, QStringLiteral("demo"), secret("demo lanterns by the river"));
    ui::ActivitiesPage page(school);
    page.resize(1366, 768);
    page.show();
    saveScreenshot(page, QStringLiteral("activities-page.png"));
    REQUIRE(page.setPeriod(QStringLiteral("year:2025")));
    saveScreenshot(page, QStringLiteral("activities-page-year.png"));
    auto *list = child<QTreeWidget>(&page, "activityList");
    REQUIRE(list->topLevelItemCount() > 0);
    list->setCurrentItem(list->topLevelItem(0));
    ui::ActivityDialog *dialog = page.editSelected();
    REQUIRE(dialog != nullptr);
    saveScreenshot(*dialog, QStringLiteral("activities-dialog.png"));
    dialog->close();
    ui::ActivityDialog *fresh = page.newActivity();
    saveScreenshot(*fresh, QStringLiteral("activities-dialog-new.png"));
    fresh->close();
    ui::OfficeDialog office(school);
    office.resize(940, 560);
    office.show();
    saveScreenshot(office, QStringLiteral("office-settings-rooms-area.png"));
}
