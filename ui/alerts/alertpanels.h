#pragma once
// The home page's early-warning panels: 待处理预警 (alerts raised by critical screening answers,
// waiting until a counsellor acts) and 待二次评估 (screening results waiting for the
// counsellor's second-stage interview, most serious first). Select a row and "Handle…" or
// "Interview…" (also in the context menu); double-click opens the student's file.

#include "home/homepanel.h"

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace xinan::ui {

class HandleAlertDialog;
class InterviewDialog;

class AlertsPanel final : public HomePanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsPanel)

public:
    enum Column { StudentColumn, ClassColumn, ReasonColumn, SinceColumn };

    explicit AlertsPanel(SchoolFile &school, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;
    int waitingCount() const override { return m_count; }

    // Open the dialogs for an alert (window-modal; the panel refreshes and reports a change
    // when one was saved). Return the dialog for tests.
    HandleAlertDialog *handleAlert(qint64 alertId);
    InterviewDialog *interview(qint64 resultId);

private:
    QTreeWidgetItem *selected() const;
    void updateButtons();
    void contextMenu(const QPoint &pos);

    SchoolFile &m_school;
    int m_count = 0;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_handle;
    QPushButton *m_interview;
};

class InterviewsPanel final : public HomePanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterviewsPanel)

public:
    enum Column { StudentColumn, ClassColumn, ResultColumn, CriticalColumn, TakenColumn };

    explicit InterviewsPanel(SchoolFile &school, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;
    int waitingCount() const override { return m_count; }

    InterviewDialog *interview(qint64 resultId);

private:
    QTreeWidgetItem *selected() const;
    void contextMenu(const QPoint &pos);

    SchoolFile &m_school;
    int m_count = 0;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_interview;
};

} // namespace xinan::ui
