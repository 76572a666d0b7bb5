#include "sessionrepository.h"

#include "../domain/text.h"
#include "../error.h"
#include "../platform/clock.h"
#include "../store/database.h"
#include "appointmentrepository.h"
#include "audit.h"
#include "officerepository.h"
#include "riskrepository.h"
#include "settingsrepository.h"
#include "stamps.h"
#include "timelineentry.h"

#include <QCoreApplication>
#include <QSet>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SessionRepository)
};

const QChar CategorySeparator = u'\n';

#define XINAN_RECORD_SELECT                                                                                                      \
    "SELECT c.id, c.student_id, s.name, c.held_on, coalesce(c.appointment_id, 0), coalesce(c.staff_id, 0), "                     \
    "coalesce(st.name, ''), c.minutes, c.form, c.categories, c.summary, c.assessment, c.next_steps, c.private_notes, "           \
    "c.risk_judgement, coalesce(c.risk_change_id, 0), c.feedback_needed, c.author, c.updated_at "                                \
    "FROM counselling_records c JOIN students s ON s.id = c.student_id LEFT JOIN staff st ON st.id = c.staff_id "

// The record's four confidential texts from `first` on, sealed with the counsellor key.
void bindContent(Statement &st, int first, const CounsellingRecordInput &in)
{
    st.bindConfidential(first, "counselling_records.summary", in.studentId, in.summary.trimmed());
    st.bindConfidential(first + 1, "counselling_records.assessment", in.studentId, in.assessment.trimmed());
    st.bindConfidential(first + 2, "counselling_records.next_steps", in.studentId, in.nextSteps.trimmed());
    st.bindConfidential(first + 3, "counselling_records.private_notes", in.studentId, in.privateNotes.trimmed());
}

} // namespace

SessionRepository::SessionRepository(Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

bool SessionRepository::canReadConfidential()
{
    return m_db.access().allows(DataKind::Counselling, AccessOp::Read);
}

void SessionRepository::require(AccessOp op)
{
    requireAccess(m_db.access(), DataKind::Counselling, op);
}

QStringList SessionRepository::problemCategories()
{
    requireAccess(m_db.access(), DataKind::Settings, AccessOp::Read);
    const QString stored = SettingsRepository(m_db, m_actor).value(QString::fromLatin1(ProblemCategoriesKey));
    if (stored.isEmpty())
        return defaultProblemCategories();
    return stored.split(CategorySeparator, Qt::SkipEmptyParts);
}

void SessionRepository::setProblemCategories(const QStringList &categories)
{
    requireAccess(m_db.access(), DataKind::Settings, AccessOp::Write);
    QStringList clean;
    for (const QString &c : categories) {
        const QString name = c.trimmed();
        if (name.isEmpty())
            throw Error(ErrorKind::Rejected, Tr::tr("A problem category has no name; remove the empty line."));
        if (name.size() > 30)
            throw Error(ErrorKind::Rejected, Tr::tr("The category \"%1\" is longer than 30 characters.").arg(name));
        checkPlainText(Tr::tr("A problem category"), name, false);
        if (clean.contains(name))
            throw Error(ErrorKind::Rejected, Tr::tr("The category \"%1\" is listed twice.").arg(name));
        clean << name;
    }
    if (clean.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("Keep at least one problem category, for example \"Other\"."));
    SettingsRepository(m_db, m_actor).setValue(QString::fromLatin1(ProblemCategoriesKey), clean.join(CategorySeparator));
}

CounsellingRecordInput SessionRepository::draftFromAppointment(qint64 appointmentId)
{
    require(AccessOp::Write);
    const Appointment a = AppointmentRepository(m_db, m_actor).get(appointmentId);
    if (a.status != AppointmentStatus::Done)
        throw Error(ErrorKind::Rejected, Tr::tr("Mark the appointment done before recording the session."));
    if (recordForAppointment(appointmentId) != 0)
        throw Error(ErrorKind::Rejected, Tr::tr("This appointment already has a counselling record; open that record instead."));
    CounsellingRecordInput in;
    in.studentId = a.studentId;
    in.appointmentId = a.id;
    in.staffId = a.staffId;
    in.heldOn = a.start.toLocalTime().date();
    in.minutes = a.minutes;
    in.form = SessionForm::Individual;
    if (!a.category.isEmpty() && problemCategories().contains(a.category))
        in.categories << a.category;
    return in;
}

void SessionRepository::validate(const CounsellingRecordInput &in, const QStringList &alreadyOnRecord)
{
    Statement student(m_db, "SELECT 1 FROM students WHERE id = ?");
    student.bind(1, in.studentId);
    if (!student.step())
        throw Error(ErrorKind::Rejected, Tr::tr("The student record no longer exists; it may have been deleted."));
    if (!in.heldOn.isValid())
        throw Error(ErrorKind::Rejected, Tr::tr("Give the date of the session."));
    if (in.heldOn > clock::today())
        throw Error(ErrorKind::Rejected, Tr::tr("The session's date %1 is in the future.").arg(dayText(in.heldOn)));
    if (in.minutes < 1 || in.minutes > 480)
        throw Error(ErrorKind::Rejected, Tr::tr("Give the session's duration in minutes (1 to 480)."));
    const QStringList known = problemCategories();
    for (const QString &c : in.categories)
        if (!known.contains(c) && !alreadyOnRecord.contains(c))
            throw Error(ErrorKind::Rejected,
                Tr::tr("\"%1\" is not in the list of problem categories; choose one from the list or add it in the settings.")
                    .arg(c));
    if (in.summary.trimmed().isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("Write a short summary of the session."));
    for (const QString *text : { &in.summary, &in.assessment, &in.nextSteps, &in.privateNotes })
        if (text->trimmed().size() > MaxTextLength)
            throw Error(
                ErrorKind::Rejected, Tr::tr("One of the texts has more than %1 characters; shorten it.").arg(MaxTextLength));
    checkPlainText(Tr::tr("The summary"), in.summary, true);
    checkPlainText(Tr::tr("The assessment"), in.assessment, true);
    checkPlainText(Tr::tr("The next steps"), in.nextSteps, true);
    checkPlainText(Tr::tr("The private notes"), in.privateNotes, true);
}

qint64 SessionRepository::resolveStaff(qint64 staffId)
{
    OfficeRepository office(m_db, m_actor);
    if (staffId == 0) {
        const std::optional<StaffMember> me = office.staffForAccount(m_actor);
        return me ? me->id : 0;
    }
    return office.staffMember(staffId).id; // throws when missing
}

qint64 SessionRepository::applyRisk(const CounsellingRecordInput &in)
{
    if (!in.riskJudgement)
        return 0;
    RiskRepository risk(m_db, m_actor);
    if (risk.current(in.studentId) == *in.riskJudgement)
        return 0;
    if (in.riskReason.trimmed().isEmpty())
        throw Error(ErrorKind::Rejected,
            Tr::tr("The session changes the student's risk level to %1: give the reason for the change.")
                .arg(riskLevelName(*in.riskJudgement)));
    return risk.change(in.studentId, *in.riskJudgement, RiskSource::Session, in.riskReason);
}

qint64 SessionRepository::add(const CounsellingRecordInput &in)
{
    require(AccessOp::Write);
    Transaction tx(m_db);
    validate(in, {});
    if (in.appointmentId != 0) {
        const Appointment a = AppointmentRepository(m_db, m_actor).get(in.appointmentId);
        if (a.studentId != in.studentId)
            throw Error(ErrorKind::Rejected,
                Tr::tr("The appointment is another student's; record the session from the right appointment."));
        if (a.status != AppointmentStatus::Done)
            throw Error(ErrorKind::Rejected, Tr::tr("Mark the appointment done before recording the session."));
        if (recordForAppointment(in.appointmentId) != 0)
            throw Error(
                ErrorKind::Rejected, Tr::tr("This appointment already has a counselling record; open that record instead."));
    }
    const qint64 staffId = resolveStaff(in.staffId);
    const qint64 riskChange = applyRisk(in);
    Statement st(m_db,
        "INSERT INTO counselling_records (student_id, appointment_id, staff_id, held_on, minutes, form, categories, summary, "
        "assessment, "
        "next_steps, private_notes, risk_judgement, risk_change_id, feedback_needed, author, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, in.studentId);
    if (in.appointmentId)
        st.bind(2, in.appointmentId);
    else
        st.bindNull(2);
    if (staffId)
        st.bind(3, staffId);
    else
        st.bindNull(3);
    st.bind(4, dayText(in.heldOn))
        .bind(5, in.minutes)
        .bind(6, sessionFormCode(in.form))
        .bind(7, in.categories.join(CategorySeparator));
    bindContent(st, 8, in);
    if (in.riskJudgement)
        st.bind(12, static_cast<int>(*in.riskJudgement));
    else
        st.bindNull(12);
    if (riskChange)
        st.bind(13, riskChange);
    else
        st.bindNull(13);
    const QString now = nowStamp();
    st.bind(14, in.feedbackNeeded ? 1 : 0).bind(15, m_actor).bind(16, now).bind(17, now).run();
    const qint64 id = m_db.lastInsertId();
    appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("counselling_record"), id,
        QStringLiteral("student %1, appointment %2, %3%4")
            .arg(in.studentId)
            .arg(in.appointmentId)
            .arg(sessionFormCode(in.form))
            .arg(riskChange ? QStringLiteral(", risk change %1").arg(riskChange) : QString()));
    tx.commit();
    return id;
}

void SessionRepository::update(qint64 id, const CounsellingRecordInput &in)
{
    require(AccessOp::Write);
    Transaction tx(m_db);
    const CounsellingRecord old = get(id);
    if (old.studentId != in.studentId)
        throw Error(
            ErrorKind::Rejected, Tr::tr("A counselling record cannot be moved to another student; write a new record instead."));
    validate(in, old.categories);
    const qint64 staffId = in.staffId ? resolveStaff(in.staffId) : old.staffId;
    const qint64 riskChange = applyRisk(in);
    Statement st(m_db,
        "UPDATE counselling_records SET staff_id = ?, held_on = ?, minutes = ?, form = ?, categories = ?, summary = ?, "
        "assessment = ?, "
        "next_steps = ?, private_notes = ?, risk_judgement = ?, risk_change_id = coalesce(?, risk_change_id), feedback_needed = "
        "?, "
        "updated_at = ? WHERE id = ?");
    if (staffId)
        st.bind(1, staffId);
    else
        st.bindNull(1);
    st.bind(2, dayText(in.heldOn))
        .bind(3, in.minutes)
        .bind(4, sessionFormCode(in.form))
        .bind(5, in.categories.join(CategorySeparator));
    bindContent(st, 6, in);
    if (in.riskJudgement)
        st.bind(10, static_cast<int>(*in.riskJudgement));
    else
        st.bindNull(10);
    if (riskChange)
        st.bind(11, riskChange);
    else
        st.bindNull(11);
    st.bind(12, in.feedbackNeeded ? 1 : 0).bind(13, nowStamp()).bind(14, id).run();
    appendAudit(m_db, m_actor, QStringLiteral("update"), QStringLiteral("counselling_record"), id,
        QStringLiteral("student %1%2")
            .arg(in.studentId)
            .arg(riskChange ? QStringLiteral(", risk change %1").arg(riskChange) : QString()));
    tx.commit();
}

void SessionRepository::setFeedbackNeeded(qint64 id, bool needed)
{
    require(AccessOp::Write);
    Transaction tx(m_db);
    get(id);
    Statement st(m_db, "UPDATE counselling_records SET feedback_needed = ?, updated_at = ? WHERE id = ?");
    st.bind(1, needed ? 1 : 0).bind(2, nowStamp()).bind(3, id).run();
    appendAudit(m_db, m_actor, QStringLiteral("update"), QStringLiteral("counselling_record"), id,
        QStringLiteral("feedback needed %1").arg(needed ? 1 : 0));
    tx.commit();
}

QList<CounsellingRecord> SessionRepository::read(const char *where, const QString &a, const QString &b)
{
    require(AccessOp::Read);
    const QByteArray sql = QByteArray(XINAN_RECORD_SELECT) + where;
    Statement st(m_db, sql.constData());
    if (!a.isNull())
        st.bind(1, a);
    if (!b.isNull())
        st.bind(2, b);
    QList<CounsellingRecord> out;
    while (st.step()) {
        CounsellingRecord r;
        r.id = st.int64(0);
        r.studentId = st.int64(1);
        r.studentName = st.text(2);
        r.heldOn = dayFrom(st.text(3));
        r.appointmentId = st.int64(4);
        r.staffId = st.int64(5);
        r.staffName = st.text(6);
        r.minutes = st.integer(7);
        r.form = sessionFormFromCode(st.text(8)).value_or(SessionForm::Individual);
        r.categories = st.text(9).split(CategorySeparator, Qt::SkipEmptyParts);
        r.summary = st.confidentialText(10, "counselling_records.summary", r.studentId);
        r.assessment = st.confidentialText(11, "counselling_records.assessment", r.studentId);
        r.nextSteps = st.confidentialText(12, "counselling_records.next_steps", r.studentId);
        r.privateNotes = st.confidentialText(13, "counselling_records.private_notes", r.studentId);
        if (!st.isNull(14))
            r.riskJudgement = riskLevelFromInt(st.integer(14));
        r.riskChangeId = st.int64(15);
        r.feedbackNeeded = st.integer(16) != 0;
        r.author = st.text(17);
        r.updatedAt = QDateTime::fromString(st.text(18), Qt::ISODate);
        out.append(r);
    }
    return out;
}

CounsellingRecord SessionRepository::get(qint64 id)
{
    const QList<CounsellingRecord> found = read("WHERE c.id = ?", QString::number(id), {});
    if (found.isEmpty())
        throw Error(ErrorKind::Rejected,
            Tr::tr("The counselling record no longer exists; it may have been deleted with the student's record."));
    return found.first();
}

QList<CounsellingRecord> SessionRepository::forStudent(qint64 studentId)
{
    return read("WHERE c.student_id = ? ORDER BY c.held_on DESC, c.id DESC", QString::number(studentId), {});
}

QList<CounsellingRecord> SessionRepository::range(const QDate &from, const QDate &to)
{
    return read("WHERE c.held_on BETWEEN ? AND ? ORDER BY c.held_on, c.id", dayText(from), dayText(to));
}

qint64 SessionRepository::recordForAppointment(qint64 appointmentId)
{
    require(AccessOp::Read);
    Statement st(m_db, "SELECT id FROM counselling_records WHERE appointment_id = ?");
    st.bind(1, appointmentId);
    return st.step() ? st.int64(0) : 0;
}

qint64 SessionRepository::addGroup(const QString &topic, qint64 staffId, int plannedSessions, const QList<qint64> &memberIds)
{
    require(AccessOp::Write);
    const QString t = topic.trimmed();
    if (t.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("Give the group's topic."));
    if (t.size() > 100)
        throw Error(ErrorKind::Rejected, Tr::tr("The topic has more than 100 characters; shorten it."));
    if (plannedSessions < 1 || plannedSessions > 100)
        throw Error(ErrorKind::Rejected, Tr::tr("Plan 1 to 100 sessions for the group."));
    Transaction tx(m_db);
    const qint64 staff = resolveStaff(staffId);
    Statement st(m_db,
        "INSERT INTO counselling_groups (topic, staff_id, planned_sessions, created_by, created_at) VALUES (?, ?, ?, ?, ?)");
    st.bind(1, t);
    if (staff)
        st.bind(2, staff);
    else
        st.bindNull(2);
    st.bind(3, plannedSessions).bind(4, m_actor).bind(5, nowStamp()).run();
    const qint64 id = m_db.lastInsertId();
    Statement exists(m_db, "SELECT 1 FROM students WHERE id = ?");
    Statement member(m_db, "INSERT OR IGNORE INTO group_members (group_id, student_id) VALUES (?, ?)");
    for (const qint64 s : memberIds) {
        exists.reset();
        exists.bind(1, s);
        if (!exists.step())
            throw Error(ErrorKind::Rejected, Tr::tr("The student record no longer exists; it may have been deleted."));
        member.reset();
        member.bind(1, id).bind(2, s).run();
    }
    appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("counselling_group"), id,
        QStringLiteral("%1 members, %2 sessions planned").arg(memberIds.size()).arg(plannedSessions));
    tx.commit();
    return id;
}

void SessionRepository::updateGroup(const CounsellingGroup &g)
{
    require(AccessOp::Write);
    const QString t = g.topic.trimmed();
    if (t.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("Give the group's topic."));
    if (t.size() > 100)
        throw Error(ErrorKind::Rejected, Tr::tr("The topic has more than 100 characters; shorten it."));
    if (g.plannedSessions < 1 || g.plannedSessions > 100)
        throw Error(ErrorKind::Rejected, Tr::tr("Plan 1 to 100 sessions for the group."));
    Transaction tx(m_db);
    group(g.id);
    const qint64 staff = g.staffId ? resolveStaff(g.staffId) : 0;
    Statement st(m_db, "UPDATE counselling_groups SET topic = ?, staff_id = ?, planned_sessions = ? WHERE id = ?");
    st.bind(1, t);
    if (staff)
        st.bind(2, staff);
    else
        st.bindNull(2);
    st.bind(3, g.plannedSessions).bind(4, g.id).run();
    Statement clear(m_db, "DELETE FROM group_members WHERE group_id = ?");
    clear.bind(1, g.id).run();
    Statement exists(m_db, "SELECT 1 FROM students WHERE id = ?");
    Statement member(m_db, "INSERT OR IGNORE INTO group_members (group_id, student_id) VALUES (?, ?)");
    for (const qint64 s : g.memberIds) {
        exists.reset();
        exists.bind(1, s);
        if (!exists.step())
            throw Error(ErrorKind::Rejected, Tr::tr("The student record no longer exists; it may have been deleted."));
        member.reset();
        member.bind(1, g.id).bind(2, s).run();
    }
    appendAudit(m_db, m_actor, QStringLiteral("update"), QStringLiteral("counselling_group"), g.id,
        QStringLiteral("%1 members, %2 sessions planned").arg(g.memberIds.size()).arg(g.plannedSessions));
    tx.commit();
}

QList<CounsellingGroup> SessionRepository::groups()
{
    require(AccessOp::Read);
    QList<qint64> ids;
    Statement st(m_db, "SELECT id FROM counselling_groups ORDER BY id DESC");
    while (st.step())
        ids << st.int64(0);
    QList<CounsellingGroup> out;
    for (const qint64 id : ids)
        out.append(group(id));
    return out;
}

CounsellingGroup SessionRepository::group(qint64 id)
{
    require(AccessOp::Read);
    Statement st(m_db,
        "SELECT g.id, g.topic, coalesce(g.staff_id, 0), coalesce(s.name, ''), g.planned_sessions, "
        "(SELECT count(*) FROM group_sessions WHERE group_id = g.id) FROM counselling_groups g LEFT JOIN staff s ON s.id = "
        "g.staff_id "
        "WHERE g.id = ?");
    st.bind(1, id);
    if (!st.step())
        throw Error(ErrorKind::Rejected, Tr::tr("The group no longer exists."));
    CounsellingGroup g { st.int64(0), st.text(1), st.int64(2), st.text(3), st.integer(4), {}, st.integer(5) };
    Statement members(m_db, "SELECT student_id FROM group_members WHERE group_id = ? ORDER BY student_id");
    members.bind(1, id);
    while (members.step())
        g.memberIds << members.int64(0);
    return g;
}

void SessionRepository::writeAttendance(qint64 sessionId, qint64 groupId, const QList<qint64> &present)
{
    const QList<qint64> members = group(groupId).memberIds;
    for (const qint64 p : present)
        if (!members.contains(p))
            throw Error(ErrorKind::Rejected,
                Tr::tr("A student marked present is not a member of the group; add the student to the group first."));
    const QSet<qint64> here(present.begin(), present.end());
    Statement clear(m_db, "DELETE FROM group_attendance WHERE session_id = ?");
    clear.bind(1, sessionId).run();
    Statement insert(m_db, "INSERT INTO group_attendance (session_id, student_id, present) VALUES (?, ?, ?)");
    for (const qint64 m : members) {
        insert.reset();
        insert.bind(1, sessionId).bind(2, m).bind(3, here.contains(m) ? 1 : 0).run();
    }
}

qint64 SessionRepository::addGroupSession(qint64 groupId, const QDate &heldOn, int minutes, const QList<qint64> &present)
{
    require(AccessOp::Write);
    if (!heldOn.isValid())
        throw Error(ErrorKind::Rejected, Tr::tr("Give the date of the session."));
    if (heldOn > clock::today())
        throw Error(ErrorKind::Rejected, Tr::tr("The session's date %1 is in the future.").arg(dayText(heldOn)));
    if (minutes < 1 || minutes > 480)
        throw Error(ErrorKind::Rejected, Tr::tr("Give the session's duration in minutes (1 to 480)."));
    Transaction tx(m_db);
    group(groupId);
    Statement st(m_db, "INSERT INTO group_sessions (group_id, held_on, minutes, author, created_at) VALUES (?, ?, ?, ?, ?)");
    st.bind(1, groupId).bind(2, dayText(heldOn)).bind(3, minutes).bind(4, m_actor).bind(5, nowStamp()).run();
    const qint64 id = m_db.lastInsertId();
    writeAttendance(id, groupId, present);
    appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("group_session"), id,
        QStringLiteral("group %1, %2 present").arg(groupId).arg(present.size()));
    tx.commit();
    return id;
}

void SessionRepository::setAttendance(qint64 sessionId, const QList<qint64> &present)
{
    require(AccessOp::Write);
    Transaction tx(m_db);
    Statement owner(m_db, "SELECT group_id FROM group_sessions WHERE id = ?");
    owner.bind(1, sessionId);
    if (!owner.step())
        throw Error(ErrorKind::Rejected, Tr::tr("The group session no longer exists."));
    writeAttendance(sessionId, owner.int64(0), present);
    appendAudit(m_db, m_actor, QStringLiteral("update"), QStringLiteral("group_session"), sessionId,
        QStringLiteral("%1 present").arg(present.size()));
    tx.commit();
}

QList<GroupSession> SessionRepository::groupSessions(qint64 groupId)
{
    require(AccessOp::Read);
    Statement st(m_db, "SELECT id, held_on, minutes FROM group_sessions WHERE group_id = ? ORDER BY held_on, id");
    st.bind(1, groupId);
    QList<GroupSession> out;
    while (st.step())
        out.append({ st.int64(0), groupId, dayFrom(st.text(1)), st.integer(2), {}, {} });
    Statement att(m_db, "SELECT student_id, present FROM group_attendance WHERE session_id = ? ORDER BY student_id");
    for (GroupSession &s : out) {
        att.reset();
        att.bind(1, s.id);
        while (att.step())
            (att.integer(1) ? s.present : s.absent) << att.int64(0);
    }
    return out;
}

QList<StudentGroupSession> SessionRepository::studentGroupSessions(qint64 studentId)
{
    require(AccessOp::Read);
    Statement st(m_db,
        "SELECT gs.id, gs.held_on, g.topic, a.present FROM group_attendance a JOIN group_sessions gs ON gs.id = a.session_id "
        "JOIN counselling_groups g ON g.id = gs.group_id WHERE a.student_id = ? ORDER BY gs.held_on DESC, gs.id DESC");
    st.bind(1, studentId);
    QList<StudentGroupSession> out;
    while (st.step()) {
        StudentGroupSession s;
        s.sessionId = st.int64(0);
        s.heldOn = dayFrom(st.text(1));
        s.topic = st.text(2);
        s.present = st.integer(3) != 0;
        out.append(s);
    }
    return out;
}

QList<TimelineEntry> SessionRepository::timelineEntries(qint64 studentId)
{
    QList<TimelineEntry> out;
    // The merged timeline shows each role what it may read: nothing of counselling for others.
    if (!canReadConfidential())
        return out;
    for (const CounsellingRecord &r : forStudent(studentId))
        out.append({ r.heldOn, QStringLiteral("session"),
            Tr::tr("Counselling record (%1): %2").arg(sessionFormName(r.form), r.categories.join(QStringLiteral(", "))),
            r.summary, r.author, r.id });
    for (const StudentGroupSession &g : studentGroupSessions(studentId))
        out.append({ g.heldOn, QStringLiteral("group_session"), Tr::tr("Group counselling: %1").arg(g.topic),
            g.present ? Tr::tr("Present") : Tr::tr("Absent"), QString(), g.sessionId });
    return out;
}

} // namespace xinan
