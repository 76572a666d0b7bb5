#include "recoverykey.h"

#include "../error.h"

#include <QCoreApplication>

#include <sodium.h>

#include <array>

namespace xinan {
namespace {

constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32
constexpr int DataChars = 40; // 200 bits / 5
constexpr int CheckChars = 5;
constexpr int GroupSize = 5;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryKey)
};

int valueOf(QChar c)
{
    const QChar u = c.toUpper();
    if (u == u'I' || u == u'L')
        return 1;
    if (u == u'O')
        return 0;
    for (int i = 0; i < 32; ++i)
        if (u == QLatin1Char(Alphabet[i]))
            return i;
    return -1;
}

// 25 secret bytes -> 40 base32 digits, 5 bits each, most significant first.
std::array<int, DataChars> toDigits(const unsigned char *bytes)
{
    std::array<int, DataChars> digits {};
    for (int i = 0; i < DataChars; ++i) {
        int v = 0;
        for (int b = 0; b < 5; ++b) {
            const int bit = i * 5 + b;
            v = (v << 1) | ((bytes[bit / 8] >> (7 - bit % 8)) & 1);
        }
        digits[static_cast<std::size_t>(i)] = v;
    }
    return digits;
}

std::array<int, CheckChars> checksumOf(const unsigned char *bytes)
{
    unsigned char hash[crypto_generichash_BYTES_MIN];
    static const unsigned char context[] = "XinAn recovery checksum v1";
    crypto_generichash_state st;
    crypto_generichash_init(&st, nullptr, 0, sizeof hash);
    crypto_generichash_update(&st, context, sizeof context - 1);
    crypto_generichash_update(&st, bytes, RecoveryKey::SecretSize);
    crypto_generichash_final(&st, hash, sizeof hash);
    std::array<int, CheckChars> out {};
    for (int i = 0; i < CheckChars; ++i)
        out[static_cast<std::size_t>(i)] = hash[i] & 31;
    return out;
}

} // namespace

RecoveryKey::RecoveryKey(SecretBytes secret)
    : m_secret(std::move(secret))
{
}

RecoveryKey RecoveryKey::generate()
{
    return RecoveryKey(SecretBytes::random(SecretSize));
}

RecoveryKey RecoveryKey::parse(const QString &text)
{
    std::array<int, DataChars + CheckChars> digits {};
    int n = 0;
    for (const QChar c : text) {
        if (c.isSpace() || c == u'-')
            continue;
        const int v = valueOf(c);
        if (v < 0 || n >= DataChars + CheckChars)
            throw Error(ErrorKind::WrongSecret,
                Tr::tr("This is not a recovery key: it should be nine groups of five letters and digits."));
        digits[static_cast<std::size_t>(n++)] = v;
    }
    if (n != DataChars + CheckChars)
        throw Error(
            ErrorKind::WrongSecret, Tr::tr("This is not a recovery key: it should be nine groups of five letters and digits."));
    SecretBytes secret(SecretSize);
    for (int i = 0; i < DataChars * 5; ++i) {
        const int bit = (digits[static_cast<std::size_t>(i / 5)] >> (4 - i % 5)) & 1;
        secret.data()[i / 8] = static_cast<unsigned char>(secret.data()[i / 8] | (bit << (7 - i % 8)));
    }
    const auto check = checksumOf(secret.data());
    for (int i = 0; i < CheckChars; ++i)
        if (check[static_cast<std::size_t>(i)] != digits[static_cast<std::size_t>(DataChars + i)])
            throw Error(ErrorKind::WrongSecret,
                Tr::tr("The recovery key has a typing mistake (its check group does not match). Please compare it with the "
                       "printed key."));
    sodium_memzero(digits.data(), sizeof digits);
    return RecoveryKey(std::move(secret));
}

QString RecoveryKey::formatted() const
{
    auto digits = toDigits(m_secret.data());
    const auto check = checksumOf(m_secret.data());
    QString out;
    for (int i = 0; i < DataChars + CheckChars; ++i) {
        if (i > 0 && i % GroupSize == 0)
            out += u'-';
        const int v = i < DataChars ? digits[static_cast<std::size_t>(i)] : check[static_cast<std::size_t>(i - DataChars)];
        out += QLatin1Char(Alphabet[v]);
    }
    sodium_memzero(digits.data(), sizeof digits);
    return out;
}

SecretBytes RecoveryKey::dataKey() const
{
    static const unsigned char context[] = "XinAn data key v1";
    SecretBytes key(DataKeySize);
    crypto_generichash(key.data(), key.size(), context, sizeof context - 1, m_secret.data(), m_secret.size());
    return key;
}

SecretBytes RecoveryKey::counsellorKey() const
{
    static const unsigned char context[] = "XinAn counsellor key v1";
    SecretBytes key(DataKeySize);
    crypto_generichash(key.data(), key.size(), context, sizeof context - 1, m_secret.data(), m_secret.size());
    return key;
}

QByteArray counsellorKeyCheckOf(const SecretBytes &counsellorKey)
{
    static const unsigned char context[] = "XinAn counsellor key check v1";
    QByteArray out(RecoveryKey::KeyCheckSize, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), static_cast<std::size_t>(out.size()), context,
        sizeof context - 1, counsellorKey.data(), counsellorKey.size());
    return out;
}

QByteArray keyCheckOf(const SecretBytes &dataKey)
{
    static const unsigned char context[] = "XinAn file salt v1";
    QByteArray out(RecoveryKey::KeyCheckSize, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), static_cast<std::size_t>(out.size()), context,
        sizeof context - 1, dataKey.data(), dataKey.size());
    return out;
}

} // namespace xinan
