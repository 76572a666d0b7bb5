#pragma once
// A student's status (学籍状态) as dated events, and leave and return to school (休学 / 复学).
//
// Every change of status is a row of student_status_events (from, to, the day it takes effect,
// why, who recorded it) written with students.status and the audit entry in ONE transaction:
//   - 转学 (transferred out), 毕业 (graduated), 退学 (withdrawn) and back to 在读 from any of
//     them: changeStatus(); 退学 and 转学 need a reason.
//   - 休学: startLeave() only (a leave row, the event and the status 休学). A student already
//     marked 休学 without an open leave record (set by a roster import or before schema v9)
//     gets the record the same way, without a second event.
//   - 复学: recordReturnApplication() with the decision 同意复学 only: it needs all three
//     conditions ticked and a return day; it ends the leave, sets the status 在读 with its
//     event, stores the return plan and creates the follow-ups due 7 days and 1 month after
//     the return day and at the end of the term containing it (TermCalendar: the school's term,
//     else the usual calendar), the last one even when the term ends within the month. 暂缓 and
//     需进一步评估 are recorded and leave the student on leave. The risk level is never changed.
//   - A student on leave who leaves the school (转学, 退学, 毕业 through changeStatus) has the
//     open leave ended on that day (leaves.ended_on: the day the leave ended, by a return or a
//     departure).
// Refused with Error(Rejected), writing nothing: the same status, a missing or future day, a
// day before the student's last status change (or before the leave started), an empty reason
// for 退学/转学, 休学 or 复学 through changeStatus, a return approved without the three
// conditions (the message names the missing ones) or without a return day.
// StudentRepository::update() refuses a change of status (use changeStatus); a roster import
// that changes an existing student's status records the event itself (reason 名单导入).
//
// Roles (docs/roles.md): status events are part of the basic file: reading them is
// DataKind::StudentBasic read (a class teacher: its classes), changing a status StudentBasic
// write. Leaves, return applications, plans and follow-ups are DataKind::Leaves: counsellors
// read and write, the head reads, a class teacher reads those of its classes (the plan it
// carries out); others get Error(Denied). The certificate's text and the follow-ups' notes are
// sealed with the counsellor key (owner the student) and read as empty without it. The status
// events' reasons are part of the basic file and are not sealed: write them for the file
// (“因病休学”, “随父母转学至贵阳”), not the clinical details.

#include "../domain/student.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace xinan {

class Database;
class Statement;
struct TimelineEntry;

enum class LeaveCategory { Mental, Physical, Family, Other };
enum class ReturnDecision { Approve, Defer, Further };
enum class FollowupKind { Week, Month, TermEnd };

// Stable codes: mental/physical/family/other; approve/defer/further; week/month/term_end.
QString leaveCategoryCode(LeaveCategory c);
std::optional<LeaveCategory> leaveCategoryFromCode(const QString &code);
QString returnDecisionCode(ReturnDecision d);
std::optional<ReturnDecision> returnDecisionFromCode(const QString &code);
QString followupKindCode(FollowupKind k);
std::optional<FollowupKind> followupKindFromCode(const QString &code);
// Display names (translated): 心理原因 / 身体疾病 / 家庭原因 / 其他; 同意复学 / 暂缓 / 需进一步评估;
// 复学一周 / 复学一个月 / 学期末.
QString leaveCategoryName(LeaveCategory c);
QString returnDecisionName(ReturnDecision d);
QString followupKindName(FollowupKind k);
QList<LeaveCategory> allLeaveCategories();
QList<ReturnDecision> allReturnDecisions();

struct StatusEvent
{
    qint64 id = 0;
    qint64 studentId = 0;
    QDate effectiveOn;
    StudentStatus from = StudentStatus::Enrolled;
    StudentStatus to = StudentStatus::Enrolled;
    QString reason;
    QString recordedBy;
    QDateTime recordedAt; // UTC
};

struct ReturnPlan
{
    QString placement; // class placement (回原班 / 随下一年级 …)
    QString schedule; // part-time schedule, if any
    QString supporters; // class teacher, counsellor, a classmate
    QString relapse; // what to do if it comes back
};

struct ReturnApplicationInput
{
    qint64 leaveId = 0;
    QDate appliedOn;
    QString certificateHospital;
    QDate certificateDate; // null: not given
    QString certificateText; // sealed
    bool conditionStable = false; // 病情稳定
    bool noRiskBehaviour = false; // 无当前风险行为
    bool functioningRestored = false; // 日常与学习功能恢复
    QString assessors;
    ReturnDecision decision = ReturnDecision::Defer;
    QDate decidedOn;
    QDate returnOn; // approve: the first day back (required); otherwise ignored
    ReturnPlan plan; // approve only
};

struct ReturnFollowup
{
    qint64 id = 0;
    qint64 applicationId = 0;
    qint64 studentId = 0;
    FollowupKind kind = FollowupKind::Week;
    QDate dueOn;
    QDate doneOn; // null while not done
    QString note; // sealed: empty without the counsellor key
    QString doneBy;
    bool done() const { return doneOn.isValid(); }
};

struct ReturnApplication
{
    qint64 id = 0;
    qint64 leaveId = 0;
    qint64 studentId = 0;
    QDate appliedOn;
    QString certificateHospital;
    QDate certificateDate;
    QString certificateText; // empty without the counsellor key
    bool conditionStable = false;
    bool noRiskBehaviour = false;
    bool functioningRestored = false;
    QString assessors;
    ReturnDecision decision = ReturnDecision::Defer;
    QDate decidedOn;
    QDate returnOn; // approve only
    ReturnPlan plan;
    QString recordedBy;
    QList<ReturnFollowup> followups; // approve: week, month, term end (by due day)
};

struct Leave
{
    qint64 id = 0;
    qint64 studentId = 0;
    QDate startsOn;
    LeaveCategory category = LeaveCategory::Other;
    qint64 referralId = 0; // 0: none
    QDate endedOn; // null while on leave
    QString recordedBy;
    QList<ReturnApplication> applications; // oldest first
    bool open() const { return !endedOn.isValid(); }
};

// A follow-up waiting on the home page, with its student.
struct DueReturnFollowup
{
    ReturnFollowup followup;
    QString studentNo;
    QString studentName;
    int grade = 0;
    QString className;
    QDate returnedOn;
    // Whole days past the due day (0 on the day, negative before it).
    int daysOverdue(const QDate &today) const { return static_cast<int>(followup.dueOn.daysTo(today)); }
};

struct OnLeaveStudent
{
    qint64 studentId = 0;
    QString studentNo;
    QString name;
    int grade = 0;
    QString className;
    qint64 leaveId = 0;
    QDate startsOn;
    LeaveCategory category = LeaveCategory::Other;
};

// One of the student's referrals, offered as the leave's link.
struct ReferralChoice
{
    qint64 id = 0;
    QDate openedOn;
};

// Writes a status event (no checks, no audit) inside the caller's transaction: for writers that
// change students.status themselves (a roster import, StudentBatch). Internal to core.
void appendStatusEvent(Database &db, const QString &actor, qint64 studentId, StudentStatus from, StudentStatus to,
    const QDate &effectiveOn, const QString &reason);

class LeaveRepository final
{
public:
    LeaveRepository(Database &db, QString actor);

    // 转学 / 毕业 / 退学 / back to 在读 (see the header comment). Returns the event's id.
    qint64 changeStatus(qint64 studentId, StudentStatus to, const QDate &effectiveOn, const QString &reason);

    // 休学 from startsOn (not in the future, not before the last status change) for a category,
    // optionally linked to one of the student's referrals (0: none). The reason goes into the
    // status event (optional). Refused for a student who is not 在读 (or 休学 without a record),
    // or who has an open leave. Returns the leave's id.
    qint64 startLeave(qint64 studentId, const QDate &startsOn, LeaveCategory category, qint64 referralId, const QString &reason);

    // Records a return application with its decision on an open leave (see the header comment).
    // Returns the application's id.
    qint64 recordReturnApplication(const ReturnApplicationInput &in);

    // The warning shown when the certificate says only that the condition is stable (病情稳定,
    // 病情平稳, 情况稳定 …) without recommending the return (建议 / 可以复学 / 可复学 / 宜 …);
    // empty otherwise. Advice, never blocking.
    static QString certificateWarning(const QString &certificateText);
    // The three conditions not ticked, translated, one each; empty when all are.
    static QStringList missingConditions(const ReturnApplicationInput &in);
    // The follow-ups an approval on this return day creates, by due day.
    QList<std::pair<FollowupKind, QDate>> followupsFor(const QDate &returnOn);

    // Records a follow-up done on doneOn (not in the future, not before the return day) with a
    // note (sealed; required). Refused for one already done.
    void recordFollowupDone(qint64 followupId, const QDate &doneOn, const QString &note);

    // Follow-ups not done that are due within horizonDays of clock::today() or overdue, of
    // students now 在读, soonest first (a class teacher: its classes).
    QList<DueReturnFollowup> dueFollowups(int horizonDays = 7);

    // The student's leaves with their applications and follow-ups, newest first.
    QList<Leave> leaves(qint64 studentId);
    // The student's open leave, if any.
    std::optional<Leave> openLeave(qint64 studentId);
    // The student's status events, newest first.
    QList<StatusEvent> statusEvents(qint64 studentId);
    // Students on leave now (status 休学 with an open leave), longest first.
    QList<OnLeaveStudent> onLeave();
    // The student's referrals (newest first), to link a leave to (Leaves write and Referrals read).
    QList<ReferralChoice> referralsOf(qint64 studentId);

    // The timeline: status changes with their reasons; with Leaves read also each leave started,
    // each application and its decision, and the follow-ups done.
    QList<TimelineEntry> timelineEntries(qint64 studentId);

    static constexpr int MaxReasonLength = 500;
    static constexpr int MaxTextLength = 4000;
    static constexpr int MaxFieldLength = 1000;

private:
    struct StudentState
    {
        StudentStatus status = StudentStatus::Enrolled;
        int grade = 0;
        QString className;
        QDate lastChange; // the last status event's day, null without one
    };
    StudentState requireStudent(qint64 studentId);
    qint64 writeEvent(qint64 studentId, StudentStatus from, StudentStatus to, const QDate &on, const QString &reason);
    QList<ReturnApplication> applicationsOf(qint64 leaveId, qint64 studentId);

    Database &m_db;
    QString m_actor;
};

} // namespace xinan
