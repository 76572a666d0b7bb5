#pragma once
// 变更学籍状态: the status a student changes to (转学, 毕业, 退学, back to 在读, or 休学), the day
// it takes effect and why. 休学 shows the leave form (reason category, optionally one of the
// student's referrals) and goes through LeaveRepository::startLeave; the others through
// changeStatus. 复学 is not offered here: it is a return application (the 休学复学 tab).
// Problems (a missing reason for 退学/转学, a future day …) are shown in the dialog, which stays open.

#include "domain/student.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QPlainTextEdit;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class StatusChangeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusChangeDialog)

public:
    StatusChangeDialog(SchoolFile &school, qint64 studentId, QWidget *parent = nullptr);

    // Chooses the status to change to (when offered); false when it is not.
    bool setTarget(StudentStatus to);
    StudentStatus target() const;

    void accept() override;

private:
    void targetChanged();

    SchoolFile &m_school;
    qint64 m_studentId;
    StudentStatus m_current = StudentStatus::Enrolled;
    QComboBox *m_to;
    QDateEdit *m_date;
    QLabel *m_reasonLabel;
    QPlainTextEdit *m_reason;
    QGroupBox *m_leaveForm;
    QComboBox *m_category;
    QComboBox *m_referral;
    QLabel *m_note;
    QLabel *m_error;
};

} // namespace xinan::ui
