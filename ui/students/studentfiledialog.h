#pragma once
// The student's file (一生一案): basic information, family and guardians, special
// circumstances, the optional ID-card number, and the timeline. Adds a new student or edits
// one; each save is one transaction in StudentRepository. The status is shown, not edited with
// the rest: 变更学籍状态… (StatusChangeDialog, ui/leave) records each change as a dated event with
// its reason, 休学 as a leave record; 复学 is a return application (the 休学复学 tab). Archiving is
// a change to graduated, transferred out, withdrawn or suspended: the record is kept, never
// deleted here.

#include "domain/student.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QToolButton;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class StatusChangeDialog;
class StudentTimeline;

class StudentFileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudentFileDialog)

public:
    static constexpr int MaxGuardians = 4;

    // studentId 0: a new student. An id that no longer exists opens an empty form whose save
    // reports that the record is gone.
    StudentFileDialog(SchoolFile &school, qint64 studentId, QWidget *parent = nullptr);

    // The id of the saved student (0 until a new student is saved).
    qint64 studentId() const { return m_student.id; }
    // The record as the form shows it now.
    Student student() const;
    // The timeline tab; null for a role that may not read counselling records (what it shows).
    StudentTimeline *timeline() const { return m_timeline; }
    // False when the account's role may only read students' files: the form is read-only and
    // has no Save button.
    bool isEditable() const { return m_editable; }

    // Validates and saves; on problems shows them in the dialog and stays open.
    void accept() override;

    // Opens 变更学籍状态 (null for a new student or a read-only file).
    StatusChangeDialog *changeStatus();
    // Rereads the status (after a change through a dialog): the label, the timeline, statusChanged().
    void reloadStatus();

Q_SIGNALS:
    // The student's status changed (a status event, a leave, a return): the tabs reread.
    void statusChanged();

private:
    QWidget *buildBasicTab();
    QWidget *buildFamilyTab();
    QWidget *buildCircumstancesTab();
    void load(const Student &s);
    void addGuardianRow(const Guardian &g);
    void updateGuardianButtons();
    void setIdCardShown(bool shown);
    void showProblems(const QStringList &problems);
    void guardianContextMenu(const QPoint &pos);
    void makeReadOnly();

    SchoolFile &m_school;
    Student m_student;
    bool m_editable = true;
    bool m_storesIdCard = false;
    QString m_idCardValue; // the full number while the field shows it masked
    bool m_idCardShown = false;
    QTabWidget *m_tabs;
    QLineEdit *m_studentNo;
    QLineEdit *m_name;
    QComboBox *m_gender;
    QDateEdit *m_birthDate;
    QComboBox *m_grade;
    QLineEdit *m_className;
    QComboBox *m_ethnicity;
    QCheckBox *m_boarding;
    QLabel *m_status;
    QPushButton *m_changeStatus;
    QLineEdit *m_idCard = nullptr;
    QToolButton *m_showIdCard = nullptr;
    QTableWidget *m_guardians;
    QPushButton *m_addGuardian;
    QPushButton *m_removeGuardian;
    QList<QCheckBox *> m_circumstances; // in allSpecialCircumstances() order
    StudentTimeline *m_timeline = nullptr;
    QLabel *m_error;
};

} // namespace xinan::ui
