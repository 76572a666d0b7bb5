#include "unlockdialog.h"

#include "common/background.h"
#include "common/dialogseams.h"
#include "common/formparts.h"
#include "linkbutton.h"
#include "recoverypage.h"

#include "crypto/keyslots.h"
#include "crypto/secret.h"
#include "services/schoolfile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

struct Recovered
{
    SchoolFile school;
    bool keyFileRecreated = false;
};

// The dialog is as tall as the page shown, not as the tallest page.
constexpr int MinimumWidth = 520;

void fitToCurrentPage(QStackedWidget *pages)
{
    for (int i = 0; i < pages->count(); ++i)
        pages->widget(i)->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    pages->currentWidget()->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    pages->adjustSize();
    // The explicit minimum width keeps the layout from setting its own: never below what the
    // page needs (the whole recovery key beside a long label), or a field is cut off.
    QWidget *dialog = pages->window();
    dialog->setMinimumWidth(qMax(MinimumWidth, dialog->layout()->minimumSize().width()));
}

QString describe(const std::exception &e)
{
    return QString::fromLocal8Bit(e.what());
}

} // namespace

UnlockDialog::UnlockDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_path(databasePath)
    , m_fileName(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_recovery(new RecoveryPage(this))
    , m_progress(makeBusyBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_open(m_buttons->addButton(tr("Open"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Open school database"));
    setMinimumWidth(MinimumWidth);

    QFont titleFont = m_fileName->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_fileName->setFont(titleFont);
    m_fileName->setObjectName(QStringLiteral("fileName"));
    m_fileName->setText(QFileInfo(databasePath).fileName());
    m_fileName->setToolTip(QFileInfo(databasePath).absoluteFilePath());
    m_fileName->setWordWrap(true);

    m_pages->addWidget(buildPasswordPage());
    m_pages->addWidget(m_recovery);
    connect(m_recovery, &RecoveryPage::backRequested, this, &UnlockDialog::showPasswordMode);
    connect(m_recovery, &RecoveryPage::submitted, this, &UnlockDialog::unlockWithRecoveryKey);

    m_open->setObjectName(QStringLiteral("open"));
    m_open->setDefault(true);
    // Accepting happens only after the database is open, never straight from the button.
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (isRecoveryMode())
            unlockWithRecoveryKey();
        else
            unlockWithPassword();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fileName);
    layout->addSpacing(6);
    layout->addWidget(m_pages);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    try {
        m_accounts = SchoolFile::accountNames(databasePath);
        m_keyFileUsable = true;
    } catch (const Error &e) {
        if (e.kind() != ErrorKind::Damaged) {
            m_passwordError->setText(e.message());
            m_passwordError->show();
            m_open->setEnabled(false);
            m_lastError = e.message();
            return;
        }
    }
    m_account->addItems(m_accounts);
    m_recovery->setAccounts(m_accounts);
    m_recovery->setBackAllowed(m_keyFileUsable);
    if (m_keyFileUsable) {
        showPasswordMode();
    } else {
        m_recovery->setReason(tr("The key file that holds the passwords (%1) is missing or damaged. "
                                 "The database can still be opened with its recovery key; then choose a new password.")
                                  .arg(QFileInfo(KeySlotFile::pathFor(databasePath)).fileName()));
        showRecoveryMode();
    }
}

UnlockDialog::~UnlockDialog() = default;

void UnlockDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

QWidget *UnlockDialog::buildPasswordPage()
{
    auto *page = new QWidget(this);
    m_account = new QComboBox(page);
    m_account->setObjectName(QStringLiteral("account"));
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    connect(m_password, &QLineEdit::returnPressed, this, &UnlockDialog::unlockWithPassword);

    m_passwordError = makeErrorLabel(page, QStringLiteral("passwordError"));

    auto *forgot = new QPushButton(tr("Forgot the password? Use the recovery key"), page);
    forgot->setObjectName(QStringLiteral("useRecoveryKey"));
    styleAsLink(forgot);
    connect(forgot, &QPushButton::clicked, this, [this] {
        m_recovery->setReason(tr("Enter the recovery key that was printed or written down when the database was created, "
                                 "then choose a new password for the account."));
        showRecoveryMode();
    });

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Account:"), m_account);
    form->addRow(tr("Password:"), m_password);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_passwordError);
    layout->addWidget(forgot, 0, Qt::AlignLeft);
    layout->addStretch();
    return page;
}

std::unique_ptr<SchoolFile> UnlockDialog::takeSchoolFile()
{
    return std::move(m_school);
}

bool UnlockDialog::isRecoveryMode() const
{
    return m_pages->currentWidget() == m_recovery;
}

void UnlockDialog::showRecoveryMode()
{
    m_pages->setCurrentWidget(m_recovery);
    fitToCurrentPage(m_pages);
    adjustSize();
    m_open->setText(tr("Open and set password"));
    m_recovery->focusFirstField();
}

void UnlockDialog::showPasswordMode()
{
    m_pages->setCurrentIndex(0);
    fitToCurrentPage(m_pages);
    adjustSize();
    m_open->setText(tr("Open"));
    if (m_account->count() == 1 || !m_account->currentText().isEmpty())
        m_password->setFocus();
    else
        m_account->setFocus();
}

void UnlockDialog::setAccount(const QString &account)
{
    const int index = m_account->findText(account);
    if (index >= 0)
        m_account->setCurrentIndex(index);
    if (!isRecoveryMode())
        m_password->setFocus();
}

void UnlockDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_pages->setEnabled(!busy);
    m_open->setEnabled(!busy);
    m_progress->setVisible(busy);
}

void UnlockDialog::unlockWithPassword()
{
    if (m_busy || !m_open->isEnabled())
        return;
    const QString account = m_account->currentText();
    if (account.isEmpty()) {
        fail(ErrorKind::Usage, tr("Choose an account."), account);
        return;
    }
    if (m_password->text().isEmpty()) {
        fail(ErrorKind::Usage, tr("Enter the password."), account);
        return;
    }
    QByteArray typed = m_password->text().toUtf8();
    m_password->clear();
    auto password = std::make_shared<SecretBytes>(SecretBytes::takeFrom(typed));
    m_passwordError->hide();
    setBusy(true);
    const QString path = m_path;
    runInBackground(
        this,
        [path, account, password] {
            return std::make_shared<SchoolFile>(SchoolFile::unlockWithPassword(path, account, *password));
        },
        [this, account](Outcome<std::shared_ptr<SchoolFile>> &outcome) {
            setBusy(false);
            try {
                succeed(std::make_unique<SchoolFile>(std::move(*outcome.take())));
            } catch (const Error &e) {
                fail(e.kind(), e.message(), account);
            } catch (const std::exception &e) {
                fail(ErrorKind::Other, describe(e), account);
            }
        });
}

void UnlockDialog::unlockWithRecoveryKey()
{
    if (m_busy)
        return;
    std::optional<RecoveryInput> input = m_recovery->takeInput();
    if (!input)
        return;
    setBusy(true);
    const QString path = m_path;
    runInBackground(
        this,
        [path, in = *input] {
            SchoolFile school = SchoolFile::unlockWithRecoveryKey(path, in.recoveryKey, in.account);
            const bool recreated = school.setPassword(in.account, *in.newPassword);
            return std::make_shared<Recovered>(Recovered { std::move(school), recreated });
        },
        [this, account = input->account](Outcome<std::shared_ptr<Recovered>> &outcome) {
            setBusy(false);
            try {
                std::shared_ptr<Recovered> recovered = outcome.take();
                m_recovery->clearRecoveryKey();
                if (recovered->keyFileRecreated)
                    showMessage(this, MessageKind::Information, tr("Key file recreated"),
                        tr("The key file was missing or damaged and has been created again. "
                           "Only the account %1 can open the database now; other accounts must be added again.")
                            .arg(account));
                succeed(std::make_unique<SchoolFile>(std::move(recovered->school)));
            } catch (const Error &e) {
                fail(e.kind(), e.message(), account);
            } catch (const std::exception &e) {
                fail(ErrorKind::Other, describe(e), account);
            }
        });
}

void UnlockDialog::succeed(std::unique_ptr<SchoolFile> school)
{
    m_school = std::move(school);
    m_lastError.clear();
    accept();
}

void UnlockDialog::fail(ErrorKind kind, const QString &message, const QString &account)
{
    QString shown = message;
    bool restore = false;
    if (kind == ErrorKind::Damaged) {
        shown = message + QStringLiteral("\n\n")
            + tr("Stop using this database. Restore the latest backup (choose \"Restore from a backup…\" here, on the "
                 "start window or in the File menu), or ask someone who can help. If only the key file is damaged, "
                 "open the database with the recovery key.");
        restore
            = askToProceed(this, MessageKind::Critical, tr("The database cannot be opened"), shown, tr("Restore from a backup…"));
    } else if (isRecoveryMode()) {
        m_recovery->showError(message);
    } else {
        if (kind == ErrorKind::WrongSecret)
            shown = tr("Wrong password for account %1.").arg(account);
        m_passwordError->setText(shown);
        m_passwordError->show();
        m_password->clear();
        m_password->setFocus();
    }
    m_lastError = shown;
    Q_EMIT unlockFailed(kind, shown);
    if (restore) {
        m_restoreRequested = true;
        reject();
    }
}

} // namespace xinan::ui
