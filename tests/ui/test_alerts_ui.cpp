// Early warning in the GUI: handling an alert from the home panel, recording a second-stage
// interview from its panel (the student goes to orange, the timeline shows it), the student
// file's risk tab with its change dialog (an empty reason refused, then saved); and the
// screenshots of the two panels and the tab ([.screenshot]).
#include "uitestsupport.h"

#include "alerts/alertdialogs.h"
#include "alerts/alertpanels.h"
#include "alerts/risktab.h"
#include "students/studentfiledialog.h"
#include "students/studenttimeline.h"
#include "testsupport.h"

#include "repo/alertrepository.h"
#include "repo/noterepository.h"
#include "repo/riskrepository.h"
#include "repo/screeningrepository.h"
#include "repo/studentrepository.h"
#include "services/demodata.h"
#include "services/schoolfile.h"
#include "store/database.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace xinan;
using namespace xinan::test;

namespace {

const QList<int> Critical17 { 2, 2, 2, 2, 2, 2, 2, 1, 2 }; // total 17, item 9 = 2
const QList<int> Critical6 { 1, 1, 1, 1, 0, 0, 0, 0, 2 }; // total 6, item 9 = 2
const QList<int> Moderate12 { 2, 2, 2, 2, 2, 1, 1, 0, 0 }; // total 12

struct Fixture
{
    TempDir dir;
    QString path = dir.path(QStringLiteral("a.xinan"));
    SchoolFile school = [this] {
        createSchool(path);
        return SchoolFile::unlockWithPassword(path, QStringLiteral("wang"), secret("correct horse 1"));
    }();

    qint64 addStudent(const char *no, const QString &name, const QString &className = QStringLiteral("2班"))
    {
        Student s;
        s.studentNo = QString::fromLatin1(no);
        s.name = name;
        s.grade = 7;
        s.className = className;
        return StudentRepository(school.db(), school.user()).add(s);
    }
    void screen(const QList<std::pair<qint64, QList<int>>> &answers, const QDate &day = clock::today())
    {
        QList<ScreeningEntry> entries;
        for (const auto &[id, a] : answers)
            entries.append({ id, a, day });
        ScreeningRepository(school.db(), school.user())
            .record(QStringLiteral("2026秋 初一 PHQ-9"), QStringLiteral("2026-2027-1"), *findInstrument(QStringLiteral("phq9")),
                entries, QStringLiteral("entered"));
    }
    bool handled(qint64 studentId)
    {
        Statement st(school.db(), "SELECT handled_at IS NOT NULL, handling FROM alerts WHERE student_id = ?");
        st.bind(1, studentId);
        REQUIRE(st.step());
        return st.integer(0) != 0;
    }
};

QStringList column(const QTreeWidget *tree, int c)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (!tree->topLevelItem(i)->isHidden())
            out << tree->topLevelItem(i)->text(c);
    return out;
}

template<typename T> T *openDialogOf(const QObject *parent)
{
    T *found = nullptr;
    waitUntil([&] { return (found = parent->findChild<T *>()) != nullptr && found->isVisible(); }, 2000);
    REQUIRE(found != nullptr);
    return found;
}

} // namespace

TEST_CASE_METHOD(Fixture, "an alert handled from the home panel leaves it, and the database shows it handled", "[ui][alerts]")
{
    const qint64 a = addStudent("G300001", QStringLiteral("王小雨"));
    const qint64 b = addStudent("G300002", QStringLiteral("李明"), QStringLiteral("5班"));
    screen({ { a, Critical17 }, { b, Critical6 } });

    ui::AlertsPanel panel(school);
    panel.resize(800, 300);
    panel.show();
    panel.refresh();
    CHECK(panel.waitingCount() == 2);
    CHECK_FALSE(panel.title().isEmpty());
    auto *list = child<QTreeWidget>(&panel, "alertList");
    CHECK(column(list, ui::AlertsPanel::StudentColumn) == QStringList { QStringLiteral("王小雨"), QStringLiteral("李明") });
    CHECK(column(list, ui::AlertsPanel::ReasonColumn).first() == QStringLiteral("PHQ-9 item 9 = 2, total 17"));
    CHECK(column(list, ui::AlertsPanel::ClassColumn).last().contains(QStringLiteral("5班")));

    // Double-click (activation) opens the student.
    QSignalSpy open(&panel, &ui::HomePanel::openStudent);
    Q_EMIT list->itemActivated(list->topLevelItem(1), 0);
    REQUIRE(open.size() == 1);
    CHECK(open.first().first().toLongLong() == b);

    auto *handle = child<QPushButton>(&panel, "handleAlert");
    CHECK_FALSE(handle->isEnabled()); // nothing selected yet
    list->setCurrentItem(list->topLevelItem(0));
    REQUIRE(handle->isEnabled());
    QSignalSpy changed(&panel, &ui::HomePanel::changed);
    handle->click();
    QPointer<ui::HandleAlertDialog> dialog = openDialogOf<ui::HandleAlertDialog>(&panel);
    CHECK(child<QLabel>(dialog, "alertStudent")->text().contains(QStringLiteral("王小雨")));

    // Without a text: refused in the dialog, which stays open; nothing written.
    child<QPushButton>(dialog, "save")->click();
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(dialog, "handleError")->isVisible());
    CHECK_FALSE(child<QLabel>(dialog, "handleError")->text().isEmpty());
    CHECK_FALSE(handled(a));

    child<QPlainTextEdit>(dialog, "handling")->setPlainText(QStringLiteral("当天个别谈话，无计划；已告知班主任和母亲。"));
    child<QPushButton>(dialog, "save")->click();
    REQUIRE(waitUntil([&] { return dialog.isNull() || !dialog->isVisible(); }, 2000));
    CHECK(changed.size() == 1);
    CHECK(handled(a));
    CHECK_FALSE(handled(b));
    CHECK(panel.waitingCount() == 1);
    CHECK(column(list, ui::AlertsPanel::StudentColumn) == QStringList { QStringLiteral("李明") });
    const std::optional<Alert> stored
        = AlertRepository(school.db(), school.user()).find(AlertRepository(school.db(), school.user()).forStudent(a).first().id);
    REQUIRE(stored);
    CHECK(stored->handledBy == QStringLiteral("wang"));
    CHECK(stored->handling == QStringLiteral("当天个别谈话，无计划；已告知班主任和母亲。"));

    // The last one handled: the panel says so calmly.
    list->setCurrentItem(list->topLevelItem(0));
    handle->click();
    dialog = openDialogOf<ui::HandleAlertDialog>(&panel);
    child<QPlainTextEdit>(dialog, "handling")->setPlainText(QStringLiteral("已约谈。"));
    child<QPushButton>(dialog, "save")->click();
    REQUIRE(waitUntil([&] { return panel.waitingCount() == 0; }, 2000));
    CHECK(child<QLabel>(&panel, "alertsEmpty")->isVisible());
    CHECK_FALSE(list->isVisible());
}

TEST_CASE_METHOD(
    Fixture, "an interview recorded from its panel raises the student to orange and shows on the timeline", "[ui][alerts]")
{
    const qint64 moderate = addStudent("G300001", QStringLiteral("甲同学"));
    const qint64 critical = addStudent("G300002", QStringLiteral("乙同学"));
    screen({ { moderate, Moderate12 }, { critical, Critical6 } });
    REQUIRE(RiskRepository(school.db(), school.user()).current(critical) == RiskLevel::Yellow);

    ui::InterviewsPanel panel(school);
    panel.resize(800, 300);
    panel.show();
    panel.refresh();
    CHECK(panel.waitingCount() == 2);
    auto *list = child<QTreeWidget>(&panel, "interviewList");
    // Most serious first: the critical one despite its lower total.
    CHECK(column(list, ui::InterviewsPanel::StudentColumn) == QStringList { QStringLiteral("乙同学"), QStringLiteral("甲同学") });
    CHECK(column(list, ui::InterviewsPanel::CriticalColumn).first() == QStringLiteral("item 9 = 2"));

    list->setCurrentItem(list->topLevelItem(0));
    QSignalSpy changed(&panel, &ui::HomePanel::changed);
    child<QPushButton>(&panel, "interviewButton")->click();
    QPointer<ui::InterviewDialog> dialog = openDialogOf<ui::InterviewDialog>(&panel);
    CHECK(child<QLabel>(dialog, "interviewCritical")->text().contains(QStringLiteral("item 9 = 2")));
    CHECK(child<QLabel>(dialog, "interviewResult")->text().contains(QStringLiteral("PHQ-9")));
    auto *level = child<QComboBox>(dialog, "interviewLevel");
    // The student's present level is the starting point; the counsellor decides.
    CHECK(level->currentData().toInt() == static_cast<int>(RiskLevel::Yellow));
    level->setCurrentIndex(level->findData(static_cast<int>(RiskLevel::Orange)));
    CHECK(child<QLabel>(dialog, "interviewMeaning")->text() == ui::riskLevelMeaning(RiskLevel::Orange));

    // No summary: refused, stays open, nothing changed.
    child<QPushButton>(dialog, "save")->click();
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(dialog, "interviewError")->isVisible());
    CHECK(RiskRepository(school.db(), school.user()).current(critical) == RiskLevel::Yellow);

    child<QPlainTextEdit>(dialog, "interviewSummary")
        ->setPlainText(QStringLiteral("近两周有消极念头，无具体计划；纳入重点关注，制定一人一策。"));
    child<QPushButton>(dialog, "save")->click();
    REQUIRE(waitUntil([&] { return dialog.isNull() || !dialog->isVisible(); }, 2000));
    CHECK(changed.size() == 1);
    CHECK(RiskRepository(school.db(), school.user()).current(critical) == RiskLevel::Orange);
    CHECK(RiskRepository(school.db(), school.user()).history(critical).first().source == RiskSource::Session);
    CHECK(AlertRepository(school.db(), school.user()).waitingCount() == 0);
    CHECK(panel.waitingCount() == 1);
    CHECK(column(list, ui::InterviewsPanel::StudentColumn) == QStringList { QStringLiteral("甲同学") });

    // The student's file: the timeline shows the interview, the risk tab the new level.
    ui::StudentFileDialog file(school, critical);
    file.show();
    auto *timeline = child<QTreeWidget>(file.timeline(), "timeline");
    bool found = false;
    for (int i = 0; i < timeline->topLevelItemCount(); ++i)
        found = found || timeline->topLevelItem(i)->text(3).contains(QStringLiteral("纳入重点关注"));
    CHECK(found);
    auto *tab = child<ui::RiskTab>(&file, "riskTab");
    CHECK(child<QLabel>(tab, "riskBadge")->property("level").toString() == QStringLiteral("orange"));
    CHECK_FALSE(child<QLabel>(tab, "nothingPending")->isHidden()); // the tab is not the current one
}

TEST_CASE_METHOD(Fixture, "the risk tab's change dialog refuses an empty reason, then saves", "[ui][alerts][risk]")
{
    const qint64 a = addStudent("G300001", QStringLiteral("王小雨"));
    ui::StudentFileDialog file(school, a);
    file.show();
    auto *tabs = child<QTabWidget>(&file, "tabs");
    auto *tab = child<ui::RiskTab>(&file, "riskTab");
    tabs->setCurrentWidget(tab);
    CHECK(tabs->tabText(tabs->currentIndex()) == QStringLiteral("Risk and alerts"));
    CHECK(child<QLabel>(tab, "riskBadge")->property("level").toString() == QStringLiteral("green"));
    CHECK(child<QLabel>(tab, "noHistory")->isVisible());
    const int timelineBefore = file.timeline()->entryCount();

    child<QPushButton>(tab, "changeLevel")->click();
    QPointer<ui::RiskChangeDialog> dialog = openDialogOf<ui::RiskChangeDialog>(tab);
    auto *level = child<QComboBox>(dialog, "changeLevel");
    level->setCurrentIndex(level->findData(static_cast<int>(RiskLevel::Orange)));
    auto *source = child<QComboBox>(dialog, "changeSource");
    // Crisis events and screenings set their own levels: not offered here.
    CHECK(source->findData(static_cast<int>(RiskSource::Crisis)) == -1);
    CHECK(source->findData(static_cast<int>(RiskSource::Screening)) == -1);
    source->setCurrentIndex(source->findData(static_cast<int>(RiskSource::TeacherReport)));

    child<QPushButton>(dialog, "save")->click();
    CHECK(dialog->isVisible());
    auto *error = child<QLabel>(dialog, "riskChangeError");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("reason")));
    CHECK(RiskRepository(school.db(), school.user()).current(a) == RiskLevel::Green);

    child<QPlainTextEdit>(dialog, "changeReason")->setPlainText(QStringLiteral("班主任反映：近一周多次独自哭泣，作业未交。"));
    child<QPushButton>(dialog, "save")->click();
    REQUIRE(waitUntil([&] { return dialog.isNull() || !dialog->isVisible(); }, 2000));
    CHECK(RiskRepository(school.db(), school.user()).current(a) == RiskLevel::Orange);
    const QList<RiskChange> history = RiskRepository(school.db(), school.user()).history(a);
    REQUIRE(history.size() == 1);
    CHECK(history.first().source == RiskSource::TeacherReport);
    CHECK(history.first().author == QStringLiteral("wang"));
    // The tab and the file's timeline show it.
    CHECK(child<QLabel>(tab, "riskBadge")->property("level").toString() == QStringLiteral("orange"));
    auto *rows = child<QTreeWidget>(tab, "riskHistory");
    REQUIRE(rows->topLevelItemCount() == 1);
    CHECK(rows->topLevelItem(0)->text(ui::RiskTab::ReasonColumn) == QStringLiteral("班主任反映：近一周多次独自哭泣，作业未交。"));
    CHECK(rows->topLevelItem(0)->text(ui::RiskTab::ByColumn) == QStringLiteral("wang"));
    CHECK(file.timeline()->entryCount() == timelineBefore + 1);

    // The same level again: the rule's refusal is shown in the dialog.
    child<QPushButton>(tab, "changeLevel")->click();
    dialog = openDialogOf<ui::RiskChangeDialog>(tab);
    child<QPlainTextEdit>(dialog, "changeReason")->setPlainText(QStringLiteral("复核"));
    child<QPushButton>(dialog, "save")->click();
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(dialog, "riskChangeError")->isVisible());
    CHECK(RiskRepository(school.db(), school.user()).history(a).size() == 1);
    dialog->reject();
}

TEST_CASE_METHOD(Fixture, "the risk tab lists what waits for the student and handles it", "[ui][alerts]")
{
    const qint64 a = addStudent("G300001", QStringLiteral("王小雨"));
    screen({ { a, Critical17 } });
    ui::StudentFileDialog file(school, a);
    file.show();
    auto *tab = child<ui::RiskTab>(&file, "riskTab");
    auto *pending = child<QTreeWidget>(tab, "pendingList");
    REQUIRE(pending->topLevelItemCount() == 2); // the alert and the interview
    CHECK(child<QLabel>(tab, "riskBadge")->property("level").toString() == QStringLiteral("yellow"));

    pending->setCurrentItem(pending->topLevelItem(0));
    auto *handle = child<QPushButton>(tab, "tabHandleAlert");
    REQUIRE(handle->isEnabled());
    handle->click();
    QPointer<ui::HandleAlertDialog> dialog = openDialogOf<ui::HandleAlertDialog>(tab);
    child<QPlainTextEdit>(dialog, "handling")->setPlainText(QStringLiteral("当天谈话。"));
    child<QPushButton>(dialog, "save")->click();
    REQUIRE(waitUntil([&] { return pending->topLevelItemCount() == 1; }, 2000));
    CHECK(handled(a));
    // The interview remains; the alert button no longer applies to it.
    pending->setCurrentItem(pending->topLevelItem(0));
    CHECK_FALSE(handle->isEnabled());
    CHECK(child<QPushButton>(tab, "tabInterview")->isEnabled());
}

TEST_CASE("screenshots of the early-warning panels and the risk tab", "[.screenshot]")
{
    prepareScreenshots();
    // The demo generator's synthetic students (the rest of the demo is other modules' business).
    TempDir dir;
    const QString db = dir.path(QStringLiteral("demo.xinan"));
    createSchool(db);
    SchoolFile school = SchoolFile::unlockWithPassword(db, QStringLiteral("wang"), secret("correct horse 1"));
    StudentRepository(school.db(), school.user()).addAll(demoStudents({ 600, 2026 }));

    // A grade-7 screening: a few critical answers, a few moderate or worse totals.
    QList<Student> grade7;
    for (const Student &s : StudentRepository(school.db(), school.user()).list())
        if (s.grade == 7 && s.status == StudentStatus::Enrolled)
            grade7 << s;
    REQUIRE(grade7.size() > 12);
    const QList<QList<int>> answers { Critical17, { 1, 1, 1, 0, 1, 0, 0, 0, 1 }, Critical6, Moderate12,
        { 3, 3, 2, 2, 3, 2, 1, 1, 0 }, { 2, 2, 2, 1, 1, 1, 1, 0, 0 }, { 2, 3, 2, 2, 2, 2, 1, 1, 0 } };
    QList<ScreeningEntry> entries;
    for (int i = 0; i < grade7.size(); ++i)
        entries.append({ grade7.at(i).id, i < answers.size() ? answers.at(i) : QList<int> { 0, 1, 0, 1, 0, 0, 1, 0, 0 },
            clock::today().addDays(-(i % 3)) });
    ScreeningRepository(school.db(), school.user())
        .record(QStringLiteral("2026秋 初一 PHQ-9"), QStringLiteral("2026-2027-1"), *findInstrument(QStringLiteral("phq9")),
            entries, QStringLiteral("entered"));
    AlertRepository alerts(school.db(), school.user());
    // One interview already done: the student went to orange.
    alerts.recordInterview(alerts.interviewsWaitingFor(grade7.at(0).id).first().resultId, clock::today(), RiskLevel::Orange,
        QStringLiteral("近两周有消极念头，无具体计划；纳入重点关注，制定一人一策。"));

    QWidget home;
    auto *layout = new QVBoxLayout(&home);
    ui::AlertsPanel alertsPanel(school);
    ui::InterviewsPanel interviewsPanel(school);
    for (ui::HomePanel *panel : { static_cast<ui::HomePanel *>(&alertsPanel), static_cast<ui::HomePanel *>(&interviewsPanel) }) {
        panel->refresh();
        auto *box = new QGroupBox(QStringLiteral("%1 (%2)").arg(panel->title()).arg(panel->waitingCount()), &home);
        auto *inner = new QVBoxLayout(box);
        inner->addWidget(panel);
        layout->addWidget(box);
    }
    home.resize(900, 620);
    home.show();
    saveScreenshot(home, QStringLiteral("home-alerts.png"));

    // A student with a history: screened critical (yellow), a teacher's report (orange), an alert
    // still waiting and an interview to do.
    RiskRepository risk(school.db(), school.user());
    const qint64 id = risk.current(grade7.at(2).id) == RiskLevel::Yellow ? grade7.at(2).id : grade7.at(1).id;
    if (risk.current(id) < RiskLevel::Orange)
        risk.change(id, RiskLevel::Orange, RiskSource::TeacherReport,
            QStringLiteral("班主任反映：近一周情绪低落，与同学冲突后独自哭泣。"));
    ui::StudentFileDialog file(school, id);
    file.resize(900, 640);
    file.show();
    auto *tabs = child<QTabWidget>(&file, "tabs");
    tabs->setCurrentWidget(child<ui::RiskTab>(&file, "riskTab"));
    saveScreenshot(file, QStringLiteral("student-risk-tab.png"));
    ui::InterviewDialog interview(school, alerts.interviewsWaitingFor(id).first().resultId);
    interview.show();
    saveScreenshot(interview, QStringLiteral("interview-dialog.png"));
}
