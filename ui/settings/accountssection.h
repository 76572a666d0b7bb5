#pragma once
// Settings → 账户 (counselling teachers and administrators): the school's accounts with their
// role and state; add an account (name, role, password twice with the strength bar), change a
// role, reset a password, disable or enable, remove (after a confirmation naming the account).
// Each action takes effect at once through SchoolFile / AccountRepository, whose rules decide
// (only a counsellor gives the counsellor role ...); a refusal is shown under the list.

#include "common/settingssection.h"

#include "crypto/secret.h"
#include "repo/accountrepository.h"

#include <QDialog>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace xinan::ui {

class PasswordStrengthBar;

// The name, role and password of a new account, or the new password of an existing one.
class AccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDialog)

public:
    // `existing` empty: a new account (name and role asked); else that account's new password.
    AccountDialog(SchoolFile &school, const QList<AccountRole> &roles, const AccountInfo &existing, QWidget *parent = nullptr);

    QString accountName() const;
    AccountRole role() const;
    // The password typed, moved out of the fields (once).
    SecretBytes takePassword();
    // Checks the fields (name, password strength for the role, both passwords the same) and
    // closes only when they are right.
    void accept() override;

private:
    void updateRequirement();
    void fail(const QString &message, QWidget *focus);

    SchoolFile &m_school;
    bool m_reset;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    PasswordStrengthBar *m_strength;
    QLabel *m_error;
    SecretBytes m_taken;
};

class AccountsSection final : public QWidget, public SettingsSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsSection)

public:
    enum Column { NameColumn, RoleColumn, StateColumn };

    explicit AccountsSection(SchoolFile &school, QWidget *parent = nullptr);

    bool save() override { return true; } // every action is saved when it is taken

    // The actions, callable directly (tests). The dialogs open window-modal and act when accepted.
    AccountDialog *openAddDialog();
    AccountDialog *openResetDialog();
    void changeRole();
    void toggleDisabled();
    void removeAccount();
    bool selectAccount(const QString &username);
    // The last refusal or confirmation shown under the list.
    QString lastMessage() const { return m_lastMessage; }

private:
    void reload();
    void selectionChanged();
    std::optional<AccountInfo> selected() const;
    QString stateOf(const AccountInfo &account) const;
    void showResult(const QString &message, bool success);
    // Runs `change` and reloads; shows its refusal instead of throwing.
    bool perform(const std::function<void()> &change, const QString &done);

    SchoolFile &m_school;
    QList<AccountInfo> m_accounts;
    QStringList m_slots;
    QString m_lastMessage;
    QTableWidget *m_table;
    QComboBox *m_role;
    QPushButton *m_changeRole;
    QPushButton *m_reset;
    QPushButton *m_toggle;
    QPushButton *m_remove;
    QPushButton *m_add;
    QLabel *m_result;
};

} // namespace xinan::ui
