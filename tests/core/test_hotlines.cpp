// Help lines (求助热线): the fixed national numbers, the school's own numbers kept as a setting
// (defaults empty, round trip, one audit entry), numbers refused with the field named and
// nothing written, and the roles (every role reads, counsellor and admin write).
#include "error.h"
#include "platform/clock.h"
#include "repo/audit.h"
#include "repo/hotlines.h"
#include "repo/schoolrepository.h"
#include "repo/settingsrepository.h"
#include "services/schoolfile.h"
#include "store/access.h"
#include "store/database.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace xinan;

namespace {

struct Fixture
{
    clock::testing::FixedClock fixedClock { test::testNow() };
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("h.xinan"));
    SchoolFile school = [this] {
        test::createSchool(path);
        return SchoolFile::unlockWithPassword(path, QString(), test::secret("correct horse 1"));
    }();
    Database &db = school.db();

    Fixture()
    {
        SchoolRepository accounts(db, QStringLiteral("wang"));
        accounts.addAccount(QStringLiteral("zhao"), AccountRole::Head);
        accounts.addAccount(QStringLiteral("zhou"), AccountRole::ClassTeacher);
        accounts.addAccount(QStringLiteral("xu"), AccountRole::Admin);
    }
    void actAs(AccountRole role)
    {
        const QString user = role == AccountRole::Counsellor ? QStringLiteral("wang")
            : role == AccountRole::Head                      ? QStringLiteral("zhao")
            : role == AccountRole::ClassTeacher              ? QStringLiteral("zhou")
                                                             : QStringLiteral("xu");
        QSet<ClassRef> classes;
        if (role == AccountRole::ClassTeacher)
            classes.insert(ClassRef { 8, QStringLiteral("2班") });
        db.setAccess(Access::forAccount(user, role, classes, {}));
    }
    HotlineRepository repo() { return HotlineRepository(db, db.access().user()); }
    int hotlineAudits()
    {
        Statement st(db, "SELECT count(*) FROM audit_log WHERE entity = 'hotlines'");
        st.step();
        return st.integer(0);
    }
    QString stored()
    {
        Statement st(db, "SELECT value FROM settings WHERE key = 'hotlines/local'");
        return st.step() ? st.text(0) : QString();
    }
};

SchoolHotlines sample()
{
    SchoolHotlines h;
    h.aidName = QStringLiteral("县心理援助热线");
    h.aidNumber = QStringLiteral("0851-1234 5678");
    h.hospitalName = QStringLiteral("县人民医院");
    h.hospitalNumber = QStringLiteral("+86 851 8765 4321");
    h.hospitalAddress = QStringLiteral("县城河滨路 1 号");
    h.others = { { QStringLiteral("县妇联"), QStringLiteral("0851-2222 3333"), QStringLiteral("工作日 9:00–17:00") },
        { QStringLiteral("派出所"), QStringLiteral("110"), QString() } };
    return h;
}

} // namespace

TEST_CASE("The national help lines are the plan's four, fixed", "[hotlines]")
{
    const QList<Hotline> national = HotlineRepository::nationalHotlines();
    QStringList numbers;
    for (const Hotline &h : national) {
        numbers << h.number;
        CHECK_FALSE(h.name.isEmpty());
    }
    CHECK(numbers
        == QStringList { QStringLiteral("12345"), QStringLiteral("12320"), QStringLiteral("12355"), QStringLiteral("12338") });
    // 12356 is offered as a suggestion with a note, never as a fixed entry.
    CHECK_FALSE(numbers.contains(QStringLiteral("12356")));
    const QList<Hotline> suggested = HotlineRepository::suggestedHotlines();
    REQUIRE(suggested.size() == 1);
    CHECK(suggested.first().number == QStringLiteral("12356"));
    CHECK_FALSE(suggested.first().note.isEmpty());
}

TEST_CASE("A school starts with no local help lines and keeps what it saves", "[hotlines]")
{
    Fixture f;
    f.actAs(AccountRole::Counsellor);
    const SchoolHotlines empty = f.repo().schoolHotlines();
    CHECK(empty == SchoolHotlines {});
    CHECK_FALSE(empty.hasAidLine());
    CHECK_FALSE(empty.hasHospital());
    CHECK(HotlineRepository::aidLineName(empty) == QStringLiteral("24-hour psychological aid line"));

    SchoolHotlines in = sample();
    in.aidName = QStringLiteral("  县心理援助热线 ");
    in.others.insert(1, Hotline {}); // a blank row is dropped
    f.repo().setSchoolHotlines(in);
    CHECK(f.repo().schoolHotlines() == sample());
    CHECK(f.hotlineAudits() == 1);
    // Another account reads the same numbers.
    f.actAs(AccountRole::ClassTeacher);
    CHECK(f.repo().schoolHotlines() == sample());

    SECTION("an unnamed aid line shows the default name")
    {
        f.actAs(AccountRole::Admin);
        SchoolHotlines h = sample();
        h.aidName.clear();
        f.repo().setSchoolHotlines(h);
        CHECK(HotlineRepository::aidLineName(f.repo().schoolHotlines()) == QStringLiteral("24-hour psychological aid line"));
        CHECK(f.hotlineAudits() == 2);
    }
}

TEST_CASE("Help-line numbers are checked and a refusal writes nothing", "[hotlines]")
{
    CHECK(HotlineRepository::checkedNumber(QStringLiteral(" 0851-1234 5678 "), QStringLiteral("X"))
        == QStringLiteral("0851-1234 5678"));
    CHECK(HotlineRepository::checkedNumber(QStringLiteral("+86 12356"), QStringLiteral("X")) == QStringLiteral("+86 12356"));
    CHECK(HotlineRepository::checkedNumber(QStringLiteral("110"), QStringLiteral("X")) == QStringLiteral("110"));
    CHECK(HotlineRepository::checkedNumber(QString(), QStringLiteral("X")).isEmpty());

    Fixture f;
    f.actAs(AccountRole::Counsellor);
    f.repo().setSchoolHotlines(sample());
    const QString before = f.stored();
    REQUIRE_FALSE(before.isEmpty());

    struct Bad
    {
        const char *what;
        std::function<void(SchoolHotlines &)> spoil;
        const char *mentions;
    };
    const std::vector<Bad> bads {
        { "letters in the aid number", [](SchoolHotlines &h) { h.aidNumber = QStringLiteral("0851-HELP"); },
            "24-hour aid line's number" },
        { "two digits", [](SchoolHotlines &h) { h.aidNumber = QStringLiteral("12"); }, "has 2 digits" },
        { "21 digits", [](SchoolHotlines &h) { h.hospitalNumber = QString(21, QLatin1Char('1')); }, "nearest hospital's number" },
        { "a plus inside", [](SchoolHotlines &h) { h.hospitalNumber = QStringLiteral("0851+1234"); }, "not a phone number" },
        { "a bracket", [](SchoolHotlines &h) { h.others[0].number = QStringLiteral("(0851) 1234"); }, "Local line 1's number" },
        { "a line without a name", [](SchoolHotlines &h) { h.others[1].name.clear(); }, "local line 2's name" },
        { "a line without a number", [](SchoolHotlines &h) { h.others[1].number.clear(); }, "local line 2's number" },
        { "an aid name without a number", [](SchoolHotlines &h) { h.aidNumber.clear(); }, "aid line's number" },
        { "a hospital number without its name", [](SchoolHotlines &h) { h.hospitalName.clear(); }, "hospital's name" },
        { "a name over two lines", [](SchoolHotlines &h) { h.others[0].name = QStringLiteral("县\n妇联"); }, "one line" },
        { "seven other lines",
            [](SchoolHotlines &h) {
                while (h.others.size() < 7)
                    h.others.append({ QStringLiteral("线路"), QStringLiteral("12345"), QString() });
            },
            "At most 6" },
    };
    for (const Bad &bad : bads) {
        INFO(bad.what);
        SchoolHotlines h = sample();
        h.aidNumber = QStringLiteral("0851-0000 1111");
        bad.spoil(h);
        try {
            f.repo().setSchoolHotlines(h);
            FAIL("accepted");
        } catch (const Error &e) {
            CHECK(e.kind() == ErrorKind::Rejected);
            CHECK(e.message().contains(QString::fromUtf8(bad.mentions)));
        }
        CHECK(f.stored() == before);
        CHECK(f.hotlineAudits() == 1);
    }
}

TEST_CASE("Every role reads the help lines, counsellors and administrators change them", "[hotlines]")
{
    Fixture f;
    f.actAs(AccountRole::Counsellor);
    f.repo().setSchoolHotlines(sample());
    for (AccountRole role : { AccountRole::Head, AccountRole::ClassTeacher }) {
        f.actAs(role);
        CHECK(f.repo().schoolHotlines() == sample());
        SchoolHotlines h = sample();
        h.aidNumber = QStringLiteral("0851-9999 0000");
        try {
            f.repo().setSchoolHotlines(h);
            FAIL("a reader changed the help lines");
        } catch (const Error &e) {
            CHECK(e.kind() == ErrorKind::Denied);
        }
    }
    f.actAs(AccountRole::Admin);
    SchoolHotlines h = sample();
    h.aidNumber = QStringLiteral("0851-9999 0000");
    f.repo().setSchoolHotlines(h);
    f.actAs(AccountRole::Counsellor);
    CHECK(f.repo().schoolHotlines().aidNumber == QStringLiteral("0851-9999 0000"));
    CHECK(f.hotlineAudits() == 2);
}
