#pragma once
// The small dialogs of crisis events: opening an event (student picker, when, what happened, a
// confirmation that the student will be set to red), recording a step (a notification, an
// action or a follow-up) and closing an event. Each stays open with the message when saving
// is refused.

#include "repo/crisisrepository.h"

#include <QDateTime>
#include <QDialog>

#include <functional>
#include <memory>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTreeWidget;

namespace xinan {
class SchoolFile;
} // namespace xinan

namespace xinan::ui {

class StudentFinder;

// New crisis event. With a student id the student is fixed (the student file's tab); with 0 the
// user picks the student by name, pinyin or 学籍号.
class NewCrisisDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewCrisisDialog)

public:
    NewCrisisDialog(SchoolFile &school, qint64 studentId, QWidget *parent = nullptr);
    ~NewCrisisDialog() override;

    // The event opened (0 until accepted).
    qint64 eventId() const { return m_eventId; }
    qint64 studentId() const { return m_studentId; }
    // Asks for confirmation, opens the event; on a refusal shows it and stays open.
    void accept() override;

private:
    void choose(qint64 studentId);
    void showError(const QString &message);

    SchoolFile &m_school;
    qint64 m_studentId = 0;
    qint64 m_eventId = 0;
    StudentFinder *m_finder = nullptr;
    QLabel *m_student;
    QDateTimeEdit *m_happenedAt;
    QPlainTextEdit *m_what;
    QLabel *m_error;
};

// A notification, an action or a follow-up. The saver stores it and returns an error message,
// or an empty string when it was saved.
class CrisisStepDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CrisisStepDialog)

public:
    using Saver = std::function<QString(const QDateTime &at, CrisisParty party, const QString &body)>;
    CrisisStepDialog(CrisisStepKind kind, CrisisParty party, Saver saver, QWidget *parent = nullptr);

    void accept() override;

private:
    Saver m_saver;
    QDateTimeEdit *m_at;
    QComboBox *m_party;
    QPlainTextEdit *m_body;
    QLabel *m_error;
};

// Closing an event: the summary and the time; lists up front what is still missing.
class CloseCrisisDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloseCrisisDialog)

public:
    using Saver = std::function<QString(const QDateTime &at, const QString &closure)>;
    CloseCrisisDialog(const QStringList &missing, Saver saver, QWidget *parent = nullptr);

    void accept() override;

private:
    Saver m_saver;
    QDateTimeEdit *m_at;
    QPlainTextEdit *m_closure;
    QLabel *m_error;
};

// "yyyy-MM-dd HH:mm" in local time; empty for a null time.
QString crisisTimeText(const QDateTime &utc);

// The events lists of the page, the student file's tab and the home panel: the header labels
// and one row per event (the event's id in column 0's Qt::UserRole, the student's id in
// Qt::UserRole + 1). Open events are marked in red.
QStringList crisisEventHeaders(bool withStudent);
void addCrisisEventRow(QTreeWidget *list, const CrisisEvent &event, bool withStudent);

} // namespace xinan::ui
