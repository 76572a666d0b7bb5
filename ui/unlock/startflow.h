#pragma once
// The way into the application: open, create or restore a school database, then unlock it.

#include <QDialog>

#include <memory>

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

// The first window when no database was named: open one, create one, restore one from a backup,
// or reopen the last.
class StartDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartDialog)

public:
    enum class Choice { Open, Create, Restore, Reopen };

    explicit StartDialog(const QString &lastDatabase, QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Choice::Open;
};

// Returns the opened database, or null when the user gave up. With a path, only that database
// is offered; without, the start dialog comes first (and again after a cancelled unlock).
std::unique_ptr<SchoolFile> openSchoolInteractively(const QString &databasePath);

class RestoreDialog;
// Restores a backup into `target` (empty: the user chooses where) and opens the restored
// database; null when the user gave up.
std::unique_ptr<SchoolFile> restoreInteractively(const QString &target);
// After an accepted RestoreDialog: the restored database, open (unlocked by the user if the
// dialog did not already open it); null when the user gave up unlocking it.
std::unique_ptr<SchoolFile> openRestoredDatabase(RestoreDialog &dialog);

} // namespace xinan::ui
