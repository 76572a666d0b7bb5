#pragma once
// The "Appointments" page (预约): a week calendar (columns per day), a day view (a column per
// counsellor) and a list, with week navigation, a date picker and filters by counsellor and
// status. "New appointment…" (or a double-click on an empty slot) books; the selected
// appointment can be edited, rescheduled, confirmed, marked done or no-show, or cancelled
// (only the transitions the core allows are enabled); marking it done offers to record the
// session. The appointment slip for the class teacher: print preview or PDF.

#include "repo/appointmentrepository.h"

#include "common/modulepage.h"
#include <QDate>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTableView;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class AppointmentCalendar;
class AppointmentDialog;
class AppointmentListModel;
class SessionDialog;

class AppointmentsPage final : public ModulePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppointmentsPage)

public:
    enum class View { Week, Day, List };

    explicit AppointmentsPage(SchoolFile &school, QWidget *parent = nullptr);

    void reload();
    void refresh() override { reload(); }
    void setDate(const QDate &day);
    QDate date() const { return m_day; }
    void setView(View view);
    View view() const;
    // The first and last day loaded (the week of the date, or the day in the day view).
    QDate firstDay() const;
    QDate lastDay() const;

    AppointmentCalendar *calendar() const { return m_calendar; }
    AppointmentListModel *listModel() const { return m_model; }
    QTableView *listView() const { return m_table; }
    qint64 selectedId() const;
    void select(qint64 appointmentId);

    // Each opens a window-modal dialog and returns it (nullptr when nothing is selected or the
    // action does not apply).
    AppointmentDialog *newAppointment(const QDateTime &start = {}, qint64 staffId = 0);
    AppointmentDialog *editSelected();
    AppointmentDialog *rescheduleSelected();
    SessionDialog *recordSession(qint64 appointmentId);
    // Changes the selected appointment's status (asks first for a cancellation; offers to
    // record the session after "done"). Returns whether the status was changed.
    bool changeStatus(AppointmentStatus to);
    // Writes the selected appointment's slip to a PDF (after the warning about names).
    void exportSlip();
    void previewSlip();

protected:
    void showEvent(QShowEvent *event) override;

private:
    const Appointment *selected() const;
    void updateButtons();

    SchoolFile &m_school;
    QDate m_day;
    QList<Appointment> m_loaded;
    QLabel *m_range;
    QDateEdit *m_picker;
    QComboBox *m_view;
    QComboBox *m_staffFilter;
    QComboBox *m_statusFilter;
    QLabel *m_summary;
    QStackedWidget *m_stack;
    QScrollArea *m_scroll;
    AppointmentCalendar *m_calendar;
    AppointmentListModel *m_model;
    QTableView *m_table;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_reschedule;
    QPushButton *m_confirm;
    QPushButton *m_done;
    QPushButton *m_noShow;
    QPushButton *m_cancel;
    QPushButton *m_student;
    QPushButton *m_slip;
    QPushButton *m_slipPdf;
};

} // namespace xinan::ui
