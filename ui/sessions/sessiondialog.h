#pragma once
// A counselling record (个体辅导记录): new from a done appointment (prefilled from it), new for
// a walk-in (appointment 0), or an existing record opened for editing. Date, duration, form,
// counsellor, problem categories, summary, assessment, next steps, the confidential notes
// (保密: counselling teachers only), whether feedback is due, and the risk judgement: when the
// session indicates another risk level the core changes the level in the record's transaction.
// A refusal is shown in the dialog, which stays open.

#include "repo/sessionrepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class SessionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionDialog)

public:
    // A new record. With an appointment (done, not yet recorded) the fields come from it and
    // studentId may be 0; appointmentId 0 is a walk-in for studentId.
    SessionDialog(SchoolFile &school, qint64 studentId, qint64 appointmentId, QWidget *parent = nullptr);
    // An existing record, for editing.
    static SessionDialog *editRecord(SchoolFile &school, qint64 recordId, QWidget *parent = nullptr);

    // The record saved (0 until accepted; the edited record's id when editing).
    qint64 recordId() const { return m_recordId; }
    qint64 studentId() const { return m_input.studentId; }
    // Saves; on a refusal shows the message and stays open.
    void accept() override;

private:
    struct EditTag
    {
    };
    SessionDialog(SchoolFile &school, EditTag, qint64 recordId, QWidget *parent);
    void build();
    void fill(const CounsellingRecordInput &input, const QStringList &extraCategories);
    void updateRisk();
    void showError(const QString &message);

    SchoolFile &m_school;
    CounsellingRecordInput m_input;
    qint64 m_recordId = 0;
    bool m_editing = false;
    bool m_usable = true;
    QLabel *m_student = nullptr;
    QLabel *m_source = nullptr;
    QDateEdit *m_date = nullptr;
    QSpinBox *m_minutes = nullptr;
    QComboBox *m_form = nullptr;
    QComboBox *m_staff = nullptr;
    QListWidget *m_categories = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QPlainTextEdit *m_assessment = nullptr;
    QPlainTextEdit *m_nextSteps = nullptr;
    QPlainTextEdit *m_private = nullptr;
    QCheckBox *m_riskChange = nullptr;
    QLabel *m_currentLevel = nullptr;
    QComboBox *m_level = nullptr;
    QLineEdit *m_reason = nullptr;
    QCheckBox *m_feedback = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace xinan::ui
