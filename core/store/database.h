#pragma once
// RAII over one SQLCipher connection. All SQL in XinAn runs through Database, Statement and
// Transaction; only core/store and core/repo use them.

#include "../crypto/secret.h"
#include "access.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace xinan {

class Database;

class Statement final
{
public:
    Statement(Database &db, const char *sql);
    Statement(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement &operator=(Statement &&) = delete;
    ~Statement();

    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const char *utf8Literal);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindNull(int index);
    Statement &bindOptional(int index, const QString &valueOrEmptyForNull);
    // A confidential field (see access.h): sealed with the connection's counsellor key; written
    // in clear only under Access::system(). Throws Error(Denied) for an account without the key.
    Statement &bindConfidential(int index, const char *field, qint64 owner, const QString &text);

    // Steps once: true while a row is available, false when done. Throws on errors.
    bool step();
    // Steps to completion (INSERT/UPDATE/DELETE).
    void run();
    void reset();

    bool isNull(int column) const;
    QString text(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QByteArray blob(int column) const;
    // Opens a confidential field written by bindConfidential (text written before sealing is
    // returned as it is). Without the counsellor key a sealed value reads as empty: callers
    // check requireAccess first, so this only guards against a missed check.
    QString confidentialText(int column, const char *field, qint64 owner) const;

private:
    friend class Database;
    Database *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

class Database final
{
public:
    // Creates a new encrypted database; the file must not exist.
    static Database create(const QString &path, const SecretBytes &dataKey);
    // Opens an existing encrypted database. Throws Error(Damaged) when the file is not a XinAn
    // database or is damaged; Error(Other) when it cannot be opened at all.
    static Database open(const QString &path, const SecretBytes &dataKey);

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    void exec(const char *sql);
    Statement prepare(const char *sql) { return Statement(*this, sql); }
    // A statement prepared once per connection and reused (reset, bindings cleared): for
    // statements run many times in bulk work. `sql` must be a string literal (the cache key is
    // its address); reset() it after reading if it is a SELECT.
    Statement &cached(const char *sql);
    qint64 lastInsertId() const;
    int changes() const;
    int userVersion();
    void setUserVersion(int version);
    std::optional<QString> cipherVersion();
    const QString &path() const { return m_path; }
    bool inTransaction() const;
    // Writes a consistent copy of the whole database to a new file at `path`, encrypted with
    // the same key (SQLite's online backup). Throws Error naming the file and the reason.
    void copyTo(const QString &path, const SecretBytes &dataKey);
    // Closes the connection early (the destructor does the same).
    void close();

    sqlite3 *handle() const { return m_db; }
    // Who is using this connection (Access::system() until an unlock sets an account's).
    const Access &access() const { return *m_access; }
    std::shared_ptr<const Access> accessPtr() const { return m_access; }
    void setAccess(std::shared_ptr<const Access> access) { m_access = std::move(access); }
    // Throws the Error that matches an SQLite result code, naming what was being done.
    [[noreturn]] void fail(int rc, const QString &doing) const;

private:
    friend Database openPlaintextForBenchmark(const QString &path);
    enum class Mode { Create, Open, PlainCreate };
    Database(const QString &path, const SecretBytes *dataKey, Mode mode);
    void applyPragmas();

    void adoptCache();

    sqlite3 *m_db = nullptr;
    QString m_path;
    std::unordered_map<const char *, std::unique_ptr<Statement>> m_cache;
    std::shared_ptr<const Access> m_access = Access::system();
};

// BEGIN IMMEDIATE ... COMMIT; rolls back in the destructor unless committed. Inside another
// transaction it is a savepoint, so that one repository's change can be part of another's
// (a screening result and the risk change it causes commit or roll back together).
class Transaction final
{
public:
    explicit Transaction(Database &db);
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();
    void commit();

private:
    Database &m_db;
    bool m_nested;
    bool m_done = false;
};

} // namespace xinan
