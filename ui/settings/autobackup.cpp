#include "autobackup.h"

#include "error.h"
#include "services/backup.h"
#include "services/schoolfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace xinan::ui {
namespace {

struct AutoBackup
{
    Q_DECLARE_TR_FUNCTIONS(AutoBackup)
};

const auto Suffix = QStringLiteral(".xinan-backup");

} // namespace

QString automaticBackupName(const QString &databasePath, const QDateTime &when)
{
    return QFileInfo(databasePath).completeBaseName() + QStringLiteral("-") + when.toString(QStringLiteral("yyyyMMdd-HHmmss"))
        + Suffix;
}

QStringList automaticBackupsIn(const QString &folder, const QString &databasePath)
{
    const QRegularExpression pattern(
        QStringLiteral("^%1-\\d{8}-\\d{6}%2$")
            .arg(QRegularExpression::escape(QFileInfo(databasePath).completeBaseName()), QRegularExpression::escape(Suffix)));
    QStringList found;
    const QStringList names = QDir(folder).entryList(QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (pattern.match(name).hasMatch())
            found << name;
    }
    // The time stamp in the name sorts oldest first.
    found.sort();
    return found;
}

AutoBackupResult writeAutomaticBackup(
    SchoolFile &school, const QString &folder, int keep, bool createFolder, const QDateTime &now)
{
    const QString shownFolder = QDir::toNativeSeparators(folder);
    if (!QFileInfo(folder).isDir()) {
        if (!createFolder)
            throw Error(ErrorKind::Other,
                AutoBackup::tr("The backup folder %1 is not there. If it is on a USB stick or a network drive, plug it in "
                               "or connect it, then back up with File → Back up…; or choose another folder in File → "
                               "Settings…")
                    .arg(shownFolder));
        // The folder itself is created owner-only (0700) from the start; its parent as usual.
        const QFileInfo created(QDir::cleanPath(QDir(folder).absolutePath()));
        if (!QDir().mkpath(created.absolutePath())
            || !QDir().mkdir(
                created.absoluteFilePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            throw Error(ErrorKind::Other,
                AutoBackup::tr("The backup folder %1 cannot be created. Choose another folder in File → Settings…")
                    .arg(shownFolder));
    }

    AutoBackupResult result;
    result.written = QDir(folder).filePath(automaticBackupName(school.path(), now));
    createBackup(school, result.written);

    const QStringList existing = automaticBackupsIn(folder, school.path());
    for (qsizetype i = 0; i < existing.size() - qMax(1, keep); ++i) {
        QFile old(QDir(folder).filePath(existing.at(i)));
        if (old.remove())
            result.removed << old.fileName();
        else
            result.notRemoved << AutoBackup::tr("%1: %2").arg(QDir::toNativeSeparators(old.fileName()), old.errorString());
    }
    return result;
}

} // namespace xinan::ui
