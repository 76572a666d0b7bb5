// Appointments: conflicts (table-driven, edge touching allowed), statuses that hold no time,
// legal status transitions (table-driven), rescheduling, weekly series all-or-nothing,
// warnings, and the range queries.
#include "dailyfixture.h"
#include "error.h"
#include "repo/appointmentrepository.h"
#include "repo/dutyrepository.h"

using namespace xinan;

namespace {

struct AppointmentFixture : test::DailyFixture
{
    AppointmentRepository appointments { db, counsellor };

    AppointmentInput input(qint64 student, qint64 staff, qint64 room, const QDateTime &start, int minutes)
    {
        AppointmentInput in;
        in.studentId = student;
        in.staffId = staff;
        in.roomId = room;
        in.start = start;
        in.minutes = minutes;
        in.category = QStringLiteral("学业压力");
        return in;
    }
    AppointmentStatus status(qint64 id)
    {
        Statement st(db, "SELECT status FROM appointments WHERE id = ?");
        st.bind(1, id);
        REQUIRE(st.step());
        return *appointmentStatusFromCode(st.text(0));
    }
};

const QDate Day(2031, 3, 3);
QDateTime at(int h, int m = 0)
{
    return QDateTime(Day, QTime(h, m));
}

} // namespace

TEST_CASE("appointment statuses: codes, names and the transition table", "[appointments]")
{
    for (const AppointmentStatus s : allAppointmentStatuses()) {
        CHECK(appointmentStatusFromCode(appointmentStatusCode(s)) == s);
        CHECK_FALSE(appointmentStatusName(s).isEmpty());
    }
    for (const RequesterKind k : allRequesterKinds())
        CHECK(requesterKindFromCode(requesterKindCode(k)) == k);
    using S = AppointmentStatus;
    CHECK(isLegalTransition(S::Pending, S::Confirmed));
    CHECK(isLegalTransition(S::Pending, S::Cancelled));
    CHECK_FALSE(isLegalTransition(S::Pending, S::Done));
    CHECK(isLegalTransition(S::Confirmed, S::Rescheduled));
    CHECK_FALSE(isLegalTransition(S::Done, S::Cancelled));
    CHECK_FALSE(blocksTime(S::Cancelled));
    CHECK(blocksTime(S::Done));
}

TEST_CASE_METHOD(AppointmentFixture, "conflicts are refused with the reason, touching ends are not conflicts", "[appointments]")
{
    // 李 with student a in room 1, 9:00–10:00.
    const qint64 existing = appointments.book(input(a, li, room1, at(9), 60)).id();
    REQUIRE(existing > 0);

    struct Case
    {
        const char *name;
        qint64 student, staff, room;
        int h, m, minutes;
        const char *refusal; // nullptr: accepted; else a part of the message
    };
    // Student ids are filled in below (the fixture's ids); 0 = a, 1 = b.
    const Case cases[] = {
        { "touching after", 1, li, 1, 10, 0, 60, nullptr },
        { "touching before", 1, li, 1, 8, 0, 60, nullptr },
        { "counsellor overlaps the end", 1, li, 2, 9, 30, 60, "李老师 already has an appointment" },
        { "counsellor overlaps the start", 1, li, 2, 8, 30, 31, "李老师 already has an appointment" },
        { "counsellor inside", 1, li, 0, 9, 15, 10, "李老师 already has an appointment" },
        { "counsellor around", 1, li, 0, 8, 0, 180, "李老师 already has an appointment" },
        { "room overlaps", 1, chen, 1, 9, 30, 60, "The room 心理辅导室 is already booked" },
        { "student overlaps", 0, chen, 2, 9, 30, 30, "The student already has an appointment" },
        { "other counsellor, other room", 1, chen, 2, 9, 0, 60, nullptr },
        { "zero duration", 1, chen, 2, 14, 0, 0, "has no duration" },
        { "end before start", 1, chen, 2, 14, 0, -30, "ends before it starts" },
        { "too long", 1, chen, 2, 14, 0, 481, "at most 480 minutes" },
    };
    for (const Case &k : cases) {
        INFO(k.name);
        const qint64 student = k.student == 0 ? a : b;
        const qint64 room = k.room == 0 ? 0 : (k.room == 1 ? room1 : room2);
        const int before = count("SELECT count(*) FROM appointments");
        AppointmentInput in = input(student, k.staff, room, at(k.h, k.m), k.minutes);
        if (k.refusal) {
            try {
                appointments.book(in);
                FAIL("booked");
            } catch (const Error &e) {
                CHECK(e.kind() == ErrorKind::Rejected);
                CHECK(e.message().contains(QString::fromUtf8(k.refusal)));
            }
            CHECK(count("SELECT count(*) FROM appointments") == before);
        } else {
            const qint64 id = appointments.book(in).id();
            CHECK(count("SELECT count(*) FROM appointments") == before + 1);
            CHECK(appointments.get(id).start == in.start.toUTC());
            // Cancelled, it holds no time, so the next case starts from the same state.
            appointments.setStatus(id, AppointmentStatus::Cancelled);
        }
    }
    // The refusal names the time it clashes with.
    try {
        appointments.book(input(b, li, room2, at(9, 30), 60));
        FAIL("booked");
    } catch (const Error &e) {
        CHECK(e.message().contains(QStringLiteral("09:00")));
        CHECK(e.message().contains(QStringLiteral("10:00")));
        CHECK(e.message().contains(QStringLiteral("2031-03-03")));
    }
    // Missing references.
    CHECK(test::kindOf([&] { appointments.book(input(0, li, room1, at(15), 30)); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { appointments.book(input(a, 0, room1, at(15), 30)); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { appointments.book(input(a, li, 999, at(15), 30)); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { appointments.book(input(a, li, room1, QDateTime(), 30)); }) == ErrorKind::Rejected);
    AppointmentInput done = input(a, li, room1, at(15), 30);
    done.status = AppointmentStatus::Done;
    CHECK(test::kindOf([&] { appointments.book(done); }) == ErrorKind::Rejected);
}

TEST_CASE_METHOD(AppointmentFixture, "cancelled, rescheduled and no-show appointments do not block the time", "[appointments]")
{
    const QDateTime past = clock::now().addDays(-3);
    const QDateTime start(past.date(), QTime(9, 0));
    AppointmentInput in = input(a, li, room1, start, 60);
    in.status = AppointmentStatus::Confirmed;
    const qint64 noShow = appointments.book(in).id();
    CHECK(test::kindOf([&] { appointments.book(input(b, li, room1, start, 60)); }) == ErrorKind::Rejected);
    appointments.setStatus(noShow, AppointmentStatus::NoShow);
    const qint64 second = appointments.book(input(b, li, room1, start, 60)).id();
    appointments.setStatus(second, AppointmentStatus::Confirmed);
    appointments.reschedule(second, start.addDays(1), 60, room1);
    const qint64 third = appointments.book(input(c, li, room1, start, 60)).id();
    CHECK(third > 0);
    CHECK(status(noShow) == AppointmentStatus::NoShow);
    CHECK(status(second) == AppointmentStatus::Rescheduled);
}

TEST_CASE_METHOD(
    AppointmentFixture, "only the legal status transitions are allowed, terminal states refuse every change", "[appointments]")
{
    using S = AppointmentStatus;
    const QList<S> all = allAppointmentStatuses();
    int slot = 0;
    for (const S from : all) {
        for (const S to : all) {
            INFO(appointmentStatusCode(from).toStdString() << " -> " << appointmentStatusCode(to).toStdString());
            // Each case its own appointment, in the past so that done and no-show are possible.
            const QDateTime start = QDateTime(clock::today().addDays(-2), QTime(0, 0)).addSecs(1800LL * slot++);
            qint64 id = appointments.book(input(a, li, 0, start, 20)).id();
            // Bring it to `from` along legal transitions.
            if (from != S::Pending && from != S::Cancelled)
                appointments.setStatus(id, S::Confirmed);
            if (from == S::Cancelled || from == S::Done || from == S::NoShow)
                appointments.setStatus(id, from);
            if (from == S::Rescheduled)
                appointments.reschedule(id, start.addDays(30), 20, 0);
            REQUIRE(status(id) == from);

            const bool legal = isLegalTransition(from, to);
            if (to == S::Rescheduled && legal) {
                const qint64 newId = appointments.reschedule(id, start.addDays(60), 20, 0).id();
                CHECK(status(id) == S::Rescheduled);
                CHECK(status(newId) == S::Confirmed);
                CHECK(appointments.get(id).rescheduledTo == newId);
                CHECK(appointments.get(newId).rescheduledFrom == id);
                // A direct status change to "rescheduled" is refused: it needs the new time.
                continue;
            }
            const auto kind = test::kindOf([&] { appointments.setStatus(id, to); });
            if (legal) {
                CHECK_FALSE(kind);
                CHECK(status(id) == to);
            } else {
                CHECK(kind == ErrorKind::Rejected);
                CHECK(status(id) == from);
            }
            if (isTerminal(from)) {
                CHECK(test::kindOf([&] { appointments.update(id, input(a, li, 0, start.addDays(90), 20)); })
                    == ErrorKind::Rejected);
                CHECK(test::kindOf([&] { appointments.reschedule(id, start.addDays(90), 20, 0); }) == ErrorKind::Rejected);
            }
        }
    }
    CHECK(test::kindOf([&] {
        const qint64 pending = appointments.book(input(b, li, 0, at(9), 30)).id();
        appointments.setStatus(pending, AppointmentStatus::Confirmed);
        appointments.setStatus(pending, AppointmentStatus::Rescheduled);
    }) == ErrorKind::Rejected);
    // Done and no-show need the appointment to have started.
    const qint64 future = appointments.book(input(b, li, 0, clock::now().addDays(2), 30)).id();
    appointments.setStatus(future, AppointmentStatus::Confirmed);
    CHECK(test::kindOf([&] { appointments.setStatus(future, AppointmentStatus::Done); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { appointments.setStatus(future, AppointmentStatus::NoShow); }) == ErrorKind::Rejected);
    CHECK(status(future) == AppointmentStatus::Confirmed);
}

TEST_CASE_METHOD(AppointmentFixture, "rescheduling books the replacement linked to the old one, in one step", "[appointments]")
{
    AppointmentInput in = input(a, li, room1, at(9), 50);
    in.status = AppointmentStatus::Confirmed;
    const qint64 old = appointments.book(in).id();
    appointments.book(input(b, chen, room2, at(14), 50));
    // A refused replacement leaves the old appointment confirmed.
    CHECK(test::kindOf([&] { appointments.reschedule(old, at(14, 20), 50, room2); }) == ErrorKind::Rejected);
    CHECK(status(old) == AppointmentStatus::Confirmed);
    CHECK(count("SELECT count(*) FROM appointments") == 2);
    // The replacement may overlap the time the old one frees.
    const qint64 next = appointments.reschedule(old, at(9, 30), 50, room1).id();
    const Appointment moved = appointments.get(next);
    CHECK(moved.status == AppointmentStatus::Confirmed);
    CHECK(moved.studentId == a);
    CHECK(moved.staffId == li);
    CHECK(moved.category == QStringLiteral("学业压力"));
    CHECK(moved.start == at(9, 30).toUTC());
    CHECK(moved.rescheduledFrom == old);
    CHECK(appointments.get(old).status == AppointmentStatus::Rescheduled);
}

TEST_CASE_METHOD(
    AppointmentFixture, "a weekly series is booked in one step, or not at all, naming the clashing date", "[appointments]")
{
    const qint64 blocker = appointments.book(input(c, li, room2, at(9).addDays(14), 60)).id();
    CHECK(test::kindOf([&] { appointments.bookWeekly(input(a, li, room1, at(9), 50), 0); }) == ErrorKind::Rejected);
    try {
        appointments.bookWeekly(input(a, li, room1, at(9), 50), 4);
        FAIL("booked");
    } catch (const Error &e) {
        CHECK(e.message().contains(QStringLiteral("2031-03-17")));
        CHECK(e.message().contains(QStringLiteral("李老师")));
    }
    CHECK(count("SELECT count(*) FROM appointments") == 1);
    appointments.setStatus(blocker, AppointmentStatus::Cancelled);
    const BookingResult series = appointments.bookWeekly(input(a, li, room1, at(9), 50), 4);
    REQUIRE(series.ids.size() == 4);
    for (int w = 0; w < 4; ++w) {
        const Appointment x = appointments.get(series.ids[w]);
        CHECK(x.seriesId == series.ids[0]);
        CHECK(x.start == at(9).addDays(7 * w).toUTC());
        CHECK(x.minutes == 50);
    }
    // Each occurrence is editable on its own.
    appointments.update(series.ids[2], input(a, li, room2, at(10).addDays(14), 30));
    CHECK(appointments.get(series.ids[2]).roomId == room2);
    CHECK(appointments.get(series.ids[3]).roomId == room1);
    // Editing ignores the appointment itself but not the others.
    appointments.update(series.ids[1], input(a, li, room1, at(9, 10).addDays(7), 50));
    CHECK(test::kindOf([&] { appointments.update(series.ids[1], input(a, li, room1, at(9, 10).addDays(21), 50)); })
        == ErrorKind::Rejected);
}

TEST_CASE_METHOD(AppointmentFixture, "warnings: outside the counsellor's duty, and in the past", "[appointments]")
{
    DutyRepository duty(db, counsellor);
    duty.setWeeklyTemplate({ { Day.dayOfWeek(), QStringLiteral("morning"), room1, li } });
    duty.saveTerm({ QStringLiteral("t"), Day.addDays(-7), Day.addDays(30), {}, {} });
    duty.generate(QStringLiteral("t"));
    CHECK(appointments.book(input(a, li, room1, at(9), 60)).warnings.isEmpty());
    const QStringList outside = appointments.book(input(b, li, room1, at(15), 60)).warnings;
    REQUIRE(outside.size() == 1);
    CHECK(outside[0].contains(QStringLiteral("李老师 is not on duty")));
    const QStringList past = appointments.warningsFor(input(c, li, room1, clock::now().addDays(-1), 30));
    CHECK(past.size() == 2);
    CHECK(past[0].contains(QStringLiteral("in the past")));
}

TEST_CASE_METHOD(AppointmentFixture, "range and today's list", "[appointments]")
{
    appointments.book(input(a, li, room1, at(10), 30));
    appointments.book(input(b, chen, room2, at(8), 30));
    appointments.book(input(c, li, room1, at(8).addDays(1), 30));
    appointments.book(input(c, li, room1, at(23, 30).addDays(-1), 30));
    const QList<Appointment> day = appointments.range(Day, Day);
    REQUIRE(day.size() == 2);
    CHECK(day[0].studentName == QStringLiteral("吴天明"));
    CHECK(day[0].staffName == QStringLiteral("陈老师"));
    CHECK(day[0].roomName == QStringLiteral("沙盘室"));
    CHECK(day[1].start == at(10).toUTC());
    CHECK(appointments.range(Day.addDays(-1), Day.addDays(1)).size() == 4);
    CHECK(appointments.forStudent(c).size() == 2);

    CHECK(appointments.today().isEmpty());
    const QDateTime soon = QDateTime(clock::today(), QTime(23, 0));
    appointments.book(input(a, li, 0, soon, 30));
    REQUIRE(appointments.today().size() == 1);
    CHECK(appointments.today()[0].roomId == 0);
    CHECK(count("SELECT count(*) FROM audit_log WHERE entity = 'appointment'") == 5);
}
