#pragma once
// Students and their guardians. Each change is one transaction with its audit entry.
//
// Roles (docs/roles.md): reading a basic file is DataKind::StudentBasic (a class teacher: only
// the students of its classes; another class's student is Error(Denied)); writing is
// StudentBasic write (counsellors only). Admins read no student at all.

#include "../domain/student.h"

#include <QMap>
#include <optional>

namespace xinan {

class Database;

struct StudentCounts
{
    int total = 0; // all records
    int enrolled = 0; // status 在读
    QMap<int, int> byGrade; // enrolled students per grade
    QMap<int, int> bySpecialCircumstance; // enrolled students per SpecialCircumstance bit
    int boarding = 0; // enrolled boarders
};

class StudentRepository final
{
public:
    StudentRepository(Database &db, QString actor);

    // Validates, then inserts the student and guardians. Returns the new id. The ID-card number
    // is written only when the school's setting StoreIdCardKey is on (else NULL).
    // Throws Error(Rejected) listing every problem, or when the 学籍号 is already used.
    qint64 add(const Student &student);
    // Adds many students in ONE transaction: all or nothing.
    void addAll(const QList<Student> &students);
    void update(const Student &student);
    void remove(qint64 id);

    // nullopt when no such student; Error(Denied) for a class teacher and a student of another class.
    std::optional<Student> find(qint64 id);
    std::optional<Student> findByStudentNo(const QString &studentNo);
    // The id of the student with this 学籍号, or 0 (Error(Denied) as find()).
    qint64 idOf(const QString &studentNo);
    // Without guardians, ordered by grade, class, name. A class teacher: its classes only.
    QList<Student> list();
    // DataKind::Counts (school-wide); a class teacher gets the counts of its own classes.
    StudentCounts counts();

private:
    bool storesIdCard();
    void loadGuardians(Student &student);
    Database &m_db;
    QString m_actor;
};

} // namespace xinan
