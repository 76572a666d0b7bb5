#include "referralrepository.h"

#include "../domain/text.h"
#include "../error.h"
#include "../platform/clock.h"
#include "../store/database.h"
#include "audit.h"
#include "settingsrepository.h"
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

constexpr int MaxLineLength = 200; // one-line fields: attendees, method, hospital, department, escort, address …

QString shownDay(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy-MM-dd"));
}

QString checkedBody(const QString &text, const QString &field, const QString &emptyMessage)
{
    const QString t = text.trimmed();
    if (t.isEmpty() && !emptyMessage.isEmpty())
        throw Error(ErrorKind::Rejected, emptyMessage);
    if (t.size() > ReferralRepository::MaxTextLength)
        throw Error(ErrorKind::Rejected,
            Tr::tr("%1 has %2 characters; at most %3 fit. Shorten it.")
                .arg(field)
                .arg(t.size())
                .arg(ReferralRepository::MaxTextLength));
    checkPlainText(field, t, true);
    return t;
}

QString checkedLine(const QString &text, const QString &field, int maxLength = MaxLineLength)
{
    const QString t = text.trimmed();
    if (t.size() > maxLength)
        throw Error(ErrorKind::Rejected,
            Tr::tr("%1 has %2 characters; at most %3 fit. Shorten it.").arg(field).arg(t.size()).arg(maxLength));
    checkPlainText(field, t, false);
    return t;
}

void checkDay(const QDate &day, const QString &what)
{
    if (!day.isValid())
        throw Error(ErrorKind::Rejected, Tr::tr("Give the date of %1.").arg(what));
    if (day > clock::today())
        throw Error(ErrorKind::Rejected, Tr::tr("The date of %1, %2, is in the future.").arg(what, shownDay(day)));
}

// A step as the loop sees it (no texts).
struct StepFacts
{
    ReferralStepKind kind;
    QDate on;
    ParentConsent consent;
    ReceiptOutcome outcome;
    QString hospital;
};

ParentConsent consentFromCode(const QString &code)
{
    if (code == u"consent")
        return ParentConsent::Consent;
    if (code == u"refusal")
        return ParentConsent::Refusal;
    return ParentConsent::None;
}

// Where the loop stands after a list of steps (oldest first).
struct LoopState
{
    ReferralStage stage = ReferralStage::Opened;
    bool hasMeeting = false;
    bool hasSlip = false;
    bool refused = false; // the newest parents step is a refusal
    bool consented = false; // the newest parents step is a consent
    bool notSeen = false; // the newest receipt says not seen
    bool receiptPending = false; // the newest slip has no receipt after it
    QDate lastStepOn;
    QDate slipOn; // newest slip
    QString hospital; // newest slip's
    QDate followupBase; // newest receipt / follow-up / refusal: the day the follow-up interval counts from
    std::optional<ReferralStepKind> lastKind;
};

LoopState loopState(const QDate &openedOn, const QList<StepFacts> &steps)
{
    LoopState s;
    s.lastStepOn = openedOn;
    for (const StepFacts &f : steps) {
        s.lastKind = f.kind;
        s.lastStepOn = f.on;
        switch (f.kind) {
        case ReferralStepKind::Meeting:
            s.hasMeeting = true;
            s.stage = ReferralStage::Meeting;
            break;
        case ReferralStepKind::Parents:
            s.refused = f.consent == ParentConsent::Refusal;
            s.consented = f.consent == ParentConsent::Consent;
            s.stage = s.refused ? ReferralStage::Refused : ReferralStage::Parents;
            if (s.refused)
                s.followupBase = f.on;
            break;
        case ReferralStepKind::Slip:
            s.hasSlip = true;
            s.receiptPending = true;
            s.slipOn = f.on;
            s.hospital = f.hospital;
            s.stage = ReferralStage::Slip;
            break;
        case ReferralStepKind::Receipt:
            s.receiptPending = false;
            s.notSeen = f.outcome == ReceiptOutcome::NotSeen;
            s.followupBase = f.on;
            s.stage = s.notSeen ? ReferralStage::NotSeen : ReferralStage::Receipt;
            break;
        case ReferralStepKind::FollowUp:
            s.followupBase = f.on;
            // Following up a refusal or a "not seen" keeps that stage visible.
            if (s.stage != ReferralStage::Refused && s.stage != ReferralStage::NotSeen)
                s.stage = ReferralStage::FollowUp;
            break;
        }
    }
    return s;
}

// The loop's order (see the header): what may come after the steps so far.
QList<ReferralStepKind> allowedAfter(const LoopState &s)
{
    using K = ReferralStepKind;
    if (!s.lastKind)
        return { K::Meeting };
    switch (*s.lastKind) {
    case K::Meeting:
        return { K::Meeting, K::Parents };
    case K::Parents:
        return s.consented ? QList<K> { K::Parents, K::Slip } : QList<K> { K::Parents, K::FollowUp };
    case K::Slip:
        return { K::Slip, K::Receipt };
    case K::Receipt:
        return s.notSeen ? QList<K> { K::Slip, K::FollowUp } : QList<K> { K::FollowUp };
    case K::FollowUp:
        if (!s.hasSlip) // following up a refusal: another talk with the parents may bring consent
            return { K::Parents, K::FollowUp };
        return s.notSeen ? QList<K> { K::Slip, K::Receipt, K::FollowUp } : QList<K> { K::Receipt, K::FollowUp };
    }
    return {};
}

QString kindList(const QList<ReferralStepKind> &kinds)
{
    QStringList names;
    for (const ReferralStepKind k : kinds)
        names << referralStepKindName(k);
    return names.join(Tr::tr(", "));
}

// Why `kind` cannot follow now: what must come first.
QString refusalMessage(const LoopState &s, ReferralStepKind kind, const QList<ReferralStepKind> &allowed)
{
    using K = ReferralStepKind;
    QString first;
    switch (kind) {
    case K::Meeting:
        first = Tr::tr("The case meeting (研判会) comes before the parents are told; it cannot be recorded after them.");
        break;
    case K::Parents:
        if (!s.hasMeeting)
            first = Tr::tr("Hold and record the case meeting (研判会) first: the parents are told after it.");
        else
            first = Tr::tr("The parents were already told and consented; a referral slip was issued.");
        break;
    case K::Slip:
        if (!s.hasMeeting)
            first = Tr::tr("Record the case meeting (研判会) and the parents' consent before issuing a referral slip.");
        else if (s.refused)
            first = Tr::tr("The parents refused the referral. A slip needs their consent: record a later talk with the "
                           "parents in which they consent first.");
        else if (!s.consented && !s.hasSlip)
            first = Tr::tr("Tell the parents and record their consent before issuing a referral slip.");
        else
            first = Tr::tr("The hospital saw the student after the last slip; a new slip is issued only after a receipt "
                           "saying the student was not seen.");
        break;
    case K::Receipt:
        if (!s.hasSlip)
            first = Tr::tr("Issue the referral slip first: the hospital's receipt (回执) answers a slip.");
        else
            first = Tr::tr("The receipt for the last slip is recorded; record a follow-up before the receipt of a later visit.");
        break;
    case K::FollowUp:
        first = Tr::tr("Follow-ups come after the hospital's receipt, or after the parents refused; record those first.");
        break;
    }
    return Tr::tr("%1\nNext can be: %2.").arg(first, kindList(allowed));
}

#define XINAN_REFERRAL_SELECT                                                                                                    \
    "SELECT r.id, r.student_id, s.student_no, s.name, s.grade, s.class_name, r.source, coalesce(r.source_id, 0), "               \
    "r.opened_on, r.reason, r.followup_days, r.status, r.closed_on, r.close_reason, r.opened_by "                                \
    "FROM referrals r JOIN students s ON s.id = r.student_id "

QString stageCode(ReferralStage s)
{
    switch (s) {
    case ReferralStage::Opened:
        return QStringLiteral("opened");
    case ReferralStage::Meeting:
        return QStringLiteral("meeting");
    case ReferralStage::Parents:
        return QStringLiteral("parents");
    case ReferralStage::Refused:
        return QStringLiteral("refused");
    case ReferralStage::Slip:
        return QStringLiteral("slip");
    case ReferralStage::Receipt:
        return QStringLiteral("receipt");
    case ReferralStage::NotSeen:
        return QStringLiteral("not_seen");
    case ReferralStage::FollowUp:
        return QStringLiteral("followup");
    case ReferralStage::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

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

QString referralSourceCode(ReferralSource s)
{
    switch (s) {
    case ReferralSource::File:
        return QStringLiteral("file");
    case ReferralSource::Crisis:
        return QStringLiteral("crisis");
    case ReferralSource::Alert:
        return QStringLiteral("alert");
    case ReferralSource::Session:
        return QStringLiteral("session");
    }
    return {};
}

std::optional<ReferralSource> referralSourceFromCode(const QString &code)
{
    for (const ReferralSource s :
        { ReferralSource::File, ReferralSource::Crisis, ReferralSource::Alert, ReferralSource::Session })
        if (referralSourceCode(s) == code)
            return s;
    return std::nullopt;
}

QString referralStepKindCode(ReferralStepKind k)
{
    switch (k) {
    case ReferralStepKind::Meeting:
        return QStringLiteral("meeting");
    case ReferralStepKind::Parents:
        return QStringLiteral("parents");
    case ReferralStepKind::Slip:
        return QStringLiteral("slip");
    case ReferralStepKind::Receipt:
        return QStringLiteral("receipt");
    case ReferralStepKind::FollowUp:
        return QStringLiteral("followup");
    }
    return {};
}

std::optional<ReferralStepKind> referralStepKindFromCode(const QString &code)
{
    for (const ReferralStepKind k : { ReferralStepKind::Meeting, ReferralStepKind::Parents, ReferralStepKind::Slip,
             ReferralStepKind::Receipt, ReferralStepKind::FollowUp })
        if (referralStepKindCode(k) == code)
            return k;
    return std::nullopt;
}

QString parentConsentCode(ParentConsent c)
{
    switch (c) {
    case ParentConsent::None:
        return QString();
    case ParentConsent::Consent:
        return QStringLiteral("consent");
    case ParentConsent::Refusal:
        return QStringLiteral("refusal");
    }
    return {};
}

QString receiptOutcomeCode(ReceiptOutcome o)
{
    switch (o) {
    case ReceiptOutcome::None:
        return QString();
    case ReceiptOutcome::Outpatient:
        return QStringLiteral("outpatient");
    case ReceiptOutcome::Inpatient:
        return QStringLiteral("inpatient");
    case ReceiptOutcome::NotSeen:
        return QStringLiteral("not_seen");
    }
    return {};
}

std::optional<ReceiptOutcome> receiptOutcomeFromCode(const QString &code)
{
    for (const ReceiptOutcome o :
        { ReceiptOutcome::None, ReceiptOutcome::Outpatient, ReceiptOutcome::Inpatient, ReceiptOutcome::NotSeen })
        if (receiptOutcomeCode(o) == code)
            return o;
    return std::nullopt;
}

QString referralSourceName(ReferralSource s)
{
    switch (s) {
    case ReferralSource::File:
        return Tr::tr("Student file");
    case ReferralSource::Crisis:
        return Tr::tr("Crisis event");
    case ReferralSource::Alert:
        return Tr::tr("Alert");
    case ReferralSource::Session:
        return Tr::tr("Counselling record");
    }
    return {};
}

QString referralStepKindName(ReferralStepKind k)
{
    switch (k) {
    case ReferralStepKind::Meeting:
        return Tr::tr("Case meeting");
    case ReferralStepKind::Parents:
        return Tr::tr("Parents told");
    case ReferralStepKind::Slip:
        return Tr::tr("Referral slip issued");
    case ReferralStepKind::Receipt:
        return Tr::tr("Hospital receipt");
    case ReferralStepKind::FollowUp:
        return Tr::tr("Follow-up");
    }
    return {};
}

QString parentConsentName(ParentConsent c)
{
    switch (c) {
    case ParentConsent::None:
        return QString();
    case ParentConsent::Consent:
        return Tr::tr("Consent");
    case ParentConsent::Refusal:
        return Tr::tr("Refusal");
    }
    return {};
}

QString receiptOutcomeName(ReceiptOutcome o)
{
    switch (o) {
    case ReceiptOutcome::None:
        return QString();
    case ReceiptOutcome::Outpatient:
        return Tr::tr("Outpatient");
    case ReceiptOutcome::Inpatient:
        return Tr::tr("Inpatient");
    case ReceiptOutcome::NotSeen:
        return Tr::tr("Not seen");
    }
    return {};
}

QString referralStageName(ReferralStage s)
{
    switch (s) {
    case ReferralStage::Opened:
        return Tr::tr("Awaiting case meeting");
    case ReferralStage::Meeting:
        return Tr::tr("Case meeting held");
    case ReferralStage::Parents:
        return Tr::tr("Parents consented");
    case ReferralStage::Refused:
        return Tr::tr("Parents refused");
    case ReferralStage::Slip:
        return Tr::tr("Slip issued, awaiting receipt");
    case ReferralStage::Receipt:
        return Tr::tr("Seen by hospital");
    case ReferralStage::NotSeen:
        return Tr::tr("Not seen by hospital");
    case ReferralStage::FollowUp:
        return Tr::tr("Following up");
    case ReferralStage::Closed:
        return Tr::tr("Closed");
    }
    return {};
}

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

QList<PartnerHospital> ReferralRepository::hospitals(bool includeRetired)
{
    requireAccess(m_db.access(), DataKind::Settings, AccessOp::Read);
    Statement st(m_db,
        "SELECT id, name, department, address, phone, green_channel, retired FROM partner_hospitals "
        "WHERE (?1 = 1 OR retired = 0) ORDER BY retired, position, id");
    st.bind(1, includeRetired ? 1 : 0);
    QList<PartnerHospital> out;
    while (st.step())
        out.append({ st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.integer(6) != 0 });
    return out;
}

qint64 ReferralRepository::saveHospital(const PartnerHospital &hospital)
{
    requireAccess(m_db.access(), DataKind::Settings, AccessOp::Write);
    PartnerHospital h = hospital;
    h.name = checkedLine(hospital.name, Tr::tr("The hospital's name"), 100);
    if (h.name.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("Write the hospital's name."));
    h.department = checkedLine(hospital.department, Tr::tr("The department"), 100);
    h.address = checkedLine(hospital.address, Tr::tr("The address"));
    h.phone = checkedLine(hospital.phone, Tr::tr("The phone number"), 50);
    h.greenChannel = checkedLine(hospital.greenChannel, Tr::tr("The green-channel contact"));
    Transaction tx(m_db);
    Statement dup(m_db, "SELECT id FROM partner_hospitals WHERE name = ? AND department = ? AND id <> ?");
    dup.bind(1, h.name).bind(2, h.department).bind(3, h.id);
    if (dup.step())
        throw Error(ErrorKind::Rejected,
            h.department.isEmpty() ? Tr::tr("%1 is already in the list of partner hospitals.").arg(h.name)
                                   : Tr::tr("%1, %2 is already in the list of partner hospitals.").arg(h.name, h.department));
    qint64 id = h.id;
    if (id == 0) {
        Statement insert(m_db,
            "INSERT INTO partner_hospitals (name, department, address, phone, green_channel, position, retired) "
            "VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM partner_hospitals), ?)");
        insert.bind(1, h.name).bind(2, h.department).bind(3, h.address).bind(4, h.phone).bind(5, h.greenChannel);
        insert.bind(6, h.retired ? 1 : 0).run();
        id = m_db.lastInsertId();
        appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("partner_hospital"), id, QString());
    } else {
        Statement update(m_db,
            "UPDATE partner_hospitals SET name = ?, department = ?, address = ?, phone = ?, green_channel = ?, retired = ? "
            "WHERE id = ?");
        update.bind(1, h.name).bind(2, h.department).bind(3, h.address).bind(4, h.phone).bind(5, h.greenChannel);
        update.bind(6, h.retired ? 1 : 0).bind(7, id).run();
        if (m_db.changes() == 0)
            throw Error(ErrorKind::Rejected, Tr::tr("The partner hospital no longer exists; it may have been removed."));
        appendAudit(m_db, m_actor, QStringLiteral("update"), QStringLiteral("partner_hospital"), id,
            h.retired ? QStringLiteral("retired") : QString());
    }
    tx.commit();
    return id;
}

void ReferralRepository::removeHospital(qint64 hospitalId)
{
    requireAccess(m_db.access(), DataKind::Settings, AccessOp::Write);
    Transaction tx(m_db);
    Statement exists(m_db, "SELECT retired FROM partner_hospitals WHERE id = ?");
    exists.bind(1, hospitalId);
    if (!exists.step())
        throw Error(ErrorKind::Rejected, Tr::tr("The partner hospital no longer exists; it may have been removed."));
    Statement used(m_db, "SELECT count(*) FROM referral_steps WHERE hospital_id = ?");
    used.bind(1, hospitalId);
    used.step();
    const qint64 uses = used.int64(0);
    if (uses > 0) {
        Statement retire(m_db, "UPDATE partner_hospitals SET retired = 1 WHERE id = ?");
        retire.bind(1, hospitalId).run();
        appendAudit(m_db, m_actor, QStringLiteral("retire"), QStringLiteral("partner_hospital"), hospitalId,
            QStringLiteral("named by %1 referral slips").arg(uses));
    } else {
        Statement remove(m_db, "DELETE FROM partner_hospitals WHERE id = ?");
        remove.bind(1, hospitalId).run();
        appendAudit(m_db, m_actor, QStringLiteral("delete"), QStringLiteral("partner_hospital"), hospitalId, QString());
    }
    tx.commit();
}

QList<PartnerHospital> ReferralRepository::suggestedHospitals()
{
    // Real hospitals in Guizhou with psychiatric / child mental-health services, as suggestions
    // to start the school's list; addresses and phone numbers are left for the school to fill.
    return {
        { 0, QStringLiteral("贵州省第二人民医院"), QStringLiteral("儿童青少年心理科"), QString(), QString(), QString(), false },
        { 0, QStringLiteral("贵州医科大学附属医院"), QStringLiteral("精神科"), QString(), QString(), QString(), false },
        { 0, QStringLiteral("遵义医科大学附属医院"), QStringLiteral("精神科"), QString(), QString(), QString(), false },
        { 0, QStringLiteral("贵阳市第二人民医院"), QStringLiteral("精神科"), QString(), QString(), QString(), false },
        { 0, QStringLiteral("贵州省人民医院"), QStringLiteral("心理科"), QString(), QString(), QString(), false },
    };
}

int ReferralRepository::receiptDueDays()
{
    requireAccess(m_db.access(), DataKind::Settings, AccessOp::Read);
    bool ok = false;
    const int days = SettingsRepository(m_db, m_actor).value(QString::fromLatin1(ReceiptDueDaysKey)).toInt(&ok);
    return ok && days >= 1 && days <= 60 ? days : DefaultReceiptDueDays;
}

void ReferralRepository::setReceiptDueDays(int days)
{
    requireAccess(m_db.access(), DataKind::Settings, AccessOp::Write);
    if (days < 1 || days > 60)
        throw Error(ErrorKind::Rejected, Tr::tr("The days before a receipt is overdue must be 1 to 60, not %1.").arg(days));
    SettingsRepository(m_db, m_actor).setValue(QString::fromLatin1(ReceiptDueDaysKey), QString::number(days));
}

} // namespace xinan
