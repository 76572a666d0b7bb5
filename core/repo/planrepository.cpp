#include "planrepository.h"

#include "../domain/text.h"
#include "../error.h"
#include "../store/database.h"
#include "audit.h"
#include "classscope.h"
#include "timelineentry.h"

#include <QCoreApplication>

#include <algorithm>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanRepository)
};

#define XINAN_PLAN_COLUMNS                                                                                                       \
    "SELECT id, student_id, situation, goals, measures, class_teacher, counsellor, parent, leader, contact, "                    \
    "review_days, parent_informed, parent_informed_on, parent_not_informed_reason, status, created_by, created_at, "             \
    "updated_by, updated_at, closed_by, closed_at, close_reason FROM key_plans "

QDateTime utc(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODate);
}

KeyPlan readPlan(const Statement &st)
{
    KeyPlan p;
    p.id = st.int64(0);
    p.studentId = st.int64(1);
    p.situation = st.text(2);
    p.goals = st.text(3);
    p.measures = st.text(4);
    p.classTeacher = st.text(5);
    p.counsellor = st.text(6);
    p.parent = st.text(7);
    p.leader = st.text(8);
    p.contact = st.text(9);
    p.reviewDays = st.integer(10);
    p.parentInformed = st.integer(11) != 0;
    p.parentInformedOn = st.isNull(12) ? QDate() : QDate::fromString(st.text(12), Qt::ISODate);
    p.parentNotInformedReason = st.text(13);
    p.active = st.text(14) == QLatin1String("active");
    p.createdBy = st.text(15);
    p.createdAt = utc(st.text(16));
    p.updatedBy = st.text(17);
    p.updatedAt = utc(st.text(18));
    p.closedBy = st.isNull(19) ? QString() : st.text(19);
    p.closedAt = st.isNull(20) ? QDateTime() : utc(st.text(20));
    p.closeReason = st.text(21);
    return p;
}

void requireText(const QString &text, const QString &field, int maxLength)
{
    if (text.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("Fill in \"%1\": the plan cannot be saved without it.").arg(field));
    if (text.size() > maxLength)
        throw Error(ErrorKind::Rejected,
            Tr::tr("\"%1\" has %2 characters; at most %3 fit. Shorten it.").arg(field).arg(text.size()).arg(maxLength));
    checkPlainText(field, text, true);
}

void limitText(const QString &text, const QString &field, int maxLength)
{
    if (text.size() > maxLength)
        throw Error(ErrorKind::Rejected,
            Tr::tr("\"%1\" has %2 characters; at most %3 fit. Shorten it.").arg(field).arg(text.size()).arg(maxLength));
    checkPlainText(field, text, true);
}

void addEvent(Database &db, qint64 planId, qint64 studentId, const char *kind, const QString &at, const QString &author)
{
    Statement st(db, "INSERT INTO key_plan_events (plan_id, student_id, kind, at, author) VALUES (?, ?, ?, ?, ?)");
    st.bind(1, planId).bind(2, studentId).bind(3, kind).bind(4, at).bind(5, author).run();
}

} // namespace

PlanRepository::PlanRepository(Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

std::optional<KeyPlan> PlanRepository::current(qint64 studentId)
{
    requireAccess(m_db.access(), DataKind::KeyPlan, AccessOp::Read);
    Statement st(m_db, XINAN_PLAN_COLUMNS "WHERE student_id = ? AND status = 'active'");
    st.bind(1, studentId);
    if (!st.step())
        return std::nullopt;
    return readPlan(st);
}

QList<KeyPlan> PlanRepository::history(qint64 studentId)
{
    requireAccess(m_db.access(), DataKind::KeyPlan, AccessOp::Read);
    Statement st(m_db, XINAN_PLAN_COLUMNS "WHERE student_id = ? ORDER BY created_at DESC, id DESC");
    st.bind(1, studentId);
    QList<KeyPlan> out;
    while (st.step())
        out.append(readPlan(st));
    return out;
}

QList<KeyPlanEvent> PlanRepository::events(qint64 studentId)
{
    requireAccess(m_db.access(), DataKind::KeyPlan, AccessOp::Read);
    Statement st(m_db,
        "SELECT e.id, e.plan_id, e.kind, e.at, e.author, p.close_reason FROM key_plan_events e "
        "JOIN key_plans p ON p.id = e.plan_id WHERE e.student_id = ? ORDER BY e.at DESC, e.id DESC");
    st.bind(1, studentId);
    QList<KeyPlanEvent> out;
    while (st.step()) {
        const QString kind = st.text(2);
        out.append({ st.int64(0), st.int64(1), kind, utc(st.text(3)), st.text(4),
            kind == QLatin1String("closed") ? st.text(5) : QString() });
    }
    return out;
}

qint64 PlanRepository::save(const KeyPlan &input, const QDateTime &at)
{
    requireAccess(m_db.access(), DataKind::KeyPlan, AccessOp::Write);
    KeyPlan p = input;
    p.situation = p.situation.trimmed();
    p.goals = p.goals.trimmed();
    p.measures = p.measures.trimmed();
    p.classTeacher = p.classTeacher.trimmed();
    p.counsellor = p.counsellor.trimmed();
    p.parent = p.parent.trimmed();
    p.leader = p.leader.trimmed();
    p.contact = p.contact.trimmed();
    p.parentNotInformedReason = p.parentNotInformedReason.trimmed();
    const QDateTime when = at.isValid() ? at.toUTC() : QDateTime();
    if (!when.isValid())
        throw Error(ErrorKind::Rejected, Tr::tr("The plan has no date."));
    const QDate today = when.toLocalTime().date();

    requireText(p.situation, Tr::tr("Situation"), MaxTextLength);
    requireText(p.goals, Tr::tr("Goals"), MaxTextLength);
    requireText(p.measures, Tr::tr("Measures"), MaxTextLength);
    requireText(p.counsellor, Tr::tr("Counselling teacher"), MaxNameLength);
    limitText(p.classTeacher, Tr::tr("Class teacher"), MaxNameLength);
    limitText(p.parent, Tr::tr("Parent or guardian"), MaxNameLength);
    limitText(p.leader, Tr::tr("School leader in charge"), MaxNameLength);
    limitText(p.contact, Tr::tr("Contact arrangements"), MaxTextLength);
    if (p.reviewDays < 1 || p.reviewDays > 90)
        throw Error(
            ErrorKind::Rejected, Tr::tr("Review the plan every 1 to 90 days; %1 days is outside that range.").arg(p.reviewDays));
    if (p.parentInformed) {
        if (!p.parentInformedOn.isValid())
            throw Error(ErrorKind::Rejected, Tr::tr("Give the day the parents or guardians were informed."));
        if (p.parentInformedOn > today)
            throw Error(ErrorKind::Rejected,
                Tr::tr("The day the parents were informed, %1, is in the future.").arg(p.parentInformedOn.toString(Qt::ISODate)));
        p.parentNotInformedReason.clear();
    } else {
        requireText(p.parentNotInformedReason, Tr::tr("Why the parents are not informed"), MaxTextLength);
        p.parentInformedOn = QDate();
    }

    Transaction tx(m_db);
    Statement student(m_db, "SELECT risk_level FROM students WHERE id = ?");
    student.bind(1, p.studentId);
    if (!student.step())
        throw Error(ErrorKind::Rejected, Tr::tr("The student record no longer exists; it may have been deleted."));
    const int level = student.integer(0);
    const std::optional<KeyPlan> active = current(p.studentId);
    const QString stamp = when.toString(Qt::ISODate);
    qint64 id = p.id;
    if (p.id == 0) {
        if (active)
            throw Error(ErrorKind::Rejected,
                Tr::tr("The student already has an active plan (since %1). Edit that plan, or close it before writing a new one.")
                    .arg(active->createdAt.toLocalTime().date().toString(Qt::ISODate)));
        if (level < static_cast<int>(RiskLevel::Orange))
            throw Error(ErrorKind::Rejected,
                Tr::tr("Individual plans are for key students (orange or red). The student is at %1; raise the level first if "
                       "the student needs a plan.")
                    .arg(riskLevelName(static_cast<RiskLevel>(level))));
        Statement insert(m_db,
            "INSERT INTO key_plans (student_id, situation, goals, measures, class_teacher, counsellor, parent, leader, "
            "contact, review_days, parent_informed, parent_informed_on, parent_not_informed_reason, status, created_by, "
            "created_at, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?)");
        insert.bind(1, p.studentId).bind(2, p.situation).bind(3, p.goals).bind(4, p.measures).bind(5, p.classTeacher);
        insert.bind(6, p.counsellor).bind(7, p.parent).bind(8, p.leader).bind(9, p.contact).bind(10, p.reviewDays);
        insert.bind(11, p.parentInformed ? 1 : 0).bindOptional(12, p.parentInformedOn.toString(Qt::ISODate));
        insert.bind(13, p.parentNotInformedReason).bind(14, m_actor).bind(15, stamp).bind(16, m_actor).bind(17, stamp).run();
        id = m_db.lastInsertId();
        addEvent(m_db, id, p.studentId, "created", stamp, m_actor);
        appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("key_plan"), id,
            QStringLiteral("student %1, review every %2 days").arg(p.studentId).arg(p.reviewDays));
    } else {
        if (!active || active->id != p.id)
            throw Error(ErrorKind::Rejected,
                Tr::tr("This plan is no longer the student's active plan (it was closed or replaced). Close the window and open "
                       "the plan again."));
        Statement update(m_db,
            "UPDATE key_plans SET situation = ?, goals = ?, measures = ?, class_teacher = ?, counsellor = ?, parent = ?, "
            "leader = ?, contact = ?, review_days = ?, parent_informed = ?, parent_informed_on = ?, "
            "parent_not_informed_reason = ?, updated_by = ?, updated_at = ? WHERE id = ?");
        update.bind(1, p.situation).bind(2, p.goals).bind(3, p.measures).bind(4, p.classTeacher).bind(5, p.counsellor);
        update.bind(6, p.parent).bind(7, p.leader).bind(8, p.contact).bind(9, p.reviewDays).bind(10, p.parentInformed ? 1 : 0);
        update.bindOptional(11, p.parentInformedOn.toString(Qt::ISODate)).bind(12, p.parentNotInformedReason);
        update.bind(13, m_actor).bind(14, stamp).bind(15, p.id).run();
        addEvent(m_db, id, p.studentId, "updated", stamp, m_actor);
        appendAudit(m_db, m_actor, QStringLiteral("update"), QStringLiteral("key_plan"), id,
            QStringLiteral("student %1, review every %2 days").arg(p.studentId).arg(p.reviewDays));
    }
    tx.commit();
    return id;
}

void PlanRepository::close(qint64 studentId, const QString &reason, const QDateTime &at)
{
    requireAccess(m_db.access(), DataKind::KeyPlan, AccessOp::Write);
    const QString text = reason.trimmed();
    if (text.isEmpty())
        throw Error(ErrorKind::Rejected,
            Tr::tr("Give the reason for closing the plan, for example that the level was lowered after a review."));
    limitText(text, Tr::tr("Reason"), MaxTextLength);
    if (!at.isValid())
        throw Error(ErrorKind::Rejected, Tr::tr("The plan has no date."));
    Transaction tx(m_db);
    const std::optional<KeyPlan> active = current(studentId);
    if (!active)
        throw Error(ErrorKind::Rejected, Tr::tr("The student has no active plan to close."));
    const QString stamp = at.toUTC().toString(Qt::ISODate);
    Statement st(m_db, "UPDATE key_plans SET status = 'closed', closed_by = ?, closed_at = ?, close_reason = ? WHERE id = ?");
    st.bind(1, m_actor).bind(2, stamp).bind(3, text).bind(4, active->id).run();
    addEvent(m_db, active->id, studentId, "closed", stamp, m_actor);
    appendAudit(m_db, m_actor, QStringLiteral("close"), QStringLiteral("key_plan"), active->id,
        QStringLiteral("student %1").arg(studentId));
    tx.commit();
}

QList<KeyStudent> PlanRepository::keyStudents(const QDate &today)
{
    requireAccess(m_db.access(), DataKind::KeyPlan, AccessOp::Read);
    requireAccess(m_db.access(), DataKind::RiskLevel, AccessOp::Read);
    // The day a student became key: the newest change that took them from below orange to
    // orange or red (the newest change to orange or red when the history has no such step).
    Statement st(m_db,
        "SELECT s.id, s.student_no, s.name, s.grade, s.class_name, s.risk_level, "
        "coalesce((SELECT max(at) FROM risk_changes WHERE student_id = s.id AND to_level >= 2 AND from_level < 2), "
        "(SELECT max(at) FROM risk_changes WHERE student_id = s.id AND to_level >= 2)), "
        "p.id, p.review_days, p.updated_at, (SELECT max(updated_at) FROM weekly_updates WHERE student_id = s.id) "
        "FROM students s LEFT JOIN key_plans p ON p.student_id = s.id AND p.status = 'active' "
        "WHERE s.risk_level >= 2 AND s.status NOT IN ('graduated', 'transferred') "
        "ORDER BY s.risk_level DESC, s.grade, length(s.class_name), s.class_name, "
        "substr(s.search_key, instr(s.search_key, '|') + 1), s.id");
    QList<KeyStudent> out;
    while (st.step()) {
        KeyStudent k;
        k.id = st.int64(0);
        k.studentNo = st.text(1);
        k.name = st.text(2);
        k.grade = st.integer(3);
        k.className = st.text(4);
        k.level = riskLevelFromInt(st.integer(5)).value_or(RiskLevel::Orange);
        if (!st.isNull(6))
            k.since = utc(st.text(6)).toLocalTime().date();
        if (!st.isNull(7)) {
            k.planId = st.int64(7);
            k.reviewDays = st.integer(8);
            k.lastReview = utc(st.text(9)).toLocalTime().date();
            if (!st.isNull(10))
                k.lastReview = std::max(k.lastReview, utc(st.text(10)).toLocalTime().date());
            k.nextReview = k.lastReview.addDays(k.reviewDays);
        } else {
            k.daysWaiting = k.since.isValid() ? std::max<qint64>(0, k.since.daysTo(today)) : 0;
            k.overdue = k.daysWaiting > PlanDueDays;
        }
        out.append(k);
    }
    return out;
}

QList<KeyStudent> PlanRepository::missingPlans(const QDate &today)
{
    QList<KeyStudent> out;
    for (const KeyStudent &k : keyStudents(today))
        if (k.planId == 0)
            out.append(k);
    std::stable_sort(
        out.begin(), out.end(), [](const KeyStudent &a, const KeyStudent &b) { return a.daysWaiting > b.daysWaiting; });
    return out;
}

QList<ClassKeyStudent> PlanRepository::classKeyStudents(qint64 studentId)
{
    const Access &access = m_db.access();
    requireAccess(access, DataKind::KeyStudentMark, AccessOp::Read);
    const ClassScope scope(access, 2);
    // The key students (as keyStudents() finds them) and their active plan's measures; the
    // level, situation and goals stay out of the query.
    const QByteArray sql = "SELECT s.id, s.student_no, s.name, s.grade, s.class_name, p.id, p.measures, p.contact, "
                           "p.class_teacher, p.review_days FROM students s "
                           "LEFT JOIN key_plans p ON p.student_id = s.id AND p.status = 'active' "
                           "WHERE s.risk_level >= 2 AND s.status NOT IN ('graduated', 'transferred') AND (?1 = 0 OR s.id = ?1) "
        + scope.condition("s.grade", "s.class_name")
        + "ORDER BY s.grade, length(s.class_name), s.class_name, substr(s.search_key, instr(s.search_key, '|') + 1), s.id";
    Statement st(m_db, sql.constData());
    st.bind(1, studentId);
    scope.bind(st);
    QList<ClassKeyStudent> out;
    while (st.step()) {
        ClassKeyStudent k;
        k.studentId = st.int64(0);
        k.studentNo = st.text(1);
        k.name = st.text(2);
        k.grade = st.integer(3);
        k.className = st.text(4);
        if (!st.isNull(5)) {
            k.planId = st.int64(5);
            k.measures = st.text(6);
            k.contact = st.text(7);
            k.classTeacher = st.text(8);
            k.reviewDays = st.integer(9);
        }
        out.append(k);
    }
    return out;
}

QList<ClassKeyStudent> PlanRepository::classKeyStudents()
{
    return classKeyStudents(0);
}

std::optional<ClassKeyStudent> PlanRepository::classKeyStudent(qint64 studentId)
{
    const Access &access = m_db.access();
    requireAccess(access, DataKind::KeyStudentMark, AccessOp::Read);
    if (access.isClassScoped()) {
        // Another class's student is denied, whether or not a key student.
        Statement student(m_db, "SELECT grade, class_name FROM students WHERE id = ?");
        student.bind(1, studentId);
        if (!student.step())
            return std::nullopt;
        requireClassAccess(access, DataKind::KeyStudentMark, AccessOp::Read, student.integer(0), student.text(1));
    }
    if (studentId <= 0)
        return std::nullopt;
    const QList<ClassKeyStudent> found = classKeyStudents(studentId);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<TimelineEntry> PlanRepository::timelineEntries(qint64 studentId)
{
    requireAccess(m_db.access(), DataKind::KeyPlan, AccessOp::Read);
    QList<TimelineEntry> out;
    for (const KeyPlanEvent &e : events(studentId)) {
        const QString title = e.kind == u"created" ? Tr::tr("Individual plan written")
            : e.kind == u"closed"                  ? Tr::tr("Individual plan closed")
                                                   : Tr::tr("Individual plan revised");
        out.append({ e.at.toLocalTime().date(), QStringLiteral("plan_") + e.kind, title, e.detail, e.author, e.planId });
    }
    return out;
}

} // namespace xinan
