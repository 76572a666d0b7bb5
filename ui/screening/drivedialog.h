#pragma once
// New screening drive: name, term (2026-2027-1), one or more of the school's instruments, the target
// grades and the dates. Saving is ScreeningRepository::createDrive; a refusal is shown in the
// dialog, which stays open.

#include <QDialog>
#include <QList>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class DriveDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DriveDialog)

public:
    explicit DriveDialog(SchoolFile &school, QWidget *parent = nullptr);

    qint64 driveId() const { return m_driveId; }
    QString errorText() const;

    void accept() override;

private:
    SchoolFile &m_school;
    qint64 m_driveId = 0;
    QLineEdit *m_name;
    QLineEdit *m_term;
    QList<QCheckBox *> m_instruments; // InstrumentRepository::all() order; objectName instrument_<id>
    QList<QCheckBox *> m_grades; // grade i + 1
    QDateEdit *m_startsOn;
    QDateEdit *m_endsOn;
    QLabel *m_error;
};

} // namespace xinan::ui
