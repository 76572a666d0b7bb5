// The demo's daily work (issue 4): rooms, staff, the term's roster, appointments, counselling
// records, feedback and a group, consistent with the rules the repositories enforce, with past
// and coming work on any day of the year (the clock is fixed: first days of a term, New Year's
// Eve a minute before midnight, a day far ahead).
#include "testsupport.h"

#include "platform/clock.h"
#include "repo/appointmentrepository.h"
#include "repo/dutyrepository.h"
#include "repo/feedbackrepository.h"
#include "repo/officerepository.h"
#include "repo/sessionrepository.h"
#include "services/demodaily.h"
#include "services/demodata.h"
#include "services/schoolfile.h"
#include "store/database.h"

#include <catch2/catch.hpp>

using namespace xinan;
using namespace xinan::test;
using xinan::clock::testing::FixedClock;

namespace {

int count(Database &db, const char *sql)
{
    Statement st(db, sql);
    REQUIRE(st.step());
    return st.integer(0);
}

// Appointments that started before today.
int pastAppointments(Database &db, const QDate &today)
{
    Statement st(db, "SELECT count(*) FROM appointments WHERE starts_at < ?");
    st.bind(1, QDateTime(today, QTime(0, 0)).toUTC().toString(Qt::ISODate));
    REQUIRE(st.step());
    return st.integer(0);
}

} // namespace

TEST_CASE("demo term ranges around today", "[demo][daily]")
{
    const DemoTermRange autumn = demoTermFor(QDate(2026, 11, 29));
    CHECK(autumn.id == QStringLiteral("2026-2027-1"));
    CHECK(autumn.startsOn == QDate(2026, 9, 1));
    CHECK(autumn.endsOn == QDate(2027, 1, 20));
    CHECK(demoTermFor(QDate(2027, 1, 10)).id == QStringLiteral("2026-2027-1"));
    const DemoTermRange spring = demoTermFor(QDate(2027, 4, 15));
    CHECK(spring.id == QStringLiteral("2026-2027-2"));
    CHECK(spring.startsOn == QDate(2027, 2, 20));
    CHECK(spring.endsOn == QDate(2027, 7, 10));
    // In the winter and summer holidays the term just ended is kept going past today.
    const DemoTermRange winter = demoTermFor(QDate(2027, 2, 5));
    CHECK(winter.id == QStringLiteral("2026-2027-1"));
    CHECK(winter.endsOn == QDate(2027, 2, 19));
    const DemoTermRange summer = demoTermFor(QDate(2027, 8, 1));
    CHECK(summer.id == QStringLiteral("2026-2027-2"));
    CHECK(summer.endsOn == QDate(2027, 8, 15));
}

TEST_CASE("early in a term the demo's history reaches into the term before", "[demo][daily]")
{
    // Three weeks into a term or later: that term alone.
    CHECK(demoTermsFor(QDate(2026, 11, 16)).size() == 1);
    CHECK(demoTermsFor(QDate(2026, 9, 22)).size() == 1);
    CHECK(demoTermsFor(QDate(2027, 8, 1)).size() == 1); // the summer: the spring term kept going
    // The first three weeks of an autumn term: the spring term before it, then the autumn term.
    const QList<DemoTermRange> autumn = demoTermsFor(QDate(2027, 9, 1));
    REQUIRE(autumn.size() == 2);
    CHECK(autumn.at(0).id == QStringLiteral("2026-2027-2"));
    CHECK(autumn.at(0).startsOn == QDate(2027, 2, 20));
    CHECK(autumn.at(0).endsOn == QDate(2027, 7, 10));
    CHECK(autumn.at(1).id == QStringLiteral("2027-2028-1"));
    // The first three weeks of a spring term: the autumn term of the year before.
    const QList<DemoTermRange> spring = demoTermsFor(QDate(2027, 2, 20));
    REQUIRE(spring.size() == 2);
    CHECK(spring.at(0).id == QStringLiteral("2026-2027-1"));
    CHECK(spring.at(0).endsOn == QDate(2027, 1, 20));
    CHECK(spring.at(1).id == QStringLiteral("2026-2027-2"));
    CHECK(demoTermsFor(QDate(2045, 3, 1)).first().id == QStringLiteral("2044-2045-1"));
}

TEST_CASE("the demo's daily work is complete and consistent on any day", "[demo][daily]")
{
    const QDateTime when = GENERATE(QDateTime(QDate(2026, 11, 16), QTime(10, 0)), QDateTime(QDate(2026, 9, 1), QTime(10, 0)),
        QDateTime(QDate(2027, 2, 20), QTime(10, 0)), QDateTime(QDate(2027, 9, 1), QTime(8, 0)),
        QDateTime(QDate(2026, 12, 31), QTime(23, 59)), QDateTime(QDate(2045, 3, 1), QTime(10, 0)));
    INFO("clock fixed at " << when.toString(Qt::ISODate).toStdString());
    FixedClock fixed(when);
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.xinan"));
    createDemoDatabase(path, QStringLiteral("demo"), secret("demo lanterns by the river"), { 600, 2026 });
    SchoolFile school = SchoolFile::unlockWithPassword(path, QStringLiteral("demo"), secret("demo lanterns by the river"));
    Database &db = school.db();
    const QDate today = when.date();

    OfficeRepository office(db, QStringLiteral("demo"));
    REQUIRE(office.rooms().size() == 3);
    QStringList roomNames;
    for (const Room &room : office.rooms())
        roomNames << room.name;
    CHECK(roomNames.contains(QStringLiteral("心理辅导室")));
    CHECK(roomNames.contains(QStringLiteral("团体辅导室")));
    CHECK(roomNames.contains(QStringLiteral("沙盘室")));
    const QList<StaffMember> staff = office.staff();
    REQUIRE(staff.size() == 3);
    CHECK(std::count_if(staff.begin(), staff.end(), [](const StaffMember &m) { return m.kind == StaffKind::FullTime; }) == 1);
    const auto me = office.staffForAccount(QStringLiteral("demo"));
    REQUIRE(me);
    CHECK(me->kind == StaffKind::FullTime);

    // The term around today with its holidays, a roster without shifts on holidays or weekends,
    // one-off changes and logs only for past shifts.
    DutyRepository duty(db, QStringLiteral("demo"));
    const DemoTermRange range = demoTermFor(today);
    const auto term = duty.term(range.id);
    REQUIRE(term);
    CHECK(term->startsOn <= today);
    CHECK(term->endsOn >= today);
    CHECK(!term->holidays.isEmpty());
    CHECK(term->generatedAt.isValid());
    CHECK(count(db, "SELECT count(*) FROM duty_shifts") > 50);
    for (const TermHoliday &h : term->holidays)
        for (QDate d = h.first; d <= h.last; d = d.addDays(1))
            CHECK(duty.shiftsOn(d).isEmpty());
    CHECK(count(db, "SELECT count(*) FROM duty_shifts WHERE strftime('%w', day) IN ('0', '6')") == 0);
    CHECK(count(db, "SELECT count(*) FROM duty_shifts WHERE origin <> 'template'") >= 1);
    CHECK(count(db, "SELECT count(*) FROM duty_logs") > 0);
    {
        Statement future(db, "SELECT count(*) FROM duty_logs WHERE day >= ?");
        future.bind(1, today.toString(Qt::ISODate));
        REQUIRE(future.step());
        CHECK(future.integer(0) == 0);
    }

    // Appointments: no counsellor, room or student booked twice at overlapping times (only the
    // statuses that hold time), past ones settled, future ones open, about six a school day.
    CHECK(count(db,
              "SELECT count(*) FROM appointments a JOIN appointments b ON a.id < b.id "
              "AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at "
              "AND (a.staff_id = b.staff_id OR a.room_id = b.room_id OR a.student_id = b.student_id) "
              "WHERE a.status IN ('pending', 'confirmed', 'done') AND b.status IN ('pending', 'confirmed', 'done')")
        == 0);
    const QString nowText = when.toUTC().toString(Qt::ISODate);
    {
        Statement open(db, "SELECT count(*) FROM appointments WHERE ends_at <= ? AND status IN ('pending', 'confirmed')");
        open.bind(1, nowText);
        REQUIRE(open.step());
        CHECK(open.integer(0) == 0);
        Statement settled(db, "SELECT count(*) FROM appointments WHERE starts_at > ? AND status IN ('done', 'no_show')");
        settled.bind(1, nowText);
        REQUIRE(settled.step());
        CHECK(settled.integer(0) == 0);
    }
    for (const char *status : { "done", "no_show", "cancelled" }) {
        Statement st(db, "SELECT count(*) FROM appointments WHERE status = ?");
        st.bind(1, QString::fromLatin1(status));
        REQUIRE(st.step());
        INFO(status);
        CHECK(st.integer(0) > 0);
    }
    CHECK(count(db, "SELECT count(*) FROM appointments WHERE status = 'rescheduled' AND rescheduled_to IS NULL") == 0);
    CHECK(count(db, "SELECT count(DISTINCT series_id) FROM appointments WHERE series_id IS NOT NULL") >= 1);
    const QList<Appointment> coming = AppointmentRepository(db, QStringLiteral("demo")).range(today.addDays(1), today.addDays(7));
    if (today.addDays(7) <= term->endsOn)
        CHECK(!coming.isEmpty());
    // School days so far, in every term the demo's history covers.
    int schoolDays = 0;
    for (const DemoTermRange &covered : demoTermsFor(today)) {
        const auto t = duty.term(covered.id);
        REQUIRE(t);
        for (QDate d = t->startsOn; d < today && d <= t->endsOn; d = d.addDays(1))
            if (d.dayOfWeek() <= 5 && !t->isHoliday(d))
                ++schoolDays;
    }
    INFO("school days so far: " << schoolDays);
    CHECK(schoolDays >= 10); // every day has weeks of past office work
    {
        Statement single(db,
            "SELECT count(*) FROM appointments WHERE series_id IS NULL AND rescheduled_to IS NULL "
            "AND id NOT IN (SELECT rescheduled_to FROM appointments WHERE rescheduled_to IS NOT NULL) "
            "AND starts_at < ?");
        single.bind(1, QDateTime(today, QTime(0, 0)).toUTC().toString(Qt::ISODate));
        REQUIRE(single.step());
        if (schoolDays >= 10) {
            const double perDay = double(single.integer(0)) / schoolDays;
            INFO("single appointments per school day: " << perDay);
            CHECK(perDay >= 4.5);
            CHECK(perDay <= 8.5);
        }
    }

    // Every done appointment before today has its record; records need feedback, most got it,
    // a few are still due.
    {
        Statement unrecorded(db,
            "SELECT count(*) FROM appointments a WHERE a.status = 'done' AND a.starts_at < ? "
            "AND NOT EXISTS (SELECT 1 FROM counselling_records r WHERE r.appointment_id = a.id)");
        unrecorded.bind(1, QDateTime(today, QTime(0, 0)).toUTC().toString(Qt::ISODate));
        REQUIRE(unrecorded.step());
        CHECK(unrecorded.integer(0) == 0);
    }
    CHECK(count(db, "SELECT count(*) FROM counselling_records WHERE summary = '' OR categories = ''") == 0);
    CHECK(count(db,
              "SELECT count(*) FROM counselling_records r JOIN appointments a ON a.id = r.appointment_id "
              "WHERE a.student_id <> r.student_id OR a.status <> 'done'")
        == 0);
    CHECK(count(db, "SELECT count(*) FROM feedback") > 0);
    CHECK(
        count(db, "SELECT count(*) FROM feedback f JOIN counselling_records r ON r.id = f.record_id WHERE f.given_on < r.held_on")
        == 0);
    const QList<FeedbackDue> due = FeedbackRepository(db, QStringLiteral("demo")).feedbackDue(today);
    CHECK(!due.isEmpty());
    CHECK(due.size() <= 8);

    // The group: eight members, at most six sessions, attendance for each.
    SessionRepository sessions(db, QStringLiteral("demo"));
    const QList<CounsellingGroup> groups = sessions.groups();
    REQUIRE(groups.size() == 1);
    CHECK(groups.first().topic == QStringLiteral("考前减压团体辅导"));
    CHECK(groups.first().memberIds.size() == 8);
    CHECK(groups.first().plannedSessions == 6);
    const QList<GroupSession> held = sessions.groupSessions(groups.first().id);
    CHECK(held.size() >= 1);
    CHECK(held.size() <= 6);
    for (const GroupSession &g : held) {
        CHECK(g.present.size() + g.absent.size() == 8);
        CHECK(g.heldOn < today);
    }

    // Weeks of past appointments (the same seed giving the same office is in test_demo.cpp).
    CHECK(pastAppointments(db, today) > 20);
}
