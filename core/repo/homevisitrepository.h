#pragma once
// Home visits (家访, 家访全覆盖): one visit meets the family of one or more students (siblings
// in one visit count for each child), by visitors who are accounts or names. Coverage is
// counted per term (TermCalendar) against the school's rules (CoverageRules, a setting with
// presets):
//   - every enrolled student at least once a term (the default), or the class-size preset:
//     classes of 30 or fewer all; 50 or more at least half 实地 (on site); in between all;
//   - intake grades (一年级, 七年级, 高一, 中职一年级: grades 1, 7, 10, 13) fully covered in their
//     first (autumn) term;
//   - key students (orange and red) at least once a calendar month and at least one 实地 visit
//     a term;
//   - a student who returned to school (复学) visited within 14 days of the return day.
// Only students whose status is 在读 count (archived students, and students on leave, are not
// due); a visit counts in the term that contains its day.
//
// Roles (docs/roles.md, DataKind::HomeVisits): counsellors read and write every visit; class
// teachers read and record visits to students of their classes (a visit with a student outside
// them is refused, and a visit they may read lists only their classes' students); the head reads.
// Every change is one transaction with its audit entry (ids, never the texts).

#include "../domain/term.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace xinan {

class Database;
struct TimelineEntry;

enum class VisitForm { Onsite, Phone, Video, School }; // 实地 / 电话 / 视频 / 到校约谈
enum class VisitPurpose { Routine, Key, PostCrisis, PostReturn, LeftBehind }; // 常规/重点关注/危机后/复学后/留守困境
enum class VisitorRole { ClassTeacher, Counsellor, SubjectTeacher, Leader, Other }; // 班主任/心理教师/任课教师/校领导/其他

// Stable codes as stored: onsite/phone/video/school; routine/key/post_crisis/post_return/
// left_behind; class_teacher/counsellor/subject_teacher/leader/other.
QString visitFormCode(VisitForm f);
std::optional<VisitForm> visitFormFromCode(const QString &code);
QString visitPurposeCode(VisitPurpose p);
std::optional<VisitPurpose> visitPurposeFromCode(const QString &code);
QString visitorRoleCode(VisitorRole r);
std::optional<VisitorRole> visitorRoleFromCode(const QString &code);
QString visitFormName(VisitForm f); // translated
QString visitPurposeName(VisitPurpose p);
QString visitorRoleName(VisitorRole r);
QList<VisitForm> allVisitForms();
QList<VisitPurpose> allVisitPurposes();
QList<VisitorRole> allVisitorRoles();
// Family situation tags: single_parent 单亲, left_behind 留守, grandparents 隔代, low_income 低保,
// disability 残疾, migrant 随迁, remarried 重组, hardship 困难 … (codes stable, names translated).
QStringList familyTagCodes();
QString familyTagName(const QString &code);

struct Visitor
{
    VisitorRole role = VisitorRole::ClassTeacher;
    QString account; // empty when the visitor has no account
    QString name;
    bool operator==(const Visitor &) const = default;
};

struct VisitStudent
{
    qint64 id = 0;
    QString studentNo;
    QString name;
    int grade = 0;
    QString className;
};

struct HomeVisit
{
    qint64 id = 0;
    QDateTime visitedAt; // local date and time (time 00:00 when unknown)
    VisitForm form = VisitForm::Onsite;
    VisitPurpose purpose = VisitPurpose::Routine;
    QList<qint64> studentIds; // writing: the students; reading: those the reader may see
    QList<VisitStudent> students; // reading only
    QList<Visitor> visitors; // at least one
    QString metWhom; // 张XX
    QString metRelation; // 母亲
    QStringList familyTags; // codes
    QString familyNotes;
    QString studentAtHome;
    QString parentsViews;
    QString agreed; // 家校共识
    QDate followupOn;
    QString followupOwner;
    bool imported = false;
    QString recordedBy;
};

// The school's coverage rules (settings key RulesKey). Presets: EveryStudent (default) and
// ClassSize; the other rules are switches that hold under either.
struct CoverageRules
{
    enum class Base { EveryStudent, ClassSize };
    Base base = Base::EveryStudent;
    bool intakeGrades = true;
    bool keyStudentsMonthly = true;
    bool returnWithinTwoWeeks = true;
    bool operator==(const CoverageRules &) const = default;
};

struct ClassVisitCoverage
{
    int grade = 0;
    QString className;
    int enrolled = 0; // 在读 students of the class
    int visited = 0; // students with at least one visit in the term
    int onsite = 0; // students with at least one 实地 visit in the term
    int missing = 0; // enrolled - visited
    int required = 0; // students the rules require visited this term (ClassSize: see header)
    int requiredOnsite = 0; // students the rules require visited 实地 (ClassSize, 50 or more)
    bool behind = false; // visited < required or onsite < requiredOnsite
    double rate() const { return enrolled ? double(visited) / enrolled : 0.0; }
};

struct TermCoverage
{
    SchoolTerm term;
    CoverageRules rules;
    QList<ClassVisitCoverage> classes; // by grade, then class name (natural order)
    int enrolled = 0;
    int visited = 0;
    int onsite = 0;
    int visits = 0; // visits in the term (a family visit once)
    QList<ClassVisitCoverage> grades() const; // one row per grade (className empty)
};

struct MissingVisit
{
    qint64 studentId = 0;
    QString studentNo;
    QString name;
    int grade = 0;
    QString className;
    QDate lastVisit; // any term; null when never visited
};

// A visit a rule makes due for one student: what the home page shows.
struct DueVisit
{
    enum class Why { KeyMonthly, KeyOnsite, AfterReturn };
    Why why = Why::KeyMonthly;
    qint64 studentId = 0;
    QString studentNo;
    QString name;
    int grade = 0;
    QString className;
    QDate dueOn; // the last day the rule allows
    QDate lastVisit; // null when never visited
    int overdueDays = 0; // whole days past dueOn (0 when not yet overdue)
};
QString dueVisitReason(DueVisit::Why why); // translated: 重点学生每月家访 / 本学期需实地家访 / 复学后两周内家访

class HomeVisitRepository final
{
public:
    HomeVisitRepository(Database &db, QString actor);

    // Records a visit. Throws Error(Rejected), writing nothing, naming the field: no student, a
    // student that does not exist or is not enrolled, no visitor or a visitor without a name, a
    // missing or future time, a follow-up date before the visit, an unknown family tag, an
    // over-long text (MaxTextLength). Class teachers: Denied for a student outside their classes.
    // Returns the id.
    qint64 add(const HomeVisit &visit);
    // Records many visits in one transaction (the import): all or nothing. Same checks as add().
    QList<qint64> addAll(const QList<HomeVisit> &visits);
    void update(const HomeVisit &visit);
    void remove(qint64 visitId);
    // Throws Error(Rejected) when it no longer exists.
    HomeVisit visit(qint64 visitId);

    // Visits in the term (newest first), or a student's visits (newest first).
    QList<HomeVisit> visitsIn(const QString &termId);
    QList<HomeVisit> studentVisits(qint64 studentId);

    // Coverage for a term (empty id: the current term). A class teacher gets their classes.
    TermCoverage coverage(const QString &termId = {});
    // Enrolled students with no visit in the term, by grade, class, name; optionally one class.
    QList<MissingVisit> missing(const QString &termId = {}, int grade = 0, const QString &className = {});
    // Visits the key-student and return rules make due within `horizonDays` of today or overdue
    // (most overdue first).
    QList<DueVisit> due(int horizonDays = 7);

    // The student's timeline entries: each visit.
    QList<TimelineEntry> timelineEntries(qint64 studentId);

    CoverageRules rules();
    void setRules(const CoverageRules &rules); // counsellors and administrators (Settings write)

    static constexpr auto RulesKey = "visits/rules";
    static constexpr int MaxTextLength = 4000;

private:
    Database &m_db;
    QString m_actor;
};

} // namespace xinan
