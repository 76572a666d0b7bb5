#include "recoverypage.h"

#include "common/formparts.h"
#include "linkbutton.h"

#include "crypto/keyslots.h"
#include "error.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

} // namespace

RecoveryPage::RecoveryPage(QWidget *parent)
    : QWidget(parent)
    , m_reason(new QLabel(this))
    , m_recoveryKey(new QLineEdit(this))
    , m_account(new QComboBox(this))
    , m_newPassword(new QLineEdit(this))
    , m_repeatPassword(new QLineEdit(this))
    , m_error(makeErrorLabel(this, QStringLiteral("recoveryError")))
    , m_back(new QPushButton(tr("Back to password"), this))
{
    m_reason->setObjectName(QStringLiteral("recoveryReason"));
    m_reason->setWordWrap(true);

    m_recoveryKey->setObjectName(QStringLiteral("recoveryKey"));
    m_recoveryKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_recoveryKey->setPlaceholderText(tr("Nine groups of five letters or digits"));
    m_recoveryKey->setMinimumWidth(420); // a whole key stays visible while it is checked

    m_account->setObjectName(QStringLiteral("recoveryAccount"));
    m_account->setEditable(true);
    m_account->setInsertPolicy(QComboBox::NoInsert);

    for (QLineEdit *field : { m_newPassword, m_repeatPassword }) {
        field->setEchoMode(QLineEdit::Password);
        connect(field, &QLineEdit::returnPressed, this, &RecoveryPage::submitted);
    }
    connect(m_recoveryKey, &QLineEdit::returnPressed, this, &RecoveryPage::submitted);
    m_newPassword->setObjectName(QStringLiteral("newPassword"));
    m_repeatPassword->setObjectName(QStringLiteral("repeatPassword"));
    m_newPassword->setPlaceholderText(tr("A sentence or several unrelated words"));

    m_back->setObjectName(QStringLiteral("backToPassword"));
    styleAsLink(m_back);
    connect(m_back, &QPushButton::clicked, this, &RecoveryPage::backRequested);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Recovery key:"), m_recoveryKey);
    form->addRow(tr("Account:"), m_account);
    form->addRow(tr("New password:"), m_newPassword);
    form->addRow(tr("Repeat password:"), m_repeatPassword);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_reason);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_back, 0, Qt::AlignLeft);
    layout->addStretch();
}

void RecoveryPage::setReason(const QString &text)
{
    m_reason->setText(text);
}

void RecoveryPage::setAccounts(const QStringList &accounts)
{
    m_account->clear();
    m_account->addItems(accounts);
    m_account->setCurrentIndex(accounts.size() == 1 ? 0 : -1);
}

void RecoveryPage::setBackAllowed(bool allowed)
{
    m_back->setVisible(allowed);
}

void RecoveryPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

std::optional<RecoveryInput> RecoveryPage::takeInput()
{
    RecoveryInput input;
    input.recoveryKey = m_recoveryKey->text().trimmed();
    input.account = m_account->currentText().trimmed();
    SecretBytes password = takeSecret(m_newPassword);
    const SecretBytes repeated = takeSecret(m_repeatPassword);
    if (input.recoveryKey.isEmpty()) {
        showError(tr("Enter the recovery key."));
        m_recoveryKey->setFocus();
        return std::nullopt;
    }
    try {
        validateUserName(input.account);
    } catch (const Error &e) {
        showError(e.message());
        m_account->setFocus();
        return std::nullopt;
    }
    try {
        // The account's role is known only once the database is open: check against the
        // strictest floor now (SchoolFile::setPassword checks the role's own floor again).
        validateNewPassword(password, AccountRole::Counsellor, { input.account });
    } catch (const Error &e) {
        showError(e.message());
        m_newPassword->setFocus();
        return std::nullopt;
    }
    if (!password.equals(repeated)) {
        showError(tr("The two passwords are not the same. Enter them again."));
        m_newPassword->setFocus();
        return std::nullopt;
    }
    showError(QString());
    input.newPassword = std::make_shared<SecretBytes>(std::move(password));
    return input;
}

void RecoveryPage::clearRecoveryKey()
{
    m_recoveryKey->clear();
}

void RecoveryPage::focusFirstField()
{
    m_recoveryKey->setFocus();
}

} // namespace xinan::ui
