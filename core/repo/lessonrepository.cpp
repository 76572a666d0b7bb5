#include "lessonrepository.h"

#include "../domain/student.h"
#include "../domain/text.h"
#include "../error.h"
#include "../platform/clock.h"
#include "../store/access.h"
#include "../store/database.h"
#include "audit.h"
#include "classscope.h"
#include "stamps.h"
#include "termcalendar.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LessonRepository)
};

bool classLess(int gradeA, const QString &classA, int gradeB, const QString &classB)
{
    if (gradeA != gradeB)
        return gradeA < gradeB;
    if (classA.size() != classB.size())
        return classA.size() < classB.size();
    return classA < classB;
}

SchoolTerm resolveTerm(Database &db, const QString &termId)
{
    TermCalendar calendar(db);
    return termId.trimmed().isEmpty() ? calendar.currentTerm() : calendar.term(termId);
}

QList<HolidaySpan> holidaysOf(Database &db, const SchoolTerm &term)
{
    QList<HolidaySpan> out;
    if (term.fromCalendar)
        return out;
    Statement st(db, "SELECT first_day, last_day FROM term_holidays WHERE term_id = ?");
    st.bind(1, term.id);
    while (st.step()) {
        const HolidaySpan h { dayFrom(st.text(0)), dayFrom(st.text(1)) };
        if (h.first.isValid() && h.last.isValid())
            out.append(h);
    }
    return out;
}

void limitText(const QString &text, const QString &field, int maxLength)
{
    if (text.size() > maxLength)
        throw Error(ErrorKind::Rejected,
            Tr::tr("\"%1\" has %2 characters; at most %3 fit. Shorten it.").arg(field).arg(text.size()).arg(maxLength));
    checkPlainText(field, text, false);
}

PsychLesson normalized(const PsychLesson &input)
{
    PsychLesson l = input;
    l.className = l.className.trimmed();
    l.teacher = l.teacher.trimmed();
    l.topic = l.topic.trimmed();
    return l;
}

void checkFields(const PsychLesson &l)
{
    if (l.grade < 1 || l.grade > 15)
        throw Error(
            ErrorKind::Rejected, Tr::tr("\"Grade\" is %1; give a grade from 1 (一年级) to 15 (中职三年级).").arg(l.grade));
    if (l.className.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("Choose the class (\"Class\") the lesson was given to."));
    limitText(l.className, Tr::tr("Class"), LessonRepository::MaxNameLength);
    if (!l.givenOn.isValid())
        throw Error(ErrorKind::Rejected, Tr::tr("Give the day the lesson was given (\"Date\")."));
    if (l.givenOn > clock::today())
        throw Error(ErrorKind::Rejected,
            Tr::tr("\"Date\" is %1, in the future. Record a lesson after it has been given.").arg(dayText(l.givenOn)));
    if (l.periods < 1 || l.periods > 8)
        throw Error(ErrorKind::Rejected, Tr::tr("\"Periods\" is %1; give from 1 to 8 periods (课时).").arg(l.periods));
    if (l.teacher.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("Give the teacher who gave the lesson (\"Teacher\")."));
    limitText(l.teacher, Tr::tr("Teacher"), LessonRepository::MaxNameLength);
    limitText(l.topic, Tr::tr("Topic"), LessonRepository::MaxTopicLength);
}

// The class has at least one student (any status: a lesson of a class since graduated stays).
void checkClass(Database &db, int grade, const QString &className)
{
    Statement st(db, "SELECT 1 FROM students WHERE grade = ? AND class_name = ? LIMIT 1");
    st.bind(1, grade).bind(2, className);
    if (!st.step())
        throw Error(ErrorKind::Rejected,
            Tr::tr("\"Class\": %1 %2 has no student. Choose one of the school's classes.").arg(gradeName(grade), className));
}

QString auditDetail(const PsychLesson &l)
{
    return QStringLiteral("grade %1, class %2, %3, periods %4, %5")
        .arg(l.grade)
        .arg(l.className, dayText(l.givenOn))
        .arg(l.periods)
        .arg(lessonFormCode(l.form));
}

qint64 insertLesson(Database &db, const QString &actor, const PsychLesson &l)
{
    Statement st(db,
        "INSERT INTO psych_lessons (grade, class_name, given_on, periods, teacher, topic, form, recorded_by, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, l.grade).bind(2, l.className).bind(3, dayText(l.givenOn)).bind(4, l.periods).bind(5, l.teacher);
    st.bind(6, l.topic).bind(7, lessonFormCode(l.form)).bind(8, actor).bind(9, nowStamp()).run();
    return db.lastInsertId();
}

constexpr auto SelectLesson = "SELECT id, grade, class_name, given_on, periods, teacher, topic, form, recorded_by "
                              "FROM psych_lessons ";

PsychLesson readLesson(Statement &st)
{
    PsychLesson l;
    l.id = st.int64(0);
    l.grade = st.integer(1);
    l.className = st.text(2);
    l.givenOn = dayFrom(st.text(3));
    l.periods = st.integer(4);
    l.teacher = st.text(5);
    l.topic = st.text(6);
    l.form = lessonFormFromCode(st.text(7)).value_or(LessonForm::Other);
    l.recordedBy = st.text(8);
    return l;
}

std::optional<PsychLesson> findLesson(Database &db, qint64 id)
{
    Statement st(db, QByteArray(QByteArray(SelectLesson) + "WHERE id = ?").constData());
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readLesson(st);
}

} // namespace

// ---- codes ----

QString lessonFormCode(LessonForm f)
{
    switch (f) {
    case LessonForm::Lesson:
        return QStringLiteral("lesson");
    case LessonForm::Activity:
        return QStringLiteral("activity");
    case LessonForm::Group:
        return QStringLiteral("group");
    case LessonForm::Online:
        return QStringLiteral("online");
    case LessonForm::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<LessonForm> lessonFormFromCode(const QString &code)
{
    for (LessonForm f : allLessonForms())
        if (lessonFormCode(f) == code)
            return f;
    return std::nullopt;
}

QString lessonFormName(LessonForm f)
{
    switch (f) {
    case LessonForm::Lesson:
        return Tr::tr("Class lesson");
    case LessonForm::Activity:
        return Tr::tr("Theme activity");
    case LessonForm::Group:
        return Tr::tr("Group guidance");
    case LessonForm::Online:
        return Tr::tr("Online");
    case LessonForm::Other:
        break;
    }
    return Tr::tr("Other");
}

QList<LessonForm> allLessonForms()
{
    return { LessonForm::Lesson, LessonForm::Activity, LessonForm::Group, LessonForm::Online, LessonForm::Other };
}

// ---- the rule ----

QList<QDate> teachingWeekStarts(const SchoolTerm &term, const QList<HolidaySpan> &holidays)
{
    QList<QDate> out;
    if (!term.startsOn.isValid() || !term.endsOn.isValid() || term.endsOn < term.startsOn)
        return out;
    const QDate firstMonday = term.startsOn.addDays(1 - term.startsOn.dayOfWeek());
    int index = 0;
    for (QDate monday = firstMonday; monday <= term.endsOn; monday = monday.addDays(7), ++index) {
        if (term.fromCalendar && index >= LessonRepository::CalendarTermWeeks)
            break;
        bool teaching = false;
        for (int d = 0; d < 5 && !teaching; ++d) {
            const QDate day = monday.addDays(d);
            if (!term.contains(day))
                continue;
            const bool holiday = std::any_of(
                holidays.cbegin(), holidays.cend(), [&](const HolidaySpan &h) { return day >= h.first && day <= h.last; });
            teaching = !holiday;
        }
        if (teaching)
            out.append(monday);
    }
    return out;
}

int weeksElapsed(const QList<QDate> &starts, const QDate &asOf)
{
    // A week is over once its Sunday has come.
    return static_cast<int>(std::count_if(starts.cbegin(), starts.cend(), [&](const QDate &m) { return m.addDays(6) <= asOf; }));
}

bool isVocationalGrade(int grade)
{
    return grade >= 13 && grade <= 15;
}

int lessonsRequired(int grade, int teachingWeeks)
{
    if (teachingWeeks <= 0)
        return 0;
    return isVocationalGrade(grade) ? LessonRepository::VocationalPeriods : (teachingWeeks + 1) / 2;
}

int lessonsRequiredToDate(int grade, int teachingWeeks, int elapsedWeeks)
{
    if (teachingWeeks <= 0 || elapsedWeeks <= 0)
        return 0;
    if (elapsedWeeks >= teachingWeeks)
        return lessonsRequired(grade, teachingWeeks);
    return isVocationalGrade(grade) ? LessonRepository::VocationalPeriods * elapsedWeeks / teachingWeeks : elapsedWeeks / 2;
}

bool LessonTermPlan::isSchoolDay(const QDate &day) const
{
    if (!term.contains(day) || day.dayOfWeek() > 5)
        return false;
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    if (!weekStarts.contains(monday))
        return false;
    return std::none_of(
        holidays.cbegin(), holidays.cend(), [&](const HolidaySpan &h) { return day >= h.first && day <= h.last; });
}

QList<ClassLessonCoverage> LessonCoverage::grades() const
{
    QList<ClassLessonCoverage> out;
    for (const ClassLessonCoverage &c : classes) {
        if (out.isEmpty() || out.last().grade != c.grade) {
            ClassLessonCoverage g;
            g.grade = c.grade;
            g.classes = 0;
            out.append(g);
        }
        ClassLessonCoverage &g = out.last();
        ++g.classes;
        g.required += c.required;
        g.requiredToDate += c.requiredToDate;
        g.given += c.given;
        g.lessons += c.lessons;
        g.behind = g.behind || c.behind;
    }
    return out;
}

QList<ClassLessonCoverage> LessonCoverage::behindClasses() const
{
    QList<ClassLessonCoverage> out;
    for (const ClassLessonCoverage &c : classes)
        if (c.behind)
            out.append(c);
    return out;
}

// ---- the repository ----

LessonRepository::LessonRepository(Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

qint64 LessonRepository::record(const PsychLesson &input)
{
    return recordForClasses(input, { ClassRef { input.grade, input.className } }).first();
}

QList<qint64> LessonRepository::recordForClasses(const PsychLesson &input, const QList<ClassRef> &classes)
{
    requireAccess(m_db.access(), DataKind::Lessons, AccessOp::Write);
    if (classes.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("Choose at least one class (\"Class\") the lesson was given to."));
    QList<PsychLesson> checked;
    for (const ClassRef &c : classes) {
        PsychLesson l = input;
        l.grade = c.grade;
        l.className = c.className;
        l = normalized(l);
        checkFields(l);
        checked.append(l);
    }
    Transaction tx(m_db);
    QList<qint64> ids;
    for (const PsychLesson &l : checked) {
        checkClass(m_db, l.grade, l.className);
        const qint64 id = insertLesson(m_db, m_actor, l);
        appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("psych_lesson"), id, auditDetail(l));
        ids << id;
    }
    tx.commit();
    return ids;
}

void LessonRepository::update(const PsychLesson &input)
{
    requireAccess(m_db.access(), DataKind::Lessons, AccessOp::Write);
    const PsychLesson l = normalized(input);
    checkFields(l);
    Transaction tx(m_db);
    if (!findLesson(m_db, l.id))
        throw Error(ErrorKind::Rejected, Tr::tr("The lesson no longer exists; it may have been deleted."));
    checkClass(m_db, l.grade, l.className);
    Statement st(m_db,
        "UPDATE psych_lessons SET grade = ?, class_name = ?, given_on = ?, periods = ?, teacher = ?, topic = ?, form = ? "
        "WHERE id = ?");
    st.bind(1, l.grade).bind(2, l.className).bind(3, dayText(l.givenOn)).bind(4, l.periods).bind(5, l.teacher);
    st.bind(6, l.topic).bind(7, lessonFormCode(l.form)).bind(8, l.id).run();
    appendAudit(m_db, m_actor, QStringLiteral("update"), QStringLiteral("psych_lesson"), l.id, auditDetail(l));
    tx.commit();
}

void LessonRepository::remove(qint64 lessonId)
{
    requireAccess(m_db.access(), DataKind::Lessons, AccessOp::Write);
    Transaction tx(m_db);
    const auto found = findLesson(m_db, lessonId);
    if (!found)
        throw Error(ErrorKind::Rejected, Tr::tr("The lesson no longer exists; it may have been deleted."));
    Statement st(m_db, "DELETE FROM psych_lessons WHERE id = ?");
    st.bind(1, lessonId).run();
    appendAudit(m_db, m_actor, QStringLiteral("delete"), QStringLiteral("psych_lesson"), lessonId, auditDetail(*found));
    tx.commit();
}

PsychLesson LessonRepository::lesson(qint64 lessonId)
{
    requireAccess(m_db.access(), DataKind::Lessons, AccessOp::Read);
    const auto found = findLesson(m_db, lessonId);
    if (!found)
        throw Error(ErrorKind::Rejected, Tr::tr("The lesson no longer exists; it may have been deleted."));
    requireClassAccess(m_db.access(), DataKind::Lessons, AccessOp::Read, found->grade, found->className);
    return *found;
}

QList<PsychLesson> LessonRepository::lessons(const QString &termId, int grade, const QString &className)
{
    const Access &access = m_db.access();
    requireAccess(access, DataKind::Lessons, AccessOp::Read);
    if (grade > 0 && !className.isEmpty())
        requireClassAccess(access, DataKind::Lessons, AccessOp::Read, grade, className);
    const SchoolTerm term = resolveTerm(m_db, termId);
    const ClassScope scope(access, 5);
    Statement st(m_db,
        QByteArray(QByteArray(SelectLesson)
            + "WHERE given_on >= ?1 AND given_on <= ?2 AND (?3 = 0 OR grade = ?3) AND (?4 = '' OR class_name = ?4)"
            + scope.condition("grade", "class_name") + " ORDER BY given_on DESC, id DESC")
            .constData());
    st.bind(1, dayText(term.startsOn)).bind(2, dayText(term.endsOn)).bind(3, grade).bind(4, className);
    scope.bind(st);
    QList<PsychLesson> out;
    while (st.step())
        out.append(readLesson(st));
    return out;
}

LessonTermPlan LessonRepository::termPlan(const QString &termId)
{
    requireAccess(m_db.access(), DataKind::Lessons, AccessOp::Read);
    LessonTermPlan plan;
    plan.term = resolveTerm(m_db, termId);
    plan.holidays = holidaysOf(m_db, plan.term);
    plan.weekStarts = teachingWeekStarts(plan.term, plan.holidays);
    return plan;
}

QList<ClassRef> LessonRepository::classes()
{
    const Access &access = m_db.access();
    requireAccess(access, DataKind::Lessons, AccessOp::Read);
    const ClassScope scope(access, 1);
    Statement st(m_db,
        QByteArray(QByteArray("SELECT DISTINCT grade, class_name FROM students WHERE status = 'enrolled'")
            + scope.condition("grade", "class_name"))
            .constData());
    scope.bind(st);
    QList<ClassRef> out;
    while (st.step())
        out.append(ClassRef { st.integer(0), st.text(1) });
    std::sort(out.begin(), out.end(),
        [](const ClassRef &a, const ClassRef &b) { return classLess(a.grade, a.className, b.grade, b.className); });
    return out;
}

LessonCoverage LessonRepository::coverage(const QString &termId)
{
    const Access &access = m_db.access();
    requireAccess(access, DataKind::Lessons, AccessOp::Read);
    LessonCoverage out;
    const LessonTermPlan plan = termPlan(termId);
    out.term = plan.term;
    out.asOf = clock::today();
    const QList<QDate> &weeks = plan.weekStarts;
    out.teachingWeeks = static_cast<int>(weeks.size());
    out.weeksElapsed = weeksElapsed(weeks, out.asOf);

    std::map<std::pair<int, QString>, qsizetype> index;
    for (const ClassRef &c : classes()) {
        ClassLessonCoverage row;
        row.grade = c.grade;
        row.className = c.className;
        row.required = lessonsRequired(c.grade, out.teachingWeeks);
        row.requiredToDate = lessonsRequiredToDate(c.grade, out.teachingWeeks, out.weeksElapsed);
        index.emplace(std::make_pair(c.grade, c.className), out.classes.size());
        out.classes.append(row);
    }
    const ClassScope scope(access, 3);
    Statement st(m_db,
        QByteArray(QByteArray("SELECT grade, class_name, sum(periods), count(*) FROM psych_lessons "
                              "WHERE given_on >= ?1 AND given_on <= ?2")
            + scope.condition("grade", "class_name") + " GROUP BY grade, class_name")
            .constData());
    st.bind(1, dayText(out.term.startsOn)).bind(2, dayText(out.term.endsOn));
    scope.bind(st);
    while (st.step()) {
        const auto it = index.find(std::make_pair(st.integer(0), st.text(1)));
        if (it == index.end())
            continue; // a class with no enrolled student any more
        out.classes[it->second].given = st.integer(2);
        out.classes[it->second].lessons = st.integer(3);
    }
    for (ClassLessonCoverage &c : out.classes)
        c.behind = c.given < c.requiredToDate;
    return out;
}

} // namespace xinan
