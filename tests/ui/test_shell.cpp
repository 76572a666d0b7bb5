// The application shell: navigation, locking (on demand, after idle time, around an open
// dialog), unlocking on the lock screen, and the automatic backup when XinAn closes.
#include "uitestsupport.h"

#include "home/homepage.h"
#include "overview/overviewpage.h"
#include "settings/appsettings.h"
#include "settings/autobackup.h"
#include "settings/settingsdialog.h"
#include "shell/lockscreen.h"
#include "shell/mainwindow.h"
#include "students/sensitiveclipboard.h"
#include "students/studentspage.h"
#include "testsupport.h"
#include "unlock/unlockdialog.h"

#include "repo/studentrepository.h"
#include "services/backup.h"
#include "services/schoolfile.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTest>

using namespace xinan;
using namespace xinan::test;

namespace {

const QString StudentName = QStringLiteral("龙小雨");

std::unique_ptr<SchoolFile> openSampleWithStudent(const QString &db)
{
    createSchool(db);
    auto school
        = std::make_unique<SchoolFile>(SchoolFile::unlockWithPassword(db, QStringLiteral("wang"), secret("correct horse 1")));
    Student student;
    student.studentNo = QStringLiteral("G520100001");
    student.name = StudentName;
    student.gender = Gender::Female;
    student.grade = 7;
    student.className = QStringLiteral("1班");
    StudentRepository(school->db(), QStringLiteral("wang")).add(student);
    return school;
}

// The preferences of this computer, back to their defaults for each test.
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

// Every text a label, line edit or the window title shows.
QStringList visibleTexts(QMainWindow &window)
{
    QStringList texts { window.windowTitle() };
    for (const QLabel *label : window.findChildren<QLabel *>())
        texts << label->text();
    for (const QLineEdit *edit : window.findChildren<QLineEdit *>())
        texts << edit->text();
    return texts;
}

bool anyContains(const QStringList &texts, const QString &needle)
{
    return std::any_of(texts.cbegin(), texts.cend(), [&](const QString &t) { return t.contains(needle); });
}

// Whether this process holds the file open (Linux: /proc/self/fd).
bool fileIsOpen(const QString &path)
{
    const QString target = QFileInfo(path).canonicalFilePath();
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot)) {
        if (QFileInfo(fds.filePath(fd)).symLinkTarget() == target)
            return true;
    }
    return false;
}

void typePasswordAndOpen(ui::UnlockDialog *dialog, const QString &password)
{
    child<QLineEdit>(dialog, "password")->setText(password);
    child<QPushButton>(dialog, "open")->click();
}

} // namespace

TEST_CASE("the navigation lists the home page first, the school overview and the students", "[ui][shell]")
{
    CleanSettings clean;
    TempDir dir;
    ui::MainWindow window(openSampleWithStudent(dir.path(QStringLiteral("school.xinan"))));
    window.show();

    auto *navigation = child<QListWidget>(&window, "navigation");
    auto *pages = child<QStackedWidget>(&window, "pages");
    QStringList names; // the pages' names, in navigation order
    for (int i = 0; i < navigation->count(); ++i)
        names << navigation->item(i)->data(Qt::UserRole).toString();
    REQUIRE(names.size() >= 3);
    // The home page (工作台) comes first and is the page shown after opening.
    CHECK(names.at(0) == QStringLiteral("home"));
    CHECK(navigation->item(0)->text() == QStringLiteral("Home"));
    CHECK(pages->currentWidget() == window.findChild<ui::HomePage *>());
    REQUIRE(names.contains(QStringLiteral("overview")));
    REQUIRE(names.contains(QStringLiteral("students")));
    CHECK(navigation->item(static_cast<int>(names.indexOf(QStringLiteral("overview"))))->text()
        == QStringLiteral("School overview"));
    CHECK(navigation->item(static_cast<int>(names.indexOf(QStringLiteral("students"))))->text() == QStringLiteral("Students"));
    navigation->setCurrentRow(static_cast<int>(names.indexOf(QStringLiteral("overview"))));
    CHECK(pages->currentWidget()->objectName() == QStringLiteral("overviewScroll"));
    navigation->setCurrentRow(static_cast<int>(names.indexOf(QStringLiteral("students"))));
    CHECK(pages->currentWidget() == window.findChild<ui::StudentsPage *>());
    CHECK(child<QLabel>(&window, "statusSchool")->text() == sampleSchool().name);
    CHECK(child<QLabel>(&window, "statusAccount")->text().contains(QStringLiteral("wang")));
    CHECK(child<QAction>(&window, "lockNow")->shortcut() == QKeySequence(QStringLiteral("Ctrl+L")));
}

TEST_CASE("Lock now destroys the pages, closes the database and hides every record", "[ui][shell][lock]")
{
    CleanSettings clean;
    TempDir dir;
    const QString db = dir.path(QStringLiteral("school.xinan"));
    ui::MainWindow window(openSampleWithStudent(db));
    window.show();
    REQUIRE(anyContains(visibleTexts(window), sampleSchool().name));
    REQUIRE(fileIsOpen(db));

    child<QAction>(&window, "lockNow")->trigger();

    CHECK(window.isLocked());
    CHECK(window.findChildren<ui::OverviewPage *>().isEmpty());
    CHECK(window.findChildren<ui::StudentsPage *>().isEmpty());
    CHECK(window.findChildren<ui::HomePage *>().isEmpty());
    CHECK(window.findChildren<QListWidget *>().isEmpty());
    const QStringList texts = visibleTexts(window);
    CHECK_FALSE(anyContains(texts, sampleSchool().name));
    CHECK_FALSE(anyContains(texts, StudentName));
    CHECK_FALSE(fileIsOpen(db));
    CHECK(child<ui::LockScreen>(&window, "lockScreen")->isVisible());
    CHECK_FALSE(child<QAction>(&window, "backUp")->isEnabled());
    REQUIRE(window.unlockDialog() != nullptr);
    CHECK(window.unlockDialog()->isVisible());

    SECTION("a wrong password keeps it locked")
    {
        ui::UnlockDialog *unlock = window.unlockDialog();
        typePasswordAndOpen(unlock, QStringLiteral("not the password"));
        REQUIRE(waitUntil([&] { return !unlock->isBusy() && !unlock->lastError().isEmpty(); }));
        CHECK(window.isLocked());
        CHECK(window.findChildren<ui::OverviewPage *>().isEmpty());
        CHECK_FALSE(anyContains(visibleTexts(window), sampleSchool().name));
        CHECK_FALSE(fileIsOpen(db));
    }
    SECTION("the right password brings the pages back")
    {
        typePasswordAndOpen(window.unlockDialog(), QStringLiteral("correct horse 1"));
        REQUIRE(waitUntil([&] { return !window.isLocked(); }));
        CHECK(window.findChildren<ui::OverviewPage *>().size() == 1);
        CHECK(window.findChildren<ui::StudentsPage *>().size() == 1);
        CHECK(child<QStackedWidget>(&window, "pages")->currentWidget() == window.findChild<ui::HomePage *>());
        CHECK(child<QLabel>(&window, "statusSchool")->text() == sampleSchool().name);
        CHECK(window.windowTitle().contains(sampleSchool().name));
        CHECK(child<QAction>(&window, "backUp")->isEnabled());
        CHECK(fileIsOpen(db));
    }
    SECTION("cancelling offers to quit")
    {
        RecordedMessages boxes;
        ui::testing::setNextAnswer(false);
        window.unlockDialog()->reject();
        REQUIRE(boxes.messages().size() == 1);
        CHECK(boxes.messages().at(0).title == QStringLiteral("Quit XinAn?"));
        CHECK(window.isVisible());
        CHECK(window.isLocked());

        // The lock screen's button asks again; this time the user quits.
        child<QPushButton>(&window, "unlock")->click();
        REQUIRE(window.unlockDialog() != nullptr);
        ui::testing::setNextAnswer(true);
        window.unlockDialog()->reject();
        CHECK_FALSE(window.isVisible());
    }
}

TEST_CASE(
    "locking and quitting clear the clipboard only while it holds what XinAn copied", "[ui][shell][lock][clipboard][hardening]")
{
    CleanSettings clean;
    TempDir dir;
    QClipboard *clipboard = QGuiApplication::clipboard();
    ui::SensitiveClipboard &copier = ui::SensitiveClipboard::shared();
    {
        ui::MainWindow window(openSampleWithStudent(dir.path(QStringLiteral("a.xinan"))));
        window.show();
        // Copied by XinAn (the students list's "Copy name"), still there: cleared at the lock.
        copier.copy(StudentName);
        REQUIRE(clipboard->text() == StudentName);
        child<QAction>(&window, "lockNow")->trigger();
        REQUIRE(window.isLocked());
        CHECK(clipboard->text().isEmpty());
    }
    {
        // Copied by XinAn, then the user copied something of their own: left alone.
        ui::MainWindow window(openSampleWithStudent(dir.path(QStringLiteral("b.xinan"))));
        window.show();
        copier.copy(StudentName);
        clipboard->setText(QStringLiteral("the user's own text"));
        child<QAction>(&window, "lockNow")->trigger();
        REQUIRE(window.isLocked());
        CHECK(clipboard->text() == QStringLiteral("the user's own text"));
    }
    {
        // Quitting clears it too.
        ui::AppSettings settings;
        settings.backupOnClose = false;
        settings.save();
        ui::MainWindow window(openSampleWithStudent(dir.path(QStringLiteral("c.xinan"))));
        window.show();
        copier.copy(QStringLiteral("13800001111"));
        REQUIRE(clipboard->text() == QStringLiteral("13800001111"));
        window.close();
        CHECK_FALSE(window.isVisible());
        CHECK(clipboard->text().isEmpty());
    }
    clipboard->clear();
}

TEST_CASE("XinAn locks itself after the idle time, and input postpones it", "[ui][shell][lock]")
{
    CleanSettings clean;
    TempDir dir;
    ui::MainWindow window(openSampleWithStudent(dir.path(QStringLiteral("school.xinan"))));
    window.show();
    window.setIdleInterval(std::chrono::milliseconds(400));

    for (int i = 0; i < 8; ++i) {
        QTest::qWait(100);
        QTest::keyClick(&window, Qt::Key_Shift);
    }
    CHECK_FALSE(window.isLocked());
    REQUIRE(waitUntil([&] { return window.isLocked(); }, 5000));
    CHECK(window.findChildren<ui::OverviewPage *>().isEmpty());
}

TEST_CASE("a lock while a dialog is open closes the dialog first", "[ui][shell][lock]")
{
    CleanSettings clean;
    TempDir dir;
    ui::MainWindow window(openSampleWithStudent(dir.path(QStringLiteral("school.xinan"))));
    window.show();
    QTimer::singleShot(200, &window, [&window] {
        CHECK(window.findChild<ui::SettingsDialog *>() != nullptr);
        window.lockNow();
    });
    window.openSettings(); // returns when the lock closes the dialog
    REQUIRE(waitUntil([&] { return window.isLocked(); }, 5000));
    CHECK(window.findChildren<ui::SettingsDialog *>().isEmpty());
    CHECK(window.findChildren<ui::StudentsPage *>().isEmpty());
}

TEST_CASE("closing writes the automatic backup and keeps only the newest", "[ui][shell][backup]")
{
    CleanSettings clean;
    TempDir dir;
    const QString db = dir.path(QStringLiteral("school.xinan"));
    const QString folder = dir.path(QStringLiteral("usb"));
    REQUIRE(QDir().mkpath(folder));
    ui::AppSettings settings;
    settings.backupFolder = folder;
    settings.keepBackups = 3;
    settings.save();
    const QStringList old { QStringLiteral("school-20250101-080000.xinan-backup"),
        QStringLiteral("school-20250102-080000.xinan-backup"), QStringLiteral("school-20250103-080000.xinan-backup") };
    for (const QString &name : old)
        writeBytes(QDir(folder).filePath(name), "old");
    const QStringList others { QStringLiteral("notes.txt"), QStringLiteral("other-20240101-080000.xinan-backup"),
        QStringLiteral("school-manual.xinan-backup") };
    for (const QString &name : others)
        writeBytes(QDir(folder).filePath(name), "keep");

    ui::MainWindow window(openSampleWithStudent(db));
    window.show();
    RecordedMessages boxes;
    window.close();

    CHECK(boxes.messages().isEmpty());
    CHECK_FALSE(window.isVisible());
    const QStringList kept = ui::automaticBackupsIn(folder, db);
    REQUIRE(kept.size() == 3);
    CHECK(kept.at(0) == old.at(1));
    CHECK(kept.at(1) == old.at(2));
    CHECK(readBackupInfo(QDir(folder).filePath(kept.at(2))).schoolName == sampleSchool().name);
    for (const QString &name : others)
        CHECK(QFile::exists(QDir(folder).filePath(name)));
}

TEST_CASE("a missing backup folder is reported and XinAn still closes", "[ui][shell][backup]")
{
    CleanSettings clean;
    TempDir dir;
    const QString folder = dir.path(QStringLiteral("usb-stick-not-plugged-in"));
    ui::AppSettings settings;
    settings.backupFolder = folder;
    settings.save();

    ui::MainWindow window(openSampleWithStudent(dir.path(QStringLiteral("school.xinan"))));
    window.show();
    RecordedMessages boxes;
    window.close();

    REQUIRE(boxes.messages().size() == 1);
    CHECK(boxes.messages().at(0).kind == ui::MessageKind::Critical);
    CHECK(boxes.messages().at(0).text.contains(QDir::toNativeSeparators(folder)));
    CHECK_FALSE(window.isVisible());
    CHECK_FALSE(QFileInfo::exists(folder));
}

TEST_CASE("without a chosen folder the backup goes beside the database, it can be turned off", "[ui][shell][backup][hardening]")
{
    CleanSettings clean;
    TempDir dir;
    const QString db = dir.path(QStringLiteral("school.xinan"));
    const QString besides = dir.path(QStringLiteral("school-backups"));
    ui::AppSettings settings;

    SECTION("on by default")
    {
        ui::MainWindow window(openSampleWithStudent(db));
        window.show();
        window.close();
        CHECK(ui::automaticBackupsIn(besides, db).size() == 1);
        // [hardening] The folder is created owner-only.
        CHECK(QFile::permissions(besides)
            == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadUser
                | QFileDevice::WriteUser | QFileDevice::ExeUser));
    }
    SECTION("off")
    {
        settings.backupOnClose = false;
        settings.save();
        ui::MainWindow window(openSampleWithStudent(db));
        window.show();
        window.close();
        CHECK_FALSE(QFileInfo::exists(besides));
    }
    SECTION("never while locked: the database is closed")
    {
        ui::MainWindow window(openSampleWithStudent(db));
        window.show();
        window.lockNow();
        window.close();
        CHECK_FALSE(QFileInfo::exists(besides));
    }
}
