#include "settingsdialog.h"

#include "common/colors.h"
#include "common/dialogseams.h"
#include "common/formparts.h"
#include "common/settingssection.h"
#include "passwordchangebox.h"

#include "error.h"
#include "repo/settingsrepository.h"
#include "services/schoolfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace xinan::ui {

SettingsDialog::SettingsDialog(SchoolFile &school, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_settings(AppSettings::load())
    , m_tabs(new QTabWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Settings"));
    setMinimumWidth(600);
    // The school's data settings are shown to the roles that may change them; the backup tab to
    // the roles that make backups (the role matrix, roleAllows).
    m_changesSchoolData = mayWrite(m_school, DataKind::Settings);
    if (m_changesSchoolData) {
        try {
            m_storeIdCard
                = SettingsRepository(m_school.db(), m_school.user()).flag(QLatin1String(SettingsRepository::StoreIdCardKey));
        } catch (const Error &e) {
            showMessage(this, MessageKind::Critical, tr("Settings"), e.message());
        }
    }

    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(buildSecurityTab(), tr("Password and lock"));
    QWidget *backups = buildBackupTab();
    if (mayWrite(m_school, DataKind::Backups))
        m_tabs->addTab(backups, tr("Backups"));
    else
        backups->hide(); // kept for accept(), which stores what it holds unchanged
    m_tabs->addTab(buildGeneralTab(), tr("Language and data"));
    addSections();

    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("ok"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_password, &PasswordChangeBox::busyChanged, m_buttons, &QWidget::setDisabled);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);
}

SettingsDialog::~SettingsDialog() = default;

QWidget *SettingsDialog::buildSecurityTab()
{
    auto *page = new QWidget(this);
    m_password = new PasswordChangeBox(m_school, page);
    m_password->setObjectName(QStringLiteral("passwordBox"));

    auto *lockBox = new QGroupBox(tr("Automatic lock"), page);
    m_idleMinutes = new QSpinBox(lockBox);
    m_idleMinutes->setObjectName(QStringLiteral("idleMinutes"));
    m_idleMinutes->setRange(1, 60);
    m_idleMinutes->setValue(m_settings.idleMinutes);
    m_idleMinutes->setSuffix(tr(" min"));
    auto *lockForm = new QFormLayout(lockBox);
    lockForm->addRow(tr("Lock after this long without use:"), m_idleMinutes);
    lockForm->addRow(makeNoteLabel(tr("Locking hides every record and closes the database until the password is entered again. "
                                      "Lock at once with File → Lock now (Ctrl+L) when leaving the computer."),
        lockBox));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_password);
    layout->addWidget(lockBox);
    layout->addStretch();
    return page;
}

QWidget *SettingsDialog::buildBackupTab()
{
    auto *page = new QWidget(this);
    m_backupFolder = new QLineEdit(QDir::toNativeSeparators(m_settings.backupFolder), page);
    m_backupFolder->setObjectName(QStringLiteral("backupFolder"));
    m_backupFolder->setPlaceholderText(QDir::toNativeSeparators(AppSettings().backupFolderFor(m_school.path())));
    auto *choose = new QPushButton(tr("Choose…"), page);
    choose->setObjectName(QStringLiteral("chooseBackupFolder"));
    choose->setAutoDefault(false);
    connect(choose, &QPushButton::clicked, this, &SettingsDialog::chooseBackupFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(choose);

    m_backupOnClose = new QCheckBox(tr("Back up automatically when XinAn closes"), page);
    m_backupOnClose->setObjectName(QStringLiteral("backupOnClose"));
    m_backupOnClose->setChecked(m_settings.backupOnClose);
    m_keepBackups = new QSpinBox(page);
    m_keepBackups->setObjectName(QStringLiteral("keepBackups"));
    m_keepBackups->setRange(1, 100);
    m_keepBackups->setValue(m_settings.keepBackups);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Backup folder:"), folderRow);
    form->addRow(QString(), m_backupOnClose);
    form->addRow(tr("Backups to keep:"), m_keepBackups);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(
        makeNoteLabel(tr("Each automatic backup is a file named after the database and the time, for example "
                         "school-20260901-173000.xinan-backup. Beyond the number kept, the oldest automatic backups "
                         "in the folder are deleted; no other file is touched. Left empty, the folder shown greyed out "
                         "above (beside the database) is used. A folder on a USB stick must be plugged in when XinAn closes."),
            page));
    layout->addStretch();
    return page;
}

QWidget *SettingsDialog::buildGeneralTab()
{
    auto *page = new QWidget(this);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Follow the system"), QString::fromLatin1(AppSettings::FollowSystem));
    // Each language is named in itself, so that it can be found whatever the interface shows.
    m_language->addItem(QStringLiteral("简体中文"), QString::fromLatin1(AppSettings::Chinese));
    m_language->addItem(QStringLiteral("English"), QString::fromLatin1(AppSettings::English));
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings.language)));

    auto *languageBox = new QGroupBox(tr("Language on this computer"), page);
    auto *languageForm = new QFormLayout(languageBox);
    languageForm->addRow(tr("Interface language:"), m_language);
    languageForm->addRow(makeNoteLabel(tr("Takes effect the next time XinAn starts."), languageBox));

    auto *schoolBox = new QGroupBox(tr("School data (for every account of this database)"), page);
    m_idCard = new QCheckBox(tr("Store ID-card numbers (身份证号)"), schoolBox);
    m_idCard->setObjectName(QStringLiteral("storeIdCard"));
    m_idCard->setChecked(m_storeIdCard);
    auto *warning = new QLabel(tr("Usually not needed: the student number (学籍号) identifies every student. An ID-card "
                                  "number is sensitive personal information; store it only when a form really requires "
                                  "it. Turning this off later does not delete numbers already stored."),
        schoolBox);
    warning->setObjectName(QStringLiteral("idCardWarning"));
    warning->setWordWrap(true);
    warning->setStyleSheet(colors::textStyle(colors::Warning));
    auto *schoolLayout = new QVBoxLayout(schoolBox);
    schoolLayout->addWidget(m_idCard);
    schoolLayout->addWidget(warning);

    schoolBox->setObjectName(QStringLiteral("schoolDataBox"));
    schoolBox->setVisible(m_changesSchoolData);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(languageBox);
    layout->addWidget(schoolBox);
    layout->addStretch(); // the modules' DataTab sections go above it (addSections)
    return page;
}

void SettingsDialog::addSections()
{
    std::vector<SettingsSectionFactory> factories = settingsSectionFactories();
    std::stable_sort(factories.begin(), factories.end(), [](const auto &a, const auto &b) { return a.order < b.order; });
    const std::optional<AccountRole> role = openAccountRole(m_school);
    QWidget *dataTab = m_tabs->widget(m_tabs->count() - 1);
    auto *dataLayout = qobject_cast<QVBoxLayout *>(dataTab->layout());
    for (const SettingsSectionFactory &factory : factories) {
        if (!roleSees(factory.roles, role))
            continue;
        const bool ownTab = factory.placement == SettingsPlacement::OwnTab;
        QWidget *widget = factory.create(m_school, ownTab ? static_cast<QWidget *>(this) : dataTab);
        widget->setObjectName(factory.id);
        auto *section = dynamic_cast<SettingsSection *>(widget);
        Q_ASSERT(section);
        if (ownTab)
            m_tabs->addTab(widget, factory.title());
        else
            dataLayout->insertWidget(dataLayout->count() - 1, widget);
        m_sections.append({ widget, section });
    }
}

void SettingsDialog::chooseBackupFolder()
{
    const QString start = m_backupFolder->text().isEmpty() ? m_backupFolder->placeholderText() : m_backupFolder->text();
    QString chosen = askExistingFolder(this, tr("Backup folder"), start);
    if (!chosen.isEmpty())
        m_backupFolder->setText(QDir::toNativeSeparators(chosen));
}

void SettingsDialog::accept()
{
    if (m_password->isBusy())
        return;
    for (const auto &[widget, section] : std::as_const(m_sections)) {
        if (!section->save()) {
            for (QWidget *w = widget; w; w = w->parentWidget())
                if (m_tabs->indexOf(w) >= 0) {
                    m_tabs->setCurrentWidget(w);
                    break;
                }
            return;
        }
    }
    if (m_changesSchoolData && m_idCard->isChecked() != m_storeIdCard) {
        try {
            SettingsRepository(m_school.db(), m_school.user())
                .setFlag(QLatin1String(SettingsRepository::StoreIdCardKey), m_idCard->isChecked());
            m_storeIdCard = m_idCard->isChecked();
        } catch (const Error &e) {
            showMessage(this, MessageKind::Critical, tr("The setting cannot be saved"), e.message());
            return;
        }
    }
    m_settings.idleMinutes = m_idleMinutes->value();
    m_settings.language = m_language->currentData().toString();
    m_settings.backupFolder = QDir::fromNativeSeparators(m_backupFolder->text().trimmed());
    m_settings.backupOnClose = m_backupOnClose->isChecked();
    m_settings.keepBackups = m_keepBackups->value();
    m_settings.save();
    QDialog::accept();
}

void SettingsDialog::reject()
{
    if (!m_password->isBusy())
        QDialog::reject();
}

} // namespace xinan::ui
