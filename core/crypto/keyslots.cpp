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
constexpr int FormatVersion = 2;
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
    return QByteArrayLiteral("xinan-slot-v2:") + user.toUtf8();
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
    const auto bytes = [](const QJsonObject &o, const char *name) {
        return QByteArray::fromBase64(o.value(QLatin1String(name)).toString().toLatin1());
    };
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError || root.value(QLatin1String("format")).toString() != QLatin1String(Format))
        throw damaged();
    const int version = root.value(QLatin1String("version")).toInt();
    if (version > FormatVersion)
        throw Error(ErrorKind::Damaged, Tr::tr("The key file %1 was written by a newer version of XinAn.").arg(where));
    if (version < 1)
        throw damaged();
    KeySlotFile out;
    out.m_version = version;
    out.m_keyCheck = bytes(root, "key_check");
    if (out.m_keyCheck.size() != 16)
        throw damaged();
    out.m_auditHead = bytes(root, "audit_head");
    out.m_mac = bytes(root, "mac");
    const QJsonArray slots = root.value(QLatin1String("slots")).toArray();
    for (const auto &value : slots) {
        const QJsonObject o = value.toObject();
        KeySlot slot;
        slot.user = o.value(QLatin1String("user")).toString();
        slot.created = QDateTime::fromString(o.value(QLatin1String("created")).toString(), Qt::ISODate);
        slot.cost.opsLimit = static_cast<unsigned long long>(o.value(QLatin1String("opslimit")).toDouble());
        slot.cost.memLimit = static_cast<std::size_t>(o.value(QLatin1String("memlimit")).toDouble());
        slot.salt = bytes(o, "salt");
        slot.nonce = bytes(o, "nonce");
        slot.wrapped = bytes(o, "wrapped");
        slot.boxPublic = bytes(o, "box_public");
        slot.grant = bytes(o, "grant");
        slot.counsellorGrant = o.value(QLatin1String("counsellor")).toBool();
        const bool legacy = slot.boxPublic.isEmpty();
        const qsizetype grantSize = crypto_box_SEALBYTES + 32 + (slot.counsellorGrant ? 32 : 0);
        if (slot.user.isEmpty() || o.value(QLatin1String("kdf")).toString() != QLatin1String("argon2id13")
            || slot.salt.size() != crypto_pwhash_SALTBYTES || slot.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
            || slot.wrapped.size() != 32 + crypto_aead_xchacha20poly1305_ietf_ABYTES
            || (!legacy && (slot.boxPublic.size() != crypto_box_PUBLICKEYBYTES || slot.grant.size() != grantSize))
            || (legacy && version >= 2) || slot.cost.opsLimit < crypto_pwhash_OPSLIMIT_MIN || slot.cost.opsLimit > 1000
            || slot.cost.memLimit < crypto_pwhash_MEMLIMIT_MIN || slot.cost.memLimit > (std::size_t(4) << 30))
            throw damaged();
        out.m_slots.append(slot);
    }
    const QJsonObject failed = root.value(QLatin1String("failed_unlocks")).toObject();
    for (auto it = failed.begin(); it != failed.end(); ++it) {
        QList<QDateTime> times;
        for (const auto &t : it.value().toArray()) {
            const QDateTime at = QDateTime::fromString(t.toString(), Qt::ISODate);
            if (at.isValid())
                times.append(at);
        }
        if (!times.isEmpty())
            out.m_failures.insert(it.key(), times);
    }
    return out;
}

namespace {

QJsonObject slotJson(const KeySlot &slot)
{
    QJsonObject o {
        { QLatin1String("user"), slot.user },
        { QLatin1String("created"), slot.created.toUTC().toString(Qt::ISODate) },
        { QLatin1String("kdf"), QLatin1String("argon2id13") },
        { QLatin1String("opslimit"), static_cast<double>(slot.cost.opsLimit) },
        { QLatin1String("memlimit"), static_cast<double>(slot.cost.memLimit) },
        { QLatin1String("salt"), QString::fromLatin1(slot.salt.toBase64()) },
        { QLatin1String("nonce"), QString::fromLatin1(slot.nonce.toBase64()) },
        { QLatin1String("wrapped"), QString::fromLatin1(slot.wrapped.toBase64()) },
    };
    if (!slot.isLegacy()) {
        o.insert(QLatin1String("box_public"), QString::fromLatin1(slot.boxPublic.toBase64()));
        o.insert(QLatin1String("grant"), QString::fromLatin1(slot.grant.toBase64()));
        o.insert(QLatin1String("counsellor"), slot.counsellorGrant);
    }
    return o;
}

} // namespace

QByteArray KeySlotFile::toJson() const
{
    QJsonArray slots;
    for (const auto &slot : m_slots)
        slots.append(slotJson(slot));
    QJsonObject root { { QLatin1String("format"), QLatin1String(Format) }, { QLatin1String("version"), m_version },
        { QLatin1String("key_check"), QString::fromLatin1(m_keyCheck.toBase64()) }, { QLatin1String("slots"), slots } };
    if (!m_auditHead.isEmpty())
        root.insert(QLatin1String("audit_head"), QString::fromLatin1(m_auditHead.toBase64()));
    if (!m_mac.isEmpty())
        root.insert(QLatin1String("mac"), QString::fromLatin1(m_mac.toBase64()));
    if (!m_failures.isEmpty()) {
        QJsonObject failed;
        for (auto it = m_failures.cbegin(); it != m_failures.cend(); ++it) {
            QJsonArray times;
            for (const QDateTime &at : it.value())
                times.append(at.toUTC().toString(Qt::ISODate));
            failed.insert(it.key(), times);
        }
        root.insert(QLatin1String("failed_unlocks"), failed);
    }
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
    return slot(user) != nullptr;
}

const KeySlot *KeySlotFile::slot(const QString &user) const
{
    for (const auto &s : m_slots)
        if (s.user == user)
            return &s;
    return nullptr;
}

namespace {

QByteArray sealGrant(const QByteArray &boxPublic, const SecretBytes &dataKey, const SecretBytes &counsellorKey)
{
    SecretBytes plain(dataKey.size() + counsellorKey.size());
    std::memcpy(plain.data(), dataKey.data(), dataKey.size());
    if (!counsellorKey.isEmpty())
        std::memcpy(plain.data() + dataKey.size(), counsellorKey.data(), counsellorKey.size());
    QByteArray grant(static_cast<qsizetype>(crypto_box_SEALBYTES + plain.size()), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char *>(grant.data()), plain.data(), plain.size(),
        reinterpret_cast<const unsigned char *>(boxPublic.constData()));
    return grant;
}

QByteArray aeadEncrypt(
    const SecretBytes &key, const QByteArray &nonce, const QByteArray &ad, const unsigned char *plain, std::size_t size)
{
    QByteArray out(static_cast<qsizetype>(size + crypto_aead_xchacha20poly1305_ietf_ABYTES), Qt::Uninitialized);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char *>(out.data()), &written, plain, size,
        reinterpret_cast<const unsigned char *>(ad.constData()), static_cast<unsigned long long>(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(nonce.constData()), key.data());
    return out;
}

} // namespace

bool kdfCostAcceptable(const KdfCost &cost)
{
    if (g_cheapKdf)
        return cost.opsLimit <= 60 && cost.memLimit <= (std::size_t(1) << 30);
    return cost.opsLimit >= 3 && cost.memLimit >= ProductionMemLimit && cost.opsLimit <= 60
        && cost.memLimit <= (std::size_t(1) << 30);
}

void KeySlotFile::setSlot(
    const QString &user, const SecretBytes &password, const SecretBytes &dataKey, const SecretBytes &counsellorKey)
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
    SecretBytes boxSecret(crypto_box_SECRETKEYBYTES);
    slot.boxPublic = QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_box_keypair(reinterpret_cast<unsigned char *>(slot.boxPublic.data()), boxSecret.data());
    slot.wrapped = aeadEncrypt(kek, slot.nonce, associatedData(user), boxSecret.data(), boxSecret.size());
    slot.grant = sealGrant(slot.boxPublic, dataKey, counsellorKey);
    slot.counsellorGrant = !counsellorKey.isEmpty();
    removeSlot(user);
    m_slots.append(slot);
    m_version = FormatVersion;
}

void KeySlotFile::regrant(const QString &user, const SecretBytes &dataKey, const SecretBytes &counsellorKey)
{
    for (auto &slot : m_slots) {
        if (slot.user != user)
            continue;
        if (slot.isLegacy())
            throw Error(ErrorKind::Rejected,
                Tr::tr("The account \"%1\" has not signed in since XinAn was updated; give it a new password first.").arg(user));
        slot.grant = sealGrant(slot.boxPublic, dataKey, counsellorKey);
        slot.counsellorGrant = !counsellorKey.isEmpty();
        return;
    }
    throw Error(ErrorKind::Usage, Tr::tr("There is no account \"%1\" in this database.").arg(user));
}

void KeySlotFile::adoptSlot(const KeySlot &slot)
{
    removeSlot(slot.user);
    m_slots.append(slot);
}

void KeySlotFile::removeSlot(const QString &user)
{
    m_slots.removeIf([&user](const KeySlot &s) { return s.user == user; });
    m_failures.remove(user);
}

UnlockedKeys KeySlotFile::unlock(const QString &user, const SecretBytes &password) const
{
    const KeySlot *s = slot(user);
    if (!s)
        throw Error(ErrorKind::Usage,
            Tr::tr("There is no account \"%1\" in this database. Accounts: %2").arg(user, users().join(QLatin1String(", "))));
    if (!kdfCostAcceptable(s->cost))
        throw Error(ErrorKind::Damaged,
            Tr::tr("The key slot of \"%1\" has a password-hashing cost outside XinAn's limits (%2 passes, %3 MiB): it was not "
                   "written by XinAn and is refused.")
                .arg(user)
                .arg(s->cost.opsLimit)
                .arg(s->cost.memLimit / (1024 * 1024)));
    const SecretBytes kek = deriveKey(password, s->salt, s->cost);
    const QByteArray ad = s->isLegacy() ? QByteArrayLiteral("xinan-slot-v1:") + user.toUtf8() : associatedData(user);
    SecretBytes inner(static_cast<std::size_t>(s->wrapped.size()) - crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long len = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(inner.data(), &len, nullptr,
            reinterpret_cast<const unsigned char *>(s->wrapped.constData()), static_cast<unsigned long long>(s->wrapped.size()),
            reinterpret_cast<const unsigned char *>(ad.constData()), static_cast<unsigned long long>(ad.size()),
            reinterpret_cast<const unsigned char *>(s->nonce.constData()), kek.data())
        != 0)
        throw Error(ErrorKind::WrongSecret, Tr::tr("Wrong password for account \"%1\".").arg(user));
    UnlockedKeys out;
    if (s->isLegacy()) {
        out.dataKey = std::move(inner);
        out.legacySlot = true;
        return out;
    }
    SecretBytes plain(static_cast<std::size_t>(s->grant.size()) - crypto_box_SEALBYTES);
    if (crypto_box_seal_open(plain.data(), reinterpret_cast<const unsigned char *>(s->grant.constData()),
            static_cast<unsigned long long>(s->grant.size()), reinterpret_cast<const unsigned char *>(s->boxPublic.constData()),
            inner.data())
        != 0)
        throw Error(ErrorKind::Damaged,
            Tr::tr("The key slot of \"%1\" is damaged or was altered. Open the database with its recovery key.").arg(user));
    out.dataKey = SecretBytes::copyOf(std::string_view(plain.chars(), 32));
    if (plain.size() == 64)
        out.counsellorKey = SecretBytes::copyOf(std::string_view(plain.chars() + 32, 32));
    return out;
}

QByteArray KeySlotFile::macOver(const SecretBytes &dataKey) const
{
    static const unsigned char context[] = "XinAn key file MAC v2";
    unsigned char macKey[32];
    crypto_generichash(macKey, sizeof macKey, context, sizeof context - 1, dataKey.data(), dataKey.size());
    QJsonArray slots;
    for (const auto &slot : m_slots)
        slots.append(slotJson(slot));
    const QJsonObject covered { { QLatin1String("key_check"), QString::fromLatin1(m_keyCheck.toBase64()) },
        { QLatin1String("audit_head"), QString::fromLatin1(m_auditHead.toBase64()) }, { QLatin1String("slots"), slots } };
    const QByteArray text = QJsonDocument(covered).toJson(QJsonDocument::Compact);
    QByteArray mac(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(mac.data()), 32,
        reinterpret_cast<const unsigned char *>(text.constData()), static_cast<unsigned long long>(text.size()), macKey,
        sizeof macKey);
    sodium_memzero(macKey, sizeof macKey);
    return mac;
}

void KeySlotFile::sign(const SecretBytes &dataKey)
{
    m_version = FormatVersion;
    m_mac = macOver(dataKey);
}

bool KeySlotFile::macMatches(const SecretBytes &dataKey) const
{
    const QByteArray expected = macOver(dataKey);
    return m_mac.size() == expected.size()
        && sodium_memcmp(m_mac.constData(), expected.constData(), static_cast<std::size_t>(expected.size())) == 0;
}

void KeySlotFile::recordFailure(const QString &user, const QDateTime &atUtc)
{
    auto &times = m_failures[user];
    times.append(atUtc);
    while (times.size() > 50)
        times.removeFirst();
}

qint64 KeySlotFile::delaySecondsAfter(int failuresInARow)
{
    if (failuresInARow < 5)
        return 0;
    const int doublings = std::min(failuresInARow - 5, 5);
    return std::min<qint64>(qint64(30) << doublings, 15 * 60);
}

qint64 KeySlotFile::secondsUntilNextTry(const QString &user, const QDateTime &nowUtc) const
{
    const QList<QDateTime> times = m_failures.value(user);
    const qint64 delay = delaySecondsAfter(static_cast<int>(times.size()));
    if (delay == 0)
        return 0;
    const qint64 waited = times.last().secsTo(nowUtc);
    return std::max<qint64>(0, delay - waited);
}

} // namespace xinan
