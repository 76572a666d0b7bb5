#pragma once
// The class grid (网格化): each class's responsible teachers (班主任, 副班主任, 年级组长), so
// that the weekly review board and home visits can be grouped by grade and class and show who
// answers for each class. Each change is one transaction with its audit entry.
//
// Roles (docs/roles.md): DataKind::Grid, read by counsellors, heads and admins, written by
// counsellors and admins; classes() gives class sizes only, no student.

#include "../store/access.h"
#include <QList>
#include <QString>
#include <QStringList>

namespace xinan {

class Database;

enum class GridRole { ClassTeacher, Deputy, GradeLeader };

// A class that has enrolled students, and how many (the grid editor's rows).
struct GridClass
{
    int grade = 0;
    QString className;
    int enrolled = 0;
};

struct GridMember
{
    qint64 id = 0;
    int grade = 0;
    QString className;
    QString teacher;
    GridRole role = GridRole::ClassTeacher;
    QString phone;
    QString account; // the class teacher's account (what it sees); empty when not linked
};

// Stable codes class_teacher/deputy/grade_leader, and translated names (班主任 ...).
QString gridRoleCode(GridRole role);
QString gridRoleName(GridRole role);

class GridRepository final
{
public:
    GridRepository(Database &db, QString actor);

    // Every member, by grade, class (2班 before 10班), role and teacher.
    QList<GridMember> members();
    // The teachers of one class, class teacher first, as "name" strings.
    QStringList teachersOf(int grade, const QString &className);
    // The classes whose grid entries are linked to this account (what a class teacher sees).
    QSet<ClassRef> classesOfAccount(const QString &account);
    // Every class with enrolled students, by grade and class (2班 before 10班).
    QList<GridClass> classes();

    // Adds or updates (id != 0) a member. Throws Error(Rejected), writing nothing, for an empty
    // teacher or class name, a grade outside 1..15, the same teacher twice in a class, or an id
    // that does not exist. Returns the id.
    qint64 save(const GridMember &member);
    // Removes a member. Throws Error(Rejected) for an id that does not exist.
    void remove(qint64 id);
    // Links a class-teacher entry to the account of its teacher (empty: unlinks), so that the
    // account sees that class's students. Only those who manage accounts may (Error(Denied));
    // Error(Rejected) for an entry that is not a class teacher's, or an account that does not
    // exist, is disabled or is not a class teacher's.
    void linkAccount(qint64 memberId, const QString &account);
    // `grid set --class-teacher`: links the class's class-teacher entry (the one of `teacher`
    // when given, else the only one; created, named `teacher` or the account, when there is
    // none) to `account`, in one transaction. Returns the entry's id. Error(Usage) when the
    // class has several class-teacher entries and `teacher` does not choose one.
    qint64 assignClassTeacher(int grade, const QString &className, const QString &account, const QString &teacher = {});

    static constexpr int MaxTeacherLength = 30;
    static constexpr int MaxPhoneLength = 20;

private:
    // The entry as stored; Error(Rejected) when it no longer exists.
    GridMember existingMember(qint64 id);
    Database &m_db;
    QString m_actor;
};

} // namespace xinan
