#pragma once
// Which account roles see a page, a student-file tab, a settings section, a File-menu entry or
// a home panel: each registry entry carries a role set, and the shell shows the entry only to
// the open account's role. The sets are derived from the role matrix in core
// (roleAllows, core/store/access.h) for the kinds of data an entry shows or changes, so that
// the interface and the repositories can never disagree about what a role may use.

#include "domain/daily.h"
#include "store/access.h"

#include <QList>

#include <initializer_list>
#include <optional>

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

using RoleSet = QList<AccountRole>;

// 心理教师, 校领导, 班主任 and 管理员: every role there is.
RoleSet everyRole();
// The roles whose matrix cells allow `op` on every one of `kinds` (in allAccountRoles() order).
RoleSet rolesAllowing(std::initializer_list<DataKind> kinds, AccessOp op = AccessOp::Read);
// The roles of `roles` that are not in `without`.
RoleSet rolesExcept(const RoleSet &roles, const RoleSet &without);
// The roles in either set (in allAccountRoles() order).
RoleSet rolesUnion(const RoleSet &a, const RoleSet &b);

// The role the interface is shown for: the open account's role (the connection's Access,
// set at unlock; the recovery key's holder counts as a counsellor). A database opened
// directly (Access::system(): tests, tools) counts as a counsellor's too.
AccountRole openAccountRole(SchoolFile &school);
// True when `role` is in `roles`. Without a role only what every role sees is shown.
bool roleSees(const RoleSet &roles, std::optional<AccountRole> role);
// Whether the open account may read / change this kind of data (the connection's Access).
bool mayRead(SchoolFile &school, DataKind kind);
bool mayWrite(SchoolFile &school, DataKind kind);

} // namespace xinan::ui
