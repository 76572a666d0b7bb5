#pragma once
// The 一人一策 editor: a key student's individual plan (situation, goals, measures, the people
// responsible, contact arrangements, how often it is reviewed, whether the parents were told),
// and the small dialog that closes a plan with its reason. Both save through PlanRepository
// and show a refusal in the dialog, which stays open.

#include "repo/planrepository.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class PlanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanDialog)

public:
    // Edits the student's active plan, or writes a new one (with the class teacher from the
    // class grid and the first guardian filled in).
    PlanDialog(SchoolFile &school, qint64 studentId, QWidget *parent = nullptr);

    bool isNewPlan() const { return m_plan.id == 0; }
    // The id of the saved plan (0 until saved).
    qint64 planId() const { return m_plan.id; }

    void accept() override;

private:
    KeyPlan fromForm() const;
    void updateParentFields();

    SchoolFile &m_school;
    KeyPlan m_plan;
    QPlainTextEdit *m_situation;
    QPlainTextEdit *m_goals;
    QPlainTextEdit *m_measures;
    QLineEdit *m_classTeacher;
    QLineEdit *m_counsellor;
    QLineEdit *m_parent;
    QLineEdit *m_leader;
    QPlainTextEdit *m_contact;
    QSpinBox *m_reviewDays;
    QRadioButton *m_informedYes;
    QRadioButton *m_informedNo;
    QDateEdit *m_informedOn;
    QLineEdit *m_notInformedReason;
    QLabel *m_error;
};

class ClosePlanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClosePlanDialog)

public:
    ClosePlanDialog(SchoolFile &school, qint64 studentId, QWidget *parent = nullptr);

    void accept() override;

private:
    SchoolFile &m_school;
    qint64 m_studentId;
    QPlainTextEdit *m_reason;
    QLabel *m_error;
};

} // namespace xinan::ui
