// The duty roster in the GUI on real encrypted databases: the week grid of a generated term
// across a holiday with a swap made in the swap dialog (names in the right cells), a cover from
// the page changing its cell (a refusal stays in the dialog), closing and reopening a day, the
// duty log, the weekly template and term dialogs, the home panel, and the week's sheet exported
// as a PDF read back with pdftotext (names and period times).
#include "uitestsupport.h"

#include "duty/dutychangedialogs.h"
#include "duty/dutydialogs.h"
#include "duty/dutyhomepanel.h"
#include "duty/dutypage.h"
#include "testsupport.h"

#include "repo/dutyrepository.h"
#include "repo/officerepository.h"
#include "services/dutysheet.h"
#include "services/schoolfile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTreeWidget>

using namespace xinan;
using namespace xinan::test;

namespace {

const QDate Monday(2030, 9, 2);
const QDate SecondMonday(2030, 9, 9);
const QDate Holiday(2030, 9, 16); // 中秋节, a Monday

struct Fixture
{
    clock::testing::FixedClock fixedClock { testNow() }; // the roster's weeks and "today" do not follow the real date
    TempDir dir;
    QString path = dir.path(QStringLiteral("d.xinan"));
    SchoolFile school = [this] {
        createSchool(path);
        return SchoolFile::unlockWithPassword(path, QStringLiteral("wang"), secret("correct horse 1"));
    }();
    qint64 li = 0, chen = 0, room1 = 0, room2 = 0;

    void staffAndRooms()
    {
        OfficeRepository office(school.db(), school.user());
        li = office.addStaff({ 0, QStringLiteral("李老师"), StaffKind::FullTime, QString(), QStringLiteral("wang"), true });
        chen = office.addStaff({ 0, QStringLiteral("陈老师"), StaffKind::PartTime, QString(), QString(), true });
        room1 = office.addRoom({ 0, QStringLiteral("心理辅导室"), RoomKind::Individual, true });
        room2 = office.addRoom({ 0, QStringLiteral("沙盘室"), RoomKind::Sandplay, true });
    }
    // Monday morning 李 in room 1, Monday afternoon 陈 in room 1, Wednesday evening both in room 2;
    // a four-week term with 中秋节 on its third Monday.
    void rosterSetUp()
    {
        staffAndRooms();
        DutyRepository duty(school.db(), school.user());
        duty.setWeeklyTemplate({ { 1, QStringLiteral("morning"), room1, li }, { 1, QStringLiteral("afternoon"), room1, chen },
            { 3, QStringLiteral("evening"), room2, li }, { 3, QStringLiteral("evening"), room2, chen } });
        DutyTerm t;
        t.id = QStringLiteral("2030-2031-1");
        t.startsOn = Monday;
        t.endsOn = QDate(2030, 9, 29);
        t.holidays = { { Holiday, Holiday, QStringLiteral("中秋节") } };
        duty.saveTerm(t);
    }
    DutyShift shiftOf(const QDate &day, const char *period, qint64 room)
    {
        for (const DutyShift &s : DutyRepository(school.db(), school.user()).shiftsOn(day))
            if (s.periodCode == QLatin1String(period) && s.roomId == room)
                return s;
        FAIL("no shift");
        return {};
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

QDialogButtonBox *buttonsOf(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    REQUIRE(box != nullptr);
    return box;
}

void accept(QDialog *dialog)
{
    buttonsOf(dialog)->button(QDialogButtonBox::Ok)->click();
}

} // namespace

TEST_CASE_METHOD(Fixture, "the grid shows a generated term across a holiday, and a swap made in the dialog", "[ui][duty]")
{
    rosterSetUp();
    ui::DutyPage page(school);
    page.resize(1200, 700);
    page.show();
    page.showWeek(Monday.addDays(2));
    CHECK(page.monday() == Monday);
    CHECK(page.cellText(Monday, QStringLiteral("morning")).isEmpty()); // not generated yet

    {
        RecordedMessages messages;
        ui::testing::setNextAnswer(true);
        CHECK(page.generate() == 14); // 3 working Mondays × 2 + 4 Wednesdays × 2
        REQUIRE(messages.messages().size() == 2);
        CHECK(messages.messages().last().kind == ui::MessageKind::Information);
        CHECK(messages.messages().last().text.contains(QStringLiteral("14")));
    }
    CHECK(page.cellText(Monday, QStringLiteral("morning")).contains(QStringLiteral("李老师")));
    CHECK(page.cellText(Monday, QStringLiteral("morning")).contains(QStringLiteral("心理辅导室")));
    CHECK_FALSE(page.cellText(Monday, QStringLiteral("morning")).contains(QStringLiteral("陈老师")));
    CHECK(page.cellText(Monday, QStringLiteral("afternoon")).contains(QStringLiteral("陈老师")));
    const QString wednesday = page.cellText(Monday.addDays(2), QStringLiteral("evening"));
    CHECK(wednesday.contains(QStringLiteral("沙盘室")));
    CHECK(wednesday.contains(QStringLiteral("李老师")));
    CHECK(wednesday.contains(QStringLiteral("陈老师")));
    CHECK(page.cellText(Monday.addDays(1), QStringLiteral("morning")).isEmpty()); // Tuesday: no duty
    auto *grid = child<QTableWidget>(&page, "dutyGrid");
    CHECK(grid->columnCount() == 5); // the weekend has no duty and is not shown
    CHECK(grid->rowCount() == 4);

    // Swap the second Monday's morning (李) and afternoon (陈) in the dialog.
    page.showWeek(SecondMonday);
    REQUIRE(page.selectCell(SecondMonday, QStringLiteral("morning")));
    page.swapShifts();
    auto *swap = shownDialog<ui::DutySwapDialog>(&page, "dutySwapDialog");
    auto *second = child<QComboBox>(swap, "swapSecond");
    CHECK(child<QComboBox>(swap, "swapFirst")->currentData().toLongLong() == shiftOf(SecondMonday, "morning", room1).id);
    // Nothing chosen to swap with: refused in the dialog, which stays open.
    accept(swap);
    CHECK(swap->isVisible());
    CHECK(child<QLabel>(swap, "swapError")->isVisibleTo(swap));
    second->setCurrentIndex(second->findData(shiftOf(SecondMonday, "afternoon", room1).id));
    child<QLineEdit>(swap, "swapReason")->setText(QStringLiteral("调课"));
    accept(swap);
    waitUntil([&] { return page.findChild<ui::DutySwapDialog *>() == nullptr; }, 5000);

    const DutyShift morning = shiftOf(SecondMonday, "morning", room1);
    CHECK(morning.staffId == chen);
    CHECK(morning.origin == QStringLiteral("swap"));
    CHECK(page.cellText(SecondMonday, QStringLiteral("morning")).contains(dutyStaffLabel(morning)));
    CHECK_FALSE(page.cellText(SecondMonday, QStringLiteral("morning")).contains(QStringLiteral("李老师")));
    CHECK(page.cellText(SecondMonday, QStringLiteral("afternoon")).contains(QStringLiteral("李老师")));
    // The first week is unchanged.
    CHECK(shiftOf(Monday, "morning", room1).staffId == li);

    // The holiday week: Monday greyed with the holiday's name in every period, Wednesday on duty.
    child<QPushButton>(&page, "dutyNextWeek")->click();
    CHECK(page.monday() == Holiday);
    for (const char *period : { "morning", "afternoon", "evening" }) {
        CHECK(page.cellText(Holiday, QString::fromLatin1(period)).contains(QStringLiteral("中秋节")));
        CHECK_FALSE(page.cellText(Holiday, QString::fromLatin1(period)).contains(QStringLiteral("老师")));
    }
    CHECK(page.cellText(Holiday.addDays(2), QStringLiteral("evening")).contains(QStringLiteral("李老师")));
    REQUIRE(page.selectCell(Holiday, QStringLiteral("morning")));
    CHECK(grid->currentItem()->background().color() != grid->item(0, 1)->background().color());
}

TEST_CASE_METHOD(
    Fixture, "a cover chosen on the page changes its cell, a day is closed and reopened, the duty log is kept", "[ui][duty]")
{
    rosterSetUp();
    DutyRepository(school.db(), school.user()).generate(QStringLiteral("2030-2031-1"));
    ui::DutyPage page(school);
    page.resize(1200, 700);
    page.show();
    page.showWeek(Monday);

    REQUIRE(page.selectCell(Monday, QStringLiteral("morning")));
    page.coverShift();
    auto *cover = shownDialog<ui::DutyCoverDialog>(&page, "dutyCoverDialog");
    CHECK(child<QComboBox>(cover, "coverShift")->currentData().toLongLong() == shiftOf(Monday, "morning", room1).id);
    auto *staff = child<QComboBox>(cover, "coverStaff");
    staff->setCurrentIndex(staff->findData(chen));
    // No reason: refused, the dialog stays open and nothing changes.
    accept(cover);
    CHECK(cover->isVisible());
    CHECK(child<QLabel>(cover, "coverError")->isVisibleTo(cover));
    CHECK(shiftOf(Monday, "morning", room1).staffId == li);
    child<QLineEdit>(cover, "coverReason")->setText(QStringLiteral("外出培训"));
    accept(cover);
    waitUntil([&] { return page.findChild<ui::DutyCoverDialog *>() == nullptr; }, 5000);
    const DutyShift covered = shiftOf(Monday, "morning", room1);
    CHECK(covered.staffId == chen);
    CHECK(covered.origin == QStringLiteral("cover"));
    CHECK(covered.changeReason == QStringLiteral("外出培训"));
    CHECK(page.cellText(Monday, QStringLiteral("morning")).contains(dutyStaffLabel(covered)));
    CHECK_FALSE(page.cellText(Monday, QStringLiteral("morning")).contains(QStringLiteral("李老师")));

    // Close Wednesday (运动会): its evening is empty in the database and greyed with the reason.
    const QDate wednesday = Monday.addDays(2);
    REQUIRE(page.selectCell(wednesday, QStringLiteral("evening")));
    CHECK_FALSE(child<QPushButton>(&page, "dutyReopenDay")->isEnabled());
    page.closeDay();
    auto *close = shownDialog<ui::DutyCloseDayDialog>(&page, "dutyCloseDayDialog");
    accept(close); // no reason
    CHECK(close->isVisible());
    child<QLineEdit>(close, "closeReason")->setText(QStringLiteral("运动会"));
    accept(close);
    waitUntil([&] { return page.findChild<ui::DutyCloseDayDialog *>() == nullptr; }, 5000);
    CHECK(DutyRepository(school.db(), school.user()).shiftsOn(wednesday).isEmpty());
    CHECK(page.cellText(wednesday, QStringLiteral("evening")).contains(QStringLiteral("运动会")));
    CHECK_FALSE(page.cellText(wednesday, QStringLiteral("evening")).contains(QStringLiteral("老师")));
    REQUIRE(page.selectCell(wednesday, QStringLiteral("evening")));
    CHECK(child<QPushButton>(&page, "dutyReopenDay")->isEnabled());
    {
        RecordedMessages messages;
        ui::testing::setNextAnswer(true);
        CHECK(page.reopenDay());
    }
    CHECK(DutyRepository(school.db(), school.user()).shiftsOn(wednesday).size() == 2);
    CHECK(page.cellText(wednesday, QStringLiteral("evening")).contains(QStringLiteral("李老师")));

    // The duty log of Wednesday evening in 沙盘室.
    REQUIRE(page.selectCell(wednesday, QStringLiteral("evening")));
    page.openLog();
    auto *log = shownDialog<ui::DutyLogDialog>(&page, "dutyLogDialog");
    CHECK(child<QComboBox>(log, "logRoom")->currentData().toLongLong() == room2);
    child<QSpinBox>(log, "logVisitors")->setValue(3);
    child<QPlainTextEdit>(log, "logEvents")->setPlainText(QStringLiteral("两名学生来访，一名预约下周"));
    child<QPlainTextEdit>(log, "logHandover")->setPlainText(QStringLiteral("沙盘需补充小物件"));
    accept(log);
    waitUntil([&] { return page.findChild<ui::DutyLogDialog *>() == nullptr; }, 5000);
    const DutyLog saved = DutyRepository(school.db(), school.user()).log(wednesday, QStringLiteral("evening"), room2);
    CHECK(saved.visitors == 3);
    CHECK(saved.events == QStringLiteral("两名学生来访，一名预约下周"));
    CHECK(saved.handover == QStringLiteral("沙盘需补充小物件"));
    CHECK(saved.author == QStringLiteral("wang"));
    // Opening it again shows what was written.
    page.openLog();
    log = shownDialog<ui::DutyLogDialog>(&page, "dutyLogDialog");
    CHECK(child<QSpinBox>(log, "logVisitors")->value() == 3);
    CHECK(child<QPlainTextEdit>(log, "logHandover")->toPlainText() == QStringLiteral("沙盘需补充小物件"));
    log->reject();
}

TEST_CASE_METHOD(Fixture, "the weekly template and term dialogs save what is entered and refuse bad input", "[ui][duty]")
{
    // Without rooms and staff the template dialog says where to add them and adds nothing.
    {
        ui::DutyTemplateDialog empty(school);
        CHECK_FALSE(child<QPushButton>(&empty, "templateAdd")->isEnabled());
    }
    staffAndRooms();
    ui::DutyTemplateDialog dialog(school);
    dialog.show();
    auto *weekday = child<QComboBox>(&dialog, "templateWeekday");
    auto *period = child<QComboBox>(&dialog, "templatePeriod");
    auto *room = child<QComboBox>(&dialog, "templateRoom");
    auto *staff = child<QListWidget>(&dialog, "templateStaff");
    weekday->setCurrentIndex(weekday->findData(5));
    period->setCurrentIndex(period->findData(QStringLiteral("noon")));
    room->setCurrentIndex(room->findData(room2));
    REQUIRE(staff->count() == 2);
    // Nothing ticked: a message, nothing added.
    dialog.addChosen();
    CHECK(child<QLabel>(&dialog, "templateError")->isVisibleTo(&dialog));
    CHECK(dialog.slotList().isEmpty());
    for (int i = 0; i < staff->count(); ++i)
        staff->item(i)->setCheckState(Qt::Checked);
    child<QPushButton>(&dialog, "templateAdd")->click();
    CHECK(child<QTreeWidget>(&dialog, "templateSlots")->topLevelItemCount() == 2);
    accept(&dialog);
    CHECK(dialog.result() == QDialog::Accepted);
    const QList<DutyTemplateSlot> slots = DutyRepository(school.db(), school.user()).weeklyTemplate();
    REQUIRE(slots.size() == 2);
    CHECK(slots.contains(DutyTemplateSlot { 5, QStringLiteral("noon"), room2, li }));
    CHECK(slots.contains(DutyTemplateSlot { 5, QStringLiteral("noon"), room2, chen }));

    ui::DutyTermDialog term(school, QString());
    term.show();
    child<QLineEdit>(&term, "termId")->setText(QStringLiteral("2030-2031-1"));
    child<QDateEdit>(&term, "termStart")->setDate(Monday);
    child<QDateEdit>(&term, "termEnd")->setDate(QDate(2030, 12, 31));
    term.addHoliday(QDate(2030, 10, 1), QDate(2030, 10, 7), QString()); // no name
    accept(&term);
    CHECK(term.isVisible());
    CHECK(child<QLabel>(&term, "termError")->isVisibleTo(&term));
    auto *holidays = child<QTableWidget>(&term, "termHolidays");
    holidays->item(0, 2)->setText(QStringLiteral("国庆节"));
    holidays->item(0, 1)->setText(QStringLiteral("2030-13-07")); // not a date
    accept(&term);
    CHECK(term.isVisible());
    holidays->item(0, 1)->setText(QStringLiteral("2031-02-07")); // after the term: the repository refuses
    accept(&term);
    CHECK(term.isVisible());
    CHECK(DutyRepository(school.db(), school.user()).terms().isEmpty());
    holidays->item(0, 1)->setText(QStringLiteral("2030-10-07"));
    accept(&term);
    CHECK(term.result() == QDialog::Accepted);
    const auto stored = DutyRepository(school.db(), school.user()).term(QStringLiteral("2030-2031-1"));
    REQUIRE(stored);
    CHECK(stored->endsOn == QDate(2030, 12, 31));
    REQUIRE(stored->holidays.size() == 1);
    CHECK(stored->holidays.first().name == QStringLiteral("国庆节"));
    CHECK(stored->isHoliday(QDate(2030, 10, 3)));
}

TEST_CASE_METHOD(Fixture, "the home panel shows who is on duty now and the rest of the day", "[ui][duty]")
{
    rosterSetUp();
    DutyRepository(school.db(), school.user()).generate(QStringLiteral("2030-2031-1"));
    ui::DutyHomePanel panel(school);
    panel.setNow(QDateTime(Monday, QTime(9, 30)));
    panel.refresh();
    CHECK(panel.waitingCount() == 0);
    const QString now = child<QLabel>(&panel, "dutyPanelNow")->text();
    CHECK(now.contains(QStringLiteral("李老师")));
    CHECK(now.contains(QStringLiteral("心理辅导室")));
    CHECK_FALSE(now.contains(QStringLiteral("陈老师")));
    auto *today = child<QTreeWidget>(&panel, "dutyPanelToday");
    REQUIRE(today->topLevelItemCount() == 2);
    CHECK(today->topLevelItem(1)->text(3) == QStringLiteral("陈老师"));
    CHECK(today->topLevelItem(1)->text(1).startsWith(QStringLiteral("14:")));

    panel.setNow(QDateTime(Monday.addDays(2), QTime(19, 30)));
    panel.refresh();
    REQUIRE(today->topLevelItemCount() == 1);
    CHECK(today->topLevelItem(0)->text(3).contains(QStringLiteral("李老师")));
    CHECK(today->topLevelItem(0)->text(3).contains(QStringLiteral("陈老师")));
    CHECK(child<QLabel>(&panel, "dutyPanelNow")->text().contains(QStringLiteral("沙盘室")));

    panel.setNow(QDateTime(Holiday, QTime(9, 30)));
    panel.refresh();
    CHECK_FALSE(child<QLabel>(&panel, "dutyPanelNow")->text().contains(QStringLiteral("老师")));
}

TEST_CASE_METHOD(
    Fixture, "the week's roster is exported as a PDF with the school, staff names and period times", "[ui][duty][print]")
{
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
    rosterSetUp();
    DutyRepository(school.db(), school.user()).generate(QStringLiteral("2030-2031-1"));
    ui::DutyPage page(school);
    page.showWeek(Holiday);
    const QString pdf = dir.path(QStringLiteral("roster.pdf"));
    // Cancelled at the warning: nothing is written.
    {
        RecordedMessages messages;
        ui::testing::setNextAnswer(false);
        child<QPushButton>(&page, "dutyExportPdf")->click();
        REQUIRE(messages.messages().size() == 1);
        CHECK(messages.messages().first().kind == ui::MessageKind::Warning);
        CHECK_FALSE(QFile::exists(pdf));
    }
    RecordedMessages messages;
    ui::testing::setNextAnswer(true);
    ui::testing::setNextFileName(dir.path(QStringLiteral("roster")));
    child<QPushButton>(&page, "dutyExportPdf")->click();
    REQUIRE(QFile::exists(pdf));
    CHECK(QFile::permissions(pdf)
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    REQUIRE(messages.messages().size() == 2);
    CHECK(messages.messages().last().kind == ui::MessageKind::Information);

    const QString text = runTool(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    INFO(text.toStdString());
    CHECK(text.contains(sampleSchool().name));
    CHECK(text.contains(Holiday.toString(Qt::ISODate)));
    CHECK(text.contains(QStringLiteral("李老师")));
    CHECK(text.contains(QStringLiteral("陈老师")));
    CHECK(text.contains(QStringLiteral("沙盘室")));
    CHECK(text.contains(QStringLiteral("中秋节")));
    CHECK(text.contains(QStringLiteral("08:00")));
    CHECK(text.contains(QStringLiteral("12:00")));
    CHECK(text.contains(QStringLiteral("19:00")));
    CHECK(text.contains(clock::today().toString(Qt::ISODate))); // printed on
}

TEST_CASE_METHOD(Fixture, "screenshot of the duty roster page", "[.screenshot]")
{
    prepareScreenshots();
    rosterSetUp();
    DutyRepository duty(school.db(), school.user());
    duty.generate(QStringLiteral("2030-2031-1"));
    duty.swap(shiftOf(SecondMonday, "morning", room1).id, shiftOf(SecondMonday, "afternoon", room1).id, QStringLiteral("调课"));
    duty.cover(shiftOf(SecondMonday.addDays(2), "evening", room2).id,
        OfficeRepository(school.db(), school.user())
            .addStaff({ 0, QStringLiteral("张老师"), StaffKind::PartTime, QString(), QString(), true }),
        QStringLiteral("病假"));
    duty.closeDay(SecondMonday.addDays(4), QStringLiteral("运动会"));
    ui::DutyPage page(school);
    page.resize(1180, 720);
    page.show();
    page.showWeek(SecondMonday);
    page.selectCell(SecondMonday, QStringLiteral("morning"));
    saveScreenshot(page, QStringLiteral("duty-week.png"));
    ui::DutyHomePanel panel(school);
    panel.setNow(QDateTime(SecondMonday, QTime(9, 30)));
    panel.resize(560, 260);
    panel.show();
    panel.refresh();
    saveScreenshot(panel, QStringLiteral("duty-home-panel.png"));
}
