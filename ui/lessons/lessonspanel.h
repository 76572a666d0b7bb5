#pragma once
// The home page's "Lesson progress" panel (心理课进度): the current term's classes behind the
// psychology-lesson rule by today (fewer periods given than were due), the furthest behind first,
// with how many periods (课时) each is short; below, one line with the term's 开课率 so far. A
// class teacher sees their own classes (the repository decides). Waiting: the classes behind.

#include "home/homepanel.h"

class QLabel;
class QTreeWidget;

namespace xinan::ui {

class LessonsPanel final : public HomePanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonsPanel)

public:
    explicit LessonsPanel(SchoolFile &school, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;
    int waitingCount() const override { return m_waiting; }

private:
    SchoolFile &m_school;
    QTreeWidget *m_behind;
    QLabel *m_summary;
    int m_waiting = 0;
};

} // namespace xinan::ui
