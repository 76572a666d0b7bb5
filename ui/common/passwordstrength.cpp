#include "passwordstrength.h"

#include "common/colors.h"

#include "crypto/keyslots.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>

namespace xinan::ui {

PasswordStrength ratePassword(const QString &password, AccountRole role, const QStringList &personalWords)
{
    if (password.isEmpty())
        return PasswordStrength::Empty;
    QByteArray typed = password.toUtf8();
    const SecretBytes secret = SecretBytes::takeFrom(typed);
    const double bits = passwordStrength(secret, personalWords);
    const double floor = passwordStrengthFloor(role);
    if (bits < floor)
        return PasswordStrength::Weak;
    return bits >= floor + 10.0 ? PasswordStrength::Strong : PasswordStrength::Medium;
}

PasswordStrengthBar::PasswordStrengthBar(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_word(new QLabel(this))
{
    setObjectName(QStringLiteral("passwordStrength"));
    m_bar->setObjectName(QStringLiteral("strengthBar"));
    m_bar->setRange(0, 3);
    m_bar->setTextVisible(false);
    m_bar->setFixedHeight(8);
    m_word->setObjectName(QStringLiteral("strengthWord"));
    m_word->setMinimumWidth(m_word->fontMetrics().horizontalAdvance(tr("Medium")) + 8);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_word);
    setPassword(QString());
}

void PasswordStrengthBar::watch(QLineEdit *field)
{
    connect(field, &QLineEdit::textChanged, this, &PasswordStrengthBar::setPassword);
}

QString PasswordStrengthBar::word() const
{
    switch (m_strength) {
    case PasswordStrength::Empty:
        break;
    case PasswordStrength::Weak:
        return tr("Weak");
    case PasswordStrength::Medium:
        return tr("Medium");
    case PasswordStrength::Strong:
        return tr("Strong");
    }
    return QString();
}

void PasswordStrengthBar::setRequirement(AccountRole role, const QStringList &personalWords)
{
    m_role = role;
    m_words = personalWords;
    setPassword(m_password);
}

void PasswordStrengthBar::setPassword(const QString &password)
{
    m_password = password;
    m_strength = ratePassword(password, m_role, m_words);
    QString colour;
    switch (m_strength) {
    case PasswordStrength::Empty:
        colour = QStringLiteral("#c0c0c0");
        break;
    case PasswordStrength::Weak:
        colour = colors::css(colors::Bad);
        break;
    case PasswordStrength::Medium:
        colour = QStringLiteral("#ef8f00");
        break;
    case PasswordStrength::Strong:
        colour = colors::css(colors::Good);
        break;
    }
    m_bar->setValue(static_cast<int>(m_strength));
    m_bar->setStyleSheet(QStringLiteral("QProgressBar { border: 1px solid #b0b0b0; border-radius: 3px; background: #f0f0f0; }"
                                        "QProgressBar::chunk { background: %1; border-radius: 2px; }")
                             .arg(colour));
    m_word->setText(word());
    m_word->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(colour));
}

} // namespace xinan::ui
