#include "accountroles.h"

#include "services/schoolfile.h"

#include <algorithm>

namespace xinan::ui {

RoleSet everyRole()
{
    return allAccountRoles();
}

RoleSet rolesAllowing(std::initializer_list<DataKind> kinds, AccessOp op)
{
    RoleSet roles;
    for (const AccountRole role : allAccountRoles())
        if (std::all_of(kinds.begin(), kinds.end(), [&](DataKind kind) { return roleAllows(role, kind, op); }))
            roles << role;
    return roles;
}

RoleSet rolesExcept(const RoleSet &roles, const RoleSet &without)
{
    RoleSet out;
    for (const AccountRole role : roles)
        if (!without.contains(role))
            out << role;
    return out;
}

RoleSet rolesUnion(const RoleSet &a, const RoleSet &b)
{
    RoleSet out;
    for (const AccountRole role : allAccountRoles())
        if (a.contains(role) || b.contains(role))
            out << role;
    return out;
}

AccountRole openAccountRole(SchoolFile &school)
{
    const Access &access = school.db().access();
    return access.isSystem() ? AccountRole::Counsellor : access.role();
}

bool roleSees(const RoleSet &roles, std::optional<AccountRole> role)
{
    if (role)
        return roles.contains(*role);
    const RoleSet all = everyRole();
    return std::all_of(all.begin(), all.end(), [&roles](AccountRole r) { return roles.contains(r); });
}

bool mayRead(SchoolFile &school, DataKind kind)
{
    return school.db().access().allows(kind, AccessOp::Read);
}

bool mayWrite(SchoolFile &school, DataKind kind)
{
    return school.db().access().allows(kind, AccessOp::Write);
}

} // namespace xinan::ui
