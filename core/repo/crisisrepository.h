#pragma once
// Crisis events (危机事件, DOMAIN.md: red = 一级 危机). Opening an event sets the student to red
// (unless already red) and copies the school's response checklist into the event; the event
// then collects its steps (who was notified, what was done, follow-ups) and checklist ticks,
// and is closed with a summary once the guardians and the head have been notified. Closing
// does not lower the level: a counsellor does that separately. Every change is one transaction
// with its audit entry (the audit names ids, kinds and parties, never what happened).
//
// Roles (docs/roles.md): counsellors read and write everything. The head reads the events
// (student, dates, status, who was notified, checklist) with what happened, the steps' texts and
// the closure empty (DataKind::CrisisDetail); openCount() is a count (DataKind::Counts). Others
// get Error(Denied). What happened and the closure (owner the student) and the steps' texts
// (owner the event) are sealed with the counsellor key.

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

enum class CrisisStepKind { Notify, Action, FollowUp };

// Who was notified (notify steps) or who acted (optional for actions and follow-ups).
enum class CrisisParty { None, Guardian, Head, Police, Ambulance, Hospital, ClassTeacher, Other };

// Stable codes: notify/action/followup; ""/guardian/head/police/ambulance/hospital/
// class_teacher/other.
QString crisisStepKindCode(CrisisStepKind kind);
std::optional<CrisisStepKind> crisisStepKindFromCode(const QString &code);
QString crisisPartyCode(CrisisParty party);
std::optional<CrisisParty> crisisPartyFromCode(const QString &code);
// Display names (translated): 通知 / 处置 / 跟进; 监护人, 校长/分管领导, 110 (公安), ...
QString crisisStepKindName(CrisisStepKind kind);
QString crisisPartyName(CrisisParty party);
QList<CrisisParty> allCrisisParties(); // without None

struct CrisisStep
{
    qint64 id = 0;
    qint64 eventId = 0;
    QDateTime at; // UTC, when it happened
    CrisisStepKind kind = CrisisStepKind::Action;
    CrisisParty party = CrisisParty::None;
    QString body;
    QString author;
};

struct CrisisChecklistItem
{
    int position = 0; // 1..n, in the template's order
    QString item;
    QDateTime doneAt; // UTC; null while not done
    QString doneBy;
    bool done() const { return doneAt.isValid(); }
};

// One event as the lists show it.
struct CrisisEvent
{
    qint64 id = 0;
    qint64 studentId = 0;
    QString studentNo;
    QString studentName;
    int grade = 0;
    QString className;
    QDateTime happenedAt; // UTC
    QString whatHappened;
    bool open = true;
    QString openedBy;
    QDateTime openedAt; // UTC
    QDateTime closedAt; // UTC; null while open
    QString closedBy;
    QString closure;
    bool guardianNotified = false;
    bool headNotified = false;
    int notifications = 0; // notify steps
    int checklistDone = 0;
    int checklistTotal = 0;

    // Whole days from the day it happened to today (open) or to the day it was closed (local).
    int daysOpen(const QDate &today) const;
    int daysOpen() const; // to clock::today()
};

struct CrisisEventDetail
{
    CrisisEvent event;
    QList<CrisisStep> steps; // oldest first
    QList<CrisisChecklistItem> checklist; // in order
};

struct CrisisFilter
{
    enum class Status { Any, Open, Closed };
    Status status = Status::Any;
    QDate from; // happened on or after (local day); null: no bound
    QDate to; // happened on or before; null: no bound
};

class CrisisRepository final
{
public:
    CrisisRepository(Database &db, QString actor);

    // Opens an event for the student: what happened (required) and when (UTC; not in the
    // future). Copies the school's checklist into the event and, unless the student is already
    // red, sets the student to red (source crisis, reason "Crisis event: " + the first line),
    // all in one transaction. Throws Error(Rejected), writing nothing, for a student that does
    // not exist, one with an open event already, an empty or over-long text, a missing or
    // future time. Returns the event's id.
    qint64 open(qint64 studentId, const QDateTime &happenedAt, const QString &whatHappened);

    // Adds a notification, an action or a follow-up at `at` (UTC; not before the event, not in
    // the future). A notification needs the party notified; an action or follow-up needs a text
    // (a notification's text is optional unless the party is "other"). Refused for a closed
    // event. Returns the step's id.
    qint64 addStep(qint64 eventId, const QDateTime &at, CrisisStepKind kind, CrisisParty party, const QString &body);

    // Ticks (or unticks) the checklist item at `position`; who and when are recorded.
    void setChecked(qint64 eventId, int position, bool done);

    // Closes the event with a summary (required) at `closedAt` (UTC; not before the event or its
    // last step, not in the future). Refused until both a guardian and a head notification are
    // recorded; the message names what is missing. The student's level is not changed.
    void close(qint64 eventId, const QString &closure, const QDateTime &closedAt = {});

    // What still prevents closing the event (translated, one line each); empty when it may close.
    QStringList missingForClosing(qint64 eventId);

    // Open events, longest open first.
    QList<CrisisEvent> openEvents();
    int openCount();
    // Events matching the filter: open first (longest open first), then closed, newest first.
    QList<CrisisEvent> events(const CrisisFilter &filter = {});
    // The student's events, newest first.
    QList<CrisisEvent> studentEvents(qint64 studentId);
    // The student's open event, if any.
    std::optional<qint64> openEventOf(qint64 studentId);
    // One event with its steps and checklist. Throws Error(Rejected) when it no longer exists.
    CrisisEventDetail detail(qint64 eventId);

    // The student's timeline entries: each event opened, its steps, its closure.
    QList<TimelineEntry> timelineEntries(qint64 studentId);

    // The school's crisis response checklist (settings key "crisis/checklist", one item a line),
    // or the default when the school has not set one.
    QStringList checklistTemplate();
    static QStringList defaultChecklist();
    // Stores the school's checklist: items trimmed, empty lines dropped. Throws Error(Rejected)
    // with no item left, more than MaxChecklistItems, or an item over MaxChecklistItemLength.
    void setChecklistTemplate(const QStringList &items);

    static constexpr auto ChecklistKey = "crisis/checklist";
    static constexpr int MaxTextLength = 4000;
    static constexpr int MaxChecklistItems = 30;
    static constexpr int MaxChecklistItemLength = 200;

private:
    QList<CrisisEvent> readEvents(Statement &st);
    CrisisEvent requireEvent(qint64 eventId);

    Database &m_db;
    QString m_actor;
};

} // namespace xinan
