#pragma once
// The counselling office's daily work (issue 4): plain values with stable codes (storage,
// command line, JSON) and translated names. Rooms and staff, duty periods, appointments and
// their legal status changes, counselling-record forms and problem categories, feedback, and
// the account roles that decide who may read confidential counselling notes.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace xinan {

// accounts.role. Only counsellors read the confidential parts of counselling records.
enum class AccountRole { Counsellor, Head, ClassTeacher, Admin };
QList<AccountRole> allAccountRoles();
QString accountRoleCode(AccountRole role); // counsellor, head, class_teacher, admin
std::optional<AccountRole> accountRoleFromCode(const QString &code);
QString accountRoleName(AccountRole role); // 心理教师, 校领导, 班主任, 管理员

enum class RoomKind { Individual, Group, Sandplay, Other };
QList<RoomKind> allRoomKinds();
QString roomKindCode(RoomKind kind); // individual, group, sandplay, other
std::optional<RoomKind> roomKindFromCode(const QString &code);
QString roomKindName(RoomKind kind); // 个体辅导室, 团体辅导室, 沙盘室, 其他

enum class StaffKind { FullTime, PartTime };
QString staffKindCode(StaffKind kind); // full_time, part_time
std::optional<StaffKind> staffKindFromCode(const QString &code);
QString staffKindName(StaffKind kind); // 专职, 兼职

// Appointment status: 待确认 → 已确认 | 已取消; 已确认 → 已完成 | 未到 | 已取消 | 已改期.
// Done, no-show, cancelled and rescheduled are terminal.
enum class AppointmentStatus { Pending, Confirmed, Done, NoShow, Cancelled, Rescheduled };
QList<AppointmentStatus> allAppointmentStatuses();
QString appointmentStatusCode(AppointmentStatus status); // pending, confirmed, done, no_show, cancelled, rescheduled
std::optional<AppointmentStatus> appointmentStatusFromCode(const QString &code);
QString appointmentStatusName(AppointmentStatus status);
bool isLegalTransition(AppointmentStatus from, AppointmentStatus to);
bool isTerminal(AppointmentStatus status);
// Whether an appointment in this status holds its counsellor, room and student (pending,
// confirmed and done do; cancelled, rescheduled and no-show free the time).
bool blocksTime(AppointmentStatus status);

// Who asked for the appointment.
enum class RequesterKind { Student, ClassTeacher, Parent, Counsellor };
QList<RequesterKind> allRequesterKinds();
QString requesterKindCode(RequesterKind kind); // student, class_teacher, parent, counsellor
std::optional<RequesterKind> requesterKindFromCode(const QString &code);
QString requesterKindName(RequesterKind kind); // 学生本人, 班主任, 家长, 心理教师回访

enum class SessionForm { Individual, Group, Phone, Online };
QList<SessionForm> allSessionForms();
QString sessionFormCode(SessionForm form); // individual, group, phone, online
std::optional<SessionForm> sessionFormFromCode(const QString &code);
QString sessionFormName(SessionForm form); // 个体, 团体, 电话, 线上

enum class FeedbackRecipient { ClassTeacher, Parents, Head };
QList<FeedbackRecipient> allFeedbackRecipients();
QString feedbackRecipientCode(FeedbackRecipient r); // class_teacher, parents, head
std::optional<FeedbackRecipient> feedbackRecipientFromCode(const QString &code);
QString feedbackRecipientName(FeedbackRecipient r);

enum class FeedbackMethod { InPerson, Phone, Written };
QList<FeedbackMethod> allFeedbackMethods();
QString feedbackMethodCode(FeedbackMethod m); // in_person, phone, written
std::optional<FeedbackMethod> feedbackMethodFromCode(const QString &code);
QString feedbackMethodName(FeedbackMethod m); // 面谈, 电话, 书面

// The presenting-problem categories of the issue (学业压力 … 其他), in Chinese whatever the
// language (they are stored data); the school's editable list lives in settings
// (SessionRepository::problemCategories).
QStringList defaultProblemCategories();

} // namespace xinan
