#pragma once
// The student file's "Crisis events" tab (危机事件): this student's events, newest first, and
// "Open crisis event…" for this student (refused while one is open: its steps go there).

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class CrisisDialog;
class NewCrisisDialog;

class CrisisTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CrisisTab)

public:
    CrisisTab(SchoolFile &school, qint64 studentId, QWidget *parent = nullptr);

    void reload();
    int rowCount() const;
    NewCrisisDialog *newEvent();
    CrisisDialog *openEvent(qint64 eventId);

private:
    // The student file's timeline shows the event too: reread it after a change.
    void changed();

    SchoolFile &m_school;
    qint64 m_studentId;
    QLabel *m_hint;
    QTreeWidget *m_events;
    QPushButton *m_new;
};

} // namespace xinan::ui
