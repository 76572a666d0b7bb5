#include "schoolfile.h"

#include "../crypto/recoverykey.h"
#include "../error.h"
#include "../platform/clock.h"
#include "../repo/accountrepository.h"
#include "../repo/audit.h"
#include "../repo/confidentialfields.h"
#include "../repo/gridrepository.h"
#include "../repo/officerepository.h"
#include "../repo/searchkeys.h"
#include "../store/migrations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <optional>

namespace xinan {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SchoolFile)
};

const SecretBytes &noKey()
{
    static const SecretBytes none;
    return none;
}
} // namespace

QByteArray fileSaltOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Other, Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    return file.read(16);
}

SchoolFile::SchoolFile(QString path, QString user, SecretBytes dataKey, Database db)
    : m_path(std::move(path))
    , m_user(std::move(user))
    , m_dataKey(std::move(dataKey))
    , m_db(std::move(db))
{
}

QString SchoolFile::create(const QString &path, const SchoolInfo &school, const QString &user, const SecretBytes &password)
{
    validateUserName(user);
    validateNewPassword(password, AccountRole::Counsellor, passwordWordsFor(user, school));
    if (school.name.trimmed().isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("The school name is missing."));
    const QString keyPath = KeySlotFile::pathFor(path);
    for (const QString &p : { path, keyPath })
        if (QFileInfo::exists(p))
            throw Error(ErrorKind::Rejected, Tr::tr("%1 already exists; XinAn does not overwrite an existing file.").arg(p));
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
        throw Error(ErrorKind::Other, Tr::tr("The folder of %1 does not exist.").arg(path));

    const RecoveryKey recovery = RecoveryKey::generate();
    SecretBytes dataKey = recovery.dataKey();
    const SecretBytes counsellorKey = recovery.counsellorKey();
    KeySlotFile keys;
    keys.setKeyCheck(keyCheckOf(dataKey));
    keys.setSlot(user, password, dataKey, counsellorKey);
    try {
        Database db = Database::create(path, dataKey);
        migrate(db);
        SchoolRepository repo(db, user);
        repo.createSchool(school);
        repo.addAccount(user, AccountRole::Counsellor); // the counselling teacher who sets the school up
        refreshStudentSearchKeys(db); // records the key version: opening the new file writes nothing
        sealConfidentialContent(db, counsellorKey, true); // records the counsellor key's check
        keys.setAuditHead(auditChainHead(db));
        keys.sign(dataKey);
        db.close();
        keys.save(keyPath);
    } catch (...) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-journal"));
        QFile::remove(keyPath);
        throw;
    }
    return recovery.formatted();
}

QStringList SchoolFile::accountNames(const QString &path)
{
    finishPendingRekey(path);
    const QString keyPath = KeySlotFile::pathFor(path);
    if (!QFileInfo::exists(path))
        throw Error(ErrorKind::Other, Tr::tr("The database file %1 does not exist.").arg(path));
    if (!QFileInfo::exists(keyPath))
        throw Error(ErrorKind::Damaged,
            Tr::tr(
                "The key file %1 is missing. Open the database with its recovery key to set a new password (xinan-cli recover).")
                .arg(keyPath));
    return KeySlotFile::load(keyPath).users();
}

QString SchoolFile::resolveUser(const QString &path, const QString &user)
{
    if (!user.isEmpty())
        return user;
    const QStringList users = accountNames(path);
    if (users.size() == 1)
        return users.first();
    throw Error(ErrorKind::Usage,
        Tr::tr("This database has several accounts (%1); name one with --user.").arg(users.join(QLatin1String(", "))));
}

SchoolFile SchoolFile::finishOpen(const QString &path, const QString &user, UnlockedKeys keys, const OpenContext &context)
{
    Database db = Database::open(path, keys.dataKey);
    migrate(db);
    SchoolRepository(db, user).school(); // a XinAn database always has its school row
    refreshStudentSearchKeys(db); // keys written under older pinyin rules
    KeySlotFile *keyFile = context.keyFile;
    if (keyFile && !context.byRecoveryKey && (keyFile->hasMac() || keyFile->version() >= 2) && !keyFile->macMatches(keys.dataKey))
        throw Error(ErrorKind::Damaged,
            Tr::tr("The key file %1 was altered: its slots do not match its seal (a slot may have been planted or edited). "
                   "Open the database with its recovery key (xinan-cli recover) and check the audit log.")
                .arg(KeySlotFile::pathFor(path)));

    // The counsellor key: the one the slot (or the recovery key) gives, if the database's check
    // agrees. A file from before the counsellor key gets one now, at its first counsellor unlock,
    // and its confidential text is sealed in one transaction.
    std::shared_ptr<const Access> access = accessOf(db, user, context.byRecoveryKey, SecretBytes());
    SecretBytes counsellorKey;
    if (access->role() == AccountRole::Counsellor) {
        const CounsellorKeyState state = counsellorKeyState(db);
        if (!state.exists()) {
            const bool fromRecovery = context.byRecoveryKey;
            counsellorKey = fromRecovery ? std::move(keys.counsellorKey) : SecretBytes::random(32);
            sealConfidentialContent(db, counsellorKey, fromRecovery);
        } else if (!keys.counsellorKey.isEmpty() && counsellorKeyCheckOf(keys.counsellorKey) == state.check) {
            counsellorKey = std::move(keys.counsellorKey);
        }
        if (!counsellorKey.isEmpty())
            access
                = accessOf(db, user, context.byRecoveryKey, SecretBytes::copyOf({ counsellorKey.chars(), counsellorKey.size() }));
    }
    db.setAccess(access);
    {
        Transaction tx(db);
        for (const QDateTime &at : context.failures)
            appendAudit(
                db, user, QStringLiteral("unlock_failed"), QStringLiteral("account"), 0, at.toUTC().toString(Qt::ISODate));
        recordUnlock(db, user, context.byRecoveryKey);
        tx.commit();
    }

    SchoolFile school(path, user, std::move(keys.dataKey), std::move(db));
    school.m_failedAttempts = context.failures;
    if (keyFile) {
        bool mustSave = !keyFile->hasMac() || !context.failures.isEmpty();
        if (keys.legacySlot && context.password) {
            keyFile->setSlot(user, *context.password, school.m_dataKey, counsellorKey);
            mustSave = true;
        }
        mustSave = school.syncGrants(*keyFile) || mustSave;
        keyFile->clearFailures(user);
        // The audit chain's head moved with the unlock entry: the key file keeps it under its MAC.
        school.sealKeys(*keyFile);
        try {
            keyFile->save(school.keyFilePath());
        } catch (const Error &) {
            if (mustSave)
                throw;
            // a read-only stick: only the recorded audit head stays behind
        }
    }
    return school;
}

void SchoolFile::sealKeys(KeySlotFile &keys)
{
    keys.setAuditHead(auditChainHead(m_db));
    keys.sign(m_dataKey);
}

QStringList SchoolFile::keyNotices()
{
    QStringList out;
    if (!m_failedAttempts.isEmpty())
        out << Tr::tr("Since your last sign-in, a wrong password was given %n time(s) for the account \"%1\", the last at %2. "
                      "If that was not you, tell a counselling teacher and look at the audit log.",
            nullptr, static_cast<int>(m_failedAttempts.size()))
                   .arg(m_user, m_failedAttempts.last().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    const Access &access = m_db.access();
    if (access.role() != AccountRole::Counsellor)
        return out;
    if (!access.hasCounsellorKey()) {
        out << Tr::tr("Your account does not hold the counsellor key yet, so confidential content (counselling records, "
                      "interview notes, crisis details) stays closed. It is given to you the next time another counselling "
                      "teacher signs in.");
    } else if (!counsellorKeyState(m_db).fromRecovery) {
        out << Tr::tr("The recovery key of this school does not open its confidential content yet: it was made before XinAn "
                      "sealed that content. Make new keys (File → Make new keys…) and keep the new recovery key locked away.");
    }
    return out;
}

bool SchoolFile::syncGrants(KeySlotFile &keys)
{
    const Access &access = m_db.access();
    if (!access.hasCounsellorKey())
        return false;
    bool changed = false;
    for (const KeySlot &slot : QList<KeySlot>(keys.slots())) {
        if (slot.isLegacy())
            continue;
        const bool counsellor = accountRole(m_db, slot.user) == AccountRole::Counsellor;
        if (slot.counsellorGrant == counsellor)
            continue;
        keys.regrant(slot.user, m_dataKey, counsellor ? access.counsellorKey() : noKey());
        changed = true;
    }
    return changed;
}

void SchoolFile::setRole(const QString &user, AccountRole role)
{
    const Access &access = m_db.access();
    if (role == AccountRole::Counsellor && !access.hasCounsellorKey() && !access.isSystem())
        throw Error(ErrorKind::Denied,
            Tr::tr("Only a counselling teacher who holds the counsellor key can give the counselling-teacher role."));
    AccountRepository(m_db, m_user).setRole(user, role);
    updateKeyGrants();
}

void SchoolFile::updateKeyGrants()
{
    bool recreated = false;
    KeySlotFile keys = loadOrNewKeyFile(&recreated);
    syncGrants(keys);
    sealKeys(keys);
    keys.save(keyFilePath());
}

std::shared_ptr<const Access> SchoolFile::accessOf(
    Database &db, const QString &user, bool byRecoveryKey, SecretBytes counsellorKey)
{
    // The recovery key's holder can read everything anyway: a counselling teacher's access.
    if (byRecoveryKey)
        return Access::forAccount(user, AccountRole::Counsellor, {}, std::move(counsellorKey));
    const std::optional<AccountRole> role = accountRole(db, user);
    if (!role)
        throw Error(ErrorKind::Damaged,
            Tr::tr("The key file has a key slot for \"%1\", but the school has no such account: the key file was altered. Open "
                   "the database with its recovery key (xinan-cli recover).")
                .arg(user));
    if (AccountRepository(db, user).find(user).value_or(AccountInfo {}).disabled)
        throw Error(ErrorKind::Denied,
            Tr::tr("The account \"%1\" is disabled and cannot open the database. A counselling teacher or an administrator "
                   "can enable it again (Settings → Accounts, or xinan-cli users enable).")
                .arg(user));
    QSet<ClassRef> classes;
    if (*role == AccountRole::ClassTeacher)
        classes = GridRepository(db, user).classesOfAccount(user);
    return Access::forAccount(user, *role, std::move(classes), std::move(counsellorKey));
}

SchoolFile SchoolFile::unlockWithPassword(const QString &path, const QString &userOrEmpty, const SecretBytes &password)
{
    finishPendingRekey(path);
    const QString user = resolveUser(path, userOrEmpty);
    const QString keyPath = KeySlotFile::pathFor(path);
    KeySlotFile keys = KeySlotFile::load(keyPath);
    const qint64 wait = keys.secondsUntilNextTry(user, clock::nowUtc());
    if (wait > 0)
        throw Error(ErrorKind::WrongSecret,
            Tr::tr("The password of \"%1\" was wrong %2 times in a row. Wait %3 seconds before trying again, or open the "
                   "database with its recovery key.")
                .arg(user)
                .arg(keys.failures(user).size())
                .arg(wait));
    UnlockedKeys unlocked;
    try {
        unlocked = keys.unlock(user, password);
    } catch (const Error &e) {
        if (e.kind() == ErrorKind::WrongSecret) {
            keys.recordFailure(user, clock::nowUtc());
            try {
                keys.save(keyPath);
            } catch (const Error &) {
                // a read-only stick: the failure is still refused, only not remembered
            }
        }
        throw;
    }
    const SecretBytes &dataKey = unlocked.dataKey;
    if (keyCheckOf(dataKey) != keys.keyCheck())
        throw Error(ErrorKind::Damaged,
            Tr::tr("The key file %1 is damaged. Open the database with its recovery key (xinan-cli recover).")
                .arg(KeySlotFile::pathFor(path)));
    const QByteArray salt = fileSaltOf(path);
    if (salt.startsWith("SQLite format 3"))
        throw Error(ErrorKind::Damaged,
            Tr::tr("%1 is an unencrypted SQLite database, not a XinAn database. XinAn refuses to use it.").arg(path));
    if (salt != keys.keyCheck())
        throw Error(ErrorKind::Damaged,
            Tr::tr("%1 is damaged or does not belong to this key file (its header does not match).").arg(path));
    OpenContext context;
    context.keyFile = &keys;
    context.password = &password;
    context.failures = keys.failures(user);
    return finishOpen(path, user, std::move(unlocked), context);
}

SchoolFile SchoolFile::unlockWithRecoveryKey(const QString &path, const QString &recoveryKey, const QString &actor)
{
    if (!QFileInfo::exists(path))
        throw Error(ErrorKind::Other, Tr::tr("The database file %1 does not exist.").arg(path));
    finishPendingRekey(path);
    const RecoveryKey recovery = RecoveryKey::parse(recoveryKey);
    SecretBytes dataKey = recovery.dataKey();
    const QByteArray check = keyCheckOf(dataKey);
    if (fileSaltOf(path) != check) {
        // Tell a damaged header from a key of another school: the key file, if readable, knows.
        bool keyFileAgrees = false;
        try {
            keyFileAgrees = KeySlotFile::load(KeySlotFile::pathFor(path)).keyCheck() == check;
        } catch (const Error &) {
        }
        if (keyFileAgrees)
            throw Error(ErrorKind::Damaged, Tr::tr("%1 is damaged: its header does not match its recovery key.").arg(path));
        throw Error(ErrorKind::WrongSecret, Tr::tr("This recovery key does not belong to %1.").arg(path));
    }
    UnlockedKeys keys;
    keys.dataKey = std::move(dataKey);
    keys.counsellorKey = recovery.counsellorKey();
    OpenContext context;
    context.byRecoveryKey = true;
    std::optional<KeySlotFile> keyFile;
    try {
        keyFile = KeySlotFile::load(KeySlotFile::pathFor(path));
        if (keyFile->keyCheck() != check)
            keyFile.reset();
    } catch (const Error &) {
    }
    if (keyFile)
        context.keyFile = &*keyFile;
    return finishOpen(path, actor, std::move(keys), context);
}

KeySlotFile SchoolFile::loadOrNewKeyFile(bool *recreated) const
{
    *recreated = false;
    try {
        KeySlotFile keys = KeySlotFile::load(keyFilePath());
        if (keys.keyCheck() == keyCheckOf(m_dataKey))
            return keys;
    } catch (const Error &) {
    }
    *recreated = true;
    KeySlotFile keys;
    keys.setKeyCheck(keyCheckOf(m_dataKey));
    return keys;
}

void SchoolFile::addUser(const QString &newUser, const SecretBytes &password, AccountRole role)
{
    validateUserName(newUser);
    bool recreated = false;
    KeySlotFile keys = loadOrNewKeyFile(&recreated);
    AccountRepository accounts(m_db, m_user);
    Transaction tx(m_db);
    const AccountRole effective = accounts.checkAdd(newUser, role, keys.hasUser(newUser));
    if (keys.hasUser(newUser))
        throw Error(ErrorKind::Rejected, Tr::tr("The account \"%1\" already exists.").arg(newUser));
    validateNewPassword(password, effective, accounts.passwordWords(newUser));
    const Access &access = m_db.access();
    if (effective == AccountRole::Counsellor && !access.hasCounsellorKey() && !access.isSystem())
        throw Error(ErrorKind::Denied,
            Tr::tr("Only a counselling teacher who holds the counsellor key can create a counselling-teacher account."));
    keys.setSlot(newUser, password, m_dataKey, effective == AccountRole::Counsellor ? access.counsellorKey() : noKey());
    accounts.add(newUser, effective);
    sealKeys(keys);
    keys.save(keyFilePath());
    tx.commit();
}

bool SchoolFile::setPassword(const QString &user, const SecretBytes &password)
{
    validateUserName(user);
    AccountRepository accounts(m_db, m_user);
    Transaction tx(m_db);
    accounts.checkSetPassword(user);
    const std::optional<AccountInfo> target = accounts.find(user);
    validateNewPassword(password, target ? target->role : AccountRole::Counsellor, accounts.passwordWords(user));
    bool recreated = false;
    KeySlotFile keys = loadOrNewKeyFile(&recreated);
    // No-op when it exists. An account named only with the recovery key (its holder can read
    // everything anyway) is a counselling teacher, as before account roles.
    SchoolRepository(m_db, m_user).addAccount(user, AccountRole::Counsellor);
    const Access &access = m_db.access();
    const bool counsellor = accountRole(m_db, user) == AccountRole::Counsellor;
    keys.setSlot(user, password, m_dataKey, counsellor ? access.counsellorKey() : noKey());
    sealKeys(keys);
    if (user != m_user) // resetting another account's password is audited; one's own never rewrites the database
        accounts.recordPasswordSet(user);
    keys.save(keyFilePath());
    tx.commit();
    return recreated;
}

void SchoolFile::removeUser(const QString &user)
{
    bool recreated = false;
    KeySlotFile keys = loadOrNewKeyFile(&recreated);
    AccountRepository accounts(m_db, m_user);
    Transaction tx(m_db);
    const std::optional<AccountInfo> account = accounts.find(user);
    if (account && account->disabled && !keys.hasUser(user))
        throw Error(ErrorKind::Rejected, Tr::tr("The account \"%1\" was removed already.").arg(user));
    accounts.markRemoved(user);
    keys.removeSlot(user);
    sealKeys(keys);
    keys.save(keyFilePath()); // before the commit: a failed save leaves the account as it was
    tx.commit();
}

bool SchoolFile::setUserDisabled(const QString &user, bool disabled)
{
    bool recreated = false;
    const KeySlotFile keys = loadOrNewKeyFile(&recreated);
    return AccountRepository(m_db, m_user).setDisabled(user, disabled, keys.hasUser(user));
}

} // namespace xinan
