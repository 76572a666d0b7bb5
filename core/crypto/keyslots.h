#pragma once
// Key slots: NAME.xinan-keys holds, for each account, an Argon2id salt and cost, the account's
// X25519 secret key wrapped with XChaCha20-Poly1305 under the password-derived key, its public
// key, and a grant: the data key (and, for counselling teachers, the counsellor key) sealed to
// that public key (crypto_box_seal). No secret is in clear. A wrong password fails at the
// slot's authentication tag, before the database is touched. Because grants are sealed to
// public keys, a counsellor can give or take the counsellor key (role changes) and a rekey can
// give every remaining account the new keys without knowing their passwords.
//
// The file carries a MAC under a key derived from the data key over its slots, its key check
// and the audit chain's head, so a planted or edited slot is reported as tampering once the
// file is unlocked. Failed unlocks (account, time) are kept outside the MAC: they are written
// without any key. Version 1 files (the data key wrapped directly, no MAC) are still read; a
// slot is upgraded when its owner unlocks it.

#include "../domain/daily.h"
#include "secret.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace xinan {

struct KdfCost
{
    unsigned long long opsLimit = 0;
    std::size_t memLimit = 0;
};

// The cost new slots get: calibrated once per process to about 0.7 s on this machine with
// 64 MiB of memory (or the cheap cost tests install through kdf_testing.h).
KdfCost currentKdfCost();

// Slots cheaper than this are refused (3 passes, 64 MiB), as are absurd ones (more than 60
// passes or 1 GiB) that would make an unlock take minutes. Tests' cheap cost is exempt.
bool kdfCostAcceptable(const KdfCost &cost);

struct KeySlot
{
    QString user;
    QDateTime created;
    KdfCost cost;
    QByteArray salt;
    QByteArray nonce;
    QByteArray wrapped; // v1: the data key; v2: the account's box secret key
    QByteArray boxPublic; // v2 only
    QByteArray grant; // v2 only: crypto_box_seal(data key [+ counsellor key])
    bool counsellorGrant = false; // the grant carries the counsellor key (not secret; under the MAC)
    bool isLegacy() const { return boxPublic.isEmpty(); }
};

// What a slot opens: the data key, and the counsellor key when the slot grants it.
struct UnlockedKeys
{
    SecretBytes dataKey;
    SecretBytes counsellorKey;
    bool legacySlot = false; // a version-1 slot: rewrite it with setSlot while the password is at hand
};

class KeySlotFile final
{
public:
    // "school.xinan" -> "school.xinan-keys"
    static QString pathFor(const QString &databasePath);
    // Throws Error(Damaged) when the file is unreadable as a key-slot file.
    static KeySlotFile load(const QString &path);
    static KeySlotFile fromJson(const QByteArray &json, const QString &pathForMessages);
    QByteArray toJson() const;
    // Atomic replace (QSaveFile), owner-only permissions.
    void save(const QString &path) const;

    QByteArray keyCheck() const { return m_keyCheck; }
    void setKeyCheck(const QByteArray &check) { m_keyCheck = check; }
    const QList<KeySlot> &slots() const { return m_slots; }
    QStringList users() const;
    bool hasUser(const QString &user) const;

    const KeySlot *slot(const QString &user) const;

    // Adds or replaces the user's slot (calls the KDF). `counsellorKey` empty: no counsellor key.
    void setSlot(const QString &user, const SecretBytes &password, const SecretBytes &dataKey,
        const SecretBytes &counsellorKey = SecretBytes());
    // Replaces a version-2 slot's grant without its password (role change, rekey). Throws
    // Error(Rejected) for a version-1 slot (its owner has not unlocked since the upgrade).
    void regrant(const QString &user, const SecretBytes &dataKey, const SecretBytes &counsellorKey);
    void removeSlot(const QString &user);
    // Copies another file's slot as it is (rekey: the grant is renewed right after).
    void adoptSlot(const KeySlot &slot);
    // Throws Error(WrongSecret) on a wrong password, Error(Usage) for an unknown user,
    // Error(Damaged) for a slot whose cost is outside kdfCostAcceptable.
    UnlockedKeys unlock(const QString &user, const SecretBytes &password) const;

    // The MAC over key check, slots and audit head, under a key derived from the data key.
    void sign(const SecretBytes &dataKey);
    bool hasMac() const { return !m_mac.isEmpty(); }
    bool macMatches(const SecretBytes &dataKey) const;
    int version() const { return m_version; }
    QByteArray auditHead() const { return m_auditHead; }
    void setAuditHead(const QByteArray &head) { m_auditHead = head; }

    // Failed unlocks in a row since the account's last successful one (UTC times, oldest first).
    QList<QDateTime> failures(const QString &user) const { return m_failures.value(user); }
    void recordFailure(const QString &user, const QDateTime &atUtc);
    void clearFailures(const QString &user) { m_failures.remove(user); }
    // How long the account must wait before the next try, given its failures: nothing for the
    // first 5 wrong passwords in a row, then 30 s, doubling with each further one, at most 15 min.
    static qint64 delaySecondsAfter(int failuresInARow);
    // Seconds left before `user` may try again at `nowUtc` (0 = may try now).
    qint64 secondsUntilNextTry(const QString &user, const QDateTime &nowUtc) const;

private:
    QByteArray macOver(const SecretBytes &dataKey) const;
    int m_version = 2;
    QByteArray m_keyCheck;
    QList<KeySlot> m_slots;
    QByteArray m_auditHead;
    QByteArray m_mac;
    QMap<QString, QList<QDateTime>> m_failures;
};

// Checks an account name: 1-32 characters, no spaces or control characters.
// Throws Error(Rejected) with the reason.
void validateUserName(const QString &user);
// How hard a password is to guess, in bits (log2 of the guesses needed), as zxcvbn estimates it
// (Debian libzxcvbn, as KeePassXC uses): common passwords, English words, names, dates, years,
// keyboard walks, repeats and sequences count for little, and so do `personalWords` (the account
// name, the school's name ...) and a few words every Chinese guesser tries (woaini, 5201314,
// mima, xinan ...). docs/architecture.md gives the floors and why.
double passwordStrength(const SecretBytes &password, const QStringList &personalWords = {});
// The least strength a new password needs: 10^11 guesses (36.5 bits) for counselling teachers
// (their slot opens the confidential records) and administrators (they manage the accounts),
// 10^9 guesses (29.9 bits) for heads and class teachers.
double passwordStrengthFloor(AccountRole role);
// Checks a new password for an account of `role`: not empty and at least
// passwordStrengthFloor(role) strong. Throws Error(Rejected) saying what to do instead.
void validateNewPassword(const SecretBytes &password, AccountRole role, const QStringList &personalWords = {});

} // namespace xinan
