// Key students in the GUI on real encrypted files: the weekly board (an update entered for a
// key student clears its overdue highlight while another stays highlighted; the meeting
// record), the plan editor refusing a plan without goals and then saving it, the plan tab in
// the student file, the home panels, and the weekly sheet as a PDF read back with pdftotext.
#include "uitestsupport.h"

#include "common/riskstyle.h"
#include "keystudents/keystudentspage.h"
#include "keystudents/keystudentspanels.h"
#include "keystudents/plandialog.h"
#include "keystudents/plantab.h"
#include "keystudents/weeklyboardview.h"
#include "students/studentfiledialog.h"
#include "testsupport.h"

#include "repo/planrepository.h"
#include "repo/reviewrepository.h"
#include "repo/riskrepository.h"
#include "repo/studentrepository.h"
#include "services/demodata.h"
#include "services/schoolfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <algorithm>

using namespace xinan;
using namespace xinan::test;

namespace {

struct Fixture
{
    TempDir dir;
    QString path = dir.path(QStringLiteral("k.xinan"));
    SchoolFile school = [this] {
        createSchool(path);
        return SchoolFile::unlockWithPassword(path, QStringLiteral("wang"), secret("correct horse 1"));
    }();
    const QDate today = clock::today();

    // An orange student who became key `daysAgo` days ago.
    qint64 keyStudent(const char *no, const QString &name, int daysAgo, const QString &className = QStringLiteral("2班"))
    {
        Student s;
        s.studentNo = QString::fromLatin1(no);
        s.name = name;
        s.grade = 8;
        s.className = className;
        s.guardians.append({ QStringLiteral("王秀英"), QStringLiteral("祖母"), QStringLiteral("10012345678") });
        const qint64 id = StudentRepository(school.db(), school.user()).add(s);
        RiskRepository(school.db(), school.user())
            .change(id, RiskLevel::Orange, RiskSource::Session, QStringLiteral("面谈评估：情绪低落"),
                QDateTime(today.addDays(-daysAgo), QTime(9, 0)).toUTC());
        return id;
    }
};

bool isOverdue(const QTreeWidgetItem *item)
{
    return item->data(ui::WeeklyBoardView::StatusColumn, Qt::UserRole).toBool();
}

} // namespace

TEST_CASE_METHOD(Fixture, "the weekly board takes an update and keeps other overdue rows highlighted", "[ui][keystudents]")
{
    const qint64 a = keyStudent("G520000000001", QStringLiteral("杨小雨"), 20);
    const qint64 b = keyStudent("G520000000002", QStringLiteral("龙明"), 20);
    ui::WeeklyBoardView view(school);
    view.resize(1100, 600);
    view.show();
    const QDate week = weekStartOf(today);
    CHECK(view.week() == week);

    // Key for 20 days without any update: both overdue and highlighted.
    REQUIRE(view.itemOf(a));
    REQUIRE(view.itemOf(b));
    CHECK(isOverdue(view.itemOf(a)));
    CHECK(isOverdue(view.itemOf(b)));
    CHECK(view.itemOf(b)->background(ui::WeeklyBoardView::StatusColumn).color() == ui::overdueBackground());
    CHECK(view.itemOf(a)->parent()->text(0).contains(QStringLiteral("2班")));

    // The update dialog refuses an update without actions and stays open.
    ui::WeeklyUpdateDialog *dialog = view.openUpdateDialog(a);
    REQUIRE(dialog);
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(dialog, "updateError")->isVisibleTo(dialog));
    CHECK(ReviewRepository(school.db(), school.user()).updatesOf(a).isEmpty());

    auto *status = child<QComboBox>(dialog, "updateStatus");
    status->setCurrentIndex(status->findData(weeklyStatusCode(WeeklyStatus::Improving)));
    child<QPlainTextEdit>(dialog, "updateActions")->setPlainText(QStringLiteral("周二面谈一次，睡眠改善"));
    child<QPlainTextEdit>(dialog, "updateNextSteps")->setPlainText(QStringLiteral("下周家访"));
    child<QPushButton>(dialog, "save")->click();
    CHECK(waitUntil([&] { return !view.findChild<ui::WeeklyUpdateDialog *>(); }));

    const QList<WeeklyUpdate> saved = ReviewRepository(school.db(), school.user()).updatesOf(a);
    REQUIRE(saved.size() == 1);
    CHECK(saved.first().weekStart == week);
    CHECK(saved.first().status == WeeklyStatus::Improving);
    CHECK(saved.first().actions == QStringLiteral("周二面谈一次，睡眠改善"));
    CHECK(saved.first().author == QStringLiteral("wang"));

    REQUIRE(view.itemOf(a));
    CHECK_FALSE(isOverdue(view.itemOf(a)));
    CHECK(view.itemOf(a)->text(ui::WeeklyBoardView::StatusColumn) == weeklyStatusName(WeeklyStatus::Improving));
    CHECK(view.itemOf(a)->text(ui::WeeklyBoardView::ActionsColumn) == QStringLiteral("周二面谈一次，睡眠改善"));
    CHECK(isOverdue(view.itemOf(b)));
    CHECK(view.itemOf(b)->background(ui::WeeklyBoardView::ActionsColumn).color() == ui::overdueBackground());
    CHECK(view.board().overdue == 1);
    CHECK(child<QLabel>(&view, "boardTotals")->text().contains(QStringLiteral("Overdue 1")));

    // The meeting record: a chair is required; then it is saved for this week.
    child<QPushButton>(&view, "saveMeeting")->click();
    CHECK(child<QLabel>(&view, "meetingError")->isVisibleTo(&view));
    CHECK_FALSE(ReviewRepository(school.db(), school.user()).meeting(week));
    child<QLineEdit>(&view, "chairedBy")->setText(QStringLiteral("张建华（校长）"));
    child<QLineEdit>(&view, "meetingNotes")->setText(QStringLiteral("逐一通报"));
    child<QCheckBox>(&view, "meetingHeld")->setChecked(true);
    child<QPushButton>(&view, "saveMeeting")->click();
    const std::optional<WeeklyMeeting> meeting = ReviewRepository(school.db(), school.user()).meeting(week);
    REQUIRE(meeting);
    CHECK(meeting->chairedBy == QStringLiteral("张建华（校长）"));
    CHECK(meeting->heldOn == today);

    // Last week: no update and no meeting there; the way back to this week, never beyond it.
    CHECK_FALSE(child<QPushButton>(&view, "nextWeek")->isEnabled());
    child<QPushButton>(&view, "previousWeek")->click();
    CHECK(view.week() == week.addDays(-7));
    CHECK(child<QLineEdit>(&view, "chairedBy")->text().isEmpty());
    CHECK(isOverdue(view.itemOf(a)));
    child<QPushButton>(&view, "nextWeek")->click();
    CHECK(view.week() == week);
    CHECK(child<QLineEdit>(&view, "chairedBy")->text() == QStringLiteral("张建华（校长）"));
    view.setWeek(today.addDays(30));
    CHECK(view.week() == week);
}

TEST_CASE_METHOD(Fixture, "the plan editor refuses a plan without goals and then saves it", "[ui][keystudents]")
{
    const qint64 a = keyStudent("G520000000011", QStringLiteral("石磊"), 9);
    keyStudent("G520000000012", QStringLiteral("潘婷"), 2, QStringLiteral("1班"));
    ui::KeyStudentsPage page(school);
    page.resize(1100, 700);
    page.show();

    auto *list = child<QTreeWidget>(&page, "keyStudents");
    REQUIRE(list->topLevelItemCount() == 2);
    QTreeWidgetItem *late = nullptr;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->data(ui::KeyStudentsPage::NameColumn, Qt::UserRole).toLongLong() == a)
            late = list->topLevelItem(i);
    REQUIRE(late);
    CHECK(late->text(ui::KeyStudentsPage::PlanColumn) == QStringLiteral("Missing, 9 days"));
    CHECK(late->data(ui::KeyStudentsPage::PlanColumn, Qt::UserRole).toBool());
    CHECK(late->foreground(ui::KeyStudentsPage::PlanColumn).color() == ui::overdueText());

    ui::PlanDialog *dialog = page.openPlanDialog(a);
    REQUIRE(dialog);
    CHECK(dialog->isNewPlan());
    CHECK(child<QLineEdit>(dialog, "parent")->text().contains(QStringLiteral("王秀英")));
    child<QPlainTextEdit>(dialog, "situation")->setPlainText(QStringLiteral("父母在外务工，情绪低落"));
    child<QPlainTextEdit>(dialog, "measures")->setPlainText(QStringLiteral("每周面谈一次"));
    child<QLineEdit>(dialog, "counsellor")->setText(QStringLiteral("罗敏"));
    auto *error = child<QLabel>(dialog, "planError");
    // Whether the parents were told is asked, never assumed.
    child<QPushButton>(dialog, "save")->click();
    CHECK(dialog->isVisible());
    CHECK(error->text().contains(QStringLiteral("informed")));
    child<QRadioButton>(dialog, "parentInformedYes")->setChecked(true);
    // No goals: refused, the dialog stays open, nothing written.
    child<QPushButton>(dialog, "save")->click();
    CHECK(dialog->isVisible());
    CHECK(error->isVisibleTo(dialog));
    CHECK(error->text().contains(QStringLiteral("Goals")));
    CHECK_FALSE(PlanRepository(school.db(), school.user()).current(a));

    child<QPlainTextEdit>(dialog, "goals")->setPlainText(QStringLiteral("一个月内睡眠恢复正常"));
    child<QPushButton>(dialog, "save")->click();
    CHECK(waitUntil([&] { return !page.findChild<ui::PlanDialog *>(); }));
    const std::optional<KeyPlan> plan = PlanRepository(school.db(), school.user()).current(a);
    REQUIRE(plan);
    CHECK(plan->goals == QStringLiteral("一个月内睡眠恢复正常"));
    CHECK(plan->counsellor == QStringLiteral("罗敏"));
    CHECK(plan->parentInformed);
    CHECK(plan->parentInformedOn == today);
    CHECK(plan->reviewDays == 7);
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->data(ui::KeyStudentsPage::NameColumn, Qt::UserRole).toLongLong() == a)
            CHECK(list->topLevelItem(i)->text(ui::KeyStudentsPage::PlanColumn) == QStringLiteral("Yes"));
}

TEST_CASE_METHOD(
    Fixture, "the student file's plan tab edits and closes the plan and the home panels count what waits", "[ui][keystudents]")
{
    const qint64 a = keyStudent("G520000000021", QStringLiteral("韦芳"), 10);
    const qint64 b = keyStudent("G520000000022", QStringLiteral("蒙宇"), 3);

    ui::MissingPlansPanel missing(school);
    missing.refresh();
    CHECK(missing.waitingCount() == 2);
    auto *missingList = child<QTreeWidget>(&missing, "missingPlans");
    REQUIRE(missingList->topLevelItemCount() == 2);
    CHECK(missingList->topLevelItem(0)->text(1) == QStringLiteral("韦芳")); // waiting longest first
    CHECK(missingList->topLevelItem(0)->foreground(3).color() == ui::overdueText());
    ui::WeeklyReviewPanel weekly(school);
    weekly.refresh();
    // 韦芳 has waited 10 days for an update: overdue whatever the weekday.
    CHECK(weekly.waitingCount() >= 1);
    CHECK(child<QTreeWidget>(&weekly, "weeklyPending")->topLevelItemCount() == 2);

    ui::StudentFileDialog file(school, a);
    auto *tabs = child<QTabWidget>(&file, "tabs");
    ui::PlanTab *tab = nullptr;
    for (int i = 0; i < tabs->count(); ++i)
        if (auto *t = qobject_cast<ui::PlanTab *>(tabs->widget(i)))
            tab = t;
    REQUIRE(tab);
    CHECK(child<QPushButton>(tab, "editPlan")->isEnabled());
    CHECK_FALSE(child<QPushButton>(tab, "closePlan")->isEnabled());

    ui::PlanDialog *dialog = tab->openPlanDialog();
    child<QPlainTextEdit>(dialog, "situation")->setPlainText(QStringLiteral("同伴排挤"));
    child<QPlainTextEdit>(dialog, "goals")->setPlainText(QStringLiteral("恢复正常上学"));
    child<QPlainTextEdit>(dialog, "measures")->setPlainText(QStringLiteral("班主任谈话；每周面谈"));
    child<QLineEdit>(dialog, "counsellor")->setText(QStringLiteral("罗敏"));
    child<QRadioButton>(dialog, "parentInformedNo")->setChecked(true);
    child<QPushButton>(dialog, "save")->click();
    CHECK(dialog->isVisible()); // no reason given
    child<QLineEdit>(dialog, "parentNotInformedReason")->setText(QStringLiteral("监护人暂未联系上"));
    child<QPushButton>(dialog, "save")->click();
    CHECK(waitUntil([&] { return !tab->findChild<ui::PlanDialog *>(); }));
    CHECK(child<QTextBrowser>(tab, "planView")->toPlainText().contains(QStringLiteral("恢复正常上学")));
    CHECK(child<QPushButton>(tab, "closePlan")->isEnabled());
    missing.refresh();
    CHECK(missing.waitingCount() == 1);

    ui::ClosePlanDialog *close = tab->openCloseDialog();
    close->accept();
    CHECK(close->isVisible());
    child<QPlainTextEdit>(close, "closeReason")->setPlainText(QStringLiteral("复评降为黄色"));
    child<QPushButton>(close, "confirmClose")->click();
    CHECK(waitUntil([&] { return !tab->findChild<ui::ClosePlanDialog *>(); }));
    CHECK_FALSE(PlanRepository(school.db(), school.user()).current(a));
    auto *history = child<QTreeWidget>(tab, "planHistory");
    REQUIRE(history->topLevelItemCount() == 1);
    CHECK(history->topLevelItem(0)->text(3) == QStringLiteral("复评降为黄色"));
    Q_UNUSED(b);
}

TEST_CASE_METHOD(Fixture, "the weekly sheet is exported as a PDF with the school and the week and the students and their status",
    "[ui][keystudents][print]")
{
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
    const qint64 a = keyStudent("G520000000031", QStringLiteral("欧阳晨"), 12);
    keyStudent("G520000000032", QStringLiteral("田静"), 12, QStringLiteral("3班"));
    const QDate week = weekStartOf(today);
    ReviewRepository(school.db(), school.user())
        .saveUpdate(
            a, week, WeeklyStatus::Worse, QStringLiteral("面谈两次，已告知家长"), QStringLiteral("转介州医院"), clock::nowUtc());
    ui::WeeklyBoardView view(school);
    const QString pdf = dir.path(QStringLiteral("sheet.pdf"));

    // Cancelled at the warning: nothing is written.
    {
        RecordedMessages messages;
        ui::testing::setNextAnswer(false);
        child<QPushButton>(&view, "exportPdf")->click();
        REQUIRE(messages.messages().size() == 1);
        CHECK(messages.messages().first().kind == ui::MessageKind::Warning);
        CHECK(messages.messages().first().text.contains(QStringLiteral("names")));
        CHECK_FALSE(QFile::exists(pdf));
    }
    RecordedMessages messages;
    ui::testing::setNextAnswer(true);
    ui::testing::setNextFileName(dir.path(QStringLiteral("sheet")));
    child<QPushButton>(&view, "exportPdf")->click();
    REQUIRE(QFile::exists(pdf));
    CHECK(QFile::permissions(pdf)
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    REQUIRE(messages.messages().size() == 2);
    CHECK(messages.messages().last().kind == ui::MessageKind::Information);

    const QString text = runTool(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }); // 田, not the radical ⽥
    INFO(text.toStdString());
    CHECK(text.contains(sampleSchool().name));
    CHECK(text.contains(week.toString(Qt::ISODate)));
    CHECK(text.contains(QStringLiteral("欧阳晨")));
    CHECK(text.contains(QStringLiteral("田静")));
    CHECK(text.contains(weeklyStatusName(WeeklyStatus::Worse)));
    CHECK(text.contains(QStringLiteral("转介州医院")));
    CHECK(text.contains(QStringLiteral("Head (signature):")));
}

TEST_CASE("screenshots of the key students and the weekly board and the plan editor", "[.screenshot][keystudents_shots]")
{
    prepareScreenshots();
    TempDir dir;
    const QString db = dir.path(QStringLiteral("demo.xinan"));
    createDemoDatabase(db, QStringLiteral("demo"), secret("demo lanterns by the river"), { 600, 2026 });
    SchoolFile school = SchoolFile::unlockWithPassword(db, QStringLiteral("demo"), secret("demo lanterns by the river"));

    ui::KeyStudentsPage page(school);
    page.resize(1280, 800);
    page.show();
    saveScreenshot(page, QStringLiteral("key-students.png"));
    child<QTabWidget>(&page, "keyTabs")->setCurrentIndex(1);
    saveScreenshot(page, QStringLiteral("weekly-board.png"));

    const QList<KeyStudent> key = PlanRepository(school.db(), school.user()).keyStudents(clock::today());
    const auto withPlan = std::find_if(key.cbegin(), key.cend(), [](const KeyStudent &k) { return k.planId != 0; });
    REQUIRE(withPlan != key.cend());
    ui::PlanDialog *dialog = page.openPlanDialog(withPlan->id);
    saveScreenshot(*dialog, QStringLiteral("plan-dialog.png"));
    dialog->reject();
}
