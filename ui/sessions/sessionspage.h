#pragma once
// The "Counselling records" page (辅导记录): every counselling record in a date range, filtered
// by counsellor, problem category and form ("Walk-in…" picks a student and records a session
// without appointment; "Open record…", "Record feedback…", "Student file…"), and the
// "Group counselling" tab (团体辅导, GroupsView). Reloads itself when shown.

#include "common/modulepage.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class FeedbackDialog;
class GroupsView;
class SessionDialog;
class StudentPickerDialog;

class SessionsPage final : public ModulePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsPage)

public:
    explicit SessionsPage(SchoolFile &school, QWidget *parent = nullptr);

    void reload();
    void refresh() override { reload(); }
    int rowCount() const;
    void setRange(const QDate &from, const QDate &to);
    GroupsView *groups() const { return m_groupsView; }
    QTabWidget *tabs() const { return m_tabs; }

    // Each opens a window-modal dialog and returns it.
    StudentPickerDialog *walkIn();
    SessionDialog *openSelected();
    FeedbackDialog *recordFeedback();

protected:
    void showEvent(QShowEvent *event) override;

private:
    qint64 selectedRecordId() const;
    qint64 selectedStudentId() const;
    void updateButtons();
    void fillFilters();

    SchoolFile &m_school;
    bool m_counsellor = false;
    QTabWidget *m_tabs;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_staff;
    QComboBox *m_category;
    QComboBox *m_form;
    QLabel *m_summary;
    QTreeWidget *m_records;
    QPushButton *m_walkIn;
    QPushButton *m_open;
    QPushButton *m_feedback;
    QPushButton *m_student;
    GroupsView *m_groupsView;
};

} // namespace xinan::ui
