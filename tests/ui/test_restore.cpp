// Restoring a school database from a backup in the GUI, on real encrypted files: into a new
// place, over an existing database, with wrong secrets, from a damaged backup, and from the
// start dialog, the damaged-database message and the main window.
#include "uitestsupport.h"

#include "shell/mainwindow.h"
#include "testsupport.h"
#include "unlock/restoredialog.h"
#include "unlock/startflow.h"
#include "unlock/unlockdialog.h"

#include "crypto/keyslots.h"
#include "repo/studentrepository.h"
#include "services/backup.h"
#include "services/schoolfile.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>

using namespace xinan;
using namespace xinan::test;
using xinan::ui::RestoreDialog;

namespace {

const char *const Password = "correct horse 1";

QList<Student> students(int first, int count)
{
    QList<Student> list;
    for (int n = first; n < first + count; ++n) {
        Student s;
        s.studentNo = QStringLiteral("G5201012013%1").arg(n, 6, 10, QLatin1Char('0'));
        s.name = QStringLiteral("学生%1").arg(n);
        s.grade = 7;
        s.className = QStringLiteral("2班");
        list << s;
    }
    return list;
}

SchoolFile open(const QString &db)
{
    return SchoolFile::unlockWithPassword(db, QStringLiteral("wang"), secret(Password));
}

qsizetype studentCount(SchoolFile &school)
{
    return StudentRepository(school.db(), school.user()).list().size();
}

// A school with `count` students and a backup of it; returns the recovery key.
QString schoolWithBackup(const QString &db, const QString &backup, int count)
{
    const QString key = createSchool(db);
    SchoolFile school = open(db);
    StudentRepository(school.db(), school.user()).addAll(students(1, count));
    createBackup(school, backup);
    return key;
}

void submit(RestoreDialog &dialog, const QString &secretText)
{
    child<QLineEdit>(&dialog, "secret")->setText(secretText);
    child<QPushButton>(&dialog, "restore")->click();
    REQUIRE(waitUntil([&] { return !dialog.isBusy(); }));
}

void usePassword(RestoreDialog &dialog, const QString &account)
{
    child<QRadioButton>(&dialog, "usePassword")->setChecked(true);
    child<QComboBox>(&dialog, "account")->setCurrentText(account);
}

QStringList keptAside(const QString &db)
{
    const QFileInfo info(db);
    QStringList databases
        = QDir(info.absolutePath()).entryList({ info.fileName() + QStringLiteral(".before-restore-*") }, QDir::Files);
    databases.removeIf([](const QString &name) { return name.endsWith(QStringLiteral("-keys")); }); // their key files
    return databases;
}

} // namespace

TEST_CASE("a backup is restored with the recovery key into a new database", "[ui][restore]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("school.xinan"));
    const QString backup = dir.path(QStringLiteral("usb.xinan-backup"));
    const QString recoveryKey = schoolWithBackup(db, backup, 7);
    const QString target = dir.path(QStringLiteral("newpc.xinan"));

    RecordedMessages boxes;
    RestoreDialog dialog { QString() };
    dialog.show();
    CHECK_FALSE(child<QPushButton>(&dialog, "restore")->isEnabled());
    ui::testing::setNextFileName(backup);
    child<QPushButton>(&dialog, "chooseBackup")->click();
    auto *info = child<QLabel>(&dialog, "backupInfo");
    CHECK(info->isVisible());
    CHECK(info->text().contains(sampleSchool().name));
    CHECK(info->text().contains(QStringLiteral("wang")));
    CHECK(child<QComboBox>(&dialog, "account")->currentText() == QStringLiteral("wang"));

    ui::testing::setNextFileName(dir.path(QStringLiteral("newpc")));
    child<QPushButton>(&dialog, "chooseTarget")->click();
    CHECK(QDir::fromNativeSeparators(child<QLineEdit>(&dialog, "target")->text()) == target); // ".xinan" was added
    CHECK(child<QLabel>(&dialog, "targetNote")->text().contains(QStringLiteral("new database")));

    SECTION("a recovery key of another school is refused inline and nothing is written")
    {
        const QString otherKey = createSchool(dir.path(QStringLiteral("other.xinan")));
        submit(dialog, otherKey);
        CHECK(child<QLabel>(&dialog, "error")->isVisible());
        CHECK(boxes.messages().isEmpty());
        CHECK(dialog.isVisible());
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK_FALSE(QFile::exists(target));
        CHECK_FALSE(QFile::exists(target + QStringLiteral(".restoring")));
    }
    SECTION("the right recovery key restores every student")
    {
        submit(dialog, recoveryKey.toLower());
        INFO(dialog.lastError().toStdString());
        REQUIRE(dialog.result() == QDialog::Accepted);
        CHECK(dialog.restoredDatabase() == target);
        CHECK(dialog.previousDatabase().isEmpty());
        CHECK(dialog.takeSchoolFile() == nullptr); // the user unlocks it as usual
        REQUIRE(boxes.messages().size() == 1);
        CHECK(boxes.messages().at(0).kind == ui::MessageKind::Information);
        CHECK(SchoolFile::accountNames(target) == QStringList { QStringLiteral("wang") });
        SchoolFile restored = open(target);
        CHECK(studentCount(restored) == 7);
    }
}

TEST_CASE("restoring over an existing database keeps the previous one aside", "[ui][restore]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("school.xinan"));
    const QString backup = dir.path(QStringLiteral("usb.xinan-backup"));
    schoolWithBackup(db, backup, 5);
    {
        SchoolFile school = open(db);
        StudentRepository(school.db(), school.user()).addAll(students(100, 3));
    }
    const QByteArray before = readBytes(db);

    RecordedMessages boxes;
    RestoreDialog dialog(db);
    dialog.show();
    REQUIRE(dialog.setBackupFile(backup));
    CHECK(child<QLabel>(&dialog, "targetNote")->text().contains(QStringLiteral("school.xinan.before-restore-")));
    usePassword(dialog, QStringLiteral("wang"));
    CHECK(child<QLineEdit>(&dialog, "secret")->echoMode() == QLineEdit::Password);

    SECTION("a wrong password is reported inline and the database is untouched")
    {
        submit(dialog, QStringLiteral("not the password"));
        CHECK(child<QLabel>(&dialog, "error")->isVisible());
        CHECK(dialog.lastError().contains(QStringLiteral("wang")));
        CHECK(child<QLineEdit>(&dialog, "secret")->text().isEmpty());
        CHECK(boxes.messages().isEmpty());
        CHECK(dialog.isVisible());
        CHECK(readBytes(db) == before);
        CHECK(keptAside(db).isEmpty());
    }
    SECTION("the password of the backup restores it, already open")
    {
        submit(dialog, QString::fromUtf8(Password));
        INFO(dialog.lastError().toStdString());
        REQUIRE(dialog.result() == QDialog::Accepted);
        std::unique_ptr<SchoolFile> school = dialog.takeSchoolFile();
        REQUIRE(school);
        CHECK(studentCount(*school) == 5);

        const QString previous = dialog.previousDatabase();
        CHECK(previous.startsWith(db + QStringLiteral(".before-restore-")));
        CHECK(keptAside(db).contains(QFileInfo(previous).fileName()));
        CHECK(readBytes(previous) == before);
        REQUIRE(boxes.messages().size() == 1);
        CHECK(boxes.messages().at(0).text.contains(QDir::toNativeSeparators(previous)));
    }
}

TEST_CASE("a damaged backup is reported as damaged and changes nothing", "[ui][restore]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("school.xinan"));
    const QString backup = dir.path(QStringLiteral("usb.xinan-backup"));
    const QString recoveryKey = schoolWithBackup(db, backup, 4);
    QByteArray bytes = readBytes(backup);
    bytes[bytes.size() - 100] = static_cast<char>(bytes.at(bytes.size() - 100) ^ 0x55);
    writeBytes(backup, bytes);
    const QByteArray databaseBefore = readBytes(db);
    const QByteArray keysBefore = readBytes(KeySlotFile::pathFor(db));

    RecordedMessages boxes;
    RestoreDialog dialog(db);
    dialog.show();
    REQUIRE(dialog.setBackupFile(backup)); // the header is intact
    submit(dialog, recoveryKey);

    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    REQUIRE(boxes.messages().size() == 1);
    CHECK(boxes.messages().at(0).kind == ui::MessageKind::Critical);
    CHECK(boxes.messages().at(0).text.contains(QStringLiteral("damaged")));
    CHECK(boxes.messages().at(0).text.contains(QStringLiteral("another backup")));
    CHECK(readBytes(db) == databaseBefore);
    CHECK(readBytes(KeySlotFile::pathFor(db)) == keysBefore);
    CHECK(keptAside(db).isEmpty());
    CHECK_FALSE(QFile::exists(db + QStringLiteral(".restoring")));
}

TEST_CASE("a file that is not a backup cannot be restored", "[ui][restore]")
{
    TempDir dir;
    const QString notBackup = dir.path(QStringLiteral("notes.xinan-backup"));
    writeBytes(notBackup, "just some notes");
    RestoreDialog dialog { QString() };
    dialog.show();
    CHECK_FALSE(dialog.setBackupFile(notBackup));
    CHECK(child<QLabel>(&dialog, "error")->isVisible());
    CHECK_FALSE(child<QLabel>(&dialog, "backupInfo")->isVisible());
    CHECK_FALSE(child<QPushButton>(&dialog, "restore")->isEnabled());
}

TEST_CASE("restoring is offered on the start dialog and after a damaged open", "[ui][restore]")
{
    TempDir dir;
    ui::StartDialog start { QString() };
    start.show();
    child<QPushButton>(&start, "restore")->click();
    CHECK(start.result() == QDialog::Accepted);
    CHECK(start.choice() == ui::StartDialog::Choice::Restore);

    const QString db = dir.path(QStringLiteral("school.xinan"));
    createSchool(db);
    QByteArray bytes = readBytes(db);
    for (int i = 100; i < 200; ++i)
        bytes[i] = static_cast<char>(0x5a ^ i);
    writeBytes(db, bytes);

    RecordedMessages boxes;
    ui::UnlockDialog unlock(db);
    unlock.show();
    ui::testing::setNextAnswer(true); // the user chooses "Restore from a backup…"
    child<QLineEdit>(&unlock, "password")->setText(QString::fromUtf8(Password));
    child<QPushButton>(&unlock, "open")->click();
    REQUIRE(waitUntil([&] { return !unlock.isBusy(); }));
    REQUIRE(boxes.messages().size() == 1);
    CHECK_FALSE(boxes.messages().at(0).text.contains(QStringLiteral("xinan-cli")));
    CHECK(unlock.restoreRequested());
    CHECK(unlock.result() == QDialog::Rejected);
}

TEST_CASE("File → Restore from a backup replaces the open database and shows the restored one", "[ui][restore][mainwindow]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("school.xinan"));
    const QString backup = dir.path(QStringLiteral("usb.xinan-backup"));
    schoolWithBackup(db, backup, 6);
    auto school = std::make_unique<SchoolFile>(open(db));
    StudentRepository(school->db(), school->user()).addAll(students(200, 2));
    ui::MainWindow window(std::move(school));
    window.show();
    REQUIRE(window.findChild<QAction *>(QStringLiteral("restore")));

    RecordedMessages boxes;
    bool driven = false;
    QTimer driver;
    QObject::connect(&driver, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<RestoreDialog *>(QApplication::activeModalWidget());
        if (!dialog || driven)
            return;
        driven = true;
        CHECK(QDir::fromNativeSeparators(child<QLineEdit>(dialog, "target")->text()) == db);
        const bool read = dialog->setBackupFile(backup);
        CHECK(read); // never REQUIRE here: nothing may be thrown through the event loop
        usePassword(*dialog, QStringLiteral("wang"));
        child<QLineEdit>(dialog, "secret")->setText(QString::fromUtf8(Password));
        child<QPushButton>(dialog, "restore")->click();
    });
    driver.start(20);
    window.restoreFromBackup();
    driver.stop();

    REQUIRE(driven);
    CHECK(window.isVisible());
    CHECK(studentCount(window.schoolFile()) == 6);
    CHECK(window.schoolFile().path() == db);
    CHECK(keptAside(db).size() == 1);
    REQUIRE(boxes.messages().size() == 1);
    CHECK(boxes.messages().at(0).kind == ui::MessageKind::Information);
}

TEST_CASE("after a failed restore from the main window the unchanged database is opened again", "[ui][restore][mainwindow]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("school.xinan"));
    const QString backup = dir.path(QStringLiteral("usb.xinan-backup"));
    schoolWithBackup(db, backup, 6);
    auto school = std::make_unique<SchoolFile>(open(db));
    StudentRepository(school->db(), school->user()).addAll(students(200, 2));
    ui::MainWindow window(std::move(school));
    window.show();
    const QString before = databaseContents(db, QStringLiteral("wang"), Password); // unlocks are logged: compare the data

    RecordedMessages boxes;
    int step = 0;
    QTimer driver;
    // Restore with a wrong password, give up, then unlock the current database again.
    QObject::connect(&driver, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *restore = qobject_cast<RestoreDialog *>(modal)) {
            if (step == 0 && restore->setBackupFile(backup)) {
                usePassword(*restore, QStringLiteral("wang"));
                child<QLineEdit>(restore, "secret")->setText(QStringLiteral("not the password"));
                child<QPushButton>(restore, "restore")->click();
                step = 1;
            } else if (step == 1 && !restore->isBusy()) {
                CHECK(restore->lastError().contains(QStringLiteral("wang")));
                restore->reject();
                step = 2;
            }
        } else if (auto *unlock = qobject_cast<ui::UnlockDialog *>(modal); unlock && step == 2) {
            child<QLineEdit>(unlock, "password")->setText(QString::fromUtf8(Password));
            child<QPushButton>(unlock, "open")->click();
            step = 3;
        }
    });
    driver.start(20);
    window.restoreFromBackup();
    driver.stop();

    CHECK(step == 3);
    CHECK(window.isVisible());
    CHECK(boxes.messages().isEmpty());
    CHECK(studentCount(window.schoolFile()) == 8);
    CHECK(databaseContents(db, QStringLiteral("wang"), Password) == before);
    CHECK(keptAside(db).isEmpty());
}
