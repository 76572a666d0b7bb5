#pragma once
// The recovery-key half of the unlock dialog (the GUI of `xinan-cli recover`): recovery key,
// account and a new password, checked here before any slow work starts.

#include "crypto/secret.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace xinan::ui {

struct RecoveryInput
{
    QString recoveryKey;
    QString account;
    std::shared_ptr<SecretBytes> newPassword;
};

class RecoveryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryPage)

public:
    explicit RecoveryPage(QWidget *parent = nullptr);

    // Why the recovery key is needed (key file missing, or password forgotten).
    void setReason(const QString &text);
    // Known account names (empty when the key file is lost: the account is then typed).
    void setAccounts(const QStringList &accounts);
    void setBackAllowed(bool allowed);
    void showError(const QString &message);
    // Takes and clears the password fields. Shows what is wrong and returns nothing when
    // the input is incomplete or invalid.
    std::optional<RecoveryInput> takeInput();
    void clearRecoveryKey();
    void focusFirstField();

Q_SIGNALS:
    void backRequested();
    void submitted();

private:
    QLabel *m_reason;
    QLineEdit *m_recoveryKey;
    QComboBox *m_account;
    QLineEdit *m_newPassword;
    QLineEdit *m_repeatPassword;
    QLabel *m_error;
    QPushButton *m_back;
};

} // namespace xinan::ui
