// The unlock dialog on real encrypted files: passwords, damage, and the recovery key.
#include "uitestsupport.h"

#include "testsupport.h"
#include "unlock/unlockdialog.h"

#include "crypto/keyslots.h"
#include "repo/schoolrepository.h"
#include "services/schoolfile.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace xinan;
using namespace xinan::test;
using xinan::ui::UnlockDialog;

namespace {

void submitPassword(UnlockDialog &dialog, const QString &password)
{
    child<QLineEdit>(&dialog, "password")->setText(password);
    child<QPushButton>(&dialog, "open")->click();
    REQUIRE(dialog.isBusy());
    REQUIRE(waitUntil([&] { return !dialog.isBusy(); }));
}

void submitRecovery(
    UnlockDialog &dialog, const QString &key, const QString &account, const QString &password, const QString &repeated)
{
    child<QLineEdit>(&dialog, "recoveryKey")->setText(key);
    child<QComboBox>(&dialog, "recoveryAccount")->setEditText(account);
    child<QLineEdit>(&dialog, "newPassword")->setText(password);
    child<QLineEdit>(&dialog, "repeatPassword")->setText(repeated);
    child<QPushButton>(&dialog, "open")->click();
    REQUIRE(waitUntil([&] { return !dialog.isBusy(); }));
}

} // namespace

TEST_CASE("a wrong password is reported inline and leaves the database untouched", "[ui][unlock]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("school.xinan"));
    createSchool(db);
    const QByteArray databaseBefore = readBytes(db);
    const QByteArray keysBefore = readBytes(KeySlotFile::pathFor(db));

    UnlockDialog dialog(db);
    dialog.show();
    CHECK(child<QLabel>(&dialog, "fileName")->text() == QStringLiteral("school.xinan"));
    CHECK(child<QComboBox>(&dialog, "account")->currentText() == QStringLiteral("wang"));
    CHECK_FALSE(dialog.isRecoveryMode());
    QSignalSpy failures(&dialog, &UnlockDialog::unlockFailed);

    submitPassword(dialog, QStringLiteral("not the password"));

    auto *error = child<QLabel>(&dialog, "passwordError");
    CHECK(error->isVisible());
    CHECK(error->text() == QStringLiteral("Wrong password for account wang."));
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.takeSchoolFile() == nullptr);
    auto *password = child<QLineEdit>(&dialog, "password");
    CHECK(password->text().isEmpty());
    CHECK(dialog.focusWidget() == password);
    REQUIRE(failures.size() == 1);
    CHECK(failures.at(0).at(0).value<ErrorKind>() == ErrorKind::WrongSecret);
    CHECK(readBytes(db) == databaseBefore);
    // the key file only remembers the wrong try (for the delay after five in a row)
    KeySlotFile keysAfter = KeySlotFile::load(KeySlotFile::pathFor(db));
    REQUIRE(keysAfter.users().size() >= 1);
    int remembered = 0;
    for (const QString &user : keysAfter.users()) {
        remembered += static_cast<int>(keysAfter.failures(user).size());
        keysAfter.clearFailures(user);
    }
    CHECK(remembered == 1);
    CHECK(keysAfter.toJson() == KeySlotFile::fromJson(keysBefore, db).toJson());
}

TEST_CASE("the right password opens the database and closes the dialog", "[ui][unlock]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("school.xinan"));
    createSchool(db);

    UnlockDialog dialog(db);
    dialog.show();
    submitPassword(dialog, QStringLiteral("correct horse 1"));

    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.isVisible());
    std::unique_ptr<SchoolFile> school = dialog.takeSchoolFile();
    REQUIRE(school);
    CHECK(school->user() == QStringLiteral("wang"));
    CHECK(SchoolRepository(school->db(), school->user()).school().name == sampleSchool().name);
}

TEST_CASE("a damaged database is reported as damage, not as a wrong password", "[ui][unlock]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("school.xinan"));
    createSchool(db);
    QByteArray bytes = readBytes(db);
    for (int i = 100; i < 200; ++i)
        bytes[i] = static_cast<char>(0x5a ^ i);
    writeBytes(db, bytes);

    RecordedMessages boxes;
    UnlockDialog dialog(db);
    dialog.show();
    QSignalSpy failures(&dialog, &UnlockDialog::unlockFailed);
    submitPassword(dialog, QStringLiteral("correct horse 1"));

    REQUIRE(failures.size() == 1);
    CHECK(failures.at(0).at(0).value<ErrorKind>() == ErrorKind::Damaged);
    REQUIRE(boxes.messages().size() == 1);
    CHECK(boxes.messages().at(0).kind == ui::MessageKind::Critical);
    CHECK(boxes.messages().at(0).text.contains(QStringLiteral("backup")));
    CHECK_FALSE(dialog.lastError().contains(QStringLiteral("Wrong password")));
    CHECK_FALSE(child<QLabel>(&dialog, "passwordError")->isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(readBytes(db) == bytes);
}

TEST_CASE("without its key file the database opens with the recovery key and gets a new password", "[ui][unlock][recovery]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("school.xinan"));
    const QString recoveryKey = createSchool(db);
    REQUIRE(QFile::remove(KeySlotFile::pathFor(db)));

    RecordedMessages boxes;
    UnlockDialog dialog(db);
    dialog.show();
    REQUIRE(dialog.isRecoveryMode());
    CHECK(child<QLabel>(&dialog, "recoveryReason")->text().contains(QStringLiteral("school.xinan-keys")));
    CHECK_FALSE(child<QPushButton>(&dialog, "backToPassword")->isVisible());

    SECTION("passwords that differ are refused before any work")
    {
        submitRecovery(dialog, recoveryKey, QStringLiteral("wang"), QStringLiteral("new lantern password 2"),
            QStringLiteral("new lantern password 3"));
        CHECK(child<QLabel>(&dialog, "recoveryError")->isVisible());
        CHECK_FALSE(QFile::exists(KeySlotFile::pathFor(db)));
        CHECK(dialog.result() != QDialog::Accepted);
    }
    SECTION("the recovery key of another school is refused inline")
    {
        const QString otherKey = createSchool(dir.path(QStringLiteral("other.xinan")));
        submitRecovery(dialog, otherKey, QStringLiteral("wang"), QStringLiteral("new lantern password 2"),
            QStringLiteral("new lantern password 2"));
        CHECK(child<QLabel>(&dialog, "recoveryError")->isVisible());
        CHECK(boxes.messages().isEmpty());
        CHECK_FALSE(QFile::exists(KeySlotFile::pathFor(db)));
        CHECK(dialog.isVisible());
    }
    SECTION("the right recovery key opens it and recreates the key file")
    {
        submitRecovery(dialog, recoveryKey, QStringLiteral("wang"), QStringLiteral("new lantern password 2"),
            QStringLiteral("new lantern password 2"));
        INFO(dialog.lastError().toStdString());
        REQUIRE(dialog.result() == QDialog::Accepted);
        REQUIRE(dialog.takeSchoolFile());
        CHECK(QFile::exists(KeySlotFile::pathFor(db)));
        REQUIRE(boxes.messages().size() == 1);
        CHECK(boxes.messages().at(0).kind == ui::MessageKind::Information);
        CHECK(SchoolFile::accountNames(db) == QStringList { QStringLiteral("wang") });
        SchoolFile reopened = SchoolFile::unlockWithPassword(db, QStringLiteral("wang"), secret("new lantern password 2"));
        CHECK(reopened.user() == QStringLiteral("wang"));
    }
}

TEST_CASE("a forgotten password is replaced through the recovery key", "[ui][unlock][recovery]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("school.xinan"));
    const QString recoveryKey = createSchool(db);

    RecordedMessages boxes;
    UnlockDialog dialog(db);
    dialog.show();
    child<QPushButton>(&dialog, "useRecoveryKey")->click();
    REQUIRE(dialog.isRecoveryMode());
    CHECK(child<QComboBox>(&dialog, "recoveryAccount")->currentText() == QStringLiteral("wang"));

    SECTION("and the way back to the password is open")
    {
        child<QPushButton>(&dialog, "backToPassword")->click();
        CHECK_FALSE(dialog.isRecoveryMode());
    }
    SECTION("the new password opens the database afterwards, the old one no longer does")
    {
        submitRecovery(dialog, recoveryKey.toLower(), QStringLiteral("wang"), QStringLiteral("new lantern password 2"),
            QStringLiteral("new lantern password 2"));
        REQUIRE(dialog.result() == QDialog::Accepted);
        CHECK(boxes.messages().isEmpty()); // the key file was there: nothing recreated
        CHECK_NOTHROW(SchoolFile::unlockWithPassword(db, QStringLiteral("wang"), secret("new lantern password 2")));
        CHECK(kindOf([&] { SchoolFile::unlockWithPassword(db, QStringLiteral("wang"), secret("correct horse 1")); })
            == ErrorKind::WrongSecret);
    }
}

TEST_CASE("a missing database file is reported and cannot be opened", "[ui][unlock]")
{
    TempDir dir;
    UnlockDialog dialog(dir.path(QStringLiteral("missing.xinan")));
    dialog.show();
    CHECK_FALSE(child<QPushButton>(&dialog, "open")->isEnabled());
    CHECK(child<QLabel>(&dialog, "passwordError")->isVisible());
    CHECK(dialog.lastError().contains(QStringLiteral("missing.xinan")));
}
