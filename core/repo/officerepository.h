#pragma once
// The counselling office's rooms and staff (school settings used by the duty roster and by
// appointments), and account roles. Rooms and staff are never deleted once used: they are
// made inactive, so that old shifts and appointments keep their names.
//
// Roles (docs/roles.md): rooms and staff are DataKind::Rooms (counsellors and administrators
// write, the head reads); account roles are DataKind::Accounts (counsellors and administrators).
//
// The bureau's facts (the term report and the city export count them): each room's area in m²
// (optional; when given more than 0 and at most MaxAreaM2) and its equipment (one line of free
// text: 沙盘, 放松椅, 宣泄设备 …), and the staff's posts (专职 full-time / 兼职 part-time);
// officeSummary() counts them for the rooms and staff in use.

#include "../domain/daily.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace xinan {

class Database;

struct Room
{
    Room() = default;
    // Not an aggregate, so that {id, name, kind, active} still says everything it needs to.
    Room(qint64 id_, QString name_, RoomKind kind_, bool active_, std::optional<double> areaM2_ = std::nullopt,
        QString equipment_ = {})
        : id(id_)
        , name(std::move(name_))
        , kind(kind_)
        , active(active_)
        , areaM2(areaM2_)
        , equipment(std::move(equipment_))
    {
    }

    qint64 id = 0;
    QString name; // 心理辅导室, 沙盘室, ...
    RoomKind kind = RoomKind::Individual;
    bool active = true;
    std::optional<double> areaM2; // m²; none when not recorded
    QString equipment; // 沙盘, 放松椅, 宣泄设备 …
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

// The office in numbers: active staff by post, active rooms and their recorded area.
struct OfficeSummary
{
    int fullTime = 0; // 专职心理教师 in service
    int partTime = 0; // 兼职
    int rooms = 0; // rooms in use
    int roomsWithoutArea = 0; // of those, with no area recorded
    double areaM2 = 0; // the sum of the recorded areas of the rooms in use
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
    // Throws Error(Rejected) for an empty or over-long name or a name another room has, an area
    // of 0 or less or above MaxAreaM2 ("Area"), an over-long equipment text or one with a line
    // break or control character ("Equipment").
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

    // Active staff by post and active rooms with their area (DataKind::Rooms read).
    OfficeSummary officeSummary();

    // Every account of the school with its role, by name.
    QList<std::pair<QString, AccountRole>> accountRoles();

    // Sets an account's role: AccountRepository::setRole (only a counsellor gives or takes the
    // counsellor role; the last enabled counsellor account keeps it).
    void setAccountRole(const QString &username, AccountRole role);

    static constexpr int MaxNameLength = 50;
    static constexpr double MaxAreaM2 = 10000; // the schema's limit
    static constexpr int MaxEquipmentLength = 300;

private:
    void checkRoom(const Room &room, qint64 selfId);
    void checkStaff(const StaffMember &member, qint64 selfId);

    Database &m_db;
    QString m_actor;
};

} // namespace xinan
