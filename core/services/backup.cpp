#include "backup.h"

#include "../crypto/keyslots.h"
#include "../crypto/recoverykey.h"
#include "../error.h"
#include "../platform/clock.h"
#include "../platform/files.h"
#include "../repo/audit.h"
#include "../store/migrations.h"
#include "backup_testing.h"
#include "schoolfile.h"
#include "verifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QtEndian>

#include <sodium.h>

#include <atomic>
#include <cerrno>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

constexpr char Magic[] = "XINANBAK";
constexpr quint32 ContainerVersion = 1;
constexpr qint64 ChunkSize = 1 << 20;
constexpr quint32 MaxMetaSize = 4u << 20;

std::atomic<qint64> g_failAfter { -1 };
std::atomic<testing::BackupWriteFailure> g_failHow { testing::BackupWriteFailure::DeviceRemoved };

class Hasher
{
public:
    Hasher() { crypto_generichash_init(&m_state, nullptr, 0, crypto_generichash_BYTES); }
    void add(const QByteArray &data)
    {
        crypto_generichash_update(
            &m_state, reinterpret_cast<const unsigned char *>(data.constData()), static_cast<std::size_t>(data.size()));
    }
    QString hex()
    {
        unsigned char out[crypto_generichash_BYTES];
        crypto_generichash_final(&m_state, out, sizeof out);
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
    }

private:
    crypto_generichash_state m_state {};
};

struct Container
{
    QJsonObject meta;
    qint64 dataOffset = 0;
};

Error notABackup(const QString &path)
{
    return Error(ErrorKind::Damaged, Tr::tr("%1 is not a XinAn backup, or its header is damaged.").arg(path));
}

Container readContainer(QFile &file)
{
    const QString path = file.fileName();
    const QByteArray head = file.read(16);
    if (head.size() != 16 || !head.startsWith(Magic))
        throw notABackup(path);
    if (qFromBigEndian<quint32>(head.constData() + 8) != ContainerVersion)
        throw Error(ErrorKind::Damaged, Tr::tr("%1 was written by a newer version of XinAn.").arg(path));
    const quint32 metaSize = qFromBigEndian<quint32>(head.constData() + 12);
    if (metaSize == 0 || metaSize > MaxMetaSize)
        throw notABackup(path);
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(metaSize), &err);
    if (err.error != QJsonParseError::NoError
        || doc.object().value(QLatin1String("format")).toString() != QLatin1String("xinan-backup"))
        throw notABackup(path);
    Container c { doc.object(), 16 + static_cast<qint64>(metaSize) };
    if (file.size() != c.dataOffset + static_cast<qint64>(c.meta.value(QLatin1String("db_size")).toDouble()))
        throw Error(ErrorKind::Damaged,
            Tr::tr("The backup %1 is incomplete (it is shorter or longer than it says); it may have been cut off while being "
                   "written.")
                .arg(path));
    return c;
}

BackupInfo infoOf(const QJsonObject &meta)
{
    BackupInfo info;
    info.created = QDateTime::fromString(meta.value(QLatin1String("created")).toString(), Qt::ISODate);
    info.schoolName = meta.value(QLatin1String("school")).toString();
    info.schemaVersion = meta.value(QLatin1String("schema_version")).toInt();
    info.databaseBytes = static_cast<qint64>(meta.value(QLatin1String("db_size")).toDouble());
    info.auditHead = meta.value(QLatin1String("audit_head")).toString();
    try {
        const QByteArray keys = QJsonDocument(meta.value(QLatin1String("keys")).toObject()).toJson();
        info.accounts = KeySlotFile::fromJson(keys, QString()).users();
    } catch (const Error &) {
    }
    return info;
}

// Copies the database bytes out of an open backup into `dest`, checking the hash.
void extractDatabase(QFile &backup, const Container &c, const QString &dest)
{
    QFile out(dest);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw Error(ErrorKind::Other, Tr::tr("Cannot write %1: %2").arg(dest, out.errorString()));
    makeOwnerOnly(dest);
    backup.seek(c.dataOffset);
    Hasher hash;
    while (!backup.atEnd()) {
        const QByteArray chunk = backup.read(ChunkSize);
        if (chunk.isEmpty())
            throw Error(ErrorKind::Other, Tr::tr("Cannot read %1: %2").arg(backup.fileName(), backup.errorString()));
        hash.add(chunk);
        if (out.write(chunk) != chunk.size())
            throw Error(ErrorKind::Other, Tr::tr("Cannot write %1: %2").arg(dest, out.errorString()));
    }
    if (!out.flush())
        throw Error(ErrorKind::Other, Tr::tr("Cannot write %1: %2").arg(dest, out.errorString()));
    out.close();
    if (hash.hex() != c.meta.value(QLatin1String("db_blake2b")).toString())
        throw Error(ErrorKind::Damaged,
            Tr::tr("The backup %1 is damaged: its contents do not match its checksum.").arg(backup.fileName()));
}

// Opens an extracted copy, brings it to the current schema and checks it, and that its audit
// trail still holds the head the backup's header printed (empty: a backup from before schema 8).
// With a non-empty `restoredBy`, records the restore in the copy's audit log.
void checkExtracted(const QString &path, const SecretBytes &dataKey, const QString &backupName, const QString &auditHead,
    const QString &restoredBy = {})
{
    Database db = Database::open(path, dataKey);
    migrate(db);
    // Damage stops a backup or a restore; a tampered audit trail does not (the copy is the
    // evidence, and the data must stay reachable): verify reports it on the copy as on the original.
    VerifyReport report = verifyDatabase(db, keyCheckOf(dataKey));
    report.checks.removeIf([](const VerifyCheck &c) { return c.tampering; });
    if (!report.intact())
        throw Error(ErrorKind::Damaged,
            Tr::tr("The backup %1 failed its check: %2").arg(backupName, report.problems().join(QLatin1String("; "))));
    if (!auditHead.isEmpty()) {
        const bool found = auditHoldsHead(db, auditHead.toLatin1());
        if (!found)
            throw Error(ErrorKind::Damaged,
                Tr::tr("The backup %1 was tampered with: its audit trail no longer holds the entry its header names (%2).")
                    .arg(backupName, formatAuditChainHead(auditHead.toLatin1())));
    }
    if (!restoredBy.isEmpty())
        appendAudit(db, restoredBy, QStringLiteral("restore"), QStringLiteral("database"), 0,
            QStringLiteral("from %1 head=%2").arg(QFileInfo(backupName).fileName(), auditHead));
}

void openForReading(QFile &file)
{
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Other, Tr::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
}

} // namespace

void testing::failBackupWritesAfter(qint64 bytes, BackupWriteFailure how)
{
    g_failHow = how;
    g_failAfter = bytes;
}

BackupInfo readBackupInfo(const QString &path)
{
    QFile file(path);
    openForReading(file);
    return infoOf(readContainer(file).meta);
}

BackupInfo createBackup(SchoolFile &school, const QString &out)
{
    if (QFileInfo::exists(out))
        throw Error(ErrorKind::Rejected, Tr::tr("%1 already exists; choose a new name for the backup.").arg(out));
    QTemporaryDir work;
    if (!work.isValid())
        throw Error(ErrorKind::Other, Tr::tr("Cannot create a temporary folder: %1").arg(work.errorString()));
    const QString snapshot = work.filePath(QStringLiteral("snapshot.xinan"));
    // The head printed in the header is the snapshot's: nothing writes between the two.
    const QByteArray auditHead = auditChainHead(school.db());
    school.db().copyTo(snapshot, school.dataKey());

    QFile source(snapshot);
    openForReading(source);
    Hasher hash;
    while (!source.atEnd())
        hash.add(source.read(ChunkSize));
    KeySlotFile keys = KeySlotFile::load(school.keyFilePath());
    const QJsonObject meta {
        { QLatin1String("format"), QLatin1String("xinan-backup") },
        { QLatin1String("version"), static_cast<int>(ContainerVersion) },
        { QLatin1String("created"), clock::nowUtc().toString(Qt::ISODate) },
        { QLatin1String("school"), SchoolRepository(school.db(), school.user()).school().name },
        { QLatin1String("schema_version"), school.db().userVersion() },
        { QLatin1String("key_check"), QString::fromLatin1(keyCheckOf(school.dataKey()).toBase64()) },
        { QLatin1String("keys"), QJsonDocument::fromJson(keys.toJson()).object() },
        { QLatin1String("db_size"), static_cast<double>(source.size()) },
        { QLatin1String("db_blake2b"), hash.hex() },
        { QLatin1String("audit_head"), QString::fromLatin1(auditHead) },
    };
    const QByteArray metaJson = QJsonDocument(meta).toJson(QJsonDocument::Compact);
    QByteArray head(Magic, 8);
    head.resize(16);
    qToBigEndian<quint32>(ContainerVersion, head.data() + 8);
    qToBigEndian<quint32>(static_cast<quint32>(metaJson.size()), head.data() + 12);

    QSaveFile file(out);
    qint64 written = 0;
    const auto write = [&](const QByteArray &data) {
        const qint64 limit = g_failAfter;
        const bool simulated = limit >= 0 && written + data.size() > limit;
        if (simulated && g_failHow == testing::BackupWriteFailure::DeviceRemoved) {
            file.write(data.left(limit - written));
            file.cancelWriting();
            throw Error(ErrorKind::Other,
                Tr::tr(
                    "Writing the backup %1 failed: the device was removed. The database was not changed; nothing was left at %1.")
                    .arg(out));
        }
        bool complete = false;
        QString reason;
        if (simulated) { // DiskFull: what fits is written, then the write comes up short as on a full disk
            file.write(data.left(limit - written));
            reason = qt_error_string(ENOSPC);
        } else {
            complete = file.write(data) == data.size();
            if (!complete)
                reason = file.errorString();
        }
        if (!complete) {
            file.cancelWriting();
            throw Error(ErrorKind::Other,
                Tr::tr("Writing the backup %1 failed: %2. The database was not changed; nothing was left at %1.")
                    .arg(out, reason));
        }
        written += data.size();
    };
    if (!file.open(QIODevice::WriteOnly))
        throw Error(ErrorKind::Other,
            Tr::tr("Cannot create the backup %1: %2. The database was not changed.").arg(out, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    write(head);
    write(metaJson);
    source.seek(0);
    while (!source.atEnd())
        write(source.read(ChunkSize));
    if (!file.commit())
        throw Error(ErrorKind::Other,
            Tr::tr("Writing the backup %1 failed: %2. The database was not changed; nothing was left at %1.")
                .arg(out, file.errorString()));

    // Reopen what is on the disk now and check it as a restore would.
    try {
        QFile reread(out);
        openForReading(reread);
        const Container c = readContainer(reread);
        const QString check = work.filePath(QStringLiteral("check.xinan"));
        extractDatabase(reread, c, check);
        checkExtracted(check, school.dataKey(), out, QString::fromLatin1(auditHead));
    } catch (const Error &e) {
        QFile::remove(out);
        throw Error(ErrorKind::Other,
            Tr::tr("The backup written to %1 did not read back correctly (%2), so it was deleted. Try another disk or USB stick.")
                .arg(out, e.message()));
    }
    appendAudit(school.db(), school.user(), QStringLiteral("backup"), QStringLiteral("database"), 0,
        QStringLiteral("file=%1 head=%2").arg(out, QString::fromLatin1(auditHead)));
    return infoOf(meta);
}

RestoreResult restoreBackup(const QString &backupPath, const QString &dbPath, const QString &user, const SecretBytes &secret)
{
    QFile backup(backupPath);
    openForReading(backup);
    const Container c = readContainer(backup);
    const QByteArray keyCheck = QByteArray::fromBase64(c.meta.value(QLatin1String("key_check")).toString().toLatin1());
    const QByteArray keysJson = QJsonDocument(c.meta.value(QLatin1String("keys")).toObject()).toJson();

    SecretBytes dataKey;
    if (user.isEmpty()) {
        dataKey = RecoveryKey::parse(QString::fromUtf8(secret.chars(), static_cast<qsizetype>(secret.size()))).dataKey();
        if (keyCheckOf(dataKey) != keyCheck)
            throw Error(ErrorKind::WrongSecret, Tr::tr("This recovery key does not belong to the backup %1.").arg(backupPath));
    } else {
        dataKey = std::move(KeySlotFile::fromJson(keysJson, backupPath).unlock(user, secret).dataKey);
        if (keyCheckOf(dataKey) != keyCheck)
            throw Error(ErrorKind::Damaged, Tr::tr("The backup %1 is damaged: its key slots do not match it.").arg(backupPath));
    }

    const QString staging = dbPath + QStringLiteral(".restoring");
    QFile::remove(staging);
    try {
        extractDatabase(backup, c, staging);
        checkExtracted(staging, dataKey, backupPath, c.meta.value(QLatin1String("audit_head")).toString(),
            user.isEmpty() ? QStringLiteral("recovery-key") : user);
    } catch (...) {
        QFile::remove(staging);
        QFile::remove(staging + QStringLiteral("-journal"));
        throw;
    }

    RestoreResult result { infoOf(c.meta), {} };
    const QString keyPath = KeySlotFile::pathFor(dbPath);
    if (QFileInfo::exists(dbPath)) {
        const QString stamp = clock::now().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        result.previousDatabase = dbPath + QStringLiteral(".before-restore-") + stamp;
        if (!QFile::rename(dbPath, result.previousDatabase)) {
            QFile::remove(staging);
            throw Error(ErrorKind::Other, Tr::tr("Cannot move the current database %1 aside; nothing was changed.").arg(dbPath));
        }
        if (QFileInfo::exists(keyPath))
            QFile::rename(keyPath, KeySlotFile::pathFor(result.previousDatabase));
    }
    if (!QFile::rename(staging, dbPath)) {
        if (!result.previousDatabase.isEmpty()) {
            QFile::rename(result.previousDatabase, dbPath);
            QFile::rename(KeySlotFile::pathFor(result.previousDatabase), keyPath);
        }
        QFile::remove(staging);
        throw Error(ErrorKind::Other,
            Tr::tr("Cannot put the restored database at %1; the current database was left as it was.").arg(dbPath));
    }
    writeFileAtomically(keyPath, keysJson);
    return result;
}

} // namespace xinan
