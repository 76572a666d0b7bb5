#pragma once
// The home page's "Open crisis events" panel (进行中的危机事件): every open event, longest open
// first, with the notifications still missing; double-click opens the event, "Student file"
// asks the home page to open the student's file. Red accent: each waiting item is a crisis.

#include "home/homepanel.h"

class QPushButton;
class QTreeWidget;

namespace xinan::ui {

class CrisisDialog;

class CrisisHomePanel final : public HomePanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CrisisHomePanel)

public:
    CrisisHomePanel(SchoolFile &school, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;
    int waitingCount() const override;

    CrisisDialog *openEvent(qint64 eventId);

private:
    SchoolFile &m_school;
    QTreeWidget *m_events;
    QPushButton *m_student;
    int m_waiting = 0;
};

} // namespace xinan::ui
