#pragma once
// Changes the signed-in account's password: the current one is checked against the key file,
// then the account's key slot is rewritten (never the database). The slow key derivation runs
// off the UI thread.

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class PasswordStrengthBar;

class PasswordChangeBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordChangeBox)

public:
    explicit PasswordChangeBox(SchoolFile &school, QWidget *parent = nullptr);

    bool isBusy() const { return m_busy; }
    // The last outcome shown (an error or the confirmation), for tests.
    QString lastMessage() const { return m_lastMessage; }
    bool lastChangeSucceeded() const { return m_succeeded; }
    void changePassword();

Q_SIGNALS:
    void busyChanged(bool busy);
    void finished(bool changed);

private:
    void setBusy(bool busy);
    void showResult(const QString &message, bool success);

    SchoolFile &m_school;
    bool m_busy = false;
    bool m_succeeded = false;
    QString m_lastMessage;
    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    PasswordStrengthBar *m_strength;
    QLabel *m_result;
    QProgressBar *m_progress;
    QPushButton *m_change;
};

} // namespace xinan::ui
