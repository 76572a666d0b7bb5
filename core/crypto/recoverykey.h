#pragma once
// The recovery key: 200 random bits shown once as nine printable groups of five characters
// (Crockford base32, the last group a checksum). The database's data key is derived from it,
// so the recovery key alone opens the database even when the key-slot file is gone.

#include "secret.h"

#include <QString>

namespace xinan {

class RecoveryKey final
{
public:
    static constexpr std::size_t SecretSize = 25; // 200 bits
    static constexpr std::size_t DataKeySize = 32;
    static constexpr std::size_t KeyCheckSize = 16;

    static RecoveryKey generate();
    // Accepts upper or lower case, spaces or dashes between groups, and the look-alikes
    // I/L (for 1) and O (for 0). Throws Error(WrongSecret) when the text is not a recovery key.
    static RecoveryKey parse(const QString &text);

    // "ABCDE-FGHJK-..." (nine groups of five).
    QString formatted() const;
    // The SQLCipher data key: BLAKE2b-256 keyed with the secret.
    SecretBytes dataKey() const;
    // The counsellor key (seals confidential fields): BLAKE2b-256 keyed with the secret, in
    // another context than the data key, so the recovery key opens everything.
    SecretBytes counsellorKey() const;
    const SecretBytes &secret() const { return m_secret; }

private:
    explicit RecoveryKey(SecretBytes secret);
    SecretBytes m_secret;
};

// A non-secret fingerprint of a data key (BLAKE2b-128 keyed with it). It is the SQLCipher
// file salt and is stored in the key-slot file and backups, so that a wrong key is told apart
// from a damaged database without touching the database.
QByteArray keyCheckOf(const SecretBytes &dataKey);
// The same for the counsellor key, kept in the database to tell whether a key is the right one.
QByteArray counsellorKeyCheckOf(const SecretBytes &counsellorKey);

} // namespace xinan
