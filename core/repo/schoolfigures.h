#pragma once
// The school's figures for a period: the one set of counts that the term report, the head's
// view (学校概况) and the periodic export for the city platform all print, so that they agree.
// Counts only: no names, 学籍号, birth dates or free text ever leave through here.
//
// A period is a term ("2026-2027-1", dates from TermCalendar: the duty roster's terms or the usual
// calendar) or a calendar month ("2026-11"). Every count is over the period's days (local dates,
// both ends included) unless its comment says "at the end" (the state on the period's last day,
// or today when the period has not ended) or "at the start" (the state on its first day).
//
// Roles: DataKind::Counts read (counsellors and heads; docs/roles.md). Others Error(Denied).

#include "../domain/term.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace xinan {

class Database;

struct ReportPeriod
{
    QString id; // 2026-2027-1 or 2026-11
    QDate from;
    QDate to; // inclusive
    bool isTerm = true;
    // 2026—2027学年第一学期 or 2026年11月 (translated)
    QString displayName() const;
};

// Parses a term id or a month id ("2026-11"); empty: the current term. Throws Error(Rejected)
// naming both accepted forms.
ReportPeriod reportPeriod(Database &db, const QString &id = {});

struct RiskCounts
{
    int red = 0;
    int orange = 0;
    int yellow = 0;
    int green = 0; // enrolled students with no raised level
    bool operator==(const RiskCounts &) const = default;
};

struct GradeFigures
{
    int grade = 0; // 1–15
    int enrolled = 0; // at the end
    int screeningRequired = 0; // 1 when the grade must be screened every year (upper primary, junior, senior, vocational)
    int screened = 0; // students of the grade with a screening result in the period
    int visitsRequired = 0; // home-visit coverage rule (HomeVisitRepository, term periods)
    int visited = 0;
    int visitedOnsite = 0;
    int lessonClasses = 0; // classes of the grade
    int lessonPeriodsRequired = 0; // 课时 the rule requires in the period (sum over its classes)
    int lessonPeriodsGiven = 0;
    int lessonClassesBehind = 0;
};

struct CategoryCount
{
    QString code; // a problem category code, a band code, an activity kind …
    QString label; // translated / the school's own label
    int count = 0;
};

// The week's levels (for the chart "risk levels over the term's weeks").
struct WeekRisk
{
    QDate weekStart; // Monday
    RiskCounts levels; // at the end of that week
};

struct PeriodFigures
{
    ReportPeriod period;

    // The school and its staff.
    QString schoolName;
    QString schoolType; // 小学 / 初中 / 九年一贯制 / … as stored
    QString city;
    QString county;
    int enrolled = 0; // at the end
    int counsellorsFullTime = 0; // active staff, kind full_time
    int counsellorsPartTime = 0;
    int rooms = 0; // active counselling rooms
    double roomAreaM2 = 0; // their area, where recorded
    QList<GradeFigures> grades; // grades with enrolled students, ascending

    // Screening.
    int screeningRequired = 0; // enrolled students of the grades that must be screened
    int screened = 0; // of those, with a result in the period
    QList<CategoryCount> screeningBands; // results in the period by band ("phq9:moderate" → 中度 …)

    // Risk levels and key students.
    RiskCounts atStart;
    RiskCounts atEnd;
    int levelsRaised = 0; // level changes upward in the period
    int levelsLowered = 0;
    int newKeyStudents = 0; // students who became orange or red in the period
    int keyStudentsAtEnd = 0;
    int plansAtEnd = 0; // key students with an active plan (一人一策) at the end
    QList<WeekRisk> weeks; // each week of the period

    // Counselling.
    int sessions = 0; // individual counselling records in the period
    int sessionStudents = 0; // distinct students
    QList<CategoryCount> sessionsByCategory; // problem categories (a record may count in several)
    int groupSessions = 0;
    int groupAttendance = 0; // attendances at group sessions

    // Crises, referrals, leave and return.
    int crises = 0; // opened in the period
    int crisesClosed = 0;
    int crisesOpenAtEnd = 0;
    int referrals = 0; // opened in the period
    int referralSlips = 0; // slips issued in the period
    int referralReceipts = 0; // receipts recorded in the period
    int referralRefusals = 0;
    int referralsOpenAtEnd = 0;
    int leaves = 0; // leaves started in the period
    int returnApplications = 0;
    int returnsApproved = 0;
    int returnsDeferred = 0; // 暂缓 and 需进一步评估

    // Home visits (term periods: against the school's coverage rule; months: visits only).
    int visitsRequired = 0;
    int visited = 0; // students with a visit in the period
    int visitedOnsite = 0;
    int visits = 0; // visits (a family visit once)
    int visitsByForm[4] = { 0, 0, 0, 0 }; // onsite, phone, video, school
    int keyStudentsVisited = 0; // key students at the end with a visit in the period

    // Lessons (心理健康课).
    int lessonPeriodsRequired = 0;
    int lessonPeriodsGiven = 0;
    int lessonClasses = 0;
    int lessonClassesBehind = 0;

    // Activities and training.
    int activities = 0;
    QList<CategoryCount> activitiesByKind; // month_525, parent_school, … with their counts
    int activityAttendance = 0;
    int teachersTrained = 0; // attendance at teacher_training activities
    int parentSessions = 0; // parent_school and parent_meeting activities
};

// Computes the period's figures in a handful of grouped queries (no per-student query).
PeriodFigures schoolFigures(Database &db, const ReportPeriod &period);

} // namespace xinan
