#include "officerepository.h"

#include "../domain/text.h"
#include "../error.h"
#include "../platform/clock.h"
#include "../store/database.h"
#include "accountrepository.h"
#include "audit.h"
#include "stamps.h"

#include <QCoreApplication>
#include <QDateTime>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OfficeRepository)
};

Room readRoom(Statement &st)
{
    Room r { st.int64(0), st.text(1), roomKindFromCode(st.text(2)).value_or(RoomKind::Other), st.integer(3) != 0, {}, {} };
    if (!st.isNull(4))
        r.areaM2 = st.real(4);
    r.equipment = st.text(5);
    return r;
}

StaffMember readStaff(Statement &st)
{
    return { st.int64(0), st.text(1), staffKindFromCode(st.text(2)).value_or(StaffKind::FullTime), st.text(3), st.text(4),
        st.integer(5) != 0 };
}

} // namespace

std::optional<AccountRole> accountRole(Database &db, const QString &username)
{
    if (username.isEmpty())
        return std::nullopt;
    Statement st(db, "SELECT role FROM accounts WHERE username = ?");
    st.bind(1, username);
    if (!st.step())
        return std::nullopt;
    return accountRoleFromCode(st.text(0));
}

bool readsConfidentialNotes(Database &db, const QString &username)
{
    return accountRole(db, username) == AccountRole::Counsellor;
}

OfficeRepository::OfficeRepository(Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

QList<Room> OfficeRepository::rooms(bool includeInactive)
{
    requireAccess(m_db.access(), DataKind::Rooms, AccessOp::Read);
    Statement st(m_db, "SELECT id, name, kind, active, area_m2, equipment FROM rooms WHERE active = 1 OR ? ORDER BY name, id");
    st.bind(1, includeInactive ? 1 : 0);
    QList<Room> out;
    while (st.step())
        out.append(readRoom(st));
    return out;
}

Room OfficeRepository::room(qint64 id)
{
    requireAccess(m_db.access(), DataKind::Rooms, AccessOp::Read);
    Statement st(m_db, "SELECT id, name, kind, active, area_m2, equipment FROM rooms WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        throw Error(ErrorKind::Rejected, Tr::tr("The room no longer exists; choose another room."));
    return readRoom(st);
}

void OfficeRepository::checkRoom(const Room &room, qint64 selfId)
{
    const QString name = room.name.trimmed();
    if (name.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("Give the room a name."));
    if (name.size() > MaxNameLength)
        throw Error(ErrorKind::Rejected,
            Tr::tr("The room's name has %1 characters; at most %2 fit.").arg(name.size()).arg(MaxNameLength));
    checkPlainText(Tr::tr("The room's name"), name, false);
    Statement same(m_db, "SELECT 1 FROM rooms WHERE name = ? AND id <> ?");
    same.bind(1, name).bind(2, selfId);
    if (same.step())
        throw Error(ErrorKind::Rejected, Tr::tr("There already is a room called \"%1\"; give this one another name.").arg(name));
    if (room.areaM2) {
        const double area = *room.areaM2;
        if (!(area > 0) || area > MaxAreaM2)
            throw Error(ErrorKind::Rejected,
                Tr::tr("\"Area\" of the room \"%1\" is %2 m²; give the floor area in square metres, more than 0 and at "
                       "most %3, or leave it empty.")
                    .arg(name)
                    .arg(area)
                    .arg(MaxAreaM2));
    }
    const QString equipment = room.equipment.trimmed();
    if (equipment.size() > MaxEquipmentLength)
        throw Error(ErrorKind::Rejected,
            Tr::tr("\"Equipment\" of the room \"%1\" has %2 characters; at most %3 fit. List the main items only.")
                .arg(name)
                .arg(equipment.size())
                .arg(MaxEquipmentLength));
    checkPlainText(Tr::tr("\"Equipment\""), equipment, false);
}

namespace {

void bindArea(Statement &st, int index, const Room &room)
{
    if (room.areaM2)
        st.bind(index, *room.areaM2);
    else
        st.bindNull(index);
}

} // namespace

qint64 OfficeRepository::addRoom(const Room &room)
{
    requireAccess(m_db.access(), DataKind::Rooms, AccessOp::Write);
    Transaction tx(m_db);
    checkRoom(room, 0);
    Statement st(m_db, "INSERT INTO rooms (name, kind, active, created_at, area_m2, equipment) VALUES (?, ?, ?, ?, ?, ?)");
    st.bind(1, room.name.trimmed()).bind(2, roomKindCode(room.kind)).bind(3, room.active ? 1 : 0).bind(4, nowStamp());
    bindArea(st, 5, room);
    st.bind(6, room.equipment.trimmed()).run();
    const qint64 id = m_db.lastInsertId();
    appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("room"), id, roomKindCode(room.kind));
    tx.commit();
    return id;
}

void OfficeRepository::updateRoom(const Room &room)
{
    requireAccess(m_db.access(), DataKind::Rooms, AccessOp::Write);
    Transaction tx(m_db);
    this->room(room.id);
    checkRoom(room, room.id);
    Statement st(m_db, "UPDATE rooms SET name = ?, kind = ?, active = ?, area_m2 = ?, equipment = ? WHERE id = ?");
    st.bind(1, room.name.trimmed()).bind(2, roomKindCode(room.kind)).bind(3, room.active ? 1 : 0);
    bindArea(st, 4, room);
    st.bind(5, room.equipment.trimmed()).bind(6, room.id).run();
    appendAudit(m_db, m_actor, QStringLiteral("update"), QStringLiteral("room"), room.id,
        QStringLiteral("%1 active=%2").arg(roomKindCode(room.kind)).arg(room.active ? 1 : 0));
    tx.commit();
}

QList<StaffMember> OfficeRepository::staff(bool includeInactive)
{
    requireAccess(m_db.access(), DataKind::Rooms, AccessOp::Read);
    Statement st(m_db,
        "SELECT id, name, kind, contact, coalesce(username, ''), active FROM staff WHERE active = 1 OR ? ORDER BY kind, name, "
        "id");
    st.bind(1, includeInactive ? 1 : 0);
    QList<StaffMember> out;
    while (st.step())
        out.append(readStaff(st));
    return out;
}

StaffMember OfficeRepository::staffMember(qint64 id)
{
    requireAccess(m_db.access(), DataKind::Rooms, AccessOp::Read);
    Statement st(m_db, "SELECT id, name, kind, contact, coalesce(username, ''), active FROM staff WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        throw Error(ErrorKind::Rejected, Tr::tr("The staff member no longer exists; choose another counsellor."));
    return readStaff(st);
}

std::optional<StaffMember> OfficeRepository::staffForAccount(const QString &username)
{
    requireAccess(m_db.access(), DataKind::Rooms, AccessOp::Read);
    if (username.isEmpty())
        return std::nullopt;
    Statement st(m_db, "SELECT id, name, kind, contact, coalesce(username, ''), active FROM staff WHERE username = ?");
    st.bind(1, username);
    if (!st.step())
        return std::nullopt;
    return readStaff(st);
}

void OfficeRepository::checkStaff(const StaffMember &member, qint64 selfId)
{
    const QString name = member.name.trimmed();
    if (name.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("Give the staff member's name."));
    if (name.size() > MaxNameLength)
        throw Error(
            ErrorKind::Rejected, Tr::tr("The name has %1 characters; at most %2 fit.").arg(name.size()).arg(MaxNameLength));
    if (member.contact.trimmed().size() > 100)
        throw Error(
            ErrorKind::Rejected, Tr::tr("The contact has more than 100 characters; give a phone number or a short note."));
    checkPlainText(Tr::tr("The name"), name, false);
    checkPlainText(Tr::tr("The contact"), member.contact, false);
    const QString user = member.username.trimmed();
    if (user.isEmpty())
        return;
    Statement account(m_db, "SELECT 1 FROM accounts WHERE username = ?");
    account.bind(1, user);
    if (!account.step())
        throw Error(ErrorKind::Rejected,
            Tr::tr("There is no account called \"%1\"; leave the account empty or create the account first.").arg(user));
    Statement taken(m_db, "SELECT name FROM staff WHERE username = ? AND id <> ?");
    taken.bind(1, user).bind(2, selfId);
    if (taken.step())
        throw Error(ErrorKind::Rejected, Tr::tr("The account \"%1\" already belongs to %2.").arg(user, taken.text(0)));
}

qint64 OfficeRepository::addStaff(const StaffMember &member)
{
    requireAccess(m_db.access(), DataKind::Rooms, AccessOp::Write);
    Transaction tx(m_db);
    checkStaff(member, 0);
    Statement st(m_db, "INSERT INTO staff (name, kind, contact, username, active, created_at) VALUES (?, ?, ?, ?, ?, ?)");
    st.bind(1, member.name.trimmed()).bind(2, staffKindCode(member.kind)).bind(3, member.contact.trimmed());
    st.bindOptional(4, member.username.trimmed()).bind(5, member.active ? 1 : 0).bind(6, nowStamp()).run();
    const qint64 id = m_db.lastInsertId();
    appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("staff"), id, staffKindCode(member.kind));
    tx.commit();
    return id;
}

void OfficeRepository::updateStaff(const StaffMember &member)
{
    requireAccess(m_db.access(), DataKind::Rooms, AccessOp::Write);
    Transaction tx(m_db);
    staffMember(member.id);
    checkStaff(member, member.id);
    Statement st(m_db, "UPDATE staff SET name = ?, kind = ?, contact = ?, username = ?, active = ? WHERE id = ?");
    st.bind(1, member.name.trimmed()).bind(2, staffKindCode(member.kind)).bind(3, member.contact.trimmed());
    st.bindOptional(4, member.username.trimmed()).bind(5, member.active ? 1 : 0).bind(6, member.id).run();
    appendAudit(m_db, m_actor, QStringLiteral("update"), QStringLiteral("staff"), member.id,
        QStringLiteral("%1 active=%2").arg(staffKindCode(member.kind)).arg(member.active ? 1 : 0));
    tx.commit();
}

OfficeSummary OfficeRepository::officeSummary()
{
    requireAccess(m_db.access(), DataKind::Rooms, AccessOp::Read);
    OfficeSummary out;
    Statement staff(m_db, "SELECT kind, count(*) FROM staff WHERE active = 1 GROUP BY kind");
    while (staff.step()) {
        const auto kind = staffKindFromCode(staff.text(0));
        (kind == StaffKind::PartTime ? out.partTime : out.fullTime) += staff.integer(1);
    }
    Statement rooms(m_db, "SELECT count(*), coalesce(sum(area_m2), 0), sum(area_m2 IS NULL) FROM rooms WHERE active = 1");
    if (rooms.step()) {
        out.rooms = rooms.integer(0);
        out.areaM2 = rooms.real(1);
        out.roomsWithoutArea = rooms.isNull(2) ? 0 : rooms.integer(2);
    }
    return out;
}

QList<std::pair<QString, AccountRole>> OfficeRepository::accountRoles()
{
    requireAccess(m_db.access(), DataKind::Accounts, AccessOp::Read);
    Statement st(m_db, "SELECT username, role FROM accounts ORDER BY username");
    QList<std::pair<QString, AccountRole>> out;
    while (st.step())
        out.append({ st.text(0), accountRoleFromCode(st.text(1)).value_or(AccountRole::ClassTeacher) });
    return out;
}

void OfficeRepository::setAccountRole(const QString &username, AccountRole role)
{
    AccountRepository(m_db, m_actor).setRole(username, role);
}

} // namespace xinan
