#pragma once
// The one place students are written. Its writers run inside the CALLER's transaction:
// StudentRepository wraps each change in its own, a roster import wraps the whole file in one.
// Each change writes its audit entry. Writing is DataKind::StudentBasic write (counsellors);
// loadAll reads as StudentRepository::list does (a class teacher: its classes).

#include "../domain/student.h"

#include <QList>
#include <QString>

namespace xinan {

class Database;

// What a write does with the ID-card number (身份证号).
enum class IdCardWrite {
    Keep, // leave the stored value as it is (roster import never touches it)
    Store, // store the record's value (the school turned storing on)
    Clear // store NULL (storing is off: a number kept earlier is dropped)
};

class StudentBatch final
{
public:
    // auditDetail is written with every entry (e.g. "roster import").
    StudentBatch(Database &db, QString actor, QString auditDetail = {});

    // Every student with its guardians (two queries, whatever the number of students).
    QList<Student> loadAll();
    // Validates and inserts the student and its guardians. Requires an open transaction.
    // Throws Error(Rejected) when the record is invalid or its 学籍号 is already used.
    qint64 insert(const Student &student, bool storeIdCard = false);
    // Validates and rewrites the student (by id); guardians are replaced only when
    // replaceGuardians. Requires an open transaction. A change of status is refused (Error
    // Rejected: it goes through LeaveRepository::changeStatus with its day and reason) unless
    // recordStatusChanges() was called: then it is written with a status event effective today.
    void update(const Student &student, bool replaceGuardians, IdCardWrite idCard = IdCardWrite::Keep);
    // Lets update() change a student's status, recording each change as a status event with this
    // reason (a roster import: "名单导入").
    void recordStatusChanges(const QString &reason) { m_statusReason = reason; }
    // One audit entry for the whole import (action "import", entity "roster").
    void auditImport(const QString &detail);

private:
    void requireTransaction() const;
    void writeGuardians(qint64 studentId, const QList<Guardian> &guardians);
    Database &m_db;
    QString m_actor;
    QString m_auditDetail;
    QString m_statusReason; // empty: update() refuses a change of status
};

} // namespace xinan
