#include "passwordchangebox.h"

#include "common/background.h"
#include "common/colors.h"
#include "common/formparts.h"
#include "common/passwordstrength.h"

#include "crypto/keyslots.h"
#include "crypto/secret.h"
#include "error.h"
#include "repo/accountrepository.h"
#include "services/schoolfile.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

// The signed-in account's role and the words its password must not lean on.
std::pair<AccountRole, QStringList> requirementOf(SchoolFile &school)
{
    try {
        AccountRepository accounts(school.db(), school.user());
        const std::optional<AccountInfo> account = accounts.find(school.user());
        return { account ? account->role : AccountRole::Counsellor, accounts.passwordWords(school.user()) };
    } catch (const Error &) {
        return { AccountRole::Counsellor, { school.user() } };
    }
}

} // namespace

PasswordChangeBox::PasswordChangeBox(SchoolFile &school, QWidget *parent)
    : QGroupBox(parent)
    , m_school(school)
    , m_current(new QLineEdit(this))
    , m_new(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_strength(new PasswordStrengthBar(this))
    , m_result(new QLabel(this))
    , m_progress(makeBusyBar(this))
    , m_change(new QPushButton(tr("Change password"), this))
{
    setTitle(tr("Password of account %1").arg(school.user()));
    m_current->setObjectName(QStringLiteral("currentPassword"));
    m_new->setObjectName(QStringLiteral("newPassword"));
    m_new->setPlaceholderText(tr("A sentence or several unrelated words"));
    m_repeat->setObjectName(QStringLiteral("repeatNewPassword"));
    for (QLineEdit *field : { m_current, m_new, m_repeat }) {
        field->setEchoMode(QLineEdit::Password);
        connect(field, &QLineEdit::returnPressed, this, &PasswordChangeBox::changePassword);
    }
    m_strength->watch(m_new);
    const auto [role, words] = requirementOf(m_school);
    m_strength->setRequirement(role, words);
    m_result->setObjectName(QStringLiteral("passwordResult"));
    m_result->setWordWrap(true);
    m_result->hide();
    m_change->setObjectName(QStringLiteral("changePassword"));
    m_change->setAutoDefault(false);
    connect(m_change, &QPushButton::clicked, this, &PasswordChangeBox::changePassword);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Current password:"), m_current);
    form->addRow(tr("New password:"), m_new);
    form->addRow(tr("Strength:"), m_strength);
    form->addRow(tr("Repeat new password:"), m_repeat);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_change);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(m_progress);
    layout->addLayout(buttonRow);
}

void PasswordChangeBox::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : { static_cast<QWidget *>(m_current), static_cast<QWidget *>(m_new), static_cast<QWidget *>(m_repeat),
             static_cast<QWidget *>(m_change) })
        w->setEnabled(!busy);
    m_progress->setVisible(busy);
    Q_EMIT busyChanged(busy);
}

void PasswordChangeBox::showResult(const QString &message, bool success)
{
    m_lastMessage = message;
    m_succeeded = success;
    m_result->setText(message);
    m_result->setStyleSheet(success ? colors::textStyle(colors::Good) : colors::textStyle(colors::Bad));
    m_result->setVisible(!message.isEmpty());
}

void PasswordChangeBox::changePassword()
{
    if (m_busy)
        return;
    auto current = std::make_shared<SecretBytes>(takeSecret(m_current));
    auto next = std::make_shared<SecretBytes>(takeSecret(m_new));
    const SecretBytes repeated = takeSecret(m_repeat);
    if (current->isEmpty()) {
        m_current->setFocus();
        return showResult(tr("Enter the current password."), false);
    }
    try {
        const auto [role, words] = requirementOf(m_school);
        validateNewPassword(*next, role, words);
    } catch (const Error &e) {
        m_new->setFocus();
        return showResult(e.message(), false);
    }
    if (!next->equals(repeated)) {
        m_new->setFocus();
        return showResult(tr("The two new passwords are not the same. Enter them again."), false);
    }

    showResult(QString(), false);
    setBusy(true);
    SchoolFile *school = &m_school;
    const QString user = m_school.user();
    const QString keyFile = m_school.keyFilePath();
    runInBackground(
        this,
        [school, user, keyFile, current, next] {
            // The current password is checked against the key file itself, as unlocking does.
            KeySlotFile::load(keyFile).unlock(user, *current);
            school->setPassword(user, *next);
            return true;
        },
        [this, user](Outcome<bool> &outcome) {
            setBusy(false);
            try {
                outcome.take();
                showResult(tr("The password of account %1 was changed. Use the new password from now on.").arg(user), true);
                Q_EMIT finished(true);
                return;
            } catch (const Error &e) {
                showResult(
                    e.kind() == ErrorKind::WrongSecret ? tr("The current password is wrong. Nothing was changed.") : e.message(),
                    false);
            } catch (const std::exception &e) {
                showResult(QString::fromLocal8Bit(e.what()), false);
            }
            m_current->setFocus();
            Q_EMIT finished(false);
        });
}

} // namespace xinan::ui
