// xinan_bench_calendar: does the appointments week open within 100 ms at a busy office?
// Builds a term of a busy office: 3 counsellors, 3 rooms, 40 appointments a school day (each
// counsellor 13–14, on the hour from 08:00), 20 weeks, written through AppointmentRepository
// (every conflict check runs). Then times opening the Appointments page on a week in the middle
// of the term: widget constructed, the week loaded, the first paint (offscreen); and moving to
// the next week. The clock is fixed at benchutil's reference time (XINAN_BENCH_NOW moves it), and
// the bench books only students the demo has no appointment for, so it runs the same on any day.
// Not a test: not registered with ctest. Run:
//   QT_QPA_PLATFORM=offscreen build/bench/xinan_bench_calendar [--weeks 20] [--per-day 40] [--runs 9]

#include "appointments/appointmentcalendar.h"
#include "appointments/appointmentlistmodel.h"
#include "appointments/appointmentspage.h"
#include "crypto/kdf_testing.h"
#include "crypto/secret.h"
#include "repo/appointmentrepository.h"
#include "repo/officerepository.h"
#include "repo/studentquery.h"
#include "services/demodata.h"
#include "services/schoolfile.h"
#include "store/database.h"

#include "benchutil.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>
#include <vector>

using namespace xinan;
using namespace xinan::bench;

namespace {

QString row(const char *name, const std::vector<double> &v)
{
    return QStringLiteral("| %1 | %2 | %3 |\n")
        .arg(QString::fromLatin1(name))
        .arg(medianOf(v), 0, 'f', 1)
        .arg(*std::max_element(v.begin(), v.end()), 0, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    fixClock();
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("weeks"), QStringLiteral("Weeks of the term (default 20)."), QStringLiteral("n"),
        QStringLiteral("20") });
    parser.addOption({ QStringLiteral("per-day"), QStringLiteral("Appointments a school day (default 40)."), QStringLiteral("n"),
        QStringLiteral("40") });
    parser.addOption({ QStringLiteral("runs"), QStringLiteral("Times the page is opened (default 9)."), QStringLiteral("r"),
        QStringLiteral("9") });
    parser.addOption({ QStringLiteral("dir"), QStringLiteral("Folder for the temporary database."), QStringLiteral("dir") });
    parser.process(app);
    const int weeks = std::max(1, parser.value(QStringLiteral("weeks")).toInt());
    const int perDay = std::clamp(parser.value(QStringLiteral("per-day")).toInt(), 1, 42);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    initCrypto();
    testing::useCheapKdf(true); // unlocking is not what is measured here
    QTemporaryDir tmp(parser.isSet(QStringLiteral("dir"))
            ? parser.value(QStringLiteral("dir")) + QStringLiteral("/xinan-calendar-XXXXXX")
            : QString());
    const QString path = tmp.filePath(QStringLiteral("calendar.xinan"));
    const SecretBytes password = SecretBytes::copyOf("bench lanterns by the river");
    progress() << "building the demo school (1,000 students)..." << Qt::endl;
    createDemoDatabase(path, QStringLiteral("bench"), password, { 1000, 2026 });
    SchoolFile school = SchoolFile::unlockWithPassword(path, QStringLiteral("bench"), password);
    Database &db = school.db();

    // The office: three counsellors, each with a room.
    OfficeRepository office(db, school.user());
    std::vector<qint64> staff, rooms;
    for (int i = 0; i < 3; ++i) {
        staff.push_back(
            office.addStaff({ 0, QStringLiteral("咨询师%1").arg(i + 1), StaffKind::FullTime, QString(), QString(), true }));
        rooms.push_back(office.addRoom({ 0, QStringLiteral("辅导室%1").arg(i + 1), RoomKind::Individual, true }));
    }
    // The bench books students the demo has no appointment for, so that its bookings never clash
    // with the demo's own (a student has one appointment at a time), whatever day "today" is.
    QSet<qint64> bookedByDemo;
    for (const Appointment &a : AppointmentRepository(db, school.user()).range(QDate(2000, 1, 1), QDate(2100, 1, 1)))
        bookedByDemo.insert(a.studentId);
    StudentFilter everyone;
    everyone.scope = StudentFilter::Scope::All;
    QList<StudentRow> students = StudentQuery(db).page(everyone, StudentSort::StudentNo, true, 0, 5000);
    students.removeIf([&](const StudentRow &s) { return bookedByDemo.contains(s.id); });
    progress() << students.size() << " students without a demo appointment (the demo booked " << bookedByDemo.size() << ")"
               << Qt::endl;

    // The term starts on the Monday eight weeks ago, so that the timed week has past and future.
    const QDate today = clock::today();
    const QDate termStart = today.addDays(1 - today.dayOfWeek()).addDays(-7 * std::min(8, weeks / 2));
    const AppointmentStatus past[] = { AppointmentStatus::Done, AppointmentStatus::Done, AppointmentStatus::Done,
        AppointmentStatus::NoShow, AppointmentStatus::Cancelled };
    int written = 0;
    const Timing fill = timed([&] {
        AppointmentRepository appointments(db, school.user());
        Transaction tx(db);
        for (int w = 0; w < weeks; ++w) {
            for (int d = 0; d < 5; ++d) {
                const QDate day = termStart.addDays(7 * w + d);
                for (int k = 0; k < perDay; ++k) {
                    AppointmentInput in;
                    in.staffId = staff[k % 3];
                    in.roomId = rooms[k % 3];
                    in.studentId = students.at((written * 7 + k) % students.size()).id;
                    in.start = QDateTime(day, QTime(8 + k / 3, 0));
                    in.minutes = 50;
                    in.category = QStringLiteral("学业压力");
                    in.status = k % 4 == 0 ? AppointmentStatus::Pending : AppointmentStatus::Confirmed;
                    const qint64 id = appointments.book(in).id();
                    ++written;
                    if (day < today && in.status == AppointmentStatus::Confirmed)
                        appointments.setStatus(id, past[written % 5]);
                }
            }
        }
        tx.commit();
    });
    progress() << "wrote " << written << " appointments in " << fill.wall << " s" << Qt::endl;

    std::vector<double> query;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        const QDate monday = today.addDays(1 - today.dayOfWeek());
        AppointmentRepository(db, school.user()).range(monday, monday.addDays(6));
        query.push_back(msSince(t));
    }
    std::vector<double> open, openCpu, next;
    int shown = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuNow();
        auto page = std::make_unique<ui::AppointmentsPage>(school);
        page->setDate(today);
        page->resize(1280, 800);
        page->show();
        const QPixmap first = page->grab(); // the first paint, calendar included
        open.push_back(msSince(t));
        openCpu.push_back((cpuNow() - cpu0) * 1000);
        shown = static_cast<int>(page->listModel()->shown().size());
        Q_UNUSED(first);
        QApplication::processEvents();
        t.restart();
        page->findChild<QPushButton *>(QStringLiteral("nextPeriod"))->click();
        page->calendar()->grab();
        next.push_back(msSince(t));
    }

    out() << "appointments: " << written << " (" << weeks << " weeks x 5 days x " << perDay
          << "), appointments in the timed week: " << shown << ", runs: " << runs << ", load: " << loadAverage() << "\n\n";
    out() << "| appointments week | median ms | max ms |\n|---|---:|---:|\n";
    out() << row("open the page: construct + load the week + first paint (wall)", open);
    out() << row("open the page: construct + load the week + first paint (CPU)", openCpu);
    out() << row("next week: load + paint (wall)", next);
    out() << row("AppointmentRepository::range of the week alone (wall)", query);
    out().flush();
    return 0;
}
