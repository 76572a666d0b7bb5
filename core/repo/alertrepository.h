#pragma once
// Early warning (监测预警) after a screening: alerts and second-stage interviews (二次评估).
//
// A critical screening answer (PHQ-9 item 9 > 0) raises an alert in the transaction that records
// the result (ScreeningRepository::record calls raiseForResult); the alert waits on the home page
// until a counsellor acts: handle() with what was done, or the result's second-stage interview.
// Results that need an interview (band at or above moderate, or critical) wait until one is
// recorded; recordInterview() stores it, sets the student's level to the counsellor's judgement
// through RiskRepository::change (source session; the same level confirms it without a change
// row) and handles the result's alert, all in one transaction. Audit entries name ids and
// levels, never the text.
//
// Roles (docs/roles.md): alerts and interviews waiting are for counsellors (DataKind::Alerts);
// interviews() and the interview notes are DataKind::ScreeningAnswers (counsellors); the two
// waiting counts are DataKind::Counts (the head too). The interview summary (owner the student)
// is sealed with the counsellor key, and the answers are read through it.

#include "../domain/risk.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace xinan {

class Database;
struct TimelineEntry;

struct Alert
{
    qint64 id = 0;
    qint64 studentId = 0;
    QString studentNo;
    QString name;
    int grade = 0;
    QString className;
    QString kind; // screening_critical
    qint64 resultId = 0;
    QString reason; // translated, what raised it: "PHQ-9 item 9 = 2, total 17"
    QDate takenOn; // the day of the result that raised it
    QDateTime raisedAt; // UTC
    QDateTime handledAt; // UTC; null while waiting
    QString handledBy;
    QString handling; // what was done (empty when the interview handled it)
    qint64 interviewId = 0; // the interview that handled it, or 0
    bool handled() const { return handledAt.isValid(); }
};

// A screening result seen from the interview's side: what the counsellor needs to decide.
struct InterviewCandidate
{
    qint64 resultId = 0;
    qint64 studentId = 0;
    QString studentNo;
    QString name;
    int grade = 0;
    QString className;
    QString driveName;
    QString instrumentId;
    QString instrumentName; // PHQ-9, or the external instrument's name
    int total = 0;
    QString bandLabel; // 中度, or the level an external platform gave
    bool critical = false;
    QString criticalAnswers; // translated: "item 9 = 2" for each critical item that fired
    QDate takenOn;
    RiskLevel currentLevel = RiskLevel::Green;
    bool interviewed = false;
};

struct ScreeningInterview
{
    qint64 id = 0;
    qint64 resultId = 0;
    qint64 studentId = 0;
    QDate heldOn;
    RiskLevel level = RiskLevel::Green;
    QString summary;
    QString interviewer;
    QString instrumentName;
    int total = 0;
    bool changedLevel = false; // false: the interview confirmed the level the student had
    QDateTime createdAt; // UTC
};

class AlertRepository final
{
public:
    AlertRepository(Database &db, QString actor);

    // Inserts the alert of a critical screening result (for use inside the transaction that
    // records it; a result has at most one). Returns the alert's id.
    qint64 raiseForResult(qint64 resultId);

    // Alerts waiting for a counsellor, oldest first, for students the school still follows
    // (not graduated or transferred out).
    QList<Alert> waiting();
    int waitingCount();
    // The student's alerts: waiting ones first (oldest first), then handled ones, newest first.
    QList<Alert> forStudent(qint64 studentId);
    std::optional<Alert> find(qint64 alertId);

    // Records what was done about an alert. Throws Error(Rejected), writing nothing, for an
    // empty text or one over MaxHandlingLength, an alert that does not exist or one already
    // handled.
    void handle(qint64 alertId, const QString &whatWasDone);

    // Results with needs_interview and no interview, for enrolled students, most serious
    // first: critical first, then by total (descending), then oldest first.
    QList<InterviewCandidate> interviewsWaiting();
    int interviewsWaitingCount();
    // The student's results that still wait for an interview, in the same order.
    QList<InterviewCandidate> interviewsWaitingFor(qint64 studentId);
    // Any result, for the interview dialog; nullopt when it does not exist.
    std::optional<InterviewCandidate> candidate(qint64 resultId);

    // Records the second-stage interview of a result and, in the same transaction, sets the
    // student's level to `level` (source session) unless the student already has it, and
    // handles the result's waiting alert. Throws Error(Rejected), writing nothing, for an
    // empty summary or one over MaxSummaryLength, a missing or future date, a date before the
    // result was taken, a result that does not exist or already has its interview. Returns
    // the interview's id.
    qint64 recordInterview(qint64 resultId, const QDate &heldOn, RiskLevel level, const QString &summary);
    // The student's interviews, newest first.
    QList<ScreeningInterview> interviews(qint64 studentId);
    // The student's timeline entries (services/timeline.h): second-stage interviews, and alerts a counsellor handled (those an
    // interview handled show as the interview).
    QList<TimelineEntry> timelineEntries(qint64 studentId);

    static constexpr int MaxHandlingLength = 2000;
    static constexpr int MaxSummaryLength = 1500;

private:
    Database &m_db;
    QString m_actor;
};

// "PHQ-9 item 9 = 2, total 17": what raised an alert, from the stored result (translated).
QString alertReason(Database &db, const QString &instrumentId, const QString &answers, int total);

} // namespace xinan
