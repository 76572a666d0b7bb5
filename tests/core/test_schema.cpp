// The schema is data (resources/schema/vN.sql) run by a short registry (store/migrations.cpp).
// tests/data/schema-master.txt holds sqlite_master (type, name, tbl_name, sql) after each
// version, as the migrations written in C++ made it before the SQL moved to resource files: a
// database made by today's code must match it exactly, at every version.
//
// When a release adds schema version N, append its section by running this test once with
// XINAN_WRITE_SCHEMA_MASTER=1 in the environment and review the diff: the sections of released
// versions must never change.
#include "crypto/recoverykey.h"
#include "error.h"
#include "services/schoolfile.h"
#include "store/database.h"
#include "store/migrations.h"
#include "testsupport.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace xinan;

namespace {

const QString MasterFile = QStringLiteral(XINAN_TEST_DATA_DIR "/schema-master.txt");

// sqlite_master as text, in a fixed order; the statement text is kept byte for byte.
QString schemaDump(Database &db)
{
    Statement st(db, "SELECT type, name, tbl_name, coalesce(sql, '(null)') FROM sqlite_master ORDER BY type, name");
    QString out;
    while (st.step())
        out += QStringLiteral("%1 %2 on %3\n%4\n\n").arg(st.text(0), st.text(1), st.text(2), st.text(3));
    return out;
}

QString versionHeader(int version)
{
    return QStringLiteral("=== schema version %1\n").arg(version);
}

// The dump of a new database migrated up to `version` only.
QString dumpAt(const QString &path, int version)
{
    std::vector<Migration> upTo;
    for (const Migration &m : schemaMigrations())
        if (m.version <= version)
            upTo.push_back(m);
    Database db = Database::create(path, RecoveryKey::generate().dataKey());
    migrate(db, upTo);
    REQUIRE(db.userVersion() == version);
    return schemaDump(db);
}

QString expectedSection(int version)
{
    const QString text = QString::fromUtf8(test::readBytes(MasterFile));
    const QString header = versionHeader(version);
    const qsizetype from = text.indexOf(header);
    if (from < 0)
        return QString();
    const qsizetype begin = from + header.size();
    const qsizetype end = text.indexOf(QStringLiteral("=== schema version "), begin);
    return text.mid(begin, end < 0 ? -1 : end - begin);
}

} // namespace

TEST_CASE("Every schema version is exactly the schema it was when released", "[store][migrations][schema]")
{
    test::TempDir dir;
    if (qEnvironmentVariableIsSet("XINAN_WRITE_SCHEMA_MASTER")) {
        QString all;
        for (const Migration &m : schemaMigrations())
            all += versionHeader(m.version) + dumpAt(dir.path(QStringLiteral("v%1.xinan").arg(m.version)), m.version);
        test::writeBytes(MasterFile, all.toUtf8());
        WARN("wrote " << MasterFile.toStdString());
    }
    for (const Migration &m : schemaMigrations()) {
        INFO("schema version " << m.version);
        const QString expected = expectedSection(m.version);
        REQUIRE_FALSE(expected.isEmpty());
        CHECK(dumpAt(dir.path(QStringLiteral("v%1.xinan").arg(m.version)), m.version) == expected);
    }
}

TEST_CASE("Each released fixture migrated to the current version has the schema of a new database",
    "[store][migrations][schema][fixture]")
{
    const int version = GENERATE(1, 2, 3, 4, 5, 6, 8);
    INFO("schema-v" << version);
    const QString fixture = QStringLiteral(XINAN_TEST_DATA_DIR "/schema-v%1").arg(version);
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("fixture.xinan"));
    REQUIRE(QFile::copy(fixture + QStringLiteral(".xinan"), path));
    REQUIRE(QFile::copy(fixture + QStringLiteral(".xinan-keys"), path + QStringLiteral("-keys")));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QFile::setPermissions(path + QStringLiteral("-keys"), QFile::ReadOwner | QFile::WriteOwner);
    SchoolFile school = SchoolFile::unlockWithPassword(path, QStringLiteral("fixture"), test::secret(test::fixturePassword(version)));
    CHECK(school.db().userVersion() == currentSchemaVersion());
    CHECK(schemaDump(school.db()) == expectedSection(currentSchemaVersion()));
}

TEST_CASE("A missing schema file is an error naming the file, and nothing is written", "[store][migrations][schema]")
{
    test::TempDir dir;
    Database db = Database::create(dir.path(QStringLiteral("m.xinan")), RecoveryKey::generate().dataKey());
    const std::vector<Migration> missing { { 1, "school", "v1.sql" }, { 2, "lost", "v99.sql" } };
    try {
        migrate(db, missing);
        FAIL("a missing schema file was accepted");
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::Other);
        CHECK(e.message().contains(QStringLiteral(":/schema/v99.sql")));
    }
    CHECK(db.userVersion() == 0);
    Statement st = db.prepare("SELECT count(*) FROM sqlite_master");
    REQUIRE(st.step());
    CHECK(st.integer(0) == 0);
}

TEST_CASE("A schema file runs whole: triggers keep the semicolons inside BEGIN and END", "[store][migrations][schema]")
{
    test::TempDir dir;
    Database db = Database::create(dir.path(QStringLiteral("t.xinan")), RecoveryKey::generate().dataKey());
    runSchemaScript(db, "v1.sql");
    db.exec("INSERT INTO audit_log (at, account, action, entity) VALUES ('2026-11-16T10:00:00Z', 'wang', 'create', 'x')");
    try {
        db.exec("DELETE FROM audit_log");
        FAIL("the audit log trigger is missing");
    } catch (const Error &e) {
        CHECK(e.message().contains(QStringLiteral("append-only")));
    }
}

TEST_CASE("A failing statement in a schema file names the file", "[store][migrations][schema]")
{
    test::TempDir dir;
    Database db = Database::create(dir.path(QStringLiteral("f.xinan")), RecoveryKey::generate().dataKey());
    // v2.sql alters the students table, which only v1.sql creates.
    const std::vector<Migration> skipped { { 2, "search key without the students table", "v2.sql" } };
    try {
        migrate(db, skipped);
        FAIL("v2.sql ran without v1.sql");
    } catch (const Error &e) {
        CHECK(e.message().contains(QStringLiteral(":/schema/v2.sql")));
        CHECK(e.message().contains(QStringLiteral("students")));
    }
    CHECK(db.userVersion() == 0);
}

TEST_CASE("The connection that ran migration 9 already stores the status withdrawn, and the widened CHECK still refuses others",
    "[store][migrations][schema]")
{
    test::TempDir dir;
    Database db = Database::create(dir.path(QStringLiteral("w.xinan")), RecoveryKey::generate().dataKey());
    migrate(db);
    db.exec("INSERT INTO students (student_no, name, gender, grade, class_name, status, created_at, updated_at) "
            "VALUES ('W1', '甲', 'F', 7, '1班', 'withdrawn', '2026-11-16T02:00:00Z', '2026-11-16T02:00:00Z')");
    CHECK_THROWS_AS(db.exec("INSERT INTO students (student_no, name, gender, grade, class_name, status, created_at, updated_at) "
                            "VALUES ('W2', '乙', 'M', 7, '1班', 'expelled', '2026-11-16T02:00:00Z', '2026-11-16T02:00:00Z')"),
        Error);
    Statement check = db.prepare("PRAGMA integrity_check");
    REQUIRE(check.step());
    CHECK(check.text(0) == QStringLiteral("ok"));
    Statement left = db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'xinan_schema_reload'");
    REQUIRE(left.step());
    CHECK(left.integer(0) == 0);
}
