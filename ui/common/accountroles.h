#pragma once
// Which account roles see a page, a student-file tab or a settings section: each registry
// entry carries a role set, and the shell shows the entry only to the open account's role.

#include "domain/daily.h"

#include <QList>

#include <optional>

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

using RoleSet = QList<AccountRole>;

// 心理教师, 校领导, 班主任 and 管理员: every role there is.
RoleSet everyRole();
// The role of the account that opened `school`; none for an account without a role (such as
// the name given when opening with the recovery key) or when it cannot be read.
std::optional<AccountRole> openAccountRole(SchoolFile &school);
// True when `role` is in `roles`. An account without a role sees only what every role sees.
bool roleSees(const RoleSet &roles, std::optional<AccountRole> role);

} // namespace xinan::ui
