// Recovery keys and key slots.
#include "crypto/kdf_testing.h"
#include "crypto/keyslots.h"
#include "crypto/recoverykey.h"
#include "error.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace xinan;

TEST_CASE("A recovery key prints as nine groups of five and parses back to the same data key", "[crypto]")
{
    const RecoveryKey key = RecoveryKey::generate();
    const QString text = key.formatted();
    REQUIRE(QRegularExpression(QStringLiteral("^[0-9A-Z]{5}(-[0-9A-Z]{5}){8}$")).match(text).hasMatch());
    const RecoveryKey parsed = RecoveryKey::parse(text);
    CHECK(parsed.dataKey().equals(key.dataKey()));

    SECTION("lower case, spaces and look-alike letters are accepted")
    {
        QString sloppy = text.toLower();
        sloppy.replace(u'-', u' ');
        sloppy.replace(u'1', u'l').replace(u'0', u'o');
        CHECK(RecoveryKey::parse(sloppy).dataKey().equals(key.dataKey()));
    }
    SECTION("a typing mistake is caught by the check group")
    {
        QString typo = text;
        typo[3] = typo[3] == u'A' ? u'B' : u'A';
        try {
            RecoveryKey::parse(typo);
            FAIL("a mistyped key was accepted");
        } catch (const Error &e) {
            CHECK(e.kind() == ErrorKind::WrongSecret);
            CHECK(e.message().contains(QStringLiteral("typing mistake")));
        }
    }
    SECTION("text that is not a key is refused")
    {
        CHECK_THROWS_MATCHES(RecoveryKey::parse(QStringLiteral("hello")), Error, test::HasKind(ErrorKind::WrongSecret));
        CHECK_THROWS_MATCHES(RecoveryKey::parse(text + QStringLiteral("-AAAAA")), Error, test::HasKind(ErrorKind::WrongSecret));
        CHECK_THROWS_MATCHES(RecoveryKey::parse(QStringLiteral("U") + text.mid(1)), Error,
            test::HasKind(ErrorKind::WrongSecret)); // U is not Crockford
    }
}

TEST_CASE("Two recovery keys differ, and so do their key checks", "[crypto]")
{
    const RecoveryKey a = RecoveryKey::generate();
    const RecoveryKey b = RecoveryKey::generate();
    CHECK(a.formatted() != b.formatted());
    CHECK(keyCheckOf(a.dataKey()) != keyCheckOf(b.dataKey()));
    CHECK(keyCheckOf(a.dataKey()).size() == 16);
    CHECK(keyCheckOf(a.dataKey()) == keyCheckOf(RecoveryKey::parse(a.formatted()).dataKey()));
}

TEST_CASE("A key slot unwraps the data key with the right password only", "[crypto]")
{
    clock::testing::FixedClock fixedClock { test::testNow() };
    const SecretBytes dataKey = RecoveryKey::generate().dataKey();
    KeySlotFile keys;
    keys.setKeyCheck(keyCheckOf(dataKey));
    keys.setSlot(QStringLiteral("王老师"), test::secret("first password"), dataKey);
    keys.setSlot(QStringLiteral("li"), test::secret("second password"), dataKey);
    CHECK(keys.users() == QStringList { QStringLiteral("王老师"), QStringLiteral("li") });

    CHECK(keys.unlock(QStringLiteral("王老师"), test::secret("first password")).dataKey.equals(dataKey));
    CHECK(keys.unlock(QStringLiteral("li"), test::secret("second password")).dataKey.equals(dataKey));
    try {
        keys.unlock(QStringLiteral("li"), test::secret("first password"));
        FAIL("a wrong password unwrapped the key");
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::WrongSecret);
    }
    CHECK_THROWS_MATCHES(
        keys.unlock(QStringLiteral("nobody"), test::secret("first password")), Error, test::HasKind(ErrorKind::Usage));

    SECTION("the JSON form round-trips and holds no secret in clear")
    {
        const QByteArray json = keys.toJson();
        const KeySlotFile back = KeySlotFile::fromJson(json, QStringLiteral("mem"));
        CHECK(back.unlock(QStringLiteral("王老师"), test::secret("first password")).dataKey.equals(dataKey));
        CHECK_FALSE(json.contains("first password"));
        CHECK_FALSE(json.contains(QByteArray(dataKey.chars(), 32).toBase64()));
        CHECK_FALSE(json.contains(QByteArray(dataKey.chars(), 32).toHex()));
    }
    SECTION("a slot is bound to its account name")
    {
        QByteArray json = keys.toJson();
        json.replace("\"li\"", "\"xx\"");
        const KeySlotFile renamed = KeySlotFile::fromJson(json, QStringLiteral("mem"));
        CHECK_THROWS_MATCHES(
            renamed.unlock(QStringLiteral("xx"), test::secret("second password")), Error, test::HasKind(ErrorKind::WrongSecret));
    }
    SECTION("replacing a slot changes only that account's password")
    {
        keys.setSlot(QStringLiteral("li"), test::secret("third password"), dataKey);
        CHECK(keys.users().size() == 2);
        CHECK_THROWS_MATCHES(
            keys.unlock(QStringLiteral("li"), test::secret("second password")), Error, test::HasKind(ErrorKind::WrongSecret));
        CHECK(keys.unlock(QStringLiteral("li"), test::secret("third password")).dataKey.equals(dataKey));
    }
}

TEST_CASE("Damaged key-slot files are reported as damaged", "[crypto]")
{
    const auto kindOf = [](const QByteArray &json) {
        try {
            KeySlotFile::fromJson(json, QStringLiteral("x.xinan-keys"));
        } catch (const Error &e) {
            return e.kind();
        }
        return ErrorKind::Other;
    };
    CHECK(kindOf("") == ErrorKind::Damaged);
    CHECK(kindOf("{\"format\":\"something\"}") == ErrorKind::Damaged);
    CHECK(kindOf("{\"format\":\"xinan-keys\",\"version\":1,\"key_check\":\"AAAA\",\"slots\":[]}") == ErrorKind::Damaged);
    CHECK(kindOf("{\"format\":\"xinan-keys\",\"version\":9,\"key_check\":\"AAAAAAAAAAAAAAAAAAAAAA==\",\"slots\":[]}")
        == ErrorKind::Damaged);
}

TEST_CASE("Account names and new passwords are checked", "[crypto]")
{
    CHECK_NOTHROW(validateUserName(QStringLiteral("王老师")));
    CHECK_NOTHROW(validateUserName(QStringLiteral("counsellor_1")));
    CHECK_THROWS_MATCHES(validateUserName(QString()), Error, test::HasKind(ErrorKind::Rejected));
    CHECK_THROWS_MATCHES(validateUserName(QStringLiteral("two words")), Error, test::HasKind(ErrorKind::Rejected));
    CHECK_THROWS_MATCHES(validateUserName(QString(33, u'a')), Error, test::HasKind(ErrorKind::Rejected));
    // zxcvbn instead of a length rule: the usual weak passwords are refused for every role.
    for (const char *weak : { "12345678", "password1", "xinan2026", "qwertyuiop", "woaini1314", "11111111", "abcdefg1" })
        for (const AccountRole role : allAccountRoles()) {
            INFO(weak << " " << accountRoleCode(role).toStdString());
            CHECK_THROWS_MATCHES(validateNewPassword(test::secret(weak), role), Error, test::HasKind(ErrorKind::Rejected));
        }
    CHECK_THROWS_MATCHES(
        validateNewPassword(test::secret(""), AccountRole::ClassTeacher), Error, test::HasKind(ErrorKind::Rejected));
    CHECK_NOTHROW(validateNewPassword(test::secret("心理健康教育中心"), AccountRole::Counsellor));
    CHECK_NOTHROW(validateNewPassword(test::secret("lanterns over the river"), AccountRole::Counsellor));
}

TEST_CASE("The KDF calibration reaches its target on this machine, tests use the cheap seam", "[crypto]")
{
    const KdfCost cheap = currentKdfCost();
    CHECK(cheap.memLimit < 1024 * 1024); // the test seam is on in this executable

    // The production calibration (0.8 s with 64 MiB), run with a quarter-second target and
    // 32 MiB so that the test stays short: the cost it picks must take about that long.
    constexpr double target = 0.25;
    constexpr std::size_t mem = 32u * 1024u * 1024u;
    // Timing on a shared machine is noisy: the fit counts when one of three independent
    // calibrations lands within a factor of three of the target (most land much closer).
    bool fits = false;
    for (int attempt = 0; attempt < 3 && !fits; ++attempt) {
        const KdfCost cost = xinan::testing::calibrateKdf(target, mem);
        CHECK(cost.memLimit == mem);
        CHECK(cost.opsLimit >= 3); // never fewer passes than that, whatever the machine
        CHECK(cost.opsLimit <= 60);
        double fastest = 1e9; // the best of three, as the calibration measures (another program may be busy)
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            xinan::testing::deriveWithCost(cost);
            fastest = std::min(fastest, static_cast<double>(timer.nsecsElapsed()) / 1e9);
        }
        UNSCOPED_INFO("attempt " << attempt + 1 << ": " << cost.opsLimit << " passes, best of three " << fastest
                                 << " s for a target of " << target << " s");
        // Unless the cost is clamped: 3 passes may take longer than the target on a slow machine,
        // 60 passes less than it on a fast one.
        fits = (cost.opsLimit == 3 || fastest <= target * 3) && (cost.opsLimit == 60 || fastest >= target / 3);
    }
    CHECK(fits);
}
