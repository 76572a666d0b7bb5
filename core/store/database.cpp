#define SQLITE_HAS_CODEC 1
#include "database.h"

#include "../crypto/recoverykey.h"
#include "../error.h"
#include "../platform/files.h"
#include "plaintext_benchmark.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>
#include <sqlite3.h>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

constexpr char PlainHeader[] = "SQLite format 3";

// "x'<64 hex key><32 hex salt>'": SQLCipher's raw key with an explicit file salt. The salt is
// the key check, so the first 16 bytes of every XinAn file identify its key without revealing it.
SecretBytes rawKeyString(const SecretBytes &dataKey)
{
    const QByteArray salt = keyCheckOf(dataKey);
    SecretBytes out(2 + 64 + 32 + 1 + 1);
    auto *p = reinterpret_cast<char *>(out.data());
    p[0] = 'x';
    p[1] = '\'';
    sodium_bin2hex(p + 2, 65, dataKey.data(), 32);
    sodium_bin2hex(p + 66, 33, reinterpret_cast<const unsigned char *>(salt.constData()), 16);
    p[98] = '\'';
    p[99] = '\0';
    return out;
}

} // namespace

// ---------------------------------------------------------------- Database

Database::Database(const QString &path, const SecretBytes *dataKey, Mode mode)
    : m_path(path)
{
    const QFileInfo info(path);
    if (mode == Mode::Open) {
        if (!info.exists())
            throw Error(ErrorKind::Other, Tr::tr("The database file %1 does not exist.").arg(path));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(ErrorKind::Other, Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
        const QByteArray head = file.read(16);
        if (head.startsWith(PlainHeader))
            throw Error(ErrorKind::Damaged,
                Tr::tr("%1 is an unencrypted SQLite database, not a XinAn database. XinAn refuses to use it.").arg(path));
        if (head.size() < 16 || info.size() < 4096)
            throw Error(ErrorKind::Damaged, Tr::tr("%1 is not a XinAn database (the file is empty or too short).").arg(path));
    } else if (info.exists()) {
        throw Error(ErrorKind::Rejected, Tr::tr("%1 already exists; XinAn does not overwrite an existing file.").arg(path));
    }

    const int flags = SQLITE_OPEN_READWRITE | (mode == Mode::Open ? 0 : SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX;
    const QByteArray nativePath = QFile::encodeName(path);
    int rc = sqlite3_open_v2(nativePath.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
        close();
        throw Error(ErrorKind::Other, Tr::tr("Cannot open %1: %2").arg(path, reason));
    }
    sqlite3_extended_result_codes(m_db, 1);
    if (dataKey) {
        const SecretBytes raw = rawKeyString(*dataKey);
        rc = sqlite3_key(m_db, raw.data(), 99);
        if (rc != SQLITE_OK) {
            close();
            throw Error(ErrorKind::Other, Tr::tr("The encryption key could not be set on %1.").arg(path));
        }
        exec("PRAGMA cipher_page_size = 4096");
        const auto version = cipherVersion();
        if (!version || version->isEmpty()) {
            close();
            throw Error(
                ErrorKind::Other, Tr::tr("This XinAn build is not linked with SQLCipher; it refuses to write unencrypted data."));
        }
    }
    try {
        // The first read decrypts page 1: a wrong key or a damaged header fails here.
        Statement probe(*this, "SELECT count(*) FROM sqlite_master");
        probe.step();
        applyPragmas();
    } catch (const Error &e) {
        close();
        if (e.kind() == ErrorKind::Damaged)
            throw Error(ErrorKind::Damaged,
                Tr::tr("%1 cannot be decrypted with this key: the database is damaged or is not a XinAn database.").arg(path));
        throw;
    }
    if (mode != Mode::Open)
        makeOwnerOnly(path);
}

Database Database::create(const QString &path, const SecretBytes &dataKey)
{
    return Database(path, &dataKey, Mode::Create);
}

Database Database::open(const QString &path, const SecretBytes &dataKey)
{
    return Database(path, &dataKey, Mode::Open);
}

Database openPlaintextForBenchmark(const QString &path)
{
    return Database(path, nullptr, Database::Mode::PlainCreate);
}

Database::Database(Database &&other) noexcept
    : m_db(other.m_db)
    , m_path(std::move(other.m_path))
    , m_cache(std::move(other.m_cache))
    , m_access(std::move(other.m_access))
{
    other.m_db = nullptr;
    adoptCache();
}

void Database::adoptCache()
{
    for (auto &entry : m_cache)
        entry.second->m_db = this;
}

Statement &Database::cached(const char *sql)
{
    auto &slot = m_cache[sql];
    if (!slot)
        slot = std::make_unique<Statement>(*this, sql);
    else
        slot->reset();
    return *slot;
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        m_cache = std::move(other.m_cache);
        m_access = std::move(other.m_access);
        other.m_db = nullptr;
        adoptCache();
    }
    return *this;
}

Database::~Database()
{
    close();
}

void Database::close()
{
    m_cache.clear(); // finalizes the cached statements before the connection closes
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Database::applyPragmas()
{
    exec("PRAGMA journal_mode = DELETE");
    exec("PRAGMA synchronous = FULL");
    exec("PRAGMA secure_delete = ON");
    exec("PRAGMA temp_store = MEMORY");
    exec("PRAGMA foreign_keys = ON");
    // Encryption is paid per page read from or written to disk: a 64 MiB page cache keeps it
    // close to plain SQLite (see docs/performance.md).
    exec("PRAGMA cache_size = -65536");
    sqlite3_busy_timeout(m_db, 5000);
}

void Database::fail(int rc, const QString &doing) const
{
    const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
    switch (rc & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        throw Error(ErrorKind::Damaged, Tr::tr("The database %1 is damaged (%2).").arg(m_path, detail));
    case SQLITE_FULL:
        throw Error(ErrorKind::Other, Tr::tr("The disk is full; nothing was changed in %1.").arg(m_path));
    case SQLITE_READONLY:
        throw Error(ErrorKind::Other, Tr::tr("%1 is read-only; nothing was changed.").arg(m_path));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw Error(
            ErrorKind::Other, Tr::tr("%1 is in use by another XinAn window or program; try again after closing it.").arg(m_path));
    case SQLITE_CONSTRAINT:
        throw Error(
            ErrorKind::Rejected, Tr::tr("The change was refused by the database's rules (%1); nothing was written.").arg(detail));
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        throw Error(ErrorKind::Other,
            Tr::tr("Cannot read or write %1 (%2). Check that the disk or USB stick is still attached.").arg(m_path, detail));
    default:
        throw Error(ErrorKind::Other, Tr::tr("Database error while %1: %2").arg(doing, detail));
    }
}

void Database::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        fail(rc, QString::fromUtf8(sql).left(60));
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return m_db && !sqlite3_get_autocommit(m_db);
}

int Database::userVersion()
{
    Statement st(*this, "PRAGMA user_version");
    st.step();
    return st.integer(0);
}

void Database::setUserVersion(int version)
{
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(version);
    exec(sql.constData());
}

std::optional<QString> Database::cipherVersion()
{
    Statement st(*this, "PRAGMA cipher_version");
    if (!st.step())
        return std::nullopt;
    return st.text(0);
}

void Database::copyTo(const QString &path, const SecretBytes &dataKey)
{
    Database target(path, &dataKey, Mode::Create);
    sqlite3_backup *backup = sqlite3_backup_init(target.m_db, "main", m_db, "main");
    if (!backup)
        target.fail(sqlite3_errcode(target.m_db), Tr::tr("copying the database"));
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        const int code = rc == SQLITE_READONLY || rc == SQLITE_FULL || (rc & 0xff) == SQLITE_IOERR ? rc : sqlite3_errcode(m_db);
        target.close();
        QFile::remove(path);
        Database::fail(code, Tr::tr("copying the database"));
    }
}

// ---------------------------------------------------------------- Statement

Statement::Statement(Database &db, const char *sql)
    : m_db(&db)
{
    const int rc = sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        db.fail(rc, QString::fromUtf8(sql).left(60));
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const char *utf8Literal)
{
    sqlite3_bind_text(m_stmt, index, utf8Literal, -1, SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bindOptional(int index, const QString &value)
{
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

Statement &Statement::bindConfidential(int index, const char *field, qint64 owner, const QString &text)
{
    const Access &access = m_db->access();
    if (access.hasCounsellorKey()) {
        const QByteArray sealed = sealField(access.counsellorKey(), field, owner, text);
        return sealed.isEmpty() ? bind(index, QString()) : bind(index, sealed);
    }
    if (access.isSystem())
        return bind(index, text);
    throw Error(ErrorKind::Denied,
        Tr::tr("The account \"%1\" (%2) does not hold the counsellor key and may not write confidential content.")
            .arg(access.user(), accountRoleName(access.role())));
}

QString Statement::confidentialText(int column, const char *field, qint64 owner) const
{
    if (sqlite3_column_type(m_stmt, column) != SQLITE_BLOB)
        return text(column);
    const QByteArray value = blob(column);
    if (!isSealedField(value))
        return QString::fromUtf8(value);
    const Access &access = m_db->access();
    if (!access.hasCounsellorKey())
        return {};
    return openField(access.counsellorKey(), field, owner, value);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    m_db->fail(rc, QString::fromUtf8(sqlite3_sql(m_stmt)).left(60));
}

void Statement::run()
{
    while (step()) { }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QByteArray Statement::blob(int column) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(p, sqlite3_column_bytes(m_stmt, column));
}

// ---------------------------------------------------------------- Transaction

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_nested(db.inTransaction())
{
    m_db.exec(m_nested ? "SAVEPOINT xinan_nested" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (m_done || !m_db.inTransaction())
        return;
    if (m_nested)
        sqlite3_exec(m_db.handle(), "ROLLBACK TO xinan_nested; RELEASE xinan_nested", nullptr, nullptr, nullptr);
    else
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_db.exec(m_nested ? "RELEASE xinan_nested" : "COMMIT");
    m_done = true;
}

} // namespace xinan
