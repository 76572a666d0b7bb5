#include "gridrepository.h"

#include "../domain/student.h"
#include "../domain/text.h"
#include "../error.h"
#include "../store/database.h"
#include "audit.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GridRepository)
};

// Class teacher first, then deputy, then grade leader.
#define XINAN_GRID_ROLE_RANK "CASE role WHEN 'class_teacher' THEN 0 WHEN 'deputy' THEN 1 ELSE 2 END"

GridRole roleFromCode(const QString &code)
{
    if (code == QLatin1String("deputy"))
        return GridRole::Deputy;
    if (code == QLatin1String("grade_leader"))
        return GridRole::GradeLeader;
    return GridRole::ClassTeacher;
}

// Phone numbers as the guardians' are checked: digits, spaces, '+' and '-' (138 0000 0000,
// 0855-1234567, +86 …).
bool plausiblePhone(const QString &phone)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9+\\- ]{5,20}$"));
    return pattern.match(phone).hasMatch();
}

QString auditDetail(const GridMember &m)
{
    return QStringLiteral("grade %1 class %2: %3").arg(QString::number(m.grade), m.className, gridRoleCode(m.role));
}

} // namespace

QString gridRoleCode(GridRole role)
{
    switch (role) {
    case GridRole::Deputy:
        return QStringLiteral("deputy");
    case GridRole::GradeLeader:
        return QStringLiteral("grade_leader");
    case GridRole::ClassTeacher:
        break;
    }
    return QStringLiteral("class_teacher");
}

QString gridRoleName(GridRole role)
{
    switch (role) {
    case GridRole::Deputy:
        return Tr::tr("Deputy class teacher");
    case GridRole::GradeLeader:
        return Tr::tr("Grade leader");
    case GridRole::ClassTeacher:
        break;
    }
    return Tr::tr("Class teacher");
}

GridRepository::GridRepository(Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

QList<GridMember> GridRepository::members()
{
    requireAccess(m_db.access(), DataKind::Grid, AccessOp::Read);
    Statement st(m_db,
        "SELECT id, grade, class_name, teacher, role, phone, coalesce(account, '') FROM class_grid "
        "ORDER BY grade, length(class_name), class_name, " XINAN_GRID_ROLE_RANK ", teacher, id");
    QList<GridMember> out;
    while (st.step())
        out.append({ st.int64(0), st.integer(1), st.text(2), st.text(3), roleFromCode(st.text(4)), st.text(5), st.text(6) });
    return out;
}

QStringList GridRepository::teachersOf(int grade, const QString &className)
{
    requireAccess(m_db.access(), DataKind::Grid, AccessOp::Read);
    Statement st(
        m_db, "SELECT teacher FROM class_grid WHERE grade = ? AND class_name = ? ORDER BY " XINAN_GRID_ROLE_RANK ", teacher, id");
    st.bind(1, grade).bind(2, className.trimmed());
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

QList<GridClass> GridRepository::classes()
{
    requireAccess(m_db.access(), DataKind::Grid, AccessOp::Read);
    Statement st(m_db,
        "SELECT grade, class_name, count(*) FROM students WHERE status = 'enrolled' AND class_name != '' "
        "GROUP BY grade, class_name ORDER BY grade, length(class_name), class_name");
    QList<GridClass> out;
    while (st.step())
        out.append({ st.integer(0), st.text(1), st.integer(2) });
    return out;
}

qint64 GridRepository::save(const GridMember &member)
{
    requireAccess(m_db.access(), DataKind::Grid, AccessOp::Write);
    GridMember m = member;
    m.teacher = m.teacher.simplified();
    m.className = m.className.trimmed();
    m.phone = m.phone.trimmed();
    if (m.teacher.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("Enter the teacher's name."));
    if (m.teacher.size() > MaxTeacherLength)
        throw Error(ErrorKind::Rejected,
            Tr::tr("The teacher's name has %1 characters; at most %2 fit.").arg(m.teacher.size()).arg(MaxTeacherLength));
    checkPlainText(Tr::tr("The teacher's name"), m.teacher, false);
    if (m.className.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("Choose the class the teacher is responsible for."));
    if (m.grade < 1 || m.grade > 15)
        throw Error(ErrorKind::Rejected, Tr::tr("The grade %1 does not exist; choose a grade from the list.").arg(m.grade));
    if (!m.phone.isEmpty() && !plausiblePhone(m.phone))
        throw Error(ErrorKind::Rejected,
            Tr::tr("The phone number \"%1\" is not valid: use 5 to 20 digits, spaces, '+' or '-' (or leave it empty).")
                .arg(m.phone.left(MaxPhoneLength)));

    Transaction tx(m_db);
    if (m.id != 0) {
        Statement exists(m_db, "SELECT 1 FROM class_grid WHERE id = ?");
        exists.bind(1, m.id);
        if (!exists.step())
            throw Error(ErrorKind::Rejected, Tr::tr("This entry of the class grid no longer exists; it may have been removed."));
    }
    Statement twice(m_db, "SELECT 1 FROM class_grid WHERE grade = ? AND class_name = ? AND teacher = ? AND id != ?");
    twice.bind(1, m.grade).bind(2, m.className).bind(3, m.teacher).bind(4, m.id);
    if (twice.step())
        throw Error(ErrorKind::Rejected,
            Tr::tr("%1 is already listed for %2 %3; edit that entry instead of adding another.")
                .arg(m.teacher, gradeName(m.grade), m.className));
    if (m.id == 0) {
        Statement insert(m_db, "INSERT INTO class_grid (grade, class_name, teacher, role, phone) VALUES (?, ?, ?, ?, ?)");
        insert.bind(1, m.grade).bind(2, m.className).bind(3, m.teacher).bind(4, gridRoleCode(m.role)).bind(5, m.phone).run();
        m.id = m_db.lastInsertId();
        appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("class_grid"), m.id, auditDetail(m));
    } else {
        Statement update(m_db, "UPDATE class_grid SET grade = ?, class_name = ?, teacher = ?, role = ?, phone = ? WHERE id = ?");
        update.bind(1, m.grade).bind(2, m.className).bind(3, m.teacher).bind(4, gridRoleCode(m.role)).bind(5, m.phone);
        update.bind(6, m.id).run();
        appendAudit(m_db, m_actor, QStringLiteral("update"), QStringLiteral("class_grid"), m.id, auditDetail(m));
    }
    tx.commit();
    return m.id;
}

GridMember GridRepository::existingMember(qint64 id)
{
    Statement st(m_db, "SELECT grade, class_name, role, teacher, coalesce(account, '') FROM class_grid WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        throw Error(ErrorKind::Rejected, Tr::tr("This entry of the class grid no longer exists; it may have been removed."));
    GridMember m;
    m.id = id;
    m.grade = st.integer(0);
    m.className = st.text(1);
    m.role = roleFromCode(st.text(2));
    m.teacher = st.text(3);
    m.account = st.text(4);
    return m;
}

void GridRepository::remove(qint64 id)
{
    requireAccess(m_db.access(), DataKind::Grid, AccessOp::Write);
    Transaction tx(m_db);
    const GridMember m = existingMember(id);
    Statement del(m_db, "DELETE FROM class_grid WHERE id = ?");
    del.bind(1, id).run();
    appendAudit(m_db, m_actor, QStringLiteral("delete"), QStringLiteral("class_grid"), id, auditDetail(m));
    tx.commit();
}

void GridRepository::linkAccount(qint64 memberId, const QString &account)
{
    Transaction tx(m_db);
    // A link gives an account the students of a class: an account matter, not a grid edit.
    requireAccess(m_db.access(), DataKind::Accounts, AccessOp::Write);
    const GridMember m = existingMember(memberId);
    const QString before = m.account;
    const QString name = account.trimmed();
    if (!name.isEmpty()) {
        if (m.role != GridRole::ClassTeacher)
            throw Error(ErrorKind::Rejected,
                Tr::tr("%1 is listed as %2 of %3 %4; only a class teacher's entry is linked to an account.")
                    .arg(m.teacher, gridRoleName(m.role), gradeName(m.grade), m.className));
        Statement acc(m_db, "SELECT role, disabled FROM accounts WHERE username = ?");
        acc.bind(1, name);
        if (!acc.step())
            throw Error(ErrorKind::Rejected, Tr::tr("There is no account called \"%1\".").arg(name));
        if (acc.integer(1) != 0)
            throw Error(ErrorKind::Rejected,
                Tr::tr("The account \"%1\" is disabled or removed; enable it or choose another account.").arg(name));
        if (accountRoleFromCode(acc.text(0)) != AccountRole::ClassTeacher)
            throw Error(ErrorKind::Rejected,
                Tr::tr("The account \"%1\" is a %2 account; only a class-teacher account is linked to a class (a "
                       "counselling teacher or head sees every class anyway).")
                    .arg(name, accountRoleName(accountRoleFromCode(acc.text(0)).value_or(AccountRole::Counsellor))));
    }
    if (before == name)
        return;
    Statement update(m_db, "UPDATE class_grid SET account = ? WHERE id = ?");
    update.bindOptional(1, name).bind(2, memberId).run();
    appendAudit(m_db, m_actor, QStringLiteral("update"), QStringLiteral("class_grid_account"), memberId,
        QStringLiteral("%1, account %2 -> %3")
            .arg(auditDetail(m), before.isEmpty() ? QStringLiteral("-") : before, name.isEmpty() ? QStringLiteral("-") : name));
    tx.commit();
}

qint64 GridRepository::assignClassTeacher(int grade, const QString &className, const QString &account, const QString &teacher)
{
    Transaction tx(m_db);
    requireAccess(m_db.access(), DataKind::Accounts, AccessOp::Write);
    Statement st(
        m_db, "SELECT id, teacher FROM class_grid WHERE grade = ? AND class_name = ? AND role = 'class_teacher' ORDER BY id");
    st.bind(1, grade).bind(2, className.trimmed());
    QList<std::pair<qint64, QString>> entries;
    while (st.step())
        entries.append({ st.int64(0), st.text(1) });
    qint64 id = 0;
    const QString wanted = teacher.simplified();
    for (const auto &[entryId, name] : std::as_const(entries))
        if (!wanted.isEmpty() ? name == wanted : entries.size() == 1)
            id = entryId;
    if (id == 0 && wanted.isEmpty() && entries.size() > 1) {
        QStringList names;
        for (const auto &entry : std::as_const(entries))
            names << entry.second;
        throw Error(ErrorKind::Usage,
            Tr::tr("%1 %2 has several class-teacher entries (%3); choose one with --teacher.")
                .arg(gradeName(grade), className.trimmed(), names.join(QStringLiteral("、"))));
    }
    if (id == 0) {
        GridMember m;
        m.grade = grade;
        m.className = className;
        m.teacher = wanted.isEmpty() ? account.trimmed() : wanted;
        m.role = GridRole::ClassTeacher;
        id = save(m);
    }
    linkAccount(id, account);
    tx.commit();
    return id;
}

QSet<ClassRef> GridRepository::classesOfAccount(const QString &account)
{
    // An account may always learn its own classes (SchoolFile asks at unlock, under
    // Access::system()); anyone else's are the grid's.
    if (account != m_db.access().user())
        requireAccess(m_db.access(), DataKind::Grid, AccessOp::Read);
    Statement st(m_db, "SELECT DISTINCT grade, class_name FROM class_grid WHERE account = ?");
    st.bind(1, account);
    QSet<ClassRef> out;
    while (st.step())
        out.insert(ClassRef { st.integer(0), st.text(1) });
    return out;
}

} // namespace xinan
