#pragma once
// Feedback (反馈): what was told to whom about a student — the class teacher, the parents or the
// head — on which day, how (面谈/电话/书面), the non-confidential summary actually shared and any
// reply, linked to the counselling record it follows. A refusal stays in the dialog.

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class FeedbackDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackDialog)

public:
    // recordId 0: not linked (the user may still pick one of the student's records).
    FeedbackDialog(SchoolFile &school, qint64 studentId, qint64 recordId, QWidget *parent = nullptr);

    qint64 feedbackId() const { return m_feedbackId; }
    qint64 studentId() const { return m_studentId; }
    void accept() override;

private:
    void showError(const QString &message);

    SchoolFile &m_school;
    qint64 m_studentId;
    qint64 m_feedbackId = 0;
    QComboBox *m_record;
    QComboBox *m_recipient;
    QDateEdit *m_date;
    QComboBox *m_method;
    QPlainTextEdit *m_summary;
    QPlainTextEdit *m_reply;
    QLabel *m_error;
};

} // namespace xinan::ui
