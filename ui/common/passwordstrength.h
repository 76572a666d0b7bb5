#pragma once
// A live hint of how hard a new password is to guess: a coloured bar and one word (weak,
// medium, strong). Simple rules on length and character classes; the hard minimum (8
// characters) stays with validateNewPassword in core.

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace xinan::ui {

enum class PasswordStrength { Empty, Weak, Medium, Strong };

// Weak: under 8 characters, one kind of character, or one character repeated. Medium: 8 or
// more with two kinds. Strong: 12 or more with three kinds, or 16 or more with two. Kinds are
// lower case, upper case, digits and everything else (punctuation, spaces, Chinese).
PasswordStrength ratePassword(const QString &password);

class PasswordStrengthBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordStrengthBar)

public:
    explicit PasswordStrengthBar(QWidget *parent = nullptr);

    // Follows `field` as the user types.
    void watch(QLineEdit *field);
    void setPassword(const QString &password);
    PasswordStrength strength() const { return m_strength; }
    QString word() const;

private:
    PasswordStrength m_strength = PasswordStrength::Empty;
    QProgressBar *m_bar;
    QLabel *m_word;
};

} // namespace xinan::ui
