#pragma once
// The student file's "风险与预警" tab: the current level as a coloured badge with what it
// means, "Change level…", what waits for this student (alerts and second-stage interviews,
// with their buttons), and the history of changes of level.

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class HandleAlertDialog;
class InterviewDialog;
class RiskChangeDialog;

class RiskTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RiskTab)

public:
    enum HistoryColumn { WhenColumn, FromColumn, ToColumn, SourceColumn, ReasonColumn, ByColumn };

    RiskTab(SchoolFile &school, qint64 studentId, QWidget *parent = nullptr);

    void reload();
    // Open the dialogs (window-modal; the tab, and the file's timeline, reload after a save).
    RiskChangeDialog *changeLevel();
    HandleAlertDialog *handleAlert(qint64 alertId);
    InterviewDialog *interview(qint64 resultId);

Q_SIGNALS:
    // Something was saved from this tab.
    void changed();

private:
    void read();
    QTreeWidgetItem *selectedPending() const;
    void updateButtons();
    template<typename Dialog> Dialog *openDialog(Dialog *dialog);

    SchoolFile &m_school;
    qint64 m_studentId;
    QLabel *m_badge;
    QLabel *m_meaning;
    QPushButton *m_change;
    QTreeWidget *m_pending;
    QLabel *m_nothingPending;
    QPushButton *m_handle;
    QPushButton *m_interview;
    QTreeWidget *m_history;
    QLabel *m_noHistory;
    bool m_showsAlerts = true; // the role reads alerts (a 校领导 does not)
    bool m_showsReasons = true; // the role reads the reasons for changes of level
};

} // namespace xinan::ui
