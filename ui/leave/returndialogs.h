#pragma once
// The return application (复学申请) and recording a follow-up done.
//
// ReturnApplicationDialog: the application day, the medical certificate (hospital, date, what it
// says: a warning under it while it says only 病情稳定 without recommending the return, advice
// that does not block), the school's assessment against the three conditions, the assessors,
// the decision (同意复学 / 暂缓 / 需进一步评估) and its day, and for 同意复学 the return day and the
// return plan. Approving needs the three conditions: the dialog names the ones not ticked and
// core refuses the approval without them. One transaction in LeaveRepository.
//
// FollowupDoneDialog: the day a return follow-up was done and a note (sealed).

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class ReturnApplicationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReturnApplicationDialog)

public:
    ReturnApplicationDialog(SchoolFile &school, qint64 leaveId, QWidget *parent = nullptr);

    qint64 applicationId() const { return m_applicationId; }
    void accept() override;

private:
    void update();

    SchoolFile &m_school;
    qint64 m_leaveId;
    qint64 m_applicationId = 0;
    QDateEdit *m_appliedOn;
    QLineEdit *m_hospital;
    QDateEdit *m_certificateDate;
    QPlainTextEdit *m_certificate;
    QLabel *m_warning;
    QCheckBox *m_stable;
    QCheckBox *m_noRisk;
    QCheckBox *m_functioning;
    QLineEdit *m_assessors;
    QComboBox *m_decision;
    QDateEdit *m_decidedOn;
    QDateEdit *m_returnOn;
    QLabel *m_missing;
    QWidget *m_plan;
    QLineEdit *m_placement;
    QLineEdit *m_schedule;
    QLineEdit *m_supporters;
    QPlainTextEdit *m_relapse;
    QLabel *m_error;
};

class FollowupDoneDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowupDoneDialog)

public:
    FollowupDoneDialog(SchoolFile &school, qint64 followupId, const QString &what, QWidget *parent = nullptr);
    void accept() override;

private:
    SchoolFile &m_school;
    qint64 m_followupId;
    QDateEdit *m_doneOn;
    QPlainTextEdit *m_note;
    QLabel *m_error;
};

} // namespace xinan::ui
