#pragma once
// The main window of an open school database: a navigation list beside the module pages
// (pageFactories(), for the open account's role), the File menu (the modules' entries from
// fileMenuActions(), then back up, restore, verify, settings, lock, quit) and Help. It owns the open
// database. Locking (on demand or after idle time) destroys the pages and closes the database
// until the password is entered again; closing writes the automatic backup.

#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include "domain/daily.h"

#include <chrono>
#include <memory>
#include <utility>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class IdleWatcher;
class LockScreen;
class ModulePage;
class StudentFileDialog;
class UnlockDialog;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(std::unique_ptr<SchoolFile> school, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The open database; only while not locked.
    SchoolFile &schoolFile() { return *m_school; }
    bool isLocked() const { return m_locked; }
    // Rereads every page from the database (after an import, a restore).
    void refresh();
    // The module pages in navigation order (none while locked).
    QList<ModulePage *> pages() const { return m_modulePages; }

    // The File menu's actions, callable directly (file names come from the dialog seams).
    void backUp();
    // Restores a backup (over this database unless the user picks another place), then shows
    // the restored database. The open database is closed just before its file is replaced.
    void restoreFromBackup();
    void verify();
    void openSettings();
    void about();
    // The one place a student's file is opened (0: a new student), for every page's
    // openStudent: window-modal; every page rereads when it closes.
    StudentFileDialog *openStudentFile(qint64 studentId);

    // Hides every record at once: the pages are destroyed, the database and its key released,
    // and the lock screen asks for the password. Waits for a running action to finish.
    void lockNow();
    // The idle time before locking (from the settings; tests set a short one).
    void setIdleInterval(std::chrono::milliseconds interval);
    // The unlock dialog the lock screen shows, if open (for tests).
    UnlockDialog *unlockDialog() const;
    // Opens the lock screen's unlock dialog (again).
    void showUnlockDialog();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // Counts a running File-menu action: locking waits until none runs. A closable action's
    // dialogs are closed when a lock is due; others (a restore) finish first.
    class ActionScope;
    friend class ActionScope;

    void buildMenus();
    void buildStatusBar();
    void updateStatusBar();
    void buildWorkspace();
    void dropWorkspace();
    // Shows `school` instead of the current database; with null, closes the window.
    void showSchool(std::unique_ptr<SchoolFile> school);
    void unlockFinished(int result);
    void askToQuitWhileLocked();
    // The key notices after an unlock (showKeyNotices), once no busy dialog is using the database.
    void showKeyNoticesWhenIdle();
    bool hasOtherModalDialog() const;
    void closeModalDialogs();
    void backUpOnClose();
    void setSchoolActionsEnabled(bool enabled);
    // Refreshes every page but `except` (a page that reported its own change).
    void refreshPages(const ModulePage *except = nullptr);

    std::unique_ptr<SchoolFile> m_school;
    QString m_path;
    QString m_user;
    QString m_schoolName;
    bool m_locked = false;
    bool m_closing = false;
    int m_runningActions = 0;
    bool m_closableActions = true;
    bool m_lockPending = false;
    QTimer m_lockRetry;

    QStackedWidget *m_root;
    QWidget *m_workspace = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QList<ModulePage *> m_modulePages;
    LockScreen *m_lockScreen;
    IdleWatcher *m_idle;
    QPointer<UnlockDialog> m_unlockDialog;
    QList<QAction *> m_schoolActions;
    QList<std::pair<QAction *, QList<AccountRole>>> m_moduleActions; // File-menu entries shown by role, their roles
    QLabel *m_statusSchool = nullptr;
    QLabel *m_statusAccount = nullptr;
    QLabel *m_statusFile = nullptr;
};

} // namespace xinan::ui
