// The student list and the student file on real encrypted databases: search, filters,
// scope, the lazy model, adding with a validation error first, editing, archiving, notes and
// the self-clearing clipboard.
#include "uitestsupport.h"

#include "leave/statuschangedialog.h"
#include "students/sensitiveclipboard.h"
#include "students/studentfiledialog.h"
#include "students/studentlistmodel.h"
#include "students/studentspage.h"
#include "students/studenttimeline.h"
#include "testsupport.h"

#include "repo/noterepository.h"
#include "repo/settingsrepository.h"
#include "repo/studentrepository.h"
#include "services/demodata.h"
#include "services/schoolfile.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace xinan;
using namespace xinan::test;
using namespace std::chrono_literals;

namespace {

Student student(
    const char *no, const QString &name, int grade, const QString &className, StudentStatus status = StudentStatus::Enrolled)
{
    Student s;
    s.studentNo = QString::fromLatin1(no);
    s.name = name;
    s.grade = grade;
    s.className = className;
    s.status = status;
    return s;
}

struct Fixture
{
    TempDir dir;
    QString path = dir.path(QStringLiteral("s.xinan"));
    SchoolFile school = [this] {
        createSchool(path);
        return SchoolFile::unlockWithPassword(path, QStringLiteral("wang"), secret("correct horse 1"));
    }();

    void addSample()
    {
        StudentRepository(school.db(), school.user())
            .addAll({ student("G000000000001", QStringLiteral("张三"), 7, QStringLiteral("1班")),
                student("G000000000002", QStringLiteral("李四"), 7, QStringLiteral("2班")),
                student("G000000000003", QStringLiteral("张小明"), 8, QStringLiteral("1班")),
                student("G000000000004", QStringLiteral("王五"), 8, QStringLiteral("1班"), StudentStatus::Graduated),
                student("G000000000005", QStringLiteral("赵六"), 9, QStringLiteral("3班"), StudentStatus::Suspended) });
    }
};

QStringList shownNames(const ui::StudentsPage &page)
{
    const QAbstractItemModel *m = child<QTableView>(&page, "students")->model();
    QStringList names;
    for (int r = 0; r < m->rowCount(); ++r)
        names << m->index(r, ui::StudentListModel::NameColumn).data().toString();
    return names;
}

void selectData(QComboBox *combo, const QVariant &value)
{
    const int i = combo->findData(value);
    REQUIRE(i >= 0);
    combo->setCurrentIndex(i);
}

int rowOfName(const ui::StudentsPage &page, const QString &name)
{
    return static_cast<int>(shownNames(page).indexOf(name));
}

} // namespace

TEST_CASE_METHOD(Fixture, "the list shows the current students and counts them", "[ui][students]")
{
    addSample();
    ui::StudentsPage page(school);
    page.show();
    CHECK(shownNames(page) == QStringList { QStringLiteral("张三"), QStringLiteral("李四"), QStringLiteral("张小明") });
    CHECK(child<QLabel>(&page, "count")->text().contains(QLatin1Char('3')));
}

TEST_CASE_METHOD(Fixture, "typing pinyin initials narrows the list after a short pause", "[ui][students]")
{
    addSample();
    ui::StudentsPage page(school);
    page.show();
    auto *search = child<QLineEdit>(&page, "search");
    search->setText(QStringLiteral("zs"));
    CHECK(shownNames(page).size() == 3); // not yet: the search waits for the typing to pause
    REQUIRE(waitUntil([&] { return shownNames(page).size() == 1; }, 2000));
    CHECK(shownNames(page) == QStringList { QStringLiteral("张三") });
    CHECK(child<QLabel>(&page, "count")->text().contains(QLatin1Char('1')));
    search->setText(QStringLiteral("zxm"));
    REQUIRE(waitUntil([&] { return shownNames(page) == QStringList { QStringLiteral("张小明") }; }, 2000));
    search->clear();
    REQUIRE(waitUntil([&] { return shownNames(page).size() == 3; }, 2000));
}

TEST_CASE_METHOD(Fixture, "the grade, class and scope filters", "[ui][students]")
{
    addSample();
    ui::StudentsPage page(school);
    page.show();
    auto *grade = child<QComboBox>(&page, "gradeFilter");
    CHECK(grade->count() == 4); // all + 7, 8, 9
    selectData(grade, 7);
    CHECK(shownNames(page) == QStringList { QStringLiteral("张三"), QStringLiteral("李四") });
    auto *classes = child<QComboBox>(&page, "classFilter");
    CHECK(classes->count() == 3); // all + the classes of grade 7
    selectData(classes, QStringLiteral("2班"));
    CHECK(shownNames(page) == QStringList { QStringLiteral("李四") });
    selectData(grade, 0); // the class stays chosen: 2班 of every grade
    CHECK(classes->currentData().toString() == QStringLiteral("2班"));
    selectData(classes, QString());
    selectData(child<QComboBox>(&page, "scopeFilter"), static_cast<int>(StudentFilter::Scope::Archived));
    CHECK(shownNames(page) == QStringList { QStringLiteral("王五"), QStringLiteral("赵六") });
    selectData(child<QComboBox>(&page, "scopeFilter"), static_cast<int>(StudentFilter::Scope::All));
    CHECK(shownNames(page).size() == 5);
}

TEST_CASE_METHOD(
    Fixture, "the lazy list model passes QAbstractItemModelTester through filters, sorts and reloads", "[ui][students][model]")
{
    StudentRepository(school.db(), school.user()).addAll(demoStudents({ 700, 11 }));
    ui::StudentListModel model(school.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() > 600);
    // Rows far apart come from different pages of the sliding cache.
    const QString last = model.index(model.rowCount() - 1, ui::StudentListModel::StudentNoColumn).data().toString();
    CHECK(last.startsWith(QLatin1Char('G')));
    CHECK(model.index(0, ui::StudentListModel::NameColumn).data().toString().size() >= 2);
    QPersistentModelIndex kept = model.index(5, ui::StudentListModel::NameColumn);
    const QString keptName = kept.data().toString();
    model.sort(ui::StudentListModel::NameColumn, Qt::DescendingOrder);
    CHECK(kept.isValid());
    CHECK(kept.data().toString() == keptName);
    model.sort(ui::StudentListModel::StudentNoColumn);
    model.sort(ui::StudentListModel::EthnicityColumn); // not sortable: nothing changes
    StudentFilter f;
    f.text = QStringLiteral("z");
    model.setFilter(f);
    f.text = QStringLiteral("zh");
    model.setFilter(f);
    f.grade = 3;
    model.setFilter(f);
    model.reload();
    for (int r = 0; r < model.rowCount(); ++r)
        CHECK(model.index(r, ui::StudentListModel::GradeColumn).data().toString() == gradeName(3));
}

TEST_CASE_METHOD(Fixture, "adding a student shows what is wrong, then saves the corrected record", "[ui][students]")
{
    addSample();
    ui::StudentsPage page(school);
    StudentFileOpener files(page, school);
    page.show();
    page.addStudent();
    ui::StudentFileDialog *dialog = files.last();
    REQUIRE(dialog);
    child<QLineEdit>(dialog, "studentNo")->setText(QStringLiteral("G12")); // too short
    child<QLineEdit>(dialog, "name")->setText(QStringLiteral("陈一"));
    selectData(child<QComboBox>(dialog, "grade"), 7);
    child<QLineEdit>(dialog, "className")->setText(QStringLiteral("2班"));
    child<QPushButton>(dialog, "save")->click();
    auto *error = child<QLabel>(dialog, "fileError");
    CHECK(dialog->isVisible());
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("G12")));

    child<QLineEdit>(dialog, "studentNo")->setText(QStringLiteral("G000000000001")); // 张三's
    child<QPushButton>(dialog, "save")->click();
    CHECK(dialog->isVisible());
    CHECK(error->text().contains(QStringLiteral("G000000000001")));

    // A guardian's phone number is checked too.
    child<QPushButton>(dialog, "addGuardian")->click();
    auto *guardians = child<QTableWidget>(dialog, "guardians");
    guardians->item(0, 0)->setText(QStringLiteral("陈大"));
    guardians->item(0, 2)->setText(QStringLiteral("call me"));
    child<QLineEdit>(dialog, "studentNo")->setText(QStringLiteral("G000000000099"));
    child<QPushButton>(dialog, "save")->click();
    CHECK(error->text().contains(QStringLiteral("call me")));

    guardians->item(0, 2)->setText(QStringLiteral("13800001111"));
    bool accepted = false;
    QObject::connect(dialog, &QDialog::accepted, [&accepted] { accepted = true; });
    child<QPushButton>(dialog, "save")->click();
    CHECK(accepted);
    const auto saved = StudentRepository(school.db(), school.user()).findByStudentNo(QStringLiteral("G000000000099"));
    REQUIRE(saved);
    CHECK(saved->guardians.size() == 1);
    CHECK(saved->guardians.at(0).phone == QStringLiteral("13800001111"));
    CHECK(rowOfName(page, QStringLiteral("陈一")) >= 0);
}

TEST_CASE_METHOD(Fixture, "editing changes grade and class, archiving hides the student from the default list", "[ui][students]")
{
    addSample();
    ui::StudentsPage page(school);
    StudentFileOpener files(page, school);
    page.show();
    const qint64 id = StudentRepository(school.db(), school.user()).idOf(QStringLiteral("G000000000002"));
    Q_EMIT page.openStudent(id);
    ui::StudentFileDialog *dialog = files.last();
    REQUIRE(dialog);
    CHECK(child<QLineEdit>(dialog, "name")->text() == QStringLiteral("李四"));
    selectData(child<QComboBox>(dialog, "grade"), 8);
    child<QLineEdit>(dialog, "className")->setText(QStringLiteral("3班"));
    child<QPushButton>(dialog, "save")->click();
    auto edited = StudentRepository(school.db(), school.user()).find(id);
    CHECK(edited->grade == 8);
    CHECK(edited->className == QStringLiteral("3班"));
    selectData(child<QComboBox>(&page, "gradeFilter"), 8);
    CHECK(shownNames(page).contains(QStringLiteral("李四")));
    selectData(child<QComboBox>(&page, "gradeFilter"), 0);

    Q_EMIT page.openStudent(id);
    dialog = files.last();
    REQUIRE(dialog);
    // The status changes through 变更学籍状态… (a dated event with its reason), not the form.
    ui::StatusChangeDialog *status = dialog->changeStatus();
    REQUIRE(status);
    selectData(child<QComboBox>(status, "toStatus"), static_cast<int>(StudentStatus::TransferredOut));
    child<QPlainTextEdit>(status, "reason")->setPlainText(QStringLiteral("转学"));
    child<QPushButton>(status, "changeStatusOk")->click();
    child<QPushButton>(dialog, "save")->click();
    CHECK_FALSE(shownNames(page).contains(QStringLiteral("李四")));
    selectData(child<QComboBox>(&page, "scopeFilter"), static_cast<int>(StudentFilter::Scope::Archived));
    CHECK(shownNames(page).contains(QStringLiteral("李四")));
    CHECK(StudentRepository(school.db(), school.user()).find(id)); // kept, never deleted
}

TEST_CASE_METHOD(Fixture, "a note added in the student's file appears on the timeline", "[ui][students]")
{
    addSample();
    const qint64 id = StudentRepository(school.db(), school.user()).idOf(QStringLiteral("G000000000001"));
    NoteRepository(school.db(), school.user()).add(id, clock::today().addDays(-7), QStringLiteral("初次谈话"));
    ui::StudentFileDialog dialog(school, id);
    dialog.show();
    ui::StudentTimeline *timeline = dialog.timeline();
    CHECK(timeline->entryCount() == 1);
    ui::NoteDialog *note = timeline->addNote();
    REQUIRE(note);
    child<QPushButton>(note, "saveNote")->click(); // empty: refused, stays open
    CHECK(note->isVisible());
    CHECK(child<QLabel>(note, "noteError")->isVisible());
    child<QPlainTextEdit>(note, "noteText")->setPlainText(QStringLiteral("家访：祖母在家，学习情况好转"));
    child<QPushButton>(note, "saveNote")->click();
    REQUIRE(timeline->entryCount() == 2);
    auto *tree = child<QTreeWidget>(timeline, "timeline");
    CHECK(tree->topLevelItem(0)->text(3) == QStringLiteral("家访：祖母在家，学习情况好转"));
    CHECK(tree->topLevelItem(0)->text(0) == clock::today().toString(Qt::ISODate));
    CHECK(tree->topLevelItem(0)->text(2) == QStringLiteral("wang"));
}

TEST_CASE_METHOD(Fixture, "a new student's file cannot take notes until saved", "[ui][students]")
{
    ui::StudentFileDialog dialog(school, 0);
    CHECK_FALSE(child<QPushButton>(dialog.timeline(), "addNote")->isEnabled());
    CHECK(dialog.timeline()->addNote() == nullptr);
    CHECK(dialog.findChild<QLineEdit *>(QStringLiteral("idCard")) == nullptr); // the school does not store ID cards
}

TEST_CASE("copied personal data is cleared after the delay unless the clipboard changed", "[ui][students][clipboard]")
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    ui::SensitiveClipboard copier(50ms);
    copier.copy(QStringLiteral("G520000000001"));
    CHECK(clipboard->text() == QStringLiteral("G520000000001"));
    REQUIRE(waitUntil([&] { return clipboard->text().isEmpty(); }, 2000));

    copier.copy(QStringLiteral("13800001111"));
    clipboard->setText(QStringLiteral("the user's own text"));
    QTest::qWait(150);
    CHECK(clipboard->text() == QStringLiteral("the user's own text"));
}

TEST_CASE_METHOD(Fixture, "when the school stores ID cards the number is shown masked until asked", "[ui][students][idcard]")
{
    SettingsRepository(school.db(), school.user()).setFlag(QString::fromLatin1(SettingsRepository::StoreIdCardKey), true);
    Student s = student("G000000000001", QStringLiteral("张三"), 7, QStringLiteral("1班"));
    s.idCard = QStringLiteral("11010519491231002X");
    const qint64 id = StudentRepository(school.db(), school.user()).add(s);
    ui::StudentFileDialog dialog(school, id);
    auto *idCard = child<QLineEdit>(&dialog, "idCard");
    auto *show = child<QToolButton>(&dialog, "showIdCard");
    CHECK(idCard->text() == QStringLiteral("1101**********002X"));
    CHECK(idCard->isReadOnly());
    show->click();
    CHECK(idCard->text() == QStringLiteral("11010519491231002X"));
    idCard->setText(QStringLiteral("110105194912310021")); // wrong check character
    show->click();
    CHECK(idCard->text() == QStringLiteral("1101**********0021"));
    child<QPushButton>(&dialog, "save")->click();
    CHECK(child<QLabel>(&dialog, "fileError")->text().contains(QStringLiteral("1101**********0021")));
    CHECK(dialog.student().idCard == QStringLiteral("110105194912310021"));
}
