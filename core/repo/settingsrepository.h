#pragma once
// School-wide settings kept inside the encrypted database (they travel with the school's
// data). Per-computer preferences (window sizes, last folder) belong in QSettings instead.
// Roles (docs/roles.md): every role reads them (no student content); counsellors and
// administrators change them (DataKind::Settings).

#include <QMap>
#include <QString>

namespace xinan {

class Database;

class SettingsRepository final
{
public:
    SettingsRepository(Database &db, QString actor);

    QString value(const QString &key, const QString &fallback = {});
    // Writes the value and an audit entry in one transaction.
    void setValue(const QString &key, const QString &value);

    // Every setting whose key starts with prefix (such as "instrument/"), by key.
    QMap<QString, QString> values(const QString &prefix);
    // Writes the value in one transaction with an audit entry of the caller's action, entity and
    // detail (for a value too long to copy into the audit log, such as a definition file).
    void setValue(const QString &key, const QString &value, const QString &auditAction, const QString &auditEntity,
        const QString &auditDetail);

    bool flag(const QString &key, bool fallback = false);
    void setFlag(const QString &key, bool on);

    // Whether the ID-card number (身份证号) may be stored. Off unless the school turns it on.
    static constexpr auto StoreIdCardKey = "privacy/store_id_card";

private:
    Database &m_db;
    QString m_actor;
};

} // namespace xinan
