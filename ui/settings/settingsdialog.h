#pragma once
// File → Settings…: the account's password, this computer's preferences (automatic lock,
// language, automatic backups; QSettings) and the school-wide ID-card setting (in the database).

#include "appsettings.h"

#include <QDialog>

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

class CrisisChecklistEditor;
class PasswordChangeBox;

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
    void chooseBackupFolder();

    SchoolFile &m_school;
    AppSettings m_settings;
    bool m_storeIdCard = false;
    QTabWidget *m_tabs;
    PasswordChangeBox *m_password = nullptr;
    QSpinBox *m_idleMinutes = nullptr;
    QLineEdit *m_backupFolder = nullptr;
    QCheckBox *m_backupOnClose = nullptr;
    QSpinBox *m_keepBackups = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_idCard = nullptr;
    CrisisChecklistEditor *m_crisisChecklist = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace xinan::ui
