#pragma once
// 班级网格: every class that has enrolled students with its responsible teachers (班主任,
// 副班主任, 年级组长). Classes without a class teacher are highlighted and can be listed alone.
// The right side edits the selected class's teachers (name, role, phone optional); every save
// is one transaction in GridRepository; problems show in the dialog, which stays open. A
// class-teacher entry is linked to its teacher's class-teacher account (what that account
// sees) by counselling teachers and administrators; the link is saved when it is chosen.

#include "repo/gridrepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class GridDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GridDialog)

public:
    enum Column { ClassColumn, StudentsColumn, ClassTeacherColumn, DeputyColumn, GradeLeaderColumn };

    explicit GridDialog(SchoolFile &school, QWidget *parent = nullptr);

    // Whether anything was saved or removed (the caller refreshes its pages).
    bool changedSomething() const { return m_changed; }
    // Selects a class (grade and name) in the list; false when it is not listed.
    bool selectClass(int grade, const QString &className);

    // The form's buttons, callable directly.
    void addMember();
    void saveMember();
    void removeMember();
    // Links the selected class-teacher entry to `account` (empty: unlinks) at once, as choosing
    // it in the account list does. Only counselling teachers and administrators may.
    void linkAccount(const QString &account);

private:
    struct ClassRow
    {
        int grade = 0;
        QString className;
        int enrolled = 0;
        QList<GridMember> members;
    };

    void reload();
    void fillTable();
    // Fills the table again (rereading the database first if asked), keeping the selected class.
    void refill(bool reread);
    void classSelected();
    void memberSelected();
    GridMember formMember() const;
    void showError(const QString &message);
    int currentClass() const;
    void updateSummary();

    SchoolFile &m_school;
    GridRepository m_grid;
    QList<ClassRow> m_classes;
    bool m_changed = false;
    QTableWidget *m_table;
    QCheckBox *m_missingOnly;
    QLabel *m_summary;
    QGroupBox *m_editor;
    QListWidget *m_members;
    QLineEdit *m_teacher;
    QComboBox *m_role;
    QLineEdit *m_phone;
    QComboBox *m_account; // the class teacher's account, for class-teacher entries
    bool m_mayLink = false;
    QPushButton *m_add;
    QPushButton *m_save;
    QPushButton *m_remove;
    QLabel *m_error;
};

} // namespace xinan::ui
