// Counselling rooms, staff and account roles (File → Counselling rooms and staff…): adding and
// changing rooms and staff writes the database, bad input shows in the tab, the last counselling
// teacher keeps the role.
#include "uitestsupport.h"

#include "office/officedialog.h"
#include "testsupport.h"

#include "repo/officerepository.h"
#include "repo/schoolrepository.h"
#include "services/demodata.h"
#include "services/schoolfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace xinan;
using namespace xinan::test;

namespace {

SchoolFile openSample(const QString &db)
{
    createSchool(db);
    return SchoolFile::unlockWithPassword(db, QStringLiteral("wang"), secret("correct horse 1"));
}

int rowOf(QTableWidget *table, const QString &text)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text().startsWith(text))
            return row;
    return -1;
}

} // namespace

TEST_CASE("rooms are added, renamed and taken out of use from the dialog", "[ui][office]")
{
    TempDir dir;
    SchoolFile school = openSample(dir.path(QStringLiteral("school.xinan")));
    ui::OfficeDialog dialog(school);
    dialog.show();
    auto *name = child<QLineEdit>(&dialog, "roomName");
    auto *kind = child<QComboBox>(&dialog, "roomKind");
    auto *error = child<QLabel>(&dialog, "roomError");
    auto *rooms = child<QTableWidget>(&dialog, "rooms");
    CHECK(rooms->rowCount() == 0);

    SECTION("an empty name is refused in the tab and nothing is written")
    {
        name->setText(QStringLiteral("   "));
        child<QPushButton>(&dialog, "addRoom")->click();
        CHECK(error->isVisible());
        CHECK(error->text().contains(QStringLiteral("name")));
        CHECK(OfficeRepository(school.db(), school.user()).rooms(true).isEmpty());
        CHECK(!dialog.changedSomething());
    }

    SECTION("a sand-play room is added, then renamed and taken out of use")
    {
        name->setText(QStringLiteral("沙盘室"));
        kind->setCurrentIndex(kind->findData(static_cast<int>(RoomKind::Sandplay)));
        child<QPushButton>(&dialog, "addRoom")->click();
        CHECK(!error->isVisible());
        QList<Room> stored = OfficeRepository(school.db(), school.user()).rooms(true);
        REQUIRE(stored.size() == 1);
        CHECK(stored.first().name == QStringLiteral("沙盘室"));
        CHECK(stored.first().kind == RoomKind::Sandplay);
        CHECK(stored.first().active);
        REQUIRE(rooms->rowCount() == 1);
        CHECK(rooms->item(0, 1)->text() == roomKindName(RoomKind::Sandplay));
        CHECK(dialog.changedSomething());

        // A second room of the same name is refused.
        child<QPushButton>(&dialog, "addRoom")->click();
        CHECK(error->isVisible());
        CHECK(OfficeRepository(school.db(), school.user()).rooms(true).size() == 1);

        rooms->selectRow(0);
        name->setText(QStringLiteral("沙盘游戏室"));
        child<QCheckBox>(&dialog, "roomActive")->setChecked(false);
        child<QPushButton>(&dialog, "saveRoom")->click();
        CHECK(!error->isVisible());
        stored = OfficeRepository(school.db(), school.user()).rooms(true);
        REQUIRE(stored.size() == 1);
        CHECK(stored.first().name == QStringLiteral("沙盘游戏室"));
        CHECK(!stored.first().active);
        CHECK(OfficeRepository(school.db(), school.user()).rooms().isEmpty());
        CHECK(rooms->item(0, 0)->text() == QStringLiteral("沙盘游戏室"));
    }
}

TEST_CASE("staff members are added with their account, and errors stay in the tab", "[ui][office]")
{
    TempDir dir;
    SchoolFile school = openSample(dir.path(QStringLiteral("school.xinan")));
    ui::OfficeDialog dialog(school);
    dialog.show();
    dialog.showTab(ui::OfficeDialog::StaffTab);
    auto *name = child<QLineEdit>(&dialog, "staffName");
    auto *kind = child<QComboBox>(&dialog, "staffKind");
    auto *account = child<QComboBox>(&dialog, "staffAccount");
    auto *error = child<QLabel>(&dialog, "staffError");
    auto *staff = child<QTableWidget>(&dialog, "staff");

    // An empty name is refused.
    child<QPushButton>(&dialog, "addStaff")->click();
    CHECK(error->isVisible());
    CHECK(OfficeRepository(school.db(), school.user()).staff(true).isEmpty());

    name->setText(QStringLiteral("罗敏"));
    kind->setCurrentIndex(kind->findData(static_cast<int>(StaffKind::FullTime)));
    child<QLineEdit>(&dialog, "staffContact")->setText(QStringLiteral("10012345678"));
    REQUIRE(account->findData(QStringLiteral("wang")) >= 0);
    account->setCurrentIndex(account->findData(QStringLiteral("wang")));
    child<QPushButton>(&dialog, "addStaff")->click();
    CHECK(!error->isVisible());
    const auto mine = OfficeRepository(school.db(), school.user()).staffForAccount(QStringLiteral("wang"));
    REQUIRE(mine);
    CHECK(mine->name == QStringLiteral("罗敏"));
    CHECK(mine->kind == StaffKind::FullTime);
    CHECK(mine->contact == QStringLiteral("10012345678"));

    // A second person cannot take the same account: the core's message shows.
    name->setText(QStringLiteral("杨雪"));
    kind->setCurrentIndex(kind->findData(static_cast<int>(StaffKind::PartTime)));
    account->setCurrentIndex(account->findData(QStringLiteral("wang")));
    child<QPushButton>(&dialog, "addStaff")->click();
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("罗敏")));
    CHECK(OfficeRepository(school.db(), school.user()).staff(true).size() == 1);

    // Without an account the part-time teacher is added.
    account->setCurrentIndex(0);
    child<QPushButton>(&dialog, "addStaff")->click();
    CHECK(!error->isVisible());
    const QList<StaffMember> all = OfficeRepository(school.db(), school.user()).staff(true);
    REQUIRE(all.size() == 2);
    const int row = rowOf(staff, QStringLiteral("杨雪"));
    REQUIRE(row >= 0);
    CHECK(staff->item(row, 1)->text() == staffKindName(StaffKind::PartTime));
    CHECK(staff->item(row, 3)->text().isEmpty());

    // Leaving: taken out of service, not deleted.
    staff->selectRow(row);
    CHECK(name->text() == QStringLiteral("杨雪"));
    child<QCheckBox>(&dialog, "staffActive")->setChecked(false);
    child<QPushButton>(&dialog, "saveStaff")->click();
    CHECK(!error->isVisible());
    CHECK(OfficeRepository(school.db(), school.user()).staff().size() == 1);
    CHECK(OfficeRepository(school.db(), school.user()).staff(true).size() == 2);
}

TEST_CASE("roles change from the dialog, the last counselling teacher keeps the role", "[ui][office]")
{
    TempDir dir;
    SchoolFile school = openSample(dir.path(QStringLiteral("school.xinan")));
    SchoolRepository(school.db(), school.user()).addAccount(QStringLiteral("zhao"), AccountRole::Counsellor);
    ui::OfficeDialog dialog(school);
    dialog.show();
    dialog.showTab(ui::OfficeDialog::AccountsTab);
    auto *accounts = child<QTableWidget>(&dialog, "accounts");
    auto *role = child<QComboBox>(&dialog, "accountRole");
    auto *error = child<QLabel>(&dialog, "roleError");
    CHECK(child<QLabel>(&dialog, "roleExplanation")->text().contains(QStringLiteral("心理教师")));
    REQUIRE(accounts->rowCount() == 2);

    // zhao becomes the head.
    const int zhao = rowOf(accounts, QStringLiteral("zhao"));
    REQUIRE(zhao >= 0);
    accounts->selectRow(zhao);
    role->setCurrentIndex(role->findData(static_cast<int>(AccountRole::Head)));
    child<QPushButton>(&dialog, "saveRole")->click();
    CHECK(!error->isVisible());
    CHECK(accountRole(school.db(), QStringLiteral("zhao")) == AccountRole::Head);
    CHECK(accounts->item(rowOf(accounts, QStringLiteral("zhao")), 1)->text() == accountRoleName(AccountRole::Head));

    // wang is now the only counselling teacher: refused with the core's message, nothing written.
    const int wang = rowOf(accounts, QStringLiteral("wang"));
    REQUIRE(wang >= 0);
    accounts->selectRow(wang);
    role->setCurrentIndex(role->findData(static_cast<int>(AccountRole::Admin)));
    child<QPushButton>(&dialog, "saveRole")->click();
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("wang")));
    CHECK(accountRole(school.db(), QStringLiteral("wang")) == AccountRole::Counsellor);
    CHECK(role->currentData().toInt() == static_cast<int>(AccountRole::Counsellor));
}

TEST_CASE("screenshot of the rooms and staff editor", "[.screenshot]")
{
    prepareScreenshots();
    TempDir dir;
    const QString db = dir.path(QStringLiteral("demo.xinan"));
    createDemoDatabase(db, QStringLiteral("demo"), secret("demo lanterns by the river"), { 600, 2026 });
    SchoolFile school = SchoolFile::unlockWithPassword(db, QStringLiteral("demo"), secret("demo lanterns by the river"));
    ui::OfficeDialog dialog(school);
    dialog.resize(940, 560);
    dialog.show();
    saveScreenshot(dialog, QStringLiteral("office-settings.png"));
    dialog.showTab(ui::OfficeDialog::StaffTab);
    child<QTableWidget>(&dialog, "staff")->selectRow(0);
    saveScreenshot(dialog, QStringLiteral("office-settings-staff.png"));
    dialog.showTab(ui::OfficeDialog::AccountsTab);
    saveScreenshot(dialog, QStringLiteral("office-settings-roles.png"));
}
