#pragma once
// Appointments (预约). Each is one student with one counsellor (a staff member), optionally in a
// room, from a start time for a number of minutes; times are stored in UTC. Status follows
// 待确认 → 已确认 | 已取消; 已确认 → 已完成 | 未到 | 已取消 | 已改期 (domain/daily.h); the terminal
// states refuse every change. Rescheduling creates the new appointment linked from the old one.
//
// Conflicts are refused with the reason (the counsellor, the room or the student already booked
// in an overlapping time; no duration): intervals are half-open, so 9:00–10:00 and 10:00–11:00
// do not clash, and cancelled, rescheduled and no-show appointments hold no time. Warnings are
// returned, not thrown: outside the counsellor's duty shifts, or in the past.
//
// Roles (docs/roles.md): the appointment book is DataKind::Appointments, counsellors only; every
// other role gets Error(Denied) and no timeline entries.

#include "../domain/daily.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace xinan {

class Database;
struct TimelineEntry;

struct AppointmentInput
{
    RequesterKind requester = RequesterKind::Student;
    qint64 studentId = 0;
    qint64 staffId = 0; // the counsellor
    qint64 roomId = 0; // 0: no room (a phone call, a walk in the grounds)
    QDateTime start; // any time spec
    int minutes = 50;
    QString category; // reason category (one of the problem categories, or free text)
    AppointmentStatus status = AppointmentStatus::Pending; // for a new one: pending or confirmed
};

struct Appointment
{
    qint64 id = 0;
    RequesterKind requester = RequesterKind::Student;
    qint64 studentId = 0;
    QString studentNo;
    QString studentName;
    int grade = 0;
    QString className;
    qint64 staffId = 0;
    QString staffName;
    qint64 roomId = 0;
    QString roomName;
    QDateTime start; // UTC
    QDateTime end; // UTC
    int minutes = 0;
    QString category;
    AppointmentStatus status = AppointmentStatus::Pending;
    qint64 seriesId = 0; // shared by the occurrences of a weekly series; 0 for a single one
    qint64 rescheduledTo = 0; // the replacement of a rescheduled appointment
    qint64 rescheduledFrom = 0; // the appointment this one replaces
    QString createdBy;
};

struct BookingResult
{
    QList<qint64> ids; // one per occurrence, in time order
    QStringList warnings; // translated, for the dialog; empty when all is well
    qint64 id() const { return ids.value(0); }
};

class AppointmentRepository final
{
public:
    AppointmentRepository(Database &db, QString actor);

    // Books one appointment. Throws Error(Rejected), writing nothing, for missing or unknown
    // student, counsellor or room, an inactive counsellor or room, no start, a duration outside
    // 1..MaxMinutes, a status other than pending or confirmed, or a conflict (naming who is
    // booked when).
    BookingResult book(const AppointmentInput &input);
    // Books `weeks` weekly occurrences (1..MaxWeeks) in one transaction, each its own row sharing
    // a series id. Refused as a whole when any occurrence conflicts, naming its date.
    BookingResult bookWeekly(const AppointmentInput &input, int weeks);
    // Edits a pending or confirmed appointment (time, duration, counsellor, room, student,
    // requester, category; not the status). Same checks as book(), ignoring the appointment itself.
    BookingResult update(qint64 id, const AppointmentInput &input);
    // Changes the status along a legal transition. Throws Error(Rejected) for an illegal one, for
    // any change of a terminal appointment, for done/no-show before the appointment started,
    // and for "rescheduled" (use reschedule(), which needs the new time).
    void setStatus(qint64 id, AppointmentStatus to);
    // Marks a confirmed appointment rescheduled and books its replacement (confirmed, same
    // student, counsellor and category) at the new time, linked to it; one transaction.
    BookingResult reschedule(qint64 id, const QDateTime &newStart, int minutes, qint64 roomId);

    Appointment get(qint64 id); // Throws Error(Rejected) when missing.
    // Appointments that start on the local days from..to (inclusive), by start time.
    QList<Appointment> range(const QDate &from, const QDate &to);
    QList<Appointment> today();
    QList<Appointment> forStudent(qint64 studentId); // newest first
    // The student's timeline entries (services/timeline.h): appointments kept; their problem category only for an actor who reads
    // confidential notes.
    QList<TimelineEntry> timelineEntries(qint64 studentId);
    // The warnings that booking `input` would give (for the dialog before saving).
    QStringList warningsFor(const AppointmentInput &input);

    static constexpr int MaxMinutes = 480;
    static constexpr int MaxWeeks = 30;

private:
    void validate(const AppointmentInput &input);
    void checkConflicts(const AppointmentInput &input, qint64 selfId);
    qint64 insert(const AppointmentInput &input, qint64 seriesId);
    QList<Appointment> read(const char *where, const QString &a, const QString &b);

    Database &m_db;
    QString m_actor;
};

} // namespace xinan
