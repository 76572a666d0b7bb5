#include "mainwindow.h"

#include "background.h"
#include "dialogseams.h"
#include "overview/overviewpage.h"
#include "unlock/restoredialog.h"
#include "unlock/startflow.h"
#include "verifydialog.h"

#include "error.h"
#include "services/backup.h"
#include "services/schoolfile.h"
#include "services/verifier.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>

namespace xinan::ui {
namespace {

// Only a folder is remembered, never a file's content.
const auto LastBackupFolderKey = QStringLiteral("lastBackupFolder");

} // namespace

MainWindow::MainWindow(std::unique_ptr<SchoolFile> school, QWidget *parent)
    : QMainWindow(parent)
    , m_school(std::move(school))
    , m_overview(new OverviewPage)
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_overview);
    setCentralWidget(scroll);
    resize(1100, 720);

    refresh();
    buildMenus();
    buildStatusBar();
}

MainWindow::~MainWindow() = default;

void MainWindow::refresh()
{
    try {
        const OverviewData overview = loadOverview(*m_school);
        m_schoolName = overview.school.name;
        m_overview->setData(overview);
    } catch (const Error &e) {
        showMessage(this, MessageKind::Critical, tr("The overview cannot be read"), e.message());
    }
    setWindowTitle(tr("XinAn — %1").arg(m_schoolName));
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *backUpAction = file->addAction(tr("&Back up…"), this, &MainWindow::backUp);
    backUpAction->setObjectName(QStringLiteral("backUp"));
    QAction *restoreAction = file->addAction(tr("&Restore from a backup…"), this, &MainWindow::restoreFromBackup);
    restoreAction->setObjectName(QStringLiteral("restore"));
    QAction *verifyAction = file->addAction(tr("&Verify database"), this, &MainWindow::verify);
    verifyAction->setObjectName(QStringLiteral("verify"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = help->addAction(tr("&About XinAn"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
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
    updateStatusBar();
}

void MainWindow::updateStatusBar()
{
    m_statusSchool->setText(m_schoolName);
    m_statusAccount->setText(tr("Account: %1").arg(m_school->user()));
    m_statusFile->setText(QFileInfo(m_school->path()).fileName());
    m_statusFile->setToolTip(QDir::toNativeSeparators(m_school->path()));
}

void MainWindow::showSchool(std::unique_ptr<SchoolFile> school)
{
    if (!school) {
        // Nothing is open any more (the user gave up unlocking): the window has nothing to show.
        close();
        return;
    }
    m_school = std::move(school);
    refresh();
    updateStatusBar();
}

void MainWindow::backUp()
{
    QSettings settings;
    const QFileInfo database(m_school->path());
    const QString folder = settings.value(LastBackupFolderKey, database.absolutePath()).toString();
    const QString suggested = QDir(folder).filePath(database.completeBaseName() + QStringLiteral("-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")) + QStringLiteral(".xinan-backup"));
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
    const QString current = m_school->path();
    const QString currentFile = QFileInfo(current).absoluteFilePath();
    bool closed = false;
    RestoreDialog dialog(current, this);
    dialog.setBeforeRestore([this, &closed, currentFile](const QString &target) {
        // The restore renames the database file, which must not be open meanwhile.
        if (!closed && QFileInfo(target).absoluteFilePath() == currentFile) {
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

void MainWindow::about()
{
    showMessage(this, MessageKind::Information, tr("About XinAn"),
        tr("XinAn %1\n\nRecords of a school's psychological counselling office, kept encrypted and offline "
           "on this computer.")
            .arg(QStringLiteral(XINAN_VERSION)));
}

} // namespace xinan::ui
