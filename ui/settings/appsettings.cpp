#include "appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace xinan::ui {
namespace {

const auto IdleMinutesKey = QStringLiteral("ui/idleMinutes");
const auto LanguageKey = QStringLiteral("ui/language");
const auto BackupFolderKey = QStringLiteral("backup/folder");
const auto BackupOnCloseKey = QStringLiteral("backup/onClose");
const auto KeepBackupsKey = QStringLiteral("backup/keep");

} // namespace

AppSettings AppSettings::load()
{
    const QSettings settings;
    AppSettings loaded;
    loaded.idleMinutes = qBound(1, settings.value(IdleMinutesKey, loaded.idleMinutes).toInt(), 60);
    loaded.language = settings.value(LanguageKey).toString();
    if (loaded.language != QLatin1String(Chinese) && loaded.language != QLatin1String(English))
        loaded.language = QString::fromLatin1(FollowSystem);
    loaded.backupFolder = settings.value(BackupFolderKey).toString();
    loaded.backupOnClose = settings.value(BackupOnCloseKey, loaded.backupOnClose).toBool();
    loaded.keepBackups = qBound(1, settings.value(KeepBackupsKey, loaded.keepBackups).toInt(), 100);
    return loaded;
}

void AppSettings::save() const
{
    QSettings settings;
    settings.setValue(IdleMinutesKey, qBound(1, idleMinutes, 60));
    settings.setValue(LanguageKey, language);
    settings.setValue(BackupFolderKey, backupFolder);
    settings.setValue(BackupOnCloseKey, backupOnClose);
    settings.setValue(KeepBackupsKey, qBound(1, keepBackups, 100));
}

QString AppSettings::backupFolderFor(const QString &databasePath) const
{
    if (!backupFolder.isEmpty())
        return QDir::cleanPath(backupFolder);
    const QFileInfo database(databasePath);
    return database.absoluteDir().filePath(database.completeBaseName() + QStringLiteral("-backups"));
}

} // namespace xinan::ui
