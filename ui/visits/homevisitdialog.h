#pragma once
// A home visit (家访), new or opened: when and how, why, the students (siblings in one visit),
// who visited (an account or a typed name each, with their role), whom they met, the family's
// situation (tags and notes), the student at home, the parents' views and needs, what was agreed
// (家校共识) and the follow-up. Saving is one repository call: a refusal shows its message here
// and nothing is written. Opened for a role that may only read (校领导), everything is read-only.

#include "repo/homevisitrepository.h"

#include <QDialog>

#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class StudentFinder;

class HomeVisitDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomeVisitDialog)

public:
    // visitId 0: a new visit, for `studentId` when given (opened from a student's file).
    HomeVisitDialog(SchoolFile &school, qint64 visitId, qint64 studentId = 0, QWidget *parent = nullptr);

    // The saved visit's id (0 until saved).
    qint64 savedId() const { return m_savedId; }
    bool readOnly() const { return m_readOnly; }
    QList<qint64> studentIds() const;
    // Adds a student to the visit (a sibling); false when already there or unknown.
    bool addStudent(qint64 studentId);
    // Adds a visitor row: an account from the list, or a typed name (account empty).
    void addVisitor(VisitorRole role, const QString &account, const QString &name);
    // What the form holds, as the repository gets it.
    HomeVisit visit() const;
    void accept() override;

private:
    struct Person
    {
        QString account;
        QString name;
        VisitorRole role = VisitorRole::Other;
    };
    void loadPeople();
    void fill(const HomeVisit &visit);
    void setReadOnly();
    void showError(const QString &message);
    QComboBox *makePersonCombo(const QString &objectName);
    static void choosePerson(QComboBox *combo, const QString &account, const QString &name);
    static std::pair<QString, QString> personOf(const QComboBox *combo); // account, name

    SchoolFile &m_school;
    qint64 m_visitId;
    qint64 m_savedId = 0;
    bool m_readOnly;
    QList<Person> m_people;
    QDateTimeEdit *m_when;
    QComboBox *m_form;
    QComboBox *m_purpose;
    StudentFinder *m_finder;
    QPushButton *m_addStudent;
    QListWidget *m_students;
    QPushButton *m_removeStudent;
    QVBoxLayout *m_visitorRows;
    QPushButton *m_addVisitor;
    QLineEdit *m_metWhom;
    QComboBox *m_metRelation;
    QHash<QString, QCheckBox *> m_tags;
    QPlainTextEdit *m_familyNotes;
    QPlainTextEdit *m_studentAtHome;
    QPlainTextEdit *m_parentsViews;
    QPlainTextEdit *m_agreed;
    QCheckBox *m_hasFollowup;
    QDateEdit *m_followupOn;
    QComboBox *m_followupOwner;
    QLabel *m_error;
    QPushButton *m_save;
};

} // namespace xinan::ui
