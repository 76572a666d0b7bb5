#pragma once
// The home page's 复学跟进 panel: the follow-ups of returned students' plans (one week, one month,
// term end) due within a week or overdue, soonest first. Counsellors record one done (记录完成);
// every reader can open the student's file. A class teacher sees its classes' students.

#include "home/homepanel.h"

class QPushButton;
class QTreeWidget;

namespace xinan::ui {

class FollowupDoneDialog;

class ReturnFollowupPanel final : public HomePanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReturnFollowupPanel)

public:
    static constexpr int HorizonDays = 7;

    ReturnFollowupPanel(SchoolFile &school, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;
    int waitingCount() const override;

    QTreeWidget *tree() const { return m_tree; }
    FollowupDoneDialog *recordDone(qint64 followupId);

private:
    SchoolFile &m_school;
    QTreeWidget *m_tree;
    QPushButton *m_done;
    QPushButton *m_student;
    int m_waiting = 0;
};

} // namespace xinan::ui
