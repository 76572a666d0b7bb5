#pragma once
// The key-student panels of the home page: "一人一策待制定" (key students without a plan, those
// waiting more than 7 days in red; waiting = how many lack a plan) and "本周周调度" (key students
// without this week's update; waiting = how many are overdue). Double-click opens the file.

#include "home/homepanel.h"

class QLabel;
class QTreeWidget;

namespace xinan::ui {

class MissingPlansPanel final : public HomePanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MissingPlansPanel)

public:
    explicit MissingPlansPanel(SchoolFile &school, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;
    int waitingCount() const override { return m_waiting; }

private:
    SchoolFile &m_school;
    QTreeWidget *m_list;
    QLabel *m_empty;
    int m_waiting = 0;
};

class WeeklyReviewPanel final : public HomePanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeeklyReviewPanel)

public:
    explicit WeeklyReviewPanel(SchoolFile &school, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;
    int waitingCount() const override { return m_overdue; }

private:
    SchoolFile &m_school;
    QLabel *m_summary;
    QTreeWidget *m_list;
    int m_overdue = 0;
};

} // namespace xinan::ui
