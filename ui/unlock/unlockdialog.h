#pragma once
// Opens one school database: account + password, or the recovery key and a new password when
// the key file is lost or the password forgotten. The key derivation runs off the UI thread.

#include "error.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class RecoveryPage;

class UnlockDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnlockDialog)

public:
    explicit UnlockDialog(const QString &databasePath, QWidget *parent = nullptr);
    ~UnlockDialog() override;

    // The opened database after the dialog was accepted (once; null otherwise).
    std::unique_ptr<SchoolFile> takeSchoolFile();
    bool isRecoveryMode() const;
    bool isBusy() const { return m_busy; }
    // Closing is refused while the database is being created or opened.
    void reject() override;
    // The last failure shown to the user (inline or in a message box), for tests and logs.
    QString lastError() const { return m_lastError; }
    // After a damaged database was reported, the user chose to restore it from a backup.
    bool restoreRequested() const { return m_restoreRequested; }

    void showRecoveryMode();
    void showPasswordMode();
    // Preselects an account (the one that was working before XinAn locked itself).
    void setAccount(const QString &account);

Q_SIGNALS:
    void unlockFailed(xinan::ErrorKind kind, const QString &message);

private:
    QWidget *buildPasswordPage();
    void unlockWithPassword();
    void unlockWithRecoveryKey();
    void setBusy(bool busy);
    void fail(ErrorKind kind, const QString &message, const QString &account);
    void succeed(std::unique_ptr<SchoolFile> school);

    QString m_path;
    QStringList m_accounts;
    bool m_keyFileUsable = false;
    bool m_busy = false;
    bool m_restoreRequested = false;
    QString m_lastError;
    std::unique_ptr<SchoolFile> m_school;

    QLabel *m_fileName;
    QStackedWidget *m_pages;
    QComboBox *m_account = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_passwordError = nullptr;
    RecoveryPage *m_recovery;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_open;
};

} // namespace xinan::ui
