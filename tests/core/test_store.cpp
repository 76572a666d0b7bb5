// The encrypted store: SQLCipher files, pragmas, transactions and migrations.
#include "crypto/recoverykey.h"
#include "error.h"
#include "repo/crisisrepository.h"
#include "repo/officerepository.h"
#include "repo/audit.h"
#include "repo/planrepository.h"
#include "repo/sessionrepository.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"
#include "store/database.h"
#include "store/migrations.h"
#include "testsupport.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace xinan;
using xinan::test::kindOf;

TEST_CASE("An encrypted database round-trips and is not readable as SQLite", "[store]")
{
    clock::testing::FixedClock fixedClock { test::testNow() };
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("a.xinan"));
    const SecretBytes key = RecoveryKey::generate().dataKey();
    {
        Database db = Database::create(path, key);
        db.exec("CREATE TABLE t (v TEXT)");
        db.prepare("INSERT INTO t VALUES (?)").bind(1, QStringLiteral("留守儿童")).run();
        CHECK(db.cipherVersion().value_or(QString()).startsWith(QStringLiteral("3.4")));
    }
    const QByteArray bytes = test::readBytes(path);
    CHECK_FALSE(bytes.startsWith("SQLite format 3"));
    CHECK(bytes.left(16) == keyCheckOf(key)); // the file salt is the key check
    CHECK(bytes.size() % 4096 == 0); // page size 4096
    CHECK_FALSE(bytes.contains(QStringLiteral("留守儿童").toUtf8()));

    Database db = Database::open(path, key);
    Statement st = db.prepare("SELECT v FROM t");
    REQUIRE(st.step());
    CHECK(st.text(0) == QStringLiteral("留守儿童"));

    Statement pragmas = db.prepare("PRAGMA secure_delete");
    REQUIRE(pragmas.step());
    CHECK(pragmas.integer(0) == 1);
    Statement fk = db.prepare("PRAGMA foreign_keys");
    REQUIRE(fk.step());
    CHECK(fk.integer(0) == 1);
    Statement sync = db.prepare("PRAGMA synchronous");
    REQUIRE(sync.step());
    CHECK(sync.integer(0) == 2); // FULL
    Statement temp = db.prepare("PRAGMA temp_store");
    REQUIRE(temp.step());
    CHECK(temp.integer(0) == 2); // MEMORY
}

TEST_CASE("Opening refuses plaintext, foreign and damaged files", "[store]")
{
    clock::testing::FixedClock fixedClock { test::testNow() };
    test::TempDir dir;
    const SecretBytes key = RecoveryKey::generate().dataKey();

    SECTION("a plain SQLite file is refused")
    {
        const QString path = dir.path(QStringLiteral("plain.db"));
        QByteArray header("SQLite format 3");
        header.append('\0');
        test::writeBytes(path, header + QByteArray(4096 - 16, '\0'));
        CHECK(kindOf([&] { Database::open(path, key); }) == ErrorKind::Damaged);
    }
    SECTION("an empty or short file is refused")
    {
        const QString path = dir.path(QStringLiteral("empty.xinan"));
        test::writeBytes(path, QByteArray());
        CHECK(kindOf([&] { Database::open(path, key); }) == ErrorKind::Damaged);
    }
    SECTION("a database opened with another key is reported as damaged or foreign")
    {
        const QString path = dir.path(QStringLiteral("b.xinan"));
        Database::create(path, key).exec("CREATE TABLE t (v)");
        const SecretBytes other = RecoveryKey::generate().dataKey();
        CHECK(kindOf([&] { Database::open(path, other); }) == ErrorKind::Damaged);
    }
    SECTION("a missing file is a clear error, not a new empty database")
    {
        const QString path = dir.path(QStringLiteral("missing.xinan"));
        CHECK(kindOf([&] { Database::open(path, key); }) == ErrorKind::Other);
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("create refuses to overwrite")
    {
        const QString path = dir.path(QStringLiteral("c.xinan"));
        test::writeBytes(path, "keep me");
        CHECK(kindOf([&] { Database::create(path, key); }) == ErrorKind::Rejected);
        CHECK(test::readBytes(path) == "keep me");
    }
}

TEST_CASE("A transaction that is not committed leaves nothing behind", "[store]")
{
    clock::testing::FixedClock fixedClock { test::testNow() };
    test::TempDir dir;
    const SecretBytes key = RecoveryKey::generate().dataKey();
    Database db = Database::create(dir.path(QStringLiteral("t.xinan")), key);
    db.exec("CREATE TABLE t (v INTEGER NOT NULL)");
    try {
        Transaction tx(db);
        db.prepare("INSERT INTO t VALUES (1)").run();
        db.prepare("INSERT INTO t VALUES (NULL)").run(); // violates NOT NULL
        tx.commit();
        FAIL("the constraint did not fire");
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::Rejected);
    }
    Statement count = db.prepare("SELECT count(*) FROM t");
    REQUIRE(count.step());
    CHECK(count.integer(0) == 0);
    CHECK_FALSE(db.inTransaction());
}

TEST_CASE("Migrations bring a new database to the current schema", "[store][migrations]")
{
    clock::testing::FixedClock fixedClock { test::testNow() };
    test::TempDir dir;
    Database db = Database::create(dir.path(QStringLiteral("m.xinan")), RecoveryKey::generate().dataKey());
    CHECK(migrate(db) == 0);
    CHECK(db.userVersion() == currentSchemaVersion());
    CHECK(migrate(db) == currentSchemaVersion()); // nothing left to do
}

TEST_CASE("A failing migration leaves the file exactly as it was", "[store][migrations]")
{
    clock::testing::FixedClock fixedClock { test::testNow() };
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("f.xinan"));
    test::createSchool(path);
    SchoolFile school = SchoolFile::unlockWithPassword(path, QString(), test::secret("correct horse 1"));
    const int before = school.db().userVersion();
    school.db().close();
    const QByteArray bytesBefore = test::readBytes(path);

    std::vector<Migration> broken = schemaMigrations();
    broken.push_back({ before + 1, "adds a table", [](Database &db) { db.exec("CREATE TABLE extra (id INTEGER)"); } });
    broken.push_back({ before + 2, "fails", [](Database &db) { db.exec("THIS IS NOT SQL"); } });
    Database db = Database::open(path, school.dataKey());
    CHECK_THROWS_MATCHES(migrate(db, broken), Error, test::HasKind(ErrorKind::Other));
    CHECK(db.userVersion() == before);
    Statement st = db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'extra'");
    REQUIRE(st.step());
    CHECK(st.integer(0) == 0);
    db.close();
    CHECK(test::readBytes(path) == bytesBefore);
}

TEST_CASE("A database from a newer XinAn is refused without changes", "[store][migrations]")
{
    clock::testing::FixedClock fixedClock { test::testNow() };
    test::TempDir dir;
    Database db = Database::create(dir.path(QStringLiteral("n.xinan")), RecoveryKey::generate().dataKey());
    migrate(db);
    db.setUserVersion(currentSchemaVersion() + 5);
    try {
        migrate(db);
        FAIL("a newer schema was accepted");
    } catch (const Error &e) {
        CHECK(e.message().contains(QStringLiteral("newer version")));
    }
    CHECK(db.userVersion() == currentSchemaVersion() + 5);
}

// tests/data/schema-vN.xinan was written by the XinAn that introduced schema N, with
// `xinan-cli demo` (tests/data/README.md says how); every later release must open them all.
TEST_CASE("Every released schema's fixture opens and migrates to the current schema", "[store][migrations][fixture]")
{
    clock::testing::FixedClock fixedClock { test::testNow() };
    const int version = GENERATE(1, 2, 3, 4, 5, 6, 8);
    INFO("schema-v" << version);
    const QString fixture = QStringLiteral(XINAN_TEST_DATA_DIR "/schema-v%1").arg(version);
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("fixture.xinan"));
    REQUIRE(QFile::copy(fixture + QStringLiteral(".xinan"), path));
    REQUIRE(QFile::copy(fixture + QStringLiteral(".xinan-keys"), path + QStringLiteral("-keys")));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    SchoolFile school = SchoolFile::unlockWithPassword(path, QStringLiteral("fixture"), test::secret(test::fixturePassword(version)));
    CHECK(school.db().userVersion() == currentSchemaVersion());
    StudentRepository students(school.db(), QStringLiteral("fixture"));
    CHECK(students.counts().total == 40);
    const auto first = students.list().first();
    CHECK_FALSE(first.name.isEmpty());
    CHECK(students.find(first.id).value().guardians.size() >= 1);
    // Every student has a search key, also those written before schema 2 introduced it.
    {
        Statement empty = school.db().prepare("SELECT count(*) FROM students WHERE search_key NOT LIKE '%|%|%|g52%'");
        REQUIRE(empty.step());
        CHECK(empty.integer(0) == 0);
    } // done reading: unlocking again writes its audit entry

    SchoolFile byKey = SchoolFile::unlockWithRecoveryKey(path,
        QString::fromLatin1(test::readBytes(fixture + QStringLiteral(".recovery-key")).trimmed()), QStringLiteral("fixture"));
    CHECK(StudentRepository(byKey.db(), QStringLiteral("fixture")).counts().total == 40);
}

TEST_CASE("The schema 5 fixture keeps its early-warning records through migration 6", "[store][migrations][fixture]")
{
    clock::testing::FixedClock fixedClock { test::testNow() };
    const QString fixture = QStringLiteral(XINAN_TEST_DATA_DIR "/schema-v5");
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("fixture.xinan"));
    REQUIRE(QFile::copy(fixture + QStringLiteral(".xinan"), path));
    REQUIRE(QFile::copy(fixture + QStringLiteral(".xinan-keys"), path + QStringLiteral("-keys")));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    SchoolFile school = SchoolFile::unlockWithPassword(path, QStringLiteral("fixture"), test::secret("fixture-password-1"));
    CHECK(school.db().userVersion() == currentSchemaVersion());
    // Its demo school had one crisis event (the red student's), plans for its key students and a
    // screening drive; migration 6 made its one account a counsellor.
    CrisisRepository crisis(school.db(), QStringLiteral("fixture"));
    CHECK(crisis.events().size() == 1);
    PlanRepository plans(school.db(), QStringLiteral("fixture"));
    int withPlan = 0;
    for (const KeyStudent &k : plans.keyStudents(clock::today()))
        withPlan += k.planId != 0 ? 1 : 0;
    CHECK(withPlan >= 1);
    CHECK(accountRole(school.db(), QStringLiteral("fixture")) == AccountRole::Counsellor);
}

TEST_CASE("A transaction inside another is a savepoint: both commit or roll back together", "[store]")
{
    clock::testing::FixedClock fixedClock { test::testNow() };
    test::TempDir dir;
    Database db = Database::create(dir.path(QStringLiteral("n.xinan")), RecoveryKey::generate().dataKey());
    db.exec("CREATE TABLE t (v INTEGER NOT NULL)");
    const auto rows = [&db] {
        Statement st = db.prepare("SELECT count(*) FROM t");
        st.step();
        return st.integer(0);
    };
    {
        Transaction outer(db);
        db.exec("INSERT INTO t VALUES (1)");
        {
            Transaction inner(db);
            db.exec("INSERT INTO t VALUES (2)");
        } // not committed: only the inner part is undone
        CHECK(rows() == 1);
        {
            Transaction inner(db);
            db.exec("INSERT INTO t VALUES (3)");
            inner.commit();
        }
        CHECK(db.inTransaction());
    } // the outer one is not committed: everything is undone
    CHECK(rows() == 0);
    CHECK_FALSE(db.inTransaction());
    {
        Transaction outer(db);
        Transaction inner(db);
        db.exec("INSERT INTO t VALUES (4)");
        inner.commit();
        outer.commit();
    }
    CHECK(rows() == 1);
}

TEST_CASE("The schema 8 fixture keeps its sealed records and its audit chain through migration 9, and takes the status withdrawn",
    "[store][migrations][fixture]")
{
    clock::testing::FixedClock fixedClock { test::testNow() };
    const QString fixture = QStringLiteral(XINAN_TEST_DATA_DIR "/schema-v8");
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("fixture.xinan"));
    REQUIRE(QFile::copy(fixture + QStringLiteral(".xinan"), path));
    REQUIRE(QFile::copy(fixture + QStringLiteral(".xinan-keys"), path + QStringLiteral("-keys")));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile::setPermissions(path + QStringLiteral("-keys"), QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    SchoolFile school = SchoolFile::unlockWithPassword(path, QStringLiteral("fixture"), test::secret(test::fixturePassword(8)));
    REQUIRE(school.db().userVersion() == currentSchemaVersion());
    // Its counselling records were sealed with the counsellor key by the XinAn that wrote them.
    {
        Statement sealed = school.db().prepare("SELECT count(*) FROM counselling_records WHERE typeof(summary) = 'blob'");
        REQUIRE(sealed.step());
        CHECK(sealed.integer(0) > 0);
    }
    int readable = 0;
    const auto student = StudentRepository(school.db(), QStringLiteral("fixture")).list();
    for (const auto &s : student)
        for (const auto &r : SessionRepository(school.db(), QStringLiteral("fixture")).forStudent(s.id))
            readable += r.summary.isEmpty() ? 0 : 1;
    CHECK(readable > 0);
    // Migration 9 widened the status CHECK in place: 退学 is storable, anything else still is not.
    {
        Statement st = school.db().prepare("UPDATE students SET status = 'withdrawn' WHERE id = ?");
        st.bind(1, student.first().id).run();
    }
    CHECK_THROWS(school.db().exec("UPDATE students SET status = 'expelled'"));
    {
        Statement check = school.db().prepare("PRAGMA integrity_check");
        REQUIRE(check.step());
        CHECK(check.text(0) == QStringLiteral("ok"));
    }
    // The chain the schema-8 XinAn wrote still verifies, with the unlocks since appended to it.
    const AuditChainCheck chain = checkAuditChain(school.db());
    INFO(chain.problem.toStdString());
    CHECK(chain.intact);
    CHECK(checkAuditTriggers(school.db()).isEmpty());
}
