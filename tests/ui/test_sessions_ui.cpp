// Counselling records, group counselling and feedback in the GUI on real encrypted databases:
// a session recorded from a done appointment (prefilled, linked, on the timeline), a session
// raising the risk level to orange (refused without a reason, then the level and its history),
// the student file's tab for a head account (records denied, no content anywhere in the widget
// tree), feedback recorded from the home panel (and "Not needed"), the due-days setting, group
// attendance saved from the grid, and the page's filters.
#include "uitestsupport.h"

#include "sessions/feedbackdialog.h"
#include "sessions/feedbackpanel.h"
#include "sessions/groupsview.h"
#include "sessions/sessiondialog.h"
#include "sessions/sessionparts.h"
#include "sessions/sessionspage.h"
#include "sessions/sessionstab.h"
#include "testsupport.h"

#include "repo/appointmentrepository.h"
#include "repo/feedbackrepository.h"
#include "repo/noterepository.h"
#include "repo/officerepository.h"
#include "repo/riskrepository.h"
#include "repo/sessionrepository.h"
#include "repo/studentquery.h"
#include "repo/studentrepository.h"
#include "services/demodata.h"
#include "services/schoolfile.h"
#include "services/timeline.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>

#include <memory>

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
    const QString wang = QStringLiteral("wang");
    qint64 li = OfficeRepository(school.db(), wang)
                    .addStaff({ 0, QStringLiteral("李老师"), StaffKind::FullTime, QString(), wang, true });
    qint64 room = OfficeRepository(school.db(), wang).addRoom({ 0, QStringLiteral("心理辅导室"), RoomKind::Individual, true });
    qint64 yang = add("G520000000001", QStringLiteral("杨小雨"));
    qint64 wu = add("G520000000002", QStringLiteral("吴天明"));
    qint64 luo = add("G520000000003", QStringLiteral("罗佳佳"));

    qint64 add(const char *no, const QString &name)
    {
        Student s;
        s.studentNo = QString::fromLatin1(no);
        s.name = name;
        s.grade = 8;
        s.className = QStringLiteral("2班");
        return StudentRepository(school.db(), wang).add(s);
    }
    SessionRepository sessions() { return SessionRepository(school.db(), wang); }
    qint64 record(qint64 student, const QDate &day, const QString &summary, const QString &privateNotes = QString())
    {
        CounsellingRecordInput in;
        in.studentId = student;
        in.heldOn = day;
        in.summary = summary;
        in.privateNotes = privateNotes;
        return sessions().add(in);
    }
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

// Every text a person could read in the widget tree (labels, fields, list and tree cells).
QStringList visibleTexts(const QWidget *root)
{
    QStringList texts;
    for (const QLabel *l : root->findChildren<QLabel *>())
        texts << l->text();
    for (const QLineEdit *e : root->findChildren<QLineEdit *>())
        texts << e->text();
    for (const QPlainTextEdit *e : root->findChildren<QPlainTextEdit *>())
        texts << e->toPlainText();
    for (const QTreeWidget *t : root->findChildren<QTreeWidget *>()) {
        for (int i = 0; i < t->topLevelItemCount(); ++i)
            for (int c = 0; c < t->columnCount(); ++c)
                texts << t->topLevelItem(i)->text(c) << t->topLevelItem(i)->toolTip(c);
    }
    for (const QListWidget *l : root->findChildren<QListWidget *>())
        for (int i = 0; i < l->count(); ++i)
            texts << l->item(i)->text();
    for (const QComboBox *c : root->findChildren<QComboBox *>())
        for (int i = 0; i < c->count(); ++i)
            texts << c->itemText(i);
    return texts;
}

} // namespace

TEST_CASE("a session is recorded from a done appointment, prefilled and linked", "[sessions-ui]")
{
    Fixture f;
    const QString category = f.sessions().problemCategories().first();
    const QDate yesterday = clock::today().addDays(-1);
    AppointmentRepository appointments(f.school.db(), f.wang);
    AppointmentInput in;
    in.studentId = f.yang;
    in.staffId = f.li;
    in.roomId = f.room;
    in.start = QDateTime(yesterday, QTime(9, 0));
    in.minutes = 40;
    in.category = category;
    in.status = AppointmentStatus::Confirmed;
    const qint64 appointment = appointments.book(in).id();
    appointments.setStatus(appointment, AppointmentStatus::Done);

    ui::SessionDialog dialog(f.school, 0, appointment);
    dialog.show();
    CHECK(child<QLabel>(&dialog, "sessionStudent")->text().contains(QStringLiteral("杨小雨")));
    CHECK(child<QDateEdit>(&dialog, "sessionDate")->date() == yesterday);
    CHECK(child<QSpinBox>(&dialog, "sessionMinutes")->value() == 40);
    CHECK(child<QComboBox>(&dialog, "sessionStaff")->currentData().toLongLong() == f.li);
    auto *categories = child<QListWidget>(&dialog, "sessionCategories");
    REQUIRE(categories->count() == f.sessions().problemCategories().size());
    CHECK(categories->item(0)->text() == category);
    CHECK(categories->item(0)->checkState() == Qt::Checked);
    CHECK(categories->item(1)->checkState() == Qt::Unchecked);

    // No summary: refused in the dialog, which stays open.
    child<QPushButton>(&dialog, "saveSession")->click();
    CHECK(dialog.isVisible());
    CHECK(child<QLabel>(&dialog, "sessionError")->isVisibleTo(&dialog));
    CHECK(f.sessions().recordForAppointment(appointment) == 0);

    child<QPlainTextEdit>(&dialog, "sessionSummary")->setPlainText(QStringLiteral("谈了考试前的紧张"));
    child<QPlainTextEdit>(&dialog, "sessionPrivateNotes")->setPlainText(QStringLiteral("家中情况保密"));
    child<QPushButton>(&dialog, "saveSession")->click();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const qint64 id = f.sessions().recordForAppointment(appointment);
    REQUIRE(id != 0);
    CHECK(dialog.recordId() == id);
    const CounsellingRecord r = f.sessions().get(id);
    CHECK(r.appointmentId == appointment);
    CHECK(r.heldOn == yesterday);
    CHECK(r.minutes == 40);
    CHECK(r.staffId == f.li);
    CHECK(r.categories == QStringList { category });
    CHECK(r.summary == QStringLiteral("谈了考试前的紧张"));
    CHECK(r.privateNotes == QStringLiteral("家中情况保密"));

    bool onTimeline = false;
    for (const TimelineEntry &e : studentTimeline(f.school.db(), f.yang, f.wang))
        onTimeline = onTimeline || (e.date == yesterday && e.kind == QStringLiteral("session"));
    CHECK(onTimeline);

    // A second dialog for the same appointment says it is already recorded and saves nothing.
    ui::SessionDialog again(f.school, 0, appointment);
    again.show();
    CHECK(child<QLabel>(&again, "sessionError")->isVisibleTo(&again));
    child<QPushButton>(&again, "saveSession")->click();
    CHECK(again.isVisible());

    // Editing the record keeps its appointment link.
    std::unique_ptr<ui::SessionDialog> edit(ui::SessionDialog::editRecord(f.school, id));
    edit->show();
    CHECK(child<QPlainTextEdit>(edit.get(), "sessionSummary")->toPlainText() == QStringLiteral("谈了考试前的紧张"));
    child<QPlainTextEdit>(edit.get(), "sessionNextSteps")->setPlainText(QStringLiteral("下周再约"));
    child<QPushButton>(edit.get(), "saveSession")->click();
    CHECK(edit->result() == QDialog::Accepted);
    CHECK(f.sessions().get(id).nextSteps == QStringLiteral("下周再约"));
    CHECK(f.sessions().get(id).appointmentId == appointment);
}

TEST_CASE("a session raises the student's risk level to orange", "[sessions-ui]")
{
    Fixture f;
    ui::SessionDialog dialog(f.school, f.wu, 0);
    dialog.show();
    child<QPlainTextEdit>(&dialog, "sessionSummary")->setPlainText(QStringLiteral("持续情绪低落"));
    child<QCheckBox>(&dialog, "sessionRiskChange")->setChecked(true);
    auto *level = child<QComboBox>(&dialog, "sessionRiskLevel");
    level->setCurrentIndex(level->findData(static_cast<int>(RiskLevel::Orange)));

    // No reason: refused, nothing written.
    child<QPushButton>(&dialog, "saveSession")->click();
    CHECK(dialog.isVisible());
    CHECK(child<QLabel>(&dialog, "sessionError")->isVisibleTo(&dialog));
    CHECK(f.sessions().forStudent(f.wu).isEmpty());
    CHECK(RiskRepository(f.school.db(), f.wang).current(f.wu) == RiskLevel::Green);

    child<QLineEdit>(&dialog, "sessionRiskReason")->setText(QStringLiteral("辅导中发现持续低落两周"));
    child<QPushButton>(&dialog, "saveSession")->click();
    REQUIRE(dialog.result() == QDialog::Accepted);
    RiskRepository risk(f.school.db(), f.wang);
    CHECK(risk.current(f.wu) == RiskLevel::Orange);
    const QList<RiskChange> history = risk.history(f.wu);
    REQUIRE_FALSE(history.isEmpty());
    const auto newest
        = std::max_element(history.begin(), history.end(), [](const RiskChange &a, const RiskChange &b) { return a.id < b.id; });
    CHECK(newest->source == RiskSource::Session);
    CHECK(newest->to == RiskLevel::Orange);
    CHECK(newest->reason == QStringLiteral("辅导中发现持续低落两周"));
    const CounsellingRecord r = f.sessions().get(dialog.recordId());
    CHECK(r.riskChangeId == newest->id);
    CHECK(r.riskJudgement == RiskLevel::Orange);
}

TEST_CASE("a head sees no counselling record and no content", "[sessions-ui]")
{
    Fixture f;
    const QString summary = QStringLiteral("摘要内容只给心理教师");
    const QString notes = QStringLiteral("保密笔记内容");
    f.record(f.yang, clock::today().addDays(-2), summary, notes);
    f.school.addUser(QStringLiteral("zhao"), secret("head lanterns password 1"), AccountRole::Counsellor);
    OfficeRepository(f.school.db(), f.wang).setAccountRole(QStringLiteral("zhao"), AccountRole::Head);
    SchoolFile head = SchoolFile::unlockWithPassword(f.path, QStringLiteral("zhao"), secret("head lanterns password 1"));

    // The repositories deny the head every record (issue 12): the tab shows why, and no row.
    ui::SessionsTab tab(head, f.yang);
    tab.show();
    CHECK(tab.recordCount() == 0);
    auto *records = child<QTreeWidget>(&tab, "studentRecords");
    REQUIRE(records->topLevelItemCount() == 1);
    CHECK(records->topLevelItem(0)->text(0).contains(QStringLiteral("zhao")));
    CHECK_FALSE(child<QPushButton>(&tab, "newSessionRecord")->isEnabled());
    records->setCurrentItem(records->topLevelItem(0));
    CHECK_FALSE(child<QPushButton>(&tab, "openSessionRecord")->isEnabled());
    CHECK(tab.openSelected() == nullptr);

    ui::SessionsPage page(head);
    page.show();
    CHECK(page.rowCount() == 0);
    QAbstractItemModelTester tester(
        child<QTreeWidget>(&page, "records")->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    // The feedback dialog lists no record either.
    ui::FeedbackDialog feedback(head, f.yang, 0);
    for (const QWidget *root :
        { static_cast<const QWidget *>(&tab), static_cast<const QWidget *>(&page), static_cast<const QWidget *>(&feedback) }) {
        const QStringList texts = visibleTexts(root);
        CHECK_FALSE(texts.join(u'\n').contains(summary));
        CHECK_FALSE(texts.join(u'\n').contains(notes));
    }
    // The counsellor's own tab shows the content.
    ui::SessionsTab mine(f.school, f.yang);
    CHECK(child<QTreeWidget>(&mine, "studentRecords")->topLevelItem(0)->text(0)
        == clock::today().addDays(-2).toString(Qt::ISODate));
    CHECK(child<QPushButton>(&mine, "newSessionRecord")->isEnabled());
}

TEST_CASE("feedback recorded from the home panel removes the record from the due list", "[sessions-ui]")
{
    Fixture f;
    const qint64 old = f.record(f.yang, clock::today().addDays(-5), QStringLiteral("五天前的辅导"));
    const qint64 older = f.record(f.wu, clock::today().addDays(-6), QStringLiteral("六天前的辅导"));
    f.record(f.luo, clock::today().addDays(-1), QStringLiteral("昨天的辅导")); // not yet due (3 days)

    ui::FeedbackDuePanel panel(f.school);
    panel.show();
    panel.refresh();
    CHECK(panel.waitingCount() == 2);
    auto *due = child<QTreeWidget>(&panel, "feedbackDueList");
    REQUIRE(due->topLevelItemCount() == 2);
    CHECK(due->topLevelItem(0)->text(0) == QStringLiteral("吴天明")); // oldest first
    CHECK(due->topLevelItem(1)->text(0) == QStringLiteral("杨小雨"));
    QAbstractItemModelTester tester(due->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    due->setCurrentItem(due->topLevelItem(1));
    ui::FeedbackDialog *dialog = panel.recordFeedback();
    REQUIRE(dialog != nullptr);
    CHECK(child<QComboBox>(dialog, "feedbackRecord")->currentData().toLongLong() == old);
    auto *recipient = child<QComboBox>(dialog, "feedbackRecipient");
    recipient->setCurrentIndex(recipient->findData(feedbackRecipientCode(FeedbackRecipient::Parents)));
    auto *method = child<QComboBox>(dialog, "feedbackMethod");
    method->setCurrentIndex(method->findData(feedbackMethodCode(FeedbackMethod::Phone)));
    // No summary: refused, the dialog stays open.
    child<QPushButton>(dialog, "saveFeedback")->click();
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(dialog, "feedbackError")->isVisibleTo(dialog));
    child<QPlainTextEdit>(dialog, "feedbackSummary")->setPlainText(QStringLiteral("建议家长多陪伴、少批评"));
    child<QPlainTextEdit>(dialog, "feedbackReply")->setPlainText(QStringLiteral("家长表示理解"));
    child<QPushButton>(dialog, "saveFeedback")->click();
    REQUIRE(waitUntil([&] { return panel.waitingCount() == 1; }, 5000));

    const QList<Feedback> given = FeedbackRepository(f.school.db(), f.wang).forRecord(old);
    REQUIRE(given.size() == 1);
    CHECK(given.first().recipient == FeedbackRecipient::Parents);
    CHECK(given.first().method == FeedbackMethod::Phone);
    CHECK(given.first().summary == QStringLiteral("建议家长多陪伴、少批评"));
    CHECK(given.first().reply == QStringLiteral("家长表示理解"));
    CHECK(due->topLevelItem(0)->data(0, Qt::UserRole).toLongLong() == older);

    // "Not needed" clears the other reminder.
    due->setCurrentItem(due->topLevelItem(0));
    CHECK(panel.markNotNeeded());
    CHECK(panel.waitingCount() == 0);
    CHECK_FALSE(f.sessions().get(older).feedbackNeeded);
    CHECK(FeedbackRepository(f.school.db(), f.wang).feedbackDue(clock::today()).isEmpty());

    // The setting: due after 1 day makes yesterday's record due.
    ui::FeedbackSettingsBox settings(f.school);
    child<QSpinBox>(&settings, "feedbackDueDays")->setValue(1);
    CHECK(settings.save());
    CHECK(FeedbackRepository(f.school.db(), f.wang).feedbackDueDays() == 1);
    panel.refresh();
    CHECK(panel.waitingCount() == 1);
}

TEST_CASE("group counselling: a group, a session and its attendance grid", "[sessions-ui]")
{
    Fixture f;
    ui::GroupsView view(f.school);
    view.show();
    ui::GroupDialog *group = view.newGroup();
    REQUIRE(group != nullptr);
    child<QLineEdit>(group, "groupTopic")->setText(QStringLiteral("考前减压小组"));
    child<QSpinBox>(group, "groupPlanned")->setValue(4);
    // No members: refused.
    child<QPushButton>(group, "saveGroup")->click();
    CHECK(group->isVisible());
    child<QLineEdit>(group, "studentSearch")->setText(QStringLiteral("杨小雨"));
    REQUIRE(child<QListWidget>(group, "studentMatches")->count() == 1);
    child<QPushButton>(group, "addMember")->click();
    group->addMember(f.wu);
    group->addMember(f.luo);
    CHECK(group->memberIds() == QList<qint64> { f.yang, f.wu, f.luo });
    child<QPushButton>(group, "saveGroup")->click();
    REQUIRE(waitUntil([&] { return view.currentGroupId() != 0; }, 5000));
    const qint64 groupId = view.currentGroupId();
    const CounsellingGroup g = f.sessions().group(groupId);
    CHECK(g.topic == QStringLiteral("考前减压小组"));
    CHECK(g.plannedSessions == 4);
    CHECK(g.staffId == f.li);
    CHECK(g.memberIds.size() == 3);

    ui::GroupSessionDialog *session = view.addSession();
    REQUIRE(session != nullptr);
    child<QDateEdit>(session, "groupSessionDate")->setDate(clock::today().addDays(-7));
    auto *present = child<QListWidget>(session, "groupSessionPresent");
    REQUIRE(present->count() == 3);
    for (int i = 0; i < present->count(); ++i)
        if (present->item(i)->data(Qt::UserRole).toLongLong() == f.wu)
            present->item(i)->setCheckState(Qt::Unchecked);
    child<QPushButton>(session, "saveGroupSession")->click();
    REQUIRE(waitUntil([&] { return !f.sessions().groupSessions(groupId).isEmpty(); }, 5000));
    GroupSession held = f.sessions().groupSessions(groupId).first();
    CHECK(held.heldOn == clock::today().addDays(-7));
    CHECK(held.absent == QList<qint64> { f.wu });
    CHECK(held.present.size() == 2);

    // The grid: members × sessions; tick 吴天明 present, untick 罗佳佳, save.
    auto *grid = child<QTableWidget>(&view, "attendanceGrid");
    REQUIRE(waitUntil([&] { return grid->rowCount() == 3 && grid->columnCount() == 2; }, 5000));
    const QList<qint64> members = f.sessions().group(groupId).memberIds;
    for (int r = 0; r < 3; ++r) {
        if (members[r] == f.wu) {
            CHECK(grid->item(r, 0)->checkState() == Qt::Unchecked);
            grid->item(r, 0)->setCheckState(Qt::Checked);
        }
        if (members[r] == f.luo)
            grid->item(r, 0)->setCheckState(Qt::Unchecked);
    }
    CHECK(view.saveAttendance());
    held = f.sessions().groupSessions(groupId).first();
    QList<qint64> expected { f.yang, f.wu };
    std::sort(expected.begin(), expected.end());
    CHECK(held.present == expected);
    CHECK(held.absent == QList<qint64> { f.luo });

    // The timeline shows the group session for a member.
    bool onTimeline = false;
    for (const TimelineEntry &e : studentTimeline(f.school.db(), f.wu, f.wang))
        onTimeline = onTimeline || e.kind == QStringLiteral("group_session");
    CHECK(onTimeline);
}

TEST_CASE("the records page filters by counsellor, category and form and records a walk-in", "[sessions-ui]")
{
    Fixture f;
    const QStringList categories = f.sessions().problemCategories();
    CounsellingRecordInput in;
    in.studentId = f.yang;
    in.heldOn = clock::today().addDays(-3);
    in.summary = QStringLiteral("一");
    in.categories = { categories.at(0) };
    f.sessions().add(in);
    in.studentId = f.wu;
    in.categories = { categories.at(1) };
    in.form = SessionForm::Phone;
    f.sessions().add(in);

    ui::SessionsPage page(f.school);
    page.show();
    QAbstractItemModelTester tester(
        child<QTreeWidget>(&page, "records")->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(page.rowCount() == 2);
    auto *category = child<QComboBox>(&page, "recordsCategory");
    category->setCurrentIndex(category->findData(categories.at(1)));
    REQUIRE(page.rowCount() == 1);
    CHECK(child<QTreeWidget>(&page, "records")->topLevelItem(0)->text(1) == QStringLiteral("吴天明"));
    category->setCurrentIndex(0);
    auto *form = child<QComboBox>(&page, "recordsForm");
    form->setCurrentIndex(form->findData(sessionFormCode(SessionForm::Individual)));
    REQUIRE(page.rowCount() == 1);
    CHECK(child<QTreeWidget>(&page, "records")->topLevelItem(0)->text(1) == QStringLiteral("杨小雨"));
    form->setCurrentIndex(0);
    page.setRange(clock::today().addDays(-1), clock::today());
    CHECK(page.rowCount() == 0);
    page.setRange(clock::today().addDays(-30), clock::today());

    // Walk-in: pick the student, record the session.
    ui::StudentPickerDialog *picker = page.walkIn();
    child<QPushButton>(picker, "chooseStudent")->click();
    CHECK(picker->isVisible()); // nobody picked yet
    child<QLineEdit>(picker, "studentSearch")->setText(QStringLiteral("罗佳佳"));
    REQUIRE(child<QListWidget>(picker, "studentMatches")->count() == 1);
    child<QPushButton>(picker, "chooseStudent")->click();
    auto *dialog = shownDialog<ui::SessionDialog>(&page, "sessionDialog");
    CHECK(child<QLabel>(dialog, "sessionStudent")->text().contains(QStringLiteral("罗佳佳")));
    child<QPlainTextEdit>(dialog, "sessionSummary")->setPlainText(QStringLiteral("课间主动来访"));
    child<QPushButton>(dialog, "saveSession")->click();
    REQUIRE(waitUntil([&] { return page.rowCount() == 3; }, 5000));
    REQUIRE(f.sessions().forStudent(f.luo).size() == 1);
    CHECK(f.sessions().forStudent(f.luo).first().appointmentId == 0);
}

TEST_CASE("screenshots of counselling records", "[.screenshot]")
{
    prepareScreenshots();
    TempDir dir;
    const QString db = dir.path(QStringLiteral("demo.xinan"));
    createDemoDatabase(db, QStringLiteral("demo"), secret("demo lanterns by the river"), { 600, 2026 });
    SchoolFile school = SchoolFile::unlockWithPassword(db, QStringLiteral("demo"), secret("demo lanterns by the river"));
    SessionRepository sessions(school.db(), school.user());
    QList<qint64> students;
    for (const qint64 id : StudentSearchIndex::load(school.db()).match(StudentFilter {}, StudentSort::Name, true))
        students << id;
    REQUIRE(students.size() > 10);
    const QStringList categories = sessions.problemCategories();
    if (sessions.range(clock::today().addDays(-30), clock::today()).size() < 5) {
        for (int i = 0; i < 8; ++i) {
            CounsellingRecordInput in;
            in.studentId = students.at(i * 7);
            in.heldOn = clock::today().addDays(-i * 3);
            in.form = i % 3 == 0 ? SessionForm::Phone : SessionForm::Individual;
            in.categories = { categories.at(i % categories.size()) };
            in.summary = QStringLiteral("示例摘要");
            sessions.add(in);
        }
    }
    if (sessions.groups().isEmpty()) {
        const qint64 g = sessions.addGroup(QStringLiteral("考前减压小组"), 0, 6, students.mid(0, 8));
        sessions.addGroupSession(g, clock::today().addDays(-14), 60, students.mid(0, 7));
        sessions.addGroupSession(g, clock::today().addDays(-7), 60, students.mid(1, 6));
    }

    ui::SessionDialog dialog(school, students.at(3), 0);
    dialog.show();
    child<QPlainTextEdit>(&dialog, "sessionSummary")->setPlainText(QStringLiteral("学生谈到期中考试后的压力和与同桌的矛盾。"));
    saveScreenshot(dialog, QStringLiteral("session-dialog.png"));

    ui::SessionsPage page(school);
    page.resize(1100, 720);
    page.show();
    saveScreenshot(page, QStringLiteral("sessions-page.png"));
    page.tabs()->setCurrentIndex(1);
    saveScreenshot(page, QStringLiteral("group-attendance.png"));
}
