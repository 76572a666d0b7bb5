#pragma once
// Restores a school database from a backup file: which backup (and what it holds), where the
// restored database goes, and the recovery key or an account's password as of the backup.
// The restore runs off the UI thread; an existing database is moved aside, never deleted.

#include <QDialog>

#include <functional>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class RestoreDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreDialog)

public:
    // `target`: the database to restore over (from the main window or after a damaged open);
    // empty when the user chooses where the restored database goes.
    explicit RestoreDialog(const QString &target, QWidget *parent = nullptr);
    ~RestoreDialog() override;

    // Runs on the UI thread just before the restore starts, with the target path: the owner of
    // an open database at that path closes it there (the restore renames the file).
    void setBeforeRestore(std::function<void(const QString &target)> hook);

    // Reads the backup's header and shows it; false (with the reason shown) when it is unusable.
    bool setBackupFile(const QString &path);
    void setTarget(const QString &path);

    // After acceptance: where the restored database is, where the one it replaced was kept
    // (empty when there was none), and the restored database already open when it was restored
    // with a password (null otherwise: unlock it as usual).
    QString restoredDatabase() const { return m_restored; }
    QString previousDatabase() const { return m_previous; }
    std::unique_ptr<SchoolFile> takeSchoolFile();

    bool isBusy() const { return m_busy; }
    QString lastError() const { return m_lastError; }
    // Closing is refused while the backup is being restored.
    void reject() override;

private:
    void chooseBackup();
    void chooseTarget();
    QString targetPath() const;
    void updateTargetNote();
    void updateSecretMode();
    void restore();
    void setBusy(bool busy);
    void showError(const QString &message);
    void fitToContents();

    std::function<void(const QString &)> m_beforeRestore;
    std::unique_ptr<SchoolFile> m_school;
    QString m_backup;
    QString m_restored;
    QString m_previous;
    QString m_lastError;
    bool m_busy = false;

    QWidget *m_form;
    QLineEdit *m_backupPath;
    QLabel *m_backupInfo;
    QLineEdit *m_target;
    QPushButton *m_chooseTarget;
    QLabel *m_targetNote;
    QRadioButton *m_useRecoveryKey;
    QRadioButton *m_usePassword;
    QComboBox *m_account;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QLabel *m_error;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_restore;
};

} // namespace xinan::ui
