#include "accountrepository.h"

#include "../domain/pinyin.h"
#include "../error.h"
#include "../store/access.h"
#include "../store/database.h"
#include "audit.h"
#include "schoolrepository.h"

#include <QCoreApplication>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AccountRepository)
};

AccountInfo readAccount(Statement &st)
{
    return { st.int64(0), st.text(1), accountRoleFromCode(st.text(2)).value_or(AccountRole::ClassTeacher), st.integer(3) != 0,
        QDateTime::fromString(st.text(4), Qt::ISODate) };
}

bool isCounsellorActor(const Access &access)
{
    return access.isSystem() || access.role() == AccountRole::Counsellor;
}

} // namespace

AccountRepository::AccountRepository(Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

QList<AccountInfo> AccountRepository::accounts()
{
    requireAccess(m_db.access(), DataKind::Accounts, AccessOp::Read);
    Statement st(m_db, "SELECT id, username, role, disabled, created_at FROM accounts ORDER BY username");
    QList<AccountInfo> out;
    while (st.step())
        out.append(readAccount(st));
    return out;
}

std::optional<AccountInfo> AccountRepository::find(const QString &username)
{
    Statement st(m_db, "SELECT id, username, role, disabled, created_at FROM accounts WHERE username = ?");
    st.bind(1, username);
    if (!st.step())
        return std::nullopt;
    return readAccount(st);
}

AccountInfo AccountRepository::existing(const QString &username)
{
    const std::optional<AccountInfo> account = find(username);
    if (!account)
        throw Error(ErrorKind::Rejected, Tr::tr("There is no account called \"%1\".").arg(username));
    return *account;
}

void AccountRepository::requireManager()
{
    requireAccess(m_db.access(), DataKind::Accounts, AccessOp::Write);
}

void AccountRepository::requireCounsellor(const QString &what)
{
    if (isCounsellorActor(m_db.access()))
        return;
    throw Error(ErrorKind::Denied,
        Tr::tr("Only a counselling teacher can %1: that role opens the confidential records. Ask a counselling teacher to do it.")
            .arg(what));
}

void AccountRepository::requireAnotherCounsellor(const AccountInfo &account)
{
    if (account.role != AccountRole::Counsellor || account.disabled)
        return;
    Statement others(m_db, "SELECT count(*) FROM accounts WHERE role = 'counsellor' AND disabled = 0 AND username <> ?");
    others.bind(1, account.username);
    if (others.step() && others.integer(0) == 0)
        throw Error(ErrorKind::Rejected,
            Tr::tr("\"%1\" is the only enabled counselling-teacher account; nobody could read counselling records any more. "
                   "Give another account the counselling-teacher role first.")
                .arg(account.username));
}

void AccountRepository::refuseSelf(const AccountInfo &account, const QString &what)
{
    if (account.username == m_actor)
        throw Error(ErrorKind::Rejected,
            Tr::tr("You cannot %1 the account you are signed in with (%2). Ask another counselling teacher or administrator.")
                .arg(what, account.username));
}

AccountRole AccountRepository::checkAdd(const QString &username, AccountRole role, bool hasKeySlot)
{
    requireManager();
    const std::optional<AccountInfo> known = find(username);
    if (known && known->disabled)
        throw Error(ErrorKind::Rejected,
            hasKeySlot ? Tr::tr("The account \"%1\" exists but is disabled; enable it instead of adding it again.").arg(username)
                       : Tr::tr("The name \"%1\" belonged to an account that was removed; the audit log keeps its entries "
                                "under that name. Choose another name.")
                             .arg(username));
    if (known && hasKeySlot)
        throw Error(ErrorKind::Rejected, Tr::tr("The account \"%1\" already exists.").arg(username));
    const AccountRole effective = known ? known->role : role;
    if (effective == AccountRole::Counsellor)
        requireCounsellor(Tr::tr("add a counselling-teacher account"));
    return effective;
}

void AccountRepository::add(const QString &username, AccountRole role)
{
    SchoolRepository(m_db, m_actor).addAccount(username, role);
}

void AccountRepository::checkSetPassword(const QString &username)
{
    const std::optional<AccountInfo> account = find(username);
    if (!account)
        return; // a name given with the recovery key: SchoolFile::setPassword adds it
    if (username != m_actor) {
        requireManager();
        if (account->role == AccountRole::Counsellor)
            requireCounsellor(Tr::tr("set the password of a counselling-teacher account"));
    }
    if (account->disabled)
        throw Error(ErrorKind::Rejected,
            Tr::tr("The account \"%1\" is disabled or removed; enable it before setting its password.").arg(username));
}

void AccountRepository::recordPasswordSet(const QString &username)
{
    const std::optional<AccountInfo> account = find(username);
    appendAudit(m_db, m_actor, QStringLiteral("update"), QStringLiteral("account_password"), account ? account->id : 0,
        QStringLiteral("%1: password set").arg(username));
}

void AccountRepository::setRole(const QString &username, AccountRole role)
{
    Transaction tx(m_db);
    requireManager();
    const AccountInfo account = existing(username);
    if (account.role == role)
        return;
    if (account.role == AccountRole::Counsellor || role == AccountRole::Counsellor)
        requireCounsellor(Tr::tr("give or take the counselling-teacher role"));
    if (role != AccountRole::Counsellor)
        requireAnotherCounsellor(account);
    Statement st(m_db, "UPDATE accounts SET role = ? WHERE username = ?");
    st.bind(1, accountRoleCode(role)).bind(2, username).run();
    appendAudit(m_db, m_actor, QStringLiteral("update"), QStringLiteral("account_role"), account.id,
        QStringLiteral("%1: %2 -> %3").arg(username, accountRoleCode(account.role), accountRoleCode(role)));
    tx.commit();
}

bool AccountRepository::setDisabled(const QString &username, bool disabled, bool hasKeySlot)
{
    Transaction tx(m_db);
    requireManager();
    const AccountInfo account = existing(username);
    if (account.disabled == disabled)
        return false;
    if (account.role == AccountRole::Counsellor)
        requireCounsellor(
            disabled ? Tr::tr("disable a counselling-teacher account") : Tr::tr("enable a counselling-teacher account"));
    if (disabled) {
        refuseSelf(account, Tr::tr("disable"));
        requireAnotherCounsellor(account);
    } else if (!hasKeySlot) {
        throw Error(ErrorKind::Rejected,
            Tr::tr("The account \"%1\" was removed and has no password any more; add a new account under another name.")
                .arg(username));
    }
    Statement st(m_db, "UPDATE accounts SET disabled = ? WHERE username = ?");
    st.bind(1, disabled ? 1 : 0).bind(2, username).run();
    appendAudit(m_db, m_actor, QStringLiteral("update"), QStringLiteral("account"), account.id,
        QStringLiteral("%1: %2").arg(username, disabled ? QStringLiteral("disabled") : QStringLiteral("enabled")));
    tx.commit();
    return true;
}

void AccountRepository::markRemoved(const QString &username)
{
    Transaction tx(m_db);
    requireManager();
    const AccountInfo account = existing(username);
    if (account.role == AccountRole::Counsellor)
        requireCounsellor(Tr::tr("remove a counselling-teacher account"));
    refuseSelf(account, Tr::tr("remove"));
    requireAnotherCounsellor(account);
    Statement st(m_db, "UPDATE accounts SET disabled = 1 WHERE username = ?");
    st.bind(1, username).run();
    Statement unlink(m_db, "UPDATE class_grid SET account = NULL WHERE account = ?");
    unlink.bind(1, username).run();
    const int unlinked = m_db.changes();
    appendAudit(m_db, m_actor, QStringLiteral("delete"), QStringLiteral("account"), account.id,
        QStringLiteral("%1 (%2), %3 class-grid link(s) cleared").arg(username, accountRoleCode(account.role)).arg(unlinked));
    tx.commit();
}

QStringList passwordWordsFor(const QString &username, const SchoolInfo &school)
{
    QStringList words;
    for (const QString &text : { username, school.name, school.city, school.county }) {
        const QString word = text.trimmed();
        if (word.isEmpty())
            continue;
        words << word;
        const QString reading = pinyinOf(word).full;
        if (!reading.isEmpty() && reading != word.toLower())
            words << reading;
    }
    return words;
}

QStringList AccountRepository::passwordWords(const QString &username)
{
    return passwordWordsFor(username, SchoolRepository(m_db, m_actor).school());
}

} // namespace xinan
