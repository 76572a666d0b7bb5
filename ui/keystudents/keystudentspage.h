#pragma once
// The "重点学生" page: the key students (orange and red) with their plans (有 / 缺失 N 天, red
// after 7 days) and next review day, the plan editor and the student file from the list; and
// the weekly review board (周调度) in the second tab.

#include "common/modulepage.h"

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class PlanDialog;
class WeeklyBoardView;

class KeyStudentsPage final : public ModulePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyStudentsPage)

public:
    enum Column { LevelColumn, NameColumn, ClassColumn, SinceColumn, PlanColumn, NextReviewColumn, ColumnCount };

    explicit KeyStudentsPage(SchoolFile &school, QWidget *parent = nullptr);

    void refresh() override;
    WeeklyBoardView *weeklyBoard() const { return m_board; }
    // Opens (non-modal) the plan editor of a student; the page refreshes when it is saved.
    PlanDialog *openPlanDialog(qint64 studentId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    qint64 selectedStudent() const;
    void openFile(qint64 studentId);

    SchoolFile &m_school;
    QTabWidget *m_tabs;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QPushButton *m_plan;
    QPushButton *m_open;
    WeeklyBoardView *m_board;
};

} // namespace xinan::ui
