#pragma once
// The school's mental-health activities and training (活动与培训), counted by the term report and
// the city export: 5·25 心理健康教育月 events, 家长学校 talks, 家长会, teacher training, group
// activities, 心理委员 (class mental-health monitor) training and others. Each is one dated
// record: its kind, title, audience (free text such as "七年级全体学生" or "全体班主任"), the
// number attending and the organiser. No record names a student: the audience says who was
// there as a group, never a child's name (the dialog says so; nothing here can tell).
//
// Periods are days, both ends included (a term from TermCalendar, a school year, a month); an
// activity counts in the period that contains its day.
//
// Roles (docs/roles.md, DataKind::Activities): counsellors read and write; the head reads;
// class teachers and administrators are Denied. Every change is one transaction with its audit
// entry (the id, the kind and the day; never the texts).

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace xinan {

class Database;

enum class ActivityKind {
    Month525, // 5·25心理健康教育月活动
    ParentSchool, // 家长学校
    ParentMeeting, // 家长会
    TeacherTraining, // 教师培训
    GroupActivity, // 团体活动
    MonitorTraining, // 心理委员培训
    Other, // 其他
};

// Stable codes as stored: month_525, parent_school, parent_meeting, teacher_training,
// group_activity, monitor_training, other.
QString activityKindCode(ActivityKind kind);
std::optional<ActivityKind> activityKindFromCode(const QString &code);
QString activityKindName(ActivityKind kind); // translated: 5·25心理健康教育月活动, 家长学校 …
QList<ActivityKind> allActivityKinds(); // in the order above

struct Activity
{
    qint64 id = 0;
    QDate heldOn;
    ActivityKind kind = ActivityKind::Other;
    QString title;
    QString audience; // a group, never a student's name: 七年级全体学生, 全体班主任
    int attendance = 0; // the number attending
    QString organiser; // 心理辅导室, 德育处, a person
    QString recordedBy; // reading only: the account that recorded it
};

// One kind's activities in a period.
struct ActivityKindCount
{
    ActivityKind kind = ActivityKind::Other;
    int activities = 0;
    int attendance = 0; // the sum of their attendance
    bool operator==(const ActivityKindCount &) const = default;
};

class ActivityRepository final
{
public:
    ActivityRepository(Database &db, QString actor);

    // Records an activity; returns its id. Throws Error(Rejected), writing nothing, naming the
    // field: no date or a date in the future ("Date"), an empty or over-long title ("Title"), an
    // over-long audience or organiser, attendance below 0 or above MaxAttendance ("Attending"),
    // a control or invisible character in a text (checkPlainText).
    qint64 add(const Activity &activity);
    // Same checks; Error(Rejected) when the activity no longer exists.
    void update(const Activity &activity);
    // Error(Rejected) when it no longer exists.
    void remove(qint64 activityId);
    // Error(Rejected) when it no longer exists.
    Activity activity(qint64 activityId);

    // The activities held from `from` to `to` (both included), optionally of one kind: by day,
    // newest first (then the newest record first). An invalid `from`/`to` leaves that end open.
    QList<Activity> activities(const QDate &from, const QDate &to, std::optional<ActivityKind> kind = std::nullopt);
    // One row per kind (allActivityKinds() order, zeros included) for the period.
    QList<ActivityKindCount> countsByKind(const QDate &from, const QDate &to);

    static constexpr int MaxTitleLength = 100;
    static constexpr int MaxAudienceLength = 100;
    static constexpr int MaxOrganiserLength = 100;
    static constexpr int MaxAttendance = 100000;

private:
    Database &m_db;
    QString m_actor;
};

} // namespace xinan
