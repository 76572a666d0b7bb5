#include "accountssection.h"

#include "common/background.h"
#include "common/colors.h"
#include "common/dialogseams.h"
#include "common/formparts.h"
#include "common/passwordstrength.h"

#include "crypto/keyslots.h"
#include "error.h"
#include "services/schoolfile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

void fillRoles(QComboBox *combo, const QList<AccountRole> &roles)
{
    for (const AccountRole role : roles)
        combo->addItem(accountRoleName(role), static_cast<int>(role));
}

} // namespace

AccountDialog::AccountDialog(SchoolFile &school, const QList<AccountRole> &roles, const AccountInfo &existing, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_reset(!existing.username.isEmpty())
    , m_name(new QLineEdit(existing.username, this))
    , m_role(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_strength(new PasswordStrengthBar(this))
    , m_error(makeErrorLabel(this, QStringLiteral("accountError")))
{
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(m_reset ? tr("New password for %1").arg(existing.username) : tr("Add an account"));
    m_name->setObjectName(QStringLiteral("accountName"));
    m_name->setMaxLength(32);
    m_name->setPlaceholderText(tr("e.g. zhoufang or 周芳"));
    m_name->setReadOnly(m_reset);
    m_role->setObjectName(QStringLiteral("accountRole"));
    fillRoles(m_role, m_reset ? QList<AccountRole> { existing.role } : roles);
    m_role->setEnabled(!m_reset);
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_password->setPlaceholderText(tr("A sentence or several unrelated words"));
    for (QLineEdit *field : { m_password, m_repeat })
        field->setEchoMode(QLineEdit::Password);
    m_strength->watch(m_password);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Account name:"), m_name);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Strength:"), m_strength);
    form->addRow(tr("Repeat password:"), m_repeat);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(
        makeNoteLabel(tr("Give the password to its owner in person. Counselling teachers' and administrators' passwords "
                         "must be stronger: a long sentence, or several words that do not belong together."),
            this));
    layout->addWidget(m_error);
    layout->addWidget(makeOkCancel(this, m_reset ? tr("Set password") : tr("Add account")));

    connect(m_name, &QLineEdit::textChanged, this, &AccountDialog::updateRequirement);
    connect(m_role, &QComboBox::currentIndexChanged, this, &AccountDialog::updateRequirement);
    updateRequirement();
    setMinimumWidth(480);
}

QString AccountDialog::accountName() const
{
    return m_name->text().trimmed();
}

AccountRole AccountDialog::role() const
{
    return static_cast<AccountRole>(m_role->currentData().toInt());
}

SecretBytes AccountDialog::takePassword()
{
    return std::move(m_taken);
}

void AccountDialog::updateRequirement()
{
    QStringList words;
    try {
        words = AccountRepository(m_school.db(), m_school.user()).passwordWords(accountName());
    } catch (const Error &) {
        words = { accountName() };
    }
    m_strength->setRequirement(role(), words);
}

void AccountDialog::fail(const QString &message, QWidget *focus)
{
    m_error->setText(message);
    m_error->show();
    focus->setFocus();
}

void AccountDialog::accept()
{
    try {
        validateUserName(accountName());
    } catch (const Error &e) {
        return fail(e.message(), m_name);
    }
    SecretBytes password = takeSecret(m_password);
    const SecretBytes repeated = takeSecret(m_repeat);
    try {
        validateNewPassword(password, role(), AccountRepository(m_school.db(), m_school.user()).passwordWords(accountName()));
    } catch (const Error &e) {
        return fail(e.message(), m_password);
    }
    if (!password.equals(repeated))
        return fail(tr("The two passwords are not the same. Enter them again."), m_password);
    m_taken = std::move(password);
    QDialog::accept();
}

AccountsSection::AccountsSection(SchoolFile &school, QWidget *parent)
    : QWidget(parent)
    , m_school(school)
    , m_table(new QTableWidget(0, 3, this))
    , m_role(new QComboBox(this))
    , m_changeRole(new QPushButton(tr("Change role"), this))
    , m_reset(new QPushButton(tr("Reset password…"), this))
    , m_toggle(new QPushButton(tr("Disable"), this))
    , m_remove(new QPushButton(tr("Remove…"), this))
    , m_add(new QPushButton(tr("Add account…"), this))
    , m_result(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("accounts"));
    m_table->setHorizontalHeaderLabels({ tr("Account"), tr("Role"), tr("State") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_role->setObjectName(QStringLiteral("role"));
    fillRoles(m_role, allAccountRoles());
    m_changeRole->setObjectName(QStringLiteral("changeRole"));
    m_reset->setObjectName(QStringLiteral("resetPassword"));
    m_toggle->setObjectName(QStringLiteral("toggleDisabled"));
    m_remove->setObjectName(QStringLiteral("removeAccount"));
    m_add->setObjectName(QStringLiteral("addAccount"));
    for (QPushButton *b : { m_changeRole, m_reset, m_toggle, m_remove, m_add })
        b->setAutoDefault(false);
    m_result->setObjectName(QStringLiteral("accountsResult"));
    m_result->setWordWrap(true);
    m_result->hide();

    auto *actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Selected account:"), this));
    actions->addWidget(m_role);
    actions->addWidget(m_changeRole);
    actions->addSpacing(12);
    actions->addWidget(m_reset);
    actions->addWidget(m_toggle);
    actions->addWidget(m_remove);
    actions->addStretch(1);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_result);
    layout->addLayout(addRow);
    layout->addWidget(makeNoteLabel(
        tr("Changes take effect at once. Only a counselling teacher gives or takes the counselling-teacher role, and at "
           "least one enabled counselling-teacher account stays. A disabled account cannot open the database until it is "
           "enabled again; a removed account loses its password for good, and its name stays in the audit log. When "
           "someone leaves the school, remove the account and then change the keys (rekey)."),
        this));

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AccountsSection::selectionChanged);
    connect(m_changeRole, &QPushButton::clicked, this, &AccountsSection::changeRole);
    connect(m_reset, &QPushButton::clicked, this, [this] { openResetDialog(); });
    connect(m_toggle, &QPushButton::clicked, this, &AccountsSection::toggleDisabled);
    connect(m_remove, &QPushButton::clicked, this, &AccountsSection::removeAccount);
    connect(m_add, &QPushButton::clicked, this, [this] { openAddDialog(); });
    reload();
}

QString AccountsSection::stateOf(const AccountInfo &account) const
{
    const bool slot = m_slots.contains(account.username);
    if (account.disabled)
        return slot ? tr("Disabled") : tr("Removed");
    return slot ? tr("Enabled") : tr("No password (reset it)");
}

void AccountsSection::reload()
{
    const std::optional<AccountInfo> previous = selected();
    try {
        m_accounts = AccountRepository(m_school.db(), m_school.user()).accounts();
        m_slots = SchoolFile::accountNames(m_school.path());
    } catch (const Error &e) {
        showResult(e.message(), false);
    }
    {
        QSignalBlocker block(m_table);
        m_table->setRowCount(0);
        for (const AccountInfo &account : std::as_const(m_accounts)) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            QString name = account.username;
            if (account.username == m_school.user())
                name += tr(" (you)");
            const QStringList cells { name, accountRoleName(account.role), stateOf(account) };
            for (int col = 0; col < cells.size(); ++col) {
                auto *item = new QTableWidgetItem(cells.at(col));
                item->setData(Qt::UserRole, account.username);
                if (account.disabled)
                    item->setForeground(palette().color(QPalette::PlaceholderText));
                m_table->setItem(row, col, item);
            }
        }
        m_table->resizeColumnsToContents();
        for (const int col : { NameColumn, RoleColumn })
            m_table->setColumnWidth(col, m_table->columnWidth(col) + 24);
    }
    if (!previous || !selectAccount(previous->username))
        selectionChanged();
}

bool AccountsSection::selectAccount(const QString &username)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, NameColumn)->data(Qt::UserRole).toString() == username) {
            m_table->selectRow(row);
            selectionChanged();
            return true;
        }
    return false;
}

std::optional<AccountInfo> AccountsSection::selected() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const QString name = items.first()->data(Qt::UserRole).toString();
    for (const AccountInfo &account : m_accounts)
        if (account.username == name)
            return account;
    return std::nullopt;
}

void AccountsSection::selectionChanged()
{
    const std::optional<AccountInfo> account = selected();
    const bool removed = account && account->disabled && !m_slots.contains(account->username);
    for (QWidget *w : { static_cast<QWidget *>(m_role), static_cast<QWidget *>(m_changeRole), static_cast<QWidget *>(m_reset),
             static_cast<QWidget *>(m_toggle), static_cast<QWidget *>(m_remove) })
        w->setEnabled(account && !removed);
    if (!account)
        return;
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(account->role)));
    m_toggle->setText(account->disabled ? tr("Enable") : tr("Disable"));
}

void AccountsSection::showResult(const QString &message, bool success)
{
    m_lastMessage = message;
    m_result->setText(message);
    m_result->setStyleSheet(success ? colors::textStyle(colors::Good) : colors::textStyle(colors::Bad));
    m_result->setVisible(!message.isEmpty());
}

bool AccountsSection::perform(const std::function<void()> &change, const QString &done)
{
    try {
        change();
    } catch (const Error &e) {
        showResult(e.message(), false);
        reload();
        return false;
    }
    reload();
    showResult(done, true);
    return true;
}

AccountDialog *AccountsSection::openAddDialog()
{
    // An administrator does not create counselling-teacher accounts (core refuses it too).
    QList<AccountRole> roles = allAccountRoles();
    if (openAccountRole(m_school) != AccountRole::Counsellor)
        roles.removeAll(AccountRole::Counsellor);
    auto *dialog = new AccountDialog(m_school, roles, AccountInfo {}, this);
    openWindowModal(dialog, [this, dialog](int result) {
        if (result != QDialog::Accepted)
            return;
        const QString name = dialog->accountName();
        const AccountRole role = dialog->role();
        auto password = std::make_shared<SecretBytes>(dialog->takePassword());
        SchoolFile *school = &m_school;
        perform(
            [&] {
                runWithBusyDialog(this, tr("Adding the account…"), [school, name, role, password] {
                    school->addUser(name, *password, role);
                    return true;
                });
            },
            tr("Added the account %1 (%2).").arg(name, accountRoleName(role)));
        selectAccount(name);
    });
    return dialog;
}

AccountDialog *AccountsSection::openResetDialog()
{
    const std::optional<AccountInfo> account = selected();
    if (!account) {
        showResult(tr("Choose an account in the list first."), false);
        return nullptr;
    }
    auto *dialog = new AccountDialog(m_school, { account->role }, *account, this);
    openWindowModal(dialog, [this, dialog](int result) {
        if (result != QDialog::Accepted)
            return;
        const QString name = dialog->accountName();
        auto password = std::make_shared<SecretBytes>(dialog->takePassword());
        SchoolFile *school = &m_school;
        perform(
            [&] {
                runWithBusyDialog(this, tr("Setting the password…"), [school, name, password] {
                    school->setPassword(name, *password);
                    return true;
                });
            },
            tr("The password of %1 was set. Give it to its owner in person.").arg(name));
    });
    return dialog;
}

void AccountsSection::changeRole()
{
    const std::optional<AccountInfo> account = selected();
    if (!account)
        return showResult(tr("Choose an account in the list first."), false);
    const auto role = static_cast<AccountRole>(m_role->currentData().toInt());
    perform(
        [&] { m_school.setRole(account->username, role); }, tr("%1 is now %2.").arg(account->username, accountRoleName(role)));
}

void AccountsSection::toggleDisabled()
{
    const std::optional<AccountInfo> account = selected();
    if (!account)
        return showResult(tr("Choose an account in the list first."), false);
    const bool disable = !account->disabled;
    perform([&] { m_school.setUserDisabled(account->username, disable); },
        disable ? tr("Disabled %1: it cannot open the database until it is enabled again.").arg(account->username)
                : tr("Enabled %1 again.").arg(account->username));
}

void AccountsSection::removeAccount()
{
    const std::optional<AccountInfo> account = selected();
    if (!account)
        return showResult(tr("Choose an account in the list first."), false);
    if (!askToProceed(this, MessageKind::Warning, tr("Remove account"),
            tr("Remove the account %1 (%2)? Its password will no longer open the database, for good. Its name stays in the "
               "audit log; a new account cannot take it.")
                .arg(account->username, accountRoleName(account->role)),
            tr("Remove %1").arg(account->username)))
        return;
    perform([&] { m_school.removeUser(account->username); }, tr("Removed the account %1.").arg(account->username));
}

} // namespace xinan::ui
