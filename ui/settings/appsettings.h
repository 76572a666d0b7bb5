#pragma once
// This computer's preferences, kept in QSettings (never anything about a student): how soon
// XinAn locks itself, the interface language, and where the automatic backups go.
// School-wide settings live in the encrypted database (SettingsRepository) instead.

#include <QString>

namespace xinan::ui {

struct AppSettings
{
    // Interface language codes stored under "ui/language".
    static constexpr auto FollowSystem = "";
    static constexpr auto Chinese = "zh_CN";
    static constexpr auto English = "en";

    int idleMinutes = 5; // 1-60
    QString language; // FollowSystem, Chinese or English
    QString backupFolder; // empty: a folder beside the database (see backupFolderFor)
    bool backupOnClose = true;
    int keepBackups = 10; // 1-100

    static AppSettings load();
    void save() const;

    // The folder automatic backups of `databasePath` go to.
    QString backupFolderFor(const QString &databasePath) const;
};

} // namespace xinan::ui
