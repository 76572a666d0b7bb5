#include "reviewrepository.h"

#include "../domain/text.h"
#include "../error.h"
#include "../platform/clock.h"
#include "../store/database.h"
#include "audit.h"
#include "gridrepository.h"
#include "timelineentry.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReviewRepository)
};

QDateTime utc(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODate);
}

void requireMonday(const QDate &weekStart)
{
    if (!weekStart.isValid() || weekStart.dayOfWeek() != Qt::Monday)
        throw Error(ErrorKind::Rejected,
            Tr::tr("A review week is named by its Monday; %1 is not a Monday.")
                .arg(weekStart.isValid() ? weekStart.toString(Qt::ISODate) : Tr::tr("(no date)")));
}

void limitText(const QString &text, const QString &field, int maxLength)
{
    if (text.size() > maxLength)
        throw Error(ErrorKind::Rejected,
            Tr::tr("\"%1\" has %2 characters; at most %3 fit. Shorten it.").arg(field).arg(text.size()).arg(maxLength));
    checkPlainText(field, text, true);
}

WeeklyStatus storedStatus(const QString &code)
{
    // The schema's CHECK keeps the column to the four codes.
    return weeklyStatusFromCode(code).value_or(WeeklyStatus::Stable);
}

} // namespace

QList<WeeklyStatus> allWeeklyStatuses()
{
    return { WeeklyStatus::Stable, WeeklyStatus::Improving, WeeklyStatus::Worse, WeeklyStatus::Crisis };
}

QString weeklyStatusCode(WeeklyStatus status)
{
    switch (status) {
    case WeeklyStatus::Stable:
        return QStringLiteral("stable");
    case WeeklyStatus::Improving:
        return QStringLiteral("improving");
    case WeeklyStatus::Worse:
        return QStringLiteral("worse");
    case WeeklyStatus::Crisis:
        return QStringLiteral("crisis");
    }
    return QStringLiteral("stable");
}

std::optional<WeeklyStatus> weeklyStatusFromCode(const QString &code)
{
    for (const WeeklyStatus s : allWeeklyStatuses())
        if (weeklyStatusCode(s) == code)
            return s;
    return std::nullopt;
}

QString weeklyStatusName(WeeklyStatus status)
{
    switch (status) {
    case WeeklyStatus::Stable:
        return Tr::tr("Stable");
    case WeeklyStatus::Improving:
        return Tr::tr("Improving");
    case WeeklyStatus::Worse:
        return Tr::tr("Worse");
    case WeeklyStatus::Crisis:
        return Tr::tr("Crisis");
    }
    return QString();
}

QDate weekStartOf(const QDate &day)
{
    return day.isValid() ? day.addDays(1 - day.dayOfWeek()) : QDate();
}

ReviewRepository::ReviewRepository(Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

WeeklyBoard ReviewRepository::board(const QDate &weekStart, const QDate &today)
{
    requireAccess(m_db.access(), DataKind::WeeklyBoard, AccessOp::Read);
    requireMonday(weekStart);
    WeeklyBoard out;
    out.weekStart = weekStart;
    out.meeting = meeting(weekStart);
    const QDate friday = weekStart.addDays(4);
    const QDate sunday = weekStart.addDays(6);
    const QDate reference = std::min(today, sunday);

    Statement st(m_db,
        "SELECT s.id, s.student_no, s.name, s.grade, s.class_name, s.risk_level, "
        "s.risk_level >= 2 AND s.status NOT IN ('graduated', 'transferred'), "
        "coalesce((SELECT max(at) FROM risk_changes WHERE student_id = s.id AND to_level >= 2 AND from_level < 2), "
        "(SELECT max(at) FROM risk_changes WHERE student_id = s.id AND to_level >= 2)), "
        "p.id, p.review_days, w.id, w.status, w.actions, w.next_steps, w.author, w.updated_at, "
        "(SELECT max(week_start) FROM weekly_updates WHERE student_id = s.id AND week_start <= ?1), "
        "(SELECT max(updated_at) FROM weekly_updates WHERE student_id = s.id AND week_start <= ?1) "
        "FROM students s LEFT JOIN key_plans p ON p.student_id = s.id AND p.status = 'active' "
        "LEFT JOIN weekly_updates w ON w.student_id = s.id AND w.week_start = ?1 "
        "WHERE (s.risk_level >= 2 AND s.status NOT IN ('graduated', 'transferred')) OR w.id IS NOT NULL "
        "ORDER BY s.grade, length(s.class_name), s.class_name, s.risk_level DESC, "
        "substr(s.search_key, instr(s.search_key, '|') + 1), s.id");
    st.bind(1, weekStart.toString(Qt::ISODate));
    GridRepository grid(m_db, m_actor);
    QHash<QString, QStringList> teachers;
    while (st.step()) {
        BoardRow r;
        r.studentId = st.int64(0);
        r.studentNo = st.text(1);
        r.name = st.text(2);
        r.grade = st.integer(3);
        r.className = st.text(4);
        r.level = riskLevelFromInt(st.integer(5)).value_or(RiskLevel::Green);
        r.key = st.integer(6) != 0;
        if (!st.isNull(7))
            r.since = utc(st.text(7)).toLocalTime().date();
        if (!st.isNull(8)) {
            r.planId = st.int64(8);
            r.reviewDays = st.integer(9);
        }
        if (!st.isNull(10))
            r.update = WeeklyUpdate { st.int64(10), r.studentId, weekStart, storedStatus(st.text(11)), st.text(12), st.text(13),
                st.text(14), utc(st.text(15)) };
        // A student who became key after this week was not on its board.
        if (!r.update && r.since.isValid() && r.since > sunday)
            continue;
        QDate lastUpdateDay;
        if (!st.isNull(16)) {
            r.lastUpdateWeek = QDate::fromString(st.text(16), Qt::ISODate);
            lastUpdateDay = std::min(utc(st.text(17)).toLocalTime().date(), r.lastUpdateWeek.addDays(6));
        }
        if (r.key && !r.update) {
            const QDate baseline = lastUpdateDay.isValid() ? lastUpdateDay : (r.since.isValid() ? r.since : weekStart);
            r.overdue = today > friday || baseline.daysTo(reference) > r.reviewDays;
        }
        const QString classKey = QString::number(r.grade) + u'|' + r.className;
        auto found = teachers.constFind(classKey);
        if (found == teachers.constEnd())
            found = teachers.insert(classKey, grid.teachersOf(r.grade, r.className));
        r.teachers = *found;
        if (r.key) {
            if (r.level == RiskLevel::Red)
                ++out.red;
            else
                ++out.orange;
        }
        if (r.update)
            ++out.updated;
        if (r.overdue)
            ++out.overdue;
        out.rows.append(r);
    }
    return out;
}

qint64 ReviewRepository::saveUpdate(qint64 studentId, const QDate &weekStart, WeeklyStatus status, const QString &actions,
    const QString &nextSteps, const QDateTime &at)
{
    requireAccess(m_db.access(), DataKind::WeeklyBoard, AccessOp::Write);
    requireMonday(weekStart);
    if (!at.isValid())
        throw Error(ErrorKind::Rejected, Tr::tr("The update has no date."));
    const QDate today = at.toLocalTime().date();
    if (weekStart > today)
        throw Error(ErrorKind::Rejected,
            Tr::tr("The week of %1 has not begun; write the update during or after that week.")
                .arg(weekStart.toString(Qt::ISODate)));
    const QString done = actions.trimmed();
    const QString next = nextSteps.trimmed();
    if (done.isEmpty())
        throw Error(
            ErrorKind::Rejected, Tr::tr("Write what was done for the student this week (talks, calls, visits, observations)."));
    limitText(done, Tr::tr("Actions this week"), MaxTextLength);
    limitText(next, Tr::tr("Next steps"), MaxTextLength);

    Transaction tx(m_db);
    Statement student(m_db, "SELECT risk_level, status FROM students WHERE id = ?");
    student.bind(1, studentId);
    if (!student.step())
        throw Error(ErrorKind::Rejected, Tr::tr("The student record no longer exists; it may have been deleted."));
    const int level = student.integer(0);
    const QString state = student.text(1);
    if (level < static_cast<int>(RiskLevel::Orange) || state == QLatin1String("graduated")
        || state == QLatin1String("transferred"))
        throw Error(ErrorKind::Rejected,
            Tr::tr("Only key students (orange or red, still at the school) are on the weekly review; this student is not."));
    const QString stamp = at.toUTC().toString(Qt::ISODate);
    const QString week = weekStart.toString(Qt::ISODate);
    Statement existing(m_db, "SELECT id FROM weekly_updates WHERE student_id = ? AND week_start = ?");
    existing.bind(1, studentId).bind(2, week);
    qint64 id = 0;
    if (existing.step()) {
        id = existing.int64(0);
        Statement update(
            m_db, "UPDATE weekly_updates SET status = ?, actions = ?, next_steps = ?, author = ?, updated_at = ? WHERE id = ?");
        update.bind(1, weeklyStatusCode(status)).bind(2, done).bind(3, next).bind(4, m_actor).bind(5, stamp).bind(6, id).run();
        appendAudit(m_db, m_actor, QStringLiteral("update"), QStringLiteral("weekly_update"), id,
            QStringLiteral("student %1, week %2: %3").arg(QString::number(studentId), week, weeklyStatusCode(status)));
    } else {
        Statement insert(m_db,
            "INSERT INTO weekly_updates (student_id, week_start, status, actions, next_steps, author, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)");
        insert.bind(1, studentId).bind(2, week).bind(3, weeklyStatusCode(status)).bind(4, done).bind(5, next);
        insert.bind(6, m_actor).bind(7, stamp).run();
        id = m_db.lastInsertId();
        appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("weekly_update"), id,
            QStringLiteral("student %1, week %2: %3").arg(QString::number(studentId), week, weeklyStatusCode(status)));
    }
    tx.commit();
    return id;
}

QList<WeeklyUpdate> ReviewRepository::updatesOf(qint64 studentId)
{
    requireAccess(m_db.access(), DataKind::WeeklyBoard, AccessOp::Read);
    Statement st(m_db,
        "SELECT id, student_id, week_start, status, actions, next_steps, author, updated_at FROM weekly_updates "
        "WHERE student_id = ? ORDER BY week_start DESC");
    st.bind(1, studentId);
    QList<WeeklyUpdate> out;
    while (st.step())
        out.append({ st.int64(0), st.int64(1), QDate::fromString(st.text(2), Qt::ISODate), storedStatus(st.text(3)), st.text(4),
            st.text(5), st.text(6), utc(st.text(7)) });
    return out;
}

std::optional<WeeklyMeeting> ReviewRepository::meeting(const QDate &weekStart)
{
    requireAccess(m_db.access(), DataKind::WeeklyBoard, AccessOp::Read);
    Statement st(m_db, "SELECT held_on, chaired_by, notes, updated_by, updated_at FROM weekly_meetings WHERE week_start = ?");
    st.bind(1, weekStart.toString(Qt::ISODate));
    if (!st.step())
        return std::nullopt;
    return WeeklyMeeting { weekStart, st.isNull(0) ? QDate() : QDate::fromString(st.text(0), Qt::ISODate), st.text(1), st.text(2),
        st.text(3), utc(st.text(4)) };
}

void ReviewRepository::saveMeeting(const WeeklyMeeting &input, const QDate &today)
{
    requireAccess(m_db.access(), DataKind::WeeklyBoard, AccessOp::Write);
    requireMonday(input.weekStart);
    if (input.weekStart > today)
        throw Error(ErrorKind::Rejected,
            Tr::tr("The week of %1 has not begun; record the meeting during or after that week.")
                .arg(input.weekStart.toString(Qt::ISODate)));
    const QString chair = input.chairedBy.trimmed();
    const QString notes = input.notes.trimmed();
    if (chair.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("Give who chaired the weekly review (the head or the deputy in charge)."));
    limitText(chair, Tr::tr("Chaired by"), MaxNameLength);
    limitText(notes, Tr::tr("Meeting notes"), MaxTextLength);
    if (input.heldOn.isValid()) {
        if (input.heldOn < input.weekStart || input.heldOn > input.weekStart.addDays(6))
            throw Error(ErrorKind::Rejected,
                Tr::tr("The meeting day %1 is not in the week of %2 to %3.")
                    .arg(input.heldOn.toString(Qt::ISODate), input.weekStart.toString(Qt::ISODate),
                        input.weekStart.addDays(6).toString(Qt::ISODate)));
        if (input.heldOn > today)
            throw Error(
                ErrorKind::Rejected, Tr::tr("The meeting day %1 is in the future.").arg(input.heldOn.toString(Qt::ISODate)));
    }
    const QString week = input.weekStart.toString(Qt::ISODate);
    const QString stamp = clock::nowUtc().toString(Qt::ISODate);
    Transaction tx(m_db);
    const bool exists = meeting(input.weekStart).has_value();
    if (exists) {
        Statement st(m_db,
            "UPDATE weekly_meetings SET held_on = ?, chaired_by = ?, notes = ?, updated_by = ?, updated_at = ? WHERE week_start "
            "= ?");
        st.bindOptional(1, input.heldOn.isValid() ? input.heldOn.toString(Qt::ISODate) : QString());
        st.bind(2, chair).bind(3, notes).bind(4, m_actor).bind(5, stamp).bind(6, week).run();
    } else {
        Statement st(m_db,
            "INSERT INTO weekly_meetings (week_start, held_on, chaired_by, notes, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, "
            "?)");
        st.bind(1, week).bindOptional(2, input.heldOn.isValid() ? input.heldOn.toString(Qt::ISODate) : QString());
        st.bind(3, chair).bind(4, notes).bind(5, m_actor).bind(6, stamp).run();
    }
    appendAudit(m_db, m_actor, exists ? QStringLiteral("update") : QStringLiteral("create"), QStringLiteral("weekly_meeting"), 0,
        QStringLiteral("week %1").arg(week));
    tx.commit();
}

QList<TimelineEntry> ReviewRepository::timelineEntries(qint64 studentId)
{
    requireAccess(m_db.access(), DataKind::WeeklyBoard, AccessOp::Read);
    QList<TimelineEntry> out;
    for (const WeeklyUpdate &u : updatesOf(studentId))
        out.append({ u.updatedAt.toLocalTime().date(), QStringLiteral("weekly_update"),
            Tr::tr("Weekly review (week of %1): %2").arg(u.weekStart.toString(Qt::ISODate), weeklyStatusName(u.status)),
            u.nextSteps.isEmpty() ? u.actions : Tr::tr("%1\nNext: %2").arg(u.actions, u.nextSteps), u.author, u.id });
    return out;
}

} // namespace xinan
