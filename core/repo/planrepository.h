#pragma once
// 一人一策: the individual plan of a key student (orange or red, DOMAIN.md "Risk levels"). A
// student has at most one active plan; saving revises it, closing keeps it with why and when.
// Every change is one transaction with its audit entry (the audit names the plan, the student
// and what happened, never the plan's text). The rules take the day or time they apply to as a
// parameter and never read the clock themselves.
//
// Roles (docs/roles.md): plans, their events and the key-student list are DataKind::KeyPlan
// (counsellors and heads read; counsellors write). A class teacher reads only
// classKeyStudents(): that a student of its classes is a key student, and the measures of the
// active plan it helps to carry out (DataKind::KeyStudentMark), no level, situation or reason.

#include "../domain/risk.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace xinan {

class Database;
struct TimelineEntry;

struct KeyPlan
{
    qint64 id = 0; // 0: a new plan
    qint64 studentId = 0;
    QString situation; // 基本情况
    QString goals; // 目标
    QString measures; // 措施
    // Responsible people (names): 班主任, 心理教师 (required), 家长, 分管校领导.
    QString classTeacher;
    QString counsellor;
    QString parent;
    QString leader;
    QString contact; // contact arrangements: who calls whom, how often
    int reviewDays = 7; // review cadence, 1..90 days
    bool parentInformed = false;
    QDate parentInformedOn; // when parentInformed
    QString parentNotInformedReason; // required when not informed
    bool active = true;
    QString createdBy;
    QDateTime createdAt; // UTC
    QString updatedBy;
    QDateTime updatedAt; // UTC
    QString closedBy;
    QDateTime closedAt; // UTC, null while active
    QString closeReason;
};

// One change of a plan, for the student's timeline.
struct KeyPlanEvent
{
    qint64 id = 0;
    qint64 planId = 0;
    QString kind; // created, updated, closed
    QDateTime at; // UTC
    QString author;
    QString detail; // for closed: the reason
};

// A key student (orange or red, on the school's roll) and the state of the plan.
struct KeyStudent
{
    qint64 id = 0;
    QString studentNo;
    QString name;
    int grade = 0;
    QString className;
    RiskLevel level = RiskLevel::Orange;
    QDate since; // the day (local) they became orange or red; invalid if unknown
    qint64 planId = 0; // the active plan, 0 when missing
    int reviewDays = 7; // the plan's cadence (7 without a plan)
    int daysWaiting = 0; // without a plan: days since `since`
    bool overdue = false; // without a plan for more than PlanDueDays days
    QDate lastReview; // the newest of the plan's last revision and the last weekly update
    QDate nextReview; // lastReview + reviewDays; invalid without a plan
};

// A key student as the class teacher sees it (DataKind::KeyStudentMark): that the student is a
// key student and what the active plan asks to be done; neither the level, the situation, the
// goals nor any reason.
struct ClassKeyStudent
{
    qint64 studentId = 0;
    QString studentNo;
    QString name;
    int grade = 0;
    QString className;
    qint64 planId = 0; // the active plan, 0 while the counsellor has not written one
    QString measures; // 措施: what the school (the class teacher with the others) does
    QString contact; // contact arrangements: who calls whom, how often
    QString classTeacher; // the class teacher the plan names
    int reviewDays = 0; // the plan's review cadence, 0 without a plan
};

class PlanRepository final
{
public:
    PlanRepository(Database &db, QString actor);

    // The student's active plan, or nullopt.
    std::optional<KeyPlan> current(qint64 studentId);
    // Every plan of the student, newest first.
    QList<KeyPlan> history(qint64 studentId);
    // Every creation, revision and closing of the student's plans, newest first.
    QList<KeyPlanEvent> events(qint64 studentId);
    // The student's timeline entries (services/timeline.h): each plan's creation, revision and closing.
    QList<TimelineEntry> timelineEntries(qint64 studentId);

    // Creates (plan.id 0) or revises (plan.id of the student's active plan) the plan, as of `at`
    // (UTC; its local day is "today" for the rules). Throws Error(Rejected), writing nothing, for:
    // a student that does not exist; an empty situation, goals, measures or counsellor; a text
    // too long; a cadence outside 1..90; parent informed without a date or with a future date;
    // not informed without a reason; a new plan for a student below orange or one who already
    // has an active plan; an id that is not the student's active plan. Returns the plan's id.
    qint64 save(const KeyPlan &plan, const QDateTime &at);
    // Closes the student's active plan (for example: the level was lowered to yellow). Throws
    // Error(Rejected) without a reason or without an active plan.
    void close(qint64 studentId, const QString &reason, const QDateTime &at);

    // Key students, most serious first, then by grade, class and name; with their plan state
    // as of `today`.
    QList<KeyStudent> keyStudents(const QDate &today);
    // The key students without an active plan, those waiting longest first.
    QList<KeyStudent> missingPlans(const QDate &today);

    // The key students the access may see (a class teacher: of its classes), by grade, class
    // and name, with their active plan's measures.
    QList<ClassKeyStudent> classKeyStudents();
    // The student's mark: nullopt when not a key student (or no such student). A class teacher
    // asking about another class's student gets Error(Denied).
    std::optional<ClassKeyStudent> classKeyStudent(qint64 studentId);

    static constexpr int PlanDueDays = 7; // a plan within a week of becoming a key student
    static constexpr int MaxTextLength = 4000;
    static constexpr int MaxNameLength = 100;

private:
    QList<ClassKeyStudent> classKeyStudents(qint64 studentIdOrAll);
    Database &m_db;
    QString m_actor;
};

} // namespace xinan
