#include "dutyrepository.h"

#include "../domain/text.h"
#include "../error.h"
#include "../platform/clock.h"
#include "../store/database.h"
#include "audit.h"
#include "stamps.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DutyRepository)
};

QString timeText(const QTime &t)
{
    return t.toString(QStringLiteral("HH:mm"));
}
QTime timeFrom(const QString &s)
{
    return QTime::fromString(s, QStringLiteral("HH:mm"));
}

#define XINAN_SHIFT_SELECT                                                                                                       \
    "SELECT sh.id, sh.day, sh.period_code, p.name, p.starts, p.ends, sh.room_id, r.name, sh.staff_id, st.name, "                 \
    "sh.origin, coalesce(sh.replaced_staff_id, 0), sh.change_reason FROM duty_shifts sh "                                        \
    "JOIN duty_periods p ON p.code = sh.period_code JOIN rooms r ON r.id = sh.room_id JOIN staff st ON st.id = sh.staff_id "
#define XINAN_SHIFT_ORDER " ORDER BY sh.day, p.position, r.name, r.id, st.name, st.id"

} // namespace

bool DutyTerm::isHoliday(const QDate &day) const
{
    return std::any_of(holidays.begin(), holidays.end(), [&](const TermHoliday &h) { return day >= h.first && day <= h.last; });
}

// A duty log (visitors, what happened on the shift, the handover) is the counselling office's own
// record and may name students: the roster's kind and counselling's (counsellors only).
void DutyRepository::requireLog(AccessOp op)
{
    requireAccess(m_db.access(), DataKind::Duty, op);
    requireAccess(m_db.access(), DataKind::Counselling, op);
}

DutyRepository::DutyRepository(Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

QList<DutyPeriod> DutyRepository::periods()
{
    requireAccess(m_db.access(), DataKind::Duty, AccessOp::Read);
    Statement st(m_db, "SELECT code, name, starts, ends, position FROM duty_periods ORDER BY position, code");
    QList<DutyPeriod> out;
    while (st.step())
        out.append({ st.text(0), st.text(1), timeFrom(st.text(2)), timeFrom(st.text(3)), st.integer(4) });
    return out;
}

void DutyRepository::updatePeriod(const DutyPeriod &period)
{
    requireAccess(m_db.access(), DataKind::Duty, AccessOp::Write);
    const QString name = period.name.trimmed();
    if (name.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("Give the duty period a name."));
    if (!period.starts.isValid() || !period.ends.isValid() || period.ends <= period.starts)
        throw Error(ErrorKind::Rejected, Tr::tr("The duty period \"%1\" must end after it starts.").arg(name));
    Transaction tx(m_db);
    bool found = false;
    for (const DutyPeriod &other : periods()) {
        if (other.code == period.code) {
            found = true;
            continue;
        }
        if (period.starts < other.ends && other.starts < period.ends)
            throw Error(ErrorKind::Rejected,
                Tr::tr("%1–%2 overlaps the duty period \"%3\" (%4–%5).")
                    .arg(timeText(period.starts), timeText(period.ends), other.name, timeText(other.starts),
                        timeText(other.ends)));
    }
    if (!found)
        throw Error(ErrorKind::Rejected, Tr::tr("There is no duty period \"%1\".").arg(period.code));
    Statement st(m_db, "UPDATE duty_periods SET name = ?, starts = ?, ends = ? WHERE code = ?");
    st.bind(1, name).bind(2, timeText(period.starts)).bind(3, timeText(period.ends)).bind(4, period.code).run();
    appendAudit(m_db, m_actor, QStringLiteral("update"), QStringLiteral("duty_period"), 0,
        QStringLiteral("%1 %2-%3").arg(period.code, timeText(period.starts), timeText(period.ends)));
    tx.commit();
}

QList<DutyTemplateSlot> DutyRepository::weeklyTemplate()
{
    requireAccess(m_db.access(), DataKind::Duty, AccessOp::Read);
    Statement st(m_db,
        "SELECT t.weekday, t.period_code, t.room_id, t.staff_id FROM duty_template t JOIN duty_periods p ON p.code = "
        "t.period_code "
        "ORDER BY t.weekday, p.position, t.room_id, t.staff_id");
    QList<DutyTemplateSlot> out;
    while (st.step())
        out.append({ st.integer(0), st.text(1), st.int64(2), st.int64(3) });
    return out;
}

void DutyRepository::setWeeklyTemplate(const QList<DutyTemplateSlot> &slots)
{
    requireAccess(m_db.access(), DataKind::Duty, AccessOp::Write);
    Transaction tx(m_db);
    Statement period(m_db, "SELECT 1 FROM duty_periods WHERE code = ?");
    Statement room(m_db, "SELECT active FROM rooms WHERE id = ?");
    Statement staff(m_db, "SELECT active, name FROM staff WHERE id = ?");
    for (const DutyTemplateSlot &s : slots) {
        if (s.weekday < 1 || s.weekday > 7)
            throw Error(
                ErrorKind::Rejected, Tr::tr("The weekday %1 does not exist; use 1 (Monday) to 7 (Sunday).").arg(s.weekday));
        period.reset();
        period.bind(1, s.periodCode);
        if (!period.step())
            throw Error(ErrorKind::Rejected, Tr::tr("There is no duty period \"%1\".").arg(s.periodCode));
        room.reset();
        room.bind(1, s.roomId);
        if (!room.step())
            throw Error(ErrorKind::Rejected, Tr::tr("The room no longer exists; choose another room."));
        if (room.integer(0) == 0)
            throw Error(ErrorKind::Rejected, Tr::tr("A room that is no longer in use cannot be on the duty roster."));
        staff.reset();
        staff.bind(1, s.staffId);
        if (!staff.step())
            throw Error(ErrorKind::Rejected, Tr::tr("The staff member no longer exists; choose another counsellor."));
        if (staff.integer(0) == 0)
            throw Error(
                ErrorKind::Rejected, Tr::tr("%1 is no longer on the staff and cannot be on the duty roster.").arg(staff.text(1)));
    }
    m_db.exec("DELETE FROM duty_template");
    Statement insert(m_db, "INSERT OR IGNORE INTO duty_template (weekday, period_code, room_id, staff_id) VALUES (?, ?, ?, ?)");
    for (const DutyTemplateSlot &s : slots) {
        insert.reset();
        insert.bind(1, s.weekday).bind(2, s.periodCode).bind(3, s.roomId).bind(4, s.staffId).run();
    }
    appendAudit(m_db, m_actor, QStringLiteral("update"), QStringLiteral("duty_template"), 0,
        QStringLiteral("%1 slots").arg(slots.size()));
    tx.commit();
}

QList<DutyTerm> DutyRepository::terms()
{
    requireAccess(m_db.access(), DataKind::Duty, AccessOp::Read);
    QList<DutyTerm> out;
    {
        Statement st(m_db, "SELECT id FROM terms ORDER BY starts_on DESC");
        QStringList ids;
        while (st.step())
            ids << st.text(0);
        for (const QString &id : ids)
            if (auto t = term(id))
                out.append(*t);
    }
    return out;
}

std::optional<DutyTerm> DutyRepository::term(const QString &id)
{
    requireAccess(m_db.access(), DataKind::Duty, AccessOp::Read);
    Statement st(m_db, "SELECT id, starts_on, ends_on, generated_at FROM terms WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    DutyTerm t;
    t.id = st.text(0);
    t.startsOn = dayFrom(st.text(1));
    t.endsOn = dayFrom(st.text(2));
    if (!st.isNull(3))
        t.generatedAt = QDateTime::fromString(st.text(3), Qt::ISODate);
    Statement h(m_db, "SELECT first_day, last_day, name FROM term_holidays WHERE term_id = ? ORDER BY first_day, id");
    h.bind(1, id);
    while (h.step())
        t.holidays.append({ dayFrom(h.text(0)), dayFrom(h.text(1)), h.text(2) });
    return t;
}

void DutyRepository::saveTerm(const DutyTerm &t)
{
    requireAccess(m_db.access(), DataKind::Duty, AccessOp::Write);
    const QString id = t.id.trimmed();
    if (id.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("Give the term an id, such as 2026-2027-1."));
    if (!t.startsOn.isValid() || !t.endsOn.isValid())
        throw Error(ErrorKind::Rejected, Tr::tr("Give the term's first and last day."));
    if (t.endsOn < t.startsOn)
        throw Error(
            ErrorKind::Rejected, Tr::tr("The term ends (%1) before it starts (%2).").arg(dayText(t.endsOn), dayText(t.startsOn)));
    if (t.startsOn.daysTo(t.endsOn) > 366)
        throw Error(ErrorKind::Rejected, Tr::tr("A term lasts at most a year; check the dates."));
    for (const TermHoliday &h : t.holidays) {
        if (!h.first.isValid() || !h.last.isValid() || h.last < h.first)
            throw Error(ErrorKind::Rejected,
                Tr::tr("The holiday \"%1\" needs a first day and a last day that is not before it.").arg(h.name));
        if (h.first < t.startsOn || h.last > t.endsOn)
            throw Error(ErrorKind::Rejected,
                Tr::tr("The holiday %1–%2 lies outside the term %3–%4.")
                    .arg(dayText(h.first), dayText(h.last), dayText(t.startsOn), dayText(t.endsOn)));
    }
    Transaction tx(m_db);
    Statement overlap(m_db, "SELECT id FROM terms WHERE id <> ? AND starts_on <= ? AND ends_on >= ?");
    overlap.bind(1, id).bind(2, dayText(t.endsOn)).bind(3, dayText(t.startsOn));
    if (overlap.step())
        throw Error(ErrorKind::Rejected, Tr::tr("The dates overlap the term %1; terms cannot overlap.").arg(overlap.text(0)));
    Statement update(m_db, "UPDATE terms SET starts_on = ?, ends_on = ? WHERE id = ?");
    update.bind(1, dayText(t.startsOn)).bind(2, dayText(t.endsOn)).bind(3, id).run();
    if (m_db.changes() == 0) {
        Statement insertTerm(m_db, "INSERT INTO terms (id, starts_on, ends_on) VALUES (?, ?, ?)");
        insertTerm.bind(1, id).bind(2, dayText(t.startsOn)).bind(3, dayText(t.endsOn)).run();
    }
    Statement clear(m_db, "DELETE FROM term_holidays WHERE term_id = ?");
    clear.bind(1, id).run();
    Statement insert(m_db, "INSERT INTO term_holidays (term_id, first_day, last_day, name) VALUES (?, ?, ?, ?)");
    for (const TermHoliday &h : t.holidays) {
        insert.reset();
        insert.bind(1, id).bind(2, dayText(h.first)).bind(3, dayText(h.last)).bind(4, h.name.trimmed()).run();
    }
    // Shifts outside the (possibly shortened) term no longer belong to it.
    Statement outside(m_db, "DELETE FROM duty_shifts WHERE term_id = ? AND (day < ? OR day > ?)");
    outside.bind(1, id).bind(2, dayText(t.startsOn)).bind(3, dayText(t.endsOn)).run();
    appendAudit(m_db, m_actor, QStringLiteral("update"), QStringLiteral("term"), 0,
        QStringLiteral("%1 %2..%3, %4 holidays").arg(id, dayText(t.startsOn), dayText(t.endsOn)).arg(t.holidays.size()));
    tx.commit();
}

int DutyRepository::fillDay(const DutyTerm &term, const QDate &day)
{
    if (day < term.startsOn || day > term.endsOn || term.isHoliday(day))
        return 0;
    Statement closed(m_db, "SELECT 1 FROM duty_closures WHERE day = ?");
    closed.bind(1, dayText(day));
    if (closed.step())
        return 0;
    // Slots already changed by hand keep their staff; the staff members they replaced stay off.
    QSet<QString> handled;
    Statement changed(m_db,
        "SELECT period_code, room_id, staff_id, coalesce(replaced_staff_id, 0) FROM duty_shifts WHERE day = ? AND origin <> "
        "'template'");
    changed.bind(1, dayText(day));
    while (changed.step()) {
        const QString slot = changed.text(0) + u'|' + QString::number(changed.int64(1)) + u'|';
        handled.insert(slot + QString::number(changed.int64(2)));
        handled.insert(slot + QString::number(changed.int64(3)));
    }
    Statement slots(m_db, "SELECT period_code, room_id, staff_id FROM duty_template WHERE weekday = ?");
    slots.bind(1, day.dayOfWeek());
    Statement &insert = m_db.cached("INSERT OR IGNORE INTO duty_shifts (term_id, day, period_code, room_id, staff_id, origin) "
                                    "VALUES (?, ?, ?, ?, ?, 'template')");
    int count = 0;
    while (slots.step()) {
        const QString key = slots.text(0) + u'|' + QString::number(slots.int64(1)) + u'|' + QString::number(slots.int64(2));
        if (handled.contains(key))
            continue;
        insert.reset();
        insert.bind(1, term.id)
            .bind(2, dayText(day))
            .bind(3, slots.text(0))
            .bind(4, slots.int64(1))
            .bind(5, slots.int64(2))
            .run();
        count += m_db.changes();
    }
    return count;
}

int DutyRepository::generate(const QString &termId, const QDate &from)
{
    requireAccess(m_db.access(), DataKind::Duty, AccessOp::Write);
    Transaction tx(m_db);
    const std::optional<DutyTerm> t = term(termId);
    if (!t)
        throw Error(ErrorKind::Rejected, Tr::tr("There is no term \"%1\"; save the term first.").arg(termId));
    const QDate first = from.isValid() ? std::max(from, t->startsOn) : t->startsOn;
    if (first > t->endsOn)
        throw Error(ErrorKind::Rejected,
            Tr::tr("The term %1 ended on %2; there is nothing left to generate.").arg(t->id, dayText(t->endsOn)));
    Statement clear(m_db, "DELETE FROM duty_shifts WHERE term_id = ? AND day >= ? AND origin = 'template'");
    clear.bind(1, t->id).bind(2, dayText(first)).run();
    // Holidays have no duty at all, changed shifts included.
    Statement holiday(m_db, "DELETE FROM duty_shifts WHERE term_id = ? AND day BETWEEN ? AND ?");
    for (const TermHoliday &h : t->holidays) {
        if (h.last < first)
            continue;
        holiday.reset();
        holiday.bind(1, t->id).bind(2, dayText(std::max(h.first, first))).bind(3, dayText(h.last)).run();
    }
    int count = 0;
    for (QDate d = first; d <= t->endsOn; d = d.addDays(1))
        count += fillDay(*t, d);
    Statement done(m_db, "UPDATE terms SET generated_at = ? WHERE id = ?");
    done.bind(1, nowStamp()).bind(2, t->id).run();
    appendAudit(m_db, m_actor, QStringLiteral("generate"), QStringLiteral("duty_roster"), 0,
        QStringLiteral("%1 from %2: %3 shifts").arg(t->id, dayText(first)).arg(count));
    tx.commit();
    return count;
}

DutyShift DutyRepository::shift(qint64 id)
{
    requireAccess(m_db.access(), DataKind::Duty, AccessOp::Read);
    const QList<DutyShift> found = readShifts("WHERE sh.id = ?", QString::number(id), {});
    if (found.isEmpty())
        throw Error(ErrorKind::Rejected,
            Tr::tr("The duty shift no longer exists; the roster may have been regenerated. Reopen the week."));
    return found.first();
}

void DutyRepository::swap(qint64 shiftA, qint64 shiftB, const QString &reason)
{
    requireAccess(m_db.access(), DataKind::Duty, AccessOp::Write);
    Transaction tx(m_db);
    const DutyShift a = shift(shiftA);
    const DutyShift b = shift(shiftB);
    if (a.staffId == b.staffId)
        throw Error(
            ErrorKind::Rejected, Tr::tr("Both shifts are %1's; choose shifts of two different staff members.").arg(a.staffName));
    Statement taken(m_db, "SELECT 1 FROM duty_shifts WHERE day = ? AND period_code = ? AND room_id = ? AND staff_id = ?");
    auto check = [&](const DutyShift &slot, const DutyShift &incoming) {
        taken.reset();
        taken.bind(1, dayText(slot.day)).bind(2, slot.periodCode).bind(3, slot.roomId).bind(4, incoming.staffId);
        if (taken.step())
            throw Error(ErrorKind::Rejected,
                Tr::tr("%1 is already on duty on %2 (%3, %4).")
                    .arg(incoming.staffName, dayText(slot.day), slot.periodName, slot.roomName));
    };
    check(a, b);
    check(b, a);
    Statement update(m_db,
        "UPDATE duty_shifts SET staff_id = ?, origin = 'swap', replaced_staff_id = coalesce(replaced_staff_id, staff_id), "
        "change_reason = ? WHERE id = ?");
    update.bind(1, b.staffId).bind(2, reason.trimmed()).bind(3, a.id).run();
    update.reset();
    update.bind(1, a.staffId).bind(2, reason.trimmed()).bind(3, b.id).run();
    appendAudit(m_db, m_actor, QStringLiteral("swap"), QStringLiteral("duty_shift"), a.id,
        QStringLiteral("shifts %1 and %2: staff %3 <-> %4").arg(a.id).arg(b.id).arg(a.staffId).arg(b.staffId));
    tx.commit();
}

void DutyRepository::cover(qint64 shiftId, qint64 staffId, const QString &reason)
{
    requireAccess(m_db.access(), DataKind::Duty, AccessOp::Write);
    const QString why = reason.trimmed();
    if (why.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("Give the reason for the cover, for example a trip or sick leave."));
    if (why.size() > 200)
        throw Error(ErrorKind::Rejected, Tr::tr("The reason has more than 200 characters; keep it short."));
    checkPlainText(Tr::tr("The reason"), why, false);
    Transaction tx(m_db);
    const DutyShift s = shift(shiftId);
    Statement staff(m_db, "SELECT active, name FROM staff WHERE id = ?");
    staff.bind(1, staffId);
    if (!staff.step())
        throw Error(ErrorKind::Rejected, Tr::tr("The staff member no longer exists; choose another counsellor."));
    if (staff.integer(0) == 0)
        throw Error(
            ErrorKind::Rejected, Tr::tr("%1 is no longer on the staff and cannot be on the duty roster.").arg(staff.text(1)));
    Statement taken(m_db, "SELECT 1 FROM duty_shifts WHERE day = ? AND period_code = ? AND room_id = ? AND staff_id = ?");
    taken.bind(1, dayText(s.day)).bind(2, s.periodCode).bind(3, s.roomId).bind(4, staffId);
    if (taken.step())
        throw Error(ErrorKind::Rejected,
            Tr::tr("%1 is already on duty on %2 (%3, %4).").arg(staff.text(1), dayText(s.day), s.periodName, s.roomName));
    Statement update(m_db,
        "UPDATE duty_shifts SET staff_id = ?, origin = 'cover', replaced_staff_id = coalesce(replaced_staff_id, staff_id), "
        "change_reason = ? WHERE id = ?");
    update.bind(1, staffId).bind(2, why).bind(3, shiftId).run();
    appendAudit(m_db, m_actor, QStringLiteral("cover"), QStringLiteral("duty_shift"), shiftId,
        QStringLiteral("staff %1 -> %2").arg(s.staffId).arg(staffId));
    tx.commit();
}

void DutyRepository::closeDay(const QDate &day, const QString &reason)
{
    requireAccess(m_db.access(), DataKind::Duty, AccessOp::Write);
    const QString why = reason.trimmed();
    if (!day.isValid())
        throw Error(ErrorKind::Rejected, Tr::tr("Choose the day to close."));
    if (why.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("Give the reason why there is no duty that day, for example the sports day."));
    if (why.size() > 200)
        throw Error(ErrorKind::Rejected, Tr::tr("The reason has more than 200 characters; keep it short."));
    checkPlainText(Tr::tr("The reason"), why, false);
    Transaction tx(m_db);
    Statement closed(m_db, "SELECT 1 FROM duty_closures WHERE day = ?");
    closed.bind(1, dayText(day));
    if (closed.step())
        throw Error(ErrorKind::Rejected, Tr::tr("%1 is already closed.").arg(dayText(day)));
    Statement insert(m_db, "INSERT INTO duty_closures (day, reason, created_by, created_at) VALUES (?, ?, ?, ?)");
    insert.bind(1, dayText(day)).bind(2, why).bind(3, m_actor).bind(4, nowStamp()).run();
    Statement clear(m_db, "DELETE FROM duty_shifts WHERE day = ?");
    clear.bind(1, dayText(day)).run();
    appendAudit(m_db, m_actor, QStringLiteral("close"), QStringLiteral("duty_day"), 0, dayText(day));
    tx.commit();
}

void DutyRepository::reopenDay(const QDate &day)
{
    requireAccess(m_db.access(), DataKind::Duty, AccessOp::Write);
    Transaction tx(m_db);
    Statement remove(m_db, "DELETE FROM duty_closures WHERE day = ?");
    remove.bind(1, dayText(day)).run();
    if (m_db.changes() == 0)
        throw Error(ErrorKind::Rejected, Tr::tr("%1 is not closed.").arg(dayText(day)));
    Statement owner(m_db, "SELECT id FROM terms WHERE starts_on <= ? AND ends_on >= ?");
    owner.bind(1, dayText(day)).bind(2, dayText(day));
    if (owner.step())
        if (const std::optional<DutyTerm> t = term(owner.text(0)))
            fillDay(*t, day);
    appendAudit(m_db, m_actor, QStringLiteral("reopen"), QStringLiteral("duty_day"), 0, dayText(day));
    tx.commit();
}

QList<DutyShift> DutyRepository::readShifts(const char *where, const QString &a, const QString &b)
{
    requireAccess(m_db.access(), DataKind::Duty, AccessOp::Read);
    const QByteArray sql = QByteArray(XINAN_SHIFT_SELECT) + where + XINAN_SHIFT_ORDER;
    Statement st(m_db, sql.constData());
    if (!a.isNull())
        st.bind(1, a);
    if (!b.isNull())
        st.bind(2, b);
    QList<DutyShift> out;
    while (st.step()) {
        DutyShift s;
        s.id = st.int64(0);
        s.day = dayFrom(st.text(1));
        s.periodCode = st.text(2);
        s.periodName = st.text(3);
        s.starts = timeFrom(st.text(4));
        s.ends = timeFrom(st.text(5));
        s.roomId = st.int64(6);
        s.roomName = st.text(7);
        s.staffId = st.int64(8);
        s.staffName = st.text(9);
        s.origin = st.text(10);
        s.replacedStaffId = st.int64(11);
        s.changeReason = st.text(12);
        out.append(s);
    }
    return out;
}

DutyWeek DutyRepository::week(const QDate &day)
{
    requireAccess(m_db.access(), DataKind::Duty, AccessOp::Read);
    DutyWeek w;
    w.monday = day.addDays(1 - day.dayOfWeek());
    const QDate sunday = w.monday.addDays(6);
    w.shifts = readShifts("WHERE sh.day BETWEEN ? AND ?", dayText(w.monday), dayText(sunday));
    Statement st(m_db, "SELECT day, reason FROM duty_closures WHERE day BETWEEN ? AND ? ORDER BY day");
    st.bind(1, dayText(w.monday)).bind(2, dayText(sunday));
    while (st.step())
        w.closures.append({ dayFrom(st.text(0)), st.text(1) });
    return w;
}

QList<DutyShift> DutyRepository::shiftsOn(const QDate &day)
{
    requireAccess(m_db.access(), DataKind::Duty, AccessOp::Read);
    return readShifts("WHERE sh.day = ?", dayText(day), {});
}

QList<DutyShift> DutyRepository::onDutyAt(const QDateTime &at)
{
    requireAccess(m_db.access(), DataKind::Duty, AccessOp::Read);
    const QDateTime local = at.toLocalTime();
    return readShifts("WHERE sh.day = ?1 AND p.starts <= ?2 AND p.ends > ?2", dayText(local.date()), timeText(local.time()));
}

bool DutyRepository::staffOnDuty(qint64 staffId, const QDateTime &start, const QDateTime &end)
{
    requireAccess(m_db.access(), DataKind::Duty, AccessOp::Read);
    const QDateTime from = start.toLocalTime();
    const QDateTime to = end.toLocalTime();
    if (from.date() != to.date() && !(to.date() == from.date().addDays(1) && to.time() == QTime(0, 0)))
        return false;
    Statement st(m_db,
        "SELECT p.starts, p.ends FROM duty_shifts sh JOIN duty_periods p ON p.code = sh.period_code WHERE sh.staff_id = ? AND "
        "sh.day = ? "
        "ORDER BY p.starts");
    st.bind(1, staffId).bind(2, dayText(from.date()));
    QTime reached = from.time();
    const QTime goal = to.date() == from.date() ? to.time() : QTime(23, 59, 59);
    while (st.step()) {
        const QTime s = timeFrom(st.text(0));
        const QTime e = timeFrom(st.text(1));
        if (s <= reached && e > reached)
            reached = e;
        if (reached >= goal)
            return true;
    }
    return false;
}

DutyLog DutyRepository::log(const QDate &day, const QString &periodCode, qint64 roomId)
{
    requireLog(AccessOp::Read);
    DutyLog l;
    l.day = day;
    l.periodCode = periodCode;
    l.roomId = roomId;
    Statement st(m_db,
        "SELECT visitors, events, handover, author, updated_at FROM duty_logs WHERE day = ? AND period_code = ? AND room_id = ?");
    st.bind(1, dayText(day)).bind(2, periodCode).bind(3, roomId);
    if (st.step()) {
        l.visitors = st.integer(0);
        l.events = st.text(1);
        l.handover = st.text(2);
        l.author = st.text(3);
        l.updatedAt = QDateTime::fromString(st.text(4), Qt::ISODate);
    }
    return l;
}

void DutyRepository::saveLog(const DutyLog &l)
{
    requireLog(AccessOp::Write);
    if (l.visitors < 0)
        throw Error(ErrorKind::Rejected, Tr::tr("The number of visitors cannot be negative."));
    if (l.events.trimmed().size() > MaxTextLength || l.handover.trimmed().size() > MaxTextLength)
        throw Error(
            ErrorKind::Rejected, Tr::tr("The duty log has more than %1 characters in one field; shorten it.").arg(MaxTextLength));
    checkPlainText(Tr::tr("The duty log"), l.events, true);
    checkPlainText(Tr::tr("The handover"), l.handover, true);
    Transaction tx(m_db);
    Statement slot(m_db, "SELECT 1 FROM duty_shifts WHERE day = ? AND period_code = ? AND room_id = ?");
    slot.bind(1, dayText(l.day)).bind(2, l.periodCode).bind(3, l.roomId);
    if (!slot.step())
        throw Error(ErrorKind::Rejected,
            Tr::tr("There is no duty shift on %1 in that period and room; a log belongs to a shift.").arg(dayText(l.day)));
    Statement st(m_db,
        "INSERT OR REPLACE INTO duty_logs (day, period_code, room_id, visitors, events, handover, author, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, dayText(l.day)).bind(2, l.periodCode).bind(3, l.roomId).bind(4, l.visitors).bind(5, l.events.trimmed());
    st.bind(6, l.handover.trimmed()).bind(7, m_actor).bind(8, nowStamp()).run();
    appendAudit(m_db, m_actor, QStringLiteral("update"), QStringLiteral("duty_log"), 0,
        QStringLiteral("%1 %2 room %3, %4 visitors").arg(dayText(l.day), l.periodCode).arg(l.roomId).arg(l.visitors));
    tx.commit();
}

} // namespace xinan
