#pragma once
// Counselling records (个体辅导记录) and group counselling (团体辅导).
//
// Roles (docs/roles.md): counselling records and groups are DataKind::Counselling, which only a
// counselling teacher reads or writes; every other role gets Error(Denied) from each method, and
// nothing from timelineEntries(). The problem categories are a school setting (DataKind::Settings).
// A record's summary, assessment, next steps and private notes are sealed with the counsellor
// key (counselling_records.*, owner the student).
//
// A record may carry the counsellor's risk judgement; when it differs from the student's current
// level, RiskRepository::change(..., RiskSource::Session, reason) runs inside the record's
// transaction (a SAVEPOINT), so the record and the change commit or roll back together.

#include "../domain/daily.h"
#include "../domain/risk.h"
#include "../store/access.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace xinan {

class Database;
struct TimelineEntry;

struct CounsellingRecordInput
{
    qint64 studentId = 0;
    qint64 appointmentId = 0; // 0 for a walk-in
    qint64 staffId = 0; // 0: the staff member of the actor's account, if any
    QDate heldOn;
    int minutes = 50;
    SessionForm form = SessionForm::Individual;
    QStringList categories; // from problemCategories()
    QString summary;
    QString assessment;
    QString nextSteps;
    QString privateNotes; // confidential
    std::optional<RiskLevel> riskJudgement; // the level the counsellor judges; none when not assessed
    QString riskReason; // required when the judgement changes the student's level
    bool feedbackNeeded = true; // whether feedback to teacher/parents is due after this session
};

struct CounsellingRecord
{
    qint64 id = 0;
    qint64 studentId = 0;
    QString studentName;
    QDate heldOn;
    bool restricted = false; // no longer set: a role that may not read records gets Error(Denied)
    qint64 appointmentId = 0;
    qint64 staffId = 0;
    QString staffName;
    int minutes = 0;
    SessionForm form = SessionForm::Individual;
    QStringList categories;
    QString summary;
    QString assessment;
    QString nextSteps;
    QString privateNotes;
    std::optional<RiskLevel> riskJudgement;
    qint64 riskChangeId = 0; // the risk change this record caused, if any
    bool feedbackNeeded = false;
    QString author;
    QDateTime updatedAt; // UTC
};

struct CounsellingGroup
{
    qint64 id = 0;
    QString topic;
    qint64 staffId = 0;
    QString staffName;
    int plannedSessions = 1;
    QList<qint64> memberIds; // students
    int heldSessions = 0;
};

struct GroupSession
{
    qint64 id = 0;
    qint64 groupId = 0;
    QDate heldOn;
    int minutes = 0;
    QList<qint64> present; // member students present
    QList<qint64> absent; // member students absent
};

// One group session a student was listed for (the timeline).
struct StudentGroupSession
{
    qint64 sessionId = 0;
    QDate heldOn;
    bool restricted = false; // no longer set (see CounsellingRecord::restricted)
    QString topic;
    bool present = false;
};

class SessionRepository final
{
public:
    SessionRepository(Database &db, QString actor);

    // Whether the connection's Access reads counselling records (a counselling teacher, or system).
    bool canReadConfidential();

    // A record prefilled from a done appointment: student, appointment, counsellor, date,
    // duration, individual form, and its reason category when that is in the list. Throws
    // Error(Rejected) when the appointment is not done or already has a record.
    CounsellingRecordInput draftFromAppointment(qint64 appointmentId);

    // Throws Error(Denied) for a role that may not write records; Error(Rejected), writing nothing, for a missing
    // student, a missing or future date, a duration outside 1..480, a category not in the list,
    // an empty summary, a text over MaxTextLength, an appointment that is not this student's, not
    // done or already recorded, an unknown staff member, or a risk change RiskRepository refuses.
    qint64 add(const CounsellingRecordInput &input);
    // Same checks (the appointment link cannot change); a new judgement that differs from the
    // current level records another risk change.
    void update(qint64 id, const CounsellingRecordInput &input);
    void setFeedbackNeeded(qint64 id, bool needed);

    CounsellingRecord get(qint64 id); // Throws Error(Rejected) when missing.
    QList<CounsellingRecord> forStudent(qint64 studentId); // newest first
    QList<CounsellingRecord> range(const QDate &from, const QDate &to); // by date
    qint64 recordForAppointment(qint64 appointmentId); // 0 when none

    // The school's editable list of presenting-problem categories (defaults from the issue).
    QStringList problemCategories();
    // Throws Error(Rejected) for an empty list, an empty or over-long (30) name or a duplicate.
    void setProblemCategories(const QStringList &categories);

    // Group counselling (counsellors only, for reading too; others get Error(Denied)).
    qint64 addGroup(const QString &topic, qint64 staffId, int plannedSessions, const QList<qint64> &memberIds);
    void updateGroup(const CounsellingGroup &group);
    QList<CounsellingGroup> groups();
    CounsellingGroup group(qint64 id);
    // Records a held session; every member is listed present or absent (members not in
    // `present` are absent). Throws Error(Rejected) for a missing or future date, a duration
    // outside 1..480, or a present student who is not a member.
    qint64 addGroupSession(qint64 groupId, const QDate &heldOn, int minutes, const QList<qint64> &present);
    void setAttendance(qint64 sessionId, const QList<qint64> &present);
    QList<GroupSession> groupSessions(qint64 groupId); // by date
    // The group sessions the student was listed for.
    QList<StudentGroupSession> studentGroupSessions(qint64 studentId);
    // The student's timeline entries (services/timeline.h): counselling records and group sessions;
    // none for a role that may not read counselling records.
    QList<TimelineEntry> timelineEntries(qint64 studentId);

    static constexpr int MaxTextLength = 8000;
    static constexpr auto ProblemCategoriesKey = "counselling/problem_categories";

private:
    void require(AccessOp op); // DataKind::Counselling
    void validate(const CounsellingRecordInput &input, const QStringList &alreadyOnRecord);
    qint64 resolveStaff(qint64 staffId);
    qint64 applyRisk(const CounsellingRecordInput &input);
    QList<CounsellingRecord> read(const char *where, const QString &a, const QString &b);
    void writeAttendance(qint64 sessionId, qint64 groupId, const QList<qint64> &present);

    Database &m_db;
    QString m_actor;
};

} // namespace xinan
