// The class grid (网格化): each class's responsible teachers, sorted as lists are read (2班
// before 10班, class teacher first), each change with its audit entry, bad input refused with
// nothing written.
#include "error.h"
#include "repo/audit.h"
#include "repo/gridrepository.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"
#include "store/database.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace xinan;

namespace {

struct Fixture
{
    clock::testing::FixedClock fixedClock { test::testNow() }; // first, so that everything below sees it
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("g.xinan"));
    SchoolFile school = [this] {
        test::createSchool(path);
        return SchoolFile::unlockWithPassword(path, QString(), test::secret("correct horse 1"));
    }();
    GridRepository grid { school.db(), QStringLiteral("wang") };

    qint64 add(int grade, const QString &className, const QString &teacher, GridRole role = GridRole::ClassTeacher,
        const QString &phone = QString())
    {
        GridMember m;
        m.grade = grade;
        m.className = className;
        m.teacher = teacher;
        m.role = role;
        m.phone = phone;
        return grid.save(m);
    }
    qint64 addStudent(const QString &no, int grade, const QString &className, StudentStatus status = StudentStatus::Enrolled)
    {
        Student s;
        s.studentNo = no;
        s.name = QStringLiteral("学生") + no.right(3);
        s.grade = grade;
        s.className = className;
        s.status = status;
        return StudentRepository(school.db(), QStringLiteral("wang")).add(s);
    }
    int count(const char *sql)
    {
        Statement st(school.db(), sql);
        REQUIRE(st.step());
        return st.integer(0);
    }
};

QStringList describe(const QList<GridMember> &members)
{
    QStringList out;
    for (const GridMember &m : members)
        out << QStringLiteral("%1/%2/%3/%4").arg(QString::number(m.grade), m.className, gridRoleCode(m.role), m.teacher);
    return out;
}

} // namespace

TEST_CASE("grid role codes and names", "[grid]")
{
    CHECK(gridRoleCode(GridRole::ClassTeacher) == QStringLiteral("class_teacher"));
    CHECK(gridRoleCode(GridRole::Deputy) == QStringLiteral("deputy"));
    CHECK(gridRoleCode(GridRole::GradeLeader) == QStringLiteral("grade_leader"));
    CHECK(gridRoleName(GridRole::ClassTeacher) == QStringLiteral("Class teacher"));
    CHECK(gridRoleName(GridRole::Deputy) == QStringLiteral("Deputy class teacher"));
    CHECK(gridRoleName(GridRole::GradeLeader) == QStringLiteral("Grade leader"));
}

TEST_CASE_METHOD(Fixture, "members sort by grade, class (2班 before 10班), role and teacher", "[grid]")
{
    add(8, QStringLiteral("10班"), QStringLiteral("陈老师"));
    add(8, QStringLiteral("2班"), QStringLiteral("吴老师"), GridRole::GradeLeader);
    add(8, QStringLiteral("2班"), QStringLiteral("杨老师"), GridRole::Deputy);
    add(8, QStringLiteral("2班"), QStringLiteral("龙老师"), GridRole::ClassTeacher, QStringLiteral("138 0000 0001"));
    add(7, QStringLiteral("3班"), QStringLiteral("张老师"));
    add(8, QStringLiteral("2班"), QStringLiteral("B老师"), GridRole::Deputy);
    add(8, QStringLiteral("2班"), QStringLiteral("A老师"), GridRole::Deputy);

    CHECK(describe(grid.members())
        == QStringList { QStringLiteral("7/3班/class_teacher/张老师"), QStringLiteral("8/2班/class_teacher/龙老师"),
            QStringLiteral("8/2班/deputy/A老师"), QStringLiteral("8/2班/deputy/B老师"), QStringLiteral("8/2班/deputy/杨老师"),
            QStringLiteral("8/2班/grade_leader/吴老师"), QStringLiteral("8/10班/class_teacher/陈老师") });
    CHECK(grid.members().at(1).phone == QStringLiteral("138 0000 0001"));

    CHECK(grid.teachersOf(8, QStringLiteral("2班"))
        == QStringList { QStringLiteral("龙老师"), QStringLiteral("A老师"), QStringLiteral("B老师"), QStringLiteral("杨老师"),
            QStringLiteral("吴老师") });
    CHECK(grid.teachersOf(8, QStringLiteral("10班")) == QStringList { QStringLiteral("陈老师") });
    CHECK(grid.teachersOf(9, QStringLiteral("2班")).isEmpty());
}

TEST_CASE_METHOD(Fixture, "saving adds, updates and trims, and each change is audited", "[grid]")
{
    const qint64 id
        = add(7, QStringLiteral(" 1班 "), QStringLiteral("  王  芳 "), GridRole::ClassTeacher, QStringLiteral(" 0855-1234567 "));
    REQUIRE(id > 0);
    QList<GridMember> all = grid.members();
    REQUIRE(all.size() == 1);
    CHECK(all.at(0).id == id);
    CHECK(all.at(0).className == QStringLiteral("1班"));
    CHECK(all.at(0).teacher == QStringLiteral("王 芳"));
    CHECK(all.at(0).phone == QStringLiteral("0855-1234567"));
    QList<AuditEntry> audit = recentAudit(school.db(), 1);
    REQUIRE(audit.size() == 1);
    CHECK(audit.at(0).action == QStringLiteral("create"));
    CHECK(audit.at(0).entity == QStringLiteral("class_grid"));
    CHECK(audit.at(0).entityId == id);
    CHECK(audit.at(0).detail == QStringLiteral("grade 7 class 1班: class_teacher"));
    CHECK_FALSE(audit.at(0).detail.contains(QStringLiteral("王")));

    GridMember changed = all.at(0);
    changed.role = GridRole::Deputy;
    changed.className = QStringLiteral("2班");
    changed.phone.clear();
    CHECK(grid.save(changed) == id);
    all = grid.members();
    REQUIRE(all.size() == 1);
    CHECK(all.at(0).role == GridRole::Deputy);
    CHECK(all.at(0).className == QStringLiteral("2班"));
    CHECK(all.at(0).phone.isEmpty());
    audit = recentAudit(school.db(), 1);
    CHECK(audit.at(0).action == QStringLiteral("update"));
    CHECK(audit.at(0).detail == QStringLiteral("grade 7 class 2班: deputy"));

    // Saving an entry unchanged is not "the same teacher twice".
    CHECK(grid.save(all.at(0)) == id);

    grid.remove(id);
    CHECK(grid.members().isEmpty());
    audit = recentAudit(school.db(), 1);
    CHECK(audit.at(0).action == QStringLiteral("delete"));
    CHECK(audit.at(0).entityId == id);
    CHECK(test::kindOf([&] { grid.remove(id); }) == ErrorKind::Rejected);
}

TEST_CASE_METHOD(Fixture, "bad entries are refused and nothing is written", "[grid]")
{
    const qint64 id = add(7, QStringLiteral("1班"), QStringLiteral("王芳"));
    const int audits = count("SELECT count(*) FROM audit_log");

    GridMember m;
    m.grade = 7;
    m.className = QStringLiteral("1班");
    m.teacher = QStringLiteral("   ");
    CHECK(test::kindOf([&] { grid.save(m); }) == ErrorKind::Rejected);
    m.teacher = QStringLiteral("李明");
    m.className = QStringLiteral("  ");
    CHECK(test::kindOf([&] { grid.save(m); }) == ErrorKind::Rejected);
    m.className = QStringLiteral("1班");
    m.grade = 0;
    CHECK(test::kindOf([&] { grid.save(m); }) == ErrorKind::Rejected);
    m.grade = 16;
    CHECK(test::kindOf([&] { grid.save(m); }) == ErrorKind::Rejected);
    m.grade = 7;
    m.phone = QStringLiteral("问班主任");
    CHECK(test::kindOf([&] { grid.save(m); }) == ErrorKind::Rejected);
    m.phone.clear();
    m.teacher = QString(GridRepository::MaxTeacherLength + 1, u'王');
    CHECK(test::kindOf([&] { grid.save(m); }) == ErrorKind::Rejected);
    // The same teacher twice in one class, whatever the role (and however spaced).
    m.teacher = QStringLiteral(" 王芳 ");
    m.role = GridRole::GradeLeader;
    try {
        grid.save(m);
        FAIL("a teacher listed twice in a class was accepted");
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::Rejected);
        CHECK(e.message().contains(QStringLiteral("王芳")));
    }
    // An id that does not exist.
    m.teacher = QStringLiteral("李明");
    m.id = id + 100;
    CHECK(test::kindOf([&] { grid.save(m); }) == ErrorKind::Rejected);
    // Moving the one entry onto a teacher already in that class is refused too.
    m.id = 0;
    m.role = GridRole::Deputy;
    const qint64 deputy = grid.save(m);
    GridMember clash = grid.members().at(1);
    REQUIRE(clash.id == deputy);
    clash.teacher = QStringLiteral("王芳");
    CHECK(test::kindOf([&] { grid.save(clash); }) == ErrorKind::Rejected);

    CHECK(count("SELECT count(*) FROM class_grid") == 2);
    CHECK(count("SELECT count(*) FROM audit_log") == audits + 1);
    CHECK(grid.teachersOf(7, QStringLiteral("1班")) == QStringList { QStringLiteral("王芳"), QStringLiteral("李明") });
    // The same teacher may answer for another class.
    m.className = QStringLiteral("2班");
    m.teacher = QStringLiteral("王芳");
    CHECK(grid.save(m) > 0);
}

TEST_CASE_METHOD(Fixture, "the grid's classes are those with enrolled students", "[grid]")
{
    addStudent(QStringLiteral("G52000001"), 8, QStringLiteral("10班"));
    addStudent(QStringLiteral("G52000002"), 8, QStringLiteral("2班"));
    addStudent(QStringLiteral("G52000003"), 8, QStringLiteral("2班"));
    addStudent(QStringLiteral("G52000004"), 7, QStringLiteral("5班"));
    addStudent(QStringLiteral("G52000005"), 9, QStringLiteral("1班"), StudentStatus::Graduated);
    addStudent(QStringLiteral("G52000006"), 8, QStringLiteral("10班"), StudentStatus::TransferredOut);

    const QList<GridClass> classes = grid.classes();
    REQUIRE(classes.size() == 3);
    CHECK((classes.at(0).grade == 7 && classes.at(0).className == QStringLiteral("5班") && classes.at(0).enrolled == 1));
    CHECK((classes.at(1).grade == 8 && classes.at(1).className == QStringLiteral("2班") && classes.at(1).enrolled == 2));
    CHECK((classes.at(2).grade == 8 && classes.at(2).className == QStringLiteral("10班") && classes.at(2).enrolled == 1));
}
