#pragma once
// 审计日志: the audit log for counsellors and heads (File menu). A table of entries, newest first
// (local time, account, action, what, the student where the entry is about one and the reader
// may read students, detail), filtered by person, student, kind and date range, and exported
// to CSV (an owner-only file; the export is itself audited). The chain's head is shown below.

#include "repo/audit.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class AuditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditDialog)

public:
    explicit AuditDialog(SchoolFile &school, QWidget *parent = nullptr);

    // The filter the controls give now.
    AuditFilter filter() const;
    // Only the entries about this student (0: every entry); the 选择学生 button sets it too.
    void setStudentFilter(qint64 studentId);
    // Rereads the entries with the current filter.
    void reload();
    // Asks for a file name (dialog seam) and writes the shown entries as CSV; false when
    // cancelled or failed (the failure is shown).
    bool exportCsv();
    const QList<AuditEntry> &entries() const { return m_entries; }

    // The shown entries as CSV: UTF-8 with a BOM, CRLF, cells quoted when needed and a leading
    // = + - @ neutralised (Excel formulas).
    static QByteArray csvOf(const QList<AuditEntry> &entries);

private:
    void chooseStudent();

    SchoolFile &m_school;
    QComboBox *m_account;
    QComboBox *m_action;
    QPushButton *m_student;
    QPushButton *m_clearStudent;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableWidget *m_table;
    QLabel *m_summary;
    QLabel *m_head;
    QLabel *m_error;
    QPushButton *m_export;
    qint64 m_studentId = 0;
    QList<AuditEntry> m_entries;
};

} // namespace xinan::ui
