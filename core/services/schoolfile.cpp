#include "schoolfile.h"

#include "../crypto/recoverykey.h"
#include "../error.h"
#include "../repo/audit.h"
#include "../repo/gridrepository.h"
#include "../repo/officerepository.h"
#include "../repo/searchkeys.h"
#include "../store/migrations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace xinan {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SchoolFile)
};
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
    validateNewPassword(password);
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
    KeySlotFile keys;
    keys.setKeyCheck(keyCheckOf(dataKey));
    keys.setSlot(user, password, dataKey);
    try {
        Database db = Database::create(path, dataKey);
        migrate(db);
        SchoolRepository repo(db, user);
        repo.createSchool(school);
        repo.addAccount(user, AccountRole::Counsellor); // the counselling teacher who sets the school up
        refreshStudentSearchKeys(db); // records the key version: opening the new file writes nothing
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

SchoolFile SchoolFile::finishOpen(const QString &path, const QString &user, SecretBytes dataKey, bool byRecoveryKey)
{
    Database db = Database::open(path, dataKey);
    migrate(db);
    SchoolRepository(db, user).school(); // a XinAn database always has its school row
    refreshStudentSearchKeys(db); // keys written under older pinyin rules
    db.setAccess(accessOf(db, user, byRecoveryKey, SecretBytes()));
    recordUnlock(db, user, byRecoveryKey);
    return SchoolFile(path, user, std::move(dataKey), std::move(db));
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
    QSet<ClassRef> classes;
    if (*role == AccountRole::ClassTeacher)
        classes = GridRepository(db, user).classesOfAccount(user);
    return Access::forAccount(user, *role, std::move(classes), std::move(counsellorKey));
}

SchoolFile SchoolFile::unlockWithPassword(const QString &path, const QString &userOrEmpty, const SecretBytes &password)
{
    const QString user = resolveUser(path, userOrEmpty);
    const KeySlotFile keys = KeySlotFile::load(KeySlotFile::pathFor(path));
    SecretBytes dataKey = keys.unlock(user, password);
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
    return finishOpen(path, user, std::move(dataKey), false);
}

SchoolFile SchoolFile::unlockWithRecoveryKey(const QString &path, const QString &recoveryKey, const QString &actor)
{
    if (!QFileInfo::exists(path))
        throw Error(ErrorKind::Other, Tr::tr("The database file %1 does not exist.").arg(path));
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
    return finishOpen(path, actor, std::move(dataKey), true);
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
    validateNewPassword(password);
    bool recreated = false;
    KeySlotFile keys = loadOrNewKeyFile(&recreated);
    if (keys.hasUser(newUser))
        throw Error(ErrorKind::Rejected, Tr::tr("The account \"%1\" already exists.").arg(newUser));
    keys.setSlot(newUser, password, m_dataKey);
    SchoolRepository(m_db, m_user).addAccount(newUser, role);
    keys.save(keyFilePath());
}

bool SchoolFile::setPassword(const QString &user, const SecretBytes &password)
{
    validateUserName(user);
    validateNewPassword(password);
    bool recreated = false;
    KeySlotFile keys = loadOrNewKeyFile(&recreated);
    keys.setSlot(user, password, m_dataKey);
    // No-op when it exists. An account named only with the recovery key (its holder can read
    // everything anyway) is a counselling teacher, as before account roles.
    SchoolRepository(m_db, m_user).addAccount(user, AccountRole::Counsellor);
    keys.save(keyFilePath());
    return recreated;
}

} // namespace xinan
