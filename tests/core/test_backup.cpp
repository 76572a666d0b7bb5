// Backups and restores on real files, including failures half-way.
#include "error.h"
#include "repo/studentrepository.h"
#include "services/backup.h"
#include "services/backup_testing.h"
#include "services/schoolfile.h"
#include "services/verifier.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <catch2/catch.hpp>

#include <cerrno>
#include <unistd.h>

using namespace xinan;
using xinan::test::kindOf;

namespace {

struct School
{
    clock::testing::FixedClock fixedClock { test::testNow() }; // first, so that everything below sees it
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("school.xinan"));
    QString recovery = test::createSchool(path);

    SchoolFile open() { return SchoolFile::unlockWithPassword(path, QString(), test::secret("correct horse 1")); }
    void addStudents(int n, int from = 0)
    {
        SchoolFile school = open();
        QList<Student> batch;
        for (int i = from; i < from + n; ++i) {
            Student s;
            s.studentNo = QStringLiteral("G5200000000%1").arg(i, 8, 10, QLatin1Char('0'));
            s.name = QStringLiteral("田小%1").arg(QChar(0x4e00 + i));
            s.grade = 1 + i % 9;
            batch << s;
        }
        StudentRepository(school.db(), school.user()).addAll(batch);
    }
    int studentCount()
    {
        SchoolFile school = open();
        return StudentRepository(school.db(), {}).counts().total;
    }
};

// Makes a folder unwritable even for root: `chattr +i` (ext4 and most Linux file systems),
// else a read-only tmpfs mounted over it. Returns a command that undoes it, or fails the test.
QString makeReadOnly(const QString &folder)
{
    if (QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("+i"), folder }) == 0)
        return QStringLiteral("chattr -i ") + folder;
    if (geteuid() != 0) {
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        return QStringLiteral("chmod 700 ") + folder;
    }
    REQUIRE(QProcess::execute(QStringLiteral("mount"),
                { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("ro"),
                    QStringLiteral("tmpfs"), folder })
        == 0);
    return QStringLiteral("umount ") + folder;
}

} // namespace

TEST_CASE("Backup then restore with the recovery key alone", "[backup]")
{
    School s;
    s.addStudents(30);
    const QString backup = s.dir.path(QStringLiteral("usb/backup-1.xinan-backup"));
    QDir().mkpath(s.dir.path(QStringLiteral("usb")));
    {
        SchoolFile school = s.open();
        const BackupInfo info = createBackup(school, backup);
        CHECK(info.schoolName == QStringLiteral("雷山县测试中学"));
        CHECK(info.accounts == QStringList { QStringLiteral("wang") });
    }
    CHECK(test::readBytes(backup).startsWith("XINANBAK"));
    CHECK(readBackupInfo(backup).databaseBytes > 0);
    CHECK(kindOf([&] {
        SchoolFile school = s.open();
        createBackup(school, backup);
    }) == ErrorKind::Rejected);

    SECTION("into a new place on another machine, with only the recovery key")
    {
        const QString target = s.dir.path(QStringLiteral("restored.xinan"));
        const RestoreResult r = restoreBackup(backup, target, QString(), test::secret(s.recovery.toUtf8().constData()));
        CHECK(r.previousDatabase.isEmpty());
        SchoolFile restored = SchoolFile::unlockWithRecoveryKey(target, s.recovery, QStringLiteral("wang"));
        CHECK(StudentRepository(restored.db(), {}).counts().total == 30);
        CHECK(verifySchoolFile(restored).intact());
        // The backup carried the key slots: the old password works too.
        SchoolFile::unlockWithPassword(target, QString(), test::secret("correct horse 1"));
    }
    SECTION("over the current database, which is kept aside")
    {
        s.addStudents(5, 100);
        REQUIRE(s.studentCount() == 35);
        const RestoreResult r = restoreBackup(backup, s.path, QStringLiteral("wang"), test::secret("correct horse 1"));
        REQUIRE_FALSE(r.previousDatabase.isEmpty());
        CHECK(s.studentCount() == 30);
        SchoolFile previous = SchoolFile::unlockWithPassword(r.previousDatabase, QString(), test::secret("correct horse 1"));
        CHECK(StudentRepository(previous.db(), {}).counts().total == 35);
    }
    SECTION("wrong secrets are refused and nothing changes")
    {
        const QByteArray before = test::readBytes(s.path);
        CHECK(kindOf([&] { restoreBackup(backup, s.path, QStringLiteral("wang"), test::secret("not the password")); })
            == ErrorKind::WrongSecret);
        School other;
        CHECK(kindOf([&] { restoreBackup(backup, s.path, QString(), test::secret(other.recovery.toUtf8().constData())); })
            == ErrorKind::WrongSecret);
        CHECK(test::readBytes(s.path) == before);
        CHECK_FALSE(QFile::exists(s.path + QStringLiteral(".restoring")));
    }
}

TEST_CASE("A damaged backup never replaces the current database", "[backup]")
{
    School s;
    s.addStudents(10);
    const QString backup = s.dir.path(QStringLiteral("b.xinan-backup"));
    {
        SchoolFile school = s.open();
        createBackup(school, backup);
    }
    QByteArray bytes = test::readBytes(backup);
    const QByteArray current = test::readBytes(s.path);

    SECTION("a flipped byte in the database part")
    {
        bytes[bytes.size() - 3000] = static_cast<char>(bytes[bytes.size() - 3000] ^ 0x10);
        test::writeBytes(backup, bytes);
        CHECK(kindOf([&] { restoreBackup(backup, s.path, QString(), test::secret(s.recovery.toUtf8().constData())); })
            == ErrorKind::Damaged);
    }
    SECTION("a backup cut off part-way")
    {
        test::writeBytes(backup, bytes.left(bytes.size() / 2));
        CHECK(kindOf([&] { restoreBackup(backup, s.path, QString(), test::secret(s.recovery.toUtf8().constData())); })
            == ErrorKind::Damaged);
    }
    SECTION("not a backup at all")
    {
        test::writeBytes(backup, "hello");
        CHECK(kindOf([&] { readBackupInfo(backup); }) == ErrorKind::Damaged);
    }
    CHECK(test::readBytes(s.path) == current);
    CHECK_FALSE(QFile::exists(s.path + QStringLiteral(".restoring")));
    CHECK(s.studentCount() == 10);
}

TEST_CASE("A backup to a read-only folder fails cleanly", "[backup]")
{
    School s;
    s.addStudents(3);
    const QString folder = s.dir.path(QStringLiteral("readonly"));
    REQUIRE(QDir().mkpath(folder));
    const QString undo = makeReadOnly(folder);
    SchoolFile school = s.open();
    const QByteArray before = test::readBytes(s.path); // after the unlock's audit entry
    QString message;
    try {
        createBackup(school, folder + QStringLiteral("/b.xinan-backup"));
    } catch (const Error &e) {
        message = e.message();
    }
    const QStringList left = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    QProcess::execute(QStringLiteral("sh"), { QStringLiteral("-c"), undo });
    CHECK(message.contains(QStringLiteral("b.xinan-backup")));
    CHECK(message.contains(QStringLiteral("not changed")));
    CHECK(left.isEmpty());
    CHECK(test::readBytes(s.path) == before);
}

TEST_CASE("A device pulled out mid-write leaves no backup and the source untouched", "[backup]")
{
    School s;
    s.addStudents(200);
    const QString backup = s.dir.path(QStringLiteral("usb.xinan-backup"));
    SchoolFile school = s.open();
    const QByteArray before = test::readBytes(s.path); // after the unlock's audit entry
    xinan::testing::failBackupWritesAfter(20000);
    ErrorKind kind = ErrorKind::Rejected;
    QString message;
    try {
        createBackup(school, backup);
    } catch (const Error &e) {
        kind = e.kind();
        message = e.message();
    }
    xinan::testing::failBackupWritesAfter(-1);
    CHECK(kind == ErrorKind::Other);
    CHECK(message.contains(QStringLiteral("usb.xinan-backup")));
    CHECK_FALSE(QFile::exists(backup));
    CHECK(QDir(s.dir.root()).entryList({ QStringLiteral("usb.xinan-backup*") }, QDir::Files | QDir::Hidden).isEmpty());
    CHECK(test::readBytes(s.path) == before);
    CHECK(s.studentCount() == 200);
}

TEST_CASE("verify finds damage that opening alone does not", "[backup][verify]")
{
    School s;
    s.addStudents(400);
    {
        SchoolFile school = s.open();
        CHECK(verifySchoolFile(school).intact());
    }
    // Flip one byte in the middle of the last page: page 1 still opens.
    QByteArray bytes = test::readBytes(s.path);
    const qsizetype at = bytes.size() - 2048;
    bytes[at] = static_cast<char>(bytes[at] ^ 0x01);
    test::writeBytes(s.path, bytes);
    SchoolFile school = s.open();
    const VerifyReport report = verifySchoolFile(school);
    CHECK_FALSE(report.intact());
    CHECK_FALSE(report.problems().isEmpty());
}

TEST_CASE("A backup onto a full disk fails cleanly", "[backup]")
{
    School s;
    s.addStudents(2000);
    const QString usb = s.dir.path(QStringLiteral("small-usb"));
    REQUIRE(QDir().mkpath(usb));
    SchoolFile school = s.open();
    const QByteArray before = test::readBytes(s.path); // after the unlock's audit entry
    const auto backupOnto = [&](const QString &folder) {
        try {
            createBackup(school, folder + QStringLiteral("/b.xinan-backup"));
        } catch (const Error &e) {
            CHECK(e.kind() == ErrorKind::Other);
            return e.message();
        }
        FAIL("the backup did not fail");
        return QString();
    };
    SECTION("writes that come up short, as on a full disk (any user)")
    {
        xinan::testing::failBackupWritesAfter(64 * 1024, xinan::testing::BackupWriteFailure::DiskFull);
        const QString message = backupOnto(usb);
        xinan::testing::failBackupWritesAfter(-1);
        CHECK(message.contains(QStringLiteral("b.xinan-backup")));
        CHECK(message.contains(qt_error_string(ENOSPC)));
        CHECK(message.contains(QStringLiteral("not changed")));
        CHECK(QDir(usb).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
    SECTION("a real 64 KiB file system (root only: mounts a tmpfs)")
    {
        if (geteuid() != 0) {
            WARN("not root: no small tmpfs can be mounted here; the short-write section covered this path");
            return;
        }
        REQUIRE(QProcess::execute(QStringLiteral("mount"),
                    { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=64k"),
                        QStringLiteral("tmpfs"), usb })
            == 0);
        const QString message = backupOnto(usb);
        const QStringList left = QDir(usb).entryList(QDir::Files | QDir::Hidden);
        QProcess::execute(QStringLiteral("umount"), { usb });
        CHECK(message.contains(QStringLiteral("b.xinan-backup")));
        CHECK(message.contains(QStringLiteral("not changed")));
        CHECK(left.isEmpty());
    }
    CHECK(test::readBytes(s.path) == before);
    CHECK(s.studentCount() == 2000);
}
