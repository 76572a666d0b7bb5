#pragma once
// Bulk reads and writes of students for roster import. Unlike StudentRepository, whose every
// change is its own transaction, the writers here run inside the CALLER's transaction, so that
// a whole import commits or rolls back as one. Each change still writes its audit entry.

#include "../domain/student.h"

#include <QList>
#include <QString>

namespace xinan {

class Database;

class StudentBatch final
{
public:
    StudentBatch(Database &db, QString actor);

    // Every student with its guardians (two queries, whatever the number of students).
    QList<Student> loadAll();
    // Validates and inserts the student and its guardians. Requires an open transaction.
    // Throws Error(Rejected) when the record is invalid or its 学籍号 is already used.
    qint64 insert(const Student &student);
    // Validates and rewrites the student (by id); guardians are replaced only when
    // replaceGuardians. Requires an open transaction. The ID-card number is left untouched.
    void update(const Student &student, bool replaceGuardians);
    // One audit entry for the whole import (action "import", entity "roster").
    void auditImport(const QString &detail);

private:
    void requireTransaction() const;
    void writeGuardians(qint64 studentId, const QList<Guardian> &guardians);
    Database &m_db;
    QString m_actor;
};

} // namespace xinan
