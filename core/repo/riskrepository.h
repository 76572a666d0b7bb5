#pragma once
// Risk levels and their history (监测预警). students.risk_level holds the current level and
// risk_changes every change with its source, reason, author and time; each change writes both
// and its audit entry in one transaction (the audit names the student and the levels, never
// the reason).
//
// Roles (docs/roles.md): levels, lists and history are DataKind::RiskLevel (counsellors and
// heads read; counsellors change); the reasons are DataKind::RiskReason, a confidential field
// sealed with the counsellor key. A reader without RiskReason (a head) gets every change and
// list line with an empty reason, so that the history of levels stays readable.

#include "../domain/risk.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace xinan {

class Database;
struct TimelineEntry;
class Statement;

// One line of a list of students at a level: the home page's panels and `xinan-cli risk list`.
struct RiskStudent
{
    qint64 id = 0;
    QString studentNo;
    QString name;
    int grade = 0;
    QString className;
    RiskLevel level = RiskLevel::Green;
    QDateTime since; // UTC, when the current level was set; null for a student never changed
    QString lastReason; // the reason of the newest change (empty for a reader without RiskReason)
};

class RiskRepository final
{
public:
    RiskRepository(Database &db, QString actor);

    // The student's current level. Throws Error(Rejected) for a student that does not exist.
    RiskLevel current(qint64 studentId);
    // Every change of the student's level, newest first (reasons empty without RiskReason).
    QList<RiskChange> history(qint64 studentId);
    // The student's timeline entries (services/timeline.h): each change of the risk level, dated by the day (local time) it was
    // decided.
    QList<TimelineEntry> timelineEntries(qint64 studentId);

    // Records a change to `to`; the actor is the author. `at` (UTC) is when it was decided;
    // null means now. Throws Error(Rejected), writing nothing, for: a student that does not
    // exist, an empty reason or one over MaxReasonLength, the level the student already has,
    // a screening that would lower the level (a counsellor must confirm a lower level), a time
    // in the future or before the student's newest change. Returns the change's id.
    qint64 change(qint64 studentId, RiskLevel to, RiskSource source, const QString &reason, const QDateTime &at = {});

    // Students at `min` or above (or exactly at `level`), most serious first, then by grade,
    // class (2班 before 10班) and name (pinyin). Students who graduated or transferred out are
    // left out: they are no longer the school's to follow.
    QList<RiskStudent> atOrAbove(RiskLevel min);
    QList<RiskStudent> listAt(RiskLevel level);

    static constexpr int MaxReasonLength = 2000;

private:
    QList<RiskStudent> read(Statement &st);
    bool readsReasons() const;

    Database &m_db;
    QString m_actor;
};

} // namespace xinan
