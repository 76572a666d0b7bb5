#include "alertrepository.h"

#include "../domain/instrument.h"
#include "../domain/text.h"
#include "../error.h"
#include "../platform/clock.h"
#include "../store/database.h"
#include "audit.h"
#include "instrumentrepository.h"
#include "riskrepository.h"
#include "timelineentry.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AlertRepository)
};

#define XINAN_ALERT_ROWS                                                                                                         \
    "SELECT a.id, a.student_id, s.student_no, s.name, s.grade, s.class_name, a.kind, a.result_id, r.instrument_id, "             \
    "r.answers, r.total, r.taken_on, a.raised_at, a.handled_at, a.handled_by, a.handling, a.interview_id FROM alerts a "         \
    "JOIN students s ON s.id = a.student_id LEFT JOIN screening_results r ON r.id = a.result_id "
#define XINAN_FOLLOWED " s.status NOT IN ('graduated', 'transferred') "

#define XINAN_CANDIDATE_ROWS                                                                                                     \
    "SELECT r.id, r.student_id, s.student_no, s.name, s.grade, s.class_name, d.name, r.instrument_id, r.answers, "               \
    "r.total, r.band_code, r.critical, r.taken_on, s.risk_level, r.source, "                                                     \
    "EXISTS (SELECT 1 FROM screening_interviews i WHERE i.result_id = r.id) FROM screening_results r "                           \
    "JOIN students s ON s.id = r.student_id JOIN screening_drives d ON d.id = r.drive_id "
#define XINAN_CANDIDATE_WAITING                                                                                                  \
    " r.needs_interview = 1 AND s.status = 'enrolled' "                                                                          \
    "AND NOT EXISTS (SELECT 1 FROM screening_interviews i WHERE i.result_id = r.id) "
#define XINAN_CANDIDATE_ORDER " ORDER BY r.critical DESC, r.total DESC, r.taken_on, r.id"

QDateTime utc(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

QList<int> answersOf(const QString &text)
{
    QList<int> out;
    if (text.isEmpty())
        return out;
    for (const QString &part : text.split(u','))
        out.append(part.toInt());
    return out;
}

// "item 9 = 2" for each critical item the stored answers trigger.
QStringList criticalParts(const std::optional<Instrument> &instrument, const QList<int> &answers)
{
    QStringList parts;
    if (!instrument)
        return parts;
    for (const CriticalItem &c : instrument->criticalItems)
        if (c.item >= 1 && c.item <= answers.size() && answers.at(c.item - 1) > c.above)
            parts.append(Tr::tr("item %1 = %2").arg(c.item).arg(answers.at(c.item - 1)));
    return parts;
}

QList<Alert> readAlerts(Database &db, Statement &st)
{
    QList<Alert> out;
    while (st.step()) {
        Alert a;
        a.id = st.int64(0);
        a.studentId = st.int64(1);
        a.studentNo = st.text(2);
        a.name = st.text(3);
        a.grade = st.integer(4);
        a.className = st.text(5);
        a.kind = st.text(6);
        a.resultId = st.isNull(7) ? 0 : st.int64(7);
        a.reason = st.isNull(8)
            ? Tr::tr("Critical screening answer")
            : alertReason(db, st.text(8), st.confidentialText(9, "screening_results.answers", a.studentId), st.integer(10));
        a.takenOn = QDate::fromString(st.text(11), Qt::ISODate);
        a.raisedAt = utc(st.text(12));
        a.handledAt = st.isNull(13) ? QDateTime() : utc(st.text(13));
        a.handledBy = st.text(14);
        a.handling = st.text(15);
        a.interviewId = st.isNull(16) ? 0 : st.int64(16);
        out.append(a);
    }
    return out;
}

QList<InterviewCandidate> readCandidates(Database &db, Statement &st)
{
    QList<InterviewCandidate> out;
    while (st.step()) {
        InterviewCandidate c;
        c.resultId = st.int64(0);
        c.studentId = st.int64(1);
        c.studentNo = st.text(2);
        c.name = st.text(3);
        c.grade = st.integer(4);
        c.className = st.text(5);
        c.driveName = st.text(6);
        c.instrumentId = st.text(7);
        c.total = st.integer(9);
        c.critical = st.integer(11) != 0;
        c.takenOn = QDate::fromString(st.text(12), Qt::ISODate);
        c.currentLevel = riskLevelFromInt(st.integer(13)).value_or(RiskLevel::Green);
        c.interviewed = st.integer(15) != 0;
        // An external result (another platform) keeps its own instrument name and level.
        const std::optional<Instrument> instrument
            = st.text(14) == u"external" ? std::nullopt : findInstrument(db, c.instrumentId);
        c.instrumentName = instrument ? instrument->shortName : c.instrumentId;
        const InstrumentBand *band = instrument ? instrument->bandFor(c.total) : nullptr;
        c.bandLabel = band ? band->label : st.text(10);
        c.criticalAnswers = criticalParts(instrument, answersOf(st.confidentialText(8, "screening_results.answers", c.studentId)))
                                .join(QStringLiteral("; "));
        out.append(c);
    }
    return out;
}

} // namespace

QString alertReason(Database &db, const QString &instrumentId, const QString &answers, int total)
{
    const std::optional<Instrument> instrument = findInstrument(db, instrumentId);
    const QString name = instrument ? instrument->shortName : instrumentId;
    const QStringList parts = criticalParts(instrument, answersOf(answers));
    const QString what = parts.isEmpty() ? Tr::tr("%1 critical item").arg(name)
                                         : QStringLiteral("%1 %2").arg(name, parts.join(QStringLiteral("; ")));
    return Tr::tr("%1, total %2").arg(what, QString::number(total));
}

AlertRepository::AlertRepository(Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

qint64 AlertRepository::raiseForResult(qint64 resultId)
{
    requireAccess(m_db.access(), DataKind::Alerts, AccessOp::Write);
    Transaction tx(m_db);
    Statement &st = m_db.cached("INSERT INTO alerts (student_id, kind, result_id, raised_at) "
                                "SELECT student_id, 'screening_critical', id, ? FROM screening_results WHERE id = ?");
    st.bind(1, clock::nowUtc().toString(Qt::ISODate)).bind(2, resultId).run();
    if (m_db.changes() != 1)
        throw Error(ErrorKind::Rejected, Tr::tr("The screening result no longer exists; it may have been deleted."));
    const qint64 id = m_db.lastInsertId();
    appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("alert"), id, QStringLiteral("result %1").arg(resultId));
    tx.commit();
    return id;
}

QList<Alert> AlertRepository::waiting()
{
    requireAccess(m_db.access(), DataKind::Alerts, AccessOp::Read);
    Statement st(m_db, XINAN_ALERT_ROWS "WHERE a.handled_at IS NULL AND" XINAN_FOLLOWED "ORDER BY a.raised_at, a.id");
    return readAlerts(m_db, st);
}

int AlertRepository::waitingCount()
{
    requireAccess(m_db.access(), DataKind::Counts, AccessOp::Read);
    Statement st(m_db,
        "SELECT count(*) FROM alerts a JOIN students s ON s.id = a.student_id WHERE a.handled_at IS NULL AND" XINAN_FOLLOWED);
    return st.step() ? st.integer(0) : 0;
}

QList<Alert> AlertRepository::forStudent(qint64 studentId)
{
    requireAccess(m_db.access(), DataKind::Alerts, AccessOp::Read);
    Statement st(m_db,
        XINAN_ALERT_ROWS "WHERE a.student_id = ? "
                         "ORDER BY a.handled_at IS NOT NULL, CASE WHEN a.handled_at IS NULL THEN a.raised_at END, "
                         "a.handled_at DESC, a.id DESC");
    st.bind(1, studentId);
    return readAlerts(m_db, st);
}

std::optional<Alert> AlertRepository::find(qint64 alertId)
{
    requireAccess(m_db.access(), DataKind::Alerts, AccessOp::Read);
    Statement st(m_db, XINAN_ALERT_ROWS "WHERE a.id = ?");
    st.bind(1, alertId);
    const QList<Alert> found = readAlerts(m_db, st);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

void AlertRepository::handle(qint64 alertId, const QString &whatWasDone)
{
    requireAccess(m_db.access(), DataKind::Alerts, AccessOp::Write);
    const QString text = whatWasDone.trimmed();
    if (text.isEmpty())
        throw Error(ErrorKind::Rejected,
            Tr::tr("Write what was done about the alert: for example who talked with the student, whom you informed, what comes "
                   "next."));
    if (text.size() > MaxHandlingLength)
        throw Error(ErrorKind::Rejected,
            Tr::tr("The text has %1 characters; at most %2 fit. Shorten it and write the details in a note.")
                .arg(text.size())
                .arg(MaxHandlingLength));
    checkPlainText(Tr::tr("What was done"), text, true);
    Transaction tx(m_db);
    Statement current(m_db, "SELECT student_id, handled_at, handled_by FROM alerts WHERE id = ?");
    current.bind(1, alertId);
    if (!current.step())
        throw Error(
            ErrorKind::Rejected, Tr::tr("The alert no longer exists; it may have been deleted with its screening result."));
    if (!current.isNull(1))
        throw Error(ErrorKind::Rejected,
            Tr::tr("The alert was already handled by %1 on %2; nothing was changed.")
                .arg(current.text(2), utc(current.text(1)).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    const qint64 studentId = current.int64(0);
    Statement st(m_db, "UPDATE alerts SET handled_at = ?, handled_by = ?, handling = ? WHERE id = ? AND handled_at IS NULL");
    st.bind(1, clock::nowUtc().toString(Qt::ISODate)).bind(2, m_actor).bind(3, text).bind(4, alertId).run();
    appendAudit(
        m_db, m_actor, QStringLiteral("handle"), QStringLiteral("alert"), alertId, QStringLiteral("student %1").arg(studentId));
    tx.commit();
}

QList<InterviewCandidate> AlertRepository::interviewsWaiting()
{
    requireAccess(m_db.access(), DataKind::Alerts, AccessOp::Read);
    Statement st(m_db, XINAN_CANDIDATE_ROWS "WHERE" XINAN_CANDIDATE_WAITING XINAN_CANDIDATE_ORDER);
    return readCandidates(m_db, st);
}

int AlertRepository::interviewsWaitingCount()
{
    requireAccess(m_db.access(), DataKind::Counts, AccessOp::Read);
    Statement st(
        m_db, "SELECT count(*) FROM screening_results r JOIN students s ON s.id = r.student_id WHERE" XINAN_CANDIDATE_WAITING);
    return st.step() ? st.integer(0) : 0;
}

QList<InterviewCandidate> AlertRepository::interviewsWaitingFor(qint64 studentId)
{
    requireAccess(m_db.access(), DataKind::Alerts, AccessOp::Read);
    Statement st(m_db, XINAN_CANDIDATE_ROWS "WHERE r.student_id = ? AND" XINAN_CANDIDATE_WAITING XINAN_CANDIDATE_ORDER);
    st.bind(1, studentId);
    return readCandidates(m_db, st);
}

std::optional<InterviewCandidate> AlertRepository::candidate(qint64 resultId)
{
    requireAccess(m_db.access(), DataKind::Alerts, AccessOp::Read);
    Statement st(m_db, XINAN_CANDIDATE_ROWS "WHERE r.id = ?");
    st.bind(1, resultId);
    const QList<InterviewCandidate> found = readCandidates(m_db, st);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

qint64 AlertRepository::recordInterview(qint64 resultId, const QDate &heldOn, RiskLevel level, const QString &summary)
{
    requireAccess(m_db.access(), DataKind::Alerts, AccessOp::Write);
    requireAccess(m_db.access(), DataKind::ScreeningAnswers, AccessOp::Write); // the interview notes
    const QString text = summary.trimmed();
    if (text.isEmpty())
        throw Error(ErrorKind::Rejected,
            Tr::tr("Write a summary of the interview: what the student said, what you observed, and why you chose the level."));
    if (text.size() > MaxSummaryLength)
        throw Error(ErrorKind::Rejected,
            Tr::tr("The summary has %1 characters; at most %2 fit. Shorten it and write the details in a note.")
                .arg(text.size())
                .arg(MaxSummaryLength));
    checkPlainText(Tr::tr("The summary"), text, true);
    if (!heldOn.isValid())
        throw Error(ErrorKind::Rejected, Tr::tr("Enter the day the interview was held."));
    const QDate today = clock::today();
    if (heldOn > today)
        throw Error(ErrorKind::Rejected, Tr::tr("The interview's date %1 is in the future.").arg(heldOn.toString(Qt::ISODate)));
    Transaction tx(m_db);
    const std::optional<InterviewCandidate> c = candidate(resultId);
    if (!c)
        throw Error(ErrorKind::Rejected, Tr::tr("The screening result no longer exists; it may have been deleted."));
    if (c->interviewed)
        throw Error(ErrorKind::Rejected,
            Tr::tr("This screening result already has its second-stage interview; record anything new as a note or a change of "
                   "level."));
    if (heldOn < c->takenOn)
        throw Error(ErrorKind::Rejected,
            Tr::tr("The interview (%1) cannot be before the screening it follows (%2).")
                .arg(heldOn.toString(Qt::ISODate), c->takenOn.toString(Qt::ISODate)));

    // The counsellor's judgement sets the level, up or down; the same level is confirmed by the
    // interview itself (no change row). The change is dated the day of the interview unless
    // the level was changed after that, then now.
    RiskRepository risk(m_db, m_actor);
    qint64 changeId = 0;
    if (risk.current(c->studentId) != level) {
        const QDateTime now = clock::nowUtc();
        QDateTime when = heldOn == today ? now : QDateTime(heldOn, QTime(12, 0)).toUTC();
        const QList<RiskChange> history = risk.history(c->studentId);
        if (!history.isEmpty() && history.first().at > when)
            when = now;
        const QString reason
            = Tr::tr("Second-stage interview after %1 (total %2): %3").arg(c->instrumentName, QString::number(c->total), text);
        changeId = risk.change(c->studentId, level, RiskSource::Session, reason, when);
    }
    const QString stamp = clock::nowUtc().toString(Qt::ISODate);
    Statement insert(m_db,
        "INSERT INTO screening_interviews (result_id, student_id, held_on, level, summary, interviewer, risk_change_id, "
        "created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, resultId).bind(2, c->studentId).bind(3, heldOn.toString(Qt::ISODate)).bind(4, static_cast<int>(level));
    insert.bindConfidential(5, "screening_interviews.summary", c->studentId, text).bind(6, m_actor);
    if (changeId)
        insert.bind(7, changeId);
    else
        insert.bindNull(7);
    insert.bind(8, stamp).run();
    const qint64 id = m_db.lastInsertId();
    appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("screening_interview"), id,
        QStringLiteral("student %1, result %2, level %3%4")
            .arg(QString::number(c->studentId), QString::number(resultId), riskLevelCode(level),
                changeId ? QStringLiteral(", risk change %1").arg(changeId) : QStringLiteral(", confirmed")));

    // The interview is what the counsellor did about the result's alert.
    Statement waitingAlerts(m_db, "SELECT id FROM alerts WHERE result_id = ? AND handled_at IS NULL");
    waitingAlerts.bind(1, resultId);
    QList<qint64> alertIds;
    while (waitingAlerts.step())
        alertIds.append(waitingAlerts.int64(0));
    for (const qint64 alertId : alertIds) {
        Statement st(m_db, "UPDATE alerts SET handled_at = ?, handled_by = ?, interview_id = ? WHERE id = ?");
        st.bind(1, stamp).bind(2, m_actor).bind(3, id).bind(4, alertId).run();
        appendAudit(m_db, m_actor, QStringLiteral("handle"), QStringLiteral("alert"), alertId,
            QStringLiteral("student %1, interview %2").arg(QString::number(c->studentId), QString::number(id)));
    }
    tx.commit();
    return id;
}

QList<ScreeningInterview> AlertRepository::interviews(qint64 studentId)
{
    requireAccess(m_db.access(), DataKind::ScreeningAnswers, AccessOp::Read);
    Statement st(m_db,
        "SELECT i.id, i.result_id, i.student_id, i.held_on, i.level, i.summary, i.interviewer, r.instrument_id, r.total, "
        "i.risk_change_id IS NOT NULL, i.created_at, r.source FROM screening_interviews i "
        "JOIN screening_results r ON r.id = i.result_id WHERE i.student_id = ? ORDER BY i.held_on DESC, i.id DESC");
    st.bind(1, studentId);
    QList<ScreeningInterview> out;
    while (st.step()) {
        ScreeningInterview i;
        i.id = st.int64(0);
        i.resultId = st.int64(1);
        i.studentId = st.int64(2);
        i.heldOn = QDate::fromString(st.text(3), Qt::ISODate);
        i.level = riskLevelFromInt(st.integer(4)).value_or(RiskLevel::Green);
        i.summary = st.confidentialText(5, "screening_interviews.summary", i.studentId);
        i.interviewer = st.text(6);
        const std::optional<Instrument> instrument = st.text(11) == u"external" ? std::nullopt : findInstrument(m_db, st.text(7));
        i.instrumentName = instrument ? instrument->shortName : st.text(7);
        i.total = st.integer(8);
        i.changedLevel = st.integer(9) != 0;
        i.createdAt = utc(st.text(10));
        out.append(i);
    }
    return out;
}

QList<TimelineEntry> AlertRepository::timelineEntries(qint64 studentId)
{
    QList<TimelineEntry> out;
    // The merged timeline shows each role what it may read: interviews and alerts to counsellors.
    const Access &access = m_db.access();
    if (access.allows(DataKind::ScreeningAnswers, AccessOp::Read))
        for (const ScreeningInterview &i : interviews(studentId))
            out.append({ i.heldOn, QStringLiteral("interview"), Tr::tr("Second-stage interview: %1").arg(riskLevelName(i.level)),
                Tr::tr("%1 (after %2, total %3)").arg(i.summary, i.instrumentName, QString::number(i.total)), i.interviewer,
                i.id });
    if (!access.allows(DataKind::Alerts, AccessOp::Read))
        return out;
    for (const Alert &a : forStudent(studentId))
        if (a.handled() && a.interviewId == 0)
            out.append({ a.handledAt.toLocalTime().date(), QStringLiteral("alert"), Tr::tr("Alert handled: %1").arg(a.reason),
                a.handling, a.handledBy, a.id });
    return out;
}

} // namespace xinan
