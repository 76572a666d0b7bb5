#include "migrations.h"

#include "../domain/pinyin.h"
#include "../error.h"
#include "../repo/audit.h"
#include "database.h"

#include <QCoreApplication>
#include <QFile>

namespace xinan {
namespace {

// Version 2's data change: every existing student gets the search key (name, pinyin, 学籍号).
void fillSearchKeys(Database &db)
{
    Statement rows(db, "SELECT id, name, student_no FROM students");
    Statement set(db, "UPDATE students SET search_key = ? WHERE id = ?");
    while (rows.step()) {
        set.bind(1, studentSearchKey(rows.text(1), rows.text(2))).bind(2, rows.int64(0)).run();
        set.reset();
    }
}

// Version 9's change SQL cannot make without rebuilding the students table (which its foreign
// keys forbid inside a transaction): the status CHECK gains 'withdrawn' (退学). Widening a CHECK
// changes no stored row, which is the case SQLite documents for editing the schema text
// (lang_altertable.html, "otherchanges"): rewrite the table's SQL under writable_schema and bump
// schema_version, in the migration's transaction.
void allowWithdrawnStatus(Database &db)
{
    const QByteArray from = "CHECK (status IN ('enrolled', 'graduated', 'transferred', 'suspended'))";
    const QByteArray to = "CHECK (status IN ('enrolled', 'graduated', 'transferred', 'suspended', 'withdrawn'))";
    QByteArray sql;
    {
        Statement st(db, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'students'");
        if (st.step())
            sql = st.text(0).toUtf8();
    }
    if (!sql.contains(from))
        throw Error(ErrorKind::Damaged,
            QCoreApplication::translate(
                "xinan::Migrations", "The students table is not as version 8 left it; it cannot be upgraded."));
    sql.replace(from, to);
    int schemaVersion = 0;
    {
        Statement st(db, "PRAGMA schema_version");
        if (st.step())
            schemaVersion = st.integer(0);
    }
    db.exec("PRAGMA writable_schema = ON");
    {
        Statement st(db, "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'students'");
        st.bind(1, QString::fromUtf8(sql)).run();
    }
    db.exec(QByteArray("PRAGMA schema_version = ").append(QByteArray::number(schemaVersion + 1)).constData());
    db.exec("PRAGMA writable_schema = OFF");
}

} // namespace

// The schema's history: one line per version, {version, summary, SQL file in resources/schema,
// optional C++ step}. A released line never changes; a new schema version adds a line and its file.
const std::vector<Migration> &schemaMigrations()
{
    static const std::vector<Migration> migrations {
        { 1, "school, accounts, students, guardians, audit log", "v1.sql" },
        { 2, "student search key, ID-card number, student notes, settings", "v2.sql", fillSearchKeys },
        { 3, "risk levels and their history", "v3.sql" },
        { 4, "screening drives and results", "v4.sql" },
        { 5, "alerts, interviews, key-student plans, weekly review, class grid, crisis events", "v5.sql" },
        { 6, "account roles, rooms and staff, duty roster, appointments, counselling records, group counselling, feedback",
            "v6.sql" },
        { 7, "class-grid entries linked to accounts, disabled accounts", "v7.sql" },
        { 8, "audit log hash chain and pruning checkpoint", "v8.sql", chainAuditLog },
        { 9, "referrals and partner hospitals, leave and return, status events, home visits; status withdrawn", "v9.sql",
            allowWithdrawnStatus },
        { 10, "psychology lessons, activities, counselling rooms' area and equipment, term report texts", "v10.sql" },
    };
    return migrations;
}

Migration::Migration(int toVersion, const char *what, std::function<void(Database &)> cxxStep)
    : version(toVersion)
    , summary(what)
    , step(std::move(cxxStep))
{
}

Migration::Migration(int toVersion, const char *what, const char *sqlFile, std::function<void(Database &)> cxxStep)
    : version(toVersion)
    , summary(what)
    , script(sqlFile)
    , step(std::move(cxxStep))
{
}

void Migration::apply(Database &db) const
{
    if (script)
        runSchemaScript(db, script);
    if (step)
        step(db);
}

void runSchemaScript(Database &db, const char *script)
{
    const QString path = QStringLiteral(":/schema/") + QString::fromUtf8(script);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Other,
            QCoreApplication::translate(
                "Migrations", "The schema file %1 is missing from this build of XinAn (%2). Please reinstall XinAn.")
                .arg(path, file.errorString()));
    const QByteArray sql = file.readAll();
    if (sql.trimmed().isEmpty())
        throw Error(ErrorKind::Other,
            QCoreApplication::translate(
                "Migrations", "The schema file %1 in this build of XinAn is empty. Please reinstall XinAn.")
                .arg(path));
    // sqlite3_exec runs the statements one after another as SQLite splits them, so a trigger's
    // BEGIN … END with its own semicolons stays one statement.
    try {
        db.exec(sql.constData());
    } catch (const Error &e) {
        throw Error(e.kind(), QCoreApplication::translate("Migrations", "In the schema file %1: %2").arg(path, e.message()));
    }
}

int currentSchemaVersion()
{
    return schemaMigrations().back().version;
}

int migrate(Database &db, const std::vector<Migration> &migrations)
{
    const int from = db.userVersion();
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    if (from > latest)
        throw Error(ErrorKind::Other,
            QCoreApplication::translate("Migrations",
                "%1 was written by a newer version of XinAn (schema %2; this version knows up to %3). Please update XinAn.")
                .arg(db.path(), QString::number(from), QString::number(latest)));
    if (from == latest)
        return from;
    Transaction tx(db);
    for (const auto &m : migrations) {
        if (m.version <= from)
            continue;
        m.apply(db);
        db.setUserVersion(m.version);
    }
    tx.commit();
    // A step that edited the schema's text (version 9) leaves this connection with the schema it
    // parsed before: SQLite reloads a connection's schema after rolling back a schema change, so
    // make and roll back one. Other connections see the changed schema_version and reload anyway.
    db.exec("BEGIN IMMEDIATE; CREATE TABLE xinan_schema_reload (x); ROLLBACK");
    return from;
}

} // namespace xinan
