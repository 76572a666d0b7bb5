#pragma once
// The home page's "Home visit reminders" panel (家访提醒): the visits the rules make due (key
// students every month and on site once a term, a student back from leave within two weeks),
// most overdue first with the days overdue; double-click opens the student's file. Below, one
// line with the current term's coverage and the classes behind. A class teacher sees their own
// classes (the repository decides).

#include "home/homepanel.h"

class QLabel;
class QPushButton;
class QTreeWidget;

namespace xinan::ui {

class HomeVisitsPanel final : public HomePanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomeVisitsPanel)

public:
    explicit HomeVisitsPanel(SchoolFile &school, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;
    int waitingCount() const override { return m_waiting; }

private:
    SchoolFile &m_school;
    QTreeWidget *m_due;
    QLabel *m_coverage;
    QPushButton *m_student;
    int m_waiting = 0;
};

} // namespace xinan::ui
