// The leave and return vocabularies: stable storage codes and their display names
// (core/repo/leaverepository.h).
#include "leaverepository.h"

#include <QCoreApplication>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LeaveRepository)
};

} // namespace

QString leaveCategoryCode(LeaveCategory c)
{
    switch (c) {
    case LeaveCategory::Mental:
        return QStringLiteral("mental");
    case LeaveCategory::Physical:
        return QStringLiteral("physical");
    case LeaveCategory::Family:
        return QStringLiteral("family");
    case LeaveCategory::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<LeaveCategory> leaveCategoryFromCode(const QString &code)
{
    for (const LeaveCategory c : allLeaveCategories())
        if (leaveCategoryCode(c) == code)
            return c;
    return std::nullopt;
}

QString returnDecisionCode(ReturnDecision d)
{
    switch (d) {
    case ReturnDecision::Approve:
        return QStringLiteral("approve");
    case ReturnDecision::Defer:
        return QStringLiteral("defer");
    case ReturnDecision::Further:
        break;
    }
    return QStringLiteral("further");
}

std::optional<ReturnDecision> returnDecisionFromCode(const QString &code)
{
    for (const ReturnDecision d : allReturnDecisions())
        if (returnDecisionCode(d) == code)
            return d;
    return std::nullopt;
}

QString followupKindCode(FollowupKind k)
{
    switch (k) {
    case FollowupKind::Week:
        return QStringLiteral("week");
    case FollowupKind::Month:
        return QStringLiteral("month");
    case FollowupKind::TermEnd:
        break;
    }
    return QStringLiteral("term_end");
}

std::optional<FollowupKind> followupKindFromCode(const QString &code)
{
    for (const FollowupKind k : { FollowupKind::Week, FollowupKind::Month, FollowupKind::TermEnd })
        if (followupKindCode(k) == code)
            return k;
    return std::nullopt;
}

QString leaveCategoryName(LeaveCategory c)
{
    switch (c) {
    case LeaveCategory::Mental:
        return Tr::tr("Mental health");
    case LeaveCategory::Physical:
        return Tr::tr("Physical illness");
    case LeaveCategory::Family:
        return Tr::tr("Family reasons");
    case LeaveCategory::Other:
        break;
    }
    return Tr::tr("Other");
}

QString returnDecisionName(ReturnDecision d)
{
    switch (d) {
    case ReturnDecision::Approve:
        return Tr::tr("Return approved");
    case ReturnDecision::Defer:
        return Tr::tr("Deferred");
    case ReturnDecision::Further:
        break;
    }
    return Tr::tr("Further assessment needed");
}

QString followupKindName(FollowupKind k)
{
    switch (k) {
    case FollowupKind::Week:
        return Tr::tr("One week after return");
    case FollowupKind::Month:
        return Tr::tr("One month after return");
    case FollowupKind::TermEnd:
        break;
    }
    return Tr::tr("End of term");
}

QList<LeaveCategory> allLeaveCategories()
{
    return { LeaveCategory::Mental, LeaveCategory::Physical, LeaveCategory::Family, LeaveCategory::Other };
}

QList<ReturnDecision> allReturnDecisions()
{
    return { ReturnDecision::Approve, ReturnDecision::Defer, ReturnDecision::Further };
}

} // namespace xinan
