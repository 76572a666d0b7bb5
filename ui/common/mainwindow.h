#pragma once
// The main window of an open school database: the school overview, File (back up, restore,
// verify, quit) and Help. It owns the open database and closes it with the window.

#include <QMainWindow>

#include <memory>

class QLabel;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class OverviewPage;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(std::unique_ptr<SchoolFile> school, QWidget *parent = nullptr);
    ~MainWindow() override;

    SchoolFile &schoolFile() { return *m_school; }
    // Rereads the overview from the database.
    void refresh();

    // The File menu's actions, callable directly (the file name comes from a dialog).
    void backUp();
    // Restores a backup (over this database unless the user picks another place), then shows
    // the restored database. The open database is closed just before its file is replaced.
    void restoreFromBackup();
    void verify();
    void about();

private:
    void buildMenus();
    void buildStatusBar();
    void updateStatusBar();
    // Shows `school` instead of the current database; with null, closes the window.
    void showSchool(std::unique_ptr<SchoolFile> school);

    std::unique_ptr<SchoolFile> m_school;
    QString m_schoolName;
    OverviewPage *m_overview;
    QLabel *m_statusSchool = nullptr;
    QLabel *m_statusAccount = nullptr;
    QLabel *m_statusFile = nullptr;
};

} // namespace xinan::ui
