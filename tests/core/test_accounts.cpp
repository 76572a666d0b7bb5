// The account life cycle on real school files, each rule tried from the account that would
// break it: who adds which role, who changes roles, disabling, removing (the key slot goes, the
// name stays for the audit trail), resetting passwords, class teachers linked to their classes,
// and password strength by zxcvbn, stricter for counsellors and administrators.
#include "crypto/keyslots.h"
#include "error.h"
#include "repo/accountrepository.h"
#include "repo/audit.h"
#include "repo/gridrepository.h"
#include "repo/officerepository.h"
#include "services/schoolfile.h"
#include "store/database.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace xinan;
using test::kindOf;

namespace {

const char *const AdminPassword = "paper lanterns by the river";
const char *const HeadPassword = "tea garden on the hill";
const char *const TeacherPassword = "blue kite over field";

// wang (counsellor, made by init), xu (admin), li (head), zhou (class teacher).
struct Accounts
{
    clock::testing::FixedClock fixedClock { test::testNow() };
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("a.xinan"));

    Accounts()
    {
        test::createSchool(path);
        SchoolFile wang = as(QStringLiteral("wang"));
        wang.addUser(QStringLiteral("xu"), test::secret(AdminPassword), AccountRole::Admin);
        wang.addUser(QStringLiteral("li"), test::secret(HeadPassword), AccountRole::Head);
        wang.addUser(QStringLiteral("zhou"), test::secret(TeacherPassword), AccountRole::ClassTeacher);
    }

    static const char *passwordOf(const QString &user)
    {
        if (user == u"xu")
            return AdminPassword;
        if (user == u"li")
            return HeadPassword;
        if (user == u"zhou")
            return TeacherPassword;
        return "correct horse 1";
    }
    SchoolFile as(const QString &user) const
    {
        return SchoolFile::unlockWithPassword(path, user, test::secret(passwordOf(user)));
    }
    std::optional<AccountInfo> account(const QString &user) const
    {
        SchoolFile wang = as(QStringLiteral("wang"));
        return AccountRepository(wang.db(), QStringLiteral("wang")).find(user);
    }
    AuditEntry lastAudit() const
    {
        // the last entry before this look's own sign-in (an unlock entry)
        SchoolFile wang = as(QStringLiteral("wang"));
        for (const AuditEntry &entry : recentAudit(wang.db(), 10))
            if (entry.action != QLatin1String("unlock"))
                return entry;
        return {};
    }
};

std::optional<QString> messageOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const Error &e) {
        return e.message();
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("accounts: password strength by zxcvbn, stricter for counsellors and administrators", "[accounts]")
{
    // Between the two floors: enough for a head or class teacher, not for a counsellor or admin.
    const auto middling = test::secret("demo password 1");
    CHECK(passwordStrength(middling) >= passwordStrengthFloor(AccountRole::ClassTeacher));
    CHECK(passwordStrength(middling) < passwordStrengthFloor(AccountRole::Counsellor));
    CHECK_NOTHROW(validateNewPassword(middling, AccountRole::ClassTeacher));
    CHECK_NOTHROW(validateNewPassword(middling, AccountRole::Head));
    CHECK(kindOf([&] { validateNewPassword(middling, AccountRole::Counsellor); }) == ErrorKind::Rejected);
    CHECK(kindOf([&] { validateNewPassword(middling, AccountRole::Admin); }) == ErrorKind::Rejected);
    CHECK(messageOf([&] { validateNewPassword(middling, AccountRole::Admin); })
              .value_or(QString())
              .contains(QStringLiteral("must be stronger")));
    CHECK(passwordStrengthFloor(AccountRole::Counsellor) > passwordStrengthFloor(AccountRole::Head) + 6);

    // The usual weak ones, whatever the role, with a message that says what to do.
    for (const char *weak : { "12345678", "password1", "xinan2026", "woaini1314", "5201314abc", "laoshi2026" }) {
        INFO(weak);
        const std::optional<QString> message
            = messageOf([&] { validateNewPassword(test::secret(weak), AccountRole::ClassTeacher); });
        REQUIRE(message);
        CHECK(message->contains(QStringLiteral("Too easy to guess: use a longer sentence or add unrelated words.")));
    }

    // The account's name and the school's: strong by themselves, weak when they are the person's own.
    const SchoolInfo school = test::sampleSchool(); // 雷山县测试中学
    const QStringList words = passwordWordsFor(QStringLiteral("李校长"), school);
    CHECK(words.contains(QStringLiteral("lixiaozhang")));
    for (const char *own : { "雷山县测试中学2026", "lixiaozhang2026", "LiXiaoZhang!1" }) {
        INFO(own);
        CHECK(passwordStrength(test::secret(own)) > passwordStrength(test::secret(own), words) + 10);
        const std::optional<QString> message
            = messageOf([&] { validateNewPassword(test::secret(own), AccountRole::Head, words); });
        REQUIRE(message);
        CHECK(message->contains(QStringLiteral("account's or the school's name")));
    }
    CHECK_NOTHROW(validateNewPassword(test::secret("correct horse 1"), AccountRole::Counsellor, words));
    // The demo's former password leant on XinAn's name and its account's (demo); scripts/run.sh
    // and the README give a longer one.
    CHECK(kindOf([&] {
        validateNewPassword(test::secret("xinan-demo-2026"), AccountRole::Counsellor, { QStringLiteral("demo") });
    }) == ErrorKind::Rejected);
    CHECK_NOTHROW(
        validateNewPassword(test::secret("xinan-demo-spring-2026"), AccountRole::Counsellor, { QStringLiteral("demo") }));
}

TEST_CASE("accounts: a new school refuses a weak first password, naming the school", "[accounts]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("w.xinan"));
    CHECK(kindOf([&] { test::createSchool(path, QStringLiteral("wang"), "wang20262026"); }) == ErrorKind::Rejected);
    CHECK(kindOf([&] { test::createSchool(path, QStringLiteral("wang"), "雷山县测试中学"); }) == ErrorKind::Rejected);
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-keys")));
}

TEST_CASE_METHOD(Accounts, "accounts: only a counsellor adds counsellor accounts, only managers add any", "[accounts]")
{
    {
        SchoolFile xu = as(QStringLiteral("xu"));
        CHECK(kindOf([&] { xu.addUser(QStringLiteral("liu"), test::secret("lanterns over the river"), AccountRole::Counsellor); })
            == ErrorKind::Denied);
        xu.addUser(QStringLiteral("ma"), test::secret("mountain tea river 42"), AccountRole::ClassTeacher);
        // The admin's own floor applies to new admins, the head's to heads.
        CHECK(kindOf([&] { xu.addUser(QStringLiteral("he"), test::secret("demo password 1"), AccountRole::Admin); })
            == ErrorKind::Rejected);
        xu.addUser(QStringLiteral("he"), test::secret("demo password 1"), AccountRole::Head);
    }
    for (const QString &user : { QStringLiteral("li"), QStringLiteral("zhou") }) {
        SchoolFile other = as(user);
        CHECK(kindOf([&] { other.addUser(QStringLiteral("qin"), test::secret("mountain tea river 42"), AccountRole::Head); })
            == ErrorKind::Denied);
    }
    CHECK_FALSE(SchoolFile::accountNames(path).contains(QStringLiteral("liu")));
    CHECK_FALSE(SchoolFile::accountNames(path).contains(QStringLiteral("qin")));
    CHECK_FALSE(account(QStringLiteral("qin")));
    CHECK(account(QStringLiteral("ma"))->role == AccountRole::ClassTeacher);

    SchoolFile wang = as(QStringLiteral("wang"));
    wang.addUser(QStringLiteral("liu"), test::secret("lanterns over the river"), AccountRole::Counsellor);
    CHECK(account(QStringLiteral("liu"))->role == AccountRole::Counsellor);
    CHECK(lastAudit().detail == QStringLiteral("liu (counsellor)"));
    CHECK(lastAudit().account == QStringLiteral("wang"));
}

TEST_CASE_METHOD(Accounts, "accounts: role changes, the counsellor role given and taken only by a counsellor", "[accounts]")
{
    {
        SchoolFile xu = as(QStringLiteral("xu"));
        AccountRepository accounts(xu.db(), QStringLiteral("xu"));
        CHECK(kindOf([&] { accounts.setRole(QStringLiteral("xu"), AccountRole::Counsellor); }) == ErrorKind::Denied);
        CHECK(kindOf([&] { accounts.setRole(QStringLiteral("li"), AccountRole::Counsellor); }) == ErrorKind::Denied);
        CHECK(kindOf([&] { accounts.setRole(QStringLiteral("wang"), AccountRole::Head); }) == ErrorKind::Denied);
        CHECK(kindOf([&] { accounts.setRole(QStringLiteral("nobody"), AccountRole::Head); }) == ErrorKind::Rejected);
        accounts.setRole(QStringLiteral("li"), AccountRole::ClassTeacher); // among the other roles: the admin may
        CHECK(accounts.find(QStringLiteral("li"))->role == AccountRole::ClassTeacher);
        accounts.setRole(QStringLiteral("li"), AccountRole::Head);
        // Through the office dialog's call too.
        CHECK(kindOf([&] {
            OfficeRepository(xu.db(), QStringLiteral("xu")).setAccountRole(QStringLiteral("xu"), AccountRole::Counsellor);
        }) == ErrorKind::Denied);
    }
    for (const QString &user : { QStringLiteral("li"), QStringLiteral("zhou") }) {
        SchoolFile other = as(user);
        CHECK(kindOf([&] { AccountRepository(other.db(), user).setRole(QStringLiteral("xu"), AccountRole::Head); })
            == ErrorKind::Denied);
        CHECK(kindOf([&] { AccountRepository(other.db(), user).accounts(); }) == ErrorKind::Denied);
    }
    CHECK(account(QStringLiteral("xu"))->role == AccountRole::Admin);

    SchoolFile wang = as(QStringLiteral("wang"));
    AccountRepository accounts(wang.db(), QStringLiteral("wang"));
    // The last enabled counsellor keeps the role.
    CHECK(kindOf([&] { accounts.setRole(QStringLiteral("wang"), AccountRole::Admin); }) == ErrorKind::Rejected);
    accounts.setRole(QStringLiteral("li"), AccountRole::Counsellor);
    CHECK(recentAudit(wang.db(), 1).value(0).detail == QStringLiteral("li: head -> counsellor"));
    // A disabled counsellor does not count.
    CHECK(wang.setUserDisabled(QStringLiteral("li"), true));
    CHECK(kindOf([&] { accounts.setRole(QStringLiteral("wang"), AccountRole::Admin); }) == ErrorKind::Rejected);
    CHECK(wang.setUserDisabled(QStringLiteral("li"), false));
    accounts.setRole(QStringLiteral("wang"), AccountRole::Admin);
    CHECK(accounts.find(QStringLiteral("wang"))->role == AccountRole::Admin);
    CHECK(recentAudit(wang.db(), 1).value(0).detail == QStringLiteral("wang: counsellor -> admin"));
}

TEST_CASE_METHOD(Accounts, "accounts: a disabled account cannot unlock until it is enabled", "[accounts]")
{
    {
        SchoolFile xu = as(QStringLiteral("xu"));
        CHECK(xu.setUserDisabled(QStringLiteral("zhou"), true));
        CHECK_FALSE(xu.setUserDisabled(QStringLiteral("zhou"), true));
        // Nobody disables themselves, an admin no counsellor, heads and teachers nobody.
        CHECK(kindOf([&] { xu.setUserDisabled(QStringLiteral("xu"), true); }) == ErrorKind::Rejected);
        CHECK(kindOf([&] { xu.setUserDisabled(QStringLiteral("wang"), true); }) == ErrorKind::Denied);
    }
    {
        SchoolFile li = as(QStringLiteral("li"));
        CHECK(kindOf([&] { li.setUserDisabled(QStringLiteral("xu"), true); }) == ErrorKind::Denied);
    }
    const std::optional<QString> refused = messageOf([&] { as(QStringLiteral("zhou")); });
    REQUIRE(refused);
    CHECK(refused->contains(QStringLiteral("\"zhou\" is disabled")));
    CHECK(kindOf([&] { as(QStringLiteral("zhou")); }) == ErrorKind::Denied);
    CHECK(account(QStringLiteral("zhou"))->disabled);
    CHECK(SchoolFile::accountNames(path).contains(QStringLiteral("zhou"))); // its slot stays
    // A disabled account is not given a new password nor added again.
    {
        SchoolFile wang = as(QStringLiteral("wang"));
        CHECK(kindOf([&] { wang.setPassword(QStringLiteral("zhou"), test::secret("mountain tea river 42")); })
            == ErrorKind::Rejected);
        CHECK(kindOf([&] {
            wang.addUser(QStringLiteral("zhou"), test::secret("mountain tea river 42"), AccountRole::ClassTeacher);
        }) == ErrorKind::Rejected);
        // The only counsellor is not disabled.
        CHECK(kindOf([&] { wang.setUserDisabled(QStringLiteral("wang"), true); }) == ErrorKind::Rejected);
        CHECK(wang.setUserDisabled(QStringLiteral("zhou"), false));
        CHECK(recentAudit(wang.db(), 1).value(0).detail == QStringLiteral("zhou: enabled"));
    }
    CHECK_NOTHROW(as(QStringLiteral("zhou")));
}

TEST_CASE_METHOD(Accounts, "accounts: a removed account loses its key slot and keeps its name in the audit trail", "[accounts]")
{
    {
        SchoolFile wang = as(QStringLiteral("wang"));
        GridRepository grid(wang.db(), QStringLiteral("wang"));
        grid.assignClassTeacher(7, QStringLiteral("2班"), QStringLiteral("zhou"));
    }
    {
        SchoolFile li = as(QStringLiteral("li"));
        CHECK(kindOf([&] { li.removeUser(QStringLiteral("zhou")); }) == ErrorKind::Denied);
        SchoolFile xu = as(QStringLiteral("xu"));
        CHECK(kindOf([&] { xu.removeUser(QStringLiteral("wang")); }) == ErrorKind::Denied);
        CHECK(kindOf([&] { xu.removeUser(QStringLiteral("xu")); }) == ErrorKind::Rejected);
        CHECK(kindOf([&] { xu.removeUser(QStringLiteral("nobody")); }) == ErrorKind::Rejected);
        xu.removeUser(QStringLiteral("zhou"));
        CHECK(kindOf([&] { xu.removeUser(QStringLiteral("zhou")); }) == ErrorKind::Rejected);
    }
    CHECK_FALSE(SchoolFile::accountNames(path).contains(QStringLiteral("zhou")));
    CHECK(kindOf([&] { as(QStringLiteral("zhou")); }) == ErrorKind::Usage); // no such account in the key file
    const std::optional<AccountInfo> zhou = account(QStringLiteral("zhou"));
    REQUIRE(zhou);
    CHECK(zhou->disabled);
    CHECK(zhou->role == AccountRole::ClassTeacher);
    const AuditEntry removed = lastAudit();
    CHECK(removed.action == QStringLiteral("delete"));
    CHECK(removed.account == QStringLiteral("xu"));
    CHECK(removed.detail == QStringLiteral("zhou (class_teacher), 1 class-grid link(s) cleared"));

    SchoolFile wang = as(QStringLiteral("wang"));
    CHECK(GridRepository(wang.db(), QStringLiteral("wang")).classesOfAccount(QStringLiteral("zhou")).isEmpty());
    // Its name is not given to anyone else, and it is not enabled again.
    const std::optional<QString> again = messageOf(
        [&] { wang.addUser(QStringLiteral("zhou"), test::secret("mountain tea river 42"), AccountRole::ClassTeacher); });
    REQUIRE(again);
    CHECK(again->contains(QStringLiteral("was removed")));
    CHECK(kindOf([&] { wang.setUserDisabled(QStringLiteral("zhou"), false); }) == ErrorKind::Rejected);
    // The last counsellor cannot be removed.
    CHECK(kindOf([&] { as(QStringLiteral("xu")).removeUser(QStringLiteral("wang")); }) == ErrorKind::Denied);
    CHECK(kindOf([&] { wang.removeUser(QStringLiteral("wang")); }) == ErrorKind::Rejected);
}

TEST_CASE_METHOD(Accounts, "accounts: another account's password is reset only by those who manage it", "[accounts]")
{
    {
        SchoolFile xu = as(QStringLiteral("xu"));
        xu.setPassword(QStringLiteral("li"), test::secret("mountain tea river 42"));
        CHECK(
            kindOf([&] { xu.setPassword(QStringLiteral("wang"), test::secret("mountain tea river 42")); }) == ErrorKind::Denied);
        // The target's own floor: a head's, and the head's name in it counts against it.
        CHECK(kindOf([&] { xu.setPassword(QStringLiteral("li"), test::secret("li20262026")); }) == ErrorKind::Rejected);
    }
    CHECK(kindOf([&] { as(QStringLiteral("li")); }) == ErrorKind::WrongSecret);
    SchoolFile li = SchoolFile::unlockWithPassword(path, QStringLiteral("li"), test::secret("mountain tea river 42"));
    bool audited = false;
    for (const AuditEntry &e : recentAudit(li.db(), 10))
        audited = audited || (e.account == u"xu" && e.detail == u"li: password set");
    CHECK(audited);
    CHECK(kindOf([&] { li.setPassword(QStringLiteral("zhou"), test::secret("lanterns over the river")); }) == ErrorKind::Denied);
    li.setPassword(QStringLiteral("li"), test::secret("tea garden on the hill"));
    CHECK_NOTHROW(as(QStringLiteral("li")));
}

TEST_CASE_METHOD(Accounts, "accounts: class-teacher entries linked to class-teacher accounts", "[accounts][grid]")
{
    SchoolFile wang = as(QStringLiteral("wang"));
    GridRepository grid(wang.db(), QStringLiteral("wang"));
    GridMember m;
    m.grade = 8;
    m.className = QStringLiteral("3班");
    m.teacher = QStringLiteral("周老师");
    const qint64 entry = grid.save(m);
    m.teacher = QStringLiteral("吴老师");
    m.role = GridRole::Deputy;
    const qint64 deputy = grid.save(m);

    grid.linkAccount(entry, QStringLiteral("zhou"));
    CHECK(grid.members().value(0).account == QStringLiteral("zhou"));
    CHECK(grid.classesOfAccount(QStringLiteral("zhou")) == QSet<ClassRef> { ClassRef { 8, QStringLiteral("3班") } });
    CHECK(recentAudit(wang.db(), 1).value(0).detail == QStringLiteral("grade 8 class 3班: class_teacher, account - -> zhou"));
    // What the account sees once it unlocks.
    CHECK(as(QStringLiteral("zhou")).db().access().seesClass(8, QStringLiteral("3班")));
    CHECK_FALSE(as(QStringLiteral("zhou")).db().access().seesClass(8, QStringLiteral("4班")));

    CHECK(kindOf([&] { grid.linkAccount(deputy, QStringLiteral("zhou")); }) == ErrorKind::Rejected);
    CHECK(kindOf([&] { grid.linkAccount(entry, QStringLiteral("li")); }) == ErrorKind::Rejected); // a head account
    CHECK(kindOf([&] { grid.linkAccount(entry, QStringLiteral("nobody")); }) == ErrorKind::Rejected);
    CHECK(kindOf([&] { grid.linkAccount(9999, QStringLiteral("zhou")); }) == ErrorKind::Rejected);
    {
        SchoolFile li = as(QStringLiteral("li"));
        CHECK(kindOf([&] { GridRepository(li.db(), QStringLiteral("li")).linkAccount(entry, QString()); }) == ErrorKind::Denied);
    }
    wang.setUserDisabled(QStringLiteral("zhou"), true);
    grid.linkAccount(entry, QString());
    CHECK(grid.classesOfAccount(QStringLiteral("zhou")).isEmpty());
    CHECK(kindOf([&] { grid.linkAccount(entry, QStringLiteral("zhou")); }) == ErrorKind::Rejected); // disabled
    wang.setUserDisabled(QStringLiteral("zhou"), false);

    // grid set: the only class-teacher entry, a new one when none, --teacher among several.
    CHECK(grid.assignClassTeacher(8, QStringLiteral("3班"), QStringLiteral("zhou")) == entry);
    const qint64 created = grid.assignClassTeacher(9, QStringLiteral("1班"), QStringLiteral("zhou"));
    CHECK(created != entry);
    CHECK(grid.teachersOf(9, QStringLiteral("1班")) == QStringList { QStringLiteral("zhou") });
    m = GridMember {};
    m.grade = 8;
    m.className = QStringLiteral("3班");
    m.teacher = QStringLiteral("郑老师");
    grid.save(m);
    CHECK(kindOf([&] { grid.assignClassTeacher(8, QStringLiteral("3班"), QStringLiteral("zhou")); }) == ErrorKind::Usage);
    CHECK(grid.assignClassTeacher(8, QStringLiteral("3班"), QStringLiteral("zhou"), QStringLiteral("周老师")) == entry);
    CHECK(grid.classesOfAccount(QStringLiteral("zhou"))
        == QSet<ClassRef> { ClassRef { 8, QStringLiteral("3班") }, ClassRef { 9, QStringLiteral("1班") } });
}
