#pragma once
// The counselling office's rooms and staff (school settings used by the duty roster and by
// appointments), and account roles. Rooms and staff are never deleted once used: they are
// made inactive, so that old shifts and appointments keep their names.
//
// Roles (docs/roles.md): rooms and staff are DataKind::Rooms (counsellors and administrators
// write, the head reads); account roles are DataKind::Accounts (counsellors and administrators).

#include "../domain/daily.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace xinan {

class Database;

struct Room
{
    qint64 id = 0;
    QString name; // 心理辅导室, 沙盘室, ...
    RoomKind kind = RoomKind::Individual;
    bool active = true;
};

struct StaffMember
{
    qint64 id = 0;
    QString name;
    StaffKind kind = StaffKind::FullTime;
    QString contact;
    QString username; // the account that is this staff member; empty when none
    bool active = true;
};

// The role of an account; an unknown account (such as the name given when opening with the
// recovery key) has none, and so reads no confidential notes.
std::optional<AccountRole> accountRole(Database &db, const QString &username);
// True only for an account whose role is counsellor.
bool readsConfidentialNotes(Database &db, const QString &username);

class OfficeRepository final
{
public:
    OfficeRepository(Database &db, QString actor);

    // Rooms by name; inactive ones only when asked.
    QList<Room> rooms(bool includeInactive = false);
    Room room(qint64 id); // Throws Error(Rejected) when missing.
    // Throws Error(Rejected) for an empty or over-long name or a name another room has.
    qint64 addRoom(const Room &room);
    void updateRoom(const Room &room);

    QList<StaffMember> staff(bool includeInactive = false);
    StaffMember staffMember(qint64 id); // Throws Error(Rejected) when missing.
    // The staff member whose account is `username`, if any.
    std::optional<StaffMember> staffForAccount(const QString &username);
    // Throws Error(Rejected) for an empty or over-long name, an account that does not exist or
    // already belongs to another staff member.
    qint64 addStaff(const StaffMember &member);
    void updateStaff(const StaffMember &member);

    // Every account of the school with its role, by name.
    QList<std::pair<QString, AccountRole>> accountRoles();

    // Sets an account's role: AccountRepository::setRole (only a counsellor gives or takes the
    // counsellor role; the last enabled counsellor account keeps it).
    void setAccountRole(const QString &username, AccountRole role);

    static constexpr int MaxNameLength = 50;

private:
    void checkRoom(const Room &room, qint64 selfId);
    void checkStaff(const StaffMember &member, qint64 selfId);

    Database &m_db;
    QString m_actor;
};

} // namespace xinan
