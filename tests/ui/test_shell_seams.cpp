// The shell's seams: the navigation, the student file's tabs, the settings sections and the
// File menu's module entries come from their registries; a page asks the shell for a student's
// file and the shell opens it in one place; the one student finder every form uses.
#include "uitestsupport.h"

#include "common/modulepage.h"
#include "common/settingssection.h"
#include "common/studentfiletab.h"
#include "common/studentpicker.h"
#include "settings/settingsdialog.h"
#include "shell/mainwindow.h"
#include "shell/menuactions.h"
#include "students/studentfiledialog.h"
#include "students/studentlistmodel.h"
#include "students/studentspage.h"
#include "testsupport.h"

#include "platform/clock.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>

using namespace xinan;
using namespace xinan::test;

namespace {

struct Fixture
{
    clock::testing::FixedClock fixed { QDate(2026, 11, 16) };
    TempDir dir;
    QString path = dir.path(QStringLiteral("seams.xinan"));
    std::unique_ptr<SchoolFile> file = [this] {
        createSchool(path);
        return std::make_unique<SchoolFile>(
            SchoolFile::unlockWithPassword(path, QStringLiteral("wang"), secret("correct horse 1")));
    }();
    SchoolFile *school = file.get(); // still the open file once a main window owns it
    qint64 yang = addStudent(QStringLiteral("G520102201309010001"), QStringLiteral("杨小雨"), 8, QStringLiteral("2班"));
    qint64 luo = addStudent(QStringLiteral("G520102201309010002"), QStringLiteral("罗佳佳"), 8, QStringLiteral("2班"));

    qint64 addStudent(const QString &no, const QString &name, int grade, const QString &className)
    {
        Student s;
        s.studentNo = no;
        s.name = name;
        s.grade = grade;
        s.className = className;
        return StudentRepository(school->db(), QStringLiteral("wang")).add(s);
    }
};

QStringList tabTitles(const QTabWidget *tabs)
{
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i);
    return titles;
}

} // namespace

TEST_CASE("every account role sees a page meant for every role, and only its own roles otherwise", "[ui][seams]")
{
    for (const AccountRole role : allAccountRoles()) {
        CHECK(ui::roleSees(ui::everyRole(), role));
        CHECK(ui::roleSees({ role }, role));
        for (const AccountRole other : allAccountRoles())
            if (other != role)
                CHECK_FALSE(ui::roleSees({ other }, role));
    }
    // An account without a role (opened with the recovery key) sees only what every role sees.
    CHECK(ui::roleSees(ui::everyRole(), std::nullopt));
    CHECK_FALSE(ui::roleSees({ AccountRole::Counsellor }, std::nullopt));
    // A counselling teacher sees every page; the other roles what the role matrix lets them
    // read (test_roles_ui.cpp has the lists).
    const std::vector<ui::PageFactory> all = ui::pageFactories();
    CHECK(ui::pageFactoriesFor(AccountRole::Counsellor).size() == all.size());
    for (const AccountRole role : { AccountRole::Head, AccountRole::ClassTeacher, AccountRole::Admin })
        CHECK(ui::pageFactoriesFor(role).size() < all.size());
}

TEST_CASE_METHOD(
    Fixture, "the navigation lists exactly the registry's pages for the account's role, in order", "[ui][seams][shell]")
{
    ui::MainWindow window(std::move(file));
    window.show();
    const std::vector<ui::PageFactory> pages = ui::pageFactoriesFor(ui::openAccountRole(window.schoolFile()));
    auto *navigation = child<QListWidget>(&window, "navigation");
    auto *stack = child<QStackedWidget>(&window, "pages");
    REQUIRE(navigation->count() == static_cast<int>(pages.size()));
    REQUIRE(stack->count() == navigation->count());
    REQUIRE(window.pages().size() == navigation->count());
    QStringList ids;
    for (int i = 0; i < navigation->count(); ++i) {
        const ui::PageFactory &page = pages.at(static_cast<size_t>(i));
        CHECK(navigation->item(i)->data(Qt::UserRole).toString() == page.id);
        CHECK(navigation->item(i)->text() == page.title());
        CHECK(stack->widget(i) == window.pages().at(i));
        if (i > 0)
            CHECK(pages.at(static_cast<size_t>(i - 1)).order < page.order);
        ids << page.id;
    }
    // The same pages, order and titles as before the registry.
    CHECK(ids
        == QStringList { QStringLiteral("home"), QStringLiteral("students"), QStringLiteral("appointments"),
            QStringLiteral("sessions"), QStringLiteral("duty"), QStringLiteral("screening"), QStringLiteral("keyStudents"),
            QStringLiteral("crisis"), QStringLiteral("referrals"), QStringLiteral("homeVisits"), QStringLiteral("lessons"), QStringLiteral("activities"),
            QStringLiteral("overview") });
    // The File menu's module entries come from theirs, each once.
    for (const ui::FileMenuAction &entry : ui::fileMenuActions()) {
        const QList<QAction *> actions = window.findChildren<QAction *>(entry.objectName);
        REQUIRE(actions.size() == 1);
        CHECK(actions.first()->text() == entry.text());
        CHECK(actions.first()->isVisible());
    }
}

TEST_CASE_METHOD(Fixture, "a page's openStudent opens one student file through the shell, and every page rereads when it closes",
    "[ui][seams][shell]")
{
    ui::MainWindow window(std::move(file));
    window.resize(1200, 800);
    window.show();
    auto *students = window.findChild<ui::StudentsPage *>();
    REQUIRE(students != nullptr);
    auto *enrolled = child<QLabel>(&window, "enrolledCount");
    CHECK(enrolled->text() == QStringLiteral("2"));
    CHECK(students->model()->rowCount() == 2);

    // Every page may ask; the students page here, the crisis page the same way.
    for (ui::ModulePage *page : window.pages()) {
        Q_EMIT page->openStudent(yang);
        QList<ui::StudentFileDialog *> files = window.findChildren<ui::StudentFileDialog *>();
        REQUIRE(files.size() == 1);
        CHECK(files.first()->parentWidget() == &window);
        CHECK(files.first()->windowModality() == Qt::WindowModal);
        CHECK(files.first()->studentId() == yang);
        files.first()->reject();
        REQUIRE(waitUntil([&] { return window.findChildren<ui::StudentFileDialog *>().isEmpty(); }, 5000));
    }

    // A student added meanwhile (by another window of the file) shows on every page once the
    // file closes, though nothing but the file's closing told the pages.
    Q_EMIT students->openStudent(luo);
    ui::StudentFileDialog *open = window.findChild<ui::StudentFileDialog *>();
    REQUIRE(open != nullptr);
    addStudent(QStringLiteral("G520102201309010003"), QStringLiteral("吴小军"), 7, QStringLiteral("1班"));
    CHECK(students->model()->rowCount() == 2);
    CHECK(enrolled->text() == QStringLiteral("2"));
    open->reject();
    CHECK(students->model()->rowCount() == 3);
    CHECK(enrolled->text() == QStringLiteral("3"));
    REQUIRE(waitUntil([&] { return window.findChildren<ui::StudentFileDialog *>().isEmpty(); }, 5000));

    // A new student (0) saved in the file is selected in the list.
    students->addStudent();
    open = window.findChild<ui::StudentFileDialog *>();
    REQUIRE(open != nullptr);
    CHECK(open->studentId() == 0);
    child<QLineEdit>(open, "studentNo")->setText(QStringLiteral("G520102201309010004"));
    child<QLineEdit>(open, "name")->setText(QStringLiteral("陈一"));
    child<QLineEdit>(open, "className")->setText(QStringLiteral("3班"));
    child<QPushButton>(open, "save")->click();
    CHECK(students->model()->rowCount() == 4);
    CHECK(enrolled->text() == QStringLiteral("4"));
    const QModelIndexList selected = child<QTableView>(students, "students")->selectionModel()->selectedRows();
    REQUIRE(selected.size() == 1);
    CHECK(students->model()->index(selected.first().row(), ui::StudentListModel::NameColumn).data().toString()
        == QStringLiteral("陈一"));
}

TEST_CASE_METHOD(
    Fixture, "the student file's tabs are its own four, then the registry's for a saved student", "[ui][seams][students]")
{
    const QStringList own { QStringLiteral("Basic information"), QStringLiteral("Family and guardians"),
        QStringLiteral("Special circumstances"), QStringLiteral("Timeline") };
    ui::StudentFileDialog newStudent(*file, 0);
    CHECK(tabTitles(child<QTabWidget>(&newStudent, "tabs")) == own);

    // The file opened here is a counselling teacher's (Access::system()); the other roles'
    // tabs are in test_roles_ui.cpp.
    ui::StudentFileDialog saved(*file, yang);
    QStringList expected = own;
    for (const ui::StudentFileTabFactory &tab : ui::studentFileTabFactories())
        if (tab.roles.contains(AccountRole::Counsellor))
            expected << tab.title();
    const auto *tabs = child<QTabWidget>(&saved, "tabs");
    CHECK(tabTitles(tabs) == expected);
    CHECK(expected.mid(own.size())
        == QStringList { QStringLiteral("Risk and alerts"), QStringLiteral("Crisis events"), QStringLiteral("Referrals"),
            QStringLiteral("Individual plan"), QStringLiteral("Counselling records"), QStringLiteral("Home visits"),
            QStringLiteral("Leave and return") });
    for (const ui::StudentFileTabFactory &tab : ui::studentFileTabFactories())
        CHECK((tabs->findChild<QWidget *>(tab.id) != nullptr) == tab.roles.contains(AccountRole::Counsellor));
}

TEST_CASE_METHOD(Fixture, "the settings dialog shows its own tabs, then the registry's sections", "[ui][seams][settings]")
{
    ui::SettingsDialog dialog(*file);
    auto *tabs = child<QTabWidget>(&dialog, "tabs");
    QStringList expected { QStringLiteral("Password and lock"), QStringLiteral("Backups"), QStringLiteral("Language and data") };
    for (const ui::SettingsSectionFactory &section : ui::settingsSectionFactories()) {
        QWidget *widget = dialog.findChild<QWidget *>(section.id);
        REQUIRE(widget != nullptr);
        CHECK(dynamic_cast<ui::SettingsSection *>(widget) != nullptr);
        if (section.placement == ui::SettingsPlacement::OwnTab) {
            expected << section.title();
            CHECK(tabs->indexOf(widget) >= 0);
        } else {
            CHECK(tabs->widget(2)->isAncestorOf(widget));
        }
    }
    CHECK(tabTitles(tabs) == expected);
    CHECK(expected.mid(3)
        == QStringList { QStringLiteral("Crisis response"), QStringLiteral("Partner hospitals"),
            QStringLiteral("Psychological aid hotlines"), QStringLiteral("Accounts"), QStringLiteral("Home-visit coverage") });
}

TEST_CASE_METHOD(Fixture, "the student finder finds a student by pinyin initials and by student number", "[ui][seams][picker]")
{
    ui::StudentPickerDialog picker(*file, QStringLiteral("Pick"));
    auto *search = child<QLineEdit>(&picker, "studentSearch");
    auto *matches = child<QListWidget>(&picker, "studentMatches");
    search->setText(QStringLiteral("yxy"));
    REQUIRE(matches->count() == 1);
    CHECK(matches->item(0)->text() == QStringLiteral("杨小雨 · ") + gradeName(8) + QStringLiteral(" 2班 · G520102201309010001"));
    CHECK(picker.finder()->currentStudentId() == yang);
    search->setText(QStringLiteral("G520102201309010002"));
    REQUIRE(matches->count() == 1);
    CHECK(picker.finder()->currentStudentId() == luo);
    // Several matches: none is chosen until the user picks one.
    search->setText(QStringLiteral("G5201022013"));
    CHECK(matches->count() == 2);
    CHECK(picker.finder()->currentStudentId() == 0);
    child<QPushButton>(&picker, "chooseStudent")->click();
    CHECK(picker.result() != QDialog::Accepted);
    CHECK_FALSE(child<QLabel>(&picker, "pickerError")->isHidden());
    const QList<QListWidgetItem *> luoItems = matches->findItems(QStringLiteral("罗佳佳"), Qt::MatchStartsWith);
    REQUIRE(luoItems.size() == 1);
    matches->setCurrentItem(luoItems.first());
    child<QPushButton>(&picker, "chooseStudent")->click();
    CHECK(picker.result() == QDialog::Accepted);
    CHECK(picker.studentId() == luo);

    // Compact (the appointment form): the list shows only while something is typed, and says
    // when nothing matches.
    ui::StudentFinder compact(*file);
    compact.setCompact(true);
    compact.show();
    CHECK(compact.matchList()->isHidden());
    compact.searchField()->setText(QStringLiteral("zzz"));
    CHECK(compact.matchList()->isVisible());
    REQUIRE(compact.matchList()->count() == 1);
    CHECK(compact.matchList()->item(0)->flags() == Qt::NoItemFlags);
    CHECK(compact.currentStudentId() == 0);
}
