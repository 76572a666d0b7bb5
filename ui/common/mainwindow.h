#pragma once
// The main window of an open school database: a navigation list beside the module pages, the
// File menu (back up, restore, verify, import, settings, lock, quit) and Help. It owns the open
// database. Locking (on demand or after idle time) destroys the pages and closes the database
// until the password is entered again; closing writes the automatic backup.

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class HomePage;
class IdleWatcher;
class LockScreen;
class OverviewPage;
class StudentFileDialog;
class StudentsPage;
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

    // The File menu's actions, callable directly (file names come from the dialog seams).
    void backUp();
    // Restores a backup (over this database unless the user picks another place), then shows
    // the restored database. The open database is closed just before its file is replaced.
    void restoreFromBackup();
    void verify();
    void importRoster();
    // The class grid editor (班级网格).
    void editClassGrid();
    void openSettings();
    void about();
    // Opens a student's file (window-modal) from the home page; every page rereads when it closes.
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
    bool hasOtherModalDialog() const;
    void closeModalDialogs();
    void backUpOnClose();
    void setSchoolActionsEnabled(bool enabled);

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
    HomePage *m_home = nullptr;
    bool m_homeChanged = false; // the home page reported a change and has refreshed itself
    OverviewPage *m_overview = nullptr;
    StudentsPage *m_students = nullptr;
    LockScreen *m_lockScreen;
    IdleWatcher *m_idle;
    QPointer<UnlockDialog> m_unlockDialog;
    QList<QAction *> m_schoolActions;
    QLabel *m_statusSchool = nullptr;
    QLabel *m_statusAccount = nullptr;
    QLabel *m_statusFile = nullptr;
};

} // namespace xinan::ui
