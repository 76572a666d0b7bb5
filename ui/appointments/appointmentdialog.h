#pragma once
// Booking an appointment (新建预约), editing one, or rescheduling a confirmed one: who asked,
// the student (found by 学籍号, name or pinyin), the counsellor, the room, the start, the
// duration, the reason category, and for a new one "confirmed already" and "repeat weekly × N".
// A conflict is refused with its reason in the dialog, which stays open; warnings (outside the
// counsellor's duty, in the past) are shown and need a confirmation before saving.

#include "repo/appointmentrepository.h"

#include <QDateTime>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class StudentFinder;

class AppointmentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppointmentDialog)

public:
    enum class Mode { New, Edit, Reschedule };

    // New: appointmentId is ignored. Edit (pending or confirmed) and Reschedule (confirmed):
    // the fields come from the appointment; rescheduling changes only the time, duration and room.
    AppointmentDialog(SchoolFile &school, Mode mode, qint64 appointmentId = 0, QWidget *parent = nullptr);

    // For a new appointment: the start (local) and counsellor (0: keep the default) of the slot
    // that was double-clicked, and the student when known.
    void prefill(const QDateTime &start, qint64 staffId, qint64 studentId = 0);
    void setStudent(qint64 studentId);

    Mode mode() const { return m_mode; }
    qint64 studentId() const { return m_studentId; }
    // The appointments written (the new one, each occurrence, the edited one or the replacement).
    const QList<qint64> &savedIds() const { return m_saved; }
    // Saves; a refusal is shown in the dialog, which stays open.
    void accept() override;

private:
    AppointmentInput input() const;
    void showError(const QString &message);

    SchoolFile &m_school;
    Mode m_mode;
    qint64 m_id;
    qint64 m_studentId = 0;
    QList<qint64> m_saved;
    QComboBox *m_requester;
    StudentFinder *m_finder;
    QLabel *m_student;
    QComboBox *m_staff;
    QComboBox *m_room;
    QDateTimeEdit *m_start;
    QSpinBox *m_minutes;
    QComboBox *m_category;
    QCheckBox *m_confirmed;
    QSpinBox *m_weeks;
    QLabel *m_warnings;
    QLabel *m_error;
};

} // namespace xinan::ui
