#pragma once
// The home page's "Today's appointments" panel (今日预约): today's appointments by time with
// student, counsellor, room and status; "Confirm" confirms the selected pending one. Waiting:
// today's appointments still to be confirmed.

#include "home/homepanel.h"

class QPushButton;
class QTreeWidget;

namespace xinan::ui {

class TodayAppointmentsPanel final : public HomePanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TodayAppointmentsPanel)

public:
    TodayAppointmentsPanel(SchoolFile &school, QWidget *parent = nullptr);

    QString title() const override;
    // The day's work: always near the top of the home page.
    bool pinned() const override { return true; }
    void refresh() override;
    int waitingCount() const override;

private:
    void updateButtons();

    SchoolFile &m_school;
    QTreeWidget *m_list;
    QPushButton *m_confirm;
    QPushButton *m_student;
    int m_waiting = 0;
};

} // namespace xinan::ui
