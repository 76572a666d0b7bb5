#pragma once
// Creates a new school database: where, which school, the first account and its password.
// Creation (key derivation included) runs off the UI thread; the new database is then open.

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class NewSchoolDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewSchoolDialog)

public:
    explicit NewSchoolDialog(QWidget *parent = nullptr);
    ~NewSchoolDialog() override;

    // After acceptance: the new, open database and its recovery key (to be shown once).
    std::unique_ptr<SchoolFile> takeSchoolFile();
    QString takeRecoveryKey();
    QString lastError() const { return m_lastError; }
    bool isBusy() const { return m_busy; }
    // Closing is refused while the database is being created or opened.
    void reject() override;

private:
    void chooseFile();
    void create();
    void setBusy(bool busy);
    void showError(const QString &message);

    std::unique_ptr<SchoolFile> m_school;
    QString m_recoveryKey;
    QString m_lastError;
    bool m_busy = false;

    QLineEdit *m_path;
    QPushButton *m_browse;
    QLineEdit *m_schoolName;
    QComboBox *m_schoolType;
    QComboBox *m_city;
    QLineEdit *m_county;
    QLineEdit *m_account;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_error;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_create;
    QWidget *m_form;
};

} // namespace xinan::ui
