#include "newschooldialog.h"

#include "common/background.h"
#include "common/dialogseams.h"
#include "common/formparts.h"
#include "common/passwordstrength.h"

#include "crypto/keyslots.h"
#include "error.h"
#include "repo/accountrepository.h"
#include "services/schoolfile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

struct Created
{
    QString recoveryKey;
    SchoolFile school;
};

QString withSuffix(QString path)
{
    if (!path.isEmpty() && !path.endsWith(QStringLiteral(".xinan"), Qt::CaseInsensitive))
        path += QStringLiteral(".xinan");
    return path;
}

} // namespace

NewSchoolDialog::NewSchoolDialog(QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Choose…"), this))
    , m_schoolName(new QLineEdit(this))
    , m_schoolType(new QComboBox(this))
    , m_city(new QComboBox(this))
    , m_county(new QLineEdit(this))
    , m_account(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_error(makeErrorLabel(this, QStringLiteral("error")))
    , m_progress(makeBusyBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_create(m_buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole))
    , m_form(new QWidget(this))
{
    setWindowTitle(tr("New school database"));
    setMinimumWidth(560);

    m_path->setObjectName(QStringLiteral("path"));
    m_path->setPlaceholderText(tr("Where the database file is kept"));
    m_browse->setObjectName(QStringLiteral("choosePath"));
    connect(m_browse, &QPushButton::clicked, this, &NewSchoolDialog::chooseFile);
    m_schoolName->setObjectName(QStringLiteral("schoolName"));
    m_schoolType->setObjectName(QStringLiteral("schoolType"));
    m_schoolType->addItems(SchoolRepository::knownSchoolTypes());
    m_city->setObjectName(QStringLiteral("city"));
    m_city->addItems(SchoolRepository::guizhouCities());
    m_county->setObjectName(QStringLiteral("county"));
    m_account->setObjectName(QStringLiteral("account"));
    m_account->setPlaceholderText(tr("For example wanglaoshi (no spaces)"));
    m_password->setObjectName(QStringLiteral("password"));
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_password->setPlaceholderText(tr("A sentence or several unrelated words"));
    for (QLineEdit *field : { m_password, m_repeat }) {
        field->setEchoMode(QLineEdit::Password);
        connect(field, &QLineEdit::returnPressed, this, &NewSchoolDialog::create);
    }

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Database file:"), pathRow);
    form->addRow(tr("School name:"), m_schoolName);
    form->addRow(tr("School type:"), m_schoolType);
    form->addRow(tr("City or prefecture:"), m_city);
    form->addRow(tr("County or district:"), m_county);
    form->addRow(tr("First account:"), m_account);
    form->addRow(tr("Password:"), m_password);
    auto *strength = new PasswordStrengthBar(m_form);
    strength->watch(m_password);
    // The first account is a counselling teacher; its name and the school's count against it.
    const auto updateWords = [this, strength] {
        SchoolInfo school;
        school.name = m_schoolName->text();
        school.city = m_city->currentText();
        school.county = m_county->text();
        strength->setRequirement(AccountRole::Counsellor, passwordWordsFor(m_account->text(), school));
    };
    connect(m_schoolName, &QLineEdit::textChanged, strength, updateWords);
    connect(m_county, &QLineEdit::textChanged, strength, updateWords);
    connect(m_account, &QLineEdit::textChanged, strength, updateWords);
    form->addRow(tr("Strength:"), strength);
    form->addRow(tr("Repeat password:"), m_repeat);

    auto *intro = new QLabel(tr("The database is encrypted. Only the password of one of its accounts or its recovery key "
                                "(shown once after creation) can open it."),
        this);
    intro->setWordWrap(true);

    m_create->setObjectName(QStringLiteral("create"));
    m_create->setDefault(true);
    connect(m_create, &QPushButton::clicked, this, &NewSchoolDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
}

NewSchoolDialog::~NewSchoolDialog() = default;

void NewSchoolDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

std::unique_ptr<SchoolFile> NewSchoolDialog::takeSchoolFile()
{
    return std::move(m_school);
}

QString NewSchoolDialog::takeRecoveryKey()
{
    return std::exchange(m_recoveryKey, QString());
}

void NewSchoolDialog::chooseFile()
{
    const QString start = m_path->text().isEmpty() ? QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                                         .filePath(tr("school") + QStringLiteral(".xinan"))
                                                   : m_path->text();
    const QString chosen = askSaveFileName(this, tr("New school database"), start, tr("XinAn databases (*.xinan)"));
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(withSuffix(chosen)));
}

void NewSchoolDialog::showError(const QString &message)
{
    m_lastError = message;
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void NewSchoolDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_form->setEnabled(!busy);
    m_create->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    m_progress->setVisible(busy);
}

void NewSchoolDialog::create()
{
    if (m_busy)
        return;
    const QString path = withSuffix(QDir::fromNativeSeparators(m_path->text().trimmed()));
    SchoolInfo school;
    school.name = m_schoolName->text().trimmed();
    school.schoolType = m_schoolType->currentText();
    school.city = m_city->currentText();
    school.county = m_county->text().trimmed();
    const QString account = m_account->text().trimmed();

    QByteArray typed = m_password->text().toUtf8();
    QByteArray repeatedTyped = m_repeat->text().toUtf8();
    m_password->clear();
    m_repeat->clear();
    auto password = std::make_shared<SecretBytes>(SecretBytes::takeFrom(typed));
    const SecretBytes repeated = SecretBytes::takeFrom(repeatedTyped);

    if (path.isEmpty())
        return showError(tr("Choose where the database file is kept."));
    if (school.name.isEmpty())
        return showError(tr("Enter the school's name."));
    try {
        validateUserName(account);
        validateNewPassword(*password, AccountRole::Counsellor, passwordWordsFor(account, school));
    } catch (const Error &e) {
        return showError(e.message());
    }
    if (!password->equals(repeated))
        return showError(tr("The two passwords are not the same. Enter them again."));
    if (QFileInfo::exists(path) || QFileInfo::exists(KeySlotFile::pathFor(path)))
        return showError(
            tr("%1 already exists. XinAn never overwrites a database; choose another name.").arg(QDir::toNativeSeparators(path)));

    showError(QString());
    setBusy(true);
    runInBackground(
        this,
        [path, school, account, password] {
            QString key = SchoolFile::create(path, school, account, *password);
            return std::make_shared<Created>(
                Created { std::move(key), SchoolFile::unlockWithPassword(path, account, *password) });
        },
        [this](Outcome<std::shared_ptr<Created>> &outcome) {
            setBusy(false);
            try {
                std::shared_ptr<Created> created = outcome.take();
                m_recoveryKey = created->recoveryKey;
                m_school = std::make_unique<SchoolFile>(std::move(created->school));
                accept();
            } catch (const Error &e) {
                showError(e.message());
            } catch (const std::exception &e) {
                showError(QString::fromLocal8Bit(e.what()));
            }
        });
}

} // namespace xinan::ui
