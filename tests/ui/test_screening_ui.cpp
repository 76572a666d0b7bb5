// The screening page on real encrypted databases: typing paper forms end to end (digits, Enter,
// the next student; a wrong digit or length saves nothing), creating a drive with an error
// first, coverage and missing lists that follow the entries, a result from another platform,
// and importing a survey sheet with a bad row (valid rows only). Plus the [.screenshot] test.
#include "uitestsupport.h"

#include "screening/drivedialog.h"
#include "screening/externalresultdialog.h"
#include "screening/paperentrydialog.h"
#include "screening/screeningimportdialog.h"
#include "screening/screeningpage.h"
#include "students/studentfiledialog.h"
#include "testsupport.h"

#include "repo/riskrepository.h"
#include "repo/screeningrepository.h"
#include "repo/studentrepository.h"
#include "services/demodata.h"
#include "services/schoolfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace xinan;
using namespace xinan::test;

namespace {

struct Fixture
{
    TempDir dir;
    QString path = dir.path(QStringLiteral("s.xinan"));
    SchoolFile school = [this] {
        createSchool(path);
        return SchoolFile::unlockWithPassword(path, QStringLiteral("wang"), secret("correct horse 1"));
    }();
    qint64 an = 0, li = 0, zhang = 0, other = 0;
    qint64 drive = 0;

    Fixture()
    {
        StudentRepository students(school.db(), school.user());
        const auto add = [&students](const char *no, const QString &name, int grade, const QString &cls) {
            Student s;
            s.studentNo = QString::fromLatin1(no);
            s.name = name;
            s.grade = grade;
            s.className = cls;
            return students.add(s);
        };
        zhang = add("G520000001", QStringLiteral("张三"), 4, QStringLiteral("1班"));
        li = add("G520000002", QStringLiteral("李四"), 4, QStringLiteral("1班"));
        an = add("G520000003", QStringLiteral("安娜"), 4, QStringLiteral("1班"));
        other = add("G520000004", QStringLiteral("王五"), 4, QStringLiteral("2班"));
        add("G520000005", QStringLiteral("赵六"), 2, QStringLiteral("1班")); // not a target grade
    }
    void createDrive()
    {
        drive = ScreeningRepository(school.db(), school.user())
                    .createDrive({ QStringLiteral("2026秋 四年级 PHQ-9"), QStringLiteral("2026-2027-1"),
                        { QStringLiteral("phq9") }, { 4 }, clock::today().addDays(-3), clock::today().addDays(10) });
    }
    QList<ScreeningResultRow> results() { return ScreeningRepository(school.db(), school.user()).results(drive); }
};

QString cellText(QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

TEST_CASE("paper forms are typed as digits: Enter saves and moves on, a wrong digit saves nothing", "[ui][screening]")
{
    Fixture f;
    f.createDrive();
    RecordedMessages messages;
    ui::ScreeningPage page(f.school);
    page.resize(1200, 760);
    page.show();
    REQUIRE(page.currentDriveId() == f.drive);
    auto *coverage = child<QTableWidget>(&page, "coverage");
    auto *missing = child<QTableWidget>(&page, "missing");
    REQUIRE(coverage->rowCount() == 2);
    CHECK(cellText(coverage, 0, 1) == QStringLiteral("1班"));
    CHECK(cellText(coverage, 0, 2) == QStringLiteral("3"));
    CHECK(cellText(coverage, 0, 4) == QStringLiteral("3"));
    REQUIRE(page.selectClass(4, QStringLiteral("1班")));
    REQUIRE(missing->rowCount() == 3);
    CHECK(cellText(missing, 0, 1) == QStringLiteral("安娜")); // by pinyin

    ui::PaperEntryDialog *dialog = page.enterPaperForms();
    REQUIRE(dialog);
    REQUIRE(waitUntil([&] { return dialog->isVisible(); }));
    auto *answers = child<QLineEdit>(dialog, "answers");
    auto *score = child<QLabel>(dialog, "score");
    auto *critical = child<QLabel>(dialog, "critical");
    CHECK(dialog->remainingCount() == 3);
    CHECK(dialog->currentStudentId() == f.an);

    // Live total and band while typing; Enter saves.
    QTest::keyClicks(answers, QStringLiteral("0123102"));
    CHECK(score->text().contains(QStringLiteral("7 of 9")));
    QTest::keyClicks(answers, QStringLiteral("00"));
    CHECK(score->text().contains(QStringLiteral("Total 9")));
    CHECK(score->text().contains(QStringLiteral("轻度")));
    CHECK(critical->isHidden());
    QTest::keyClick(answers, Qt::Key_Return);
    QList<ScreeningResultRow> rows = f.results();
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().studentId == f.an);
    CHECK(rows.first().total == 9);
    CHECK(rows.first().bandCode == QStringLiteral("mild"));
    CHECK(rows.first().source == QStringLiteral("entered"));
    CHECK_FALSE(rows.first().critical);
    CHECK(dialog->currentStudentId() == f.li);
    CHECK(dialog->remainingCount() == 2);
    CHECK(answers->text().isEmpty());
    CHECK(dialog->focusWidget() == answers);
    CHECK(dialog->statusText().contains(QStringLiteral("安娜")));

    // A digit that is no answer names the item at once and Enter saves nothing.
    QTest::keyClicks(answers, QStringLiteral("0124"));
    CHECK(dialog->errorText().contains(QStringLiteral("Item 4")));
    QTest::keyClick(answers, Qt::Key_Return);
    CHECK(f.results().size() == 1);
    CHECK(dialog->currentStudentId() == f.li);
    // Too few digits: Enter says which item is missing and saves nothing.
    answers->clear();
    QTest::keyClicks(answers, QStringLiteral("0123"));
    CHECK(dialog->errorText().isEmpty());
    QTest::keyClick(answers, Qt::Key_Return);
    CHECK(dialog->errorText().contains(QStringLiteral("item 5")));
    CHECK(f.results().size() == 1);
    CHECK(dialog->currentStudentId() == f.li);

    // Down skips to the next student, Up goes back.
    QTest::keyClick(answers, Qt::Key_Down);
    CHECK(dialog->currentStudentId() == f.zhang);
    QTest::keyClick(answers, Qt::Key_Up);
    CHECK(dialog->currentStudentId() == f.li);

    // A critical answer (item 9) shows in red and raises the student to yellow when saved.
    answers->clear();
    QTest::keyClicks(answers, QStringLiteral("000000001"));
    CHECK_FALSE(critical->isHidden());
    QTest::keyClick(answers, Qt::Key_Return);
    rows = f.results();
    REQUIRE(rows.size() == 2);
    CHECK(RiskRepository(f.school.db(), f.school.user()).current(f.li) == RiskLevel::Yellow);
    CHECK(dialog->statusText().contains(QStringLiteral("yellow")));
    CHECK(dialog->currentStudentId() == f.zhang);

    // The page followed: coverage and the missing list of the class.
    CHECK(cellText(coverage, 0, 3) == QStringLiteral("2"));
    CHECK(cellText(coverage, 0, 4) == QStringLiteral("1"));
    REQUIRE(missing->rowCount() == 1);
    CHECK(cellText(missing, 0, 1) == QStringLiteral("张三"));
    auto *results = child<QTableWidget>(&page, "results");
    CHECK(results->rowCount() == 2);
    auto *filter = child<QComboBox>(&page, "resultFilter");
    filter->setCurrentIndex(filter->findData(ui::ScreeningPage::CriticalResults));
    REQUIRE(results->rowCount() == 1);
    CHECK(cellText(results, 0, 1) == QStringLiteral("李四"));

    // The last student of the class: the list empties.
    QTest::keyClicks(answers, QStringLiteral("333333330"));
    QTest::keyClick(answers, Qt::Key_Return);
    CHECK(dialog->remainingCount() == 0);
    CHECK(dialog->currentStudentId() == 0);
    CHECK_FALSE(answers->isEnabled());
    CHECK(f.results().size() == 3);
    CHECK(messages.messages().isEmpty());
    dialog->close();
}

TEST_CASE("a new drive with an error stays open and once fixed is created and selected", "[ui][screening]")
{
    Fixture f;
    ui::ScreeningPage page(f.school);
    page.show();
    CHECK(child<QTableWidget>(&page, "drives")->rowCount() == 0);
    CHECK_FALSE(child<QPushButton>(&page, "enterPaperForms")->isEnabled());
    ui::DriveDialog *dialog = page.newDrive();
    REQUIRE(dialog);
    // Grade 4 has students, so it is ticked by default; grade 2 is shown, not ticked.
    CHECK(child<QCheckBox>(dialog, "grade4")->isChecked());
    CHECK_FALSE(child<QCheckBox>(dialog, "grade2")->isChecked());
    child<QPushButton>(dialog, "create")->click();
    CHECK(dialog->isVisible());
    CHECK(dialog->errorText().contains(QStringLiteral("no name")));
    child<QLineEdit>(dialog, "name")->setText(QStringLiteral("2026秋 四年级"));
    child<QDateEdit>(dialog, "endsOn")->setDate(clock::today().addDays(-1));
    child<QPushButton>(dialog, "create")->click();
    CHECK(dialog->isVisible());
    CHECK(dialog->errorText().contains(QStringLiteral("before it starts")));
    CHECK(ScreeningRepository(f.school.db(), f.school.user()).drives().isEmpty());

    child<QDateEdit>(dialog, "endsOn")->setDate(clock::today().addDays(14));
    QPointer<ui::DriveDialog> guard(dialog);
    child<QPushButton>(dialog, "create")->click();
    REQUIRE(waitUntil([&] { return guard.isNull(); }));
    const QList<ScreeningDrive> drives = ScreeningRepository(f.school.db(), f.school.user()).drives();
    REQUIRE(drives.size() == 1);
    CHECK(drives.first().targetGrades == QList<int> { 4 });
    CHECK(drives.first().instrumentId == QStringLiteral("phq9"));
    auto *table = child<QTableWidget>(&page, "drives");
    REQUIRE(table->rowCount() == 1);
    CHECK(page.currentDriveId() == drives.first().id);
    CHECK(cellText(table, 0, 5).startsWith(QStringLiteral("0 / 4")));
    CHECK(child<QTableWidget>(&page, "coverage")->rowCount() == 2);
    CHECK(child<QPushButton>(&page, "enterPaperForms")->isEnabled());
}

TEST_CASE("a result from another platform is recorded from the page", "[ui][screening]")
{
    Fixture f;
    f.createDrive();
    ui::ScreeningPage page(f.school);
    page.show();
    ui::ExternalResultDialog *dialog = page.recordExternal();
    REQUIRE(dialog);
    child<QLineEdit>(dialog, "studentSearch")->setText(QStringLiteral("G520000004"));
    auto *matches = child<QListWidget>(dialog, "studentMatches");
    REQUIRE(matches->count() == 1);
    CHECK(dialog->selectedStudentId() == f.other);
    child<QComboBox>(dialog, "instrumentName")->setEditText(QStringLiteral("SCL-90"));
    child<QSpinBox>(dialog, "total")->setValue(188);
    child<QComboBox>(dialog, "platform")->setEditText(QStringLiteral("省平台"));
    // No level yet: refused in the dialog.
    child<QPushButton>(dialog, "record")->click();
    CHECK(dialog->isVisible());
    CHECK(dialog->errorText().contains(QStringLiteral("level")));
    CHECK(f.results().isEmpty());
    child<QComboBox>(dialog, "level")->setEditText(QStringLiteral("阳性"));
    child<QCheckBox>(dialog, "needsInterview")->setChecked(true);
    QPointer<ui::ExternalResultDialog> guard(dialog);
    child<QPushButton>(dialog, "record")->click();
    REQUIRE(waitUntil([&] { return guard.isNull(); }));
    const QList<ScreeningResultRow> rows = f.results();
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().studentId == f.other);
    CHECK(rows.first().instrumentId == QStringLiteral("SCL-90"));
    CHECK(rows.first().bandCode == QStringLiteral("阳性"));
    CHECK(rows.first().platform == QStringLiteral("省平台"));
    CHECK(rows.first().needsInterview);
    auto *results = child<QTableWidget>(&page, "results");
    REQUIRE(results->rowCount() == 1);
    CHECK(cellText(results, 0, 4) == QStringLiteral("SCL-90"));
    CHECK(cellText(results, 0, 6) == QStringLiteral("阳性"));
    CHECK(cellText(results, 0, 9).contains(QStringLiteral("省平台")));
}

TEST_CASE("a survey sheet with a bad row: import all is refused, valid rows only records the rest", "[ui][screening]")
{
    Fixture f;
    f.createDrive();
    RecordedMessages messages;
    ui::ScreeningPage page(f.school);
    page.show();
    const QString csv = f.dir.path(QStringLiteral("问卷.csv"));
    writeBytes(csv,
        QStringLiteral("学籍号,姓名,Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9\n"
                       "G520000001,张三,0,1,0,1,0,1,0,0,0\n"
                       "G520000002,李四,0,1,7,1,0,1,0,0,0\n"
                       "G520009999,某某,0,0,0,0,0,0,0,0,0\n"
                       "G520000004,王五,2,2,2,2,2,2,0,0,0\n")
            .toUtf8());
    ui::ScreeningImportDialog *dialog = page.importSheet();
    REQUIRE(dialog);
    ui::testing::setNextFileName(csv);
    child<QPushButton>(dialog, "chooseFile")->click();
    INFO(dialog->lastMessage().toStdString());
    REQUIRE(dialog->hasPlan());
    auto *problems = child<QTableWidget>(dialog, "problems");
    REQUIRE(problems->rowCount() == 2);
    CHECK(cellText(problems, 0, 0) == QStringLiteral("3"));
    CHECK(cellText(problems, 0, 1) == QStringLiteral("Item 3"));
    CHECK(cellText(problems, 0, 2) == QStringLiteral("7"));
    CHECK(cellText(problems, 1, 0) == QStringLiteral("4"));
    CHECK_FALSE(dialog->isImportAllEnabled());
    CHECK(dialog->isImportValidEnabled());
    dialog->importAll(); // refused: a row has problems
    CHECK(f.results().isEmpty());
    dialog->importValidOnly();
    INFO(dialog->lastMessage().toStdString());
    const QList<ScreeningResultRow> rows = f.results();
    REQUIRE(rows.size() == 2);
    for (const ScreeningResultRow &r : rows)
        CHECK(r.source == QStringLiteral("imported"));
    CHECK(dialog->lastMessage().contains(QStringLiteral("Recorded 2")));
    CHECK_FALSE(dialog->isImportValidEnabled()); // the plan is spent
    // The page followed: 1班 has one done (张三), 2班 one (王五).
    auto *coverage = child<QTableWidget>(&page, "coverage");
    CHECK(cellText(coverage, 0, 3) == QStringLiteral("1"));
    CHECK(cellText(coverage, 1, 3) == QStringLiteral("1"));
    CHECK(messages.messages().isEmpty());
    dialog->close();
}

TEST_CASE("screenshots of the screening page and the paper entry dialog", "[.screenshot]")
{
    prepareScreenshots();
    TempDir dir;
    const QString db = dir.path(QStringLiteral("demo.xinan"));
    createDemoDatabase(db, QStringLiteral("demo"), secret("demo lanterns by the river"), { 600, 2026 });
    SchoolFile school = SchoolFile::unlockWithPassword(db, QStringLiteral("demo"), secret("demo lanterns by the river"));
    ui::ScreeningPage page(school);
    page.resize(1100, 720);
    page.show();
    REQUIRE(page.currentDriveId() != 0);
    // The first class that still has students without a result.
    auto *coverage = child<QTableWidget>(&page, "coverage");
    for (int r = 0; r < coverage->rowCount(); ++r)
        if (coverage->item(r, 4)->text() != u"0") {
            coverage->selectRow(r);
            break;
        }
    saveScreenshot(page, QStringLiteral("screening-page.png"));

    ui::PaperEntryDialog *dialog = page.enterPaperForms();
    REQUIRE(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "answers"), QStringLiteral("121101001"));
    saveScreenshot(*dialog, QStringLiteral("screening-paper-entry.png"));
    dialog->close();
}

TEST_CASE("a PHQ-9 + GAD-7 drive: a GAD-7 paper form counts for GAD-7 coverage only", "[ui][screening]")
{
    Fixture f;
    RecordedMessages messages;
    ui::ScreeningPage page(f.school);
    page.resize(1200, 760);
    page.show();
    ui::DriveDialog *drive = page.newDrive();
    REQUIRE(drive);
    auto *phq9 = child<QCheckBox>(drive, "instrument_phq9");
    auto *gad7 = child<QCheckBox>(drive, "instrument_gad7");
    CHECK(phq9->isChecked()); // PHQ-9 by default
    CHECK_FALSE(gad7->isChecked());
    child<QLineEdit>(drive, "name")->setText(QStringLiteral("2026秋 四年级 PHQ-9 + GAD-7"));
    // No instrument ticked: refused, the dialog stays open.
    phq9->setChecked(false);
    child<QPushButton>(drive, "create")->click();
    CHECK(drive->isVisible());
    CHECK(drive->errorText().contains(QStringLiteral("at least one instrument")));
    phq9->setChecked(true);
    gad7->setChecked(true);
    QPointer<ui::DriveDialog> guard(drive);
    child<QPushButton>(drive, "create")->click();
    REQUIRE(waitUntil([&] { return guard.isNull(); }));
    const QList<ScreeningDrive> drives = ScreeningRepository(f.school.db(), f.school.user()).drives();
    REQUIRE(drives.size() == 1);
    CHECK(drives.first().instrumentIds == QStringList { QStringLiteral("phq9"), QStringLiteral("gad7") });
    CHECK(page.currentDriveId() == drives.first().id);
    CHECK(cellText(child<QTableWidget>(&page, "drives"), 0, 2) == QStringLiteral("PHQ-9 + GAD-7"));

    // The coverage tab chooses the instrument; the paper forms follow it.
    auto *chooser = child<QComboBox>(&page, "coverageInstrument");
    CHECK(chooser->isVisibleTo(&page));
    REQUIRE(chooser->count() == 2);
    REQUIRE(page.selectCoverageInstrument(QStringLiteral("gad7")));
    REQUIRE(page.selectClass(4, QStringLiteral("1班")));
    ui::PaperEntryDialog *dialog = page.enterPaperForms();
    REQUIRE(dialog);
    REQUIRE(waitUntil([&] { return dialog->isVisible(); }));
    auto *instrument = child<QComboBox>(dialog, "instrument");
    CHECK(instrument->isEnabled());
    CHECK(dialog->instrumentId() == QStringLiteral("gad7"));
    // Back and forth: the form follows the instrument (7 items for GAD-7).
    REQUIRE(dialog->selectInstrument(QStringLiteral("phq9")));
    CHECK(child<QLineEdit>(dialog, "answers")->placeholderText().size() == 9);
    REQUIRE(dialog->selectInstrument(QStringLiteral("gad7")));
    CHECK(child<QLineEdit>(dialog, "answers")->placeholderText().size() == 7);
    CHECK(dialog->remainingCount() == 3);
    CHECK(dialog->currentStudentId() == f.an);
    auto *answers = child<QLineEdit>(dialog, "answers");
    QTest::keyClicks(answers, QStringLiteral("0123012"));
    QTest::keyClick(answers, Qt::Key_Return);
    CHECK(dialog->errorText().isEmpty());
    const QList<ScreeningResultRow> rows = ScreeningRepository(f.school.db(), f.school.user()).results(drives.first().id);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().studentId == f.an);
    CHECK(rows.first().instrumentId == QStringLiteral("gad7"));
    CHECK(rows.first().total == 9);
    dialog->close();

    // GAD-7 coverage counts An; PHQ-9 coverage does not.
    auto *coverage = child<QTableWidget>(&page, "coverage");
    REQUIRE(page.coverageInstrumentId() == QStringLiteral("gad7"));
    REQUIRE(coverage->rowCount() == 2);
    CHECK(cellText(coverage, 0, 3) == QStringLiteral("1"));
    CHECK(child<QTableWidget>(&page, "missing")->rowCount() == 2);
    REQUIRE(page.selectCoverageInstrument(QStringLiteral("phq9")));
    CHECK(cellText(coverage, 0, 3) == QStringLiteral("0"));
    // The drive is done for a student only with both instruments.
    CHECK(cellText(child<QTableWidget>(&page, "drives"), 0, 5).startsWith(QStringLiteral("0 / 4")));
    // The import dialog asks for the instrument too, starting with the coverage tab's.
    ui::ScreeningImportDialog *import = page.importSheet();
    REQUIRE(import);
    CHECK(import->instrumentId() == QStringLiteral("phq9"));
    CHECK(child<QComboBox>(import, "instrument")->count() == 2);
    REQUIRE(import->selectInstrument(QStringLiteral("gad7")));
    CHECK(child<QLabel>(import, "intro")->text().contains(QStringLiteral("GAD-7")));
    import->close();
    CHECK(messages.messages().isEmpty());
}

TEST_CASE("screenshots of a drive with two instruments", "[.screenshot]")
{
    prepareScreenshots();
    Fixture f;
    ui::ScreeningPage page(f.school);
    page.resize(1100, 720);
    page.show();
    ui::DriveDialog *drive = page.newDrive();
    REQUIRE(drive);
    child<QLineEdit>(drive, "name")->setText(QStringLiteral("2026秋 四年级 PHQ-9 + GAD-7"));
    child<QCheckBox>(drive, "instrument_gad7")->setChecked(true);
    saveScreenshot(*drive, QStringLiteral("screening-new-drive.png"));
    QPointer<ui::DriveDialog> guard(drive);
    child<QPushButton>(drive, "create")->click();
    REQUIRE(waitUntil([&] { return guard.isNull(); }));
    REQUIRE(page.selectCoverageInstrument(QStringLiteral("gad7")));
    REQUIRE(page.selectClass(4, QStringLiteral("1班")));
    saveScreenshot(page, QStringLiteral("screening-two-instruments.png"));
    ui::PaperEntryDialog *dialog = page.enterPaperForms();
    REQUIRE(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "answers"), QStringLiteral("0123"));
    saveScreenshot(*dialog, QStringLiteral("screening-paper-entry-gad7.png"));
    dialog->close();
}
