#pragma once
// The weekly review board (周调度): one week (this week by default; earlier weeks can be
// chosen, never a week to come), its key students grouped by grade and class with the class
// teachers, each student's status, actions and next steps this week, overdue rows highlighted;
// a small dialog to write a student's update; the meeting record (chair, day, notes); and the
// printed or PDF weekly sheet for the head's meeting.

#include "weeklysheet.h"

#include <QDialog>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

// A student's update for one week: status, what was done, next steps.
class WeeklyUpdateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeeklyUpdateDialog)

public:
    WeeklyUpdateDialog(SchoolFile &school, qint64 studentId, const QString &studentName, const QDate &weekStart,
        const std::optional<WeeklyUpdate> &current, QWidget *parent = nullptr);

    void accept() override;

private:
    SchoolFile &m_school;
    qint64 m_studentId;
    QDate m_weekStart;
    QComboBox *m_status;
    QPlainTextEdit *m_actions;
    QPlainTextEdit *m_nextSteps;
    QLabel *m_error;
};

class WeeklyBoardView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeeklyBoardView)

public:
    enum Column { StudentColumn, LevelColumn, PlanColumn, StatusColumn, ActionsColumn, NextColumn, LastColumn, ColumnCount };

    explicit WeeklyBoardView(SchoolFile &school, QWidget *parent = nullptr);

    QDate week() const { return m_week; }
    // Shows the week holding `day` (a week to come shows this week).
    void setWeek(const QDate &day);
    void refresh();
    const WeeklyBoard &board() const { return m_board; }

    // Opens (non-modal) the update dialog for a student on the board; the board refreshes when
    // it is saved. Returns nullptr for a student not on the board.
    WeeklyUpdateDialog *openUpdateDialog(qint64 studentId);
    // The board's item of a student (nullptr if absent).
    QTreeWidgetItem *itemOf(qint64 studentId) const;

    void exportPdf();
    void print();

Q_SIGNALS:
    void changed();

private:
    void saveMeeting();
    void loadMeeting();
    WeeklySheet sheet() const;
    void editSelected();

    SchoolFile &m_school;
    QDate m_week;
    WeeklyBoard m_board;
    QLabel *m_weekLabel;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_thisWeek;
    QDateEdit *m_picker;
    QPushButton *m_edit;
    QTreeWidget *m_tree;
    QLabel *m_totals;
    QLineEdit *m_chairedBy;
    QCheckBox *m_held;
    QDateEdit *m_heldOn;
    QLineEdit *m_notes;
    QLabel *m_meetingError;
    QLabel *m_meetingSaved;
};

} // namespace xinan::ui
