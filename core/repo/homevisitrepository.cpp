#include "homevisitrepository.h"

#include "../domain/text.h"
#include "../error.h"
#include "../platform/clock.h"
#include "../store/access.h"
#include "../store/database.h"
#include "audit.h"
#include "classscope.h"
#include "settingsrepository.h"
#include "stamps.h"
#include "termcalendar.h"
#include "timelineentry.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <array>
#include <map>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HomeVisitRepository)
};

constexpr int MaxNameLength = 100;
constexpr auto TimeFormat = "yyyy-MM-ddTHH:mm";

struct FamilyTag
{
    const char *code;
    const char *name;
};

constexpr std::array<FamilyTag, 8> FamilyTags { {
    { "single_parent", QT_TRANSLATE_NOOP("HomeVisitRepository", "Single parent") },
    { "left_behind", QT_TRANSLATE_NOOP("HomeVisitRepository", "Left-behind child") },
    { "grandparents", QT_TRANSLATE_NOOP("HomeVisitRepository", "Raised by grandparents") },
    { "low_income", QT_TRANSLATE_NOOP("HomeVisitRepository", "Minimum living allowance") },
    { "disability", QT_TRANSLATE_NOOP("HomeVisitRepository", "Disability in the family") },
    { "migrant", QT_TRANSLATE_NOOP("HomeVisitRepository", "Migrant family") },
    { "remarried", QT_TRANSLATE_NOOP("HomeVisitRepository", "Blended family") },
    { "hardship", QT_TRANSLATE_NOOP("HomeVisitRepository", "Financial hardship") },
} };

QString timeText(const QDateTime &at)
{
    return at.toString(QLatin1String(TimeFormat));
}

QDateTime timeFrom(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, QLatin1String(TimeFormat));
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t;
}

// visited_at is "yyyy-MM-ddTHH:mm": a day's visits are those >= "day" and < "day+1".
QString dayStart(const QDate &d)
{
    return dayText(d);
}
QString dayAfter(const QDate &d)
{
    return dayText(d.addDays(1));
}

// Grade, then class (2班 before 10班), as the SQL lists order them.
bool classLess(int gradeA, const QString &classA, int gradeB, const QString &classB)
{
    if (gradeA != gradeB)
        return gradeA < gradeB;
    if (classA.size() != classB.size())
        return classA.size() < classB.size();
    return classA < classB;
}

void limitText(const QString &text, const QString &field, int maxLength, bool multiLine)
{
    if (text.size() > maxLength)
        throw Error(ErrorKind::Rejected,
            Tr::tr("\"%1\" has %2 characters; at most %3 fit. Shorten it.").arg(field).arg(text.size()).arg(maxLength));
    checkPlainText(field, text, multiLine);
}

HomeVisit normalized(const HomeVisit &input)
{
    HomeVisit v = input;
    v.metWhom = v.metWhom.trimmed();
    v.metRelation = v.metRelation.trimmed();
    v.familyNotes = v.familyNotes.trimmed();
    v.studentAtHome = v.studentAtHome.trimmed();
    v.parentsViews = v.parentsViews.trimmed();
    v.agreed = v.agreed.trimmed();
    v.followupOwner = v.followupOwner.trimmed();
    for (Visitor &who : v.visitors) {
        who.name = who.name.trimmed();
        who.account = who.account.trimmed();
    }
    QStringList tags;
    for (const QString &t : v.familyTags)
        if (!t.trimmed().isEmpty() && !tags.contains(t.trimmed()))
            tags << t.trimmed();
    v.familyTags = tags;
    QList<qint64> ids;
    for (qint64 id : v.studentIds)
        if (!ids.contains(id))
            ids << id;
    v.studentIds = ids;
    if (v.visitedAt.isValid())
        v.visitedAt = QDateTime(v.visitedAt.date(), QTime(v.visitedAt.time().hour(), v.visitedAt.time().minute()));
    return v;
}

// The checks that need no database.
void checkFields(const HomeVisit &v)
{
    if (v.studentIds.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("Choose at least one student for the home visit."));
    if (!v.visitedAt.isValid())
        throw Error(ErrorKind::Rejected, Tr::tr("Give the date and time of the home visit (\"Visited on\")."));
    if (v.visitedAt > clock::now())
        throw Error(ErrorKind::Rejected,
            Tr::tr("\"Visited on\" is %1, in the future. Record a visit after it has taken place.")
                .arg(v.visitedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    if (v.visitors.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("Name at least one visitor (\"Visitors\"): who went on the home visit."));
    for (const Visitor &who : v.visitors) {
        if (who.name.isEmpty())
            throw Error(ErrorKind::Rejected,
                Tr::tr("A visitor (%1) has no name. Fill in \"Visitors\" with each visitor's name.")
                    .arg(visitorRoleName(who.role)));
        limitText(who.name, Tr::tr("Visitors"), MaxNameLength, false);
        limitText(who.account, Tr::tr("Visitors"), MaxNameLength, false);
    }
    if (v.followupOn.isValid() && v.followupOn < v.visitedAt.date())
        throw Error(ErrorKind::Rejected,
            Tr::tr("\"Follow-up on\" (%1) is before the visit (%2). Give a later day or none.")
                .arg(dayText(v.followupOn), dayText(v.visitedAt.date())));
    const QStringList known = familyTagCodes();
    for (const QString &t : v.familyTags)
        if (!known.contains(t))
            throw Error(ErrorKind::Rejected,
                Tr::tr("\"Family situation\" has the unknown tag \"%1\". Use one of: %2.")
                    .arg(t, known.join(QStringLiteral(", "))));
    limitText(v.metWhom, Tr::tr("Met whom"), MaxNameLength, false);
    limitText(v.metRelation, Tr::tr("Relation to the student"), MaxNameLength, false);
    limitText(v.familyNotes, Tr::tr("Family situation"), HomeVisitRepository::MaxTextLength, true);
    limitText(v.studentAtHome, Tr::tr("The student at home"), HomeVisitRepository::MaxTextLength, true);
    limitText(v.parentsViews, Tr::tr("Parents' views and needs"), HomeVisitRepository::MaxTextLength, true);
    limitText(v.agreed, Tr::tr("What was agreed"), HomeVisitRepository::MaxTextLength, true);
    limitText(v.followupOwner, Tr::tr("Follow-up by"), MaxNameLength, false);
}

struct StudentClass
{
    int grade = 0;
    QString className;
    QString status;
};

std::optional<StudentClass> studentClass(Database &db, qint64 id)
{
    Statement &st = db.cached("SELECT grade, class_name, status FROM students WHERE id = ?");
    st.reset();
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    StudentClass c { st.integer(0), st.text(1), st.text(2) };
    st.reset();
    return c;
}

// Every student exists, is enrolled, and (class teachers) is in the writer's classes.
void checkStudents(Database &db, const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        const auto c = studentClass(db, id);
        if (!c)
            throw Error(ErrorKind::Rejected,
                Tr::tr("\"Students\": the student record %1 no longer exists; it may have been deleted.").arg(id));
        requireClassAccess(db.access(), DataKind::HomeVisits, AccessOp::Write, c->grade, c->className);
        if (c->status != QLatin1String("enrolled"))
            throw Error(ErrorKind::Rejected,
                Tr::tr("\"Students\": student %1 is not enrolled (在读); home visits are recorded for enrolled students only.")
                    .arg(id));
    }
}

void writeChildren(Database &db, qint64 visitId, const HomeVisit &v)
{
    Statement students(db, "INSERT INTO home_visit_students (visit_id, student_id) VALUES (?, ?)");
    for (qint64 id : v.studentIds) {
        students.bind(1, visitId).bind(2, id).run();
        students.reset();
    }
    Statement visitors(db, "INSERT INTO home_visit_visitors (visit_id, position, role, account, name) VALUES (?, ?, ?, ?, ?)");
    for (qsizetype i = 0; i < v.visitors.size(); ++i) {
        const Visitor &who = v.visitors.at(i);
        visitors.bind(1, visitId).bind(2, static_cast<int>(i)).bind(3, visitorRoleCode(who.role));
        visitors.bindOptional(4, who.account).bind(5, who.name).run();
        visitors.reset();
    }
}

QString idList(const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(u',');
}

QString auditDetail(const HomeVisit &v)
{
    return QStringLiteral("students %1, %2, %3").arg(idList(v.studentIds), visitFormCode(v.form), visitPurposeCode(v.purpose));
}

qint64 insertVisit(Database &db, const QString &actor, const HomeVisit &v)
{
    const QString now = nowStamp();
    Statement st(db,
        "INSERT INTO home_visits (visited_at, form, purpose, met_whom, met_relation, family_tags, family_notes, "
        "student_at_home, parents_views, agreed, followup_on, followup_owner, source, recorded_by, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, timeText(v.visitedAt)).bind(2, visitFormCode(v.form)).bind(3, visitPurposeCode(v.purpose));
    st.bind(4, v.metWhom).bind(5, v.metRelation).bind(6, v.familyTags.join(u',')).bind(7, v.familyNotes);
    st.bind(8, v.studentAtHome).bind(9, v.parentsViews).bind(10, v.agreed);
    st.bindOptional(11, v.followupOn.isValid() ? dayText(v.followupOn) : QString()).bind(12, v.followupOwner);
    st.bind(13, v.imported ? "import" : "manual").bind(14, actor).bind(15, now).bind(16, now).run();
    const qint64 id = db.lastInsertId();
    writeChildren(db, id, v);
    return id;
}

// Reads visits whose id the condition selects; `where` is a condition on home_visits hv and
// `bind` binds its parameters (the same in the three queries). Students are those the reader
// may see; a visit with none of them is left out.
template<typename Bind> QList<HomeVisit> readVisits(Database &db, const QByteArray &where, Bind bind)
{
    const Access &access = db.access();
    QHash<qint64, QList<VisitStudent>> students;
    {
        const QByteArray sql = QByteArray("SELECT x.visit_id, s.id, s.student_no, s.name, s.grade, s.class_name "
                                          "FROM home_visit_students x JOIN home_visits hv ON hv.id = x.visit_id "
                                          "JOIN students s ON s.id = x.student_id WHERE ")
            + where
            + " ORDER BY x.visit_id, s.grade, length(s.class_name), s.class_name, "
              "substr(s.search_key, instr(s.search_key, '|') + 1), s.id";
        Statement st(db, sql.constData());
        bind(st);
        while (st.step()) {
            VisitStudent s { st.int64(1), st.text(2), st.text(3), st.integer(4), st.text(5) };
            if (!access.seesClass(s.grade, s.className))
                continue;
            students[st.int64(0)].append(s);
        }
    }
    QHash<qint64, QList<Visitor>> visitors;
    {
        const QByteArray sql = QByteArray("SELECT v.visit_id, v.role, v.account, v.name FROM home_visit_visitors v "
                                          "JOIN home_visits hv ON hv.id = v.visit_id WHERE ")
            + where + " ORDER BY v.visit_id, v.position";
        Statement st(db, sql.constData());
        bind(st);
        while (st.step()) {
            Visitor who;
            who.role = visitorRoleFromCode(st.text(1)).value_or(VisitorRole::Other);
            who.account = st.isNull(2) ? QString() : st.text(2);
            who.name = st.text(3);
            visitors[st.int64(0)].append(who);
        }
    }
    QList<HomeVisit> out;
    const QByteArray sql = QByteArray("SELECT hv.id, hv.visited_at, hv.form, hv.purpose, hv.met_whom, hv.met_relation, "
                                      "hv.family_tags, hv.family_notes, hv.student_at_home, hv.parents_views, hv.agreed, "
                                      "hv.followup_on, hv.followup_owner, hv.source, hv.recorded_by FROM home_visits hv WHERE ")
        + where + " ORDER BY hv.visited_at DESC, hv.id DESC";
    Statement st(db, sql.constData());
    bind(st);
    while (st.step()) {
        HomeVisit v;
        v.id = st.int64(0);
        const auto found = students.constFind(v.id);
        if (found == students.constEnd())
            continue; // none of its students is the reader's to see
        v.students = found.value();
        for (const VisitStudent &s : v.students)
            v.studentIds << s.id;
        v.visitors = visitors.value(v.id);
        v.visitedAt = timeFrom(st.text(1));
        v.form = visitFormFromCode(st.text(2)).value_or(VisitForm::Onsite);
        v.purpose = visitPurposeFromCode(st.text(3)).value_or(VisitPurpose::Routine);
        v.metWhom = st.text(4);
        v.metRelation = st.text(5);
        v.familyTags = st.text(6).split(u',', Qt::SkipEmptyParts);
        v.familyNotes = st.text(7);
        v.studentAtHome = st.text(8);
        v.parentsViews = st.text(9);
        v.agreed = st.text(10);
        v.followupOn = st.isNull(11) ? QDate() : dayFrom(st.text(11));
        v.followupOwner = st.text(12);
        v.imported = st.text(13) == QLatin1String("import");
        v.recordedBy = st.text(14);
        out.append(v);
    }
    return out;
}

SchoolTerm resolveTerm(Database &db, const QString &termId)
{
    TermCalendar calendar(db);
    return termId.trimmed().isEmpty() ? calendar.currentTerm() : calendar.term(termId);
}

bool isIntakeGrade(int grade)
{
    return grade == 1 || grade == 7 || grade == 10 || grade == 13;
}

void applyRules(ClassVisitCoverage &c, const CoverageRules &rules, const SchoolTerm &term)
{
    c.missing = c.enrolled - c.visited;
    c.required = c.enrolled;
    c.requiredOnsite = 0;
    if (rules.base == CoverageRules::Base::ClassSize && c.enrolled >= 50) {
        c.required = (c.enrolled + 1) / 2;
        c.requiredOnsite = (c.enrolled + 1) / 2;
    }
    if (rules.intakeGrades && term.number() == 1 && isIntakeGrade(c.grade))
        c.required = c.enrolled;
    c.behind = c.visited < c.required || c.onsite < c.requiredOnsite;
}

QDate monthEnd(const QDate &d)
{
    return QDate(d.year(), d.month(), d.daysInMonth());
}

} // namespace

// ---- codes and names ----

QString visitFormCode(VisitForm f)
{
    switch (f) {
    case VisitForm::Onsite:
        return QStringLiteral("onsite");
    case VisitForm::Phone:
        return QStringLiteral("phone");
    case VisitForm::Video:
        return QStringLiteral("video");
    case VisitForm::School:
        return QStringLiteral("school");
    }
    return QStringLiteral("onsite");
}

std::optional<VisitForm> visitFormFromCode(const QString &code)
{
    for (VisitForm f : allVisitForms())
        if (visitFormCode(f) == code)
            return f;
    return std::nullopt;
}

QString visitPurposeCode(VisitPurpose p)
{
    switch (p) {
    case VisitPurpose::Routine:
        return QStringLiteral("routine");
    case VisitPurpose::Key:
        return QStringLiteral("key");
    case VisitPurpose::PostCrisis:
        return QStringLiteral("post_crisis");
    case VisitPurpose::PostReturn:
        return QStringLiteral("post_return");
    case VisitPurpose::LeftBehind:
        return QStringLiteral("left_behind");
    }
    return QStringLiteral("routine");
}

std::optional<VisitPurpose> visitPurposeFromCode(const QString &code)
{
    for (VisitPurpose p : allVisitPurposes())
        if (visitPurposeCode(p) == code)
            return p;
    return std::nullopt;
}

QString visitorRoleCode(VisitorRole r)
{
    switch (r) {
    case VisitorRole::ClassTeacher:
        return QStringLiteral("class_teacher");
    case VisitorRole::Counsellor:
        return QStringLiteral("counsellor");
    case VisitorRole::SubjectTeacher:
        return QStringLiteral("subject_teacher");
    case VisitorRole::Leader:
        return QStringLiteral("leader");
    case VisitorRole::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

std::optional<VisitorRole> visitorRoleFromCode(const QString &code)
{
    for (VisitorRole r : allVisitorRoles())
        if (visitorRoleCode(r) == code)
            return r;
    return std::nullopt;
}

QString visitFormName(VisitForm f)
{
    switch (f) {
    case VisitForm::Onsite:
        return Tr::tr("On site");
    case VisitForm::Phone:
        return Tr::tr("Phone");
    case VisitForm::Video:
        return Tr::tr("Video");
    case VisitForm::School:
        return Tr::tr("Meeting at school");
    }
    return {};
}

QString visitPurposeName(VisitPurpose p)
{
    switch (p) {
    case VisitPurpose::Routine:
        return Tr::tr("Routine");
    case VisitPurpose::Key:
        return Tr::tr("Key student");
    case VisitPurpose::PostCrisis:
        return Tr::tr("After a crisis");
    case VisitPurpose::PostReturn:
        return Tr::tr("After returning to school");
    case VisitPurpose::LeftBehind:
        return Tr::tr("Left-behind or in difficulty");
    }
    return {};
}

QString visitorRoleName(VisitorRole r)
{
    switch (r) {
    case VisitorRole::ClassTeacher:
        return Tr::tr("Class teacher");
    case VisitorRole::Counsellor:
        return Tr::tr("Counselling teacher");
    case VisitorRole::SubjectTeacher:
        return Tr::tr("Subject teacher");
    case VisitorRole::Leader:
        return Tr::tr("School leader");
    case VisitorRole::Other:
        return Tr::tr("Other");
    }
    return {};
}

QList<VisitForm> allVisitForms()
{
    return { VisitForm::Onsite, VisitForm::Phone, VisitForm::Video, VisitForm::School };
}

QList<VisitPurpose> allVisitPurposes()
{
    return { VisitPurpose::Routine, VisitPurpose::Key, VisitPurpose::PostCrisis, VisitPurpose::PostReturn,
        VisitPurpose::LeftBehind };
}

QList<VisitorRole> allVisitorRoles()
{
    return { VisitorRole::ClassTeacher, VisitorRole::Counsellor, VisitorRole::SubjectTeacher, VisitorRole::Leader,
        VisitorRole::Other };
}

QStringList familyTagCodes()
{
    QStringList out;
    for (const FamilyTag &t : FamilyTags)
        out << QLatin1String(t.code);
    return out;
}

QString familyTagName(const QString &code)
{
    for (const FamilyTag &t : FamilyTags)
        if (code == QLatin1String(t.code))
            return QCoreApplication::translate("HomeVisitRepository", t.name);
    return code;
}

QString dueVisitReason(DueVisit::Why why)
{
    switch (why) {
    case DueVisit::Why::KeyMonthly:
        return Tr::tr("Key student: a home visit every month");
    case DueVisit::Why::KeyOnsite:
        return Tr::tr("Key student: an on-site visit this term");
    case DueVisit::Why::AfterReturn:
        return Tr::tr("Returned to school: a home visit within two weeks");
    }
    return {};
}

QList<ClassVisitCoverage> TermCoverage::grades() const
{
    QList<ClassVisitCoverage> out;
    for (const ClassVisitCoverage &c : classes) {
        if (out.isEmpty() || out.last().grade != c.grade) {
            ClassVisitCoverage g;
            g.grade = c.grade;
            out.append(g);
        }
        ClassVisitCoverage &g = out.last();
        g.enrolled += c.enrolled;
        g.visited += c.visited;
        g.onsite += c.onsite;
        g.missing += c.missing;
        g.required += c.required;
        g.requiredOnsite += c.requiredOnsite;
        g.behind = g.behind || c.behind; // a grade is behind when one of its classes is
    }
    return out;
}

// ---- the repository ----

HomeVisitRepository::HomeVisitRepository(Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

qint64 HomeVisitRepository::add(const HomeVisit &input)
{
    requireAccess(m_db.access(), DataKind::HomeVisits, AccessOp::Write);
    const HomeVisit v = normalized(input);
    checkFields(v);
    Transaction tx(m_db);
    checkStudents(m_db, v.studentIds);
    const qint64 id = insertVisit(m_db, m_actor, v);
    appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("home_visit"), id, auditDetail(v));
    tx.commit();
    return id;
}

QList<qint64> HomeVisitRepository::addAll(const QList<HomeVisit> &visits)
{
    requireAccess(m_db.access(), DataKind::HomeVisits, AccessOp::Write);
    QList<HomeVisit> checked;
    checked.reserve(visits.size());
    for (qsizetype i = 0; i < visits.size(); ++i) {
        HomeVisit v = normalized(visits.at(i));
        try {
            checkFields(v);
        } catch (const Error &e) {
            throw Error(e.kind(), Tr::tr("Visit %1 of %2: %3").arg(i + 1).arg(visits.size()).arg(e.message()));
        }
        checked.append(v);
    }
    Transaction tx(m_db);
    QList<qint64> ids;
    int students = 0;
    for (qsizetype i = 0; i < checked.size(); ++i) {
        try {
            checkStudents(m_db, checked.at(i).studentIds);
        } catch (const Error &e) {
            throw Error(e.kind(), Tr::tr("Visit %1 of %2: %3").arg(i + 1).arg(checked.size()).arg(e.message()));
        }
        ids << insertVisit(m_db, m_actor, checked.at(i));
        students += static_cast<int>(checked.at(i).studentIds.size());
    }
    if (!ids.isEmpty())
        appendAudit(m_db, m_actor, QStringLiteral("import"), QStringLiteral("home_visit"), 0,
            QStringLiteral("visits=%1 students=%2 ids=%3-%4").arg(ids.size()).arg(students).arg(ids.first()).arg(ids.last()));
    tx.commit();
    return ids;
}

void HomeVisitRepository::update(const HomeVisit &input)
{
    requireAccess(m_db.access(), DataKind::HomeVisits, AccessOp::Write);
    const HomeVisit v = normalized(input);
    checkFields(v);
    Transaction tx(m_db);
    Statement existing(m_db, "SELECT student_id FROM home_visit_students WHERE visit_id = ?");
    existing.bind(1, v.id);
    QList<qint64> before;
    while (existing.step())
        before << existing.int64(0);
    Statement exists(m_db, "SELECT 1 FROM home_visits WHERE id = ?");
    exists.bind(1, v.id);
    if (!exists.step())
        throw Error(ErrorKind::Rejected, Tr::tr("The home visit no longer exists; it may have been deleted."));
    // A class teacher changes only a visit whose students are all in their classes.
    for (qint64 id : before)
        if (const auto c = studentClass(m_db, id))
            requireClassAccess(m_db.access(), DataKind::HomeVisits, AccessOp::Write, c->grade, c->className);
    // Students already on the visit may have left since; only the new ones must be enrolled.
    QList<qint64> added;
    for (qint64 id : v.studentIds)
        if (!before.contains(id))
            added << id;
    checkStudents(m_db, added);
    for (qint64 id : v.studentIds)
        if (before.contains(id))
            if (!studentClass(m_db, id))
                throw Error(ErrorKind::Rejected, Tr::tr("\"Students\": the student record %1 no longer exists.").arg(id));
    Statement st(m_db,
        "UPDATE home_visits SET visited_at = ?, form = ?, purpose = ?, met_whom = ?, met_relation = ?, family_tags = ?, "
        "family_notes = ?, student_at_home = ?, parents_views = ?, agreed = ?, followup_on = ?, followup_owner = ?, "
        "updated_at = ? WHERE id = ?");
    st.bind(1, timeText(v.visitedAt)).bind(2, visitFormCode(v.form)).bind(3, visitPurposeCode(v.purpose));
    st.bind(4, v.metWhom).bind(5, v.metRelation).bind(6, v.familyTags.join(u',')).bind(7, v.familyNotes);
    st.bind(8, v.studentAtHome).bind(9, v.parentsViews).bind(10, v.agreed);
    st.bindOptional(11, v.followupOn.isValid() ? dayText(v.followupOn) : QString()).bind(12, v.followupOwner);
    st.bind(13, nowStamp()).bind(14, v.id).run();
    Statement clearStudents(m_db, "DELETE FROM home_visit_students WHERE visit_id = ?");
    clearStudents.bind(1, v.id).run();
    Statement clearVisitors(m_db, "DELETE FROM home_visit_visitors WHERE visit_id = ?");
    clearVisitors.bind(1, v.id).run();
    writeChildren(m_db, v.id, v);
    appendAudit(m_db, m_actor, QStringLiteral("update"), QStringLiteral("home_visit"), v.id, auditDetail(v));
    tx.commit();
}

void HomeVisitRepository::remove(qint64 visitId)
{
    requireAccess(m_db.access(), DataKind::HomeVisits, AccessOp::Write);
    Transaction tx(m_db);
    Statement exists(m_db, "SELECT 1 FROM home_visits WHERE id = ?");
    exists.bind(1, visitId);
    if (!exists.step())
        throw Error(ErrorKind::Rejected, Tr::tr("The home visit no longer exists; it may have been deleted."));
    Statement students(m_db,
        "SELECT s.id, s.grade, s.class_name FROM home_visit_students x JOIN students s ON s.id = x.student_id "
        "WHERE x.visit_id = ?");
    students.bind(1, visitId);
    QList<qint64> ids;
    while (students.step()) {
        requireClassAccess(m_db.access(), DataKind::HomeVisits, AccessOp::Write, students.integer(1), students.text(2));
        ids << students.int64(0);
    }
    Statement st(m_db, "DELETE FROM home_visits WHERE id = ?");
    st.bind(1, visitId).run();
    appendAudit(m_db, m_actor, QStringLiteral("delete"), QStringLiteral("home_visit"), visitId,
        QStringLiteral("students %1").arg(idList(ids)));
    tx.commit();
}

HomeVisit HomeVisitRepository::visit(qint64 visitId)
{
    const Access &access = m_db.access();
    requireAccess(access, DataKind::HomeVisits, AccessOp::Read);
    const QList<HomeVisit> found = readVisits(m_db, "hv.id = ?1", [&](Statement &st) { st.bind(1, visitId); });
    if (found.isEmpty()) {
        Statement exists(m_db,
            "SELECT s.grade, s.class_name FROM home_visits hv JOIN home_visit_students x ON x.visit_id = hv.id "
            "JOIN students s ON s.id = x.student_id WHERE hv.id = ? LIMIT 1");
        exists.bind(1, visitId);
        if (exists.step())
            requireClassAccess(access, DataKind::HomeVisits, AccessOp::Read, exists.integer(0), exists.text(1));
        throw Error(ErrorKind::Rejected, Tr::tr("The home visit no longer exists; it may have been deleted."));
    }
    return found.first();
}

QList<HomeVisit> HomeVisitRepository::visitsIn(const QString &termId)
{
    requireAccess(m_db.access(), DataKind::HomeVisits, AccessOp::Read);
    const SchoolTerm term = resolveTerm(m_db, termId);
    const QString from = dayStart(term.startsOn);
    const QString to = dayAfter(term.endsOn);
    return readVisits(m_db, "hv.visited_at >= ?1 AND hv.visited_at < ?2", [&](Statement &st) { st.bind(1, from).bind(2, to); });
}

QList<HomeVisit> HomeVisitRepository::studentVisits(qint64 studentId)
{
    const Access &access = m_db.access();
    requireAccess(access, DataKind::HomeVisits, AccessOp::Read);
    const auto c = studentClass(m_db, studentId);
    if (!c)
        throw Error(ErrorKind::Rejected, Tr::tr("The student record no longer exists; it may have been deleted."));
    requireClassAccess(access, DataKind::HomeVisits, AccessOp::Read, c->grade, c->className);
    return readVisits(m_db, "hv.id IN (SELECT visit_id FROM home_visit_students WHERE student_id = ?1)",
        [&](Statement &st) { st.bind(1, studentId); });
}

TermCoverage HomeVisitRepository::coverage(const QString &termId)
{
    const Access &access = m_db.access();
    requireAccess(access, DataKind::HomeVisits, AccessOp::Read);
    TermCoverage out;
    out.term = resolveTerm(m_db, termId);
    out.rules = rules();

    // The enrolled students and their classes.
    struct Seen
    {
        qsizetype classIndex = -1;
        bool visited = false;
        bool onsite = false;
    };
    QHash<qint64, Seen> students;
    std::map<std::pair<int, QString>, qsizetype> classIndex;
    {
        const ClassScope scope(access, 1);
        Statement st(m_db,
            QByteArray(QByteArray("SELECT id, grade, class_name FROM students WHERE status = 'enrolled'")
                + scope.condition("grade", "class_name"))
                .constData());
        scope.bind(st);
        students.reserve(8192);
        while (st.step()) {
            const auto key = std::make_pair(st.integer(1), st.text(2));
            auto it = classIndex.find(key);
            if (it == classIndex.end()) {
                ClassVisitCoverage c;
                c.grade = key.first;
                c.className = key.second;
                out.classes.append(c);
                it = classIndex.emplace(key, out.classes.size() - 1).first;
            }
            ++out.classes[it->second].enrolled;
            students.insert(st.int64(0), Seen { it->second });
        }
    }
    // The term's visits, one row a visited student (the reader's students only).
    {
        const ClassScope scope(access, 3);
        Statement st(m_db,
            QByteArray(QByteArray("SELECT x.visit_id, x.student_id, hv.form = 'onsite' FROM home_visits hv "
                                  "JOIN home_visit_students x ON x.visit_id = hv.id JOIN students s ON s.id = x.student_id "
                                  "WHERE hv.visited_at >= ?1 AND hv.visited_at < ?2")
                + scope.condition("s.grade", "s.class_name"))
                .constData());
        st.bind(1, dayStart(out.term.startsOn)).bind(2, dayAfter(out.term.endsOn));
        scope.bind(st);
        QSet<qint64> visits;
        while (st.step()) {
            visits.insert(st.int64(0));
            const auto it = students.find(st.int64(1));
            if (it == students.end())
                continue; // no longer enrolled
            it->visited = true;
            it->onsite = it->onsite || st.integer(2) != 0;
        }
        out.visits = static_cast<int>(visits.size());
    }
    for (const Seen &s : std::as_const(students)) {
        ClassVisitCoverage &c = out.classes[s.classIndex];
        c.visited += s.visited ? 1 : 0;
        c.onsite += s.onsite ? 1 : 0;
    }
    for (ClassVisitCoverage &c : out.classes) {
        applyRules(c, out.rules, out.term);
        out.enrolled += c.enrolled;
        out.visited += c.visited;
        out.onsite += c.onsite;
    }
    std::sort(out.classes.begin(), out.classes.end(), [](const ClassVisitCoverage &a, const ClassVisitCoverage &b) {
        return classLess(a.grade, a.className, b.grade, b.className);
    });
    return out;
}

QList<MissingVisit> HomeVisitRepository::missing(const QString &termId, int grade, const QString &className)
{
    const Access &access = m_db.access();
    requireAccess(access, DataKind::HomeVisits, AccessOp::Read);
    const SchoolTerm term = resolveTerm(m_db, termId);
    const ClassScope scope(access, 5);
    QByteArray sql("SELECT s.id, s.student_no, s.name, s.grade, s.class_name, "
                   "(SELECT max(hv.visited_at) FROM home_visit_students x JOIN home_visits hv ON hv.id = x.visit_id "
                   "WHERE x.student_id = s.id) "
                   "FROM students s WHERE s.status = 'enrolled' "
                   "AND (?3 = 0 OR s.grade = ?3) AND (?4 = '' OR s.class_name = ?4) "
                   "AND NOT EXISTS (SELECT 1 FROM home_visit_students x JOIN home_visits hv ON hv.id = x.visit_id "
                   "WHERE x.student_id = s.id AND hv.visited_at >= ?1 AND hv.visited_at < ?2)");
    sql += scope.condition("s.grade", "s.class_name");
    sql += " ORDER BY s.grade, length(s.class_name), s.class_name, substr(s.search_key, instr(s.search_key, '|') + 1), s.id";
    Statement st(m_db, sql.constData());
    st.bind(1, dayStart(term.startsOn)).bind(2, dayAfter(term.endsOn)).bind(3, grade).bind(4, className);
    scope.bind(st);
    QList<MissingVisit> out;
    while (st.step()) {
        MissingVisit m;
        m.studentId = st.int64(0);
        m.studentNo = st.text(1);
        m.name = st.text(2);
        m.grade = st.integer(3);
        m.className = st.text(4);
        if (!st.isNull(5))
            m.lastVisit = timeFrom(st.text(5)).date();
        out.append(m);
    }
    return out;
}

QList<DueVisit> HomeVisitRepository::due(int horizonDays)
{
    const Access &access = m_db.access();
    requireAccess(access, DataKind::HomeVisits, AccessOp::Read);
    const CoverageRules r = rules();
    const QDate today = clock::today();
    const QDate horizon = today.addDays(std::max(0, horizonDays));
    QList<DueVisit> out;
    auto push = [&](DueVisit d) {
        if (d.dueOn > horizon)
            return;
        d.overdueDays = today > d.dueOn ? static_cast<int>(d.dueOn.daysTo(today)) : 0;
        out.append(d);
    };

    // Key students (orange, red): a visit each calendar month, one 实地 visit each term.
    if (r.keyStudentsMonthly && access.allows(DataKind::KeyStudentMark, AccessOp::Read)) {
        const SchoolTerm term = TermCalendar(m_db).termContaining(today);
        struct Key
        {
            DueVisit base;
            QDate since; // became key (local day); null: unknown, long ago
            QList<QPair<QDate, bool>> visits; // day, on site
        };
        QList<Key> keys;
        const ClassScope scope(access, 1);
        Statement st(m_db,
            QByteArray(
                QByteArray(
                    "SELECT s.id, s.student_no, s.name, s.grade, s.class_name, "
                    "coalesce((SELECT max(at) FROM risk_changes WHERE student_id = s.id AND to_level >= 2 AND from_level < "
                    "2), (SELECT max(at) FROM risk_changes WHERE student_id = s.id AND to_level >= 2)), "
                    "hv.visited_at, hv.form = 'onsite' FROM students s "
                    "LEFT JOIN home_visit_students x ON x.student_id = s.id LEFT JOIN home_visits hv ON hv.id = x.visit_id "
                    "WHERE s.status = 'enrolled' AND s.risk_level >= 2")
                + scope.condition("s.grade", "s.class_name") + " ORDER BY s.id")
                .constData());
        scope.bind(st);
        while (st.step()) {
            const qint64 id = st.int64(0);
            if (keys.isEmpty() || keys.last().base.studentId != id) {
                Key k;
                k.base.studentId = id;
                k.base.studentNo = st.text(1);
                k.base.name = st.text(2);
                k.base.grade = st.integer(3);
                k.base.className = st.text(4);
                if (!st.isNull(5))
                    k.since = QDateTime::fromString(st.text(5), Qt::ISODate).toLocalTime().date();
                keys.append(k);
            }
            if (!st.isNull(6))
                keys.last().visits.append({ timeFrom(st.text(6)).date(), st.integer(7) != 0 });
        }
        const QDate thisMonth(today.year(), today.month(), 1);
        const QDate lastMonth = thisMonth.addMonths(-1);
        for (const Key &k : std::as_const(keys)) {
            QDate last;
            for (const auto &v : k.visits)
                if (!last.isValid() || v.first > last)
                    last = v.first;
            // A month is required when the student was key during it; the month the student
            // became key is due two weeks after that day at the earliest.
            auto monthDue = [&](const QDate &first) -> QDate {
                const QDate end = monthEnd(first);
                if (!k.since.isValid() || k.since < first)
                    return end;
                if (k.since > end)
                    return {};
                return std::max(end, k.since.addDays(14));
            };
            auto visitedBetween = [&](const QDate &from, const QDate &to) {
                return std::any_of(
                    k.visits.cbegin(), k.visits.cend(), [&](const auto &v) { return v.first >= from && v.first <= to; });
            };
            DueVisit d = k.base;
            d.lastVisit = last;
            const QDate lastDue = monthDue(lastMonth);
            const QDate thisDue = monthDue(thisMonth);
            if (lastDue.isValid() && !visitedBetween(lastMonth, lastDue)) {
                d.why = DueVisit::Why::KeyMonthly;
                d.dueOn = lastDue;
                push(d);
            } else if (thisDue.isValid() && !visitedBetween(thisMonth, thisDue)) {
                d.why = DueVisit::Why::KeyMonthly;
                d.dueOn = thisDue;
                push(d);
            }
            const bool onsite = std::any_of(
                k.visits.cbegin(), k.visits.cend(), [&](const auto &v) { return v.second && term.contains(v.first); });
            if (!onsite) {
                d.why = DueVisit::Why::KeyOnsite;
                d.dueOn = term.endsOn;
                push(d);
            }
        }
    }

    // Returned students: a visit within 14 days of the return day (on or after it).
    if (r.returnWithinTwoWeeks) {
        const ClassScope scope(access, 1);
        Statement st(m_db,
            QByteArray(
                QByteArray(
                    "SELECT s.id, s.student_no, s.name, s.grade, s.class_name, r.return_on, "
                    "(SELECT max(hv.visited_at) FROM home_visit_students x JOIN home_visits hv ON hv.id = x.visit_id "
                    "WHERE x.student_id = s.id) FROM students s "
                    "JOIN return_applications r ON r.student_id = s.id AND r.decision = 'approve' AND r.return_on IS NOT NULL "
                    "AND r.return_on = (SELECT max(r2.return_on) FROM return_applications r2 WHERE r2.student_id = s.id "
                    "AND r2.decision = 'approve') "
                    "WHERE s.status = 'enrolled'")
                + scope.condition("s.grade", "s.class_name") + " GROUP BY s.id")
                .constData());
        scope.bind(st);
        while (st.step()) {
            const QDate returned = dayFrom(st.text(5));
            const QDate last = st.isNull(6) ? QDate() : timeFrom(st.text(6)).date();
            if (!returned.isValid() || (last.isValid() && last >= returned))
                continue;
            DueVisit d;
            d.why = DueVisit::Why::AfterReturn;
            d.studentId = st.int64(0);
            d.studentNo = st.text(1);
            d.name = st.text(2);
            d.grade = st.integer(3);
            d.className = st.text(4);
            d.lastVisit = last;
            d.dueOn = returned.addDays(14);
            push(d);
        }
    }
    std::sort(out.begin(), out.end(), [](const DueVisit &a, const DueVisit &b) {
        if (a.overdueDays != b.overdueDays)
            return a.overdueDays > b.overdueDays;
        if (a.dueOn != b.dueOn)
            return a.dueOn < b.dueOn;
        if (a.grade != b.grade || a.className != b.className)
            return classLess(a.grade, a.className, b.grade, b.className);
        if (a.studentId != b.studentId)
            return a.studentId < b.studentId;
        return static_cast<int>(a.why) < static_cast<int>(b.why);
    });
    return out;
}

QList<TimelineEntry> HomeVisitRepository::timelineEntries(qint64 studentId)
{
    QList<TimelineEntry> out;
    for (const HomeVisit &v : studentVisits(studentId)) {
        TimelineEntry e;
        e.date = v.visitedAt.date();
        e.kind = QStringLiteral("homevisit");
        e.title = Tr::tr("Home visit (%1)").arg(visitFormName(v.form));
        QStringList lines;
        lines << visitPurposeName(v.purpose);
        if (!v.metWhom.isEmpty())
            lines << (v.metRelation.isEmpty() ? Tr::tr("Met %1").arg(v.metWhom)
                                              : Tr::tr("Met %1 (%2)").arg(v.metWhom, v.metRelation));
        if (!v.agreed.isEmpty())
            lines << Tr::tr("Agreed: %1").arg(v.agreed);
        if (v.followupOn.isValid())
            lines << Tr::tr("Follow-up on %1").arg(dayText(v.followupOn));
        e.body = lines.join(u'\n');
        QStringList who;
        for (const Visitor &p : v.visitors)
            who << p.name;
        e.author = who.join(QStringLiteral("、"));
        e.sourceId = v.id;
        out.append(e);
    }
    return out;
}

CoverageRules HomeVisitRepository::rules()
{
    CoverageRules r;
    const QString text = SettingsRepository(m_db, m_actor).value(QLatin1String(RulesKey));
    if (text.isEmpty())
        return r;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    r.base = o.value(QLatin1String("base")).toString() == QLatin1String("class_size") ? CoverageRules::Base::ClassSize
                                                                                      : CoverageRules::Base::EveryStudent;
    r.intakeGrades = o.value(QLatin1String("intake_grades")).toBool(true);
    r.keyStudentsMonthly = o.value(QLatin1String("key_monthly")).toBool(true);
    r.returnWithinTwoWeeks = o.value(QLatin1String("return_two_weeks")).toBool(true);
    return r;
}

void HomeVisitRepository::setRules(const CoverageRules &r)
{
    QJsonObject o;
    o.insert(QLatin1String("base"),
        r.base == CoverageRules::Base::ClassSize ? QStringLiteral("class_size") : QStringLiteral("every_student"));
    o.insert(QLatin1String("intake_grades"), r.intakeGrades);
    o.insert(QLatin1String("key_monthly"), r.keyStudentsMonthly);
    o.insert(QLatin1String("return_two_weeks"), r.returnWithinTwoWeeks);
    const QString text = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    SettingsRepository(m_db, m_actor).setValue(QLatin1String(RulesKey), text);
}

} // namespace xinan
