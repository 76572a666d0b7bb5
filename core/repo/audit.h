#pragma once
// The append-only audit log: every change writes one entry in the change's own transaction.

#include <QDateTime>
#include <QList>
#include <QString>

namespace xinan {

class Database;

struct AuditEntry
{
    QDateTime at;
    QString account;
    QString action; // create, update, delete, ...
    QString entity; // student, account, school, ...
    qint64 entityId = 0;
    QString detail;
};

void appendAudit(Database &db, const QString &account, const QString &action, const QString &entity, qint64 entityId,
    const QString &detail = {});
QList<AuditEntry> recentAudit(Database &db, int limit);

} // namespace xinan
