#pragma once
// Feedback (反馈): what was told to whom about a student — the class teacher, the parents or the
// head — when, how (面谈/电话/书面), the non-confidential summary actually shared and any reply,
// optionally linked to the counselling record it follows. feedbackDue() lists counselling records
// that still wait for feedback after the school's number of days (setting, default 3): the home
// page's reminder.
//
// Roles (docs/roles.md): counsellors read and write all feedback; the head reads the feedback
// addressed to the head, a class teacher the feedback addressed to the class teacher about
// students of its classes (another class: Error(Denied)); lists leave out what a role may not
// read, get() throws Error(Denied). forRecord() and feedbackDue() describe counselling records
// and are for counsellors only.

#include "../domain/daily.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace xinan {

class Database;
struct TimelineEntry;

struct FeedbackInput
{
    qint64 studentId = 0;
    qint64 recordId = 0; // the counselling record it follows; 0 for none
    FeedbackRecipient recipient = FeedbackRecipient::ClassTeacher;
    QDate givenOn;
    FeedbackMethod method = FeedbackMethod::InPerson;
    QString summary; // what was shared (never the confidential notes)
    QString reply;
};

struct Feedback
{
    qint64 id = 0;
    qint64 studentId = 0;
    qint64 recordId = 0;
    FeedbackRecipient recipient = FeedbackRecipient::ClassTeacher;
    QDate givenOn;
    FeedbackMethod method = FeedbackMethod::InPerson;
    QString summary;
    QString reply;
    QString author;
    QDateTime updatedAt; // UTC
};

// A counselling record that waits for feedback (existence and date only: no content).
struct FeedbackDue
{
    qint64 recordId = 0;
    qint64 studentId = 0;
    QString studentName;
    int grade = 0;
    QString className;
    QDate heldOn;
    int daysWaiting = 0; // days since the session
};

class FeedbackRepository final
{
public:
    FeedbackRepository(Database &db, QString actor);

    // The actor is the author. Throws Error(Rejected), writing nothing, for a missing student, a
    // missing or future date, an empty summary, texts over MaxTextLength, or a record that is
    // another student's or dated after the feedback.
    qint64 add(const FeedbackInput &input);
    void update(qint64 id, const FeedbackInput &input);
    Feedback get(qint64 id); // Throws Error(Rejected) when missing.
    QList<Feedback> forStudent(qint64 studentId); // newest first
    // The student's timeline entries (services/timeline.h): feedback given to class teachers, parents and the head.
    QList<TimelineEntry> timelineEntries(qint64 studentId);
    QList<Feedback> forRecord(qint64 recordId);

    // Records held at least feedbackDueDays() days before `today`, still needing feedback and with
    // none linked; oldest first.
    QList<FeedbackDue> feedbackDue(const QDate &today);
    int feedbackDueDays();
    void setFeedbackDueDays(int days); // 1..60, else Error(Rejected)

    static constexpr int MaxTextLength = 2000;
    static constexpr int DefaultDueDays = 3;
    static constexpr auto DueDaysKey = "feedback/due_days";

private:
    void validate(const FeedbackInput &input);

    Database &m_db;
    QString m_actor;
};

} // namespace xinan
