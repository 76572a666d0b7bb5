// Two reads and writes the role-aware interface needs (issue 12): linking a class-grid entry to
// a class teacher's account (which classes the account sees from its next unlock), and the
// key-student mark a class teacher reads (PlanRepository::classKeyStudent) — whether the student is a key student and the plan's
// measures, only for the classes linked to the account.
#include "error.h"
#include "repo/gridrepository.h"
#include "repo/planrepository.h"
#include "repo/riskrepository.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"
#include "store/database.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace xinan;

namespace {

struct Fixture
{
    clock::testing::FixedClock fixedClock { test::testNow() };
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("links.xinan"));
    SchoolFile school = [this] {
        test::createSchool(path);
        return SchoolFile::unlockWithPassword(path, QString(), test::secret("correct horse 1"));
    }();

    qint64 addStudent(const QString &no, int grade, const QString &className)
    {
        Student s;
        s.studentNo = no;
        s.name = QStringLiteral("学生") + no.right(3);
        s.grade = grade;
        s.className = className;
        return StudentRepository(school.db(), QStringLiteral("wang")).add(s);
    }
    qint64 addTeacher(int grade, const QString &className, const QString &teacher)
    {
        GridMember m;
        m.grade = grade;
        m.className = className;
        m.teacher = teacher;
        return GridRepository(school.db(), QStringLiteral("wang")).save(m);
    }
    QString accountOf(qint64 memberId)
    {
        Statement st(school.db(), "SELECT coalesce(account, '') FROM class_grid WHERE id = ?");
        st.bind(1, memberId);
        REQUIRE(st.step());
        return st.text(0);
    }
};

} // namespace

TEST_CASE_METHOD(Fixture, "a grid entry is linked to a class teacher's account, who then sees that class", "[roles][grid]")
{
    addStudent(QStringLiteral("G520102201309010001"), 8, QStringLiteral("2班"));
    const qint64 member = addTeacher(8, QStringLiteral("2班"), QStringLiteral("李老师"));
    school.addUser(QStringLiteral("li"), test::secret("plum river kettle 8391"), AccountRole::ClassTeacher);
    GridRepository grid(school.db(), QStringLiteral("wang"));

    grid.linkAccount(member, QStringLiteral("li"));
    CHECK(accountOf(member) == QStringLiteral("li"));
    CHECK(grid.classesOfAccount(QStringLiteral("li")) == QSet<ClassRef> { { 8, QStringLiteral("2班") } });
    SchoolFile teacher = SchoolFile::unlockWithPassword(path, QStringLiteral("li"), test::secret("plum river kettle 8391"));
    CHECK(teacher.db().access().seesClass(8, QStringLiteral("2班")));
    CHECK_FALSE(teacher.db().access().seesClass(8, QStringLiteral("3班")));

    // An account that does not exist, or an entry that does not, is refused; nothing changes.
    CHECK_THROWS_MATCHES(grid.linkAccount(member, QStringLiteral("nobody")), Error, Catch::Predicate<Error>([](const Error &e) {
        return e.kind() == ErrorKind::Rejected && e.message().contains(u"nobody");
    }));
    CHECK_THROWS_AS(grid.linkAccount(member + 100, QStringLiteral("li")), Error);
    CHECK(accountOf(member) == QStringLiteral("li"));

    // Empty unlinks; a class teacher's own connection may not link anything.
    grid.linkAccount(member, QString());
    CHECK(accountOf(member).isEmpty());
    CHECK_THROWS_MATCHES(GridRepository(teacher.db(), QStringLiteral("li")).linkAccount(member, QStringLiteral("li")), Error,
        Catch::Predicate<Error>([](const Error &e) { return e.kind() == ErrorKind::Denied; }));
    CHECK(accountOf(member).isEmpty());
}

TEST_CASE_METHOD(Fixture, "a class teacher reads the key-student mark and measures of their own class only", "[roles][plans]")
{
    const qint64 mine = addStudent(QStringLiteral("G520102201309010001"), 8, QStringLiteral("2班"));
    const qint64 calm = addStudent(QStringLiteral("G520102201309010002"), 8, QStringLiteral("2班"));
    const qint64 other = addStudent(QStringLiteral("G520102201309010003"), 8, QStringLiteral("3班"));
    RiskRepository risk(school.db(), QStringLiteral("wang"));
    const QDateTime now = clock::nowUtc();
    risk.change(mine, RiskLevel::Orange, RiskSource::Session, QStringLiteral("手臂有划痕"), now.addSecs(-600));
    risk.change(other, RiskLevel::Red, RiskSource::Session, QStringLiteral("自述想离开"), now.addSecs(-600));

    PlanRepository counsellor(school.db(), QStringLiteral("wang"));
    // A key student without a plan: marked, no measures yet.
    REQUIRE(counsellor.classKeyStudent(mine).has_value());
    CHECK(counsellor.classKeyStudent(mine)->planId == 0);
    CHECK(counsellor.classKeyStudent(mine)->measures.isEmpty());
    KeyPlan plan;
    plan.studentId = mine;
    plan.situation = QStringLiteral("情绪低落");
    plan.goals = QStringLiteral("恢复作息");
    plan.measures = QStringLiteral("课间留意情绪");
    plan.counsellor = QStringLiteral("wang");
    plan.parentInformed = true;
    plan.parentInformedOn = clock::today();
    counsellor.save(plan, now.addSecs(-300));

    const qint64 member = addTeacher(8, QStringLiteral("2班"), QStringLiteral("李老师"));
    school.addUser(QStringLiteral("li"), test::secret("plum river kettle 8391"), AccountRole::ClassTeacher);
    GridRepository(school.db(), QStringLiteral("wang")).linkAccount(member, QStringLiteral("li"));
    SchoolFile teacher = SchoolFile::unlockWithPassword(path, QStringLiteral("li"), test::secret("plum river kettle 8391"));
    PlanRepository plans(teacher.db(), QStringLiteral("li"));

    const std::optional<ClassKeyStudent> mark = plans.classKeyStudent(mine);
    REQUIRE(mark.has_value());
    CHECK(mark->planId != 0);
    CHECK(mark->measures == QStringLiteral("课间留意情绪"));
    CHECK_FALSE(plans.classKeyStudent(calm).has_value());
    // Another class's student: refused, not even whether they are a key student.
    CHECK_THROWS_MATCHES(plans.classKeyStudent(other), Error,
        Catch::Predicate<Error>([](const Error &e) { return e.kind() == ErrorKind::Denied; }));
    CHECK_FALSE(plans.classKeyStudent(99999).has_value());

    // An admin may not read marks at all.
    school.addUser(QStringLiteral("zhao"), test::secret("plum river kettle 8391"), AccountRole::Admin);
    SchoolFile admin = SchoolFile::unlockWithPassword(path, QStringLiteral("zhao"), test::secret("plum river kettle 8391"));
    CHECK_THROWS_MATCHES(PlanRepository(admin.db(), QStringLiteral("zhao")).classKeyStudent(mine), Error,
        Catch::Predicate<Error>([](const Error &e) { return e.kind() == ErrorKind::Denied; }));
}
