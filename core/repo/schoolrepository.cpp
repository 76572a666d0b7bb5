#include "schoolrepository.h"

#include "../error.h"
#include "../platform/clock.h"
#include "../store/database.h"
#include "audit.h"

#include <QCoreApplication>

namespace xinan {

SchoolRepository::SchoolRepository(Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

QStringList SchoolRepository::knownSchoolTypes()
{
    return { QStringLiteral("小学"), QStringLiteral("初中"), QStringLiteral("高中"), QStringLiteral("九年一贯制"),
        QStringLiteral("完全中学"), QStringLiteral("十二年一贯制"), QStringLiteral("中职") };
}

QStringList SchoolRepository::guizhouCities()
{
    return { QStringLiteral("贵阳市"), QStringLiteral("六盘水市"), QStringLiteral("遵义市"), QStringLiteral("安顺市"),
        QStringLiteral("毕节市"), QStringLiteral("铜仁市"), QStringLiteral("黔西南州"), QStringLiteral("黔东南州"),
        QStringLiteral("黔南州") };
}

SchoolInfo SchoolRepository::school()
{
    Statement st(m_db, "SELECT name, school_type, city, county, created_at FROM school WHERE id = 1");
    if (!st.step())
        throw Error(ErrorKind::Damaged,
            QCoreApplication::translate(
                "SchoolRepository", "The database %1 has no school record; it is damaged or not a XinAn database.")
                .arg(m_db.path()));
    return { st.text(0), st.text(1), st.text(2), st.text(3), QDateTime::fromString(st.text(4), Qt::ISODate) };
}

void SchoolRepository::createSchool(const SchoolInfo &info)
{
    requireAccess(m_db.access(), DataKind::Settings, AccessOp::Write);
    if (info.name.trimmed().isEmpty())
        throw Error(ErrorKind::Rejected, QCoreApplication::translate("SchoolRepository", "The school name is missing."));
    if (!info.schoolType.isEmpty() && !knownSchoolTypes().contains(info.schoolType))
        throw Error(ErrorKind::Rejected,
            QCoreApplication::translate("SchoolRepository", "Unknown school type \"%1\"; use one of: %2")
                .arg(info.schoolType, knownSchoolTypes().join(QStringLiteral("、"))));
    Transaction tx(m_db);
    Statement st(m_db, "INSERT INTO school (id, name, school_type, city, county, created_at) VALUES (1, ?, ?, ?, ?, ?)");
    st.bind(1, info.name.trimmed()).bind(2, info.schoolType).bind(3, info.city.trimmed()).bind(4, info.county.trimmed());
    st.bind(5, clock::nowUtc().toString(Qt::ISODate)).run();
    appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("school"), 1);
    tx.commit();
}

QList<Account> SchoolRepository::accounts()
{
    Statement st(m_db, "SELECT username, created_at FROM accounts ORDER BY id");
    QList<Account> out;
    while (st.step())
        out.append({ st.text(0), QDateTime::fromString(st.text(1), Qt::ISODate) });
    return out;
}

bool SchoolRepository::addAccount(const QString &username, AccountRole role)
{
    Transaction tx(m_db);
    // An account that exists is left as it is (a password change passes here too), whoever asks.
    Statement exists(m_db, "SELECT 1 FROM accounts WHERE username = ?");
    exists.bind(1, username);
    if (exists.step())
        return false;
    const Access &access = m_db.access();
    requireAccess(access, DataKind::Accounts, AccessOp::Write);
    // Only a counselling teacher gives the counselling teacher's role (and with it the
    // counsellor key): an admin cannot make a counsellor account, for itself or anyone.
    if (role == AccountRole::Counsellor && !access.isSystem() && access.role() != AccountRole::Counsellor)
        throw Error(ErrorKind::Denied,
            QCoreApplication::translate("SchoolRepository",
                "The account \"%1\" (%2) may not create a counselling-teacher account; ask a counselling teacher to add \"%3\".")
                .arg(access.user(), accountRoleName(access.role()), username));
    Statement st(m_db, "INSERT INTO accounts (username, role, created_at) VALUES (?, ?, ?)");
    st.bind(1, username).bind(2, accountRoleCode(role)).bind(3, clock::nowUtc().toString(Qt::ISODate)).run();
    appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("account"), m_db.lastInsertId(),
        QStringLiteral("%1 (%2)").arg(username, accountRoleCode(role)));
    tx.commit();
    return true;
}

} // namespace xinan
