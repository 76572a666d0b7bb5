#pragma once
// The student file's 休学复学 tab: the student's leaves, newest first, each with its return
// applications (decision, certificate, plan) and the return plan's follow-ups. Counsellors
// record a leave (休学…), a return application (复学申请…) for the open leave and a follow-up
// done (记录完成); the head and the class teacher (its classes) read. Each change reloads the
// tab, the file's status and its timeline.

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class FollowupDoneDialog;
class ReturnApplicationDialog;
class StatusChangeDialog;

class LeaveTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeaveTab)

public:
    LeaveTab(SchoolFile &school, qint64 studentId, QWidget *parent = nullptr);

    void reload();
    QTreeWidget *tree() const { return m_tree; }
    // The dialogs the buttons open (null when the account may not write or nothing is open).
    StatusChangeDialog *startLeave();
    ReturnApplicationDialog *applyForReturn();
    FollowupDoneDialog *recordFollowup(qint64 followupId);

private:
    void changed();
    void selectionChanged();

    SchoolFile &m_school;
    qint64 m_studentId;
    bool m_writes;
    qint64 m_openLeave = 0;
    QLabel *m_hint;
    QTreeWidget *m_tree;
    QPushButton *m_leave;
    QPushButton *m_return;
    QPushButton *m_followup;
};

} // namespace xinan::ui
