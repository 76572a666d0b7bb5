#include "daily.h"

#include <QCoreApplication>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Daily)
};

template<typename E, typename CodeFn> std::optional<E> fromCode(const QList<E> &all, CodeFn codeOf, const QString &code)
{
    const QString c = code.trimmed().toLower();
    for (const E e : all)
        if (c == codeOf(e))
            return e;
    return std::nullopt;
}

} // namespace

QList<AccountRole> allAccountRoles()
{
    return { AccountRole::Counsellor, AccountRole::Head, AccountRole::ClassTeacher, AccountRole::Admin };
}

QString accountRoleCode(AccountRole role)
{
    switch (role) {
    case AccountRole::Head:
        return QStringLiteral("head");
    case AccountRole::ClassTeacher:
        return QStringLiteral("class_teacher");
    case AccountRole::Admin:
        return QStringLiteral("admin");
    case AccountRole::Counsellor:
        break;
    }
    return QStringLiteral("counsellor");
}

std::optional<AccountRole> accountRoleFromCode(const QString &code)
{
    return fromCode(allAccountRoles(), accountRoleCode, code);
}

QString accountRoleName(AccountRole role)
{
    switch (role) {
    case AccountRole::Head:
        return Tr::tr("Head or deputy head");
    case AccountRole::ClassTeacher:
        return Tr::tr("Class teacher");
    case AccountRole::Admin:
        return Tr::tr("Administrator");
    case AccountRole::Counsellor:
        break;
    }
    return Tr::tr("Counselling teacher");
}

QList<RoomKind> allRoomKinds()
{
    return { RoomKind::Individual, RoomKind::Group, RoomKind::Sandplay, RoomKind::Other };
}

QString roomKindCode(RoomKind kind)
{
    switch (kind) {
    case RoomKind::Group:
        return QStringLiteral("group");
    case RoomKind::Sandplay:
        return QStringLiteral("sandplay");
    case RoomKind::Other:
        return QStringLiteral("other");
    case RoomKind::Individual:
        break;
    }
    return QStringLiteral("individual");
}

std::optional<RoomKind> roomKindFromCode(const QString &code)
{
    return fromCode(allRoomKinds(), roomKindCode, code);
}

QString roomKindName(RoomKind kind)
{
    switch (kind) {
    case RoomKind::Group:
        return Tr::tr("Group counselling room");
    case RoomKind::Sandplay:
        return Tr::tr("Sandplay room");
    case RoomKind::Other:
        return Tr::tr("Other room");
    case RoomKind::Individual:
        break;
    }
    return Tr::tr("Individual counselling room");
}

QString staffKindCode(StaffKind kind)
{
    return kind == StaffKind::PartTime ? QStringLiteral("part_time") : QStringLiteral("full_time");
}

std::optional<StaffKind> staffKindFromCode(const QString &code)
{
    return fromCode(QList<StaffKind> { StaffKind::FullTime, StaffKind::PartTime }, staffKindCode, code);
}

QString staffKindName(StaffKind kind)
{
    return kind == StaffKind::PartTime ? Tr::tr("Part-time") : Tr::tr("Full-time");
}

QList<AppointmentStatus> allAppointmentStatuses()
{
    return { AppointmentStatus::Pending, AppointmentStatus::Confirmed, AppointmentStatus::Done, AppointmentStatus::NoShow,
        AppointmentStatus::Cancelled, AppointmentStatus::Rescheduled };
}

QString appointmentStatusCode(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Confirmed:
        return QStringLiteral("confirmed");
    case AppointmentStatus::Done:
        return QStringLiteral("done");
    case AppointmentStatus::NoShow:
        return QStringLiteral("no_show");
    case AppointmentStatus::Cancelled:
        return QStringLiteral("cancelled");
    case AppointmentStatus::Rescheduled:
        return QStringLiteral("rescheduled");
    case AppointmentStatus::Pending:
        break;
    }
    return QStringLiteral("pending");
}

std::optional<AppointmentStatus> appointmentStatusFromCode(const QString &code)
{
    return fromCode(allAppointmentStatuses(), appointmentStatusCode, code);
}

QString appointmentStatusName(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Confirmed:
        return Tr::tr("Confirmed");
    case AppointmentStatus::Done:
        return Tr::tr("Done");
    case AppointmentStatus::NoShow:
        return Tr::tr("No-show");
    case AppointmentStatus::Cancelled:
        return Tr::tr("Cancelled");
    case AppointmentStatus::Rescheduled:
        return Tr::tr("Rescheduled");
    case AppointmentStatus::Pending:
        break;
    }
    return Tr::tr("Pending");
}

bool isLegalTransition(AppointmentStatus from, AppointmentStatus to)
{
    using S = AppointmentStatus;
    switch (from) {
    case S::Pending:
        return to == S::Confirmed || to == S::Cancelled;
    case S::Confirmed:
        return to == S::Done || to == S::NoShow || to == S::Cancelled || to == S::Rescheduled;
    case S::Done:
    case S::NoShow:
    case S::Cancelled:
    case S::Rescheduled:
        break;
    }
    return false;
}

bool isTerminal(AppointmentStatus status)
{
    return status != AppointmentStatus::Pending && status != AppointmentStatus::Confirmed;
}

bool blocksTime(AppointmentStatus status)
{
    return status == AppointmentStatus::Pending || status == AppointmentStatus::Confirmed || status == AppointmentStatus::Done;
}

QList<RequesterKind> allRequesterKinds()
{
    return { RequesterKind::Student, RequesterKind::ClassTeacher, RequesterKind::Parent, RequesterKind::Counsellor };
}

QString requesterKindCode(RequesterKind kind)
{
    switch (kind) {
    case RequesterKind::ClassTeacher:
        return QStringLiteral("class_teacher");
    case RequesterKind::Parent:
        return QStringLiteral("parent");
    case RequesterKind::Counsellor:
        return QStringLiteral("counsellor");
    case RequesterKind::Student:
        break;
    }
    return QStringLiteral("student");
}

std::optional<RequesterKind> requesterKindFromCode(const QString &code)
{
    return fromCode(allRequesterKinds(), requesterKindCode, code);
}

QString requesterKindName(RequesterKind kind)
{
    switch (kind) {
    case RequesterKind::ClassTeacher:
        return Tr::tr("Class teacher");
    case RequesterKind::Parent:
        return Tr::tr("Parent");
    case RequesterKind::Counsellor:
        return Tr::tr("Counsellor follow-up");
    case RequesterKind::Student:
        break;
    }
    return Tr::tr("Student");
}

QList<SessionForm> allSessionForms()
{
    return { SessionForm::Individual, SessionForm::Group, SessionForm::Phone, SessionForm::Online };
}

QString sessionFormCode(SessionForm form)
{
    switch (form) {
    case SessionForm::Group:
        return QStringLiteral("group");
    case SessionForm::Phone:
        return QStringLiteral("phone");
    case SessionForm::Online:
        return QStringLiteral("online");
    case SessionForm::Individual:
        break;
    }
    return QStringLiteral("individual");
}

std::optional<SessionForm> sessionFormFromCode(const QString &code)
{
    return fromCode(allSessionForms(), sessionFormCode, code);
}

QString sessionFormName(SessionForm form)
{
    switch (form) {
    case SessionForm::Group:
        return Tr::tr("Group");
    case SessionForm::Phone:
        return Tr::tr("Phone");
    case SessionForm::Online:
        return Tr::tr("Online");
    case SessionForm::Individual:
        break;
    }
    return Tr::tr("Individual");
}

QList<FeedbackRecipient> allFeedbackRecipients()
{
    return { FeedbackRecipient::ClassTeacher, FeedbackRecipient::Parents, FeedbackRecipient::Head };
}

QString feedbackRecipientCode(FeedbackRecipient r)
{
    switch (r) {
    case FeedbackRecipient::Parents:
        return QStringLiteral("parents");
    case FeedbackRecipient::Head:
        return QStringLiteral("head");
    case FeedbackRecipient::ClassTeacher:
        break;
    }
    return QStringLiteral("class_teacher");
}

std::optional<FeedbackRecipient> feedbackRecipientFromCode(const QString &code)
{
    return fromCode(allFeedbackRecipients(), feedbackRecipientCode, code);
}

QString feedbackRecipientName(FeedbackRecipient r)
{
    switch (r) {
    case FeedbackRecipient::Parents:
        return Tr::tr("Parents");
    case FeedbackRecipient::Head:
        return Tr::tr("Head");
    case FeedbackRecipient::ClassTeacher:
        break;
    }
    return Tr::tr("Class teacher");
}

QList<FeedbackMethod> allFeedbackMethods()
{
    return { FeedbackMethod::InPerson, FeedbackMethod::Phone, FeedbackMethod::Written };
}

QString feedbackMethodCode(FeedbackMethod m)
{
    switch (m) {
    case FeedbackMethod::Phone:
        return QStringLiteral("phone");
    case FeedbackMethod::Written:
        return QStringLiteral("written");
    case FeedbackMethod::InPerson:
        break;
    }
    return QStringLiteral("in_person");
}

std::optional<FeedbackMethod> feedbackMethodFromCode(const QString &code)
{
    return fromCode(allFeedbackMethods(), feedbackMethodCode, code);
}

QString feedbackMethodName(FeedbackMethod m)
{
    switch (m) {
    case FeedbackMethod::Phone:
        return Tr::tr("Phone");
    case FeedbackMethod::Written:
        return Tr::tr("Written");
    case FeedbackMethod::InPerson:
        break;
    }
    return Tr::tr("In person");
}

QStringList defaultProblemCategories()
{
    // Stored data the school edits (like the duty periods' names), not interface text: the same
    // Chinese names whatever language XinAn or the command line runs in.
    return { QStringLiteral("学业压力"), QStringLiteral("人际关系"), QStringLiteral("亲子关系"), QStringLiteral("情绪困扰"),
        QStringLiteral("青春期"), QStringLiteral("网络使用"), QStringLiteral("自我认知"), QStringLiteral("生涯规划"),
        QStringLiteral("校园欺凌"), QStringLiteral("丧失与哀伤"), QStringLiteral("其他") };
}

} // namespace xinan
