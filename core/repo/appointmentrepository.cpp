#include "appointmentrepository.h"

#include "../domain/text.h"
#include "../error.h"
#include "../platform/clock.h"
#include "../store/database.h"
#include "audit.h"
#include "dutyrepository.h"
#include "officerepository.h"
#include "stamps.h"
#include "timelineentry.h"

#include <QCoreApplication>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentRepository)
};

QString localDay(const QDateTime &t)
{
    return t.toLocalTime().date().toString(Qt::ISODate);
}
QString localTime(const QDateTime &t)
{
    return t.toLocalTime().time().toString(QStringLiteral("HH:mm"));
}

// Parameters 1-8 of both the INSERT and the UPDATE: requester, student, staff, room (NULL for
// none), start, end, minutes, category.
void bindFields(Statement &st, const AppointmentInput &in)
{
    const QDateTime start = in.start.toUTC();
    st.bind(1, requesterKindCode(in.requester)).bind(2, in.studentId).bind(3, in.staffId);
    if (in.roomId)
        st.bind(4, in.roomId);
    else
        st.bindNull(4);
    st.bind(5, stamp(start)).bind(6, stamp(start.addSecs(in.minutes * 60LL))).bind(7, in.minutes).bind(8, in.category.trimmed());
}

#define XINAN_APPOINTMENT_SELECT                                                                                                 \
    "SELECT a.id, a.requester, a.student_id, s.student_no, s.name, s.grade, s.class_name, a.staff_id, st.name, "                 \
    "coalesce(a.room_id, 0), coalesce(r.name, ''), a.starts_at, a.ends_at, a.minutes, a.category, a.status, "                    \
    "coalesce(a.series_id, 0), coalesce(a.rescheduled_to, 0), "                                                                  \
    "coalesce(o.id, 0), a.created_by FROM appointments a "                                                                       \
    "JOIN students s ON s.id = a.student_id JOIN staff st ON st.id = a.staff_id LEFT JOIN rooms r ON r.id = a.room_id "          \
    "LEFT JOIN appointments o ON o.rescheduled_to = a.id " /* a join, not a subquery: SQLite indexes it on the fly */

} // namespace

AppointmentRepository::AppointmentRepository(Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

void AppointmentRepository::validate(const AppointmentInput &in)
{
    if (in.studentId == 0)
        throw Error(ErrorKind::Rejected, Tr::tr("Choose the student the appointment is for."));
    Statement student(m_db, "SELECT 1 FROM students WHERE id = ?");
    student.bind(1, in.studentId);
    if (!student.step())
        throw Error(ErrorKind::Rejected, Tr::tr("The student record no longer exists; it may have been deleted."));
    if (in.staffId == 0)
        throw Error(ErrorKind::Rejected, Tr::tr("Choose the counsellor."));
    Statement staff(m_db, "SELECT active, name FROM staff WHERE id = ?");
    staff.bind(1, in.staffId);
    if (!staff.step())
        throw Error(ErrorKind::Rejected, Tr::tr("The counsellor no longer exists; choose another counsellor."));
    if (staff.integer(0) == 0)
        throw Error(ErrorKind::Rejected, Tr::tr("%1 is no longer on the staff; choose another counsellor.").arg(staff.text(1)));
    if (in.roomId != 0) {
        Statement room(m_db, "SELECT active, name FROM rooms WHERE id = ?");
        room.bind(1, in.roomId);
        if (!room.step())
            throw Error(ErrorKind::Rejected, Tr::tr("The room no longer exists; choose another room."));
        if (room.integer(0) == 0)
            throw Error(ErrorKind::Rejected, Tr::tr("The room %1 is no longer in use; choose another room.").arg(room.text(1)));
    }
    if (!in.start.isValid())
        throw Error(ErrorKind::Rejected, Tr::tr("Give the appointment's date and start time."));
    if (in.minutes <= 0)
        throw Error(ErrorKind::Rejected,
            Tr::tr("The appointment ends before it starts or has no duration; give a duration of at least one minute."));
    if (in.minutes > MaxMinutes)
        throw Error(ErrorKind::Rejected, Tr::tr("An appointment lasts at most %1 minutes.").arg(MaxMinutes));
    if (in.category.trimmed().size() > 50)
        throw Error(ErrorKind::Rejected, Tr::tr("The reason category has more than 50 characters; choose one from the list."));
    checkPlainText(Tr::tr("The reason category"), in.category, false);
}

void AppointmentRepository::checkConflicts(const AppointmentInput &in, qint64 selfId)
{
    const QDateTime start = in.start.toUTC();
    const QDateTime end = start.addSecs(in.minutes * 60LL);
    // Half-open intervals: touching ends do not overlap.
    Statement staff(m_db,
        "SELECT a.starts_at, a.ends_at, st.name FROM appointments a JOIN staff st ON st.id = a.staff_id WHERE a.staff_id = ? "
        "AND a.starts_at < ? AND a.ends_at > ? AND a.status IN ('pending', 'confirmed', 'done') AND a.id <> ? ORDER BY "
        "a.starts_at LIMIT 1");
    staff.bind(1, in.staffId).bind(2, stamp(end)).bind(3, stamp(start)).bind(4, selfId);
    if (staff.step()) {
        const QDateTime s = QDateTime::fromString(staff.text(0), Qt::ISODate);
        const QDateTime e = QDateTime::fromString(staff.text(1), Qt::ISODate);
        throw Error(ErrorKind::Rejected,
            Tr::tr("%1 already has an appointment on %2 from %3 to %4.")
                .arg(staff.text(2), localDay(s), localTime(s), localTime(e)));
    }
    if (in.roomId != 0) {
        Statement room(m_db,
            "SELECT a.starts_at, a.ends_at, r.name FROM appointments a JOIN rooms r ON r.id = a.room_id WHERE a.room_id = ? "
            "AND a.starts_at < ? AND a.ends_at > ? AND a.status IN ('pending', 'confirmed', 'done') AND a.id <> ? ORDER BY "
            "a.starts_at LIMIT 1");
        room.bind(1, in.roomId).bind(2, stamp(end)).bind(3, stamp(start)).bind(4, selfId);
        if (room.step()) {
            const QDateTime s = QDateTime::fromString(room.text(0), Qt::ISODate);
            const QDateTime e = QDateTime::fromString(room.text(1), Qt::ISODate);
            throw Error(ErrorKind::Rejected,
                Tr::tr("The room %1 is already booked on %2 from %3 to %4.")
                    .arg(room.text(2), localDay(s), localTime(s), localTime(e)));
        }
    }
    Statement student(m_db,
        "SELECT starts_at, ends_at FROM appointments WHERE student_id = ? AND starts_at < ? AND ends_at > ? "
        "AND status IN ('pending', 'confirmed', 'done') AND id <> ? ORDER BY starts_at LIMIT 1");
    student.bind(1, in.studentId).bind(2, stamp(end)).bind(3, stamp(start)).bind(4, selfId);
    if (student.step()) {
        const QDateTime s = QDateTime::fromString(student.text(0), Qt::ISODate);
        const QDateTime e = QDateTime::fromString(student.text(1), Qt::ISODate);
        throw Error(ErrorKind::Rejected,
            Tr::tr("The student already has an appointment on %1 from %2 to %3.").arg(localDay(s), localTime(s), localTime(e)));
    }
}

QStringList AppointmentRepository::warningsFor(const AppointmentInput &in)
{
    requireAccess(m_db.access(), DataKind::Appointments, AccessOp::Read);
    QStringList out;
    if (!in.start.isValid() || in.minutes <= 0)
        return out;
    const QDateTime start = in.start.toUTC();
    const QDateTime end = start.addSecs(in.minutes * 60LL);
    if (start < clock::nowUtc())
        out << Tr::tr("The appointment starts in the past (%1 %2).").arg(localDay(start), localTime(start));
    if (in.staffId != 0 && !DutyRepository(m_db, m_actor).staffOnDuty(in.staffId, start, end)) {
        Statement name(m_db, "SELECT name FROM staff WHERE id = ?");
        name.bind(1, in.staffId);
        out << Tr::tr("%1 is not on duty at that time (%2 %3–%4).")
                   .arg(name.step() ? name.text(0) : QString(), localDay(start), localTime(start), localTime(end));
    }
    return out;
}

qint64 AppointmentRepository::insert(const AppointmentInput &in, qint64 seriesId)
{
    Statement st(m_db,
        "INSERT INTO appointments (requester, student_id, staff_id, room_id, starts_at, ends_at, minutes, category, status, "
        "series_id, "
        "created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bindFields(st, in);
    st.bind(9, appointmentStatusCode(in.status));
    if (seriesId)
        st.bind(10, seriesId);
    else
        st.bindNull(10);
    const QString now = nowStamp();
    st.bind(11, m_actor).bind(12, now).bind(13, now).run();
    const qint64 id = m_db.lastInsertId();
    appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("appointment"), id,
        QStringLiteral("student %1, staff %2, room %3, %4")
            .arg(in.studentId)
            .arg(in.staffId)
            .arg(in.roomId)
            .arg(appointmentStatusCode(in.status)));
    return id;
}

BookingResult AppointmentRepository::book(const AppointmentInput &in)
{
    requireAccess(m_db.access(), DataKind::Appointments, AccessOp::Write);
    if (in.status != AppointmentStatus::Pending && in.status != AppointmentStatus::Confirmed)
        throw Error(ErrorKind::Rejected, Tr::tr("A new appointment is either pending or confirmed."));
    Transaction tx(m_db);
    validate(in);
    checkConflicts(in, 0);
    BookingResult r;
    r.ids << insert(in, 0);
    r.warnings = warningsFor(in);
    tx.commit();
    return r;
}

BookingResult AppointmentRepository::bookWeekly(const AppointmentInput &in, int weeks)
{
    requireAccess(m_db.access(), DataKind::Appointments, AccessOp::Write);
    if (weeks < 1 || weeks > MaxWeeks)
        throw Error(ErrorKind::Rejected, Tr::tr("Repeat the appointment for 1 to %1 weeks.").arg(MaxWeeks));
    if (in.status != AppointmentStatus::Pending && in.status != AppointmentStatus::Confirmed)
        throw Error(ErrorKind::Rejected, Tr::tr("A new appointment is either pending or confirmed."));
    Transaction tx(m_db);
    validate(in);
    BookingResult r;
    qint64 series = 0;
    for (int w = 0; w < weeks; ++w) {
        AppointmentInput occurrence = in;
        // Weekly in local time, so that a series keeps its wall-clock hour.
        occurrence.start = in.start.toLocalTime().addDays(7LL * w);
        try {
            checkConflicts(occurrence, 0);
        } catch (const Error &e) {
            throw Error(ErrorKind::Rejected,
                Tr::tr("The occurrence on %1 cannot be booked, so none of the %2 was: %3")
                    .arg(localDay(occurrence.start))
                    .arg(weeks)
                    .arg(e.message()));
        }
        const qint64 id = insert(occurrence, series);
        if (w == 0) {
            series = id;
            Statement first(m_db, "UPDATE appointments SET series_id = ? WHERE id = ?");
            first.bind(1, id).bind(2, id).run();
        }
        r.ids << id;
        for (const QString &warning : warningsFor(occurrence))
            r.warnings << warning;
    }
    tx.commit();
    return r;
}

BookingResult AppointmentRepository::update(qint64 id, const AppointmentInput &in)
{
    requireAccess(m_db.access(), DataKind::Appointments, AccessOp::Write);
    Transaction tx(m_db);
    const Appointment old = get(id);
    if (isTerminal(old.status))
        throw Error(ErrorKind::Rejected,
            Tr::tr("This appointment is %1 and can no longer be changed.").arg(appointmentStatusName(old.status)));
    validate(in);
    checkConflicts(in, id);
    Statement st(m_db,
        "UPDATE appointments SET requester = ?, student_id = ?, staff_id = ?, room_id = ?, starts_at = ?, ends_at = ?, minutes = "
        "?, "
        "category = ?, updated_at = ? WHERE id = ?");
    bindFields(st, in);
    st.bind(9, nowStamp()).bind(10, id).run();
    appendAudit(m_db, m_actor, QStringLiteral("update"), QStringLiteral("appointment"), id,
        QStringLiteral("student %1, staff %2, room %3").arg(in.studentId).arg(in.staffId).arg(in.roomId));
    BookingResult r;
    r.ids << id;
    r.warnings = warningsFor(in);
    tx.commit();
    return r;
}

void AppointmentRepository::setStatus(qint64 id, AppointmentStatus to)
{
    requireAccess(m_db.access(), DataKind::Appointments, AccessOp::Write);
    Transaction tx(m_db);
    const Appointment a = get(id);
    if (isTerminal(a.status))
        throw Error(ErrorKind::Rejected,
            Tr::tr("This appointment is %1 and can no longer be changed.").arg(appointmentStatusName(a.status)));
    if (to == AppointmentStatus::Rescheduled && a.status == AppointmentStatus::Confirmed)
        throw Error(ErrorKind::Rejected,
            Tr::tr("To reschedule, give the new time: the new appointment is booked and linked to this one."));
    if (!isLegalTransition(a.status, to))
        throw Error(ErrorKind::Rejected,
            Tr::tr("A %1 appointment cannot become %2.").arg(appointmentStatusName(a.status), appointmentStatusName(to)));
    if ((to == AppointmentStatus::Done || to == AppointmentStatus::NoShow) && a.start > clock::nowUtc())
        throw Error(ErrorKind::Rejected,
            Tr::tr("The appointment has not started yet (%1 %2); it cannot be marked %3.")
                .arg(localDay(a.start), localTime(a.start), appointmentStatusName(to)));
    Statement st(m_db, "UPDATE appointments SET status = ?, updated_at = ? WHERE id = ?");
    st.bind(1, appointmentStatusCode(to)).bind(2, nowStamp()).bind(3, id).run();
    appendAudit(m_db, m_actor, QStringLiteral("status"), QStringLiteral("appointment"), id,
        QStringLiteral("%1 -> %2").arg(appointmentStatusCode(a.status), appointmentStatusCode(to)));
    tx.commit();
}

BookingResult AppointmentRepository::reschedule(qint64 id, const QDateTime &newStart, int minutes, qint64 roomId)
{
    requireAccess(m_db.access(), DataKind::Appointments, AccessOp::Write);
    Transaction tx(m_db);
    const Appointment old = get(id);
    if (isTerminal(old.status))
        throw Error(ErrorKind::Rejected,
            Tr::tr("This appointment is %1 and can no longer be changed.").arg(appointmentStatusName(old.status)));
    if (!isLegalTransition(old.status, AppointmentStatus::Rescheduled))
        throw Error(ErrorKind::Rejected,
            Tr::tr("Only a confirmed appointment is rescheduled; change the time of a pending one directly."));
    // The old appointment frees its time first, so the new one may overlap it.
    Statement mark(m_db, "UPDATE appointments SET status = 'rescheduled', updated_at = ? WHERE id = ?");
    mark.bind(1, nowStamp()).bind(2, id).run();
    AppointmentInput in;
    in.requester = old.requester;
    in.studentId = old.studentId;
    in.staffId = old.staffId;
    in.roomId = roomId;
    in.start = newStart;
    in.minutes = minutes;
    in.category = old.category;
    in.status = AppointmentStatus::Confirmed;
    validate(in);
    checkConflicts(in, id);
    const qint64 newId = insert(in, old.seriesId);
    Statement link(m_db, "UPDATE appointments SET rescheduled_to = ? WHERE id = ?");
    link.bind(1, newId).bind(2, id).run();
    appendAudit(m_db, m_actor, QStringLiteral("status"), QStringLiteral("appointment"), id,
        QStringLiteral("confirmed -> rescheduled (new %1)").arg(newId));
    BookingResult r;
    r.ids << newId;
    r.warnings = warningsFor(in);
    tx.commit();
    return r;
}

QList<Appointment> AppointmentRepository::read(const char *where, const QString &a, const QString &b)
{
    requireAccess(m_db.access(), DataKind::Appointments, AccessOp::Read);
    const QByteArray sql = QByteArray(XINAN_APPOINTMENT_SELECT) + where;
    Statement st(m_db, sql.constData());
    if (!a.isNull())
        st.bind(1, a);
    if (!b.isNull())
        st.bind(2, b);
    QList<Appointment> out;
    while (st.step()) {
        Appointment x;
        x.id = st.int64(0);
        x.requester = requesterKindFromCode(st.text(1)).value_or(RequesterKind::Student);
        x.studentId = st.int64(2);
        x.studentNo = st.text(3);
        x.studentName = st.text(4);
        x.grade = st.integer(5);
        x.className = st.text(6);
        x.staffId = st.int64(7);
        x.staffName = st.text(8);
        x.roomId = st.int64(9);
        x.roomName = st.text(10);
        x.start = QDateTime::fromString(st.text(11), Qt::ISODate);
        x.end = QDateTime::fromString(st.text(12), Qt::ISODate);
        x.minutes = st.integer(13);
        x.category = st.text(14);
        x.status = appointmentStatusFromCode(st.text(15)).value_or(AppointmentStatus::Pending);
        x.seriesId = st.int64(16);
        x.rescheduledTo = st.int64(17);
        x.rescheduledFrom = st.int64(18);
        x.createdBy = st.text(19);
        out.append(x);
    }
    return out;
}

Appointment AppointmentRepository::get(qint64 id)
{
    const QList<Appointment> found = read("WHERE a.id = ?", QString::number(id), {});
    if (found.isEmpty())
        throw Error(
            ErrorKind::Rejected, Tr::tr("The appointment no longer exists; it may have been deleted with the student's record."));
    return found.first();
}

QList<Appointment> AppointmentRepository::range(const QDate &from, const QDate &to)
{
    const QDateTime start = from.startOfDay().toUTC();
    const QDateTime end = to.addDays(1).startOfDay().toUTC();
    return read("WHERE a.starts_at >= ? AND a.starts_at < ? ORDER BY a.starts_at, st.name, a.id", stamp(start), stamp(end));
}

QList<Appointment> AppointmentRepository::today()
{
    const QDate d = clock::today();
    return range(d, d);
}

QList<Appointment> AppointmentRepository::forStudent(qint64 studentId)
{
    return read("WHERE a.student_id = ? ORDER BY a.starts_at DESC, a.id DESC", QString::number(studentId), {});
}

QList<TimelineEntry> AppointmentRepository::timelineEntries(qint64 studentId)
{
    QList<TimelineEntry> out;
    // The merged timeline shows each role what it may read: appointments only to counsellors.
    if (!m_db.access().allows(DataKind::Appointments, AccessOp::Read))
        return out;
    for (const Appointment &a : forStudent(studentId))
        if (a.status == AppointmentStatus::Done)
            out.append({ a.start.toLocalTime().date(), QStringLiteral("appointment"), Tr::tr("Appointment kept"),
                !a.category.isEmpty()
                    ? Tr::tr("%1, %2 (%3)").arg(a.staffName, a.start.toLocalTime().toString(QStringLiteral("HH:mm")), a.category)
                    : Tr::tr("%1, %2").arg(a.staffName, a.start.toLocalTime().toString(QStringLiteral("HH:mm"))),
                QString(), a.id });
    return out;
}

} // namespace xinan
