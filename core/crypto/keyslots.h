#pragma once
// Key slots: NAME.xinan-keys holds, for each account, an Argon2id salt and cost and the data
// key wrapped with XChaCha20-Poly1305 under the password-derived key. No secret is in clear.
// A wrong password fails at the slot's authentication tag, before the database is touched.

#include "../domain/daily.h"
#include "secret.h"

#include <QDateTime>
#include <QList>
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

struct KeySlot
{
    QString user;
    QDateTime created;
    KdfCost cost;
    QByteArray salt;
    QByteArray nonce;
    QByteArray wrapped;
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

    // Adds or replaces the user's slot (calls the KDF).
    void setSlot(const QString &user, const SecretBytes &password, const SecretBytes &dataKey);
    void removeSlot(const QString &user);
    // Throws Error(WrongSecret) on a wrong password, Error(Usage) for an unknown user.
    SecretBytes unlock(const QString &user, const SecretBytes &password) const;

private:
    QByteArray m_keyCheck;
    QList<KeySlot> m_slots;
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
