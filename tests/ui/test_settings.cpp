// The settings dialog: changing the password (the current one checked first), this computer's
// preferences, the school-wide ID-card setting; and the password strength hint.
#include "uitestsupport.h"

#include "common/passwordstrength.h"
#include "settings/appsettings.h"
#include "settings/passwordchangebox.h"
#include "settings/settingsdialog.h"
#include "testsupport.h"

#include "crypto/keyslots.h"
#include "repo/settingsrepository.h"
#include "services/schoolfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

using namespace xinan;
using namespace xinan::test;

namespace {

struct CleanSettings
{
    CleanSettings() { clear(); }
    ~CleanSettings() { clear(); }
    CleanSettings(const CleanSettings &) = delete;
    CleanSettings &operator=(const CleanSettings &) = delete;
    static void clear()
    {
        QSettings settings;
        settings.remove(QStringLiteral("ui"));
        settings.remove(QStringLiteral("backup"));
    }
};

SchoolFile openSample(const QString &db)
{
    createSchool(db);
    return SchoolFile::unlockWithPassword(db, QStringLiteral("wang"), secret("correct horse 1"));
}

void changePassword(ui::SettingsDialog &dialog, const QString &current, const QString &next, const QString &repeat)
{
    child<QLineEdit>(&dialog, "currentPassword")->setText(current);
    child<QLineEdit>(&dialog, "newPassword")->setText(next);
    child<QLineEdit>(&dialog, "repeatNewPassword")->setText(repeat);
    child<QPushButton>(&dialog, "changePassword")->click();
    auto *box = child<ui::PasswordChangeBox>(&dialog, "passwordBox");
    REQUIRE(waitUntil([box] { return !box->isBusy(); }));
}

} // namespace

TEST_CASE("the password changes only after the current one is checked", "[ui][settings][password]")
{
    CleanSettings clean;
    TempDir dir;
    const QString db = dir.path(QStringLiteral("school.xinan"));
    SchoolFile school = openSample(db);
    ui::SettingsDialog dialog(school);
    dialog.show();
    auto *box = child<ui::PasswordChangeBox>(&dialog, "passwordBox");

    SECTION("the right current password")
    {
        changePassword(
            dialog, QStringLiteral("correct horse 1"), QStringLiteral("Neue-Passwort-42"), QStringLiteral("Neue-Passwort-42"));
        INFO(box->lastMessage().toStdString());
        CHECK(box->lastChangeSucceeded());
        CHECK(kindOf([&] { SchoolFile::unlockWithPassword(db, QStringLiteral("wang"), secret("Neue-Passwort-42")); })
            == std::nullopt);
        CHECK(kindOf([&] { SchoolFile::unlockWithPassword(db, QStringLiteral("wang"), secret("correct horse 1")); })
            == ErrorKind::WrongSecret);
        CHECK(child<QLineEdit>(&dialog, "newPassword")->text().isEmpty());
    }
    SECTION("a wrong current password changes nothing")
    {
        const QByteArray keysBefore = readBytes(KeySlotFile::pathFor(db));
        changePassword(
            dialog, QStringLiteral("guessed wrong"), QStringLiteral("Neue-Passwort-42"), QStringLiteral("Neue-Passwort-42"));
        CHECK_FALSE(box->lastChangeSucceeded());
        CHECK(box->lastMessage().contains(QStringLiteral("current password is wrong")));
        CHECK(readBytes(KeySlotFile::pathFor(db)) == keysBefore);
    }
    SECTION("new passwords that differ or are too short are refused before any work")
    {
        const QByteArray keysBefore = readBytes(KeySlotFile::pathFor(db));
        changePassword(
            dialog, QStringLiteral("correct horse 1"), QStringLiteral("Neue-Passwort-42"), QStringLiteral("Neue-Passwort-43"));
        CHECK(box->lastMessage().contains(QStringLiteral("not the same")));
        changePassword(dialog, QStringLiteral("correct horse 1"), QStringLiteral("short"), QStringLiteral("short"));
        CHECK_FALSE(box->lastChangeSucceeded());
        CHECK_FALSE(box->lastMessage().isEmpty());
        CHECK(readBytes(KeySlotFile::pathFor(db)) == keysBefore);
    }
}

TEST_CASE("OK keeps this computer's preferences in QSettings", "[ui][settings]")
{
    CleanSettings clean;
    TempDir dir;
    SchoolFile school = openSample(dir.path(QStringLiteral("school.xinan")));

    const ui::AppSettings defaults = ui::AppSettings::load();
    CHECK(defaults.idleMinutes == 5);
    CHECK(defaults.backupOnClose);
    CHECK(defaults.keepBackups == 10);
    CHECK(defaults.language.isEmpty());

    ui::SettingsDialog dialog(school);
    auto *idle = child<QSpinBox>(&dialog, "idleMinutes");
    CHECK(idle->minimum() == 1);
    CHECK(idle->maximum() == 60);
    idle->setValue(12);
    auto *language = child<QComboBox>(&dialog, "language");
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    child<QLineEdit>(&dialog, "backupFolder")->setText(dir.path(QStringLiteral("usb")));
    child<QCheckBox>(&dialog, "backupOnClose")->setChecked(false);
    child<QSpinBox>(&dialog, "keepBackups")->setValue(4);

    SECTION("saved on OK")
    {
        child<QPushButton>(&dialog, "ok")->click();
        CHECK(dialog.result() == QDialog::Accepted);
        const ui::AppSettings saved = ui::AppSettings::load();
        CHECK(saved.idleMinutes == 12);
        CHECK(saved.language == QStringLiteral("en"));
        CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("en"));
        CHECK(saved.backupFolder == dir.path(QStringLiteral("usb")));
        CHECK_FALSE(saved.backupOnClose);
        CHECK(saved.keepBackups == 4);
    }
    SECTION("nothing saved on Cancel")
    {
        dialog.reject();
        const ui::AppSettings unchanged = ui::AppSettings::load();
        CHECK(unchanged.idleMinutes == 5);
        CHECK(unchanged.language.isEmpty());
        CHECK(unchanged.backupOnClose);
    }
}

TEST_CASE("the ID-card setting is off by default, warned about and stored in the database", "[ui][settings][idcard]")
{
    CleanSettings clean;
    TempDir dir;
    SchoolFile school = openSample(dir.path(QStringLiteral("school.xinan")));
    const auto key = QLatin1String(SettingsRepository::StoreIdCardKey);

    ui::SettingsDialog dialog(school);
    auto *idCard = child<QCheckBox>(&dialog, "storeIdCard");
    CHECK_FALSE(idCard->isChecked());
    CHECK(child<QLabel>(&dialog, "idCardWarning")->text().contains(QStringLiteral("not needed")));
    idCard->setChecked(true);
    dialog.accept();
    CHECK(SettingsRepository(school.db(), QStringLiteral("wang")).flag(key));

    ui::SettingsDialog again(school);
    CHECK(child<QCheckBox>(&again, "storeIdCard")->isChecked());
}

TEST_CASE("the password strength hint is core's zxcvbn estimate against the role's floor", "[ui][settings][strength]")
{
    using ui::PasswordStrength;
    CHECK(ui::ratePassword(QString()) == PasswordStrength::Empty);
    for (const char *weak : { "abc1", "12345678", "password1", "qwertyuiop", "xinan2026" })
        CHECK(ui::ratePassword(QString::fromLatin1(weak), AccountRole::ClassTeacher) == PasswordStrength::Weak);
    // Weak is exactly what saving refuses: enough for a class teacher, not for a counsellor.
    CHECK(ui::ratePassword(QStringLiteral("demo password 1"), AccountRole::ClassTeacher) == PasswordStrength::Medium);
    CHECK(ui::ratePassword(QStringLiteral("demo password 1"), AccountRole::Counsellor) == PasswordStrength::Weak);
    CHECK(ui::ratePassword(QStringLiteral("correct horse 1"), AccountRole::Counsellor) == PasswordStrength::Medium);
    CHECK(ui::ratePassword(QStringLiteral("correct horse battery staple"), AccountRole::Counsellor) == PasswordStrength::Strong);
    // The account's own name counts for little.
    CHECK(ui::ratePassword(QStringLiteral("zhoufang-zhoufang"), AccountRole::ClassTeacher) != PasswordStrength::Weak);
    CHECK(ui::ratePassword(QStringLiteral("zhoufang-zhoufang"), AccountRole::ClassTeacher, { QStringLiteral("zhoufang") })
        == PasswordStrength::Weak);

    ui::PasswordStrengthBar bar;
    QLineEdit field;
    bar.watch(&field);
    field.setText(QStringLiteral("abc"));
    CHECK(bar.word() == QStringLiteral("Weak"));
    CHECK(child<QLabel>(&bar, "strengthWord")->text() == QStringLiteral("Weak"));
    field.setText(QStringLiteral("demo password 1"));
    CHECK(bar.word() == QStringLiteral("Weak")); // a counsellor's floor unless told otherwise
    bar.setRequirement(AccountRole::ClassTeacher);
    CHECK(bar.word() == QStringLiteral("Medium"));
    field.setText(QStringLiteral("correct horse battery staple"));
    CHECK(bar.word() == QStringLiteral("Strong"));
}
