#pragma once
// Typing paper forms fast, without the mouse: choose a class; its enrolled students without a
// result in the drive are listed; for the current student type the answers as digits, one per
// item ("012310200" for PHQ-9). The total, the band and a red critical mark show as you type.
// Enter saves that student (one ScreeningRepository::record call, one transaction) and moves to
// the next; a wrong length or a digit that is no answer names the item and saves nothing;
// Down skips to the next student, Up goes back. Focus stays in the digit field.

#include "domain/instrument.h"
#include "repo/screeningrepository.h"

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class PaperEntryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaperEntryDialog)

public:
    PaperEntryDialog(SchoolFile &school, qint64 driveId, QWidget *parent = nullptr);

    // Which of the drive's instruments the forms are (the first by default); false when the drive
    // does not have it. Classes and students then count that instrument.
    bool selectInstrument(const QString &instrumentId);
    QString instrumentId() const { return m_instrument ? m_instrument->id : QString(); }
    bool selectClass(int grade, const QString &className);
    // The student whose answers are being typed (0: none left in the class).
    qint64 currentStudentId() const;
    int remainingCount() const;
    QString errorText() const;
    QString statusText() const;

    // Saves the current student's typed answers; false (and the reason shown) when not saved.
    bool saveCurrent();
    void skip();
    void previous();

Q_SIGNALS:
    void saved();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void instrumentChosen();
    void loadClass();
    void showCurrent();
    void updateLive();
    void showError(const QString &message);

    SchoolFile &m_school;
    std::optional<ScreeningDrive> m_drive;
    std::optional<Instrument> m_instrument;
    QList<ClassCoverage> m_classes;
    QList<ScreeningStudent> m_students;

    QLabel *m_title;
    QComboBox *m_instrumentChoice; // the drive's instruments; enabled when it has more than one
    QComboBox *m_class;
    QDateEdit *m_takenOn;
    QListWidget *m_list;
    QLabel *m_current;
    QLabel *m_hint;
    QLineEdit *m_answers;
    QLabel *m_score;
    QLabel *m_critical;
    QLabel *m_error;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_skip;
};

} // namespace xinan::ui
