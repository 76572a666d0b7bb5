// Key management on real files: passwords, the recovery key, damage, and no plaintext on disk.
#include "crypto/keyslots.h"
#include "error.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>

#include <catch2/catch.hpp>

#include <sqlite3.h>

using namespace xinan;
using xinan::test::kindOf;

namespace {

void addStudent(SchoolFile &school, const QString &no, const QString &name)
{
    Student s;
    s.studentNo = no;
    s.name = name;
    s.grade = 7;
    s.guardians = { { name.left(1) + QStringLiteral("建国"), QStringLiteral("父亲"), QStringLiteral("10011112222") } };
    StudentRepository(school.db(), school.user()).add(s);
}

} // namespace

TEST_CASE("Create, unlock and read back a school", "[schoolfile]")
{
    clock::testing::FixedClock fixedClock { test::testNow() };
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("school.xinan"));
    const QString recovery = test::createSchool(path);
    CHECK(recovery.size() == 53);
    CHECK(QFile::exists(path + QStringLiteral("-keys")));
    CHECK(QFile::permissions(path)
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK(SchoolFile::accountNames(path) == QStringList { QStringLiteral("wang") });

    SchoolFile school = SchoolFile::unlockWithPassword(path, QString(), test::secret("correct horse 1"));
    CHECK(school.user() == QStringLiteral("wang"));
    CHECK(SchoolRepository(school.db(), {}).school().name == QStringLiteral("雷山县测试中学"));
    CHECK(SchoolRepository(school.db(), {}).accounts().first().username == QStringLiteral("wang"));

    SECTION("create refuses to overwrite and leaves the old files alone")
    {
        const QByteArray before = test::readBytes(path);
        CHECK(kindOf([&] { test::createSchool(path); }) == ErrorKind::Rejected);
        CHECK(test::readBytes(path) == before);
    }
}

TEST_CASE("A wrong password fails before the database is touched", "[schoolfile]")
{
    clock::testing::FixedClock fixedClock { test::testNow() };
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("school.xinan"));
    test::createSchool(path);
    const QByteArray db = test::readBytes(path);
    const QByteArray keys = test::readBytes(path + QStringLiteral("-keys"));
    CHECK(kindOf([&] { SchoolFile::unlockWithPassword(path, QString(), test::secret("wrong password")); })
        == ErrorKind::WrongSecret);
    CHECK(test::readBytes(path) == db);
    // the key file only remembers the failed try (for the delay after five), nothing else changes
    const KeySlotFile before = KeySlotFile::fromJson(keys, path);
    const KeySlotFile after = KeySlotFile::load(path + QStringLiteral("-keys"));
    CHECK(after.failures(QStringLiteral("wang")).size() == 1);
    CHECK(after.users() == before.users());
    CHECK(after.slot(QStringLiteral("wang"))->wrapped == before.slot(QStringLiteral("wang"))->wrapped);
    CHECK(after.slot(QStringLiteral("wang"))->grant == before.slot(QStringLiteral("wang"))->grant);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
}

TEST_CASE("A damaged database is reported as damaged, never as a wrong password", "[schoolfile]")
{
    clock::testing::FixedClock fixedClock { test::testNow() };
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("school.xinan"));
    test::createSchool(path);
    QByteArray bytes = test::readBytes(path);

    SECTION("a flipped byte inside page 1")
    {
        bytes[200] = static_cast<char>(bytes[200] ^ 0x01);
    }
    SECTION("a flipped byte in the file header (salt)")
    {
        bytes[3] = static_cast<char>(bytes[3] ^ 0x40);
    }
    SECTION("the file cut short")
    {
        bytes.truncate(100);
    }
    test::writeBytes(path, bytes);
    CHECK(
        kindOf([&] { SchoolFile::unlockWithPassword(path, QString(), test::secret("correct horse 1")); }) == ErrorKind::Damaged);
    // With a wrong password it is still "wrong password": the slot is checked first.
    CHECK(kindOf([&] { SchoolFile::unlockWithPassword(path, QString(), test::secret("wrong password")); })
        == ErrorKind::WrongSecret);
}

TEST_CASE("The recovery key opens the database when the key file is lost, and recreates it", "[schoolfile]")
{
    clock::testing::FixedClock fixedClock { test::testNow() };
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("school.xinan"));
    const QString recovery = test::createSchool(path);
    {
        SchoolFile school = SchoolFile::unlockWithPassword(path, QString(), test::secret("correct horse 1"));
        addStudent(school, QStringLiteral("G520000000000000001"), QStringLiteral("龙小溪"));
    }

    SECTION("key file deleted")
    {
        REQUIRE(QFile::remove(path + QStringLiteral("-keys")));
        CHECK(kindOf([&] { SchoolFile::accountNames(path); }) == ErrorKind::Damaged);
    }
    SECTION("key file overwritten with rubbish")
    {
        test::writeBytes(path + QStringLiteral("-keys"), "not json at all");
        CHECK(kindOf([&] { SchoolFile::accountNames(path); }) == ErrorKind::Damaged);
    }

    CHECK(kindOf([&] {
        SchoolFile::unlockWithRecoveryKey(
            path, QStringLiteral("00000-00000-00000-00000-00000-00000-00000-00000-00000"), QStringLiteral("wang"));
    }) == ErrorKind::WrongSecret);
    SchoolFile school = SchoolFile::unlockWithRecoveryKey(path, recovery.toLower(), QStringLiteral("wang"));
    CHECK(StudentRepository(school.db(), {}).findByStudentNo(QStringLiteral("G520000000000000001")).value().name
        == QStringLiteral("龙小溪"));
    CHECK(school.setPassword(QStringLiteral("wang"), test::secret("a brand new password")));
    SchoolFile again = SchoolFile::unlockWithPassword(path, QString(), test::secret("a brand new password"));
    CHECK(StudentRepository(again.db(), {}).counts().total == 1);
}

TEST_CASE("A recovery key of another school is a wrong key, not damage", "[schoolfile]")
{
    clock::testing::FixedClock fixedClock { test::testNow() };
    test::TempDir dir;
    const QString a = dir.path(QStringLiteral("a.xinan"));
    const QString b = dir.path(QStringLiteral("b.xinan"));
    test::createSchool(a);
    const QString keyOfB = test::createSchool(b);
    CHECK(kindOf([&] { SchoolFile::unlockWithRecoveryKey(a, keyOfB, QStringLiteral("wang")); }) == ErrorKind::WrongSecret);
}

TEST_CASE("Changing a password keeps the data and does not rewrite the database", "[schoolfile]")
{
    clock::testing::FixedClock fixedClock { test::testNow() };
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("school.xinan"));
    test::createSchool(path);
    {
        SchoolFile school = SchoolFile::unlockWithPassword(path, QString(), test::secret("correct horse 1"));
        addStudent(school, QStringLiteral("G520000000000000002"), QStringLiteral("吴晓彤"));
    }
    QByteArray dbBefore;
    {
        SchoolFile school = SchoolFile::unlockWithPassword(path, QString(), test::secret("correct horse 1"));
        dbBefore = test::readBytes(path); // after the unlock's audit entry
        CHECK_FALSE(school.setPassword(QStringLiteral("wang"), test::secret("second lantern by river")));
    }
    CHECK(test::readBytes(path) == dbBefore);
    CHECK(kindOf([&] { SchoolFile::unlockWithPassword(path, QString(), test::secret("correct horse 1")); })
        == ErrorKind::WrongSecret);
    SchoolFile school = SchoolFile::unlockWithPassword(path, QString(), test::secret("second lantern by river"));
    CHECK(StudentRepository(school.db(), {}).counts().total == 1);
}

TEST_CASE("Each account has its own password", "[schoolfile]")
{
    clock::testing::FixedClock fixedClock { test::testNow() };
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("school.xinan"));
    test::createSchool(path);
    {
        SchoolFile school = SchoolFile::unlockWithPassword(path, QString(), test::secret("correct horse 1"));
        school.addUser(QStringLiteral("李校长"), test::secret("headteacher pw"), AccountRole::Head);
        CHECK(kindOf([&] { school.addUser(QStringLiteral("李校长"), test::secret("another pw 12"), AccountRole::Head); })
            == ErrorKind::Rejected);
        CHECK(kindOf([&] { school.addUser(QStringLiteral("zhou"), test::secret("short"), AccountRole::ClassTeacher); })
            == ErrorKind::Rejected);
    }
    CHECK(SchoolFile::accountNames(path) == QStringList { QStringLiteral("wang"), QStringLiteral("李校长") });
    CHECK(kindOf([&] { SchoolFile::resolveUser(path, QString()); }) == ErrorKind::Usage);
    CHECK(kindOf([&] { SchoolFile::unlockWithPassword(path, QStringLiteral("李校长"), test::secret("correct horse 1")); })
        == ErrorKind::WrongSecret);
    SchoolFile head = SchoolFile::unlockWithPassword(path, QStringLiteral("李校长"), test::secret("headteacher pw"));
    CHECK(SchoolRepository(head.db(), {}).accounts().size() == 2);
}

namespace {

// The rows the no-plaintext test stores, written the same way but without encryption: an
// SQLite file (SQLCipher with no key), secure_delete on as XinAn sets it.
void writePlainStudents(const QString &path, const char *encoding, const QStringList &names, const QStringList &guardians)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK);
    const auto exec = [&](const QString &sql) {
        char *error = nullptr;
        const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error);
        INFO((error ? error : ""));
        sqlite3_free(error);
        REQUIRE(rc == SQLITE_OK);
    };
    exec(QStringLiteral("PRAGMA encoding = '%1'").arg(QLatin1String(encoding)));
    exec(QStringLiteral("PRAGMA secure_delete = ON"));
    exec(QStringLiteral("CREATE TABLE students (student_no TEXT, name TEXT, class_name TEXT, guardian TEXT)"));
    for (int i = 0; i < names.size(); ++i)
        exec(QStringLiteral("INSERT INTO students VALUES ('G52000000000000010%1', '%2', '留守关爱班', '%3')")
                 .arg(i)
                 .arg(names.at(i), guardians.at(i % 2)));
    REQUIRE(sqlite3_close(db) == SQLITE_OK);
    REQUIRE(test::readBytes(path).startsWith("SQLite format 3"));
}

} // namespace

TEST_CASE("No plaintext: children's names never reach the disk unencrypted", "[schoolfile][plaintext]")
{
    clock::testing::FixedClock fixedClock { test::testNow() };
    test::TempDir dir;
    // Every temporary file XinAn might make goes to this folder during the test.
    test::TempDir tmp;
    const QByteArray oldTmp = qgetenv("TMPDIR");
    qputenv("TMPDIR", tmp.root().toUtf8());

    const QString path = dir.path(QStringLiteral("school.xinan"));
    test::createSchool(path);
    const QStringList names { QStringLiteral("欧阳梓涵"), QStringLiteral("蒙思琪"), QStringLiteral("罗雨桐"),
        QStringLiteral("韦博文") };
    const QStringList guardians { QStringLiteral("欧阳建华"), QStringLiteral("蒙秀兰") };
    {
        SchoolFile school = SchoolFile::unlockWithPassword(path, QString(), test::secret("correct horse 1"));
        StudentRepository repo(school.db(), school.user());
        for (int i = 0; i < names.size(); ++i) {
            Student s;
            s.studentNo = QStringLiteral("G52000000000000010%1").arg(i);
            s.name = names.at(i);
            s.grade = 8;
            s.className = QStringLiteral("留守关爱班");
            s.guardians = { { guardians.at(i % 2), QStringLiteral("母亲"), QStringLiteral("10033334444") } };
            repo.add(s);
        }
        // An update and a delete leave old row images behind in plaintext unless secure_delete and
        // encryption both work.
        auto first = repo.findByStudentNo(QStringLiteral("G520000000000000100")).value();
        first.className = QStringLiteral("7班");
        repo.update(first);
        repo.remove(repo.findByStudentNo(QStringLiteral("G520000000000000103")).value().id);
        // While a write transaction is open its journal exists: check it too.
        Transaction tx(school.db());
        school.db().prepare("UPDATE students SET class_name = '8班'").run();
        for (const QString &f : test::filesBelow(dir.root()))
            CHECK_FALSE(test::fileContainsAny(f, names + guardians));
    }
    qputenv("TMPDIR", oldTmp);
    const QStringList files = test::filesBelow(dir.root()) + test::filesBelow(tmp.root());
    CHECK(files.contains(path));
    CHECK(files.contains(path + QStringLiteral("-keys")));
    for (const QString &f : files) {
        INFO(f.toStdString());
        CHECK_FALSE(test::fileContainsAny(f, names + guardians + QStringList { QStringLiteral("留守关爱班") }));
    }

    // The positive control: the same scan finds every one of these words in the same rows
    // written without encryption (SQLCipher with no key is plain SQLite), in SQLite's UTF-8 and
    // UTF-16 encodings, and in a GB18030 text file, so the checks above can fail.
    const QStringList needles = names + guardians + QStringList { QStringLiteral("留守关爱班") };
    for (const char *encoding : { "UTF-8", "UTF-16le" }) {
        INFO(encoding);
        const QString plain = dir.path(QStringLiteral("plain-%1.db").arg(QLatin1String(encoding)));
        writePlainStudents(plain, encoding, names, guardians);
        for (const QString &n : needles) {
            INFO(n.toStdString());
            CHECK(test::fileContainsAny(plain, { n }));
        }
    }
    const QString text = dir.path(QStringLiteral("plain-gb18030.csv"));
    test::writeBytes(
        text, QStringEncoder("GB18030")(names.join(u',') + u'\n' + guardians.join(u',') + QStringLiteral(",留守关爱班\n")));
    for (const QString &n : needles)
        CHECK(test::fileContainsAny(text, { n }));
    CHECK_FALSE(test::fileContainsAny(text, { QStringLiteral("不在文件里") }));
}
