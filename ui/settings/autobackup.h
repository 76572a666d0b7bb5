#pragma once
// The automatic backup written when XinAn closes: <database base name>-yyyyMMdd-HHmmss.xinan-backup
// in the chosen folder, keeping only the newest N files of that pattern (never any other file).

#include "platform/clock.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

struct AutoBackupResult
{
    QString written; // the new backup
    QStringList removed; // older automatic backups deleted to keep N
    QStringList notRemoved; // older ones that could not be deleted, with the reason
};

QString automaticBackupName(const QString &databasePath, const QDateTime &when);
// The automatic backups of `databasePath` in `folder`, oldest first.
QStringList automaticBackupsIn(const QString &folder, const QString &databasePath);

// Writes and checks a backup, then deletes the oldest automatic backups beyond `keep`. A
// missing folder is created only when `createFolder` (the default folder beside the database);
// a chosen folder that is missing (a USB stick not plugged in) throws Error saying so.
AutoBackupResult writeAutomaticBackup(
    SchoolFile &school, const QString &folder, int keep, bool createFolder, const QDateTime &now = clock::now());

} // namespace xinan::ui
