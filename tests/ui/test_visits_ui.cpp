// Home visits (家访) in the GUI on real encrypted databases: a visit for two siblings recorded
// through the dialog changes the page's coverage; a refused visit writes nothing; a class's
// students still to visit and their printed list (pdftotext); the student file's tab; the home
// panel's overdue key student; a class teacher sees and records for their own classes only, a
// head reads without the write buttons; the coverage rules in Settings. Plus [.screenshot]
// pictures of the page, the dialog and the panel (Chinese).
#include "uitestsupport.h"

#include "settings/settingsdialog.h"
#include "shell/mainwindow.h"
#include "students/studentfiledialog.h"
#include "testsupport.h"
#include "visits/coveragerulessection.h"
#include "visits/homevisitdialog.h"
#include "visits/homevisitspage.h"
#include "visits/homevisitspanel.h"
#include "visits/homevisitstab.h"

#include "domain/student.h"
#include "repo/audit.h"
#include "repo/gridrepository.h"
#include "repo/homevisitrepository.h"
#include "repo/riskrepository.h"
#include "repo/studentquery.h"
#include "repo/studentrepository.h"
#include "services/demodata.h"
#include "services/schoolfile.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace xinan;
using namespace xinan::test;

namespace {

const char *const TeacherPassword = "violet harbour lantern 47";

struct Fixture
{
    clock::testing::FixedClock fixed { testNow() }; // Mon 2026-11-16 10:00, autumn term 2026-2027-1
    TempDir dir;
    QString path = dir.path(QStringLiteral("v.xinan"));
    SchoolFile school = [this] {
        createSchool(path);
        return SchoolFile::unlockWithPassword(path, QStringLiteral("wang"), secret("correct horse 1"));
    }();
    qint64 yu = add("G520000000001", QStringLiteral("杨小雨"), 7, QStringLiteral("1班"));
    qint64 feng = add("G520000000002", QStringLiteral("杨小风"), 7, QStringLiteral("1班"));
    qint64 jun = add("G520000000003", QStringLiteral("龙小军"), 7, QStringLiteral("1班"));
    qint64 hua = add("G520000000004", QStringLiteral("吴小花"), 7, QStringLiteral("2班"));
    qint64 ming = add("G520000000005", QStringLiteral("王小明"), 8, QStringLiteral("3班"));

    qint64 add(const char *no, const QString &name, int grade, const QString &className)
    {
        Student s;
        s.studentNo = QString::fromLatin1(no);
        s.name = name;
        s.grade = grade;
        s.className = className;
        return StudentRepository(school.db(), QStringLiteral("wang")).add(s);
    }
    HomeVisitRepository visits() { return HomeVisitRepository(school.db(), QStringLiteral("wang")); }
    // A class teacher "li" for 七年级1班 and a head "zhang", each with their own unlocked file.
    void addTeacherAndHead()
    {
        school.addUser(QStringLiteral("li"), secret(TeacherPassword), AccountRole::ClassTeacher);
        school.addUser(QStringLiteral("zhang"), secret(TeacherPassword), AccountRole::Head);
        GridRepository(school.db(), QStringLiteral("wang")).assignClassTeacher(7, QStringLiteral("1班"), QStringLiteral("li"));
    }
    SchoolFile open(const QString &user) { return SchoolFile::unlockWithPassword(path, user, secret(TeacherPassword)); }
};

const ClassVisitCoverage *classRow(const TermCoverage &coverage, int grade, const QString &className)
{
    for (const ClassVisitCoverage &c : coverage.classes)
        if (c.grade == grade && c.className == className)
            return &c;
    return nullptr;
}

QStringList column(const QTreeWidget *tree, int c)
{
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        texts << tree->topLevelItem(i)->text(c);
    return texts;
}

void chooseStudent(ui::HomeVisitDialog *dialog, const QString &search)
{
    child<QLineEdit>(dialog, "studentSearch")->setText(search);
    REQUIRE(child<QListWidget>(dialog, "studentMatches")->count() == 1);
    child<QPushButton>(dialog, "addVisitStudent")->click();
}

} // namespace

TEST_CASE_METHOD(Fixture, "a visit to two siblings recorded through the dialog changes the coverage on the page", "[visits]")
{
    RecordedMessages boxes;
    ui::HomeVisitsPage page(school);
    page.show();
    QSignalSpy changed(&page, &ui::ModulePage::changed);
    CHECK(page.termId() == QStringLiteral("2026-2027-1"));
    CHECK(child<QComboBox>(&page, "visitTerm")->currentText().contains(termDisplayName(QStringLiteral("2026-2027-1"))));
    REQUIRE(page.selectClass(7, QStringLiteral("1班")));
    CHECK(page.missing().size() == 3);
    REQUIRE(classRow(page.coverage(), 7, QStringLiteral("1班")) != nullptr);
    CHECK(classRow(page.coverage(), 7, QStringLiteral("1班"))->visited == 0);
    // Every student once a term (the default): every class is behind, in red with the rule.
    auto *table = child<QTreeWidget>(&page, "coverageTable");
    REQUIRE(table->topLevelItemCount() == 2); // 七年级, 八年级
    QTreeWidgetItem *classItem = table->topLevelItem(0)->child(0);
    CHECK(classItem->text(0) == QStringLiteral("1班"));
    CHECK(classItem->text(7).contains(QStringLiteral("3 more to visit")));
    CHECK(child<QLabel>(&page, "coverageTotals")->text().contains(QStringLiteral("every enrolled student")));

    ui::HomeVisitDialog *dialog = page.newVisit();
    REQUIRE(dialog != nullptr);
    // The signed-in account is the first visitor.
    auto *visitor = child<QComboBox>(dialog, "visitorName");
    CHECK(visitor->currentData().toString() == QStringLiteral("wang"));
    chooseStudent(dialog, QStringLiteral("yxy"));
    chooseStudent(dialog, QStringLiteral("yxf"));
    CHECK(dialog->studentIds() == QList<qint64> { yu, feng });
    // The same student twice stays once.
    CHECK_FALSE(dialog->addStudent(yu));
    // A second visitor without an account: a typed name.
    child<QPushButton>(dialog, "addVisitor")->click();
    const QList<QWidget *> rows = dialog->findChildren<QWidget *>(QStringLiteral("visitorRow"));
    REQUIRE(rows.size() == 2);
    auto *secondRole = child<QComboBox>(rows[1], "visitorRole");
    secondRole->setCurrentIndex(secondRole->findData(QStringLiteral("subject_teacher")));
    child<QComboBox>(rows[1], "visitorName")->setEditText(QStringLiteral("李老师"));
    child<QDateTimeEdit>(dialog, "visitedAt")->setDateTime(QDateTime(QDate(2026, 11, 12), QTime(19, 30)));
    auto *form = child<QComboBox>(dialog, "visitForm");
    form->setCurrentIndex(form->findData(QStringLiteral("onsite")));
    child<QLineEdit>(dialog, "metWhom")->setText(QStringLiteral("杨母"));
    child<QComboBox>(dialog, "metRelation")->setEditText(QStringLiteral("母亲"));
    child<QCheckBox>(dialog, "familyTag_single_parent")->setChecked(true);
    child<QPlainTextEdit>(dialog, "agreed")->setPlainText(QStringLiteral("每周五电话沟通一次"));

    // A follow-up before the visit: the repository's message, nothing written.
    child<QCheckBox>(dialog, "hasFollowup")->setChecked(true);
    child<QDateEdit>(dialog, "followupOn")->setDate(QDate(2026, 11, 1));
    child<QPushButton>(dialog, "saveVisit")->click();
    CHECK(dialog->isVisible());
    auto *error = child<QLabel>(dialog, "visitError");
    CHECK(error->isVisibleTo(dialog));
    CHECK(error->text().contains(QStringLiteral("Follow-up on")));
    CHECK(visits().visitsIn(QStringLiteral("2026-2027-1")).isEmpty());

    child<QDateEdit>(dialog, "followupOn")->setDate(QDate(2026, 11, 30));
    child<QPushButton>(dialog, "saveVisit")->click();
    CHECK_FALSE(dialog->isVisible());
    CHECK(changed.count() == 1);
    CHECK(boxes.messages().isEmpty());

    const QList<HomeVisit> stored = visits().visitsIn(QStringLiteral("2026-2027-1"));
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().studentIds.size() == 2);
    CHECK(stored.first().visitors
        == QList<Visitor> { Visitor { VisitorRole::Counsellor, QStringLiteral("wang"), QStringLiteral("wang") },
            Visitor { VisitorRole::SubjectTeacher, QString(), QStringLiteral("李老师") } });
    CHECK(stored.first().familyTags == QStringList { QStringLiteral("single_parent") });
    CHECK(stored.first().followupOn == QDate(2026, 11, 30));

    // The family visit counts for each child: 2 of 3 visited, only 龙小军 still to visit.
    const ClassVisitCoverage *row = classRow(page.coverage(), 7, QStringLiteral("1班"));
    REQUIRE(row != nullptr);
    CHECK(row->visited == 2);
    CHECK(row->onsite == 2);
    CHECK(column(child<QTreeWidget>(&page, "missingStudents"), 0) == QStringList { QStringLiteral("龙小军") });
    CHECK(child<QLabel>(&page, "coverageTotals")->text().contains(QStringLiteral("2 visited")));
    auto *list = child<QTreeWidget>(&page, "termVisits");
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(0) == QStringLiteral("2026-11-12 19:30"));
    CHECK(list->topLevelItem(0)->text(2).contains(QStringLiteral("杨小雨")));
    CHECK(list->topLevelItem(0)->text(2).contains(QStringLiteral("杨小风")));

    // Opened again, the form shows what was stored; deleting asks first.
    list->setCurrentItem(list->topLevelItem(0));
    ui::HomeVisitDialog *again = page.openSelected();
    REQUIRE(again != nullptr);
    QList<qint64> shown = again->visit().studentIds;
    std::sort(shown.begin(), shown.end());
    CHECK(shown == QList<qint64> { yu, feng });
    CHECK(child<QCheckBox>(again, "familyTag_single_parent")->isChecked());
    again->close();
    ui::testing::setNextAnswer(false);
    CHECK_FALSE(page.deleteSelected());
    ui::testing::setNextAnswer(true);
    CHECK(page.deleteSelected());
    CHECK(visits().visitsIn(QStringLiteral("2026-2027-1")).isEmpty());
    CHECK(page.missing().size() == 3);
}

TEST_CASE_METHOD(Fixture, "a class's students still to visit sort and print as the class teacher's list", "[visits]")
{
    HomeVisit v;
    v.visitedAt = QDateTime(QDate(2026, 10, 9), QTime(0, 0));
    v.form = VisitForm::Phone;
    v.studentIds = { feng };
    v.visitors = { Visitor { VisitorRole::ClassTeacher, {}, QStringLiteral("李红") } };
    visits().add(v);
    // A visit of the last term: 杨小雨's last visit, but no visit this term.
    v.visitedAt = QDateTime(QDate(2026, 5, 20), QTime(16, 0));
    v.studentIds = { yu };
    visits().add(v);

    RecordedMessages boxes;
    ui::HomeVisitsPage page(school);
    page.show();
    REQUIRE(page.selectClass(7, QStringLiteral("1班")));
    auto *missing = child<QTreeWidget>(&page, "missingStudents");
    REQUIRE(missing->topLevelItemCount() == 2);
    missing->sortItems(3, Qt::AscendingOrder); // last visit: 2026-05-20 before "never"
    CHECK(column(missing, 0).first() == QStringLiteral("杨小雨"));
    CHECK(column(missing, 3).first() == QStringLiteral("2026-05-20"));
    missing->sortItems(1, Qt::DescendingOrder); // student number
    CHECK(column(missing, 1) == QStringList { QStringLiteral("G520000000003"), QStringLiteral("G520000000001") });
    CHECK(child<QLabel>(&page, "missingTitle")->text().contains(QStringLiteral("2 student(s)")));
    // The last term shows last term's coverage.
    REQUIRE(page.setTerm(QStringLiteral("2025-2026-2")));
    CHECK(classRow(page.coverage(), 7, QStringLiteral("1班"))->visited == 1);
    REQUIRE(page.setTerm(QStringLiteral("2026-2027-1")));
    REQUIRE(page.selectClass(7, QStringLiteral("1班")));

    // Declining the warning writes nothing.
    const QString pdf = dir.path(QStringLiteral("list.pdf"));
    ui::testing::setNextAnswer(false);
    CHECK_FALSE(page.exportMissingPdf());
    REQUIRE(boxes.messages().size() == 1);
    CHECK(boxes.messages().first().text.contains(QStringLiteral("names the students")));
    CHECK_FALSE(QFile::exists(pdf));

    ui::testing::setNextAnswer(true);
    ui::testing::setNextFileName(pdf);
    REQUIRE(page.exportMissingPdf());
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("龙小军")));
    CHECK(text.contains(QStringLiteral("杨小雨")));
    CHECK(text.contains(QStringLiteral("G520000000003")));
    CHECK(text.contains(QStringLiteral("2026-05-20")));
    CHECK_FALSE(text.contains(QStringLiteral("杨小风")));
    CHECK_FALSE(text.contains(QStringLiteral("吴小花")));
    CHECK(text.contains(QStringLiteral("1班")));
    CHECK(text.contains(gradeName(7)));
    CHECK(radicalsIn(text).isEmpty());
    CHECK((QFile(pdf).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    // The print is in the audit log with how many students it names.
    AuditFilter filter;
    filter.action = QStringLiteral("export");
    const QList<AuditEntry> audit = queryAudit(school.db(), filter);
    REQUIRE_FALSE(audit.isEmpty());
    CHECK(audit.first().entity == QStringLiteral("visits_missing"));
    CHECK(audit.first().detail.startsWith(QStringLiteral("students=2")));
}

TEST_CASE_METHOD(Fixture, "the student file's tab records a visit for that student", "[visits]")
{
    ui::StudentFileDialog file(school, jun);
    file.show();
    auto *tab = file.findChild<ui::HomeVisitsTab *>();
    REQUIRE(tab != nullptr);
    auto *tabs = child<QTabWidget>(&file, "tabs");
    CHECK(tabs->tabText(tabs->indexOf(tab)) == QStringLiteral("Home visits"));
    CHECK(tab->rowCount() == 0);

    ui::HomeVisitDialog *dialog = tab->newVisit();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->studentIds() == QList<qint64> { jun });
    // Enter in the search adds the sibling found, and does not save the visit.
    auto *search = child<QLineEdit>(dialog, "studentSearch");
    search->setText(QStringLiteral("杨小雨"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(dialog->isVisible());
    CHECK(dialog->studentIds() == QList<qint64> { jun, yu });
    CHECK(visits().studentVisits(jun).isEmpty());
    auto *form = child<QComboBox>(dialog, "visitForm");
    form->setCurrentIndex(form->findData(QStringLiteral("phone")));
    child<QPushButton>(dialog, "saveVisit")->click();
    CHECK_FALSE(dialog->isVisible());
    CHECK(tab->rowCount() == 1);
    CHECK(child<QTreeWidget>(tab, "studentVisits")->topLevelItem(0)->text(1) == visitFormName(VisitForm::Phone));
    CHECK(visits().studentVisits(jun).size() == 1);
    CHECK(visits().studentVisits(yu).size() == 1);
}

TEST_CASE_METHOD(Fixture, "the home panel lists an overdue key student and the term's coverage", "[visits]")
{
    // 王小明 has been orange since September and never visited.
    {
        clock::testing::FixedClock september(QDateTime(QDate(2026, 9, 7), QTime(9, 0)));
        RiskRepository(school.db(), QStringLiteral("wang"))
            .change(ming, RiskLevel::Orange, RiskSource::Session, QStringLiteral("情绪低落"));
    }
    clock::testing::FixedClock now(testNow());
    ui::HomeVisitsPanel panel(school);
    panel.refresh();
    CHECK(panel.title() == QStringLiteral("Home visit reminders"));
    CHECK(panel.waitingCount() >= 1);
    auto *due = child<QTreeWidget>(&panel, "dueVisits");
    QTreeWidgetItem *item = nullptr;
    for (int i = 0; i < due->topLevelItemCount(); ++i)
        if (due->topLevelItem(i)->text(0) == QStringLiteral("王小明") && due->topLevelItem(i)->text(5).contains(u"day"))
            item = due->topLevelItem(i);
    REQUIRE(item != nullptr);
    CHECK(item->text(4) == QStringLiteral("never"));
    CHECK(item->foreground(5).color() == QColor::fromRgb(0xc62828));
    const QString line = child<QLabel>(&panel, "visitCoverageLine")->text();
    CHECK(line.contains(termDisplayName(QStringLiteral("2026-2027-1"))));
    CHECK(line.contains(QStringLiteral("0 of 5")));
    CHECK(line.contains(QStringLiteral("Behind")));

    QSignalSpy openStudent(&panel, &ui::HomePanel::openStudent);
    Q_EMIT due->itemDoubleClicked(item, 0);
    REQUIRE(openStudent.count() == 1);
    CHECK(openStudent.first().first().toLongLong() == ming);

    // Visited on site in October: neither October's visit nor the term's on-site visit is due.
    HomeVisit v;
    v.visitedAt = QDateTime(QDate(2026, 10, 20), QTime(17, 0));
    v.studentIds = { ming };
    v.visitors = { Visitor { VisitorRole::Counsellor, QStringLiteral("wang"), QStringLiteral("王老师") } };
    visits().add(v);
    panel.refresh();
    CHECK(column(due, 0).count(QStringLiteral("王小明")) == 0);
}

TEST_CASE_METHOD(Fixture, "a class teacher sees and records for their classes, a head reads without write buttons", "[visits]")
{
    addTeacherAndHead();
    {
        SchoolFile li = open(QStringLiteral("li"));
        RecordedMessages boxes;
        ui::HomeVisitsPage page(li);
        page.show();
        REQUIRE(page.coverage().classes.size() == 1);
        CHECK(page.coverage().classes.first().className == QStringLiteral("1班"));
        // Their one class is chosen: its students still to visit show at once.
        CHECK(page.missing().size() == 3);
        CHECK(page.coverage().enrolled == 3);
        CHECK(child<QPushButton>(&page, "newVisit")->isVisibleTo(&page));
        CHECK_FALSE(child<QLabel>(&page, "coverageTotals")->text().contains(QStringLiteral("吴小花")));

        ui::HomeVisitDialog *dialog = page.newVisit();
        REQUIRE(dialog != nullptr);
        CHECK(child<QComboBox>(dialog, "visitorRole")->currentData().toString() == QStringLiteral("class_teacher"));
        // A student of another class is refused with the repository's message.
        CHECK_FALSE(dialog->addStudent(hua));
        CHECK(child<QLabel>(dialog, "visitError")->text().contains(QStringLiteral("own classes")));
        CHECK(dialog->studentIds().isEmpty());
        // Saved without a student: refused, nothing written.
        child<QPushButton>(dialog, "saveVisit")->click();
        CHECK(dialog->isVisible());
        CHECK(child<QLabel>(dialog, "visitError")->text().contains(QStringLiteral("at least one student")));
        CHECK(visits().visitsIn(QStringLiteral("2026-2027-1")).isEmpty());
        chooseStudent(dialog, QStringLiteral("lxj"));
        child<QPushButton>(dialog, "saveVisit")->click();
        CHECK_FALSE(dialog->isVisible());
        CHECK(page.coverage().visited == 1);
        CHECK(boxes.messages().isEmpty());
    }
    CHECK(visits().studentVisits(jun).size() == 1);
    CHECK(visits().studentVisits(jun).first().recordedBy == QStringLiteral("li"));

    SchoolFile zhang = open(QStringLiteral("zhang"));
    RecordedMessages boxes;
    ui::HomeVisitsPage page(zhang);
    page.show();
    CHECK(page.coverage().classes.size() == 3);
    CHECK(page.coverage().visited == 1);
    CHECK(child<QPushButton>(&page, "newVisit")->isHidden());
    CHECK(child<QPushButton>(&page, "deleteVisit")->isHidden());
    CHECK_FALSE(child<QPushButton>(&page, "openVisit")->isHidden());
    CHECK(page.newVisit() == nullptr);
    auto *list = child<QTreeWidget>(&page, "termVisits");
    REQUIRE(list->topLevelItemCount() == 1);
    list->setCurrentItem(list->topLevelItem(0));
    CHECK_FALSE(page.deleteSelected());
    ui::HomeVisitDialog *dialog = page.openSelected();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->readOnly());
    CHECK_FALSE(child<QPushButton>(dialog, "saveVisit")->isVisibleTo(dialog));
    CHECK(dialog->visit().studentIds == QList<qint64> { jun });
    dialog->close();
    CHECK(boxes.messages().isEmpty());
}

TEST_CASE_METHOD(Fixture, "the coverage rules in Settings change the preset, read-only for a head", "[visits]")
{
    {
        ui::SettingsDialog settings(school);
        settings.show();
        auto *section = child<ui::CoverageRulesSection>(&settings, "coverageRulesSection");
        CHECK(child<QRadioButton>(section, "everyStudentPreset")->isChecked());
        child<QRadioButton>(section, "classSizePreset")->click();
        child<QCheckBox>(section, "keyMonthlyRule")->setChecked(false);
        child<QPushButton>(&settings, "ok")->click();
        CHECK_FALSE(settings.isVisible());
    }
    CoverageRules wanted;
    wanted.base = CoverageRules::Base::ClassSize;
    wanted.keyStudentsMonthly = false;
    CHECK(visits().rules() == wanted);
    // Classes of 30 or fewer are still all required under the class-size preset.
    ui::HomeVisitsPage page(school);
    CHECK(classRow(page.coverage(), 7, QStringLiteral("1班"))->required == 3);

    addTeacherAndHead();
    SchoolFile zhang = open(QStringLiteral("zhang"));
    ui::CoverageRulesSection section(zhang);
    CHECK(child<QRadioButton>(&section, "classSizePreset")->isChecked());
    CHECK_FALSE(child<QRadioButton>(&section, "everyStudentPreset")->isEnabled());
    CHECK(section.save());
    CHECK(visits().rules() == wanted);
}

TEST_CASE("screenshots of the home-visit page, the visit dialog and the home panel", "[.screenshot]")
{
    prepareScreenshots();
    clock::testing::FixedClock fixed(testNow());
    TempDir dir;
    const QString db = dir.path(QStringLiteral("demo.xinan"));
    createDemoDatabase(db, QStringLiteral("demo"), secret("demo lanterns by the river"), { 600, 2026 });
    SchoolFile school = SchoolFile::unlockWithPassword(db, QStringLiteral("demo"), secret("demo lanterns by the river"));
    HomeVisitRepository visits(school.db(), school.user());
    if (visits.visitsIn(QStringLiteral("2026-2027-1")).size() < 20) {
        // A term of visits: most students of most classes, a few classes well behind.
        QList<HomeVisit> batch;
        int n = 0;
        for (const StudentRow &row : StudentQuery(school.db()).page({}, StudentSort::Grade, true, 0, 1000)) {
            ++n;
            const bool behindClass = row.className.startsWith(QStringLiteral("2"));
            if (n % (behindClass ? 2 : 6) == 0)
                continue;
            HomeVisit v;
            v.visitedAt = QDateTime(QDate(2026, 9, 10).addDays(n % 60), QTime(18, 30));
            v.form = n % 4 == 0 ? VisitForm::Phone : VisitForm::Onsite;
            v.purpose = n % 9 == 0 ? VisitPurpose::LeftBehind : VisitPurpose::Routine;
            v.studentIds = { row.id };
            v.visitors = { Visitor { VisitorRole::ClassTeacher, {}, QStringLiteral("班主任") },
                Visitor { VisitorRole::Counsellor, QStringLiteral("demo"), QStringLiteral("demo") } };
            v.metWhom = QStringLiteral("家长");
            v.metRelation = QStringLiteral("母亲");
            v.familyTags
                = n % 5 == 0 ? QStringList { QStringLiteral("left_behind"), QStringLiteral("grandparents") } : QStringList {};
            v.studentAtHome = QStringLiteral("在家能按时完成作业，周末帮忙做家务。");
            v.parentsViews = QStringLiteral("希望学校多关注孩子的情绪变化。");
            v.agreed = QStringLiteral("每两周电话沟通一次。");
            batch << v;
        }
        visits.addAll(batch);
    }

    ui::HomeVisitsPage page(school);
    page.resize(1366, 768);
    page.show();
    const TermCoverage coverage = page.coverage();
    REQUIRE_FALSE(coverage.classes.isEmpty());
    for (const ClassVisitCoverage &c : coverage.classes)
        if (c.behind) {
            page.selectClass(c.grade, c.className);
            break;
        }
    saveScreenshot(page, QStringLiteral("visits-page.png"));
    child<QTabWidget>(&page, "visitTabs")->setCurrentIndex(1);
    saveScreenshot(page, QStringLiteral("visits-page-list.png"));

    auto *list = child<QTreeWidget>(&page, "termVisits");
    REQUIRE(list->topLevelItemCount() > 0);
    list->setCurrentItem(list->topLevelItem(0));
    ui::HomeVisitDialog *dialog = page.openSelected();
    REQUIRE(dialog != nullptr);
    saveScreenshot(*dialog, QStringLiteral("visits-dialog.png"));
    dialog->close();
    ui::HomeVisitDialog *fresh = page.newVisit();
    saveScreenshot(*fresh, QStringLiteral("visits-dialog-new.png"));
    fresh->close();

    ui::HomeVisitsPanel panel(school);
    panel.resize(760, 320);
    panel.refresh();
    panel.show();
    saveScreenshot(panel, QStringLiteral("visits-panel.png"));

    ui::CoverageRulesSection rules(school);
    rules.resize(760, 420);
    rules.show();
    saveScreenshot(rules, QStringLiteral("visits-rules.png"));

    // A class teacher's window opens on the page, with their class only.
    school.addUser(QStringLiteral("li"), secret(TeacherPassword), AccountRole::ClassTeacher);
    const ClassVisitCoverage first = coverage.classes.first();
    GridRepository(school.db(), school.user()).assignClassTeacher(first.grade, first.className, QStringLiteral("li"));
    {
        ui::MainWindow window(
            std::make_unique<SchoolFile>(SchoolFile::unlockWithPassword(db, QStringLiteral("li"), secret(TeacherPassword))));
        window.resize(1366, 768);
        window.show();
        auto *landed = window.findChild<ui::HomeVisitsPage *>();
        REQUIRE(landed != nullptr);
        CHECK(landed->isVisible());
        CHECK(landed->coverage().classes.size() == 1);
        saveScreenshot(window, QStringLiteral("visits-class-teacher.png"));
    }
}
