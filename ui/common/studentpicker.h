#pragma once
// The one way a form finds a student: a search field (name, pinyin, pinyin initials or 学籍号,
// as the student list searches) with the matching students below it, and a dialog that picks
// one student with it. Used by appointments, walk-in sessions, group members, crisis events
// and external screening results.

#include "repo/studentquery.h"

#include <QDialog>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

// "name · grade class · 学籍号".
QString studentLine(const StudentRow &row);
// The same for a stored student; empty when the student no longer exists.
QString studentLineFor(SchoolFile &school, qint64 studentId);

// A search field ("studentSearch") with the matching students below it ("studentMatches"),
// by name. A single match is chosen at once.
class StudentFinder final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudentFinder)

public:
    static constexpr int DefaultMaxMatches = 30;

    explicit StudentFinder(SchoolFile &school, QWidget *parent = nullptr);
    ~StudentFinder() override;

    // The student chosen in the list (0: none).
    qint64 currentStudentId() const;
    // Why the students cannot be searched (empty when they can).
    QString errorText() const { return m_loadError; }
    QLineEdit *searchField() const { return m_search; }
    QListWidget *matchList() const { return m_matches; }
    // At most this many matches are listed.
    void setMaxMatches(int count) { m_maxMatches = count; }
    // Compact: the list shows only while something is typed, and says when nothing matches.
    void setCompact(bool compact);

Q_SIGNALS:
    void chosen(qint64 studentId); // the list's current student changed (0: none)
    void activated(qint64 studentId); // double-click or Enter on a match
    void failed(const QString &message); // the students could not be read

private:
    void search(const QString &text);
    void fail(const QString &message);

    SchoolFile &m_school;
    std::unique_ptr<StudentSearchIndex> m_index;
    QLineEdit *m_search;
    QListWidget *m_matches;
    QString m_loadError;
    int m_maxMatches = DefaultMaxMatches;
    bool m_compact = false;
};

// Picks one student (a walk-in session).
class StudentPickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudentPickerDialog)

public:
    StudentPickerDialog(SchoolFile &school, const QString &title, QWidget *parent = nullptr);

    qint64 studentId() const { return m_studentId; }
    StudentFinder *finder() const { return m_finder; }
    void accept() override;

private:
    StudentFinder *m_finder;
    QLabel *m_error;
    qint64 m_studentId = 0;
};

} // namespace xinan::ui
