#include "restoredialog.h"

#include "common/background.h"
#include "common/dialogseams.h"
#include "common/formparts.h"

#include "crypto/secret.h"
#include "error.h"
#include "services/backup.h"
#include "services/schoolfile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

// Shared with the main window's Back up…: only a folder is remembered, never a file's content.
const auto LastBackupFolderKey = QStringLiteral("lastBackupFolder");

struct Restored
{
    RestoreResult result;
    std::unique_ptr<SchoolFile> school;
};

QString withSuffix(QString path)
{
    if (!path.isEmpty() && !path.endsWith(QStringLiteral(".xinan"), Qt::CaseInsensitive))
        path += QStringLiteral(".xinan");
    return path;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString dateOf(const QDateTime &created)
{
    return created.isValid() ? created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QLabel *noteLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

RestoreDialog::RestoreDialog(const QString &target, QWidget *parent)
    : QDialog(parent)
    , m_form(new QWidget(this))
    , m_backupPath(new QLineEdit(m_form))
    , m_backupInfo(noteLabel(m_form, "backupInfo"))
    , m_target(new QLineEdit(m_form))
    , m_chooseTarget(new QPushButton(tr("Choose…"), m_form))
    , m_targetNote(noteLabel(m_form, "targetNote"))
    , m_useRecoveryKey(new QRadioButton(tr("Recovery key"), m_form))
    , m_usePassword(new QRadioButton(tr("Password of account"), m_form))
    , m_account(new QComboBox(m_form))
    , m_secretLabel(new QLabel(m_form))
    , m_secret(new QLineEdit(m_form))
    , m_error(makeErrorLabel(this, QStringLiteral("error")))
    , m_progress(makeBusyBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_restore(m_buttons->addButton(tr("Restore"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Restore from a backup"));
    setMinimumWidth(600);

    auto *intro = noteLabel(this, "intro");
    intro->setText(tr("Choose a backup file, for example from a USB stick. The backup is checked completely "
                      "before anything is replaced."));

    m_backupPath->setObjectName(QStringLiteral("backupPath"));
    m_backupPath->setReadOnly(true);
    m_backupPath->setPlaceholderText(tr("No backup chosen yet"));
    auto *chooseBackup = new QPushButton(tr("Choose…"), m_form);
    chooseBackup->setObjectName(QStringLiteral("chooseBackup"));
    connect(chooseBackup, &QPushButton::clicked, this, &RestoreDialog::chooseBackup);
    m_backupInfo->hide();

    m_target->setObjectName(QStringLiteral("target"));
    m_target->setPlaceholderText(tr("Where the restored database is kept"));
    m_chooseTarget->setObjectName(QStringLiteral("chooseTarget"));
    connect(m_chooseTarget, &QPushButton::clicked, this, &RestoreDialog::chooseTarget);
    connect(m_target, &QLineEdit::textChanged, this, &RestoreDialog::updateTargetNote);

    m_useRecoveryKey->setObjectName(QStringLiteral("useRecoveryKey"));
    m_usePassword->setObjectName(QStringLiteral("usePassword"));
    m_account->setObjectName(QStringLiteral("account"));
    m_useRecoveryKey->setChecked(true);
    connect(m_useRecoveryKey, &QRadioButton::toggled, this, &RestoreDialog::updateSecretMode);
    connect(m_account, &QComboBox::activated, this, [this] { m_usePassword->setChecked(true); });
    m_secret->setObjectName(QStringLiteral("secret"));
    connect(m_secret, &QLineEdit::returnPressed, this, &RestoreDialog::restore);

    auto *backupRow = new QHBoxLayout;
    backupRow->addWidget(m_backupPath, 1);
    backupRow->addWidget(chooseBackup);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_chooseTarget);
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_usePassword);
    passwordRow->addWidget(m_account, 1);
    auto *secretKind = new QVBoxLayout;
    secretKind->addWidget(m_useRecoveryKey);
    secretKind->addLayout(passwordRow);

    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Backup file:"), backupRow);
    form->addRow(QString(), m_backupInfo);
    form->addRow(tr("Restore to:"), targetRow);
    form->addRow(QString(), m_targetNote);
    form->addRow(tr("Open it with:"), secretKind);
    form->addRow(m_secretLabel, m_secret);

    m_restore->setObjectName(QStringLiteral("restore"));
    m_restore->setDefault(true);
    m_restore->setEnabled(false);
    // Accepting happens only after the restore succeeded, never straight from the button.
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::restore);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    setTarget(target);
    updateSecretMode();
}

RestoreDialog::~RestoreDialog() = default;

void RestoreDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void RestoreDialog::setBeforeRestore(std::function<void(const QString &)> hook)
{
    m_beforeRestore = std::move(hook);
}

std::unique_ptr<SchoolFile> RestoreDialog::takeSchoolFile()
{
    return std::move(m_school);
}

bool RestoreDialog::setBackupFile(const QString &path)
{
    m_backup.clear();
    m_backupPath->setText(native(path));
    m_account->clear();
    m_restore->setEnabled(false);
    BackupInfo info;
    try {
        info = readBackupInfo(path);
    } catch (const Error &e) {
        m_backupInfo->hide();
        showError(e.message() + QLatin1Char(' ') + tr("Choose another backup."));
        fitToContents();
        return false;
    }
    m_backup = path;
    QStringList lines;
    lines << tr("School: %1").arg(info.schoolName) << tr("Backup made: %1").arg(dateOf(info.created));
    if (info.accounts.isEmpty())
        lines << tr("It opens with the recovery key only.");
    else
        lines << tr("It opens with the recovery key or with the password of any of these accounts: %1.")
                     .arg(info.accounts.join(QStringLiteral(", ")));
    m_backupInfo->setText(lines.join(u'\n'));
    m_backupInfo->show();
    m_account->addItems(info.accounts);
    m_usePassword->setEnabled(!info.accounts.isEmpty());
    m_account->setEnabled(!info.accounts.isEmpty());
    if (info.accounts.isEmpty())
        m_useRecoveryKey->setChecked(true);
    m_restore->setEnabled(true);
    showError(QString());
    fitToContents();
    return true;
}

void RestoreDialog::chooseBackup()
{
    QSettings settings;
    const QString folder = m_backup.isEmpty()
        ? settings.value(LastBackupFolderKey, QStandardPaths::writableLocation(QStandardPaths::HomeLocation)).toString()
        : QFileInfo(m_backup).absolutePath();
    const QString chosen = askOpenFileName(this, tr("Choose the backup"), folder, tr("XinAn backup (*.xinan-backup)"));
    if (chosen.isEmpty())
        return;
    settings.setValue(LastBackupFolderKey, QFileInfo(chosen).absolutePath());
    if (setBackupFile(chosen))
        m_secret->setFocus();
}

void RestoreDialog::setTarget(const QString &path)
{
    m_target->setText(native(path));
    updateTargetNote();
}

QString RestoreDialog::targetPath() const
{
    return withSuffix(QDir::fromNativeSeparators(m_target->text().trimmed()));
}

void RestoreDialog::chooseTarget()
{
    QString start = targetPath();
    if (start.isEmpty()) {
        // "school-20260301-1015.xinan-backup" suggests "school.xinan".
        QString name = m_backup.isEmpty() ? tr("school") : QFileInfo(m_backup).completeBaseName();
        name.remove(QRegularExpression(QStringLiteral("-\\d{8}-\\d{4,6}$")));
        start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(withSuffix(name));
    }
    const QString chosen = askSaveFileName(this, tr("Where the restored database goes"), start, tr("XinAn databases (*.xinan)"));
    if (!chosen.isEmpty())
        setTarget(withSuffix(chosen));
}

void RestoreDialog::updateTargetNote()
{
    const QString target = targetPath();
    if (target.isEmpty()) {
        m_targetNote->hide();
        return;
    }
    const QString name = QFileInfo(target).fileName();
    if (QFileInfo::exists(target))
        m_targetNote->setText(tr("The current database %1 will be kept aside as %2, never deleted. "
                                 "The restored database takes its place.")
                                  .arg(name, name + QStringLiteral(".before-restore-") + tr("<date>-<time>")));
    else
        m_targetNote->setText(tr("A new database file is created here."));
    m_targetNote->show();
    fitToContents();
}

void RestoreDialog::fitToContents()
{
    // Wrapped labels changed after the dialog was laid out: grow it so that nothing is cut off.
    if (!isVisible())
        return;
    layout()->activate();
    const int height = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (height > this->height())
        resize(width(), height);
}

void RestoreDialog::updateSecretMode()
{
    const bool recoveryKey = m_useRecoveryKey->isChecked();
    m_secret->clear();
    m_secretLabel->setText(recoveryKey ? tr("Recovery key:") : tr("Password:"));
    m_secret->setEchoMode(recoveryKey ? QLineEdit::Normal : QLineEdit::Password);
    m_secret->setFont(recoveryKey ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : font());
    m_secret->setPlaceholderText(
        recoveryKey ? tr("Nine groups of five letters or digits") : tr("The password the account had when the backup was made"));
}

void RestoreDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_form->setEnabled(!busy);
    m_restore->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    m_progress->setVisible(busy);
}

void RestoreDialog::showError(const QString &message)
{
    m_lastError = message;
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    fitToContents();
}

void RestoreDialog::restore()
{
    if (m_busy || !m_restore->isEnabled())
        return;
    const QString backup = m_backup;
    const QString target = targetPath();
    const bool recoveryKey = m_useRecoveryKey->isChecked();
    const QString user = recoveryKey ? QString() : m_account->currentText();
    if (backup.isEmpty())
        return showError(tr("Choose the backup file."));
    if (target.isEmpty())
        return showError(tr("Choose where the restored database goes."));
    if (m_secret->text().trimmed().isEmpty())
        return showError(recoveryKey ? tr("Enter the recovery key.") : tr("Enter the password."));

    // The recovery key stays in the field so that a typing mistake can be corrected.
    QByteArray typed = recoveryKey ? m_secret->text().trimmed().toUtf8() : m_secret->text().toUtf8();
    if (!recoveryKey)
        m_secret->clear();
    auto secret = std::make_shared<SecretBytes>(SecretBytes::takeFrom(typed));

    showError(QString());
    if (m_beforeRestore)
        m_beforeRestore(target);
    setBusy(true);
    runInBackground(
        this,
        [backup, target, user, secret] {
            auto restored = std::make_shared<Restored>();
            restored->result = restoreBackup(backup, target, user, *secret);
            if (!user.isEmpty()) {
                try { // saves a step; on any failure the user unlocks it as usual
                    restored->school = std::make_unique<SchoolFile>(SchoolFile::unlockWithPassword(target, user, *secret));
                } catch (const Error &) {
                }
            }
            return restored;
        },
        [this, target, user](Outcome<std::shared_ptr<Restored>> &outcome) {
            setBusy(false);
            try {
                std::shared_ptr<Restored> restored = outcome.take();
                m_secret->clear();
                m_restored = target;
                m_previous = restored->result.previousDatabase;
                m_school = std::move(restored->school);
                QString text = tr("The backup of %1 made on %2 was restored to %3.")
                                   .arg(restored->result.info.schoolName, dateOf(restored->result.info.created), native(target));
                if (!m_previous.isEmpty())
                    text += QStringLiteral("\n\n")
                        + tr("The database that was there before was kept as %1. It was not deleted; keep it until "
                             "you are sure the restored database is complete.")
                              .arg(native(m_previous));
                if (!m_school)
                    text += QStringLiteral("\n\n")
                        + tr("Open it with the password an account had when the backup was made, or with the recovery key.");
                showMessage(this, MessageKind::Information, tr("Backup restored"), text);
                accept();
            } catch (const Error &e) {
                switch (e.kind()) {
                case ErrorKind::WrongSecret:
                    showError(user.isEmpty() ? e.message()
                                             : tr("Wrong password for account %1. Enter the password it had when the "
                                                  "backup was made.")
                                                   .arg(user));
                    m_secret->setFocus();
                    break;
                case ErrorKind::Damaged:
                    showError(tr("This backup is damaged. Nothing was changed; try another backup."));
                    showMessage(this, MessageKind::Critical, tr("The backup is damaged"),
                        e.message() + QStringLiteral("\n\n")
                            + tr("Nothing was changed. Try another backup, for example an older one or a copy on another "
                                 "USB stick."));
                    break;
                case ErrorKind::Usage:
                case ErrorKind::Rejected:
                    showError(e.message());
                    break;
                case ErrorKind::Other:
                    showError(e.message());
                    showMessage(this, MessageKind::Critical, tr("Restore failed"), e.message());
                    break;
                }
            } catch (const std::exception &e) {
                showError(QString::fromLocal8Bit(e.what()));
                showMessage(this, MessageKind::Critical, tr("Restore failed"), m_lastError);
            }
        });
}

} // namespace xinan::ui
