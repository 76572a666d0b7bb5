// Settings → 账户 on a real school file: who sees the section, adding an account with the
// strength bar, changing a role, resetting a password, disabling and removing after a
// confirmation naming the account; and the class grid's account link for class teachers.
#include "uitestsupport.h"

#include "common/passwordstrength.h"
#include "grid/griddialog.h"
#include "settings/accountssection.h"
#include "settings/settingsdialog.h"
#include "testsupport.h"

#include "repo/accountrepository.h"
#include "repo/gridrepository.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace xinan;
using namespace xinan::test;

namespace {

const char *const AdminPassword = "paper lanterns by the river";
const char *const TeacherPassword = "blue kite over field";

struct School
{
    clock::testing::FixedClock fixedClock { testNow() };
    TempDir dir;
    QString path = dir.path(QStringLiteral("a.xinan"));
    SchoolFile wang = [this] {
        createSchool(path);
        SchoolFile school = SchoolFile::unlockWithPassword(path, QStringLiteral("wang"), secret("correct horse 1"));
        school.addUser(QStringLiteral("xu"), secret(AdminPassword), AccountRole::Admin);
        school.addUser(QStringLiteral("zhou"), secret(TeacherPassword), AccountRole::ClassTeacher);
        return school;
    }();

    std::optional<AccountInfo> account(const QString &user)
    {
        return AccountRepository(wang.db(), QStringLiteral("wang")).find(user);
    }
};

QStringList column(QTableWidget *table, int col)
{
    QStringList out;
    for (int row = 0; row < table->rowCount(); ++row)
        out << table->item(row, col)->text();
    return out;
}

bool hasTab(ui::SettingsDialog &dialog, const QString &title)
{
    auto *tabs = child<QTabWidget>(&dialog, "tabs");
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabText(i) == title)
            return true;
    return false;
}

ui::AccountDialog *fill(
    ui::AccountDialog *dialog, const QString &name, AccountRole role, const QString &password, const QString &repeat)
{
    REQUIRE(dialog);
    if (!name.isEmpty())
        child<QLineEdit>(dialog, "accountName")->setText(name);
    auto *roles = child<QComboBox>(dialog, "accountRole");
    roles->setCurrentIndex(roles->findData(static_cast<int>(role)));
    child<QLineEdit>(dialog, "newPassword")->setText(password);
    child<QLineEdit>(dialog, "repeatPassword")->setText(repeat);
    return dialog;
}

} // namespace

TEST_CASE("the accounts section is shown to counsellors and administrators only", "[ui][accounts]")
{
    School s;
    {
        ui::SettingsDialog dialog(s.wang);
        CHECK(hasTab(dialog, QStringLiteral("Accounts")));
    }
    {
        SchoolFile xu = SchoolFile::unlockWithPassword(s.path, QStringLiteral("xu"), secret(AdminPassword));
        ui::SettingsDialog dialog(xu);
        CHECK(hasTab(dialog, QStringLiteral("Accounts")));
    }
    {
        SchoolFile zhou = SchoolFile::unlockWithPassword(s.path, QStringLiteral("zhou"), secret(TeacherPassword));
        ui::SettingsDialog dialog(zhou);
        CHECK_FALSE(hasTab(dialog, QStringLiteral("Accounts")));
        CHECK(dialog.findChild<ui::AccountsSection *>() == nullptr);
    }
}

TEST_CASE("the accounts section adds, changes, disables and removes accounts", "[ui][accounts]")
{
    School s;
    RecordedMessages messages;
    ui::AccountsSection section(s.wang);
    auto *table = child<QTableWidget>(&section, "accounts");
    CHECK(column(table, ui::AccountsSection::NameColumn)
        == QStringList { QStringLiteral("wang (you)"), QStringLiteral("xu"), QStringLiteral("zhou") });
    CHECK(column(table, ui::AccountsSection::RoleColumn)
        == QStringList {
            QStringLiteral("Counselling teacher"), QStringLiteral("Administrator"), QStringLiteral("Class teacher") });
    CHECK(column(table, ui::AccountsSection::StateColumn)
        == QStringList { QStringLiteral("Enabled"), QStringLiteral("Enabled"), QStringLiteral("Enabled") });

    SECTION("add: the strength bar follows the role, a weak password keeps the dialog open")
    {
        ui::AccountDialog *dialog = section.openAddDialog();
        auto *bar = child<ui::PasswordStrengthBar>(dialog, "passwordStrength");
        fill(dialog, QStringLiteral("liu"), AccountRole::Head, QStringLiteral("demo password 1"),
            QStringLiteral("demo password 1"));
        CHECK(bar->strength() == ui::PasswordStrength::Medium);
        auto *roles = child<QComboBox>(dialog, "accountRole");
        roles->setCurrentIndex(roles->findData(static_cast<int>(AccountRole::Counsellor)));
        CHECK(bar->strength() == ui::PasswordStrength::Weak);
        dialog->accept();
        CHECK(dialog->isVisible());
        CHECK(child<QLabel>(dialog, "accountError")->text().contains(QStringLiteral("Too easy to guess")));
        fill(dialog, QString(), AccountRole::Counsellor, QStringLiteral("lanterns over the river"),
            QStringLiteral("lanterns over the river"));
        dialog->accept();
        REQUIRE(waitUntil([&] { return s.account(QStringLiteral("liu")).has_value(); }));
        CHECK(s.account(QStringLiteral("liu"))->role == AccountRole::Counsellor);
        CHECK(SchoolFile::accountNames(s.path).contains(QStringLiteral("liu")));
        CHECK(column(table, ui::AccountsSection::NameColumn).contains(QStringLiteral("liu")));
        CHECK(section.lastMessage().contains(QStringLiteral("Added the account liu")));
        CHECK_NOTHROW(SchoolFile::unlockWithPassword(s.path, QStringLiteral("liu"), secret("lanterns over the river")));
    }
    SECTION("change role: refusals from core are shown, nothing changes")
    {
        REQUIRE(section.selectAccount(QStringLiteral("wang")));
        auto *role = child<QComboBox>(&section, "role");
        role->setCurrentIndex(role->findData(static_cast<int>(AccountRole::Head)));
        child<QPushButton>(&section, "changeRole")->click();
        CHECK(section.lastMessage().contains(QStringLiteral("only enabled counselling-teacher account")));
        CHECK(s.account(QStringLiteral("wang"))->role == AccountRole::Counsellor);

        REQUIRE(section.selectAccount(QStringLiteral("zhou")));
        role->setCurrentIndex(role->findData(static_cast<int>(AccountRole::Head)));
        child<QPushButton>(&section, "changeRole")->click();
        CHECK(s.account(QStringLiteral("zhou"))->role == AccountRole::Head);
        CHECK(table->item(2, ui::AccountsSection::RoleColumn)->text() == QStringLiteral("Head or deputy head"));
    }
    SECTION("reset password")
    {
        REQUIRE(section.selectAccount(QStringLiteral("zhou")));
        ui::AccountDialog *dialog = section.openResetDialog();
        CHECK_FALSE(child<QComboBox>(dialog, "accountRole")->isEnabled());
        fill(dialog, QString(), AccountRole::ClassTeacher, QStringLiteral("mountain tea river 42"),
            QStringLiteral("mountain tea river 42"));
        dialog->accept();
        REQUIRE(waitUntil([&] { return section.lastMessage().contains(QStringLiteral("was set")); }));
        CHECK_NOTHROW(SchoolFile::unlockWithPassword(s.path, QStringLiteral("zhou"), secret("mountain tea river 42")));
    }
    SECTION("disable and enable")
    {
        REQUIRE(section.selectAccount(QStringLiteral("zhou")));
        auto *toggle = child<QPushButton>(&section, "toggleDisabled");
        CHECK(toggle->text() == QStringLiteral("Disable"));
        toggle->click();
        CHECK(s.account(QStringLiteral("zhou"))->disabled);
        CHECK(table->item(2, ui::AccountsSection::StateColumn)->text() == QStringLiteral("Disabled"));
        CHECK(toggle->text() == QStringLiteral("Enable"));
        CHECK(kindOf([&] { SchoolFile::unlockWithPassword(s.path, QStringLiteral("zhou"), secret(TeacherPassword)); })
            == ErrorKind::Denied);
        toggle->click();
        CHECK_FALSE(s.account(QStringLiteral("zhou"))->disabled);
    }
    SECTION("remove: asked first, naming the account")
    {
        REQUIRE(section.selectAccount(QStringLiteral("zhou")));
        ui::testing::setNextAnswer(false);
        child<QPushButton>(&section, "removeAccount")->click();
        REQUIRE_FALSE(messages.messages().isEmpty());
        CHECK(messages.messages().last().text.contains(QStringLiteral("Remove the account zhou (Class teacher)?")));
        CHECK(SchoolFile::accountNames(s.path).contains(QStringLiteral("zhou")));
        ui::testing::setNextAnswer(true);
        child<QPushButton>(&section, "removeAccount")->click();
        CHECK_FALSE(SchoolFile::accountNames(s.path).contains(QStringLiteral("zhou")));
        CHECK(s.account(QStringLiteral("zhou"))->disabled);
        CHECK(table->item(2, ui::AccountsSection::StateColumn)->text() == QStringLiteral("Removed"));
        CHECK_FALSE(child<QPushButton>(&section, "removeAccount")->isEnabled());
    }
}

TEST_CASE("an administrator's accounts section offers no counsellor role and is refused one", "[ui][accounts]")
{
    School s;
    SchoolFile xu = SchoolFile::unlockWithPassword(s.path, QStringLiteral("xu"), secret(AdminPassword));
    ui::AccountsSection section(xu);
    ui::AccountDialog *dialog = section.openAddDialog();
    CHECK(child<QComboBox>(dialog, "accountRole")->findData(static_cast<int>(AccountRole::Counsellor)) < 0);
    dialog->reject();
    REQUIRE(section.selectAccount(QStringLiteral("zhou")));
    auto *role = child<QComboBox>(&section, "role");
    role->setCurrentIndex(role->findData(static_cast<int>(AccountRole::Counsellor)));
    child<QPushButton>(&section, "changeRole")->click();
    CHECK(section.lastMessage().contains(QStringLiteral("Only a counselling teacher")));
    CHECK(s.account(QStringLiteral("zhou"))->role == AccountRole::ClassTeacher);
}

TEST_CASE("the class grid links a class-teacher entry to a class-teacher account", "[ui][accounts][grid]")
{
    School s;
    Student st;
    st.studentNo = QStringLiteral("G520000000001");
    st.name = QStringLiteral("杨小雨");
    st.grade = 7;
    st.className = QStringLiteral("2班");
    StudentRepository(s.wang.db(), QStringLiteral("wang")).add(st);
    GridMember m;
    m.grade = 7;
    m.className = QStringLiteral("2班");
    m.teacher = QStringLiteral("周老师");
    const qint64 entry = GridRepository(s.wang.db(), QStringLiteral("wang")).save(m);

    ui::GridDialog dialog(s.wang);
    REQUIRE(dialog.selectClass(7, QStringLiteral("2班")));
    auto *members = child<QListWidget>(&dialog, "members");
    auto *account = child<QComboBox>(&dialog, "linkedAccount");
    CHECK_FALSE(account->isEnabled());
    members->setCurrentRow(0);
    CHECK(account->isEnabled());
    // Only enabled class-teacher accounts are offered.
    QStringList offered;
    for (int i = 1; i < account->count(); ++i)
        offered << account->itemData(i).toString();
    CHECK(offered == QStringList { QStringLiteral("zhou") });
    account->setCurrentIndex(account->findData(QStringLiteral("zhou")));
    dialog.linkAccount(QStringLiteral("zhou"));
    CHECK(GridRepository(s.wang.db(), QStringLiteral("wang")).members().value(0).account == QStringLiteral("zhou"));
    CHECK(members->item(0)->text().contains(QStringLiteral("zhou")));
    CHECK(dialog.changedSomething());
    {
        SchoolFile zhou = SchoolFile::unlockWithPassword(s.path, QStringLiteral("zhou"), secret(TeacherPassword));
        CHECK(zhou.db().access().seesClass(7, QStringLiteral("2班")));
    }
    dialog.linkAccount(QString());
    CHECK(GridRepository(s.wang.db(), QStringLiteral("wang")).classesOfAccount(QStringLiteral("zhou")).isEmpty());
    CHECK(entry > 0);
}

TEST_CASE("screenshot of the accounts section in Chinese at 1366x768", "[.screenshot]")
{
    prepareScreenshots();
    School s;
    s.wang.addUser(QStringLiteral("李校长"), secret("tea garden on the hill"), AccountRole::Head);
    s.wang.setUserDisabled(QStringLiteral("zhou"), true);
    ui::SettingsDialog dialog(s.wang);
    auto *tabs = child<QTabWidget>(&dialog, "tabs");
    tabs->setCurrentWidget(child<ui::AccountsSection>(&dialog, "accountsSection"));
    dialog.resize(900, 620);
    dialog.show();
    child<ui::AccountsSection>(&dialog, "accountsSection")->selectAccount(QStringLiteral("zhou"));
    saveScreenshot(dialog, QStringLiteral("settings-accounts.png"));
    ui::AccountDialog *add = child<ui::AccountsSection>(&dialog, "accountsSection")->openAddDialog();
    fill(add, QStringLiteral("zhoufang"), AccountRole::ClassTeacher, QStringLiteral("zhoufang2026"), QString());
    add->accept();
    saveScreenshot(*add, QStringLiteral("settings-accounts-add.png"));
    add->reject();
}
