#pragma once
// Psychology lessons (心理健康课): each lesson given to a class (grade, class, day, periods 课时 /
// 学时, teacher, topic, form), and the term's 开课率 per class and per grade.
//
// The rule (the province's plan) for a term (TermCalendar):
//   - primary and middle schools (grades 1–12): at least 1 课时 every two teaching weeks, so a
//     term requires ceil(teaching weeks / 2) 课时;
//   - 中职 (grades 13–15): at least 10 学时 a term.
// Teaching weeks are the weeks (Monday–Sunday) that overlap the term and have at least one
// school day (Monday–Friday) inside the term that is not in one of the term's holidays
// (term_holidays of the school's own term). A usual-calendar term (the school set no terms) has
// no holidays and covers the winter or summer break too, so only its first 20 weeks (counted
// from the week containing its first day) can be teaching weeks (CalendarTermWeeks).
// "To date" (as of clock::today()): the teaching weeks already over (their Sunday before today,
// or today the week's Sunday) are the weeks elapsed; primary and middle schools then require
// floor(elapsed / 2) 课时 so far, 中职 floor(10 × elapsed / teaching weeks) 学时; once every
// teaching week has passed, the whole term's requirement. A class is behind when it has been
// given fewer periods than required so far. Every form (lesson, activity, group, online, other)
// counts its periods.
// The classes are those with enrolled (在读) students; a lesson counts in the term containing its
// day.
//
// Roles (docs/roles.md, DataKind::Lessons): counsellors read and write; the head reads; class
// teachers read their classes' lessons and coverage only (Denied for another class). Every change
// is one transaction with its audit entry (ids, grade and class, never the topic).

#include "../domain/term.h"
#include "../store/access.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace xinan {

class Database;

enum class LessonForm { Lesson, Activity, Group, Online, Other }; // 课堂教学/主题活动/团体辅导/线上/其他

// Stable codes as stored: lesson/activity/group/online/other.
QString lessonFormCode(LessonForm f);
std::optional<LessonForm> lessonFormFromCode(const QString &code);
QString lessonFormName(LessonForm f); // translated
QList<LessonForm> allLessonForms();

struct PsychLesson
{
    qint64 id = 0;
    int grade = 0; // 1–15
    QString className;
    QDate givenOn;
    int periods = 1; // 课时 / 学时, 1–8
    QString teacher;
    QString topic;
    LessonForm form = LessonForm::Lesson;
    QString recordedBy; // reading only
};

// The rule as plain functions (no database): the tests drive them with tables.
// Teaching weeks of the term given its holidays (first and last day, inclusive).
struct HolidaySpan
{
    QDate first;
    QDate last;
};
// The Mondays of the term's teaching weeks, in order.
QList<QDate> teachingWeekStarts(const SchoolTerm &term, const QList<HolidaySpan> &holidays);
// Teaching weeks already over on `asOf` (see the header comment).
int weeksElapsed(const QList<QDate> &teachingWeekStarts, const QDate &asOf);
bool isVocationalGrade(int grade); // 中职: 13–15
// Periods the term requires, and those required by the time `elapsed` of `teaching` weeks passed.
int lessonsRequired(int grade, int teachingWeeks);
int lessonsRequiredToDate(int grade, int teachingWeeks, int elapsedWeeks);

// A term's plan as the rule sees it.
struct LessonTermPlan
{
    SchoolTerm term;
    QList<HolidaySpan> holidays; // the school's term's holidays (none for a calendar term)
    QList<QDate> weekStarts; // the Mondays of its teaching weeks
    // A school day of a teaching week: Monday–Friday, in the term, not a holiday.
    bool isSchoolDay(const QDate &day) const;
};

struct ClassLessonCoverage
{
    int grade = 0;
    QString className; // empty in a grade's row
    int classes = 1; // a grade's row: its classes
    int required = 0; // periods the whole term requires
    int requiredToDate = 0; // periods required by today
    int given = 0; // periods given in the term
    int lessons = 0; // lessons given in the term
    bool behind = false; // given < requiredToDate (a grade: any class behind)
    int shortBy() const { return requiredToDate > given ? requiredToDate - given : 0; }
    // 开课率: given / required, capped at 1 (a term that requires nothing: 1).
    double rate() const { return required > 0 ? (given >= required ? 1.0 : double(given) / required) : 1.0; }
};

struct LessonCoverage
{
    SchoolTerm term;
    QDate asOf; // clock::today()
    int teachingWeeks = 0;
    int weeksElapsed = 0;
    QList<ClassLessonCoverage> classes; // by grade, then class (2班 before 10班)
    // One row per grade (className empty): sums of its classes' periods; behind when any is.
    QList<ClassLessonCoverage> grades() const;
    QList<ClassLessonCoverage> behindClasses() const;
};

class LessonRepository final
{
public:
    LessonRepository(Database &db, QString actor);

    // Records a lesson. Throws Error(Rejected), writing nothing, naming the field: a grade outside
    // 1–15, no class or a class with no student, a missing or future day, periods outside 1–8, no
    // teacher, an over-long or multi-line text. Returns the id.
    qint64 record(const PsychLesson &lesson);
    // The same lesson given to several classes (批量登记): one transaction, all or nothing; the
    // lesson's grade and class are replaced by each class in turn. Returns the ids in order.
    QList<qint64> recordForClasses(const PsychLesson &lesson, const QList<ClassRef> &classes);
    // Throws Error(Rejected) when the lesson no longer exists; same checks as record().
    void update(const PsychLesson &lesson);
    void remove(qint64 lessonId);
    PsychLesson lesson(qint64 lessonId);

    // Lessons of the term (empty id: the current term), newest first; optionally one class.
    // A class teacher: their classes only (Denied when asking for another class).
    QList<PsychLesson> lessons(const QString &termId = {}, int grade = 0, const QString &className = {});
    // Coverage for the term (empty id: the current term). A class teacher gets their classes.
    LessonCoverage coverage(const QString &termId = {});
    // The term's teaching weeks and holidays (empty id: the current term).
    LessonTermPlan termPlan(const QString &termId = {});
    // The classes with enrolled students (the reader's), by grade and class: the class chooser.
    QList<ClassRef> classes();

    static constexpr int MaxTopicLength = 200;
    static constexpr int MaxNameLength = 100;
    static constexpr int CalendarTermWeeks = 20;
    static constexpr int VocationalPeriods = 10;

private:
    Database &m_db;
    QString m_actor;
};

} // namespace xinan
