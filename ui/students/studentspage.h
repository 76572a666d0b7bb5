#pragma once
// The student list: search as you type (name, pinyin, pinyin initials, 学籍号), filters by
// grade, class, special circumstance and scope (current / archived / all), and the way into
// each student's file.

#include "common/modulepage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class StudentListModel;

class StudentsPage final : public ModulePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudentsPage)

public:
    static constexpr int SearchDelayMs = 150;

    explicit StudentsPage(SchoolFile &school, QWidget *parent = nullptr);

    // Rereads the students (and the grade and class choices) from the database.
    void refresh() override;
    // Selects the student just saved in its file.
    void studentFileSaved(qint64 studentId) override;

    // Ask the shell (openStudent) for a student's file, or an empty one for a new student;
    // openSelected does nothing when no student is selected.
    void addStudent();
    void openSelected();

    StudentListModel *model() const { return m_model; }

private:
    void applyFilter();
    void fillGrades();
    void fillClasses();
    void updateButtons();
    void showContextMenu(const QPoint &pos);

    SchoolFile &m_school;
    StudentListModel *m_model;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QComboBox *m_grade;
    QComboBox *m_class;
    QComboBox *m_special;
    QComboBox *m_scope;
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_add;
    QPushButton *m_open;
};

} // namespace xinan::ui
