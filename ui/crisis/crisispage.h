#pragma once
// The "Crisis events" page (危机事件): every event, open ones first (student, class, when,
// status, days open, notifications done, checklist), "New crisis event…", and the event window.

#include "common/modulepage.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class CrisisDialog;
class NewCrisisDialog;

// Columns of the events list (also used by the student file's tab and the home panel).
class CrisisPage final : public ModulePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CrisisPage)

public:
    explicit CrisisPage(SchoolFile &school, QWidget *parent = nullptr);

    void reload();
    void refresh() override { reload(); }
    int rowCount() const;

    // Each opens a window-modal dialog and returns it.
    NewCrisisDialog *newEvent();
    CrisisDialog *openEvent(qint64 eventId);
    CrisisDialog *openSelected();

protected:
    void showEvent(QShowEvent *event) override;

private:
    qint64 selectedEventId() const;
    qint64 selectedStudentId() const;
    void updateButtons();

    SchoolFile &m_school;
    QComboBox *m_status;
    QLabel *m_summary;
    QTreeWidget *m_events;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_student;
};

} // namespace xinan::ui
