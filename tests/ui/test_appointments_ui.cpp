// Appointments in the GUI on real encrypted databases: booking with a conflict (refused in the
// dialog, nothing written) then at a touching time (saved); the week calendar's layout (side by
// side blocks, double-click on an empty slot); status changes from the page with only legal
// actions enabled and "record the session" after done; the list model (QAbstractItemModelTester)
// and its filters; the slip as a PDF without the reason; the home panel.
#include "uitestsupport.h"

#include "appointments/appointmentcalendar.h"
#include "appointments/appointmentdialog.h"
#include "appointments/appointmentlistmodel.h"
#include "appointments/appointmentspage.h"
#include "appointments/todayappointmentspanel.h"
#include "sessions/sessiondialog.h"
#include "testsupport.h"

#include "repo/appointmentrepository.h"
#include "repo/officerepository.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"
#include "store/database.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace xinan;
using namespace xinan::test;

namespace {

struct Fixture
{
    TempDir dir;
    QString path = dir.path(QStringLiteral("a.xinan"));
    SchoolFile school = [this] {
        createSchool(path);
        return SchoolFile::unlockWithPassword(path, QStringLiteral("wang"), secret("correct horse 1"));
    }();
    qint64 li = 0, chen = 0, room1 = 0, room2 = 0;
    qint64 a = 0, b = 0, c = 0;
    // A Monday well in the future, so that nothing is "in the past".
    const QDate monday = [] {
        const QDate in3Weeks = clock::today().addDays(21);
        return in3Weeks.addDays(1 - in3Weeks.dayOfWeek());
    }();

    Fixture()
    {
        OfficeRepository office(school.db(), QStringLiteral("wang"));
        li = office.addStaff({ 0, QStringLiteral("李老师"), StaffKind::FullTime, QString(), QStringLiteral("wang"), true });
        chen = office.addStaff({ 0, QStringLiteral("陈老师"), StaffKind::PartTime, QString(), QString(), true });
        room1 = office.addRoom({ 0, QStringLiteral("心理辅导室"), RoomKind::Individual, true });
        room2 = office.addRoom({ 0, QStringLiteral("沙盘室"), RoomKind::Sandplay, true });
        a = add("G520000000001", QStringLiteral("杨小雨"));
        b = add("G520000000002", QStringLiteral("吴天明"));
        c = add("G520000000003", QStringLiteral("罗佳佳"));
    }
    qint64 add(const char *no, const QString &name)
    {
        Student s;
        s.studentNo = QString::fromLatin1(no);
        s.name = name;
        s.grade = 8;
        s.className = QStringLiteral("2班");
        return StudentRepository(school.db(), QStringLiteral("wang")).add(s);
    }
    qint64 book(qint64 student, qint64 staff, qint64 room, const QDateTime &start, int minutes,
        const QString &category = QStringLiteral("学业压力"), AppointmentStatus status = AppointmentStatus::Pending)
    {
        AppointmentInput in;
        in.studentId = student;
        in.staffId = staff;
        in.roomId = room;
        in.start = start;
        in.minutes = minutes;
        in.category = category;
        in.status = status;
        return AppointmentRepository(school.db(), school.user()).book(in).id();
    }
    int count()
    {
        Statement st(school.db(), "SELECT count(*) FROM appointments");
        REQUIRE(st.step());
        return st.integer(0);
    }
    AppointmentStatus status(qint64 id) { return AppointmentRepository(school.db(), school.user()).get(id).status; }
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

void chooseStudent(QDialog *dialog, const QString &search)
{
    child<QLineEdit>(dialog, "studentSearch")->setText(search);
    auto *matches = child<QListWidget>(dialog, "studentMatches");
    REQUIRE(matches->count() >= 1);
    matches->setCurrentRow(0);
}

void choose(QComboBox *box, qint64 id)
{
    const int index = box->findData(id);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

// QAbstractItemModelTester reports through qWarning in Warning mode; collect those reports.
QStringList g_modelFailures;
void collectModelFailures(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtWarningMsg && message.contains(QStringLiteral("FAIL")))
        g_modelFailures << message;
}

} // namespace

TEST_CASE_METHOD(Fixture, "a conflicting booking is refused in the dialog - the touching time is saved", "[ui][appointments]")
{
    const qint64 existing = book(a, li, room1, QDateTime(monday, QTime(9, 0)), 60);
    REQUIRE(existing > 0);
    ui::AppointmentsPage page(school);
    page.setDate(monday);
    page.resize(1280, 800);
    page.show();

    ui::AppointmentDialog *dialog = page.newAppointment(QDateTime(monday, QTime(9, 30)), li);
    REQUIRE(dialog->isVisible());
    CHECK(child<QComboBox>(dialog, "counsellor")->currentData().toLongLong() == li);
    CHECK(child<QDateTimeEdit>(dialog, "start")->dateTime() == QDateTime(monday, QTime(9, 30)));
    chooseStudent(dialog, QStringLiteral("G520000000002"));
    CHECK(child<QLabel>(dialog, "chosenStudent")->text().contains(QStringLiteral("吴天明")));
    choose(child<QComboBox>(dialog, "room"), room2);
    child<QSpinBox>(dialog, "minutes")->setValue(50);

    {
        RecordedMessages messages;
        ui::testing::setNextAnswer(true); // the "not on duty" warning
        child<QPushButton>(dialog, "saveAppointment")->click();
        REQUIRE(messages.messages().size() == 1);
        CHECK(messages.messages().first().text.contains(QStringLiteral("not on duty")));
    }
    CHECK(dialog->isVisible());
    auto *error = child<QLabel>(dialog, "appointmentError");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("李老师 already has an appointment")));
    CHECK(error->text().contains(QStringLiteral("09:00")));
    CHECK(error->text().contains(QStringLiteral("10:00")));
    CHECK(count() == 1);

    // A warning answered "Close" keeps the dialog open and writes nothing.
    child<QDateTimeEdit>(dialog, "start")->setDateTime(QDateTime(monday, QTime(10, 0)));
    {
        RecordedMessages messages;
        ui::testing::setNextAnswer(false);
        child<QPushButton>(dialog, "saveAppointment")->click();
        CHECK(messages.messages().size() == 1);
    }
    CHECK(dialog->isVisible());
    CHECK(count() == 1);

    // 10:00–10:50 touches 9:00–10:00: accepted.
    {
        RecordedMessages messages;
        ui::testing::setNextAnswer(true);
        child<QPushButton>(dialog, "saveAppointment")->click();
    }
    CHECK(waitUntil([&] { return !page.findChild<ui::AppointmentDialog *>(QStringLiteral("appointmentDialog")); }, 5000));
    REQUIRE(count() == 2);
    const QList<Appointment> day = AppointmentRepository(school.db(), school.user()).range(monday, monday);
    REQUIRE(day.size() == 2);
    const Appointment &saved = day.at(1);
    CHECK(saved.studentId == b);
    CHECK(saved.staffId == li);
    CHECK(saved.roomId == room2);
    CHECK(saved.start == QDateTime(monday, QTime(10, 0)).toUTC());
    CHECK(saved.minutes == 50);
    CHECK(saved.status == AppointmentStatus::Pending);
    // The page shows and selects the new appointment.
    CHECK(page.selectedId() == saved.id);
    CHECK_FALSE(page.calendar()->blockRect(saved.id).isNull());
}

TEST_CASE_METHOD(Fixture, "a weekly series is booked from the dialog - the student must be chosen", "[ui][appointments]")
{
    ui::AppointmentsPage page(school);
    page.setDate(monday);
    ui::AppointmentDialog *dialog = page.newAppointment(QDateTime(monday, QTime(15, 0)), chen);
    child<QPushButton>(dialog, "saveAppointment")->click();
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(dialog, "appointmentError")->text().contains(QStringLiteral("Choose the student")));
    chooseStudent(dialog, QStringLiteral("罗"));
    child<QSpinBox>(dialog, "repeatWeeks")->setValue(4);
    child<QCheckBox>(dialog, "confirmed")->setChecked(true);
    RecordedMessages messages;
    ui::testing::setNextAnswer(true);
    child<QPushButton>(dialog, "saveAppointment")->click();
    CHECK(waitUntil([&] { return !page.findChild<ui::AppointmentDialog *>(QStringLiteral("appointmentDialog")); }, 5000));
    const QList<Appointment> month = AppointmentRepository(school.db(), school.user()).range(monday, monday.addDays(30));
    REQUIRE(month.size() == 4);
    for (int w = 0; w < 4; ++w) {
        CHECK(month.at(w).studentId == c);
        CHECK(month.at(w).start == QDateTime(monday.addDays(7 * w), QTime(15, 0)).toUTC());
        CHECK(month.at(w).status == AppointmentStatus::Confirmed);
        CHECK(month.at(w).seriesId == month.at(0).id);
    }
}

TEST_CASE_METHOD(Fixture, "the week calendar lays overlapping blocks side by side and books an empty slot", "[ui][appointments]")
{
    const qint64 x = book(a, li, room1, QDateTime(monday.addDays(2), QTime(9, 0)), 60);
    const qint64 y = book(b, chen, room2, QDateTime(monday.addDays(2), QTime(9, 30)), 60);
    const qint64 z = book(c, chen, room2, QDateTime(monday.addDays(4), QTime(14, 0)), 30);
    ui::AppointmentsPage page(school);
    page.resize(1280, 800);
    page.setDate(monday.addDays(3));
    page.show();
    CHECK(page.firstDay() == monday);
    ui::AppointmentCalendar *calendar = page.calendar();
    CHECK(calendar->columnCount() == 7);
    const QRectF rx = calendar->blockRect(x), ry = calendar->blockRect(y), rz = calendar->blockRect(z);
    REQUIRE_FALSE(rx.isNull());
    REQUIRE_FALSE(ry.isNull());
    REQUIRE_FALSE(rz.isNull());
    CHECK(rx.right() <= ry.left()); // side by side
    CHECK(ry.top() > rx.top()); // 9:30 below 9:00
    CHECK(rx.width() < rz.width() * 0.6); // half a column each
    CHECK(rz.left() > ry.right()); // Friday right of Wednesday
    CHECK(std::abs(ry.height() - rx.height()) < 1.0);

    // Click selects; the status buttons follow the transition table.
    QTest::mouseClick(calendar, Qt::LeftButton, {}, rx.center().toPoint());
    CHECK(page.selectedId() == x);
    CHECK(child<QPushButton>(&page, "confirmAppointment")->isEnabled());
    CHECK(child<QPushButton>(&page, "cancelAppointment")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&page, "doneAppointment")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&page, "rescheduleAppointment")->isEnabled());

    // A double-click on an empty slot opens the booking dialog at that day and time.
    const QPoint slot = calendar->pointFor(monday.addDays(1), QTime(16, 0));
    QTest::mouseDClick(calendar, Qt::LeftButton, {}, slot);
    auto *dialog = shownDialog<ui::AppointmentDialog>(&page, "appointmentDialog");
    CHECK(child<QDateTimeEdit>(dialog, "start")->dateTime() == QDateTime(monday.addDays(1), QTime(16, 0)));
    dialog->reject();

    // Next week: nothing; the day view has a column per counsellor.
    child<QPushButton>(&page, "nextPeriod")->click();
    CHECK(page.firstDay() == monday.addDays(7));
    CHECK(calendar->blockRect(x).isNull());
    page.setDate(monday.addDays(2));
    page.setView(ui::AppointmentsPage::View::Day);
    CHECK(calendar->columnCount() == 2);
    CHECK_FALSE(calendar->blockRect(x).isNull());
    CHECK(calendar->blockRect(z).isNull());
    CHECK(calendar->blockRect(y).left() > calendar->blockRect(x).right());
}

TEST_CASE_METHOD(
    Fixture, "status changes from the page: confirm, done with the session offered, cancel asked first", "[ui][appointments]")
{
    const QDate yesterday = clock::today().addDays(-1);
    const qint64 past = book(a, li, room1, QDateTime(yesterday, QTime(9, 0)), 50);
    const qint64 later = book(b, li, room1, QDateTime(monday, QTime(9, 0)), 50);
    ui::AppointmentsPage page(school);
    page.resize(1280, 800);
    page.setDate(yesterday);
    page.setView(ui::AppointmentsPage::View::List);
    page.show();
    page.select(past);
    REQUIRE(page.selectedId() == past);
    auto *confirm = child<QPushButton>(&page, "confirmAppointment");
    auto *done = child<QPushButton>(&page, "doneAppointment");
    auto *cancel = child<QPushButton>(&page, "cancelAppointment");
    CHECK_FALSE(done->isEnabled()); // pending → done is not a legal change
    confirm->click();
    CHECK(status(past) == AppointmentStatus::Confirmed);
    CHECK(page.selectedId() == past);
    CHECK_FALSE(confirm->isEnabled());
    REQUIRE(done->isEnabled());
    {
        RecordedMessages messages;
        ui::testing::setNextAnswer(true); // record the session now
        done->click();
        REQUIRE(messages.messages().size() == 1);
        CHECK(messages.messages().first().text.contains(QStringLiteral("杨小雨")));
    }
    CHECK(status(past) == AppointmentStatus::Done);
    auto *session = shownDialog<ui::SessionDialog>(&page, "sessionDialog");
    session->reject();
    // Done is terminal: nothing but the student file and the slip-less view.
    CHECK_FALSE(child<QPushButton>(&page, "editAppointment")->isEnabled());
    CHECK_FALSE(cancel->isEnabled());
    CHECK_FALSE(child<QPushButton>(&page, "printSlip")->isEnabled());
    CHECK(child<QPushButton>(&page, "appointmentStudent")->isEnabled());

    // A future appointment cannot be marked done yet; cancelling asks first.
    page.setDate(monday);
    page.select(later);
    REQUIRE(page.selectedId() == later);
    confirm->click();
    CHECK(status(later) == AppointmentStatus::Confirmed);
    CHECK_FALSE(done->isEnabled());
    CHECK_FALSE(child<QPushButton>(&page, "noShowAppointment")->isEnabled());
    CHECK(child<QPushButton>(&page, "rescheduleAppointment")->isEnabled());
    {
        RecordedMessages messages;
        ui::testing::setNextAnswer(false);
        cancel->click();
        CHECK(messages.messages().size() == 1);
    }
    CHECK(status(later) == AppointmentStatus::Confirmed);
    {
        RecordedMessages messages;
        ui::testing::setNextAnswer(true);
        cancel->click();
    }
    CHECK(status(later) == AppointmentStatus::Cancelled);
}

TEST_CASE_METHOD(Fixture, "rescheduling from the page books the replacement and follows it", "[ui][appointments]")
{
    const qint64 first
        = book(a, li, room1, QDateTime(monday, QTime(9, 0)), 50, QStringLiteral("学业压力"), AppointmentStatus::Confirmed);
    ui::AppointmentsPage page(school);
    page.setDate(monday);
    page.select(first);
    ui::AppointmentDialog *dialog = page.rescheduleSelected();
    REQUIRE(dialog);
    CHECK_FALSE(child<QComboBox>(dialog, "counsellor")->isEnabled());
    child<QDateTimeEdit>(dialog, "start")->setDateTime(QDateTime(monday.addDays(8), QTime(11, 0)));
    RecordedMessages messages;
    ui::testing::setNextAnswer(true);
    child<QPushButton>(dialog, "saveAppointment")->click();
    CHECK(waitUntil([&] { return !page.findChild<ui::AppointmentDialog *>(QStringLiteral("rescheduleDialog")); }, 5000));
    CHECK(status(first) == AppointmentStatus::Rescheduled);
    const Appointment old = AppointmentRepository(school.db(), school.user()).get(first);
    REQUIRE(old.rescheduledTo != 0);
    CHECK(page.firstDay() == monday.addDays(7));
    CHECK(page.selectedId() == old.rescheduledTo);
    CHECK(AppointmentRepository(school.db(), school.user()).get(old.rescheduledTo).start
        == QDateTime(monday.addDays(8), QTime(11, 0)).toUTC());
}

TEST_CASE_METHOD(Fixture, "the list model passes the model tester and filters by status and counsellor", "[ui][appointments]")
{
    book(a, li, room1, QDateTime(monday, QTime(9, 0)), 50);
    const qint64 confirmed = book(
        b, chen, room2, QDateTime(monday.addDays(1), QTime(10, 0)), 50, QStringLiteral("人际关系"), AppointmentStatus::Confirmed);
    book(c, li, 0, QDateTime(monday.addDays(6), QTime(19, 0)), 30);
    book(c, li, 0, QDateTime(monday.addDays(7), QTime(19, 0)), 30); // next week: not loaded

    g_modelFailures.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectModelFailures);
    {
        ui::AppointmentsPage page(school);
        page.setDate(monday);
        page.setView(ui::AppointmentsPage::View::List);
        ui::AppointmentListModel *model = page.listModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
        REQUIRE(model->rowCount() == 3);
        CHECK(model->columnCount() == ui::AppointmentListModel::ColumnCount);
        CHECK(model->index(1, ui::AppointmentListModel::Student).data().toString() == QStringLiteral("吴天明"));
        CHECK(model->index(1, ui::AppointmentListModel::Counsellor).data().toString() == QStringLiteral("陈老师"));
        CHECK(model->index(1, ui::AppointmentListModel::Category).data().toString() == QStringLiteral("人际关系"));
        CHECK(model->index(1, ui::AppointmentListModel::Status).data().toString()
            == appointmentStatusName(AppointmentStatus::Confirmed));
        CHECK(model->index(1, 0).data(ui::AppointmentListModel::IdRole).toLongLong() == confirmed);
        CHECK(model->index(2, ui::AppointmentListModel::Room).data().toString().isEmpty());

        auto *statusFilter = child<QComboBox>(&page, "statusFilter");
        statusFilter->setCurrentIndex(statusFilter->findData(static_cast<int>(AppointmentStatus::Confirmed)));
        REQUIRE(model->rowCount() == 1);
        CHECK(model->index(0, 0).data(ui::AppointmentListModel::IdRole).toLongLong() == confirmed);
        statusFilter->setCurrentIndex(0);
        choose(child<QComboBox>(&page, "counsellorFilter"), li);
        CHECK(model->rowCount() == 2);
        child<QPushButton>(&page, "nextPeriod")->click();
        CHECK(model->rowCount() == 1);
        CHECK(child<QComboBox>(&page, "counsellorFilter")->currentData().toLongLong() == li);
    }
    qInstallMessageHandler(previous);
    INFO(g_modelFailures.join(u'\n').toStdString());
    CHECK(g_modelFailures.isEmpty());
}

TEST_CASE_METHOD(
    Fixture, "the appointment slip PDF has the student, time, room and counsellor but no reason", "[ui][appointments][print]")
{
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
    const qint64 id = book(a, li, room1, QDateTime(monday.addDays(1), QTime(14, 30)), 40, QStringLiteral("校园欺凌"));
    ui::AppointmentsPage page(school);
    page.setDate(monday);
    page.select(id);
    const QString pdf = dir.path(QStringLiteral("slip.pdf"));
    {
        RecordedMessages messages;
        ui::testing::setNextAnswer(false);
        child<QPushButton>(&page, "exportSlip")->click();
        REQUIRE(messages.messages().size() == 1);
        CHECK(messages.messages().first().text.contains(QStringLiteral("name")));
        CHECK_FALSE(QFile::exists(pdf));
    }
    RecordedMessages messages;
    ui::testing::setNextAnswer(true);
    ui::testing::setNextFileName(dir.path(QStringLiteral("slip")));
    child<QPushButton>(&page, "exportSlip")->click();
    REQUIRE(QFile::exists(pdf));
    CHECK(QFile::permissions(pdf)
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    const QString text = runTool(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("杨小雨")));
    CHECK(text.contains(QStringLiteral("2班")));
    CHECK(text.contains(monday.addDays(1).toString(Qt::ISODate)));
    CHECK(text.contains(QStringLiteral("14:30")));
    CHECK(text.contains(QStringLiteral("15:10")));
    CHECK(text.contains(QStringLiteral("心理辅导室")));
    CHECK(text.contains(QStringLiteral("李老师")));
    CHECK_FALSE(text.contains(QStringLiteral("校园欺凌")));
    CHECK_FALSE(text.contains(QStringLiteral("欺凌")));
    CHECK_FALSE(text.contains(QStringLiteral("Reason")));
}

TEST_CASE_METHOD(Fixture, "the home panel lists today's appointments and confirms a pending one", "[ui][appointments][home]")
{
    const QDate today = clock::today();
    const qint64 pending = book(a, li, room1, QDateTime(today, QTime(0, 30)), 20);
    book(b, chen, room2, QDateTime(today, QTime(23, 0)), 30, QStringLiteral("人际关系"), AppointmentStatus::Confirmed);
    book(c, chen, room2, QDateTime(today.addDays(1), QTime(9, 0)), 30); // tomorrow: not listed
    ui::TodayAppointmentsPanel panel(school);
    panel.refresh();
    CHECK(panel.waitingCount() == 1);
    auto *list = child<QTreeWidget>(&panel, "todayAppointments");
    REQUIRE(list->topLevelItemCount() == 2);
    CHECK(list->topLevelItem(0)->text(0) == QStringLiteral("00:30–00:50"));
    CHECK(list->topLevelItem(0)->text(1) == QStringLiteral("杨小雨"));
    CHECK(list->topLevelItem(1)->text(3) == QStringLiteral("陈老师"));
    auto *confirm = child<QPushButton>(&panel, "todayConfirm");
    list->setCurrentItem(list->topLevelItem(1));
    CHECK_FALSE(confirm->isEnabled());
    list->setCurrentItem(list->topLevelItem(0));
    REQUIRE(confirm->isEnabled());
    confirm->click();
    CHECK(status(pending) == AppointmentStatus::Confirmed);
    CHECK(panel.waitingCount() == 0);
}

TEST_CASE_METHOD(Fixture, "screenshots of the appointments week and the booking dialog", "[.screenshot][appointments_shots]")
{
    prepareScreenshots();
    const qint64 d = add("G520000000004", QStringLiteral("龙小军"));
    const qint64 e = add("G520000000005", QStringLiteral("田静"));
    const QList<qint64> students { a, b, c, d, e };
    const QList<qint64> staff { li, chen };
    const AppointmentStatus statuses[]
        = { AppointmentStatus::Pending, AppointmentStatus::Confirmed, AppointmentStatus::Confirmed };
    int n = 0;
    for (int day = 0; day < 5; ++day)
        for (int slot = 0; slot < 4; ++slot, ++n)
            book(students.at(n % 5), staff.at(slot % 2), slot % 2 ? room2 : room1,
                QDateTime(monday.addDays(day), QTime(8 + slot * 2 + day % 2, slot % 2 ? 30 : 0)), slot == 3 ? 90 : 50,
                QStringLiteral("学业压力"), statuses[n % 3]);
    const qint64 overlap = book(e, chen, 0, QDateTime(monday.addDays(2), QTime(8, 20)), 40);
    Q_UNUSED(overlap);
    ui::AppointmentsPage page(school);
    page.setDate(monday.addDays(2));
    page.resize(1280, 800);
    page.show();
    page.select(AppointmentRepository(school.db(), school.user()).range(monday, monday).value(1).id);
    saveScreenshot(page, QStringLiteral("appointments-week.png"));
    page.setView(ui::AppointmentsPage::View::Day);
    saveScreenshot(page, QStringLiteral("appointments-day.png"));

    ui::AppointmentDialog *dialog = page.newAppointment(QDateTime(monday.addDays(3), QTime(16, 0)), li);
    child<QLineEdit>(dialog, "studentSearch")->setText(QStringLiteral("yang"));
    child<QListWidget>(dialog, "studentMatches")->setCurrentRow(0);
    child<QPushButton>(dialog, "saveAppointment")->setFocus();
    dialog->adjustSize();
    saveScreenshot(*dialog, QStringLiteral("appointment-dialog.png"));
    dialog->reject();
}
