#pragma once
// Group counselling (团体辅导), the second tab of the counselling-records page: the groups
// (topic, counsellor, members, sessions held of planned), "New group…" / "Edit group…" (topic,
// counsellor, planned sessions, members picked from the students), and for the chosen group the
// attendance grid: one row per member, one column per held session, ticked when present;
// "Add session…" records a held session with who came, "Save attendance" stores the grid.
// Counselling teachers only (the core refuses everyone else; the view says so).

#include "repo/sessionrepository.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTreeWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class StudentFinder;

class GroupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupDialog)

public:
    // groupId 0: a new group.
    GroupDialog(SchoolFile &school, qint64 groupId, QWidget *parent = nullptr);

    qint64 groupId() const { return m_groupId; }
    void addMember(qint64 studentId);
    QList<qint64> memberIds() const;
    void accept() override;

private:
    void showError(const QString &message);

    SchoolFile &m_school;
    qint64 m_groupId;
    QLineEdit *m_topic;
    QComboBox *m_staff;
    QSpinBox *m_planned;
    StudentFinder *m_finder;
    QListWidget *m_members;
    QLabel *m_error;
};

class GroupSessionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupSessionDialog)

public:
    GroupSessionDialog(SchoolFile &school, qint64 groupId, QWidget *parent = nullptr);

    qint64 sessionId() const { return m_sessionId; }
    void accept() override;

private:
    SchoolFile &m_school;
    qint64 m_groupId;
    qint64 m_sessionId = 0;
    QDateEdit *m_date;
    QSpinBox *m_minutes;
    QListWidget *m_present;
    QLabel *m_error;
};

class GroupsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupsView)

public:
    explicit GroupsView(SchoolFile &school, QWidget *parent = nullptr);

    void reload();
    void selectGroup(qint64 groupId);
    qint64 currentGroupId() const;

    GroupDialog *newGroup();
    GroupDialog *editGroup();
    GroupSessionDialog *addSession();
    // Stores the grid's ticks for every session; false (with a message) when refused.
    bool saveAttendance();

private:
    void showGroup();
    template<typename D> D *showDialog(D *dialog);

    SchoolFile &m_school;
    QLabel *m_notice;
    QTreeWidget *m_groups;
    QLabel *m_groupTitle;
    QTableWidget *m_attendance;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_addSession;
    QPushButton *m_save;
    QList<GroupSession> m_sessions;
    QList<qint64> m_members;
};

} // namespace xinan::ui
