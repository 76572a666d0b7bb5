#pragma once
// The main window of an open school database: the school overview, File (back up, verify,
// quit) and Help. It owns the open database and closes it with the window.

#include <QMainWindow>

#include <memory>

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
    void verify();
    void about();

private:
    void buildMenus();
    void buildStatusBar();

    std::unique_ptr<SchoolFile> m_school;
    QString m_schoolName;
    OverviewPage *m_overview;
};

} // namespace xinan::ui
