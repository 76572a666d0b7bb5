#pragma once
// Backups: one self-contained file per backup ("XINANBAK" header, JSON metadata with the
// key check and a copy of the key slots, then the encrypted database pages). A backup opens
// with the recovery key alone or with any password whose slot it carries.

#include <QDateTime>
#include <QString>

namespace xinan {

class SchoolFile;

struct BackupInfo
{
    QDateTime created;
    QString schoolName;
    int schemaVersion = 0;
    QStringList accounts; // accounts whose passwords open the backup
    qint64 databaseBytes = 0;
    // The audit trail's chain head when the backup was made ("ID:HEX", core/repo/audit.h);
    // empty for backups made before schema 8. A restore checks the restored trail against it.
    QString auditHead;
};

// Writes a backup of the open school file to `out` (refuses to overwrite), then reopens the
// written file and checks it. On any failure nothing is left at `out` and the source is
// untouched; Error says which file and why. A written backup is recorded in the audit log.
BackupInfo createBackup(SchoolFile &school, const QString &out);

// Reads only the backup's header. Throws Error(Damaged) when it is not a XinAn backup.
BackupInfo readBackupInfo(const QString &backup);

struct RestoreResult
{
    BackupInfo info;
    QString previousDatabase; // where the database that was replaced was moved, if any
};

// The secret is the recovery key when `user` is empty, otherwise that account's password as
// of the backup. The restored copy is written beside `db` and fully verified before anything
// at `db` changes; an existing database is then moved aside (never deleted). The restore is
// recorded in the restored database's audit log (by `user`, or "recovery-key").
RestoreResult restoreBackup(const QString &backup, const QString &db, const QString &user, const class SecretBytes &secret);

} // namespace xinan
