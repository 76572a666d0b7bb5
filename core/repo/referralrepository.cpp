#include "referralrepository.h"

#include "../error.h"
#include "../platform/clock.h"
#include "../store/database.h"
#include "audit.h"
#include "referralloop.h"
#include "stamps.h"
#include "timelineentry.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReferralRepository)
};

using namespace referral_loop;

#define XINAN_REFERRAL_SELECT                                                                                                    \
    "SELECT r.id, r.student_id, s.student_no, s.name, s.grade, s.class_name, r.source, coalesce(r.source_id, 0), "               \
    "r.opened_on, r.reason, r.followup_days, r.status, r.closed_on, r.close_reason, r.opened_by "                                \
    "FROM referrals r JOIN students s ON s.id = r.student_id "

// The student a referral's source record is about.
const char *sourceQuery(ReferralSource s)
{
    switch (s) {
    case ReferralSource::Crisis:
        return "SELECT student_id FROM crisis_events WHERE id = ?";
    case ReferralSource::Alert:
        return "SELECT student_id FROM alerts WHERE id = ?";
    case ReferralSource::Session:
        return "SELECT student_id FROM counselling_records WHERE id = ?";
    case ReferralSource::File:
        break;
    }
    return "SELECT NULL WHERE 0 AND ? IS NULL";
}

} // namespace

ReferralRepository::ReferralRepository(Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

namespace {

// Reads referrals and completes each with its loop state (stage, due day, overdue).
QList<Referral> readReferrals(Database &db, Statement &st, int receiptDueDays)
{
    QList<Referral> out;
    QHash<qint64, int> index;
    while (st.step()) {
        Referral r;
        r.id = st.int64(0);
        r.studentId = st.int64(1);
        r.studentNo = st.text(2);
        r.studentName = st.text(3);
        r.grade = st.integer(4);
        r.className = st.text(5);
        r.source = referralSourceFromCode(st.text(6)).value_or(ReferralSource::File);
        r.sourceId = st.int64(7);
        r.openedOn = dayFrom(st.text(8));
        r.reason = st.confidentialText(9, "referrals.reason", r.studentId);
        r.followupDays = st.integer(10);
        r.open = st.text(11) == u"open";
        r.closedOn = st.isNull(12) ? QDate() : dayFrom(st.text(12));
        r.closeReason = st.confidentialText(13, "referrals.close_reason", r.studentId);
        r.openedBy = st.text(14);
        index.insert(r.id, static_cast<int>(out.size()));
        out.append(r);
    }
    if (out.isEmpty())
        return out;
    QHash<qint64, QList<StepFacts>> steps;
    if (out.size() == 1) {
        Statement s(db,
            "SELECT referral_id, kind, happened_on, consent, outcome, hospital FROM referral_steps "
            "WHERE referral_id = ? ORDER BY happened_on, id");
        s.bind(1, out.first().id);
        while (s.step())
            steps[s.int64(0)].append(
                { referralStepKindFromCode(s.text(1)).value_or(ReferralStepKind::FollowUp), dayFrom(s.text(2)),
                    consentFromCode(s.text(3)), receiptOutcomeFromCode(s.text(4)).value_or(ReceiptOutcome::None), s.text(5) });
    } else {
        Statement s(db,
            "SELECT referral_id, kind, happened_on, consent, outcome, hospital FROM referral_steps "
            "ORDER BY referral_id, happened_on, id");
        while (s.step())
            if (index.contains(s.int64(0)))
                steps[s.int64(0)].append({ referralStepKindFromCode(s.text(1)).value_or(ReferralStepKind::FollowUp),
                    dayFrom(s.text(2)), consentFromCode(s.text(3)),
                    receiptOutcomeFromCode(s.text(4)).value_or(ReceiptOutcome::None), s.text(5) });
    }
    const QDate today = clock::today();
    for (Referral &r : out) {
        const LoopState s = loopState(r.openedOn, steps.value(r.id));
        r.stage = r.open ? s.stage : ReferralStage::Closed;
        r.lastStepOn = s.lastStepOn;
        r.slipOn = s.slipOn;
        r.hospital = s.hospital;
        r.refused = s.refused;
        r.notSeen = s.notSeen;
        if (!r.open)
            continue;
        ReferralOverdue kind = ReferralOverdue::None;
        if (s.receiptPending) {
            r.nextDue = s.slipOn.addDays(receiptDueDays);
            kind = ReferralOverdue::ReceiptMissing;
        } else if (s.followupBase.isValid()) {
            r.nextDue = s.followupBase.addDays(r.followupDays);
            kind = ReferralOverdue::FollowUpOverdue;
        }
        // Due on nextDue itself; overdue from the day after (nextDue + 1 is one day overdue).
        if (r.nextDue.isValid() && r.nextDue < today) {
            r.overdue = kind;
            r.overdueDays = static_cast<int>(r.nextDue.daysTo(today));
        }
    }
    return out;
}

} // namespace

qint64 ReferralRepository::open(
    qint64 studentId, const QDate &openedOn, const QString &reason, ReferralSource source, qint64 sourceId)
{
    requireAccess(m_db.access(), DataKind::Referrals, AccessOp::Write);
    checkDay(openedOn, Tr::tr("the referral"));
    const QString text = checkedBody(reason, Tr::tr("The reason"),
        Tr::tr("Write the reason for the referral, in words fit for a hospital: what was observed, since when, what was "
               "tried."));
    Transaction tx(m_db);
    Statement student(m_db, "SELECT name, status FROM students WHERE id = ?");
    student.bind(1, studentId);
    if (!student.step())
        throw Error(ErrorKind::Rejected, Tr::tr("The student record no longer exists; it may have been deleted."));
    const QString name = student.text(0);
    if (student.text(1) != u"enrolled")
        throw Error(ErrorKind::Rejected,
            Tr::tr("%1 is not enrolled (在读); a referral is opened only for an enrolled student.").arg(name));
    if (const std::optional<qint64> existing = openReferralOf(studentId)) {
        Statement since(m_db, "SELECT opened_on FROM referrals WHERE id = ?");
        since.bind(1, *existing);
        since.step();
        throw Error(ErrorKind::Rejected,
            Tr::tr("%1 already has an open referral (since %2). Record the new step there, or close it first.")
                .arg(name, since.text(0)));
    }
    if (source == ReferralSource::File) {
        if (sourceId != 0)
            throw Error(ErrorKind::Rejected, Tr::tr("A referral from the student file names no other record."));
    } else {
        if (sourceId == 0)
            throw Error(ErrorKind::Rejected, Tr::tr("Choose the %1 the referral starts from.").arg(referralSourceName(source)));
        Statement found(m_db, sourceQuery(source));
        found.bind(1, sourceId);
        if (!found.step())
            throw Error(ErrorKind::Rejected,
                Tr::tr("The %1 the referral starts from (no. %2) no longer exists.")
                    .arg(referralSourceName(source))
                    .arg(sourceId));
        if (found.int64(0) != studentId)
            throw Error(ErrorKind::Rejected,
                Tr::tr("The %1 the referral starts from (no. %2) is about another student, not %3.")
                    .arg(referralSourceName(source))
                    .arg(sourceId)
                    .arg(name));
    }
    const QString now = nowStamp();
    Statement insert(m_db,
        "INSERT INTO referrals (student_id, source, source_id, opened_on, reason, followup_days, status, opened_by, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)");
    insert.bind(1, studentId).bind(2, referralSourceCode(source));
    if (sourceId)
        insert.bind(3, sourceId);
    else
        insert.bindNull(3);
    insert.bind(4, dayText(openedOn)).bindConfidential(5, "referrals.reason", studentId, text).bind(6, DefaultFollowupDays);
    insert.bind(7, m_actor).bind(8, now).bind(9, now).run();
    const qint64 id = m_db.lastInsertId();
    appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("referral"), id,
        sourceId ? QStringLiteral("student %1, from %2 %3")
                       .arg(QString::number(studentId), referralSourceCode(source), QString::number(sourceId))
                 : QStringLiteral("student %1, from %2").arg(QString::number(studentId), referralSourceCode(source)));
    tx.commit();
    return id;
}

QList<ReferralStepKind> ReferralRepository::nextAllowed(qint64 referralId)
{
    requireAccess(m_db.access(), DataKind::Referrals, AccessOp::Read);
    const ReferralDetail d = detail(referralId);
    if (!d.referral.open)
        return {};
    QList<StepFacts> facts;
    for (const ReferralStep &s : d.steps)
        facts.append({ s.kind, s.on, s.consent, s.outcome, s.hospital });
    return allowedAfter(loopState(d.referral.openedOn, facts));
}

qint64 ReferralRepository::addStep(const ReferralStep &step)
{
    requireAccess(m_db.access(), DataKind::Referrals, AccessOp::Write);
    using K = ReferralStepKind;
    ReferralStep in;
    in.referralId = step.referralId;
    in.kind = step.kind;
    in.on = step.on;
    Transaction tx(m_db);
    const ReferralDetail d = detail(in.referralId);
    if (!d.referral.open)
        throw Error(ErrorKind::Rejected,
            Tr::tr("This referral was closed on %1; it takes no more steps. Open a new referral if the student needs one.")
                .arg(shownDay(d.referral.closedOn)));
    QList<StepFacts> facts;
    for (const ReferralStep &s : d.steps)
        facts.append({ s.kind, s.on, s.consent, s.outcome, s.hospital });
    const LoopState state = loopState(d.referral.openedOn, facts);
    const QList<K> allowed = allowedAfter(state);
    if (!allowed.contains(in.kind))
        throw Error(ErrorKind::Rejected, refusalMessage(state, in.kind, allowed));
    checkDay(step.on, referralStepKindName(step.kind));
    switch (step.kind) {
    case K::Meeting:
        in.attendees = checkedLine(step.attendees, Tr::tr("The attendees"), MaxLineLength * 2);
        in.body = checkedBody(step.body, Tr::tr("The conclusion"),
            Tr::tr("Write the case meeting's conclusion: whether to refer, to which service, and why."));
        break;
    case K::Parents:
        in.method = checkedLine(step.method, Tr::tr("How the parents were told"));
        if (in.method.isEmpty())
            throw Error(ErrorKind::Rejected, Tr::tr("Say how the parents were told (面谈, 电话, 家访, 视频 …)."));
        if (step.consent == ParentConsent::None)
            throw Error(ErrorKind::Rejected, Tr::tr("Record whether the parents consented to the referral or refused it."));
        in.consent = step.consent;
        in.body = checkedBody(step.body, Tr::tr("The parents' response"), QString());
        break;
    case K::Slip:
        in.hospitalId = step.hospitalId;
        in.hospital = checkedLine(step.hospital, Tr::tr("The hospital"));
        in.department = checkedLine(step.department, Tr::tr("The department"));
        in.escort = checkedLine(step.escort, Tr::tr("Who goes with the student"));
        in.body = checkedBody(step.body, Tr::tr("The note"), QString());
        break;
    case K::Receipt:
        if (step.outcome == ReceiptOutcome::None)
            throw Error(ErrorKind::Rejected,
                Tr::tr("Record what the receipt says: seen as an outpatient, admitted as an inpatient, or not seen."));
        in.outcome = step.outcome;
        in.body = checkedBody(step.body, Tr::tr("The summary"), QString());
        break;
    case K::FollowUp:
        in.body = checkedBody(step.body, Tr::tr("The follow-up note"),
            Tr::tr("Write the follow-up note: whom you spoke to and how the student is."));
        break;
    }
    if (in.on < state.lastStepOn)
        throw Error(ErrorKind::Rejected,
            Tr::tr("The date %1 is before the referral's last step (%2).").arg(shownDay(in.on), shownDay(state.lastStepOn)));
    if (in.kind == K::Slip) {
        if (in.hospitalId != 0) {
            Statement h(m_db, "SELECT name, department, retired FROM partner_hospitals WHERE id = ?");
            h.bind(1, in.hospitalId);
            if (!h.step())
                throw Error(ErrorKind::Rejected, Tr::tr("The partner hospital no longer exists; choose another one."));
            if (h.integer(2) != 0)
                throw Error(ErrorKind::Rejected,
                    Tr::tr("%1 is no longer one of the school's partner hospitals; choose another one.").arg(h.text(0)));
            if (in.hospital.isEmpty())
                in.hospital = h.text(0);
            if (in.department.isEmpty())
                in.department = h.text(1);
        }
        if (in.hospital.isEmpty())
            throw Error(ErrorKind::Rejected, Tr::tr("Choose the hospital the slip is for (or type its name)."));
    }
    Statement insert(m_db,
        "INSERT INTO referral_steps (referral_id, kind, happened_on, attendees, method, consent, hospital_id, hospital, "
        "department, escort, outcome, body, author, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, in.referralId).bind(2, referralStepKindCode(in.kind)).bind(3, dayText(in.on)).bind(4, in.attendees);
    insert.bind(5, in.method).bind(6, parentConsentCode(in.consent));
    if (in.hospitalId)
        insert.bind(7, in.hospitalId);
    else
        insert.bindNull(7);
    insert.bind(8, in.hospital).bind(9, in.department).bind(10, in.escort).bind(11, receiptOutcomeCode(in.outcome));
    insert.bindConfidential(12, "referral_steps.body", in.referralId, in.body).bind(13, m_actor).bind(14, nowStamp()).run();
    const qint64 id = m_db.lastInsertId();
    Statement touch(m_db, "UPDATE referrals SET updated_at = ? WHERE id = ?");
    touch.bind(1, nowStamp()).bind(2, in.referralId).run();
    QString detailText
        = QStringLiteral("referral %1, student %2: %3")
              .arg(QString::number(in.referralId), QString::number(d.referral.studentId), referralStepKindCode(in.kind));
    if (in.consent != ParentConsent::None)
        detailText += u' ' + parentConsentCode(in.consent);
    if (in.outcome != ReceiptOutcome::None)
        detailText += u' ' + receiptOutcomeCode(in.outcome);
    if (in.hospitalId)
        detailText += QStringLiteral(" hospital %1").arg(in.hospitalId);
    appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("referral_step"), id, detailText);
    tx.commit();
    return id;
}

void ReferralRepository::setFollowupDays(qint64 referralId, int days)
{
    requireAccess(m_db.access(), DataKind::Referrals, AccessOp::Write);
    if (days < 1 || days > 90)
        throw Error(ErrorKind::Rejected, Tr::tr("The follow-up interval must be 1 to 90 days, not %1.").arg(days));
    Transaction tx(m_db);
    const ReferralDetail d = detail(referralId);
    if (!d.referral.open)
        throw Error(ErrorKind::Rejected,
            Tr::tr("This referral was closed on %1; it can no longer be changed.").arg(shownDay(d.referral.closedOn)));
    Statement st(m_db, "UPDATE referrals SET followup_days = ?, updated_at = ? WHERE id = ?");
    st.bind(1, days).bind(2, nowStamp()).bind(3, referralId).run();
    appendAudit(m_db, m_actor, QStringLiteral("update"), QStringLiteral("referral"), referralId,
        QStringLiteral("student %1: follow-up every %2 days").arg(QString::number(d.referral.studentId), QString::number(days)));
    tx.commit();
}

void ReferralRepository::close(qint64 referralId, const QDate &closedOn, const QString &reason)
{
    requireAccess(m_db.access(), DataKind::Referrals, AccessOp::Write);
    checkDay(closedOn, Tr::tr("closing"));
    const QString text = checkedBody(reason, Tr::tr("The reason for closing"),
        Tr::tr("Write why the referral is closed (treatment finished, student stable, family moved away …)."));
    Transaction tx(m_db);
    const Referral r = detail(referralId).referral;
    if (!r.open)
        throw Error(ErrorKind::Rejected, Tr::tr("This referral was already closed on %1.").arg(shownDay(r.closedOn)));
    if (closedOn < r.lastStepOn)
        throw Error(ErrorKind::Rejected,
            Tr::tr("The closing date %1 is before the referral's last step (%2).")
                .arg(shownDay(closedOn), shownDay(r.lastStepOn)));
    Statement st(m_db, "UPDATE referrals SET status = 'closed', closed_on = ?, close_reason = ?, updated_at = ? WHERE id = ?");
    st.bind(1, dayText(closedOn)).bindConfidential(2, "referrals.close_reason", r.studentId, text).bind(3, nowStamp());
    st.bind(4, referralId).run();
    appendAudit(m_db, m_actor, QStringLiteral("close"), QStringLiteral("referral"), referralId,
        QStringLiteral("student %1 (stage %2)").arg(QString::number(r.studentId), stageCode(r.stage)));
    tx.commit();
}

QList<Referral> ReferralRepository::referrals(bool openOnly)
{
    requireAccess(m_db.access(), DataKind::Referrals, AccessOp::Read);
    Statement st(m_db, XINAN_REFERRAL_SELECT "WHERE (?1 = 0 OR r.status = 'open')");
    st.bind(1, openOnly ? 1 : 0);
    QList<Referral> out = readReferrals(m_db, st, receiptDueDays());
    std::sort(out.begin(), out.end(), [](const Referral &a, const Referral &b) {
        if (a.open != b.open)
            return a.open;
        if (a.open) {
            if (a.overdueDays != b.overdueDays)
                return a.overdueDays > b.overdueDays;
            if (a.openedOn != b.openedOn)
                return a.openedOn < b.openedOn;
            return a.id < b.id;
        }
        if (a.closedOn != b.closedOn)
            return a.closedOn > b.closedOn;
        return a.id > b.id;
    });
    return out;
}

QList<Referral> ReferralRepository::studentReferrals(qint64 studentId)
{
    requireAccess(m_db.access(), DataKind::Referrals, AccessOp::Read);
    Statement st(m_db, XINAN_REFERRAL_SELECT "WHERE r.student_id = ? ORDER BY r.opened_on DESC, r.id DESC");
    st.bind(1, studentId);
    return readReferrals(m_db, st, receiptDueDays());
}

std::optional<qint64> ReferralRepository::openReferralOf(qint64 studentId)
{
    requireAccess(m_db.access(), DataKind::Referrals, AccessOp::Read);
    Statement st(m_db, "SELECT id FROM referrals WHERE student_id = ? AND status = 'open' ORDER BY id DESC LIMIT 1");
    st.bind(1, studentId);
    if (st.step())
        return st.int64(0);
    return std::nullopt;
}

QList<Referral> ReferralRepository::attention()
{
    QList<Referral> out;
    for (const Referral &r : referrals(true))
        if (r.overdue != ReferralOverdue::None || r.refused || r.notSeen)
            out.append(r);
    return out;
}

ReferralDetail ReferralRepository::detail(qint64 referralId)
{
    requireAccess(m_db.access(), DataKind::Referrals, AccessOp::Read);
    Statement st(m_db, XINAN_REFERRAL_SELECT "WHERE r.id = ?");
    st.bind(1, referralId);
    const QList<Referral> found = readReferrals(m_db, st, receiptDueDays());
    if (found.isEmpty())
        throw Error(
            ErrorKind::Rejected, Tr::tr("The referral no longer exists; it may have been deleted with the student's record."));
    ReferralDetail d;
    d.referral = found.first();
    Statement steps(m_db,
        "SELECT id, kind, happened_on, attendees, method, consent, coalesce(hospital_id, 0), hospital, department, escort, "
        "outcome, body, author, recorded_at FROM referral_steps WHERE referral_id = ? ORDER BY happened_on, id");
    steps.bind(1, referralId);
    while (steps.step()) {
        ReferralStep s;
        s.id = steps.int64(0);
        s.referralId = referralId;
        s.kind = referralStepKindFromCode(steps.text(1)).value_or(ReferralStepKind::FollowUp);
        s.on = dayFrom(steps.text(2));
        s.attendees = steps.text(3);
        s.method = steps.text(4);
        s.consent = consentFromCode(steps.text(5));
        s.hospitalId = steps.int64(6);
        s.hospital = steps.text(7);
        s.department = steps.text(8);
        s.escort = steps.text(9);
        s.outcome = receiptOutcomeFromCode(steps.text(10)).value_or(ReceiptOutcome::None);
        s.body = steps.confidentialText(11, "referral_steps.body", referralId);
        s.author = steps.text(12);
        s.recordedAt = QDateTime::fromString(steps.text(13), Qt::ISODate);
        d.steps.append(s);
    }
    return d;
}

QList<TimelineEntry> ReferralRepository::timelineEntries(qint64 studentId)
{
    QList<TimelineEntry> out;
    // The merged timeline shows each role what it may read: referrals to counsellors and the
    // head (without the sealed texts for the head).
    if (!m_db.access().allows(DataKind::Referrals, AccessOp::Read))
        return out;
    for (const Referral &r : studentReferrals(studentId)) {
        if (!r.open)
            out.append(
                { r.closedOn, QStringLiteral("referral_closed"), Tr::tr("Referral closed"), r.closeReason, QString(), r.id });
        const QList<ReferralStep> steps = detail(r.id).steps;
        for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
            const ReferralStep &s = *it;
            QStringList summary;
            switch (s.kind) {
            case ReferralStepKind::Meeting:
                if (!s.attendees.isEmpty())
                    summary << Tr::tr("Attendees: %1").arg(s.attendees);
                break;
            case ReferralStepKind::Parents:
                summary << Tr::tr("%1 (%2)").arg(parentConsentName(s.consent), s.method);
                break;
            case ReferralStepKind::Slip:
                summary << QStringList { s.hospital, s.department }.join(u' ').trimmed();
                if (!s.escort.isEmpty())
                    summary << Tr::tr("accompanied by %1").arg(s.escort);
                break;
            case ReferralStepKind::Receipt:
                summary << receiptOutcomeName(s.outcome);
                break;
            case ReferralStepKind::FollowUp:
                break;
            }
            if (!s.body.isEmpty())
                summary << s.body;
            out.append({ s.on, QStringLiteral("referral_step"), Tr::tr("Referral: %1").arg(referralStepKindName(s.kind)),
                summary.join(QStringLiteral("\n")), s.author, s.id });
        }
        const QString from = r.source == ReferralSource::File ? QString() : Tr::tr("From: %1").arg(referralSourceName(r.source));
        out.append({ r.openedOn, QStringLiteral("referral"), Tr::tr("Referral opened"),
            QStringList { from, r.reason }.join(QStringLiteral("\n")).trimmed(), r.openedBy, r.id });
    }
    return out;
}

} // namespace xinan
