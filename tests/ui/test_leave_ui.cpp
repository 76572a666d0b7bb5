// Status changes and leave / return to school (休学 / 复学) in the GUI on real encrypted files: the
// student file shows the status read-only and changes it through 变更学籍状态… with a reason (an
// event on the timeline), 休学 through the leave form, the return application refused without the
// three conditions and then approved (the certificate warning shown), the follow-ups on the home
// panel recorded done, and a read-only file for the head.
#include "uitestsupport.h"

#include "leave/leavetab.h"
#include "leave/returndialogs.h"
#include "leave/returnfollowuppanel.h"
#include "leave/statuschangedialog.h"
#include "students/studentfiledialog.h"
#include "students/studenttimeline.h"
#include "testsupport.h"

#include "platform/clock.h"
#include "repo/leaverepository.h"
#include "repo/schoolrepository.h"
#include "repo/studentrepository.h"
#include "services/demodata.h"
#include "services/schoolfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace xinan;
using namespace xinan::test;

namespace {

struct Fixture
{
    clock::testing::FixedClock fixedClock { testNow() }; // Mon 2026-11-16
    TempDir dir;
    QString path = dir.path(QStringLiteral("l.xinan"));
    SchoolFile school = [this] {
        createSchool(path);
        return SchoolFile::unlockWithPassword(path, QStringLiteral("wang"), secret("correct horse 1"));
    }();
    qint64 yang = add("G520000000001", QStringLiteral("杨小雨"));
    qint64 long_ = add("G520000000002", QStringLiteral("龙小军"));

    qint64 add(const char *no, const QString &name)
    {
        Student s;
        s.studentNo = QString::fromLatin1(no);
        s.name = name;
        s.grade = 8;
        s.className = QStringLiteral("2班");
        return StudentRepository(school.db(), QStringLiteral("wang")).add(s);
    }
    StudentStatus status(qint64 id) { return StudentRepository(school.db(), QString()).find(id).value().status; }
    LeaveRepository leave() { return LeaveRepository(school.db(), QStringLiteral("wang")); }
};

template<typename T> T *shownDialog(const QObject *parent, const char *name)
{
    T *dialog = nullptr;
    waitUntil(
        [&] {
            dialog = parent->findChild<T *>(QString::fromLatin1(name));
            return dialog && dialog->isVisible();
        },
        5000);
    INFO("dialog " << name);
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->isVisible());
    return dialog;
}

void selectData(QComboBox *box, const QVariant &data)
{
    const int at = box->findData(data);
    REQUIRE(at >= 0);
    box->setCurrentIndex(at);
}

QStringList column(QTreeWidget *tree, int c)
{
    QStringList out;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        out << (*it)->text(c);
    return out;
}

} // namespace

TEST_CASE_METHOD(Fixture, "the file changes the status only through the dialog, with a reason", "[leave]")
{
    ui::StudentFileDialog file(school, yang);
    file.show();
    // No free status combo any more: the status is shown, the button changes it.
    CHECK(file.findChild<QComboBox *>(QStringLiteral("status")) == nullptr);
    CHECK(child<QLabel>(&file, "status")->text() == statusName(StudentStatus::Enrolled));
    const int before = file.timeline()->entryCount();

    child<QPushButton>(&file, "changeStatus")->click();
    auto *dialog = shownDialog<ui::StatusChangeDialog>(&file, "statusChangeDialog");
    auto *to = child<QComboBox>(dialog, "toStatus");
    CHECK(to->findData(static_cast<int>(StudentStatus::Enrolled)) < 0); // not the current one
    selectData(to, static_cast<int>(StudentStatus::TransferredOut));
    CHECK_FALSE(child<QGroupBox>(dialog, "leaveForm")->isVisible());
    child<QPushButton>(dialog, "changeStatusOk")->click(); // 转学 without a reason: refused, stays open
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(dialog, "statusError")->isVisible());
    CHECK(status(yang) == StudentStatus::Enrolled);
    child<QDateEdit>(dialog, "effectiveOn")->setDate(clock::today().addDays(-2));
    child<QPlainTextEdit>(dialog, "reason")->setPlainText(QStringLiteral("随父母转学至贵阳"));
    child<QPushButton>(dialog, "changeStatusOk")->click();
    REQUIRE(waitUntil([&] { return !dialog->isVisible(); }, 5000));

    CHECK(status(yang) == StudentStatus::TransferredOut);
    CHECK(child<QLabel>(&file, "status")->text() == statusName(StudentStatus::TransferredOut));
    const QList<StatusEvent> events = leave().statusEvents(yang);
    REQUIRE(events.size() == 1);
    CHECK(events.at(0).reason == QStringLiteral("随父母转学至贵阳"));
    CHECK(events.at(0).effectiveOn == clock::today().addDays(-2));
    CHECK(file.timeline()->entryCount() == before + 1);

    // Saving the file afterwards keeps the new status and changes nothing else about it.
    child<QLineEdit>(&file, "className")->setText(QStringLiteral("3班"));
    child<QPushButton>(&file, "save")->click();
    const Student saved = StudentRepository(school.db(), QString()).find(yang).value();
    CHECK(saved.className == QStringLiteral("3班"));
    CHECK(saved.status == StudentStatus::TransferredOut);
    CHECK(leave().statusEvents(yang).size() == 1);
}

TEST_CASE_METHOD(Fixture, "a new student's status cannot be changed before saving, a head's file not at all", "[leave]")
{
    ui::StudentFileDialog created(school, 0);
    CHECK_FALSE(child<QPushButton>(&created, "changeStatus")->isEnabled());
    CHECK(created.changeStatus() == nullptr);
    CHECK(created.student().status == StudentStatus::Enrolled);

    SchoolRepository(school.db(), QStringLiteral("wang")).addAccount(QStringLiteral("zhao"), AccountRole::Head);
    school.db().setAccess(Access::forAccount(QStringLiteral("zhao"), AccountRole::Head, {}, {}));
    ui::StudentFileDialog read(school, yang);
    read.show();
    CHECK_FALSE(child<QPushButton>(&read, "changeStatus")->isVisible());
    auto *tab = child<ui::LeaveTab>(&read, "leaveTab"); // the head reads leaves
    CHECK_FALSE(child<QPushButton>(tab, "startLeave")->isVisible());
    CHECK(tab->startLeave() == nullptr);
}

TEST_CASE_METHOD(Fixture, "休学 through the leave form, then the return application approved", "[leave]")
{
    ui::StudentFileDialog file(school, yang);
    file.show();
    auto *tab = child<ui::LeaveTab>(&file, "leaveTab");
    CHECK_FALSE(child<QPushButton>(tab, "applyReturn")->isEnabled());

    ui::StatusChangeDialog *leaveDialog = file.changeStatus();
    REQUIRE(leaveDialog);
    REQUIRE(leaveDialog->setTarget(StudentStatus::Suspended));
    CHECK(child<QGroupBox>(leaveDialog, "leaveForm")->isVisible());
    selectData(child<QComboBox>(leaveDialog, "leaveCategory"), static_cast<int>(LeaveCategory::Mental));
    child<QDateEdit>(leaveDialog, "effectiveOn")->setDate(clock::today().addDays(-40));
    child<QPlainTextEdit>(leaveDialog, "reason")->setPlainText(QStringLiteral("因病休学"));
    child<QPushButton>(leaveDialog, "changeStatusOk")->click();
    REQUIRE(waitUntil([&] { return !leaveDialog->isVisible(); }, 5000));
    CHECK(status(yang) == StudentStatus::Suspended);
    CHECK(child<QLabel>(&file, "status")->text() == statusName(StudentStatus::Suspended));
    CHECK(column(tab->tree(), 0).contains(QStringLiteral("Leave: %1").arg(leaveCategoryName(LeaveCategory::Mental))));
    CHECK_FALSE(child<QPushButton>(tab, "startLeave")->isEnabled());
    REQUIRE(child<QPushButton>(tab, "applyReturn")->isEnabled());

    // 复学 is not offered by the status dialog.
    {
        ui::StatusChangeDialog *again = file.changeStatus();
        REQUIRE(again);
        CHECK(child<QComboBox>(again, "toStatus")->findData(static_cast<int>(StudentStatus::Enrolled)) < 0);
        again->reject();
    }

    child<QPushButton>(tab, "applyReturn")->click();
    auto *application = shownDialog<ui::ReturnApplicationDialog>(tab, "returnApplicationDialog");
    child<QDateEdit>(application, "appliedOn")->setDate(clock::today().addDays(-5));
    child<QLineEdit>(application, "certificateHospital")->setText(QStringLiteral("贵州省第二人民医院"));
    auto *certificate = child<QPlainTextEdit>(application, "certificateText");
    certificate->setPlainText(QStringLiteral("经治疗，病情稳定。"));
    CHECK(child<QLabel>(application, "certificateWarning")->isVisible());
    certificate->setPlainText(QStringLiteral("经治疗，病情稳定，建议复学。"));
    CHECK_FALSE(child<QLabel>(application, "certificateWarning")->isVisible());
    child<QLineEdit>(application, "assessors")->setText(QStringLiteral("李老师、周老师"));
    selectData(child<QComboBox>(application, "decision"), static_cast<int>(ReturnDecision::Approve));
    child<QDateEdit>(application, "decidedOn")->setDate(clock::today().addDays(-3));
    child<QDateEdit>(application, "returnOn")->setDate(clock::today().addDays(-2));
    child<QCheckBox>(application, "conditionStable")->setChecked(true);
    CHECK(child<QLabel>(application, "missingConditions")->isVisible());
    child<QPushButton>(application, "recordReturn")->click(); // two conditions missing: refused
    CHECK(application->isVisible());
    CHECK(child<QLabel>(application, "returnError")->isVisible());
    CHECK(status(yang) == StudentStatus::Suspended);
    child<QCheckBox>(application, "noRiskBehaviour")->setChecked(true);
    child<QCheckBox>(application, "functioningRestored")->setChecked(true);
    CHECK_FALSE(child<QLabel>(application, "missingConditions")->isVisible());
    child<QLineEdit>(application, "planPlacement")->setText(QStringLiteral("回原班"));
    child<QLineEdit>(application, "planSupporters")->setText(QStringLiteral("班主任、心理教师、同桌"));
    child<QPlainTextEdit>(application, "planRelapse")->setPlainText(QStringLiteral("失眠或拒学时联系家长"));
    child<QPushButton>(application, "recordReturn")->click();
    REQUIRE(waitUntil([&] { return !application->isVisible(); }, 5000));

    CHECK(status(yang) == StudentStatus::Enrolled);
    CHECK(child<QLabel>(&file, "status")->text() == statusName(StudentStatus::Enrolled));
    const Leave ended = leave().leaves(yang).at(0);
    CHECK(ended.endedOn == clock::today().addDays(-2));
    REQUIRE(ended.applications.size() == 1);
    CHECK(ended.applications.at(0).plan.placement == QStringLiteral("回原班"));
    CHECK(ended.applications.at(0).followups.size() == 3);
    const QStringList rows = column(tab->tree(), 0);
    CHECK(rows.contains(QStringLiteral("Follow-up: %1").arg(followupKindName(FollowupKind::Week))));
    CHECK(rows.contains(QStringLiteral("Follow-up: %1").arg(followupKindName(FollowupKind::TermEnd))));
    CHECK(child<QPushButton>(tab, "startLeave")->isEnabled());
}

TEST_CASE_METHOD(Fixture, "a due follow-up is on the home panel and recorded done there", "[leave]")
{
    LeaveRepository repo = leave();
    const qint64 l = repo.startLeave(long_, QDate(2026, 9, 7), LeaveCategory::Mental, 0, QString());
    ReturnApplicationInput in;
    in.leaveId = l;
    in.appliedOn = in.decidedOn = in.returnOn = clock::today().addDays(-10);
    in.conditionStable = in.noRiskBehaviour = in.functioningRestored = true;
    in.decision = ReturnDecision::Approve;
    repo.recordReturnApplication(in);

    ui::ReturnFollowupPanel panel(school);
    panel.show();
    panel.refresh();
    CHECK_FALSE(panel.title().isEmpty());
    CHECK(panel.waitingCount() == 1);
    auto *tree = child<QTreeWidget>(&panel, "returnFollowups");
    REQUIRE(tree->topLevelItemCount() == 1);
    CHECK(tree->topLevelItem(0)->text(0) == QStringLiteral("龙小军"));
    CHECK(tree->topLevelItem(0)->text(2) == followupKindName(FollowupKind::Week));
    tree->setCurrentItem(tree->topLevelItem(0));
    QSignalSpy openStudent(&panel, &ui::HomePanel::openStudent);
    child<QPushButton>(&panel, "returnFollowupStudent")->click();
    REQUIRE(openStudent.size() == 1);
    CHECK(openStudent.at(0).at(0).toLongLong() == long_);

    QSignalSpy changed(&panel, &ui::HomePanel::changed);
    child<QPushButton>(&panel, "returnFollowupDone")->click();
    auto *done = shownDialog<ui::FollowupDoneDialog>(&panel, "followupDoneDialog");
    child<QPushButton>(done, "recordFollowup")->click(); // no note: refused
    CHECK(done->isVisible());
    child<QPlainTextEdit>(done, "followupNote")->setPlainText(QStringLiteral("面谈：睡眠改善，能跟上课程。"));
    child<QPushButton>(done, "recordFollowup")->click();
    REQUIRE(waitUntil([&] { return !done->isVisible(); }, 5000));
    CHECK(changed.size() == 1);
    CHECK(panel.waitingCount() == 0);
    CHECK(repo.dueFollowups(7).isEmpty());
}

TEST_CASE("screenshots of the status change, the return application, the leave tab and the panel", "[.screenshot]")
{
    prepareScreenshots();
    clock::testing::FixedClock fixed(testNow());
    TempDir dir;
    const QString db = dir.path(QStringLiteral("demo.xinan"));
    createDemoDatabase(db, QStringLiteral("demo"), secret("demo lanterns by the river"), { 600, 2026 });
    SchoolFile school = SchoolFile::unlockWithPassword(db, QStringLiteral("demo"), secret("demo lanterns by the river"));
    LeaveRepository leave(school.db(), school.user());
    const qint64 away = leave.onLeave().constLast().studentId;
    const qint64 returned = leave.dueFollowups(30).constFirst().followup.studentId;

    ui::StudentFileDialog file(school, returned);
    file.resize(1366, 768);
    file.show();
    auto *tab = child<ui::LeaveTab>(&file, "leaveTab");
    child<QTabWidget>(&file, "tabs")->setCurrentWidget(tab);
    saveScreenshot(file, QStringLiteral("leave-tab.png"));

    ui::StatusChangeDialog *leaveForm = file.changeStatus();
    REQUIRE(leaveForm);
    REQUIRE(leaveForm->setTarget(StudentStatus::Suspended));
    child<QPlainTextEdit>(leaveForm, "reason")->setPlainText(QStringLiteral("因病休学（家长申请）"));
    saveScreenshot(*leaveForm, QStringLiteral("status-change-leave.png"));
    leaveForm->reject();

    ui::StudentFileDialog awayFile(school, away);
    awayFile.show();
    ui::StatusChangeDialog *status = awayFile.changeStatus();
    REQUIRE(status);
    status->setTarget(StudentStatus::Withdrawn);
    saveScreenshot(*status, QStringLiteral("status-change-dialog.png"));
    status->reject();
    awayFile.reloadStatus();
    auto *awayTab = child<ui::LeaveTab>(&awayFile, "leaveTab");
    ui::ReturnApplicationDialog *application = awayTab->applyForReturn();
    REQUIRE(application);
    child<QLineEdit>(application, "certificateHospital")->setText(QStringLiteral("州人民医院精神心理科"));
    child<QPlainTextEdit>(application, "certificateText")->setPlainText(QStringLiteral("诊断：抑郁发作。经治疗，病情稳定。"));
    child<QCheckBox>(application, "conditionStable")->setChecked(true);
    selectData(child<QComboBox>(application, "decision"), static_cast<int>(ReturnDecision::Approve));
    saveScreenshot(*application, QStringLiteral("return-application-dialog.png"));

    ui::StudentFileDialog newcomer(school, 0);
    newcomer.resize(1366, 768);
    newcomer.show();
    saveScreenshot(newcomer, QStringLiteral("student-file-status.png"));

    ui::ReturnFollowupPanel panel(school);
    panel.resize(700, 260);
    panel.show();
    panel.refresh();
    saveScreenshot(panel, QStringLiteral("return-followup-panel.png"));
}
