// Psychology lessons (心理健康课) in the GUI on real encrypted databases: a lesson recorded through
// the dialog changes the page's coverage; a refused lesson writes nothing; one lesson for several
// classes (批量登记); edit and delete; a head reads without the write buttons, a class teacher sees
// their class only; the home panel lists a class behind with how many periods short. Plus
// [.screenshot] pictures of the page, the dialogs and the panel.
#include "uitestsupport.h"

#include "lessons/lessondialog.h"
#include "lessons/lessonspage.h"
#include "lessons/lessonspanel.h"
#include "testsupport.h"

#include "domain/student.h"
#include "repo/gridrepository.h"
#include "repo/lessonrepository.h"
#include "repo/studentrepository.h"
#include "services/demodata.h"
#include "services/schoolfile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTreeWidget>

using namespace xinan;
using namespace xinan::test;

namespace {

const char *const TeacherPassword = "violet harbour lantern 47";

struct Fixture
{
    clock::testing::FixedClock fixed { testNow() }; // Mon 2026-11-16: 11 of 20 calendar weeks over, 5 课时 due
    TempDir dir;
    QString path = dir.path(QStringLiteral("l.xinan"));
    SchoolFile school = [this] {
        createSchool(path);
        return SchoolFile::unlockWithPassword(path, QStringLiteral("wang"), secret("correct horse 1"));
    }();
    int no = 1;
    Fixture()
    {
        add(7, QStringLiteral("1班"));
        add(7, QStringLiteral("2班"));
        add(8, QStringLiteral("3班"));
        for (int i = 0; i < 5; ++i)
            give(7, QStringLiteral("1班"), QDate(2026, 9, 8).addDays(14 * i), 1);
        for (int i = 0; i < 5; ++i)
            give(8, QStringLiteral("3班"), QDate(2026, 9, 9).addDays(14 * i), 1);
        give(7, QStringLiteral("2班"), QDate(2026, 9, 10), 1);
        give(7, QStringLiteral("2班"), QDate(2026, 10, 10), 2);
    }
    void add(int grade, const QString &className)
    {
        Student s;
        s.studentNo = QStringLiteral("G52%1").arg(no++, 10, 10, QLatin1Char('0'));
        s.name = QStringLiteral("学生");
        s.grade = grade;
        s.className = className;
        StudentRepository(school.db(), QStringLiteral("wang")).add(s);
    }
    void give(int grade, const QString &className, const QDate &day, int periods)
    {
        PsychLesson l;
        l.grade = grade;
        l.className = className;
        l.givenOn = day;
        l.periods = periods;
        l.teacher = QStringLiteral("陈老师");
        LessonRepository(school.db(), QStringLiteral("wang")).record(l);
    }
    SchoolFile open(const QString &user) { return SchoolFile::unlockWithPassword(path, user, secret(TeacherPassword)); }
};

const ClassLessonCoverage *row(const LessonCoverage &c, int grade, const QString &className)
{
    for (const ClassLessonCoverage &r : c.classes)
        if (r.grade == grade && r.className == className)
            return &r;
    return nullptr;
}

void save(ui::LessonDialog *dialog)
{
    child<QDialogButtonBox>(dialog, "lessonButtons")->button(QDialogButtonBox::Ok)->click();
}

} // namespace

TEST_CASE_METHOD(Fixture, "a lesson recorded through the dialog changes the coverage on the page", "[lessons]")
{
    RecordedMessages boxes;
    ui::LessonsPage page(school);
    page.show();
    QSignalSpy changed(&page, &ui::ModulePage::changed);
    CHECK(page.termId() == QStringLiteral("2026-2027-1"));
    REQUIRE(row(page.coverage(), 7, QStringLiteral("2班")) != nullptr);
    CHECK(row(page.coverage(), 7, QStringLiteral("2班"))->given == 3);
    CHECK(row(page.coverage(), 7, QStringLiteral("2班"))->behind);
    auto *table = child<QTreeWidget>(&page, "lessonCoverage");
    REQUIRE(table->topLevelItemCount() == 2); // 七年级, 八年级
    QTreeWidgetItem *two = table->topLevelItem(0)->child(1);
    CHECK(two->text(0) == QStringLiteral("2班"));
    CHECK(two->text(1) == QStringLiteral("10"));
    CHECK(two->text(2) == QStringLiteral("5"));
    CHECK(two->text(3) == QStringLiteral("3"));
    CHECK(two->text(4) == QStringLiteral("30%"));
    CHECK(two->text(5) == QStringLiteral("2 period(s) short"));
    CHECK(two->foreground(5).color() == QColor::fromRgb(0xc62828));
    CHECK(table->topLevelItem(0)->child(0)->text(5) == QStringLiteral("On track"));
    CHECK(child<QLabel>(&page, "lessonTotals")->text().contains(QStringLiteral("1 class(es) behind")));

    REQUIRE(page.selectClass(7, QStringLiteral("2班")));
    CHECK(page.classLessons().size() == 2);
    ui::LessonDialog *dialog = page.recordLesson();
    REQUIRE(dialog != nullptr);
    // The class chosen on the page, today, one period, the signed-in account as the teacher.
    CHECK(child<QComboBox>(dialog, "lessonClass")->currentText() == ui::lessonClassText(7, QStringLiteral("2班")));
    CHECK(child<QDateEdit>(dialog, "lessonDay")->date() == QDate(2026, 11, 16));
    CHECK(child<QLineEdit>(dialog, "lessonTeacher")->text() == QStringLiteral("wang"));
    // No teacher: refused with the field named, nothing written.
    child<QLineEdit>(dialog, "lessonTeacher")->clear();
    save(dialog);
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(dialog, "lessonError")->text().contains(QStringLiteral("Teacher")));
    CHECK(LessonRepository(school.db(), QStringLiteral("wang")).lessons(QString(), 7, QStringLiteral("2班")).size() == 2);
    child<QLineEdit>(dialog, "lessonTeacher")->setText(QStringLiteral("刘老师"));
    child<QSpinBox>(dialog, "lessonPeriods")->setValue(2);
    child<QLineEdit>(dialog, "lessonTopic")->setText(QStringLiteral("压力与放松"));
    save(dialog);
    CHECK_FALSE(dialog->isVisible());
    CHECK(changed.count() == 1);
    CHECK(row(page.coverage(), 7, QStringLiteral("2班"))->given == 5);
    CHECK_FALSE(row(page.coverage(), 7, QStringLiteral("2班"))->behind);
    CHECK(page.classLessons().size() == 3);
    CHECK(page.classLessons().first().topic == QStringLiteral("压力与放松"));
    CHECK(table->topLevelItem(0)->child(1)->text(4) == QStringLiteral("50%"));

    // Edit the new lesson: one period less, behind again.
    REQUIRE(page.selectLesson(page.classLessons().first().id));
    ui::LessonDialog *edit = page.editSelected();
    REQUIRE(edit != nullptr);
    CHECK(child<QLineEdit>(edit, "lessonTopic")->text() == QStringLiteral("压力与放松"));
    child<QSpinBox>(edit, "lessonPeriods")->setValue(1);
    save(edit);
    CHECK(row(page.coverage(), 7, QStringLiteral("2班"))->given == 4);
    // Delete it (confirmed).
    REQUIRE(page.selectLesson(page.classLessons().first().id));
    ui::testing::setNextAnswer(true);
    CHECK(page.deleteSelected());
    CHECK(row(page.coverage(), 7, QStringLiteral("2班"))->given == 3);
    CHECK(boxes.messages().size() == 1); // the question only
}

TEST_CASE_METHOD(Fixture, "one lesson for several classes at once", "[lessons]")
{
    ui::LessonsPage page(school);
    page.show();
    ui::LessonDialog *dialog = page.recordForSeveral();
    REQUIRE(dialog != nullptr);
    auto *classes = child<QListWidget>(dialog, "lessonClasses");
    CHECK(classes->count() == 3);
    // None ticked: refused.
    save(dialog);
    CHECK(child<QLabel>(dialog, "lessonError")->text().contains(QStringLiteral("at least one class")));
    REQUIRE(dialog->chooseClass(7, QStringLiteral("2班")));
    REQUIRE(dialog->chooseClass(8, QStringLiteral("3班")));
    child<QDateEdit>(dialog, "lessonDay")->setDate(QDate(2026, 11, 13));
    child<QLineEdit>(dialog, "lessonTopic")->setText(QStringLiteral("珍爱生命"));
    save(dialog);
    CHECK_FALSE(dialog->isVisible());
    CHECK(dialog->savedIds().size() == 2);
    CHECK(row(page.coverage(), 7, QStringLiteral("2班"))->given == 4);
    CHECK(row(page.coverage(), 8, QStringLiteral("3班"))->given == 6);
    CHECK(row(page.coverage(), 7, QStringLiteral("1班"))->given == 5);
}

TEST_CASE_METHOD(Fixture, "a head reads without write buttons, a class teacher sees their class", "[lessons]")
{
    school.addUser(QStringLiteral("zhang"), secret(TeacherPassword), AccountRole::Head);
    school.addUser(QStringLiteral("li"), secret(TeacherPassword), AccountRole::ClassTeacher);
    GridRepository(school.db(), QStringLiteral("wang")).assignClassTeacher(7, QStringLiteral("2班"), QStringLiteral("li"));
    {
        SchoolFile zhang = open(QStringLiteral("zhang"));
        ui::LessonsPage page(zhang);
        page.show();
        CHECK(page.coverage().classes.size() == 3);
        for (const char *name : { "recordLesson", "recordSeveral", "editLesson", "deleteLesson" })
            CHECK(child<QPushButton>(&page, name)->isHidden());
        CHECK(page.recordLesson() == nullptr);
        REQUIRE(page.selectClass(7, QStringLiteral("1班")));
        CHECK(page.classLessons().size() == 5);
        REQUIRE(page.selectLesson(page.classLessons().first().id));
        CHECK(page.editSelected() == nullptr);
        CHECK_FALSE(page.deleteSelected());
    }
    SchoolFile li = open(QStringLiteral("li"));
    ui::LessonsPage page(li);
    page.show();
    REQUIRE(page.coverage().classes.size() == 1);
    CHECK(page.coverage().classes.first().className == QStringLiteral("2班"));
    // Their one class is chosen: its lessons show at once.
    CHECK(page.classLessons().size() == 2);
    CHECK(child<QPushButton>(&page, "recordLesson")->isHidden());
}

TEST_CASE_METHOD(Fixture, "the home panel lists a class behind with how many periods short", "[lessons]")
{
    ui::LessonsPanel panel(school);
    panel.refresh();
    CHECK(panel.title() == QStringLiteral("Lesson progress"));
    CHECK(panel.waitingCount() == 1);
    auto *behind = child<QTreeWidget>(&panel, "classesBehind");
    REQUIRE(behind->topLevelItemCount() == 1);
    CHECK(behind->topLevelItem(0)->text(0) == ui::lessonClassText(7, QStringLiteral("2班")));
    CHECK(behind->topLevelItem(0)->text(1) == QStringLiteral("2 period(s)"));
    CHECK(child<QLabel>(&panel, "lessonSummary")->text().contains(QStringLiteral("11 of 20 teaching weeks over")));
    give(7, QStringLiteral("2班"), QDate(2026, 11, 12), 2);
    panel.refresh();
    CHECK(panel.waitingCount() == 0);
    CHECK(behind->topLevelItem(0)->text(0).contains(QStringLiteral("Every class")));
}

TEST_CASE("screenshots of the lessons page, the lesson dialogs and the home panel", "[.screenshot]")
{
    prepareScreenshots();
    clock::testing::FixedClock fixed(testNow());
    TempDir dir;
    const QString db = dir.path(QStringLiteral("demo.xinan"));
    createDemoDatabase(db, QStringLiteral("demo"), secret("demo lanterns by the river"), { 600, 2026 });
    SchoolFile school = SchoolFile::unlockWithPassword(db, QStringLiteral("demo"), secret("demo lanterns by the river"));
    ui::LessonsPage page(school);
    page.resize(1366, 768);
    page.show();
    REQUIRE_FALSE(page.coverage().classes.isEmpty());
    const QList<ClassLessonCoverage> behind = page.coverage().behindClasses();
    REQUIRE_FALSE(behind.isEmpty()); // the demo has classes behind
    page.selectClass(behind.first().grade, behind.first().className);
    saveScreenshot(page, QStringLiteral("lessons-page.png"));
    ui::LessonDialog *dialog = page.recordLesson();
    saveScreenshot(*dialog, QStringLiteral("lessons-dialog.png"));
    dialog->close();
    ui::LessonDialog *several = page.recordForSeveral();
    saveScreenshot(*several, QStringLiteral("lessons-dialog-several.png"));
    several->close();
    ui::LessonsPanel panel(school);
    panel.resize(760, 320);
    panel.refresh();
    panel.show();
    saveScreenshot(panel, QStringLiteral("lessons-panel.png"));
}
