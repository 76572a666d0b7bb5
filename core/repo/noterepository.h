#pragma once
// Dated notes about a student (who wrote what, about which day), shown on the student's timeline
// (一生一案, services/timeline.h) with every other dated record about the student.

#include "timelineentry.h"

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
// student, never the text). Notes are counselling content (DataKind::Counselling: counsellors
// only); the text is a confidential field, sealed with the counsellor key.
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
    // The student's timeline entries (services/timeline.h): each note, on the day it is about.
    QList<TimelineEntry> timelineEntries(qint64 studentId);

    static constexpr int MaxNoteLength = 4000;

private:
    Database &m_db;
    QString m_actor;
};

} // namespace xinan
