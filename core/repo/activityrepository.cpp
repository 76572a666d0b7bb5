#include "activityrepository.h"

#include "../domain/text.h"
#include "../error.h"
#include "../platform/clock.h"
#include "../store/access.h"
#include "../store/database.h"
#include "audit.h"
#include "stamps.h"

#include <QCoreApplication>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ActivityRepository)
};

constexpr char Columns[] = "id, held_on, kind, title, audience, attendance, organiser, recorded_by";

Activity readActivity(Statement &st)
{
    Activity a;
    a.id = st.int64(0);
    a.heldOn = dayFrom(st.text(1));
    a.kind = activityKindFromCode(st.text(2)).value_or(ActivityKind::Other);
    a.title = st.text(3);
    a.audience = st.text(4);
    a.attendance = st.integer(5);
    a.organiser = st.text(6);
    a.recordedBy = st.text(7);
    return a;
}

void limitText(const QString &text, const QString &field, int maxLength)
{
    if (text.size() > maxLength)
        throw Error(ErrorKind::Rejected,
            Tr::tr("\"%1\" has %2 characters; at most %3 fit. Shorten it.").arg(field).arg(text.size()).arg(maxLength));
    checkPlainText(field, text, false);
}

Activity normalized(const Activity &input)
{
    Activity a = input;
    a.title = a.title.trimmed();
    a.audience = a.audience.trimmed();
    a.organiser = a.organiser.trimmed();
    return a;
}

void checkActivity(const Activity &a)
{
    if (!a.heldOn.isValid())
        throw Error(ErrorKind::Rejected, Tr::tr("Give the day the activity was held (\"Date\")."));
    if (a.heldOn > clock::today())
        throw Error(ErrorKind::Rejected,
            Tr::tr("\"Date\" is %1, in the future. Record an activity once it has taken place.").arg(dayText(a.heldOn)));
    if (a.heldOn.year() < 2000)
        throw Error(ErrorKind::Rejected, Tr::tr("\"Date\" is %1, before the year 2000. Check the year.").arg(dayText(a.heldOn)));
    if (a.title.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("Give the activity a title (\"Title\"), such as 5·25 心理健康主题班会."));
    limitText(a.title, Tr::tr("Title"), ActivityRepository::MaxTitleLength);
    limitText(a.audience, Tr::tr("Audience"), ActivityRepository::MaxAudienceLength);
    limitText(a.organiser, Tr::tr("Organiser"), ActivityRepository::MaxOrganiserLength);
    if (a.attendance < 0 || a.attendance > ActivityRepository::MaxAttendance)
        throw Error(ErrorKind::Rejected,
            Tr::tr("\"Attending\" is %1; give the number of people who took part, from 0 to %2.")
                .arg(a.attendance)
                .arg(ActivityRepository::MaxAttendance));
}

QString auditDetail(const Activity &a)
{
    return QStringLiteral("%1 %2").arg(activityKindCode(a.kind), dayText(a.heldOn));
}

} // namespace

QString activityKindCode(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Month525:
        return QStringLiteral("month_525");
    case ActivityKind::ParentSchool:
        return QStringLiteral("parent_school");
    case ActivityKind::ParentMeeting:
        return QStringLiteral("parent_meeting");
    case ActivityKind::TeacherTraining:
        return QStringLiteral("teacher_training");
    case ActivityKind::GroupActivity:
        return QStringLiteral("group_activity");
    case ActivityKind::MonitorTraining:
        return QStringLiteral("monitor_training");
    case ActivityKind::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

std::optional<ActivityKind> activityKindFromCode(const QString &code)
{
    for (ActivityKind kind : allActivityKinds())
        if (activityKindCode(kind) == code)
            return kind;
    return std::nullopt;
}

QString activityKindName(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Month525:
        return Tr::tr("5·25 mental health month");
    case ActivityKind::ParentSchool:
        return Tr::tr("Parent school");
    case ActivityKind::ParentMeeting:
        return Tr::tr("Parents' meeting");
    case ActivityKind::TeacherTraining:
        return Tr::tr("Teacher training");
    case ActivityKind::GroupActivity:
        return Tr::tr("Group activity");
    case ActivityKind::MonitorTraining:
        return Tr::tr("Mental-health monitor training");
    case ActivityKind::Other:
        return Tr::tr("Other");
    }
    return {};
}

QList<ActivityKind> allActivityKinds()
{
    return { ActivityKind::Month525, ActivityKind::ParentSchool, ActivityKind::ParentMeeting, ActivityKind::TeacherTraining,
        ActivityKind::GroupActivity, ActivityKind::MonitorTraining, ActivityKind::Other };
}

ActivityRepository::ActivityRepository(Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

qint64 ActivityRepository::add(const Activity &activity)
{
    requireAccess(m_db.access(), DataKind::Activities, AccessOp::Write);
    const Activity a = normalized(activity);
    checkActivity(a);
    Transaction tx(m_db);
    Statement st(m_db,
        "INSERT INTO activities (held_on, kind, title, audience, attendance, organiser, recorded_by, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, dayText(a.heldOn)).bind(2, activityKindCode(a.kind)).bind(3, a.title).bind(4, a.audience);
    st.bind(5, a.attendance).bind(6, a.organiser).bind(7, m_actor).bind(8, nowStamp()).run();
    const qint64 id = m_db.lastInsertId();
    appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("activity"), id, auditDetail(a));
    tx.commit();
    return id;
}

void ActivityRepository::update(const Activity &activity)
{
    requireAccess(m_db.access(), DataKind::Activities, AccessOp::Write);
    const Activity a = normalized(activity);
    checkActivity(a);
    Transaction tx(m_db);
    this->activity(a.id);
    Statement st(
        m_db, "UPDATE activities SET held_on = ?, kind = ?, title = ?, audience = ?, attendance = ?, organiser = ? WHERE id = ?");
    st.bind(1, dayText(a.heldOn)).bind(2, activityKindCode(a.kind)).bind(3, a.title).bind(4, a.audience);
    st.bind(5, a.attendance).bind(6, a.organiser).bind(7, a.id).run();
    appendAudit(m_db, m_actor, QStringLiteral("update"), QStringLiteral("activity"), a.id, auditDetail(a));
    tx.commit();
}

void ActivityRepository::remove(qint64 activityId)
{
    requireAccess(m_db.access(), DataKind::Activities, AccessOp::Write);
    Transaction tx(m_db);
    const Activity a = activity(activityId);
    Statement st(m_db, "DELETE FROM activities WHERE id = ?");
    st.bind(1, activityId).run();
    appendAudit(m_db, m_actor, QStringLiteral("delete"), QStringLiteral("activity"), activityId, auditDetail(a));
    tx.commit();
}

Activity ActivityRepository::activity(qint64 activityId)
{
    requireAccess(m_db.access(), DataKind::Activities, AccessOp::Read);
    const QByteArray sql = QByteArray("SELECT ") + Columns + " FROM activities WHERE id = ?";
    Statement st(m_db, sql.constData());
    st.bind(1, activityId);
    if (!st.step())
        throw Error(ErrorKind::Rejected, Tr::tr("The activity no longer exists (it may have been deleted); refresh the list."));
    return readActivity(st);
}

QList<Activity> ActivityRepository::activities(const QDate &from, const QDate &to, std::optional<ActivityKind> kind)
{
    requireAccess(m_db.access(), DataKind::Activities, AccessOp::Read);
    const QByteArray sql = QByteArray("SELECT ") + Columns
        + " FROM activities WHERE (?1 IS NULL OR held_on >= ?1) AND (?2 IS NULL OR held_on <= ?2) "
          "AND (?3 IS NULL OR kind = ?3) ORDER BY held_on DESC, id DESC";
    Statement st(m_db, sql.constData());
    st.bindOptional(1, from.isValid() ? dayText(from) : QString());
    st.bindOptional(2, to.isValid() ? dayText(to) : QString());
    st.bindOptional(3, kind ? activityKindCode(*kind) : QString());
    QList<Activity> out;
    while (st.step())
        out.append(readActivity(st));
    return out;
}

QList<ActivityKindCount> ActivityRepository::countsByKind(const QDate &from, const QDate &to)
{
    requireAccess(m_db.access(), DataKind::Activities, AccessOp::Read);
    QList<ActivityKindCount> out;
    for (ActivityKind kind : allActivityKinds())
        out.append({ kind, 0, 0 });
    Statement st(m_db,
        "SELECT kind, count(*), coalesce(sum(attendance), 0) FROM activities "
        "WHERE (?1 IS NULL OR held_on >= ?1) AND (?2 IS NULL OR held_on <= ?2) GROUP BY kind");
    st.bindOptional(1, from.isValid() ? dayText(from) : QString());
    st.bindOptional(2, to.isValid() ? dayText(to) : QString());
    while (st.step()) {
        const auto kind = activityKindFromCode(st.text(0));
        if (!kind)
            continue;
        ActivityKindCount &row = out[static_cast<qsizetype>(allActivityKinds().indexOf(*kind))];
        row.activities = st.integer(1);
        row.attendance = st.integer(2);
    }
    return out;
}

} // namespace xinan
