#pragma once
// Shows a new database's recovery key once, large enough to copy by hand, with printing, and
// lets the user go on only after confirming that the key was written down or printed.

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace xinan::ui {

class RecoveryKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryKeyDialog)

public:
    RecoveryKeyDialog(
        const QString &recoveryKey, const QString &schoolName, const QString &databasePath, QWidget *parent = nullptr);
    ~RecoveryKeyDialog() override;

    // Closing is refused until the confirmation is ticked.
    void reject() override;

private:
    void print();

    QString m_key;
    QString m_schoolName;
    QString m_databasePath;
    QCheckBox *m_confirmed;
    QPushButton *m_continue;
};

} // namespace xinan::ui
