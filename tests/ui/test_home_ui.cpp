// The home page (工作台): the risk panel's counts and list, panels ordered by what waits, a
// panel's change refreshing the others, a failing panel shown in its frame; the class grid
// editor and its panel; the main window opening on the home page and opening a student's file
// from it.
#include "uitestsupport.h"

#include "grid/griddialog.h"
#include "grid/gridpanel.h"
#include "home/homepage.h"
#include "home/riskpanel.h"
#include "shell/mainwindow.h"
#include "students/studentfiledialog.h"
#include "testsupport.h"

#include "error.h"
#include "repo/gridrepository.h"
#include "repo/riskrepository.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>

#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <algorithm>

using namespace xinan;
using namespace xinan::test;

namespace {

struct School
{
    TempDir dir;
    QString path = dir.path(QStringLiteral("home.xinan"));
    std::unique_ptr<SchoolFile> file = [this] {
        createSchool(path);
        return std::make_unique<SchoolFile>(
            SchoolFile::unlockWithPassword(path, QStringLiteral("wang"), secret("correct horse 1")));
    }();

    qint64 addStudent(const QString &no, const QString &name, int grade, const QString &className,
        RiskLevel level = RiskLevel::Green, const QString &reason = QStringLiteral("面谈后确认"))
    {
        Student s;
        s.studentNo = no;
        s.name = name;
        s.grade = grade;
        s.className = className;
        const qint64 id = StudentRepository(file->db(), QStringLiteral("wang")).add(s);
        if (level != RiskLevel::Green)
            RiskRepository(file->db(), QStringLiteral("wang")).change(id, level, RiskSource::Session, reason);
        return id;
    }
};

// A panel the test controls: how many items wait, whether reading fails, how often it was read.
struct PanelState
{
    int refreshes = 0;
    int waiting = 0;
    bool pinned = false;
    QString failure;
};

class FakePanel final : public ui::HomePanel
{
public:
    FakePanel(QString title, PanelState &state, QWidget *parent)
        : HomePanel(parent)
        , m_title(std::move(title))
        , m_state(state)
    {
        setObjectName(m_title);
    }
    QString title() const override { return m_title; }
    void refresh() override
    {
        ++m_state.refreshes;
        if (!m_state.failure.isEmpty())
            throw Error(ErrorKind::Damaged, m_state.failure);
    }
    int waitingCount() const override { return m_state.waiting; }
    bool pinned() const override { return m_state.pinned; }

private:
    QString m_title;
    PanelState &m_state;
};

ui::HomePanelFactory fake(const char *title, PanelState &state)
{
    return [title, &state](SchoolFile &, QWidget *parent) -> ui::HomePanel * {
        return new FakePanel(QString::fromLatin1(title), state, parent);
    };
}

QStringList titles(const ui::HomePage &page)
{
    QStringList out;
    for (const ui::HomePanel *panel : page.panels())
        out << panel->title();
    return out;
}

QLabel *badgeOf(const ui::HomePage &page, const ui::HomePanel *panel)
{
    return child<QLabel>(page.frameOf(panel), "panelBadge");
}

int visibleRows(const QTreeWidget *list)
{
    int n = 0;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        n += list->topLevelItem(i)->isHidden() ? 0 : 1;
    return n;
}

} // namespace

TEST_CASE("the risk panel counts red, orange and yellow students and lists the serious ones", "[ui][home]")
{
    School school;
    const qint64 red
        = school.addStudent(QStringLiteral("G520000001"), QStringLiteral("杨小雨"), 8, QStringLiteral("2班"), RiskLevel::Red,
            QStringLiteral("自述有自伤计划，已启动危机干预流程并通知监护人，当天转介至州人民医院心理科门诊，后续每日跟进"));
    school.addStudent(QStringLiteral("G520000002"), QStringLiteral("龙小海"), 7, QStringLiteral("10班"), RiskLevel::Orange);
    school.addStudent(QStringLiteral("G520000003"), QStringLiteral("吴小花"), 7, QStringLiteral("2班"), RiskLevel::Orange);
    for (int i = 0; i < 3; ++i)
        school.addStudent(
            QStringLiteral("G52000001%1").arg(i), QStringLiteral("黄同学%1").arg(i), 9, QStringLiteral("1班"), RiskLevel::Yellow);
    school.addStudent(QStringLiteral("G520000020"), QStringLiteral("绿同学"), 9, QStringLiteral("1班"));

    ui::HomePage page(*school.file);
    page.resize(1200, 760);
    page.show();
    auto *panel = page.findChild<ui::RiskPanel *>();
    REQUIRE(panel != nullptr);
    // The risk levels come first even though other panels (a class without a class teacher,
    // plans missing) have something waiting.
    REQUIRE_FALSE(page.panels().isEmpty());
    CHECK(page.panels().first() == panel);
    CHECK(panel->title() == QStringLiteral("Risk levels"));
    CHECK(panel->waitingCount() == 0);
    CHECK(badgeOf(page, panel)->isHidden());

    CHECK(child<QLabel>(panel, "redCount")->text() == QStringLiteral("1"));
    CHECK(child<QLabel>(panel, "orangeCount")->text() == QStringLiteral("2"));
    CHECK(child<QLabel>(panel, "yellowCount")->text() == QStringLiteral("3"));

    auto *list = child<QTreeWidget>(panel, "riskList");
    REQUIRE(list->topLevelItemCount() == 6);
    CHECK(visibleRows(list) == 3);
    // Most serious first, then grade and class (7年级 2班 before 10班).
    CHECK(list->topLevelItem(0)->text(ui::RiskPanel::NameColumn) == QStringLiteral("杨小雨"));
    CHECK(list->topLevelItem(0)->text(ui::RiskPanel::LevelColumn) == QStringLiteral("Red"));
    CHECK(list->topLevelItem(0)->text(ui::RiskPanel::ClassColumn) == QStringLiteral("Junior 2 2班"));
    CHECK(list->topLevelItem(0)->text(ui::RiskPanel::SinceColumn) == clock::today().toString(Qt::ISODate));
    const QString reason = list->topLevelItem(0)->text(ui::RiskPanel::ReasonColumn);
    CHECK(reason.size() == ui::RiskPanel::ReasonChars);
    CHECK(reason.startsWith(QStringLiteral("自述有自伤计划")));
    CHECK(reason.endsWith(QStringLiteral("…")));
    CHECK(list->topLevelItem(1)->text(ui::RiskPanel::NameColumn) == QStringLiteral("吴小花"));
    CHECK(list->topLevelItem(2)->text(ui::RiskPanel::NameColumn) == QStringLiteral("龙小海"));

    auto *toggle = child<QToolButton>(panel, "yellowToggle");
    CHECK(toggle->isVisible());
    CHECK(toggle->text() == QStringLiteral("3 yellow watch student(s)"));
    toggle->click();
    CHECK(visibleRows(list) == 6);
    CHECK(list->topLevelItem(5)->text(ui::RiskPanel::LevelColumn) == QStringLiteral("Yellow"));
    toggle->click();
    CHECK(visibleRows(list) == 3);

    SECTION("double-click opens the student")
    {
        QSignalSpy opened(&page, &ui::HomePage::openStudent);
        const QRect rect = list->visualItemRect(list->topLevelItem(0));
        REQUIRE(rect.isValid());
        // A double-click is a press followed by a double-click event on the same row.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        REQUIRE(opened.size() == 1);
        CHECK(opened.at(0).at(0).toLongLong() == red);
    }
    SECTION("the counts follow the database when the page is shown again")
    {
        page.hide();
        RiskRepository(school.file->db(), QStringLiteral("wang"))
            .change(red, RiskLevel::Orange, RiskSource::Review, QStringLiteral("危机解除"));
        page.show();
        CHECK(child<QLabel>(panel, "redCount")->text() == QStringLiteral("0"));
        CHECK(child<QLabel>(panel, "orangeCount")->text() == QStringLiteral("3"));
    }
}

TEST_CASE("with nobody at red or orange the risk panel says so", "[ui][home]")
{
    School school;
    school.addStudent(QStringLiteral("G520000001"), QStringLiteral("黄同学"), 9, QStringLiteral("1班"), RiskLevel::Yellow);
    ui::RiskPanel panel(*school.file);
    panel.show();
    panel.refresh();
    CHECK(child<QLabel>(&panel, "redCount")->text() == QStringLiteral("0"));
    CHECK(child<QLabel>(&panel, "riskEmpty")->isVisible());
    CHECK_FALSE(child<QTreeWidget>(&panel, "riskList")->isVisible());
    child<QToolButton>(&panel, "yellowToggle")->click();
    CHECK(child<QTreeWidget>(&panel, "riskList")->isVisible());
    CHECK(visibleRows(child<QTreeWidget>(&panel, "riskList")) == 1);
}

TEST_CASE("panels with waiting items come first, and a change in one refreshes all", "[ui][home]")
{
    School school;
    PanelState a, b, c;
    ui::HomePage page(*school.file, { fake("A", a), fake("B", b), fake("C", c) });
    page.resize(1100, 700);
    page.show();
    CHECK(a.refreshes == 1);
    CHECK(titles(page) == QStringList { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") });
    CHECK(page.columns() == 2);
    CHECK(child<QLabel>(&page, "homeSubtitle")->text().contains(sampleSchool().name));

    b.waiting = 3;
    c.waiting = 1;
    page.refresh();
    CHECK(titles(page) == QStringList { QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("A") });
    const QList<ui::HomePanel *> panels = page.panels();
    CHECK(badgeOf(page, panels.at(0))->isVisible());
    CHECK(badgeOf(page, panels.at(0))->text() == QStringLiteral("3"));
    CHECK(badgeOf(page, panels.at(1))->text() == QStringLiteral("1"));
    CHECK(badgeOf(page, panels.at(2))->isHidden());

    SECTION("a pinned panel stays first even with nothing waiting")
    {
        a.pinned = true;
        page.refresh();
        CHECK(titles(page) == QStringList { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") });
        CHECK(badgeOf(page, page.panels().at(0))->isHidden());
    }
    SECTION("a panel's change refreshes every panel and is passed on")
    {
        QSignalSpy changed(&page, &ui::HomePage::changed);
        b.waiting = 0;
        const int before = a.refreshes;
        Q_EMIT panels.at(0)->changed();
        CHECK(changed.size() == 1);
        CHECK(a.refreshes == before + 1);
        CHECK(b.refreshes == before + 1);
        CHECK(c.refreshes == before + 1);
        // B has nothing waiting any more: back to its default place after C.
        CHECK(titles(page) == QStringList { QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("B") });
        CHECK(badgeOf(page, page.panels().at(2))->isHidden());
    }
    SECTION("a panel that cannot be read shows why in its frame")
    {
        a.failure = QStringLiteral("The alerts table is damaged.");
        page.refresh();
        ui::HomePanel *failing = page.findChild<ui::HomePanel *>(QStringLiteral("A"));
        REQUIRE(failing != nullptr);
        auto *error = child<QLabel>(page.frameOf(failing), "panelError");
        CHECK(error->isVisible());
        CHECK(error->text().contains(QStringLiteral("The alerts table is damaged.")));
        CHECK_FALSE(failing->isVisible());
        // The others still work, and the failing one is put where it is seen.
        CHECK(titles(page).first() == QStringLiteral("A"));
        CHECK(page.findChild<ui::HomePanel *>(QStringLiteral("B"))->isVisible());

        a.failure.clear();
        page.refresh();
        CHECK_FALSE(error->isVisible());
        CHECK(failing->isVisible());
    }
    SECTION("narrow pages use one column")
    {
        page.resize(700, 700);
        CHECK(page.columns() == 1);
        page.resize(1000, 700);
        CHECK(page.columns() == 2);
    }
}

TEST_CASE("the grid editor adds a class teacher and refuses an empty name", "[ui][grid]")
{
    School school;
    school.addStudent(QStringLiteral("G520000001"), QStringLiteral("学生甲"), 7, QStringLiteral("10班"));
    school.addStudent(QStringLiteral("G520000002"), QStringLiteral("学生乙"), 7, QStringLiteral("2班"));
    school.addStudent(QStringLiteral("G520000003"), QStringLiteral("学生丙"), 7, QStringLiteral("2班"));
    GridRepository grid(school.file->db(), QStringLiteral("wang"));

    ui::GridDialog dialog(*school.file);
    dialog.show();
    auto *table = child<QTableWidget>(&dialog, "classes");
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, ui::GridDialog::ClassColumn)->text() == QStringLiteral("Junior 1 2班"));
    CHECK(table->item(0, ui::GridDialog::StudentsColumn)->text() == QStringLiteral("2"));
    CHECK(table->item(0, ui::GridDialog::ClassTeacherColumn)->text() == QStringLiteral("Not registered"));
    CHECK(table->item(1, ui::GridDialog::ClassColumn)->text() == QStringLiteral("Junior 1 10班"));

    REQUIRE(dialog.selectClass(7, QStringLiteral("2班")));
    auto *role = child<QComboBox>(&dialog, "role");
    CHECK(role->currentText() == QStringLiteral("Class teacher"));
    auto *error = child<QLabel>(&dialog, "gridError");

    SECTION("an empty name is refused and nothing is written")
    {
        child<QLineEdit>(&dialog, "teacherName")->setText(QStringLiteral("   "));
        child<QPushButton>(&dialog, "addMember")->click();
        CHECK(error->isVisible());
        CHECK(error->text() == QStringLiteral("Enter the teacher's name."));
        CHECK(grid.members().isEmpty());
        CHECK_FALSE(dialog.changedSomething());
        CHECK(dialog.isVisible());
    }
    SECTION("a class teacher is added, edited and removed")
    {
        child<QLineEdit>(&dialog, "teacherName")->setText(QStringLiteral("王芳"));
        child<QLineEdit>(&dialog, "phone")->setText(QStringLiteral("138 0000 0001"));
        child<QPushButton>(&dialog, "addMember")->click();
        CHECK_FALSE(error->isVisible());
        QList<GridMember> members = grid.members();
        REQUIRE(members.size() == 1);
        CHECK(members.at(0).grade == 7);
        CHECK(members.at(0).className == QStringLiteral("2班"));
        CHECK(members.at(0).teacher == QStringLiteral("王芳"));
        CHECK(members.at(0).role == GridRole::ClassTeacher);
        CHECK(members.at(0).phone == QStringLiteral("138 0000 0001"));
        CHECK(dialog.changedSomething());
        CHECK(table->item(0, ui::GridDialog::ClassTeacherColumn)->text() == QStringLiteral("王芳"));
        auto *list = child<QListWidget>(&dialog, "members");
        REQUIRE(list->count() == 1);
        CHECK(list->item(0)->text().startsWith(QStringLiteral("王芳")));
        // The next teacher of this class is offered as deputy.
        CHECK(role->currentText() == QStringLiteral("Deputy class teacher"));

        // The same teacher again is refused with the repository's message.
        child<QLineEdit>(&dialog, "teacherName")->setText(QStringLiteral("王芳"));
        child<QPushButton>(&dialog, "addMember")->click();
        CHECK(error->isVisible());
        CHECK(error->text().contains(QStringLiteral("王芳")));
        CHECK(grid.members().size() == 1);

        // Only classes without a class teacher.
        child<QCheckBox>(&dialog, "missingOnly")->setChecked(true);
        CHECK(table->rowCount() == 1);
        CHECK(table->item(0, ui::GridDialog::ClassColumn)->text() == QStringLiteral("Junior 1 10班"));
        child<QCheckBox>(&dialog, "missingOnly")->setChecked(false);
        REQUIRE(dialog.selectClass(7, QStringLiteral("2班")));

        list->setCurrentRow(0);
        CHECK(child<QLineEdit>(&dialog, "teacherName")->text() == QStringLiteral("王芳"));
        role->setCurrentIndex(role->findText(QStringLiteral("Grade leader")));
        child<QPushButton>(&dialog, "saveMember")->click();
        CHECK(grid.members().at(0).role == GridRole::GradeLeader);
        CHECK(table->item(0, ui::GridDialog::GradeLeaderColumn)->text() == QStringLiteral("王芳"));
        CHECK(table->item(0, ui::GridDialog::ClassTeacherColumn)->text() == QStringLiteral("Not registered"));

        list->setCurrentRow(0);
        child<QPushButton>(&dialog, "removeMember")->click();
        CHECK(grid.members().isEmpty());
    }
}

TEST_CASE("the grid panel counts classes without a class teacher and opens the editor", "[ui][grid][home]")
{
    School school;
    school.addStudent(QStringLiteral("G520000001"), QStringLiteral("学生甲"), 7, QStringLiteral("1班"));
    school.addStudent(QStringLiteral("G520000002"), QStringLiteral("学生乙"), 7, QStringLiteral("2班"));
    QWidget window;
    ui::HomePage page(*school.file, &window);
    window.resize(1100, 700);
    window.show();
    auto *panel = page.findChild<ui::GridPanel *>();
    REQUIRE(panel != nullptr);
    CHECK(panel->waitingCount() == 2);
    // Right after the pinned panels (risk levels, today's appointments and duty), among the
    // panels with something waiting (the lessons panel also waits: no lesson recorded yet).
    const QList<ui::HomePanel *> panels = page.panels();
    const auto firstUnpinned = std::find_if(panels.begin(), panels.end(), [](ui::HomePanel *p) { return !p->pinned(); });
    REQUIRE(firstUnpinned != panels.end());
    for (auto it = firstUnpinned; it != panels.end() && *it != panel; ++it)
        CHECK((*it)->waitingCount() > 0);
    CHECK(std::find(firstUnpinned, panels.end(), panel) != panels.end());
    CHECK(panels.first()->pinned());
    CHECK(badgeOf(page, panel)->text() == QStringLiteral("2"));
    CHECK(child<QLabel>(panel, "gridMissing")->text() == QStringLiteral("Junior 1 1班, Junior 1 2班"));

    QSignalSpy changed(&page, &ui::HomePage::changed);
    child<QPushButton>(panel, "openGrid")->click();
    auto *dialog = window.findChild<ui::GridDialog *>();
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->selectClass(7, QStringLiteral("1班")));
    child<QLineEdit>(dialog, "teacherName")->setText(QStringLiteral("李明"));
    dialog->addMember();
    dialog->reject();
    CHECK(changed.size() == 1);
    CHECK(panel->waitingCount() == 1);
    CHECK(badgeOf(page, panel)->text() == QStringLiteral("1"));
    CHECK(child<QLabel>(panel, "gridMissing")->text() == QStringLiteral("Junior 1 2班"));
}

TEST_CASE("the main window opens on the home page and opens a student's file from it", "[ui][home][mainwindow]")
{
    School school;
    const qint64 id
        = school.addStudent(QStringLiteral("G520000001"), QStringLiteral("杨小雨"), 8, QStringLiteral("2班"), RiskLevel::Red);
    ui::MainWindow window(std::move(school.file));
    window.resize(1280, 800);
    window.show();
    auto *home = window.findChild<ui::HomePage *>();
    REQUIRE(home != nullptr);
    CHECK(child<QStackedWidget>(&window, "pages")->currentWidget() == home);
    CHECK(child<QListWidget>(&window, "navigation")->currentItem()->text() == QStringLiteral("Home"));
    CHECK(child<QAction>(&window, "classGrid")->isEnabled());

    Q_EMIT home->openStudent(id);
    const QList<ui::StudentFileDialog *> dialogs = window.findChildren<ui::StudentFileDialog *>();
    REQUIRE(dialogs.size() == 1);
    CHECK(dialogs.at(0)->studentId() == id);
    CHECK(dialogs.at(0)->isVisible());
    CHECK(dialogs.at(0)->student().name == QStringLiteral("杨小雨"));
    dialogs.at(0)->reject();
    CHECK(waitUntil([&] { return window.findChildren<ui::StudentFileDialog *>().isEmpty(); }, 5000));
}
