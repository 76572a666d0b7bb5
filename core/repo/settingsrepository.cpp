#include "settingsrepository.h"

#include "../store/database.h"
#include "audit.h"

namespace xinan {

SettingsRepository::SettingsRepository(Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

QString SettingsRepository::value(const QString &key, const QString &fallback)
{
    requireAccess(m_db.access(), DataKind::Settings, AccessOp::Read);
    Statement st(m_db, "SELECT value FROM settings WHERE key = ?");
    st.bind(1, key);
    return st.step() ? st.text(0) : fallback;
}

void SettingsRepository::setValue(const QString &key, const QString &value)
{
    requireAccess(m_db.access(), DataKind::Settings, AccessOp::Write);
    Transaction tx(m_db);
    Statement st(m_db, "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)");
    st.bind(1, key).bind(2, value).run();
    appendAudit(m_db, m_actor, QStringLiteral("update"), QStringLiteral("setting"), 0, key + u'=' + value);
    tx.commit();
}

QMap<QString, QString> SettingsRepository::values(const QString &prefix)
{
    requireAccess(m_db.access(), DataKind::Settings, AccessOp::Read);
    Statement st(m_db, "SELECT key, value FROM settings WHERE substr(key, 1, ?) = ?");
    st.bind(1, static_cast<int>(prefix.size())).bind(2, prefix);
    QMap<QString, QString> out;
    while (st.step())
        out.insert(st.text(0), st.text(1));
    return out;
}

void SettingsRepository::setValue(
    const QString &key, const QString &value, const QString &auditAction, const QString &auditEntity, const QString &auditDetail)
{
    requireAccess(m_db.access(), DataKind::Settings, AccessOp::Write);
    Transaction tx(m_db);
    Statement st(m_db, "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)");
    st.bind(1, key).bind(2, value).run();
    appendAudit(m_db, m_actor, auditAction, auditEntity, 0, auditDetail);
    tx.commit();
}

bool SettingsRepository::flag(const QString &key, bool fallback)
{
    const QString v = value(key);
    return v.isEmpty() ? fallback : v == u"1";
}

void SettingsRepository::setFlag(const QString &key, bool on)
{
    setValue(key, on ? QStringLiteral("1") : QStringLiteral("0"));
}

} // namespace xinan
