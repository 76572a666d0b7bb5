#include "mainwindow.h"

#include "common/background.h"
#include "common/dialogseams.h"
#include "common/formparts.h"
#include "common/modulepage.h"
#include "idlewatcher.h"
#include "keys/rekeyaction.h"
#include "lockscreen.h"
#include "menuactions.h"
#include "verifydialog.h"

#include "settings/appsettings.h"
#include "settings/autobackup.h"
#include "settings/settingsdialog.h"
#include "students/sensitiveclipboard.h"
#include "students/studentfiledialog.h"
#include "unlock/restoredialog.h"
#include "unlock/startflow.h"
#include "unlock/unlockdialog.h"

#include "error.h"
#include "platform/clock.h"
#include "repo/audit.h"
#include "repo/schoolrepository.h"
#include "services/backup.h"
#include "services/schoolfile.h"
#include "services/verifier.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

namespace xinan::ui {
namespace {

// Only a folder is remembered, never a file's content.
const auto LastBackupFolderKey = QStringLiteral("lastBackupFolder");

} // namespace

class MainWindow::ActionScope
{
public:
    explicit ActionScope(MainWindow *window, bool closable = true)
        : m_window(window)
        , m_wasClosable(window->m_closableActions)
    {
        ++m_window->m_runningActions;
        m_window->m_closableActions = m_wasClosable && closable;
    }
    ~ActionScope()
    {
        --m_window->m_runningActions;
        m_window->m_closableActions = m_wasClosable;
        if (m_window->m_runningActions == 0 && m_window->m_lockPending)
            QTimer::singleShot(0, m_window, &MainWindow::lockNow);
    }
    ActionScope(const ActionScope &) = delete;
    ActionScope &operator=(const ActionScope &) = delete;

private:
    MainWindow *m_window;
    bool m_wasClosable;
};

MainWindow::MainWindow(std::unique_ptr<SchoolFile> school, QWidget *parent)
    : QMainWindow(parent)
    , m_school(std::move(school))
    , m_path(m_school->path())
    , m_user(m_school->user())
    , m_root(new QStackedWidget(this))
    , m_lockScreen(new LockScreen(m_root))
    , m_idle(new IdleWatcher(this))
{
    m_root->addWidget(m_lockScreen);
    setCentralWidget(m_root);
    resize(1100, 720);
    connect(m_lockScreen, &LockScreen::unlockRequested, this, &MainWindow::showUnlockDialog);
    connect(m_lockScreen, &LockScreen::quitRequested, this, &QWidget::close);

    m_idle->setInterval(std::chrono::minutes(AppSettings::load().idleMinutes));
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lockNow);
    m_lockRetry.setInterval(250);
    connect(&m_lockRetry, &QTimer::timeout, this, [this] {
        if (m_runningActions == 0)
            lockNow();
        else if (m_closableActions)
            closeModalDialogs();
    });

    buildMenus();
    buildStatusBar();
    buildWorkspace();
    refresh();
    updateStatusBar();
    m_idle->start();
    QTimer::singleShot(0, this, &MainWindow::showKeyNoticesWhenIdle);
}

void MainWindow::showKeyNoticesWhenIdle()
{
    if (!m_school || m_closing) // locked or closing meanwhile
        return;
    // A busy dialog's worker (the backup on closing, a check) may be using the database while its
    // nested event loop runs this: the notices read the database, so they wait until it is done.
    if (m_runningActions > 0) {
        QTimer::singleShot(200, this, &MainWindow::showKeyNoticesWhenIdle);
        return;
    }
    showKeyNotices(*m_school, this);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildWorkspace()
{
    m_workspace = new QWidget(m_root);
    m_workspace->setObjectName(QStringLiteral("workspace"));
    m_navigation = new QListWidget(m_workspace);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    m_navigation->setFont(navigationFont);
    m_pages = new QStackedWidget(m_workspace);
    m_pages->setObjectName(QStringLiteral("pages"));

    const AccountRole role = openAccountRole(*m_school);
    for (const auto &[action, roles] : std::as_const(m_moduleActions))
        action->setVisible(roleSees(roles, role));
    const QString landing = landingPageId(role);
    int landingRow = 0;
    for (const PageFactory &factory : pageFactoriesFor(role)) {
        if (factory.id == landing)
            landingRow = m_navigation->count();
        ModulePage *page = factory.create(*m_school, m_pages);
        auto *item = new QListWidgetItem(style()->standardIcon(factory.icon), factory.title(), m_navigation);
        item->setData(Qt::UserRole, factory.id);
        item->setSizeHint(QSize(0, 40));
        m_pages->addWidget(page);
        m_modulePages << page;
        connect(page, &ModulePage::openStudent, this, &MainWindow::openStudentFile);
        // A page that wrote something has refreshed itself; the others read again.
        connect(page, &ModulePage::changed, this, [this, page] {
            refreshPages(page);
            updateStatusBar();
        });
    }
    int widest = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        widest = qMax(widest, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(i)->text()));
    m_navigation->setFixedWidth(qMax(160, widest + 64));
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // A 校领导 opens on the school overview, everyone else on the first page (landingPageId).
    m_navigation->setCurrentRow(landingRow);

    auto *layout = new QHBoxLayout(m_workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    m_root->addWidget(m_workspace);
    m_root->setCurrentWidget(m_workspace);
}

void MainWindow::dropWorkspace()
{
    // Deleted now, not later: no widget holding a record may outlive the lock.
    delete m_workspace;
    m_workspace = nullptr;
    m_navigation = nullptr;
    m_pages = nullptr;
    m_modulePages.clear();
}

void MainWindow::refresh()
{
    if (m_locked || !m_school)
        return;
    try {
        m_schoolName = SchoolRepository(m_school->db(), m_school->user()).school().name;
    } catch (const Error &e) {
        showMessage(this, MessageKind::Critical, tr("The overview cannot be read"), e.message());
    }
    refreshPages();
    setWindowTitle(tr("XinAn — %1").arg(m_schoolName));
    updateStatusBar();
}

void MainWindow::refreshPages(const ModulePage *except)
{
    for (ModulePage *page : std::as_const(m_modulePages))
        if (page != except)
            page->refresh();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    const auto add = [this, file](const QString &text, const QString &name, auto slot, bool needsSchool) {
        QAction *action = file->addAction(text, this, slot);
        action->setObjectName(name);
        if (needsSchool)
            m_schoolActions << action;
        return action;
    };
    for (const FileMenuAction &entry : fileMenuActions()) {
        QAction *action = add(
            entry.text(), entry.objectName,
            [this, run = entry.run] {
                ActionScope scope(this);
                if (run(*m_school, this))
                    refresh();
            },
            true);
        m_moduleActions.append({ action, entry.roles }); // shown to the open account's role (buildWorkspace)
    }
    file->addSeparator();
    // Backups, restores and the check of the whole file: for the roles that keep backups.
    const RoleSet backups = rolesAllowing({ DataKind::Backups }, AccessOp::Write);
    m_moduleActions.append({ add(tr("&Back up…"), QStringLiteral("backUp"), &MainWindow::backUp, true), backups });
    m_moduleActions.append(
        { add(tr("&Restore from a backup…"), QStringLiteral("restore"), &MainWindow::restoreFromBackup, true), backups });
    m_moduleActions.append({ add(tr("&Verify database"), QStringLiteral("verify"), &MainWindow::verify, true), backups });
    file->addSeparator();
    add(tr("&Settings…"), QStringLiteral("settings"), &MainWindow::openSettings, true)->setMenuRole(QAction::PreferencesRole);
    add(tr("&Lock now"), QStringLiteral("lockNow"), &MainWindow::lockNow, true)->setShortcut(QKeySequence(tr("Ctrl+L")));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = help->addAction(tr("&About XinAn"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::setSchoolActionsEnabled(bool enabled)
{
    for (QAction *action : std::as_const(m_schoolActions))
        action->setEnabled(enabled);
}

void MainWindow::buildStatusBar()
{
    const auto addPart = [this](const QString &name, const QString &toolTip) {
        auto *label = new QLabel(this);
        label->setObjectName(name);
        label->setToolTip(toolTip);
        label->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(label);
        return label;
    };
    m_statusSchool = addPart(QStringLiteral("statusSchool"), tr("School"));
    m_statusAccount = addPart(QStringLiteral("statusAccount"), tr("The account that opened the database"));
    m_statusFile = addPart(QStringLiteral("statusFile"), QString());
}

void MainWindow::updateStatusBar()
{
    if (!m_statusSchool)
        return;
    m_statusSchool->setText(m_locked ? tr("Locked") : m_schoolName);
    m_statusAccount->setText(m_locked ? QString() : tr("Account: %1").arg(m_user));
    m_statusAccount->setVisible(!m_locked);
    m_statusFile->setText(QFileInfo(m_path).fileName());
    m_statusFile->setToolTip(QDir::toNativeSeparators(m_path));
}

void MainWindow::showSchool(std::unique_ptr<SchoolFile> school)
{
    if (!school) {
        // Nothing is open any more (the user gave up unlocking): the window has nothing to show.
        dropWorkspace();
        m_school.reset();
        close();
        return;
    }
    // Pages may hold a reference to the database they were made for: make them anew.
    dropWorkspace();
    m_school = std::move(school);
    m_path = m_school->path();
    m_user = m_school->user();
    m_locked = false;
    setSchoolActionsEnabled(true);
    buildWorkspace();
    refresh();
    if (!m_closing)
        m_idle->start();
}

void MainWindow::backUp()
{
    ActionScope scope(this);
    QSettings settings;
    const QFileInfo database(m_school->path());
    const QString folder = settings.value(LastBackupFolderKey, database.absolutePath()).toString();
    const QString suggested = QDir(folder).filePath(database.completeBaseName() + QStringLiteral("-")
        + clock::now().toString(QStringLiteral("yyyyMMdd-HHmm")) + QStringLiteral(".xinan-backup"));
    QString out = askSaveFileName(this, tr("Back up the database"), suggested, tr("XinAn backups (*.xinan-backup)"));
    if (out.isEmpty())
        return;
    if (!out.endsWith(QStringLiteral(".xinan-backup"), Qt::CaseInsensitive))
        out += QStringLiteral(".xinan-backup");
    settings.setValue(LastBackupFolderKey, QFileInfo(out).absolutePath());

    try {
        SchoolFile *school = m_school.get();
        const BackupInfo info = runWithBusyDialog(
            this, tr("Writing and checking the backup…"), [school, out] { return createBackup(*school, out); });
        showMessage(this, MessageKind::Information, tr("Backup written"),
            tr("The backup %1 was written and checked.\n\nIt opens with the recovery key or with the password of any of "
               "these accounts: %2.\n\n"
               "Keep it away from this computer, for example on a USB stick in a locked drawer.")
                .arg(QDir::toNativeSeparators(out), info.accounts.join(QStringLiteral(", "))));
    } catch (const Error &e) {
        showMessage(this, MessageKind::Critical, tr("Backup failed"), e.message());
    }
}

void MainWindow::restoreFromBackup()
{
    // A restore is finished before a due lock happens: it may have closed the database already.
    ActionScope scope(this, false);
    const QString current = m_school->path();
    const QString currentFile = QFileInfo(current).absoluteFilePath();
    bool closed = false;
    RestoreDialog dialog(current, this);
    dialog.setBeforeRestore([this, &closed, currentFile](const QString &target) {
        // The restore renames the database file, which must not be open meanwhile.
        if (!closed && QFileInfo(target).absoluteFilePath() == currentFile) {
            dropWorkspace();
            m_school.reset();
            closed = true;
        }
    });
    if (dialog.exec() == QDialog::Accepted) {
        std::unique_ptr<SchoolFile> restored = openRestoredDatabase(dialog);
        if (restored || closed)
            showSchool(restored ? std::move(restored) : openSchoolInteractively(QString()));
        return;
    }
    if (closed) {
        // The restore failed or was given up after the database was closed; it is unchanged.
        std::unique_ptr<SchoolFile> reopened = openSchoolInteractively(current);
        showSchool(reopened ? std::move(reopened) : openSchoolInteractively(QString()));
    }
}

void MainWindow::verify()
{
    ActionScope scope(this);
    try {
        SchoolFile *school = m_school.get();
        const VerifyReport report
            = runWithBusyDialog(this, tr("Checking the database…"), [school] { return verifySchoolFile(*school); });
        VerifyDialog dialog(report, QFileInfo(m_school->path()).fileName(), this);
        dialog.exec();
    } catch (const Error &e) {
        showMessage(this, MessageKind::Critical, tr("Verify database"), e.message());
    }
}

StudentFileDialog *MainWindow::openStudentFile(qint64 studentId)
{
    if (m_locked || !m_school)
        return nullptr;
    try {
        recordFileOpened(m_school->db(), studentId); // anyone but a counsellor leaves a trace
    } catch (const Error &e) {
        // Every access must be traceable: no entry, no file.
        showMessage(this, MessageKind::Critical, tr("Open the student's file"), e.message());
        return nullptr;
    }
    auto *dialog = openWindowModal(new StudentFileDialog(*m_school, studentId, this));
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        refresh();
        if (result == QDialog::Accepted && dialog->studentId() != 0)
            for (ModulePage *page : std::as_const(m_modulePages))
                page->studentFileSaved(dialog->studentId());
    });
    return dialog;
}

void MainWindow::openSettings()
{
    ActionScope scope(this);
    SettingsDialog dialog(*m_school, this);
    if (dialog.exec() == QDialog::Accepted)
        setIdleInterval(std::chrono::minutes(AppSettings::load().idleMinutes));
}

void MainWindow::about()
{
    showMessage(this, MessageKind::Information, tr("About XinAn"),
        tr("XinAn %1\n\nRecords of a school's psychological counselling office, kept encrypted and offline "
           "on this computer.")
            .arg(QStringLiteral(XINAN_VERSION)));
}

void MainWindow::setIdleInterval(std::chrono::milliseconds interval)
{
    m_idle->setInterval(interval);
}

void MainWindow::lockNow()
{
    if (m_locked || m_closing || !m_school)
        return;
    if (m_runningActions > 0 || hasOtherModalDialog()) {
        // An action or a dialog is using the database: the dialogs are closed, and the lock
        // follows as soon as the action has returned (ActionScope) and no dialog is left.
        m_lockPending = true;
        if (m_closableActions)
            closeModalDialogs();
        m_lockRetry.start();
        return;
    }
    m_lockPending = false;
    m_lockRetry.stop();
    m_idle->stop();
    dropWorkspace();
    // Any other window left (a non-modal dialog) may show a record too.
    const QList<QDialog *> dialogs = findChildren<QDialog *>(Qt::FindDirectChildrenOnly);
    for (QDialog *dialog : dialogs) {
        if (dialog != m_unlockDialog)
            delete dialog;
    }
    m_school.reset();
    SensitiveClipboard::shared().clearIfStillOurs();
    m_locked = true;
    m_schoolName.clear();
    setSchoolActionsEnabled(false);
    setWindowTitle(tr("XinAn — locked"));
    updateStatusBar();
    m_lockScreen->setDatabasePath(m_path);
    m_root->setCurrentWidget(m_lockScreen);
    showUnlockDialog();
}

bool MainWindow::hasOtherModalDialog() const
{
    QWidget *modal = QApplication::activeModalWidget();
    return modal && modal != m_unlockDialog;
}

void MainWindow::closeModalDialogs()
{
    QWidget *modal = QApplication::activeModalWidget();
    if (!modal || modal == m_unlockDialog)
        return;
    if (auto *dialog = qobject_cast<QDialog *>(modal))
        dialog->reject();
    else
        modal->close();
}

UnlockDialog *MainWindow::unlockDialog() const
{
    return m_unlockDialog;
}

void MainWindow::showUnlockDialog()
{
    if (!m_locked || m_closing)
        return;
    if (m_unlockDialog) {
        m_unlockDialog->raise();
        m_unlockDialog->activateWindow();
        return;
    }
    auto *dialog = new UnlockDialog(m_path, this);
    dialog->setObjectName(QStringLiteral("lockUnlockDialog"));
    dialog->setWindowTitle(tr("Unlock XinAn"));
    dialog->setAccount(m_user);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::finished, this, &MainWindow::unlockFinished);
    m_unlockDialog = dialog;
    dialog->open();
}

void MainWindow::unlockFinished(int result)
{
    UnlockDialog *dialog = m_unlockDialog;
    m_unlockDialog = nullptr;
    if (!dialog)
        return;
    dialog->deleteLater();
    if (m_closing)
        return;
    if (result == QDialog::Accepted) {
        if (std::unique_ptr<SchoolFile> school = dialog->takeSchoolFile())
            showSchool(std::move(school));
        return;
    }
    if (dialog->restoreRequested()) {
        ActionScope scope(this, false);
        if (std::unique_ptr<SchoolFile> restored = restoreInteractively(m_path))
            showSchool(std::move(restored));
        return;
    }
    askToQuitWhileLocked();
}

void MainWindow::askToQuitWhileLocked()
{
    if (askToProceed(this, MessageKind::Warning, tr("Quit XinAn?"),
            tr("XinAn stays locked until the password is entered. Quit XinAn now?"), tr("Quit")))
        close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_closing = true;
    m_lockRetry.stop();
    m_idle->stop();
    if (m_unlockDialog)
        m_unlockDialog->hide();
    if (m_school && !m_locked)
        backUpOnClose();
    SensitiveClipboard::shared().clearIfStillOurs();
    QMainWindow::closeEvent(event);
}

void MainWindow::backUpOnClose()
{
    const AppSettings settings = AppSettings::load();
    // The automatic backup is written when an account that may make backups closes XinAn.
    if (!settings.backupOnClose || !mayWrite(*m_school, DataKind::Backups))
        return;
    ActionScope scope(this, false);
    SchoolFile *school = m_school.get();
    const QString folder = settings.backupFolderFor(m_path);
    const bool createFolder = settings.backupFolder.isEmpty();
    const int keep = settings.keepBackups;
    try {
        const AutoBackupResult result = runWithBusyDialog(this, tr("Writing the automatic backup…"),
            [school, folder, keep, createFolder] { return writeAutomaticBackup(*school, folder, keep, createFolder); });
        if (!result.notRemoved.isEmpty())
            showMessage(this, MessageKind::Warning, tr("Old backups not deleted"),
                tr("The automatic backup %1 was written, but these older backups could not be deleted:\n\n%2")
                    .arg(QDir::toNativeSeparators(result.written), result.notRemoved.join(u'\n')));
    } catch (const Error &e) {
        showMessage(this, MessageKind::Critical, tr("Automatic backup failed"),
            e.message() + QStringLiteral("\n\n")
                + tr("XinAn closes anyway; the database itself is unchanged. Back up with File → Back up… when "
                     "you next open it."));
    } catch (const std::exception &e) {
        showMessage(this, MessageKind::Critical, tr("Automatic backup failed"), QString::fromLocal8Bit(e.what()));
    }
}

} // namespace xinan::ui
