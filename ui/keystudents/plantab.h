#pragma once
// The student file's "一人一策" tab: the active plan read-only with "Edit plan…" and
// "Close plan…" (or "New plan…" when there is none), the history of the student's plans, and
// the student's weekly review updates.

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace xinan {
class SchoolFile;
struct KeyPlan;
} // namespace xinan

namespace xinan::ui {

class ClosePlanDialog;
class PlanDialog;

// The plan as read-only HTML (headings and paragraphs), for the tab.
QString planHtml(const KeyPlan &plan);

class PlanTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanTab)

public:
    PlanTab(SchoolFile &school, qint64 studentId, QWidget *parent = nullptr);

    // Rereads the plans; a read that is refused or fails shows its message in the tab.
    void refresh();
    // Open (non-modal) the plan editor or the close dialog; the tab refreshes when they save.
    PlanDialog *openPlanDialog();
    ClosePlanDialog *openCloseDialog();

Q_SIGNALS:
    void changed();

private:
    void read();

    SchoolFile &m_school;
    qint64 m_studentId;
    QLabel *m_state;
    QTextBrowser *m_plan;
    QPushButton *m_edit;
    QPushButton *m_close;
    QTreeWidget *m_history;
    QTreeWidget *m_updates;
};

} // namespace xinan::ui
