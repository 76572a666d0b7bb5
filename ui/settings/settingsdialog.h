#pragma once
// File → Settings…: the account's password, this computer's preferences (automatic lock,
// language, automatic backups; QSettings), the school-wide ID-card setting (in the database)
// and the modules' sections (settingsSectionFactories(), common/settingssection.h).

#include "appsettings.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class PasswordChangeBox;
class SettingsSection;

class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(SchoolFile &school, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Saves the preferences and the school setting, then closes; stays open on an error.
    void accept() override;
    // Closing is refused while the password is being changed.
    void reject() override;

private:
    QWidget *buildSecurityTab();
    QWidget *buildBackupTab();
    QWidget *buildGeneralTab();
    void addSections();
    void chooseBackupFolder();

    SchoolFile &m_school;
    AppSettings m_settings;
    bool m_storeIdCard = false;
    bool m_changesSchoolData = false; // the account's role may change the school's settings
    QTabWidget *m_tabs;
    PasswordChangeBox *m_password = nullptr;
    QSpinBox *m_idleMinutes = nullptr;
    QLineEdit *m_backupFolder = nullptr;
    QCheckBox *m_backupOnClose = nullptr;
    QSpinBox *m_keepBackups = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_idCard = nullptr;
    QList<std::pair<QWidget *, SettingsSection *>> m_sections; // the modules' sections, in save order
    QDialogButtonBox *m_buttons;
};

} // namespace xinan::ui
