#include "passwordstrength.h"

#include "common/colors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>

namespace xinan::ui {

PasswordStrength ratePassword(const QString &password)
{
    if (password.isEmpty())
        return PasswordStrength::Empty;
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool other = false;
    bool allSame = true;
    for (const QChar c : password) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
        allSame = allSame && c == password.front();
    }
    const int kinds = int(lower) + int(upper) + int(digit) + int(other);
    const qsizetype length = password.size();
    if (length < 8 || kinds < 2 || allSame)
        return PasswordStrength::Weak;
    if ((length >= 12 && kinds >= 3) || length >= 16)
        return PasswordStrength::Strong;
    return PasswordStrength::Medium;
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

void PasswordStrengthBar::setPassword(const QString &password)
{
    m_strength = ratePassword(password);
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
