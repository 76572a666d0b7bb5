#include "audit.h"

#include "../platform/clock.h"
#include "../store/database.h"

namespace xinan {

void appendAudit(
    Database &db, const QString &account, const QString &action, const QString &entity, qint64 entityId, const QString &detail)
{
    Statement &st = db.cached("INSERT INTO audit_log (at, account, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)");
    st.bind(1, clock::nowUtc().toString(Qt::ISODate)).bind(2, account).bind(3, action).bind(4, entity);
    if (entityId)
        st.bind(5, entityId);
    else
        st.bindNull(5);
    st.bind(6, detail).run();
}

QList<AuditEntry> recentAudit(Database &db, int limit)
{
    Statement st(db, "SELECT at, account, action, entity, entity_id, detail FROM audit_log ORDER BY id DESC LIMIT ?");
    st.bind(1, limit);
    QList<AuditEntry> out;
    while (st.step())
        out.append(
            { QDateTime::fromString(st.text(0), Qt::ISODate), st.text(1), st.text(2), st.text(3), st.int64(4), st.text(5) });
    return out;
}

} // namespace xinan
