#pragma once
// One line of a student's timeline (一生一案). Each repository that keeps dated records about a
// student gives its own entries (timelineEntries(studentId)); services/timeline.h collects them.

#include <QDate>
#include <QString>

namespace xinan {

struct TimelineEntry
{
    QDate date;
    QString kind; // stable code: "note", "risk", "screening", "session", ...
    QString title; // translated: "Note", ...
    QString body;
    QString author;
    qint64 sourceId = 0; // id of the record in its own table
};

} // namespace xinan
