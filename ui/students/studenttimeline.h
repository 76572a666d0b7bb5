#pragma once
// The student's timeline tab (一生一案): every dated record about the student, newest first,
// and "Add note…" with its small dialog.

#include <QDialog>
#include <QWidget>

#include <functional>

class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

// Asks for a note's day (today by default, never in the future) and text. The saver stores the
// note and returns an error message, or an empty string when it was saved; the dialog stays
// open with the message until saving works or the user cancels.
class NoteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteDialog)

public:
    using Saver = std::function<QString(const QDate &day, const QString &text)>;
    NoteDialog(Saver saver, QWidget *parent = nullptr);

    void accept() override;

private:
    Saver m_saver;
    QDateEdit *m_date;
    QPlainTextEdit *m_text;
    QLabel *m_error;
};

class StudentTimeline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudentTimeline)

public:
    // studentId 0: a student not saved yet; notes can be added once the student is saved.
    StudentTimeline(SchoolFile &school, qint64 studentId, QWidget *parent = nullptr);

    void reload();
    // Opens the note dialog (window-modal; the timeline reloads when a note was saved).
    NoteDialog *addNote();
    int entryCount() const;

private:
    SchoolFile &m_school;
    qint64 m_studentId;
    QTreeWidget *m_entries;
    QPushButton *m_addNote;
};

} // namespace xinan::ui
