#pragma once
// The school's accounts and their life cycle: role, disabled, removed. Passwords live in key
// slots (core/services/schoolfile.h does the slot side); this is the accounts table and its
// rules, each change one transaction with its audit entry:
// - only counselling teachers and administrators manage accounts at all (DataKind::Accounts);
// - only a counselling teacher gives or takes the counselling-teacher role, and adds,
//   disables, removes or resets the password of a counselling-teacher account;
// - at least one enabled counselling-teacher account stays;
// - nobody disables or removes the account they are signed in with.
// A removed account keeps its row (disabled, without a key slot) so that the audit trail keeps
// its name; its name is not given to a new account.

#include "../domain/daily.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace xinan {

class Database;
struct SchoolInfo;

struct AccountInfo
{
    qint64 id = 0;
    QString username;
    AccountRole role = AccountRole::ClassTeacher;
    bool disabled = false;
    QDateTime createdAt;
};

// The words a password of `username` must not lean on: the account name, the school's name,
// city and county, and their pinyin.
QStringList passwordWordsFor(const QString &username, const SchoolInfo &school);

class AccountRepository final
{
public:
    // Permissions come from db.access(); `actor` is the name written to the audit log.
    AccountRepository(Database &db, QString actor);

    // Every account, removed ones included, by name. Needs read access to accounts.
    QList<AccountInfo> accounts();
    // The account, whatever the reader's role (unlocking needs it); nullopt when unknown.
    std::optional<AccountInfo> find(const QString &username);

    // Refuses (Denied: not the role's to do; Rejected: the name is taken or was removed) what
    // SchoolFile::addUser would do: `hasKeySlot` says whether the key file has the name. An
    // account the database knows but the key file lost (recreated after a recovery) may be
    // added again and keeps its stored role; returns the role the account will have.
    AccountRole checkAdd(const QString &username, AccountRole role, bool hasKeySlot);
    // Adds the row (or keeps an existing one) with its audit entry; call checkAdd first.
    void add(const QString &username, AccountRole role);
    // Refuses to set another account's password unless the actor manages accounts (and is a
    // counselling teacher for a counselling-teacher account); refuses a disabled account.
    void checkSetPassword(const QString &username);
    // The audit entry for a password set (the slot itself is SchoolFile's).
    void recordPasswordSet(const QString &username);

    // Changes the role. Throws Error(Denied) or Error(Rejected) for the rules above.
    void setRole(const QString &username, AccountRole role);
    // Disables or enables the account; returns false when it already was. A disabled account
    // cannot unlock. `hasKeySlot` false (a removed account) refuses enabling.
    bool setDisabled(const QString &username, bool disabled, bool hasKeySlot = true);
    // Marks the account removed: disabled, its class-grid links cleared. The caller removes its
    // key slot in the same transaction.
    void markRemoved(const QString &username);

    // passwordWordsFor with this database's school.
    QStringList passwordWords(const QString &username);

private:
    AccountInfo existing(const QString &username);
    void requireManager();
    // Throws Error(Denied) unless the actor is a counselling teacher (or the system).
    void requireCounsellor(const QString &what);
    void requireAnotherCounsellor(const AccountInfo &account);
    void refuseSelf(const AccountInfo &account, const QString &what);

    Database &m_db;
    QString m_actor;
};

} // namespace xinan
