#pragma once
// The weekly review of key students (周调度, chaired by the head): each week (named by its
// Monday) every key student gets one update (status, what was done, next steps), and the week
// has a meeting record. Past weeks stay as they were written and can be read at any time.
// Each change is one transaction with its audit entry (ids, week and status, never the text).
// The rules take the day they apply to as a parameter and never read the clock themselves.
//
// Roles (docs/roles.md): every method is DataKind::WeeklyBoard, read and written by counsellors
// and heads (周调度 is the head's meeting); class teachers and admins neither.

#include "../domain/risk.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace xinan {

class Database;
struct TimelineEntry;

enum class WeeklyStatus { Stable, Improving, Worse, Crisis };

QList<WeeklyStatus> allWeeklyStatuses();
// Stable codes stable/improving/worse/crisis; translated names 稳定/好转/加重/危机.
QString weeklyStatusCode(WeeklyStatus status);
std::optional<WeeklyStatus> weeklyStatusFromCode(const QString &code);
QString weeklyStatusName(WeeklyStatus status);

// The Monday of the week that holds `day`.
QDate weekStartOf(const QDate &day);

struct WeeklyUpdate
{
    qint64 id = 0;
    qint64 studentId = 0;
    QDate weekStart;
    WeeklyStatus status = WeeklyStatus::Stable;
    QString actions; // what was done this week
    QString nextSteps;
    QString author;
    QDateTime updatedAt; // UTC
};

struct WeeklyMeeting
{
    QDate weekStart;
    QDate heldOn; // invalid: not held (yet)
    QString chairedBy;
    QString notes;
    QString updatedBy;
    QDateTime updatedAt; // UTC
};

// One student on the board of a week.
struct BoardRow
{
    qint64 studentId = 0;
    QString studentNo;
    QString name;
    int grade = 0;
    QString className;
    QStringList teachers; // the class's teachers (class grid), class teacher first
    RiskLevel level = RiskLevel::Orange; // the current level
    bool key = true; // false: no longer a key student, shown for the update of that week
    QDate since; // the day they became key
    qint64 planId = 0; // the active plan, 0 when missing
    int reviewDays = 7;
    std::optional<WeeklyUpdate> update; // this week's
    QDate lastUpdateWeek; // the week of the newest update up to this week; invalid if none
    bool overdue = false;
};

struct WeeklyBoard
{
    QDate weekStart;
    QList<BoardRow> rows; // by grade, class, level (red first), name
    std::optional<WeeklyMeeting> meeting;
    int red = 0;
    int orange = 0;
    int updated = 0; // rows with this week's update
    int overdue = 0;
};

class ReviewRepository final
{
public:
    ReviewRepository(Database &db, QString actor);

    // The board of the week starting `weekStart` (a Monday), as of `today`: every key student
    // (orange or red, on the school's roll, key by the end of that week) and everyone who has
    // an update that week. A key student's row is overdue when it has no update for the week
    // and either `today` is past the week's Friday, or the last update (or, without one, the
    // day they became key) is more than the plan's cadence (7 days without a plan) before
    // `today` (or the week's Sunday, for a past week). Throws Error(Rejected) when weekStart
    // is not a Monday.
    WeeklyBoard board(const QDate &weekStart, const QDate &today);

    // Writes the student's update for the week, or revises it when the week has one, as of `at`
    // (UTC; its local day is "today"). Throws Error(Rejected), writing nothing, for a student
    // that does not exist or is not a key student, a week_start that is not a Monday or lies in
    // the future, empty actions, or a text too long. Returns the update's id.
    qint64 saveUpdate(qint64 studentId, const QDate &weekStart, WeeklyStatus status, const QString &actions,
        const QString &nextSteps, const QDateTime &at);
    // The student's updates, newest week first.
    QList<WeeklyUpdate> updatesOf(qint64 studentId);
    // The student's timeline entries (services/timeline.h): the weekly review's updates about the student.
    QList<TimelineEntry> timelineEntries(qint64 studentId);

    std::optional<WeeklyMeeting> meeting(const QDate &weekStart);
    // Writes the week's meeting record as of `today`. Throws Error(Rejected) for a week that is
    // not a Monday or in the future, no chair, a held-on day outside the week or in the future,
    // or a text too long.
    void saveMeeting(const WeeklyMeeting &meeting, const QDate &today);

    static constexpr int MaxTextLength = 4000;
    static constexpr int MaxNameLength = 100;

private:
    Database &m_db;
    QString m_actor;
};

} // namespace xinan
