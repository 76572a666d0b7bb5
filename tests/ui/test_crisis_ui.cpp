// Crisis events in the GUI on real encrypted databases: opening an event from the page (the
// confirmation, the student red in the database, the event listed), the guardian notification
// with the quick button, closing refused without the head notification and then done, the
// checklist ticks, the student file's tab, the home panel and the checklist in Settings.
#include "uitestsupport.h"

#include "crisis/crisischecklisteditor.h"
#include "crisis/crisisdialog.h"
#include "crisis/crisisdialogs.h"
#include "crisis/crisishomepanel.h"
#include "crisis/crisispage.h"
#include "crisis/crisistab.h"
#include "settings/settingsdialog.h"
#include "students/studentfiledialog.h"
#include "students/studenttimeline.h"
#include "testsupport.h"

#include "repo/crisisrepository.h"
#include "repo/riskrepository.h"
#include "repo/studentrepository.h"
#include "services/demodata.h"
#include "services/schoolfile.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace xinan;
using namespace xinan::test;

namespace {

struct Fixture
{
    TempDir dir;
    QString path = dir.path(QStringLiteral("c.xinan"));
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
    RiskLevel level(qint64 id) { return RiskRepository(school.db(), QString()).current(id); }
    CrisisEventDetail detail(qint64 event) { return CrisisRepository(school.db(), QString()).detail(event); }
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

} // namespace

TEST_CASE_METHOD(Fixture, "opening a crisis event from the page sets the student red and lists it", "[crisis]")
{
    RecordedMessages boxes;
    ui::CrisisPage page(school);
    page.show();
    CHECK(page.rowCount() == 0);

    ui::NewCrisisDialog *dialog = page.newEvent();
    // Nothing chosen yet.
    child<QPushButton>(dialog, "openCrisis")->click();
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(dialog, "newCrisisError")->text().contains(QStringLiteral("Choose the student")));

    // Found by pinyin initials; the only match is chosen.
    child<QLineEdit>(dialog, "studentSearch")->setText(QStringLiteral("yxy"));
    auto *matches = child<QListWidget>(dialog, "studentMatches");
    REQUIRE(matches->count() == 1);
    CHECK(dialog->studentId() == yang);
    CHECK(child<QLabel>(dialog, "chosenStudent")->text().contains(QStringLiteral("G520000000001")));

    // No text: refused before asking.
    child<QPushButton>(dialog, "openCrisis")->click();
    CHECK(dialog->isVisible());
    CHECK(boxes.messages().isEmpty());

    child<QPlainTextEdit>(dialog, "whatHappened")->setPlainText(QStringLiteral("宿舍同学报告其写下遗书，手臂有划痕"));
    // The confirmation says the student will be set to red; answering no writes nothing.
    ui::testing::setNextAnswer(false);
    child<QPushButton>(dialog, "openCrisis")->click();
    REQUIRE(boxes.messages().size() == 1);
    CHECK(boxes.messages().first().text.contains(QStringLiteral("red")));
    CHECK(dialog->isVisible());
    CHECK(level(yang) == RiskLevel::Green);

    ui::testing::setNextAnswer(true);
    child<QPushButton>(dialog, "openCrisis")->click();
    CHECK(level(yang) == RiskLevel::Red);
    CrisisRepository crisis(school.db(), QString());
    const std::optional<qint64> event = crisis.openEventOf(yang);
    REQUIRE(event);
    CHECK(detail(*event).event.whatHappened == QStringLiteral("宿舍同学报告其写下遗书，手臂有划痕"));

    // The page lists it and opens the event's window.
    CHECK(page.rowCount() == 1);
    auto *events = child<QTreeWidget>(&page, "crisisEvents");
    CHECK(events->topLevelItem(0)->text(0) == QStringLiteral("杨小雨"));
    CHECK(events->topLevelItem(0)->text(3) == QStringLiteral("Open"));
    auto *window = shownDialog<ui::CrisisDialog>(&page, "crisisDialog");
    CHECK(window->eventId() == *event);
    CHECK(child<QLabel>(&page, "crisisSummary")->text().contains(QStringLiteral("Open events: 1")));
    window->close();

    // A second event for the same student is refused in the dialog.
    ui::NewCrisisDialog *again = page.newEvent();
    child<QLineEdit>(again, "studentSearch")->setText(QStringLiteral("G520000000001"));
    child<QPlainTextEdit>(again, "whatHappened")->setPlainText(QStringLiteral("再次"));
    child<QPushButton>(again, "openCrisis")->click();
    CHECK(again->isVisible());
    CHECK(child<QLabel>(again, "newCrisisError")->text().contains(QStringLiteral("already has an open crisis event")));
    CHECK(crisis.studentEvents(yang).size() == 1);
    again->close();

    // The filter.
    auto *filter = child<QComboBox>(&page, "statusFilter");
    filter->setCurrentIndex(filter->findData(static_cast<int>(CrisisFilter::Status::Closed)));
    CHECK(page.rowCount() == 0);
    filter->setCurrentIndex(filter->findData(static_cast<int>(CrisisFilter::Status::Open)));
    CHECK(page.rowCount() == 1);
}

TEST_CASE_METHOD(Fixture, "the event window: quick guardian notification, ticks, closing refused then done", "[crisis]")
{
    const QDateTime happened = clock::nowUtc().addSecs(-3600);
    const qint64 event = CrisisRepository(school.db(), QStringLiteral("wang")).open(yang, happened, QStringLiteral("割腕"));
    ui::CrisisDialog window(school, event);
    QSignalSpy changed(&window, &ui::CrisisDialog::changed);
    window.show();
    CHECK(child<QLabel>(&window, "crisisHeader")->text().contains(QStringLiteral("杨小雨")));
    CHECK(child<QPlainTextEdit>(&window, "whatHappened")->toPlainText() == QStringLiteral("割腕"));

    // Notified guardian: the party is preset, the time editable; a time before the event is refused.
    child<QPushButton>(&window, "notifyGuardian")->click();
    auto *step = shownDialog<ui::CrisisStepDialog>(&window, "stepDialog");
    CHECK(child<QComboBox>(step, "stepParty")->currentData().toString() == QStringLiteral("guardian"));
    auto *time = child<QDateTimeEdit>(step, "stepTime");
    time->setDateTime(happened.toLocalTime().addSecs(-7200));
    child<QPlainTextEdit>(step, "stepBody")->setPlainText(QStringLiteral("电话通知母亲，母亲当天到校"));
    child<QPushButton>(step, "saveStep")->click();
    CHECK(step->isVisible());
    CHECK(child<QLabel>(step, "stepError")->text().contains(QStringLiteral("before the crisis happened")));
    CHECK(detail(event).steps.isEmpty());
    time->setDateTime(happened.toLocalTime().addSecs(600));
    child<QPushButton>(step, "saveStep")->click();
    REQUIRE(waitUntil([&] { return window.findChild<ui::CrisisStepDialog *>() == nullptr; }, 5000));
    CrisisEventDetail d = detail(event);
    REQUIRE(d.steps.size() == 1);
    CHECK(d.steps.first().kind == CrisisStepKind::Notify);
    CHECK(d.steps.first().party == CrisisParty::Guardian);
    CHECK(d.steps.first().body == QStringLiteral("电话通知母亲，母亲当天到校"));
    CHECK(d.steps.first().at.secsTo(happened.addSecs(600)) < 60);
    auto *steps = child<QTreeWidget>(&window, "steps");
    REQUIRE(steps->topLevelItemCount() == 1);
    CHECK(steps->topLevelItem(0)->text(2) == QStringLiteral("Guardian"));
    CHECK(changed.count() == 1);

    // Ticking a checklist item records it.
    auto *checklist = child<QListWidget>(&window, "checklist");
    REQUIRE(checklist->count() == CrisisRepository::defaultChecklist().size());
    checklist->item(0)->setCheckState(Qt::Checked);
    CHECK(detail(event).checklist.first().done());
    CHECK(detail(event).checklist.first().doneBy == QStringLiteral("wang"));
    REQUIRE(waitUntil([&] { return checklist->item(0)->text().contains(QStringLiteral("wang")); }, 5000));

    // Closing is refused without the head notification; the dialog stays open with the message.
    child<QPushButton>(&window, "closeEvent")->click();
    auto *closing = shownDialog<ui::CloseCrisisDialog>(&window, "closeDialog");
    CHECK(child<QLabel>(closing, "closeMissing")->text().contains(QStringLiteral("head")));
    CHECK_FALSE(child<QLabel>(closing, "closeMissing")->text().contains(QStringLiteral("guardian")));
    child<QPlainTextEdit>(closing, "closure")->setPlainText(QStringLiteral("已转介州人民医院"));
    child<QPushButton>(closing, "confirmClose")->click();
    CHECK(closing->isVisible());
    CHECK(child<QLabel>(closing, "closeError")->text().contains(QStringLiteral("head")));
    CHECK(detail(event).event.open);
    closing->close();
    REQUIRE(waitUntil([&] { return window.findChild<ui::CloseCrisisDialog *>() == nullptr; }, 5000));

    // An action needs a text.
    child<QPushButton>(&window, "addAction")->click();
    step = shownDialog<ui::CrisisStepDialog>(&window, "stepDialog");
    child<QPushButton>(step, "saveStep")->click();
    CHECK(step->isVisible());
    CHECK_FALSE(child<QLabel>(step, "stepError")->text().isEmpty());
    step->close();
    REQUIRE(waitUntil([&] { return window.findChild<ui::CrisisStepDialog *>() == nullptr; }, 5000));

    child<QPushButton>(&window, "notifyHead")->click();
    step = shownDialog<ui::CrisisStepDialog>(&window, "stepDialog");
    child<QPushButton>(step, "saveStep")->click();
    REQUIRE(waitUntil([&] { return window.findChild<ui::CrisisStepDialog *>() == nullptr; }, 5000));
    CHECK(detail(event).event.headNotified);

    child<QPushButton>(&window, "closeEvent")->click();
    closing = shownDialog<ui::CloseCrisisDialog>(&window, "closeDialog");
    CHECK(closing->findChild<QLabel *>(QStringLiteral("closeMissing")) == nullptr);
    child<QPlainTextEdit>(closing, "closure")->setPlainText(QStringLiteral("已转介州人民医院，家长陪护"));
    child<QPushButton>(closing, "confirmClose")->click();
    REQUIRE(waitUntil([&] { return window.findChild<ui::CloseCrisisDialog *>() == nullptr; }, 5000));
    d = detail(event);
    CHECK_FALSE(d.event.open);
    CHECK(d.event.closure == QStringLiteral("已转介州人民医院，家长陪护"));
    CHECK(level(yang) == RiskLevel::Red);
    CHECK(child<QLabel>(&window, "closureText")->isVisibleTo(&window));
    CHECK_FALSE(child<QPushButton>(&window, "notifyGuardian")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&window, "closeEvent")->isEnabled());
    CHECK_FALSE(checklist->item(1)->flags().testFlag(Qt::ItemIsUserCheckable));
}

TEST_CASE_METHOD(Fixture, "the student file's tab opens an event for that student", "[crisis]")
{
    RecordedMessages boxes;
    ui::StudentFileDialog file(school, long_);
    file.show();
    auto *tab = file.findChild<ui::CrisisTab *>();
    REQUIRE(tab != nullptr);
    auto *tabs = child<QTabWidget>(&file, "tabs");
    CHECK(tabs->tabText(tabs->indexOf(tab)) == QStringLiteral("Crisis events"));
    CHECK(tab->rowCount() == 0);
    const int timelineBefore = file.timeline()->entryCount();

    ui::NewCrisisDialog *dialog = tab->newEvent();
    CHECK(dialog->findChild<QLineEdit *>(QStringLiteral("studentSearch")) == nullptr);
    CHECK(dialog->studentId() == long_);
    child<QPlainTextEdit>(dialog, "whatHappened")->setPlainText(QStringLiteral("晚自习后未回宿舍"));
    ui::testing::setNextAnswer(true);
    child<QPushButton>(dialog, "openCrisis")->click();
    CHECK(level(long_) == RiskLevel::Red);
    CHECK(tab->rowCount() == 1);
    CHECK_FALSE(child<QPushButton>(tab, "newCrisis")->isEnabled());
    // The timeline shows the event and the change to red.
    CHECK(file.timeline()->entryCount() == timelineBefore + 2);
    shownDialog<ui::CrisisDialog>(tab, "crisisDialog")->close();
}

TEST_CASE_METHOD(Fixture, "the home panel lists open events and opens them", "[crisis]")
{
    ui::CrisisHomePanel panel(school);
    panel.refresh();
    CHECK(panel.waitingCount() == 0);
    CHECK_FALSE(panel.title().isEmpty());

    CrisisRepository crisis(school.db(), QStringLiteral("wang"));
    const qint64 event = crisis.open(yang, clock::nowUtc().addDays(-2), QStringLiteral("自伤"));
    panel.refresh();
    CHECK(panel.waitingCount() == 1);
    auto *list = child<QTreeWidget>(&panel, "crisisPanelEvents");
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(0) == QStringLiteral("杨小雨"));
    CHECK(list->topLevelItem(0)->text(3) == QStringLiteral("2"));
    CHECK(list->topLevelItem(0)->text(4).contains(QStringLiteral("guardian")));

    QSignalSpy openStudent(&panel, &ui::HomePanel::openStudent);
    list->setCurrentItem(list->topLevelItem(0));
    child<QPushButton>(&panel, "crisisPanelStudent")->click();
    REQUIRE(openStudent.count() == 1);
    CHECK(openStudent.first().first().toLongLong() == yang);

    panel.show();
    Q_EMIT list->itemDoubleClicked(list->topLevelItem(0), 0);
    auto *window = shownDialog<ui::CrisisDialog>(&panel, "crisisDialog");
    CHECK(window->eventId() == event);
    QSignalSpy changed(&panel, &ui::HomePanel::changed);
    child<QPushButton>(window, "notifyGuardian")->click();
    auto *step = shownDialog<ui::CrisisStepDialog>(window, "stepDialog");
    child<QPushButton>(step, "saveStep")->click();
    CHECK(changed.count() == 1);
    CHECK_FALSE(list->topLevelItem(0)->text(4).contains(QStringLiteral("guardian")));
    window->close();
}

TEST_CASE_METHOD(Fixture, "the crisis checklist in Settings: at least one item, copied into new events", "[crisis]")
{
    ui::SettingsDialog settings(school);
    settings.show();
    auto *editor = child<ui::CrisisChecklistEditor>(&settings, "crisisChecklistEditor");
    auto *items = child<QPlainTextEdit>(editor, "crisisChecklist");
    CHECK(items->toPlainText().split(u'\n') == CrisisRepository::defaultChecklist());

    items->setPlainText(QStringLiteral("  \n\n"));
    child<QPushButton>(&settings, "ok")->click();
    CHECK(settings.isVisible());
    CHECK(child<QLabel>(editor, "crisisChecklistError")->isVisibleTo(editor));
    CHECK(child<QTabWidget>(&settings, "tabs")->currentWidget() == editor);

    items->setPlainText(QStringLiteral("确保学生安全\n\n  报告校长  \n通知监护人"));
    child<QPushButton>(&settings, "ok")->click();
    CHECK_FALSE(settings.isVisible());
    CrisisRepository crisis(school.db(), QStringLiteral("wang"));
    CHECK(crisis.checklistTemplate()
        == QStringList { QStringLiteral("确保学生安全"), QStringLiteral("报告校长"), QStringLiteral("通知监护人") });
    const qint64 event = crisis.open(yang, clock::nowUtc(), QStringLiteral("自伤"));
    CHECK(crisis.detail(event).checklist.size() == 3);

    // "Restore the default list" fills the editor again.
    ui::CrisisChecklistEditor again(school);
    child<QPushButton>(&again, "restoreCrisisChecklist")->click();
    CHECK(child<QPlainTextEdit>(&again, "crisisChecklist")->toPlainText().split(u'\n') == CrisisRepository::defaultChecklist());
}

TEST_CASE("screenshots of the crisis events page and an event", "[.screenshot]")
{
    prepareScreenshots();
    TempDir dir;
    const QString db = dir.path(QStringLiteral("demo.xinan"));
    // Big enough for a few students set red by a crisis: one open event, the others closed.
    createDemoDatabase(db, QStringLiteral("demo"), secret("demo lanterns by the river"), { 2000, 2026 });
    SchoolFile school = SchoolFile::unlockWithPassword(db, QStringLiteral("demo"), secret("demo lanterns by the river"));
    CrisisRepository crisis(school.db(), school.user());
    if (crisis.openCount() == 0) {
        // Make sure the page shows an open event next to the closed ones.
        const QList<RiskStudent> orange = RiskRepository(school.db(), QString()).listAt(RiskLevel::Orange);
        REQUIRE_FALSE(orange.isEmpty());
        const QDateTime happened = clock::nowUtc().addSecs(-3 * 3600);
        const qint64 event = crisis.open(orange.first().id, happened,
            QStringLiteral("课间在教学楼顶层走廊徘徊并表示“不想活了”，值周老师发现后带至心理辅导室。"));
        crisis.addStep(event, happened.addSecs(300), CrisisStepKind::Action, CrisisParty::None,
            QStringLiteral("心理教师全程陪同，不让学生独处。"));
        crisis.addStep(event, happened.addSecs(600), CrisisStepKind::Notify, CrisisParty::Head,
            QStringLiteral("电话报告分管副校长，副校长到场。"));
        crisis.setChecked(event, 1, true);
        crisis.setChecked(event, 2, true);
    }
    ui::CrisisPage page(school);
    page.resize(1280, 800);
    page.show();
    saveScreenshot(page, QStringLiteral("crisis-page.png"));

    ui::CrisisDialog window(school, crisis.openEvents().first().id);
    window.resize(1280, 800);
    window.show();
    saveScreenshot(window, QStringLiteral("crisis-dialog.png"));
}
