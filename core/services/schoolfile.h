#pragma once
// An unlocked school database: the use cases around the encrypted file and its key slots
// (create, unlock by password or recovery key, add account, change or reset a password).

#include "../crypto/keyslots.h"
#include "../repo/schoolrepository.h"
#include "../store/database.h"

#include <QString>

namespace xinan {

class SchoolFile final
{
public:
    // Creates FILE and FILE-keys for a new school with its first account. Returns the recovery
    // key, formatted for printing; it is shown once and never stored. Refuses to overwrite.
    static QString create(const QString &path, const SchoolInfo &school, const QString &user, const SecretBytes &password);

    // The accounts in FILE-keys (for the unlock dialog and for leaving out --user).
    static QStringList accountNames(const QString &path);
    // The account to use: `user` when given, else the only account. Throws Error(Usage).
    static QString resolveUser(const QString &path, const QString &user);

    // Throws Error(WrongSecret) for a wrong password before the database is touched, and
    // Error(Damaged) when the key file or the database is damaged.
    static SchoolFile unlockWithPassword(const QString &path, const QString &user, const SecretBytes &password);
    // Works without the key file. `actor` is the name written to the audit log.
    static SchoolFile unlockWithRecoveryKey(const QString &path, const QString &recoveryKey, const QString &actor);

    SchoolFile(SchoolFile &&) noexcept = default;
    SchoolFile &operator=(SchoolFile &&) noexcept = default;

    Database &db() { return m_db; }
    const QString &path() const { return m_path; }
    const QString &user() const { return m_user; }
    const SecretBytes &dataKey() const { return m_dataKey; }
    QString keyFilePath() const { return KeySlotFile::pathFor(m_path); }

    // Adds an account with its own password and its role (key slot + account row). An account
    // the database knows already (added again after the key file was recreated) keeps its role.
    // The rules of core/repo/accountrepository.h apply (Error(Denied) or Error(Rejected)); the
    // password must be strong enough for the role (validateNewPassword).
    void addUser(const QString &newUser, const SecretBytes &password, AccountRole role);
    // Sets an account's password: rewrites its slot, never the database for one's own password.
    // When the key file is missing or damaged (after unlocking with the recovery key) it is
    // recreated; returns true in that case. Another account's password is set only by those
    // who manage accounts, and audited.
    bool setPassword(const QString &user, const SecretBytes &password);
    // Changes an account's role (AccountRepository::setRole's rules) and its key slot's grant:
    // a counsellor's slot gets the counsellor key, another role's loses it.
    void setRole(const QString &user, AccountRole role);
    // After a role change: counsellor accounts' slots get the counsellor key, the others lose it
    // (a former counsellor may have kept a copy: rekey after someone leaves).
    void updateKeyGrants();
    // New data, counsellor and recovery keys; every remaining slot's grant renewed. Returns the
    // new recovery key (shown once). Version-1 slots (accounts that have not signed in since the
    // update) cannot be renewed without their password: they are dropped and listed in
    // `droppedAccounts` (give them a new password). Old backups still open with the old secrets.
    QString rekey(QStringList *droppedAccounts = nullptr);
    // Completes a rekey interrupted after its commit mark, or removes one interrupted before.
    static void finishPendingRekey(const QString &path);
    // What the person who just unlocked must be told about the keys, in the reader's language:
    // wrong passwords given for the account since its last unlock, a counsellor account still
    // waiting for the counsellor key, a recovery key that does not open the confidential content.
    QStringList keyNotices();
    // Wrong passwords given for this account since its last successful unlock (UTC), oldest first.
    const QList<QDateTime> &failedAttempts() const { return m_failedAttempts; }
    // Removes an account: its key slot goes, its row stays disabled for the audit trail.
    void removeUser(const QString &user);
    // Disables (it can no longer unlock) or enables an account; false when it already was.
    bool setUserDisabled(const QString &user, bool disabled);

private:
    SchoolFile(QString path, QString user, SecretBytes dataKey, Database db);
    struct OpenContext
    {
        bool byRecoveryKey = false;
        KeySlotFile *keyFile = nullptr; // the key file that belongs to the database, if readable
        const SecretBytes *password = nullptr; // to rewrite a version-1 slot
        QList<QDateTime> failures; // failed unlocks since the account's last one
    };
    static SchoolFile finishOpen(const QString &path, const QString &user, UnlockedKeys keys, const OpenContext &context);
    // Gives the counsellor key to the slots of counsellor accounts that lack it and takes it from
    // other accounts' slots (role changes). Needs the counsellor key. True when `keys` changed.
    bool syncGrants(KeySlotFile &keys);
    // Records the audit chain's head in the key file and signs it with the data key.
    void sealKeys(KeySlotFile &keys);
    // The unlocked account's role, classes and counsellor key. Throws Error(Damaged) for a key
    // slot whose name is not an account of the school.
    static std::shared_ptr<const Access> accessOf(
        Database &db, const QString &user, bool byRecoveryKey, SecretBytes counsellorKey);
    KeySlotFile loadOrNewKeyFile(bool *recreated) const;

    QString m_path;
    QString m_user;
    QList<QDateTime> m_failedAttempts;
    SecretBytes m_dataKey;
    Database m_db;
};

// The first 16 bytes of a database file (its SQLCipher salt, which XinAn sets to the key check).
QByteArray fileSaltOf(const QString &path);

} // namespace xinan
