// The counsellor key (issue 12): confidential fields sealed so that a head's or class teacher's
// password plus the files reveal nothing, even through the sqlcipher shell; key-slot grants
// following roles; the key file's MAC; failed-unlock delays; rekey all-or-nothing.
#include "crypto/kdf_testing.h"
#include "crypto/keyslots.h"
#include "crypto/recoverykey.h"
#include "error.h"
#include "repo/confidentialfields.h"
#include "repo/noterepository.h"
#include "repo/officerepository.h"
#include "repo/studentrepository.h"
#include "services/rekey_testing.h"
#include "services/schoolfile.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <sodium.h>

#include <catch2/catch.hpp>

using namespace xinan;

namespace {

const QString Phrase = QStringLiteral("手臂有划痕ZQX合成短语");

struct Fixture
{
    clock::testing::FixedClock fixedClock { test::testNow() };
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("k.xinan"));
    QString recovery = test::createSchool(path);
    qint64 studentId = 0;

    Fixture()
    {
        SchoolFile school = SchoolFile::unlockWithPassword(path, QString(), test::secret("correct horse 1"));
        Student s;
        s.studentNo = QStringLiteral("G520000000001");
        s.name = QStringLiteral("杨小雨");
        s.grade = 8;
        s.className = QStringLiteral("2班");
        studentId = StudentRepository(school.db(), QStringLiteral("wang")).add(s);
        NoteRepository(school.db(), QStringLiteral("wang")).add(studentId, clock::today(), Phrase);
        school.addUser(QStringLiteral("head"), test::secret("violet harbour lantern 47"), AccountRole::Head);
        school.addUser(QStringLiteral("ct"), test::secret("copper meadow kettle 58"), AccountRole::ClassTeacher);
    }

    SchoolFile open(const char *user, const char *password)
    {
        return SchoolFile::unlockWithPassword(path, QString::fromLatin1(user), test::secret(password));
    }
};

// Everything the sqlcipher shell prints of the whole database opened with `dataKey`.
QString shellDump(const QString &path, const SecretBytes &dataKey)
{
    char hex[65];
    sodium_bin2hex(hex, sizeof hex, dataKey.data(), 32);
    const QByteArray salt = keyCheckOf(dataKey).toHex();
    QProcess shell;
    shell.start(QStringLiteral("sqlcipher"), { path });
    REQUIRE(shell.waitForStarted(10000));
    shell.write(QByteArray("PRAGMA key = \"x'") + hex + salt + "'\";\nPRAGMA cipher_page_size = 4096;\n.dump\n");
    shell.closeWriteChannel();
    REQUIRE(shell.waitForFinished(30000));
    return QString::fromUtf8(shell.readAllStandardOutput());
}

} // namespace

TEST_CASE_METHOD(Fixture,
    "a head's or class teacher's key opens the database but no confidential text, even in the sqlcipher shell", "[counsellorkey]")
{
    for (const auto &[user, password] :
        { std::pair { "head", "violet harbour lantern 47" }, std::pair { "ct", "copper meadow kettle 58" } }) {
        SchoolFile school = open(user, password);
        CHECK_FALSE(school.db().access().hasCounsellorKey());
        const QString dump = shellDump(path, school.dataKey());
        CHECK(dump.contains(QStringLiteral("杨小雨"))); // the shell did decrypt the database
        CHECK(dump.contains(QStringLiteral("student_notes")));
        CHECK_FALSE(dump.contains(Phrase));
        CHECK_FALSE(dump.contains(QStringLiteral("ZQX")));
    }
    SchoolFile counsellor = open("wang", "correct horse 1");
    CHECK(counsellor.db().access().hasCounsellorKey());
    const QList<StudentNote> notes = NoteRepository(counsellor.db(), QStringLiteral("wang")).list(studentId);
    REQUIRE(notes.size() == 1);
    CHECK(notes.first().body == Phrase);
}

TEST_CASE_METHOD(Fixture, "the recovery key opens the confidential text too", "[counsellorkey]")
{
    SchoolFile school = SchoolFile::unlockWithRecoveryKey(path, recovery, QStringLiteral("recovery"));
    REQUIRE(school.db().access().hasCounsellorKey());
    CHECK(NoteRepository(school.db(), QStringLiteral("recovery")).list(studentId).first().body == Phrase);
}

TEST_CASE_METHOD(Fixture, "grants follow roles: a new counsellor gets the key, a former one loses it", "[counsellorkey]")
{
    {
        SchoolFile school = open("wang", "correct horse 1");
        school.setRole(QStringLiteral("head"), AccountRole::Counsellor);
    }
    {
        SchoolFile former = open("head", "violet harbour lantern 47");
        CHECK(former.db().access().hasCounsellorKey());
        CHECK(NoteRepository(former.db(), QStringLiteral("head")).list(studentId).first().body == Phrase);
    }
    open("wang", "correct horse 1").setRole(QStringLiteral("head"), AccountRole::Head);
    CHECK_FALSE(open("head", "violet harbour lantern 47").db().access().hasCounsellorKey());
    const KeySlotFile keys = KeySlotFile::load(KeySlotFile::pathFor(path));
    CHECK_FALSE(keys.slot(QStringLiteral("head"))->counsellorGrant);
    CHECK(keys.slot(QStringLiteral("wang"))->counsellorGrant);
}

TEST_CASE_METHOD(Fixture, "a planted or edited key slot is reported as tampering", "[counsellorkey]")
{
    const QString keyPath = KeySlotFile::pathFor(path);
    const QByteArray original = test::readBytes(keyPath);
    QJsonObject root = QJsonDocument::fromJson(original).object();
    QJsonArray slots = root.value(QLatin1String("slots")).toArray();

    SECTION("a slot edited (its creation date)")
    {
        for (int i = 0; i < slots.size(); ++i) {
            QJsonObject o = slots[i].toObject();
            if (o.value(QLatin1String("user")).toString() == QLatin1String("head")) {
                o.insert(QLatin1String("created"), QStringLiteral("2020-01-01T00:00:00Z"));
                slots[i] = o;
            }
        }
    }
    SECTION("a slot planted under another name")
    {
        QJsonObject planted = slots[0].toObject();
        planted.insert(QLatin1String("user"), QStringLiteral("mallory"));
        slots.append(planted);
    }
    root.insert(QLatin1String("slots"), slots);
    test::writeBytes(keyPath, QJsonDocument(root).toJson());
    CHECK(test::kindOf([&] { open("wang", "correct horse 1"); }) == ErrorKind::Damaged);
    CHECK(test::kindOf([&] { open("head", "violet harbour lantern 47"); }) == ErrorKind::Damaged);
    // the recovery key still opens the database
    CHECK_NOTHROW(SchoolFile::unlockWithRecoveryKey(path, recovery, QStringLiteral("recovery")));
}

TEST_CASE("slots outside the cost limits are refused", "[counsellorkey]")
{
    testing::useCheapKdf(false);
    CHECK_FALSE(kdfCostAcceptable({ 2, 64u << 20 }));
    CHECK_FALSE(kdfCostAcceptable({ 3, 32u << 20 }));
    CHECK_FALSE(kdfCostAcceptable({ 61, 64u << 20 }));
    CHECK_FALSE(kdfCostAcceptable({ 3, std::size_t(2) << 30 }));
    CHECK(kdfCostAcceptable({ 3, 64u << 20 }));
    CHECK(kdfCostAcceptable({ 12, 256u << 20 }));
    testing::useCheapKdf(true);
}

TEST_CASE_METHOD(Fixture, "five wrong passwords in a row make the account wait, and the next login is told", "[counsellorkey]")
{
    for (int i = 0; i < 5; ++i)
        CHECK(test::kindOf([&] { open("head", "wrong wrong wrong"); }) == ErrorKind::WrongSecret);
    // the sixth try is refused without checking the password, even the right one
    try {
        open("head", "violet harbour lantern 47");
        FAIL("expected a delay");
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::WrongSecret);
        CHECK(e.message().contains(QStringLiteral("30")));
    }
    CHECK(KeySlotFile::delaySecondsAfter(4) == 0);
    CHECK(KeySlotFile::delaySecondsAfter(5) == 30);
    CHECK(KeySlotFile::delaySecondsAfter(6) == 60);
    CHECK(KeySlotFile::delaySecondsAfter(40) == 900);
    {
        clock::testing::FixedClock later { test::testNow().addSecs(31) };
        SchoolFile school = open("head", "violet harbour lantern 47");
        CHECK(school.failedAttempts().size() == 5);
    }
    CHECK(KeySlotFile::load(KeySlotFile::pathFor(path)).failures(QStringLiteral("head")).isEmpty());
    // other accounts were never delayed
    CHECK(open("wang", "correct horse 1").failedAttempts().isEmpty());
}

TEST_CASE_METHOD(Fixture, "rekey: new keys for everyone, passwords kept, the old recovery key refused", "[counsellorkey]")
{
    QString newRecovery;
    QByteArray oldCheck;
    {
        SchoolFile school = open("wang", "correct horse 1");
        oldCheck = keyCheckOf(school.dataKey());
        QStringList dropped;
        newRecovery = school.rekey(&dropped);
        CHECK(dropped.isEmpty());
        CHECK(keyCheckOf(school.dataKey()) != oldCheck);
        CHECK(NoteRepository(school.db(), QStringLiteral("wang")).list(studentId).first().body == Phrase);
    }
    CHECK(newRecovery != recovery);
    CHECK(
        test::kindOf([&] { SchoolFile::unlockWithRecoveryKey(path, recovery, QStringLiteral("r")); }) == ErrorKind::WrongSecret);
    SchoolFile byNew = SchoolFile::unlockWithRecoveryKey(path, newRecovery, QStringLiteral("r"));
    CHECK(NoteRepository(byNew.db(), QStringLiteral("r")).list(studentId).first().body == Phrase);
    CHECK(open("head", "violet harbour lantern 47").db().access().role() == AccountRole::Head);
    CHECK_FALSE(open("ct", "copper meadow kettle 58").db().access().hasCounsellorKey());
    CHECK(fileSaltOf(path) != oldCheck);
    for (const QString &left : QStringList { path + QStringLiteral(".rekey"), path + QStringLiteral(".rekey-commit") })
        CHECK_FALSE(QFileInfo::exists(left));
}

TEST_CASE_METHOD(Fixture, "a rekey that stops at any step leaves the old or the new keys, never a mix", "[counsellorkey]")
{
    const int stopAt = GENERATE(1, 2, 3, 4, 5, 6);
    struct Stop
    {
    };
    testing::setRekeyStepHook([stopAt](int step) {
        if (step == stopAt)
            throw Stop {};
    });
    {
        SchoolFile school = open("wang", "correct horse 1");
        CHECK_THROWS_AS(school.rekey(), Stop);
    }
    testing::setRekeyStepHook({});
    // whichever state stands, every password opens it and the content is intact
    SchoolFile school = open("wang", "correct horse 1");
    CHECK(NoteRepository(school.db(), QStringLiteral("wang")).list(studentId).first().body == Phrase);
    CHECK(fileSaltOf(path) == keyCheckOf(school.dataKey()));
    CHECK(open("head", "violet harbour lantern 47").db().access().role() == AccountRole::Head);
    const bool oldState = SchoolFile::accountNames(path).size() == 3
        && !test::kindOf([&] { SchoolFile::unlockWithRecoveryKey(path, recovery, QStringLiteral("r")); });
    CHECK(oldState == (stopAt < 5));
}
