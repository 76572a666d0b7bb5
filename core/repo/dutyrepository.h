#pragma once
// The duty roster (值班). Periods of the day (上午 08:00–12:00, 中午, 下午, 晚自习; names and
// times editable), a weekly template (weekday × period × room → one or more staff), terms with
// holidays, and the concrete shifts generated from them. On top of the generated shifts:
// swaps (two shifts exchange staff), covers (another staff member takes a shift, with a
// reason) and closed days (no duty that day, with a reason). Each shift slot (day, period,
// room) has one duty log: visitors, events, handover note.
//
// Regenerating keeps the one-off changes: generate(term, from) replaces only the shifts that
// came from the template on days from `from` on; swapped and covered shifts stay (the staff
// member they replaced is not put back), closed days stay closed, and holidays lose every shift.
// Days before `from` are history and are not touched. Duty times are local wall-clock times.
//
// Roles (docs/roles.md): the roster is DataKind::Duty (counsellors and administrators write, the
// head reads); a shift's log may name students and needs DataKind::Counselling too (counsellors).

#include "../store/access.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace xinan {

class Database;

struct DutyPeriod
{
    QString code; // morning, noon, afternoon, evening
    QString name; // 上午, ...
    QTime starts;
    QTime ends;
    int position = 0;
};

struct DutyTemplateSlot
{
    int weekday = 1; // 1 Monday … 7 Sunday
    QString periodCode;
    qint64 roomId = 0;
    qint64 staffId = 0;
    bool operator==(const DutyTemplateSlot &) const = default;
};

struct TermHoliday
{
    QDate first;
    QDate last; // equal to first for a single day
    QString name; // 国庆节, ...
};

struct DutyTerm
{
    QString id; // 2026-2027-1
    QDate startsOn;
    QDate endsOn;
    QList<TermHoliday> holidays;
    QDateTime generatedAt; // UTC; null until the roster was generated
    bool isHoliday(const QDate &day) const;
};

struct DutyShift
{
    qint64 id = 0;
    QDate day;
    QString periodCode;
    QString periodName;
    QTime starts;
    QTime ends;
    qint64 roomId = 0;
    QString roomName;
    qint64 staffId = 0;
    QString staffName;
    QString origin; // template, swap, cover
    qint64 replacedStaffId = 0; // for swap and cover: who the template had
    QString changeReason;
};

struct DutyClosure
{
    QDate day;
    QString reason;
};

struct DutyLog
{
    QDate day;
    QString periodCode;
    qint64 roomId = 0;
    int visitors = 0;
    QString events;
    QString handover;
    QString author;
    QDateTime updatedAt; // UTC; null for a slot with no log yet
};

// One week of the roster for the grid.
struct DutyWeek
{
    QDate monday;
    QList<DutyShift> shifts; // by day, period, room, staff
    QList<DutyClosure> closures;
};

class DutyRepository final
{
public:
    DutyRepository(Database &db, QString actor);

    QList<DutyPeriod> periods(); // by position
    // Changes a period's name and times. Throws Error(Rejected) for an unknown code, an empty
    // name, an end not after the start, or times that overlap another period.
    void updatePeriod(const DutyPeriod &period);

    QList<DutyTemplateSlot> weeklyTemplate();
    // Replaces the whole weekly template. Throws Error(Rejected) for a weekday outside 1..7, an
    // unknown period, room or staff member, or an inactive room or staff member.
    void setWeeklyTemplate(const QList<DutyTemplateSlot> &slots);

    QList<DutyTerm> terms(); // newest first
    std::optional<DutyTerm> term(const QString &id);
    // Creates or replaces a term and its holidays. Throws Error(Rejected) for an empty id, an end
    // before the start, a holiday outside the term or ending before it starts, or dates that
    // overlap another term.
    void saveTerm(const DutyTerm &term);

    // Generates the term's shifts from the weekly template in one transaction (see the header
    // comment for what regenerating keeps). `from` null means the term's first day. Returns the
    // number of shifts written from the template.
    int generate(const QString &termId, const QDate &from = {});

    // The two shifts exchange staff. Throws Error(Rejected) for a missing shift, the same staff
    // member on both, or a staff member who already is on the other slot.
    void swap(qint64 shiftA, qint64 shiftB, const QString &reason = {});
    // Another staff member takes the shift. Throws Error(Rejected) for an empty reason, a
    // missing shift, an unknown or inactive staff member, or one already on that slot.
    void cover(qint64 shiftId, qint64 staffId, const QString &reason);
    // No duty that day: its shifts are removed and regeneration leaves the day empty. Throws
    // Error(Rejected) for an empty reason or a day already closed.
    void closeDay(const QDate &day, const QString &reason);
    // Reopens a closed day and fills it from the weekly template (when it lies in a term and is
    // not a holiday). Throws Error(Rejected) when the day is not closed.
    void reopenDay(const QDate &day);

    // The week that contains `day` (Monday to Sunday).
    DutyWeek week(const QDate &day);
    QList<DutyShift> shiftsOn(const QDate &day);
    DutyShift shift(qint64 id); // Throws Error(Rejected) when missing.
    // Who is on duty at `at` (any time spec; compared in local time).
    QList<DutyShift> onDutyAt(const QDateTime &at);
    // Whether the staff member's shifts cover [start, end) without a gap (both local, same day).
    bool staffOnDuty(qint64 staffId, const QDateTime &start, const QDateTime &end);

    // The log of a shift slot; an empty log (null updatedAt) when none was written.
    DutyLog log(const QDate &day, const QString &periodCode, qint64 roomId);
    // Adds or edits a slot's log; the actor is the author. Throws Error(Rejected) for a slot
    // with no shift, negative visitors or texts over MaxTextLength.
    void saveLog(const DutyLog &log);

    static constexpr int MaxTextLength = 4000;

private:
    void requireLog(AccessOp op);
    QList<DutyShift> readShifts(const char *where, const QString &a, const QString &b);
    int fillDay(const DutyTerm &term, const QDate &day);

    Database &m_db;
    QString m_actor;
};

} // namespace xinan
