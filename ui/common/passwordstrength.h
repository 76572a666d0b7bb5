#pragma once
// A live hint of how hard a new password is to guess: a coloured bar and one word (weak,
// medium, strong). The same zxcvbn estimate as core's validateNewPassword (passwordStrength in
// core/crypto/keyslots.h), against the floor of the account's role: what the bar calls weak
// is what saving refuses.

#include "domain/daily.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace xinan::ui {

enum class PasswordStrength { Empty, Weak, Medium, Strong };

// Weak: below passwordStrengthFloor(role) (refused when saved). Medium: accepted. Strong: at
// least 10 bits (a thousand times the guesses) above the floor. `personalWords` as for
// validateNewPassword (the account name, the school's name ...).
PasswordStrength ratePassword(
    const QString &password, AccountRole role = AccountRole::Counsellor, const QStringList &personalWords = {});

class PasswordStrengthBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordStrengthBar)

public:
    explicit PasswordStrengthBar(QWidget *parent = nullptr);

    // Follows `field` as the user types.
    void watch(QLineEdit *field);
    // The role whose floor applies (counselling teacher unless set) and the personal words;
    // the bar is rated again at once.
    void setRequirement(AccountRole role, const QStringList &personalWords = {});
    void setPassword(const QString &password);
    PasswordStrength strength() const { return m_strength; }
    QString word() const;

private:
    PasswordStrength m_strength = PasswordStrength::Empty;
    AccountRole m_role = AccountRole::Counsellor;
    QStringList m_words;
    QString m_password;
    QProgressBar *m_bar;
    QLabel *m_word;
};

} // namespace xinan::ui
