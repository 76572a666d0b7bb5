#include "accountroles.h"

#include "error.h"
#include "repo/officerepository.h"
#include "services/schoolfile.h"

#include <algorithm>

namespace xinan::ui {

RoleSet everyRole()
{
    return allAccountRoles();
}

std::optional<AccountRole> openAccountRole(SchoolFile &school)
{
    try {
        return accountRole(school.db(), school.user());
    } catch (const Error &) {
        return std::nullopt;
    }
}

bool roleSees(const RoleSet &roles, std::optional<AccountRole> role)
{
    if (role)
        return roles.contains(*role);
    const RoleSet all = everyRole();
    return std::all_of(all.begin(), all.end(), [&roles](AccountRole r) { return roles.contains(r); });
}

} // namespace xinan::ui
