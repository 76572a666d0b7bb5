#include "keyslots.h"

#include "../error.h"
#include "../platform/clock.h"
#include "../platform/files.h"
#include "kdf_testing.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>
#include <zxcvbn.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <mutex>
#include <vector>

namespace xinan {
namespace {

constexpr auto Format = "xinan-keys";
constexpr int FormatVersion = 1;
constexpr std::size_t ProductionMemLimit = 64u * 1024u * 1024u;
constexpr double TargetSeconds = 0.8;

std::atomic<bool> g_cheapKdf { false };

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KeySlots)
};

SecretBytes deriveKey(const SecretBytes &password, const QByteArray &salt, const KdfCost &cost)
{
    SecretBytes key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (crypto_pwhash(key.data(), key.size(), password.chars(), password.size(),
            reinterpret_cast<const unsigned char *>(salt.constData()), cost.opsLimit, cost.memLimit, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        throw Error(ErrorKind::Other,
            Tr::tr("Not enough memory to check the password (Argon2id needs %1 MiB).").arg(cost.memLimit / (1024 * 1024)));
    return key;
}

QByteArray associatedData(const QString &user)
{
    return QByteArrayLiteral("xinan-slot-v1:") + user.toUtf8();
}

KdfCost calibrate(double targetSeconds, std::size_t memLimit)
{
    initCrypto();
    // Argon2id's time is a fixed part (filling 64 MiB) plus a cost per pass. Time one and three
    // passes, each the best of two runs (another program may be busy), fit the line, and choose
    // the passes that reach the target. At least 3 passes whatever the machine.
    const auto password = SecretBytes::copyOf("calibration");
    const QByteArray salt(crypto_pwhash_SALTBYTES, '\x5a');
    const auto best = [&](unsigned long long ops) {
        double fastest = 1e9;
        for (int run = 0; run < 2; ++run) {
            QElapsedTimer timer;
            timer.start();
            deriveKey(password, salt, { ops, memLimit });
            fastest = std::min(fastest, static_cast<double>(timer.nsecsElapsed()) / 1e9);
        }
        return fastest;
    };
    const double one = best(1);
    const double three = best(3);
    const double perPass = std::max(0.001, (three - one) / 2.0);
    const double fixed = std::max(0.0, one - perPass);
    const double passes = (targetSeconds - fixed) / perPass;
    const auto ops = static_cast<unsigned long long>(std::clamp(passes, 3.0, 60.0) + 0.5);
    return { ops, memLimit };
}

} // namespace

void testing::useCheapKdf(bool cheap)
{
    g_cheapKdf = cheap;
}

KdfCost testing::calibrateKdf(double targetSeconds, std::size_t memLimit)
{
    return calibrate(targetSeconds, memLimit);
}

void testing::deriveWithCost(const KdfCost &cost)
{
    initCrypto();
    deriveKey(SecretBytes::copyOf("calibration"), QByteArray(crypto_pwhash_SALTBYTES, '\x5a'), cost);
}

KdfCost currentKdfCost()
{
    if (g_cheapKdf)
        return { crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN };
    static std::once_flag once;
    static KdfCost cost;
    std::call_once(once, [] { cost = calibrate(TargetSeconds, ProductionMemLimit); });
    return cost;
}

void validateUserName(const QString &user)
{
    if (user.isEmpty() || user.size() > 32)
        throw Error(ErrorKind::Rejected, Tr::tr("The account name must be 1 to 32 characters long."));
    for (const QChar c : user)
        if (c.isSpace() || c.category() == QChar::Other_Control || c == u'/' || c == u'\\')
            throw Error(ErrorKind::Rejected,
                Tr::tr("The account name \"%1\" contains a space or a character that is not allowed.").arg(user));
}

namespace {

// Words zxcvbn's English lists do not know but every guesser of a Chinese teacher's password
// tries first: XinAn's own name, pinyin love numbers and phrases, 密码, school words.
constexpr const char *CommonChineseWords[] = { "xinan", "心安", "woaini", "5201314", "1314", "wodemima", "mima", "laoshi",
    "xuexiao", "zhongguo", "guizhou", "guiyang", "zhongxue", "xiaoxue", "xinli", "jiaoshi", "banzhuren", "xiaozhang", "nihao",
    "我爱你", "密码", "老师", "学校", "中国", "心理", "贵州" };

} // namespace

double passwordStrength(const SecretBytes &password, const QStringList &personalWords)
{
    if (password.isEmpty())
        return 0.0;
    // zxcvbn reads a NUL-terminated string: a guarded copy with its terminator.
    SecretBytes text(password.size() + 1);
    std::memcpy(text.data(), password.data(), password.size());
    text.data()[password.size()] = 0;
    std::vector<QByteArray> words;
    for (const QString &word : personalWords) {
        const QString w = word.trimmed();
        if (w.size() >= 2) // one letter would match everywhere and say nothing
            words.push_back(w.toLower().toUtf8());
    }
    std::vector<const char *> dictionary;
    for (const QByteArray &w : words)
        dictionary.push_back(w.constData());
    for (const char *w : CommonChineseWords)
        dictionary.push_back(w);
    dictionary.push_back(nullptr);
    return std::max(0.0, ZxcvbnMatch(text.chars(), dictionary.data(), nullptr));
}

double passwordStrengthFloor(AccountRole role)
{
    // log2 of 10^11 and 10^9 guesses.
    switch (role) {
    case AccountRole::Counsellor:
    case AccountRole::Admin:
        return 36.54;
    case AccountRole::Head:
    case AccountRole::ClassTeacher:
        break;
    }
    return 29.9;
}

void validateNewPassword(const SecretBytes &password, AccountRole role, const QStringList &personalWords)
{
    if (password.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("Enter a password."));
    if (passwordStrength(password, personalWords) >= passwordStrengthFloor(role))
        return;
    QString message = Tr::tr("Too easy to guess: use a longer sentence or add unrelated words.");
    // Leaning on the account's or the school's name is the commonest mistake: say so.
    const QString text = QString::fromUtf8(password.chars(), static_cast<qsizetype>(password.size())).toLower();
    for (const QString &word : personalWords)
        if (word.trimmed().size() >= 2 && text.contains(word.trimmed().toLower())) {
            message += u' ' + Tr::tr("Do not use the account's or the school's name in it.");
            break;
        }
    if (role == AccountRole::Counsellor || role == AccountRole::Admin)
        message += u' '
            + Tr::tr("A counselling teacher's or an administrator's password must be stronger than others: it opens the "
                     "confidential records or manages the accounts.");
    throw Error(ErrorKind::Rejected, message);
}

QString KeySlotFile::pathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral("-keys");
}

KeySlotFile KeySlotFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Damaged, Tr::tr("The key file %1 cannot be read: %2").arg(path, file.errorString()));
    return fromJson(file.readAll(), path);
}

KeySlotFile KeySlotFile::fromJson(const QByteArray &json, const QString &where)
{
    const auto damaged = [&where] {
        return Error(ErrorKind::Damaged,
            Tr::tr(
                "The key file %1 is damaged or is not a XinAn key file. The database can still be opened with the recovery key.")
                .arg(where));
    };
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError || root.value(QLatin1String("format")).toString() != QLatin1String(Format))
        throw damaged();
    if (root.value(QLatin1String("version")).toInt() != FormatVersion)
        throw Error(ErrorKind::Damaged, Tr::tr("The key file %1 was written by a newer version of XinAn.").arg(where));
    KeySlotFile out;
    out.m_keyCheck = QByteArray::fromBase64(root.value(QLatin1String("key_check")).toString().toLatin1());
    if (out.m_keyCheck.size() != 16)
        throw damaged();
    const QJsonArray slots = root.value(QLatin1String("slots")).toArray();
    for (const auto &value : slots) {
        const QJsonObject o = value.toObject();
        KeySlot slot;
        slot.user = o.value(QLatin1String("user")).toString();
        slot.created = QDateTime::fromString(o.value(QLatin1String("created")).toString(), Qt::ISODate);
        slot.cost.opsLimit = static_cast<unsigned long long>(o.value(QLatin1String("opslimit")).toDouble());
        slot.cost.memLimit = static_cast<std::size_t>(o.value(QLatin1String("memlimit")).toDouble());
        slot.salt = QByteArray::fromBase64(o.value(QLatin1String("salt")).toString().toLatin1());
        slot.nonce = QByteArray::fromBase64(o.value(QLatin1String("nonce")).toString().toLatin1());
        slot.wrapped = QByteArray::fromBase64(o.value(QLatin1String("wrapped")).toString().toLatin1());
        if (slot.user.isEmpty() || o.value(QLatin1String("kdf")).toString() != QLatin1String("argon2id13")
            || slot.salt.size() != crypto_pwhash_SALTBYTES || slot.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
            || slot.wrapped.size() != 32 + crypto_aead_xchacha20poly1305_ietf_ABYTES
            || slot.cost.opsLimit < crypto_pwhash_OPSLIMIT_MIN || slot.cost.opsLimit > 1000
            || slot.cost.memLimit < crypto_pwhash_MEMLIMIT_MIN || slot.cost.memLimit > (std::size_t(4) << 30))
            throw damaged();
        out.m_slots.append(slot);
    }
    return out;
}

QByteArray KeySlotFile::toJson() const
{
    QJsonArray slots;
    for (const auto &slot : m_slots) {
        slots.append(QJsonObject {
            { QLatin1String("user"), slot.user },
            { QLatin1String("created"), slot.created.toUTC().toString(Qt::ISODate) },
            { QLatin1String("kdf"), QLatin1String("argon2id13") },
            { QLatin1String("opslimit"), static_cast<double>(slot.cost.opsLimit) },
            { QLatin1String("memlimit"), static_cast<double>(slot.cost.memLimit) },
            { QLatin1String("salt"), QString::fromLatin1(slot.salt.toBase64()) },
            { QLatin1String("nonce"), QString::fromLatin1(slot.nonce.toBase64()) },
            { QLatin1String("wrapped"), QString::fromLatin1(slot.wrapped.toBase64()) },
        });
    }
    const QJsonObject root { { QLatin1String("format"), QLatin1String(Format) }, { QLatin1String("version"), FormatVersion },
        { QLatin1String("key_check"), QString::fromLatin1(m_keyCheck.toBase64()) }, { QLatin1String("slots"), slots } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void KeySlotFile::save(const QString &path) const
{
    writeFileAtomically(path, toJson());
}

QStringList KeySlotFile::users() const
{
    QStringList out;
    for (const auto &slot : m_slots)
        out << slot.user;
    return out;
}

bool KeySlotFile::hasUser(const QString &user) const
{
    return users().contains(user);
}

void KeySlotFile::setSlot(const QString &user, const SecretBytes &password, const SecretBytes &dataKey)
{
    validateUserName(user);
    KeySlot slot;
    slot.user = user;
    slot.created = clock::nowUtc();
    slot.cost = currentKdfCost();
    slot.salt = QByteArray(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(slot.salt.data(), static_cast<std::size_t>(slot.salt.size()));
    slot.nonce = QByteArray(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, Qt::Uninitialized);
    randombytes_buf(slot.nonce.data(), static_cast<std::size_t>(slot.nonce.size()));
    const SecretBytes kek = deriveKey(password, slot.salt, slot.cost);
    const QByteArray ad = associatedData(user);
    slot.wrapped
        = QByteArray(static_cast<qsizetype>(dataKey.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES), Qt::Uninitialized);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char *>(slot.wrapped.data()), &written, dataKey.data(),
        dataKey.size(), reinterpret_cast<const unsigned char *>(ad.constData()), static_cast<unsigned long long>(ad.size()),
        nullptr, reinterpret_cast<const unsigned char *>(slot.nonce.constData()), kek.data());
    removeSlot(user);
    m_slots.append(slot);
}

void KeySlotFile::removeSlot(const QString &user)
{
    m_slots.removeIf([&user](const KeySlot &s) { return s.user == user; });
}

SecretBytes KeySlotFile::unlock(const QString &user, const SecretBytes &password) const
{
    const auto it = std::find_if(m_slots.cbegin(), m_slots.cend(), [&user](const KeySlot &s) { return s.user == user; });
    if (it == m_slots.cend())
        throw Error(ErrorKind::Usage,
            Tr::tr("There is no account \"%1\" in this database. Accounts: %2").arg(user, users().join(QLatin1String(", "))));
    const SecretBytes kek = deriveKey(password, it->salt, it->cost);
    const QByteArray ad = associatedData(user);
    SecretBytes dataKey(static_cast<std::size_t>(it->wrapped.size()) - crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long len = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(dataKey.data(), &len, nullptr,
            reinterpret_cast<const unsigned char *>(it->wrapped.constData()), static_cast<unsigned long long>(it->wrapped.size()),
            reinterpret_cast<const unsigned char *>(ad.constData()), static_cast<unsigned long long>(ad.size()),
            reinterpret_cast<const unsigned char *>(it->nonce.constData()), kek.data())
        != 0)
        throw Error(ErrorKind::WrongSecret, Tr::tr("Wrong password for account \"%1\".").arg(user));
    return dataKey;
}

} // namespace xinan
