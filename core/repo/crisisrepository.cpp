#include "crisisrepository.h"

#include "../domain/text.h"
#include "../error.h"
#include "../platform/clock.h"
#include "../store/database.h"
#include "audit.h"
#include "riskrepository.h"
#include "settingsrepository.h"
#include "stamps.h"
#include "timelineentry.h"

#include <QCoreApplication>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CrisisRepository)
};

QDateTime parsed(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODate);
}

QString shown(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

enum class When { Crisis, Notification, Action, FollowUp, Closure };

// The time of a record about to be written: required, not in the future (a minute's slack for
// clocks), whole seconds.
QDateTime checkedTime(const QDateTime &at, When what)
{
    if (!at.isValid())
        throw Error(ErrorKind::Rejected, Tr::tr("Give the date and time."));
    const QDateTime utc = at.toUTC();
    if (utc > clock::nowUtc().addSecs(60)) {
        QString message;
        switch (what) {
        case When::Crisis:
            message = Tr::tr("The time the crisis happened, %1, is in the future.");
            break;
        case When::Notification:
            message = Tr::tr("The time of the notification, %1, is in the future.");
            break;
        case When::Action:
            message = Tr::tr("The time of the action, %1, is in the future.");
            break;
        case When::FollowUp:
            message = Tr::tr("The time of the follow-up, %1, is in the future.");
            break;
        case When::Closure:
            message = Tr::tr("The closing time %1 is in the future.");
            break;
        }
        throw Error(ErrorKind::Rejected, message.arg(shown(utc)));
    }
    return QDateTime::fromSecsSinceEpoch(utc.toSecsSinceEpoch(), Qt::UTC);
}

QString checkedText(const QString &text, const QString &emptyMessage)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        throw Error(ErrorKind::Rejected, emptyMessage);
    if (t.size() > CrisisRepository::MaxTextLength)
        throw Error(ErrorKind::Rejected,
            Tr::tr("The text has %1 characters; at most %2 fit. Shorten it.").arg(t.size()).arg(CrisisRepository::MaxTextLength));
    checkPlainText(Tr::tr("The text"), t, true);
    return t;
}

#define XINAN_CRISIS_EVENT_COLUMNS                                                                                               \
    "SELECT e.id, e.student_id, s.student_no, s.name, s.grade, s.class_name, e.happened_at, e.what_happened, e.status, "         \
    "e.opened_by, e.opened_at, e.closed_at, e.closed_by, e.closure, "                                                            \
    "EXISTS (SELECT 1 FROM crisis_steps WHERE event_id = e.id AND kind = 'notify' AND party = 'guardian'), "                     \
    "EXISTS (SELECT 1 FROM crisis_steps WHERE event_id = e.id AND kind = 'notify' AND party = 'head'), "                         \
    "(SELECT count(*) FROM crisis_steps WHERE event_id = e.id AND kind = 'notify'), "                                            \
    "(SELECT count(*) FROM crisis_checklist WHERE event_id = e.id AND done_at IS NOT NULL), "                                    \
    "(SELECT count(*) FROM crisis_checklist WHERE event_id = e.id) "                                                             \
    "FROM crisis_events e JOIN students s ON s.id = e.student_id "

} // namespace

QString crisisStepKindCode(CrisisStepKind kind)
{
    switch (kind) {
    case CrisisStepKind::Notify:
        return QStringLiteral("notify");
    case CrisisStepKind::Action:
        return QStringLiteral("action");
    case CrisisStepKind::FollowUp:
        return QStringLiteral("followup");
    }
    return {};
}

std::optional<CrisisStepKind> crisisStepKindFromCode(const QString &code)
{
    for (const CrisisStepKind k : { CrisisStepKind::Notify, CrisisStepKind::Action, CrisisStepKind::FollowUp })
        if (crisisStepKindCode(k) == code)
            return k;
    return std::nullopt;
}

QString crisisPartyCode(CrisisParty party)
{
    switch (party) {
    case CrisisParty::None:
        return QString();
    case CrisisParty::Guardian:
        return QStringLiteral("guardian");
    case CrisisParty::Head:
        return QStringLiteral("head");
    case CrisisParty::Police:
        return QStringLiteral("police");
    case CrisisParty::Ambulance:
        return QStringLiteral("ambulance");
    case CrisisParty::Hospital:
        return QStringLiteral("hospital");
    case CrisisParty::ClassTeacher:
        return QStringLiteral("class_teacher");
    case CrisisParty::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<CrisisParty> crisisPartyFromCode(const QString &code)
{
    if (code.isEmpty())
        return CrisisParty::None;
    for (const CrisisParty p : allCrisisParties())
        if (crisisPartyCode(p) == code)
            return p;
    return std::nullopt;
}

QList<CrisisParty> allCrisisParties()
{
    return { CrisisParty::Guardian, CrisisParty::Head, CrisisParty::ClassTeacher, CrisisParty::Police, CrisisParty::Ambulance,
        CrisisParty::Hospital, CrisisParty::Other };
}

QString crisisStepKindName(CrisisStepKind kind)
{
    switch (kind) {
    case CrisisStepKind::Notify:
        return Tr::tr("Notification");
    case CrisisStepKind::Action:
        return Tr::tr("Action");
    case CrisisStepKind::FollowUp:
        return Tr::tr("Follow-up");
    }
    return {};
}

QString crisisPartyName(CrisisParty party)
{
    switch (party) {
    case CrisisParty::None:
        return QString();
    case CrisisParty::Guardian:
        return Tr::tr("Guardian");
    case CrisisParty::Head:
        return Tr::tr("Head or deputy head");
    case CrisisParty::Police:
        return Tr::tr("Police (110)");
    case CrisisParty::Ambulance:
        return Tr::tr("Ambulance (120)");
    case CrisisParty::Hospital:
        return Tr::tr("Hospital");
    case CrisisParty::ClassTeacher:
        return Tr::tr("Class teacher");
    case CrisisParty::Other:
        return Tr::tr("Other");
    }
    return {};
}

int CrisisEvent::daysOpen(const QDate &today) const
{
    const QDate from = happenedAt.toLocalTime().date();
    const QDate until = open || !closedAt.isValid() ? today : closedAt.toLocalTime().date();
    return static_cast<int>(std::max<qint64>(0, from.daysTo(until)));
}

int CrisisEvent::daysOpen() const
{
    return daysOpen(clock::today());
}

CrisisRepository::CrisisRepository(Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

qint64 CrisisRepository::open(qint64 studentId, const QDateTime &happenedAt, const QString &whatHappened)
{
    requireAccess(m_db.access(), DataKind::Crisis, AccessOp::Write);
    requireAccess(m_db.access(), DataKind::CrisisDetail, AccessOp::Write);
    const QString text = checkedText(whatHappened, Tr::tr("Describe what happened: what was seen or reported, by whom."));
    const QDateTime when = checkedTime(happenedAt, When::Crisis);
    Transaction tx(m_db);
    RiskRepository risk(m_db, m_actor);
    const RiskLevel level = risk.current(studentId); // throws for a student that does not exist
    if (const std::optional<qint64> open = openEventOf(studentId)) {
        const CrisisEvent existing = requireEvent(*open);
        throw Error(ErrorKind::Rejected,
            Tr::tr("%1 already has an open crisis event (since %2). Record what happened now as a step of that event, "
                   "or close it first.")
                .arg(existing.studentName, shown(existing.happenedAt)));
    }
    if (level != RiskLevel::Red) {
        // The change is dated when the crisis happened, unless the level was changed after that.
        const QList<RiskChange> history = risk.history(studentId);
        QDateTime decided = when;
        if (!history.isEmpty() && history.first().at > when)
            decided = clock::nowUtc();
        const QString firstLine = text.section(u'\n', 0, 0).trimmed().left(RiskRepository::MaxReasonLength - 20);
        risk.change(studentId, RiskLevel::Red, RiskSource::Crisis, Tr::tr("Crisis event: %1").arg(firstLine), decided);
    }
    Statement insert(m_db,
        "INSERT INTO crisis_events (student_id, happened_at, what_happened, status, opened_by, opened_at) "
        "VALUES (?, ?, ?, 'open', ?, ?)");
    insert.bind(1, studentId).bind(2, stamp(when)).bindConfidential(3, "crisis_events.what_happened", studentId, text);
    insert.bind(4, m_actor);
    insert.bind(5, stamp(clock::nowUtc())).run();
    const qint64 id = m_db.lastInsertId();
    const QStringList items = checklistTemplate();
    Statement item(m_db, "INSERT INTO crisis_checklist (event_id, position, item) VALUES (?, ?, ?)");
    for (int i = 0; i < items.size(); ++i) {
        item.bind(1, id).bind(2, i + 1).bind(3, items.at(i)).run();
        item.reset();
    }
    appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("crisis_event"), id,
        QStringLiteral("student %1 (level was %2)").arg(QString::number(studentId), riskLevelCode(level)));
    tx.commit();
    return id;
}

qint64 CrisisRepository::addStep(qint64 eventId, const QDateTime &at, CrisisStepKind kind, CrisisParty party, const QString &body)
{
    requireAccess(m_db.access(), DataKind::Crisis, AccessOp::Write);
    requireAccess(m_db.access(), DataKind::CrisisDetail, AccessOp::Write);
    const QString text = body.trimmed();
    if (text.size() > MaxTextLength)
        throw Error(ErrorKind::Rejected,
            Tr::tr("The text has %1 characters; at most %2 fit. Shorten it.").arg(text.size()).arg(MaxTextLength));
    checkPlainText(Tr::tr("The text"), text, true);
    if (kind == CrisisStepKind::Notify && party == CrisisParty::None)
        throw Error(ErrorKind::Rejected, Tr::tr("Choose who was notified."));
    if (kind == CrisisStepKind::Notify && party == CrisisParty::Other && text.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("Write who was notified (name and role) in the note."));
    if (kind != CrisisStepKind::Notify && text.isEmpty())
        throw Error(ErrorKind::Rejected,
            kind == CrisisStepKind::Action ? Tr::tr("Describe the action: what was done, by whom.")
                                           : Tr::tr("Describe the follow-up: whom you saw or spoke to, and how the student is."));
    const QDateTime when = checkedTime(at,
        kind == CrisisStepKind::Notify       ? When::Notification
            : kind == CrisisStepKind::Action ? When::Action
                                             : When::FollowUp);
    Transaction tx(m_db);
    const CrisisEvent event = requireEvent(eventId);
    if (!event.open)
        throw Error(ErrorKind::Rejected,
            Tr::tr("This crisis event was closed on %1; nothing more can be added to it. Write a note on the student's "
                   "timeline, or open a new event if there is a new crisis.")
                .arg(shown(event.closedAt)));
    if (when < event.happenedAt)
        throw Error(ErrorKind::Rejected,
            Tr::tr("The time %1 is before the crisis happened (%2).").arg(shown(when), shown(event.happenedAt)));
    Statement insert(
        m_db, "INSERT INTO crisis_steps (event_id, at, kind, party, body, author, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, eventId).bind(2, stamp(when)).bind(3, crisisStepKindCode(kind)).bind(4, crisisPartyCode(party));
    insert.bindConfidential(5, "crisis_steps.body", eventId, text).bind(6, m_actor).bind(7, stamp(clock::nowUtc())).run();
    const qint64 id = m_db.lastInsertId();
    appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("crisis_step"), id,
        QStringLiteral("event %1, student %2: %3 %4")
            .arg(QString::number(eventId), QString::number(event.studentId), crisisStepKindCode(kind), crisisPartyCode(party))
            .trimmed());
    tx.commit();
    return id;
}

void CrisisRepository::setChecked(qint64 eventId, int position, bool done)
{
    requireAccess(m_db.access(), DataKind::Crisis, AccessOp::Write);
    Transaction tx(m_db);
    const CrisisEvent event = requireEvent(eventId);
    if (!event.open)
        throw Error(ErrorKind::Rejected,
            Tr::tr("This crisis event was closed on %1; its checklist can no longer be changed.").arg(shown(event.closedAt)));
    Statement st(m_db, "UPDATE crisis_checklist SET done_at = ?, done_by = ? WHERE event_id = ? AND position = ?");
    if (done)
        st.bind(1, stamp(clock::nowUtc())).bind(2, m_actor);
    else
        st.bindNull(1).bindNull(2);
    st.bind(3, eventId).bind(4, position).run();
    if (m_db.changes() == 0)
        throw Error(ErrorKind::Rejected, Tr::tr("The checklist has no item %1.").arg(position));
    appendAudit(m_db, m_actor, QStringLiteral("update"), QStringLiteral("crisis_checklist"), eventId,
        QStringLiteral("event %1, student %2: item %3 %4")
            .arg(QString::number(eventId), QString::number(event.studentId), QString::number(position),
                done ? QStringLiteral("done") : QStringLiteral("not done")));
    tx.commit();
}

QStringList CrisisRepository::missingForClosing(qint64 eventId)
{
    requireAccess(m_db.access(), DataKind::Crisis, AccessOp::Read);
    const CrisisEvent event = requireEvent(eventId);
    QStringList missing;
    if (!event.guardianNotified)
        missing << Tr::tr("a notification of the guardian (监护人)");
    if (!event.headNotified)
        missing << Tr::tr("a notification of the head or deputy head (校长/分管领导)");
    return missing;
}

void CrisisRepository::close(qint64 eventId, const QString &closure, const QDateTime &closedAt)
{
    requireAccess(m_db.access(), DataKind::Crisis, AccessOp::Write);
    requireAccess(m_db.access(), DataKind::CrisisDetail, AccessOp::Write);
    const QString text = checkedText(closure,
        Tr::tr("Write the closure summary: how the crisis was resolved, where the "
               "student is now, and what follows (referral, plan, follow-up)."));
    const QDateTime when = checkedTime(closedAt.isValid() ? closedAt : clock::nowUtc(), When::Closure);
    Transaction tx(m_db);
    const CrisisEvent event = requireEvent(eventId);
    if (!event.open)
        throw Error(ErrorKind::Rejected, Tr::tr("This crisis event was already closed on %1.").arg(shown(event.closedAt)));
    const QStringList missing = missingForClosing(eventId);
    if (!missing.isEmpty())
        throw Error(ErrorKind::Rejected,
            Tr::tr("The event cannot be closed yet: the guardians and the head must be informed the same day. Record "
                   "first:\n%1")
                .arg(QStringLiteral("• ") + missing.join(QStringLiteral("\n• "))));
    if (when < event.happenedAt)
        throw Error(ErrorKind::Rejected,
            Tr::tr("The closing time %1 is before the crisis happened (%2).").arg(shown(when), shown(event.happenedAt)));
    Statement last(m_db, "SELECT max(at) FROM crisis_steps WHERE event_id = ?");
    last.bind(1, eventId);
    if (last.step() && !last.isNull(0) && stamp(when) < last.text(0))
        throw Error(ErrorKind::Rejected,
            Tr::tr("The closing time %1 is before the event's last step (%2).").arg(shown(when), shown(parsed(last.text(0)))));
    Statement st(m_db, "UPDATE crisis_events SET status = 'closed', closed_at = ?, closed_by = ?, closure = ? WHERE id = ?");
    st.bind(1, stamp(when)).bind(2, m_actor).bindConfidential(3, "crisis_events.closure", event.studentId, text);
    st.bind(4, eventId).run();
    appendAudit(m_db, m_actor, QStringLiteral("close"), QStringLiteral("crisis_event"), eventId,
        QStringLiteral("student %1").arg(event.studentId));
    tx.commit();
}

QList<CrisisEvent> CrisisRepository::openEvents()
{
    requireAccess(m_db.access(), DataKind::Crisis, AccessOp::Read);
    Statement st(m_db, XINAN_CRISIS_EVENT_COLUMNS "WHERE e.status = 'open' ORDER BY e.happened_at, e.id");
    return readEvents(st);
}

int CrisisRepository::openCount()
{
    requireAccess(m_db.access(), DataKind::Counts, AccessOp::Read);
    Statement st(m_db, "SELECT count(*) FROM crisis_events WHERE status = 'open'");
    return st.step() ? st.integer(0) : 0;
}

QList<CrisisEvent> CrisisRepository::events(const CrisisFilter &filter)
{
    requireAccess(m_db.access(), DataKind::Crisis, AccessOp::Read);
    Statement st(m_db,
        XINAN_CRISIS_EVENT_COLUMNS "WHERE (?1 = '' OR e.status = ?1) AND (?2 = '' OR e.happened_at >= ?2) "
                                   "AND (?3 = '' OR e.happened_at < ?3) "
                                   "ORDER BY e.status = 'open' DESC, CASE WHEN e.status = 'open' THEN e.happened_at END, "
                                   "e.happened_at DESC, e.id DESC");
    const QString status = filter.status == CrisisFilter::Status::Open ? QStringLiteral("open")
        : filter.status == CrisisFilter::Status::Closed                ? QStringLiteral("closed")
                                                                       : QString();
    st.bind(1, status);
    st.bind(2, filter.from.isValid() ? stamp(QDateTime(filter.from, QTime(0, 0))) : QString());
    st.bind(3, filter.to.isValid() ? stamp(QDateTime(filter.to.addDays(1), QTime(0, 0))) : QString());
    return readEvents(st);
}

QList<CrisisEvent> CrisisRepository::studentEvents(qint64 studentId)
{
    requireAccess(m_db.access(), DataKind::Crisis, AccessOp::Read);
    Statement st(m_db, XINAN_CRISIS_EVENT_COLUMNS "WHERE e.student_id = ? ORDER BY e.happened_at DESC, e.id DESC");
    st.bind(1, studentId);
    return readEvents(st);
}

std::optional<qint64> CrisisRepository::openEventOf(qint64 studentId)
{
    requireAccess(m_db.access(), DataKind::Crisis, AccessOp::Read);
    Statement st(m_db, "SELECT id FROM crisis_events WHERE student_id = ? AND status = 'open'");
    st.bind(1, studentId);
    if (st.step())
        return st.int64(0);
    return std::nullopt;
}

CrisisEventDetail CrisisRepository::detail(qint64 eventId)
{
    requireAccess(m_db.access(), DataKind::Crisis, AccessOp::Read);
    CrisisEventDetail d;
    d.event = requireEvent(eventId);
    Statement steps(
        m_db, "SELECT id, event_id, at, kind, party, body, author FROM crisis_steps WHERE event_id = ? ORDER BY at, id");
    steps.bind(1, eventId);
    const bool details = m_db.access().allows(DataKind::CrisisDetail, AccessOp::Read);
    while (steps.step())
        d.steps.append({ steps.int64(0), steps.int64(1), parsed(steps.text(2)),
            crisisStepKindFromCode(steps.text(3)).value_or(CrisisStepKind::Action),
            crisisPartyFromCode(steps.text(4)).value_or(CrisisParty::Other),
            details ? steps.confidentialText(5, "crisis_steps.body", eventId) : QString(), steps.text(6) });
    Statement items(m_db, "SELECT position, item, done_at, done_by FROM crisis_checklist WHERE event_id = ? ORDER BY position");
    items.bind(1, eventId);
    while (items.step())
        d.checklist.append(
            { items.integer(0), items.text(1), items.isNull(2) ? QDateTime() : parsed(items.text(2)), items.text(3) });
    return d;
}

QList<TimelineEntry> CrisisRepository::timelineEntries(qint64 studentId)
{
    QList<TimelineEntry> out;
    // The merged timeline shows each role what it may read: events to counsellors and the head
    // (without their details for the head).
    if (!m_db.access().allows(DataKind::Crisis, AccessOp::Read))
        return out;
    for (const CrisisEvent &e : studentEvents(studentId)) {
        if (!e.open)
            out.append({ e.closedAt.toLocalTime().date(), QStringLiteral("crisis_closed"), Tr::tr("Crisis event closed"),
                e.closure, e.closedBy, e.id });
        const QList<CrisisStep> steps = detail(e.id).steps;
        for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
            const CrisisStep &s = *it;
            QString title;
            switch (s.kind) {
            case CrisisStepKind::Notify:
                title = Tr::tr("Crisis: %1 notified").arg(crisisPartyName(s.party));
                break;
            case CrisisStepKind::Action:
                title = s.party == CrisisParty::None ? Tr::tr("Crisis: action")
                                                     : Tr::tr("Crisis: action (%1)").arg(crisisPartyName(s.party));
                break;
            case CrisisStepKind::FollowUp:
                title = Tr::tr("Crisis: follow-up");
                break;
            }
            const QString time = s.at.toLocalTime().toString(QStringLiteral("HH:mm"));
            out.append({ s.at.toLocalTime().date(), QStringLiteral("crisis_step"), title,
                s.body.isEmpty() ? time : time + QStringLiteral(" ") + s.body, s.author, s.id });
        }
        out.append({ e.happenedAt.toLocalTime().date(), QStringLiteral("crisis"), Tr::tr("Crisis event opened"),
            QString(e.happenedAt.toLocalTime().toString(QStringLiteral("HH:mm ")) + e.whatHappened).trimmed(), e.openedBy,
            e.id });
    }
    return out;
}

QStringList CrisisRepository::defaultChecklist()
{
    return {
        Tr::tr("Keep the student safe; never leave the student alone"),
        Tr::tr("Report to the head or deputy head at once"),
        Tr::tr("Inform the guardians the same day"),
        Tr::tr("Call 120 or 110 when needed"),
        Tr::tr("Refer to a mental-health service (hospital)"),
        Tr::tr("Keep the records (what happened, who was told, when)"),
        Tr::tr("Plan follow-up and the return-to-school assessment"),
        Tr::tr("Support the classmates (psychological first aid for the class)"),
    };
}

QStringList CrisisRepository::checklistTemplate()
{
    requireAccess(m_db.access(), DataKind::Settings, AccessOp::Read);
    const QString stored = SettingsRepository(m_db, m_actor).value(QString::fromLatin1(ChecklistKey));
    QStringList items;
    for (const QString &line : stored.split(u'\n')) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            items << t;
    }
    return items.isEmpty() ? defaultChecklist() : items;
}

void CrisisRepository::setChecklistTemplate(const QStringList &items)
{
    requireAccess(m_db.access(), DataKind::Settings, AccessOp::Write);
    QStringList kept;
    for (const QString &item : items)
        for (const QString &line : item.split(u'\n')) {
            const QString t = line.trimmed();
            if (!t.isEmpty())
                kept << t;
        }
    if (kept.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("The crisis response checklist needs at least one item (one item per line)."));
    if (kept.size() > MaxChecklistItems)
        throw Error(ErrorKind::Rejected,
            Tr::tr("The crisis response checklist has %1 items; at most %2 fit. Combine some of them.")
                .arg(kept.size())
                .arg(MaxChecklistItems));
    for (int i = 0; i < kept.size(); ++i)
        if (kept.at(i).size() > MaxChecklistItemLength)
            throw Error(ErrorKind::Rejected,
                Tr::tr("Item %1 of the crisis response checklist has %2 characters; at most %3 fit.")
                    .arg(i + 1)
                    .arg(kept.at(i).size())
                    .arg(MaxChecklistItemLength));
    for (int i = 0; i < kept.size(); ++i)
        checkPlainText(Tr::tr("Item %1 of the crisis response checklist").arg(i + 1), kept.at(i), false);
    SettingsRepository(m_db, m_actor).setValue(QString::fromLatin1(ChecklistKey), kept.join(u'\n'));
}

QList<CrisisEvent> CrisisRepository::readEvents(Statement &st)
{
    // What happened and the closure are crisis details: empty for a role that reads only the
    // events (the head).
    const bool details = m_db.access().allows(DataKind::CrisisDetail, AccessOp::Read);
    QList<CrisisEvent> out;
    while (st.step()) {
        CrisisEvent e;
        e.id = st.int64(0);
        e.studentId = st.int64(1);
        e.studentNo = st.text(2);
        e.studentName = st.text(3);
        e.grade = st.integer(4);
        e.className = st.text(5);
        e.happenedAt = parsed(st.text(6));
        if (details)
            e.whatHappened = st.confidentialText(7, "crisis_events.what_happened", e.studentId);
        e.open = st.text(8) == u"open";
        e.openedBy = st.text(9);
        e.openedAt = parsed(st.text(10));
        e.closedAt = st.isNull(11) ? QDateTime() : parsed(st.text(11));
        e.closedBy = st.text(12);
        if (details)
            e.closure = st.confidentialText(13, "crisis_events.closure", e.studentId);
        e.guardianNotified = st.integer(14) != 0;
        e.headNotified = st.integer(15) != 0;
        e.notifications = st.integer(16);
        e.checklistDone = st.integer(17);
        e.checklistTotal = st.integer(18);
        out.append(e);
    }
    return out;
}

CrisisEvent CrisisRepository::requireEvent(qint64 eventId)
{
    Statement st(m_db, XINAN_CRISIS_EVENT_COLUMNS "WHERE e.id = ?");
    st.bind(1, eventId);
    const QList<CrisisEvent> found = readEvents(st);
    if (found.isEmpty())
        throw Error(ErrorKind::Rejected,
            Tr::tr("The crisis event no longer exists; it may have been deleted with the student's record."));
    return found.first();
}

} // namespace xinan
