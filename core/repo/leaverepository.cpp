#include "leaverepository.h"

#include "../domain/text.h"
#include "../error.h"
#include "../platform/clock.h"
#include "../store/database.h"
#include "audit.h"
#include "classscope.h"
#include "stamps.h"
#include "termcalendar.h"
#include "timelineentry.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LeaveRepository)
};

QString shownDay(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy-MM-dd"));
}

// A day about to be written: given and not after today.
QDate checkedDay(const QDate &day, const QString &what)
{
    if (!day.isValid())
        throw Error(ErrorKind::Rejected, Tr::tr("Give the %1.").arg(what));
    if (day > clock::today())
        throw Error(ErrorKind::Rejected, Tr::tr("The %1, %2, is in the future.").arg(what, shownDay(day)));
    return day;
}

QString checkedText(const QString &text, const QString &field, int maxLength, bool multiLine)
{
    const QString t = text.trimmed();
    if (t.size() > maxLength)
        throw Error(ErrorKind::Rejected,
            Tr::tr("%1 has %2 characters; at most %3 fit. Shorten it.").arg(field).arg(t.size()).arg(maxLength));
    checkPlainText(field, t, multiLine);
    return t;
}

QDate optionalDay(const Statement &st, int column)
{
    return st.isNull(column) ? QDate() : dayFrom(st.text(column));
}

} // namespace

void appendStatusEvent(Database &db, const QString &actor, qint64 studentId, StudentStatus from, StudentStatus to,
    const QDate &effectiveOn, const QString &reason)
{
    Statement &st = db.cached("INSERT INTO student_status_events (student_id, effective_on, from_status, to_status, reason, "
                              "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, studentId).bind(2, dayText(effectiveOn)).bind(3, statusCode(from)).bind(4, statusCode(to));
    st.bind(5, reason).bind(6, actor).bind(7, nowStamp()).run();
}

LeaveRepository::LeaveRepository(Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

LeaveRepository::StudentState LeaveRepository::requireStudent(qint64 studentId)
{
    Statement st(m_db,
        "SELECT status, grade, class_name, (SELECT max(effective_on) FROM student_status_events WHERE student_id = s.id) "
        "FROM students s WHERE id = ?");
    st.bind(1, studentId);
    if (!st.step())
        throw Error(ErrorKind::Rejected, Tr::tr("The student record no longer exists; it may have been deleted."));
    StudentState state;
    state.status = statusFromCode(st.text(0));
    state.grade = st.integer(1);
    state.className = st.text(2);
    state.lastChange = optionalDay(st, 3);
    return state;
}

qint64 LeaveRepository::writeEvent(qint64 studentId, StudentStatus from, StudentStatus to, const QDate &on, const QString &reason)
{
    appendStatusEvent(m_db, m_actor, studentId, from, to, on, reason);
    const qint64 eventId = m_db.lastInsertId();
    Statement st(m_db, "UPDATE students SET status = ?, updated_at = ? WHERE id = ?");
    st.bind(1, statusCode(to)).bind(2, nowStamp()).bind(3, studentId).run();
    appendAudit(m_db, m_actor, QStringLiteral("status"), QStringLiteral("student"), studentId,
        QStringLiteral("event %1: %2 -> %3 on %4").arg(eventId).arg(statusCode(from), statusCode(to), dayText(on)));
    return eventId;
}

qint64 LeaveRepository::changeStatus(qint64 studentId, StudentStatus to, const QDate &effectiveOn, const QString &reason)
{
    requireAccess(m_db.access(), DataKind::StudentBasic, AccessOp::Write);
    Transaction tx(m_db);
    const StudentState state = requireStudent(studentId);
    if (state.status == to)
        throw Error(ErrorKind::Rejected, Tr::tr("The student's status is already %1.").arg(statusName(to)));
    if (to == StudentStatus::Suspended)
        throw Error(ErrorKind::Rejected,
            Tr::tr("A leave (休学) is recorded with its start day and reason category: use 休学… in the student's file."));
    if (state.status == StudentStatus::Suspended && to == StudentStatus::Enrolled)
        throw Error(ErrorKind::Rejected,
            Tr::tr("A return to school (复学) is recorded as a return application with the decision 同意复学: use the "
                   "休学复学 tab of the student's file."));
    const QDate on = checkedDay(effectiveOn, Tr::tr("day the change takes effect"));
    if (state.lastChange.isValid() && on < state.lastChange)
        throw Error(ErrorKind::Rejected,
            Tr::tr("The change cannot take effect on %1, before the student's last status change on %2.")
                .arg(shownDay(on), shownDay(state.lastChange)));
    const QString why = checkedText(reason, Tr::tr("The reason"), MaxReasonLength, true);
    if (why.isEmpty() && (to == StudentStatus::Withdrawn || to == StudentStatus::TransferredOut))
        throw Error(ErrorKind::Rejected, Tr::tr("Give the reason for the change to %1.").arg(statusName(to)));
    if (state.status == StudentStatus::Suspended) {
        // Leaving the school while on leave ends the leave on that day.
        if (const auto leave = openLeave(studentId)) {
            if (on < leave->startsOn)
                throw Error(ErrorKind::Rejected,
                    Tr::tr("The change cannot take effect on %1, before the leave started on %2.")
                        .arg(shownDay(on), shownDay(leave->startsOn)));
            Statement end(m_db, "UPDATE leaves SET ended_on = ? WHERE id = ?");
            end.bind(1, dayText(on)).bind(2, leave->id).run();
        }
    }
    const qint64 eventId = writeEvent(studentId, state.status, to, on, why);
    tx.commit();
    return eventId;
}

qint64 LeaveRepository::startLeave(
    qint64 studentId, const QDate &startsOn, LeaveCategory category, qint64 referralId, const QString &reason)
{
    requireAccess(m_db.access(), DataKind::StudentBasic, AccessOp::Write);
    requireAccess(m_db.access(), DataKind::Leaves, AccessOp::Write);
    Transaction tx(m_db);
    const StudentState state = requireStudent(studentId);
    if (state.status != StudentStatus::Enrolled && state.status != StudentStatus::Suspended)
        throw Error(ErrorKind::Rejected,
            Tr::tr("Only a student who is 在读 can go on leave; this student is %1.").arg(statusName(state.status)));
    if (const auto open = openLeave(studentId))
        throw Error(ErrorKind::Rejected,
            Tr::tr("The student is already on leave since %1; record the return first.").arg(shownDay(open->startsOn)));
    const QDate on = checkedDay(startsOn, Tr::tr("first day of the leave"));
    if (state.lastChange.isValid() && on < state.lastChange)
        throw Error(ErrorKind::Rejected,
            Tr::tr("The leave cannot start on %1, before the student's last status change on %2.")
                .arg(shownDay(on), shownDay(state.lastChange)));
    const QString why = checkedText(reason, Tr::tr("The reason"), MaxReasonLength, true);
    if (referralId != 0) {
        Statement ref(m_db, "SELECT 1 FROM referrals WHERE id = ? AND student_id = ?");
        ref.bind(1, referralId).bind(2, studentId);
        if (!ref.step())
            throw Error(ErrorKind::Rejected, Tr::tr("The referral to link is not one of this student's referrals."));
    }
    Statement insert(m_db,
        "INSERT INTO leaves (student_id, starts_on, reason_category, referral_id, recorded_by, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, studentId).bind(2, dayText(on)).bind(3, leaveCategoryCode(category));
    if (referralId != 0)
        insert.bind(4, referralId);
    else
        insert.bindOptional(4, QString());
    insert.bind(5, m_actor).bind(6, nowStamp()).run();
    const qint64 leaveId = m_db.lastInsertId();
    appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("leave"), leaveId,
        QStringLiteral("student %1: %2%3")
            .arg(studentId)
            .arg(leaveCategoryCode(category), referralId ? QStringLiteral(", referral %1").arg(referralId) : QString()));
    if (state.status == StudentStatus::Enrolled)
        writeEvent(studentId, StudentStatus::Enrolled, StudentStatus::Suspended, on, why);
    tx.commit();
    return leaveId;
}

QString LeaveRepository::certificateWarning(const QString &certificateText)
{
    static const QRegularExpression stable(QStringLiteral("(病情|情况|症状|情绪|状态)(已|基本|较|尚)?(稳定|平稳)"));
    static const QRegularExpression recommends(
        QStringLiteral("建议|可以复学|可复学|准予复学|同意复学|适宜|宜|能够复学|可返校|可以返校"));
    const QString text = certificateText.simplified();
    if (text.contains(stable) && !text.contains(recommends))
        return Tr::tr("The certificate says only that the condition is stable (病情稳定) and does not recommend the return "
                      "to school. Ask the hospital for a clear recommendation (建议复学) before deciding.");
    return {};
}

QStringList LeaveRepository::missingConditions(const ReturnApplicationInput &in)
{
    QStringList out;
    if (!in.conditionStable)
        out << Tr::tr("the condition is stable");
    if (!in.noRiskBehaviour)
        out << Tr::tr("no current risk behaviour");
    if (!in.functioningRestored)
        out << Tr::tr("daily life and study functioning restored");
    return out;
}

QList<std::pair<FollowupKind, QDate>> LeaveRepository::followupsFor(const QDate &returnOn)
{
    QList<std::pair<FollowupKind, QDate>> out { { FollowupKind::Week, returnOn.addDays(7) },
        { FollowupKind::Month, returnOn.addMonths(1) },
        { FollowupKind::TermEnd, TermCalendar(m_db).termContaining(returnOn).endsOn } };
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    return out;
}

qint64 LeaveRepository::recordReturnApplication(const ReturnApplicationInput &in)
{
    requireAccess(m_db.access(), DataKind::Leaves, AccessOp::Write);
    const bool approve = in.decision == ReturnDecision::Approve;
    if (approve)
        requireAccess(m_db.access(), DataKind::StudentBasic, AccessOp::Write);
    Transaction tx(m_db);
    Statement leaveRow(m_db, "SELECT student_id, starts_on, ended_on FROM leaves WHERE id = ?");
    leaveRow.bind(1, in.leaveId);
    if (!leaveRow.step())
        throw Error(ErrorKind::Rejected, Tr::tr("The leave record no longer exists."));
    const qint64 studentId = leaveRow.int64(0);
    const QDate startsOn = dayFrom(leaveRow.text(1));
    if (!leaveRow.isNull(2))
        throw Error(ErrorKind::Rejected,
            Tr::tr("This leave ended on %1; a return application needs a leave still open.").arg(leaveRow.text(2)));
    const StudentState state = requireStudent(studentId);
    const QDate applied = checkedDay(in.appliedOn, Tr::tr("day of the application"));
    if (applied < startsOn)
        throw Error(ErrorKind::Rejected,
            Tr::tr("The application day %1 is before the leave started on %2.").arg(shownDay(applied), shownDay(startsOn)));
    const QDate decided = checkedDay(in.decidedOn, Tr::tr("day of the decision"));
    if (decided < applied)
        throw Error(ErrorKind::Rejected,
            Tr::tr("The decision day %1 is before the application day %2.").arg(shownDay(decided), shownDay(applied)));
    if (in.certificateDate.isValid())
        checkedDay(in.certificateDate, Tr::tr("date of the medical certificate"));
    const QString hospital = checkedText(in.certificateHospital, Tr::tr("The hospital"), 100, false);
    const QString certificate = checkedText(in.certificateText, Tr::tr("The certificate's text"), MaxTextLength, true);
    const QString assessors = checkedText(in.assessors, Tr::tr("The assessors"), 200, false);
    ReturnPlan plan;
    QDate returnOn;
    if (approve) {
        if (const QStringList missing = missingConditions(in); !missing.isEmpty())
            throw Error(ErrorKind::Rejected,
                Tr::tr("The return can be approved only when all three conditions are met; not ticked: %1.")
                    .arg(missing.join(Tr::tr(", "))));
        returnOn = checkedDay(in.returnOn, Tr::tr("day of the return to school"));
        if (returnOn < decided)
            throw Error(ErrorKind::Rejected,
                Tr::tr("The return day %1 is before the decision day %2.").arg(shownDay(returnOn), shownDay(decided)));
        if (returnOn < startsOn)
            throw Error(ErrorKind::Rejected,
                Tr::tr("The return day %1 is before the leave started on %2.").arg(shownDay(returnOn), shownDay(startsOn)));
        if (state.lastChange.isValid() && returnOn < state.lastChange)
            throw Error(ErrorKind::Rejected,
                Tr::tr("The return day %1 is before the student's last status change on %2.")
                    .arg(shownDay(returnOn), shownDay(state.lastChange)));
        plan.placement = checkedText(in.plan.placement, Tr::tr("The class placement"), MaxFieldLength, true);
        plan.schedule = checkedText(in.plan.schedule, Tr::tr("The part-time schedule"), MaxFieldLength, true);
        plan.supporters = checkedText(in.plan.supporters, Tr::tr("Who supports the student"), MaxFieldLength, true);
        plan.relapse = checkedText(in.plan.relapse, Tr::tr("The relapse plan"), MaxFieldLength, true);
    }
    Statement insert(m_db,
        "INSERT INTO return_applications (leave_id, student_id, applied_on, certificate_hospital, certificate_date, "
        "certificate_text, condition_stable, no_risk_behaviour, functioning_restored, assessors, decision, decided_on, "
        "return_on, plan_class, plan_schedule, plan_supporters, plan_relapse, recorded_by, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, in.leaveId).bind(2, studentId).bind(3, dayText(applied)).bind(4, hospital);
    insert.bindOptional(5, in.certificateDate.isValid() ? dayText(in.certificateDate) : QString());
    insert.bindConfidential(6, "return_applications.certificate_text", studentId, certificate);
    insert.bind(7, in.conditionStable ? 1 : 0).bind(8, in.noRiskBehaviour ? 1 : 0).bind(9, in.functioningRestored ? 1 : 0);
    insert.bind(10, assessors).bind(11, returnDecisionCode(in.decision)).bind(12, dayText(decided));
    insert.bindOptional(13, approve ? dayText(returnOn) : QString());
    insert.bind(14, plan.placement).bind(15, plan.schedule).bind(16, plan.supporters).bind(17, plan.relapse);
    insert.bind(18, m_actor).bind(19, nowStamp()).run();
    const qint64 id = m_db.lastInsertId();
    appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("return_application"), id,
        QStringLiteral("leave %1, student %2: %3").arg(in.leaveId).arg(studentId).arg(returnDecisionCode(in.decision)));
    if (approve) {
        Statement end(m_db, "UPDATE leaves SET ended_on = ? WHERE id = ?");
        end.bind(1, dayText(returnOn)).bind(2, in.leaveId).run();
        for (const auto &[kind, due] : followupsFor(returnOn)) {
            Statement f(m_db, "INSERT INTO return_followups (application_id, student_id, kind, due_on) VALUES (?, ?, ?, ?)");
            f.bind(1, id).bind(2, studentId).bind(3, followupKindCode(kind)).bind(4, dayText(due)).run();
        }
        if (state.status != StudentStatus::Enrolled)
            writeEvent(studentId, state.status, StudentStatus::Enrolled, returnOn, Tr::tr("Return to school approved (复学)"));
    }
    tx.commit();
    return id;
}

void LeaveRepository::recordFollowupDone(qint64 followupId, const QDate &doneOn, const QString &note)
{
    requireAccess(m_db.access(), DataKind::Leaves, AccessOp::Write);
    Transaction tx(m_db);
    Statement row(m_db,
        "SELECT f.student_id, f.done_on, a.return_on FROM return_followups f "
        "JOIN return_applications a ON a.id = f.application_id WHERE f.id = ?");
    row.bind(1, followupId);
    if (!row.step())
        throw Error(ErrorKind::Rejected, Tr::tr("The follow-up no longer exists."));
    const qint64 studentId = row.int64(0);
    if (!row.isNull(1))
        throw Error(ErrorKind::Rejected, Tr::tr("This follow-up was already recorded as done on %1.").arg(row.text(1)));
    const QDate returnOn = dayFrom(row.text(2));
    const QDate on = checkedDay(doneOn, Tr::tr("day of the follow-up"));
    if (on < returnOn)
        throw Error(ErrorKind::Rejected,
            Tr::tr("The follow-up day %1 is before the return to school on %2.").arg(shownDay(on), shownDay(returnOn)));
    const QString text = checkedText(note, Tr::tr("The note"), MaxTextLength, true);
    if (text.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("Write a short note on how the student is doing."));
    Statement st(m_db, "UPDATE return_followups SET done_on = ?, note = ?, done_by = ? WHERE id = ?");
    st.bind(1, dayText(on)).bindConfidential(2, "return_followups.note", studentId, text).bind(3, m_actor);
    st.bind(4, followupId).run();
    appendAudit(m_db, m_actor, QStringLiteral("done"), QStringLiteral("return_followup"), followupId,
        QStringLiteral("student %1").arg(studentId));
    tx.commit();
}

QList<DueReturnFollowup> LeaveRepository::dueFollowups(int horizonDays)
{
    requireAccess(m_db.access(), DataKind::Leaves, AccessOp::Read);
    const ClassScope scope(m_db.access(), 2);
    const QByteArray sql = "SELECT f.id, f.application_id, f.student_id, f.kind, f.due_on, s.student_no, s.name, s.grade, "
                           "s.class_name, a.return_on FROM return_followups f "
                           "JOIN return_applications a ON a.id = f.application_id JOIN students s ON s.id = f.student_id "
                           "WHERE f.done_on IS NULL AND f.due_on <= ?1 AND s.status = 'enrolled' "
        + scope.condition("s.grade", "s.class_name") + "ORDER BY f.due_on, s.grade, s.class_name, s.name";
    Statement st(m_db, sql.constData());
    st.bind(1, dayText(clock::today().addDays(std::max(0, horizonDays))));
    scope.bind(st);
    QList<DueReturnFollowup> out;
    while (st.step()) {
        DueReturnFollowup d;
        d.followup.id = st.int64(0);
        d.followup.applicationId = st.int64(1);
        d.followup.studentId = st.int64(2);
        d.followup.kind = followupKindFromCode(st.text(3)).value_or(FollowupKind::Week);
        d.followup.dueOn = dayFrom(st.text(4));
        d.studentNo = st.text(5);
        d.studentName = st.text(6);
        d.grade = st.integer(7);
        d.className = st.text(8);
        d.returnedOn = dayFrom(st.text(9));
        out.append(d);
    }
    return out;
}

QList<ReturnApplication> LeaveRepository::applicationsOf(qint64 leaveId, qint64 studentId)
{
    QList<ReturnApplication> out;
    Statement st(m_db,
        "SELECT id, applied_on, certificate_hospital, certificate_date, certificate_text, condition_stable, "
        "no_risk_behaviour, functioning_restored, assessors, decision, decided_on, return_on, plan_class, plan_schedule, "
        "plan_supporters, plan_relapse, recorded_by FROM return_applications WHERE leave_id = ? ORDER BY decided_on, id");
    st.bind(1, leaveId);
    while (st.step()) {
        ReturnApplication a;
        a.id = st.int64(0);
        a.leaveId = leaveId;
        a.studentId = studentId;
        a.appliedOn = dayFrom(st.text(1));
        a.certificateHospital = st.text(2);
        a.certificateDate = optionalDay(st, 3);
        a.certificateText = st.confidentialText(4, "return_applications.certificate_text", studentId);
        a.conditionStable = st.integer(5) != 0;
        a.noRiskBehaviour = st.integer(6) != 0;
        a.functioningRestored = st.integer(7) != 0;
        a.assessors = st.text(8);
        a.decision = returnDecisionFromCode(st.text(9)).value_or(ReturnDecision::Further);
        a.decidedOn = dayFrom(st.text(10));
        a.returnOn = optionalDay(st, 11);
        a.plan = { st.text(12), st.text(13), st.text(14), st.text(15) };
        a.recordedBy = st.text(16);
        out.append(a);
    }
    for (ReturnApplication &a : out) {
        Statement f(m_db,
            "SELECT id, kind, due_on, done_on, note, done_by FROM return_followups WHERE application_id = ? "
            "ORDER BY due_on, id");
        f.bind(1, a.id);
        while (f.step()) {
            ReturnFollowup r;
            r.id = f.int64(0);
            r.applicationId = a.id;
            r.studentId = studentId;
            r.kind = followupKindFromCode(f.text(1)).value_or(FollowupKind::Week);
            r.dueOn = dayFrom(f.text(2));
            r.doneOn = optionalDay(f, 3);
            r.note = f.confidentialText(4, "return_followups.note", studentId);
            r.doneBy = f.isNull(5) ? QString() : f.text(5);
            a.followups.append(r);
        }
    }
    return out;
}

QList<Leave> LeaveRepository::leaves(qint64 studentId)
{
    requireAccess(m_db.access(), DataKind::Leaves, AccessOp::Read);
    Statement who(m_db, "SELECT grade, class_name FROM students WHERE id = ?");
    who.bind(1, studentId);
    if (!who.step())
        return {};
    requireClassAccess(m_db.access(), DataKind::Leaves, AccessOp::Read, who.integer(0), who.text(1));
    QList<Leave> out;
    Statement st(m_db,
        "SELECT id, starts_on, reason_category, referral_id, ended_on, recorded_by FROM leaves "
        "WHERE student_id = ? ORDER BY starts_on DESC, id DESC");
    st.bind(1, studentId);
    while (st.step()) {
        Leave l;
        l.id = st.int64(0);
        l.studentId = studentId;
        l.startsOn = dayFrom(st.text(1));
        l.category = leaveCategoryFromCode(st.text(2)).value_or(LeaveCategory::Other);
        l.referralId = st.isNull(3) ? 0 : st.int64(3);
        l.endedOn = optionalDay(st, 4);
        l.recordedBy = st.text(5);
        out.append(l);
    }
    for (Leave &l : out)
        l.applications = applicationsOf(l.id, studentId);
    return out;
}

std::optional<Leave> LeaveRepository::openLeave(qint64 studentId)
{
    for (const Leave &l : leaves(studentId))
        if (l.open())
            return l;
    return std::nullopt;
}

QList<StatusEvent> LeaveRepository::statusEvents(qint64 studentId)
{
    requireAccess(m_db.access(), DataKind::StudentBasic, AccessOp::Read);
    Statement who(m_db, "SELECT grade, class_name FROM students WHERE id = ?");
    who.bind(1, studentId);
    if (!who.step())
        return {};
    requireClassAccess(m_db.access(), DataKind::StudentBasic, AccessOp::Read, who.integer(0), who.text(1));
    Statement st(m_db,
        "SELECT id, effective_on, from_status, to_status, reason, recorded_by, recorded_at "
        "FROM student_status_events WHERE student_id = ? ORDER BY effective_on DESC, id DESC");
    st.bind(1, studentId);
    QList<StatusEvent> out;
    while (st.step())
        out.append({ st.int64(0), studentId, dayFrom(st.text(1)), statusFromCode(st.text(2)), statusFromCode(st.text(3)),
            st.text(4), st.text(5), QDateTime::fromString(st.text(6), Qt::ISODate) });
    return out;
}

QList<OnLeaveStudent> LeaveRepository::onLeave()
{
    requireAccess(m_db.access(), DataKind::Leaves, AccessOp::Read);
    const ClassScope scope(m_db.access(), 1);
    const QByteArray sql = "SELECT s.id, s.student_no, s.name, s.grade, s.class_name, l.id, l.starts_on, l.reason_category "
                           "FROM leaves l JOIN students s ON s.id = l.student_id "
                           "WHERE l.ended_on IS NULL AND s.status = 'suspended' "
        + scope.condition("s.grade", "s.class_name") + "ORDER BY l.starts_on, s.grade, s.class_name, s.name";
    Statement st(m_db, sql.constData());
    scope.bind(st);
    QList<OnLeaveStudent> out;
    while (st.step())
        out.append({ st.int64(0), st.text(1), st.text(2), st.integer(3), st.text(4), st.int64(5), dayFrom(st.text(6)),
            leaveCategoryFromCode(st.text(7)).value_or(LeaveCategory::Other) });
    return out;
}

QList<ReferralChoice> LeaveRepository::referralsOf(qint64 studentId)
{
    requireAccess(m_db.access(), DataKind::Leaves, AccessOp::Write);
    requireAccess(m_db.access(), DataKind::Referrals, AccessOp::Read);
    Statement st(m_db, "SELECT id, opened_on FROM referrals WHERE student_id = ? ORDER BY opened_on DESC, id DESC");
    st.bind(1, studentId);
    QList<ReferralChoice> out;
    while (st.step())
        out.append({ st.int64(0), dayFrom(st.text(1)) });
    return out;
}

QList<TimelineEntry> LeaveRepository::timelineEntries(qint64 studentId)
{
    QList<TimelineEntry> out;
    const Access &access = m_db.access();
    if (!access.allows(DataKind::StudentBasic, AccessOp::Read))
        return out;
    for (const StatusEvent &e : statusEvents(studentId)) {
        out.append({ e.effectiveOn, QStringLiteral("status"), Tr::tr("Status: %1 → %2").arg(statusName(e.from), statusName(e.to)),
            e.reason, e.recordedBy, e.id });
    }
    if (!access.allows(DataKind::Leaves, AccessOp::Read))
        return out;
    for (const Leave &l : leaves(studentId)) {
        for (auto a = l.applications.crbegin(); a != l.applications.crend(); ++a) {
            for (auto f = a->followups.crbegin(); f != a->followups.crend(); ++f)
                if (f->done())
                    out.append({ f->doneOn, QStringLiteral("return_followup"),
                        Tr::tr("Return follow-up: %1").arg(followupKindName(f->kind)), f->note, f->doneBy, f->id });
            QString body = Tr::tr("Applied %1").arg(shownDay(a->appliedOn));
            if (!a->certificateHospital.isEmpty())
                body += Tr::tr(", certificate from %1").arg(a->certificateHospital);
            if (a->decision == ReturnDecision::Approve)
                body += Tr::tr(", back on %1").arg(shownDay(a->returnOn));
            out.append({ a->decidedOn, QStringLiteral("return_application"),
                Tr::tr("Return application: %1").arg(returnDecisionName(a->decision)), body, a->recordedBy, a->id });
        }
        out.append({ l.startsOn, QStringLiteral("leave"), Tr::tr("Leave started (%1)").arg(leaveCategoryName(l.category)),
            l.referralId ? Tr::tr("Linked to a referral") : QString(), l.recordedBy, l.id });
    }
    std::stable_sort(out.begin(), out.end(), [](const TimelineEntry &a, const TimelineEntry &b) { return a.date > b.date; });
    return out;
}

} // namespace xinan
