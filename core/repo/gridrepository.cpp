#include "gridrepository.h"

#include "../domain/student.h"
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
    Statement st(m_db,
        "SELECT id, grade, class_name, teacher, role, phone FROM class_grid "
        "ORDER BY grade, length(class_name), class_name, " XINAN_GRID_ROLE_RANK ", teacher, id");
    QList<GridMember> out;
    while (st.step())
        out.append({ st.int64(0), st.integer(1), st.text(2), st.text(3), roleFromCode(st.text(4)), st.text(5) });
    return out;
}

QStringList GridRepository::teachersOf(int grade, const QString &className)
{
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
    GridMember m = member;
    m.teacher = m.teacher.simplified();
    m.className = m.className.trimmed();
    m.phone = m.phone.trimmed();
    if (m.teacher.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("Enter the teacher's name."));
    if (m.teacher.size() > MaxTeacherLength)
        throw Error(ErrorKind::Rejected,
            Tr::tr("The teacher's name has %1 characters; at most %2 fit.").arg(m.teacher.size()).arg(MaxTeacherLength));
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

void GridRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    Statement st(m_db, "SELECT grade, class_name, role FROM class_grid WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        throw Error(ErrorKind::Rejected, Tr::tr("This entry of the class grid no longer exists; it may have been removed."));
    GridMember m;
    m.grade = st.integer(0);
    m.className = st.text(1);
    m.role = roleFromCode(st.text(2));
    Statement del(m_db, "DELETE FROM class_grid WHERE id = ?");
    del.bind(1, id).run();
    appendAudit(m_db, m_actor, QStringLiteral("delete"), QStringLiteral("class_grid"), id, auditDetail(m));
    tx.commit();
}

void GridRepository::linkAccount(qint64 memberId, const QString &account)
{
    requireAccess(m_db.access(), DataKind::Accounts, AccessOp::Write);
    Transaction tx(m_db);
    Statement st(m_db, "SELECT grade, class_name, role FROM class_grid WHERE id = ?");
    st.bind(1, memberId);
    if (!st.step())
        throw Error(ErrorKind::Rejected, Tr::tr("This entry of the class grid no longer exists; it may have been removed."));
    GridMember m;
    m.grade = st.integer(0);
    m.className = st.text(1);
    m.role = roleFromCode(st.text(2));
    if (!account.isEmpty()) {
        Statement known(m_db, "SELECT 1 FROM accounts WHERE username = ?");
        known.bind(1, account);
        if (!known.step())
            throw Error(ErrorKind::Rejected,
                Tr::tr("There is no account \"%1\" to link to the class grid; add the account first.").arg(account));
    }
    Statement update(m_db, "UPDATE class_grid SET account = ? WHERE id = ?");
    update.bindOptional(1, account).bind(2, memberId).run();
    appendAudit(m_db, m_actor, QStringLiteral("update"), QStringLiteral("class_grid"), memberId,
        auditDetail(m) + QStringLiteral(" account=") + (account.isEmpty() ? QStringLiteral("-") : account));
    tx.commit();
}

QSet<ClassRef> GridRepository::classesOfAccount(const QString &account)
{
    Statement st(m_db, "SELECT DISTINCT grade, class_name FROM class_grid WHERE account = ?");
    st.bind(1, account);
    QSet<ClassRef> out;
    while (st.step())
        out.insert(ClassRef { st.integer(0), st.text(1) });
    return out;
}

} // namespace xinan
