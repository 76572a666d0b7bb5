#pragma once
// Dated notes about a student (who wrote what, about which day), and the student's timeline
// (一生一案) that shows them together with every other dated record about the student.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace xinan {

class Database;

struct StudentNote
{
    qint64 id = 0;
    qint64 studentId = 0;
    QDate happenedOn;
    QString author; // the account that wrote it
    QString body;
    QDateTime createdAt; // UTC
};

// Each change is one transaction with its audit entry (the audit names the note and the
// student, never the text).
class NoteRepository final
{
public:
    NoteRepository(Database &db, QString actor);

    // The actor is the author. Throws Error(Rejected) for an empty text, a text over
    // MaxNoteLength, a missing or future date, or a student that does not exist.
    qint64 add(qint64 studentId, const QDate &happenedOn, const QString &body);
    // Newest first (by day, then by when written).
    QList<StudentNote> list(qint64 studentId);
    void remove(qint64 noteId);

    static constexpr int MaxNoteLength = 4000;

private:
    Database &m_db;
    QString m_actor;
};

// One line of a student's timeline.
struct TimelineEntry
{
    QDate date;
    QString kind; // stable code: "note"; later "session", "screening", "visit", "referral", ...
    QString title; // translated: "Note", ...
    QString body;
    QString author;
    qint64 sourceId = 0; // id of the record in its own table
};

// The student's whole timeline, newest first: notes and risk-level changes today; every module
// that keeps dated records about a student (sessions, screenings, home visits, referrals) adds
// its entries in studentTimeline() (noterepository.cpp), in one place.
// `actor` is the account reading it: counselling records show their content only to an account
// whose role is counsellor; any other actor (empty included) sees that a record exists and its date.
QList<TimelineEntry> studentTimeline(Database &db, qint64 studentId, const QString &actor = QString());

} // namespace xinan
