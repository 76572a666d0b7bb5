// Roster import against real encrypted databases: the plan's report, all-or-nothing,
// skip-invalid, re-import of next year's roster, cancel and failure midway.
#include "error.h"
#include "repo/audit.h"
#include "repo/studentquery.h"
#include "repo/studentrepository.h"
#include "services/rosterimport.h"
#include "services/schoolfile.h"
#include "store/database.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <stdexcept>

using namespace xinan;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(XINAN_TEST_DATA_DIR "/rosters/") + QString::fromUtf8(name);
}

struct Fixture
{
    clock::testing::FixedClock fixedClock { test::testNow() }; // first, so that everything below sees it
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("s.xinan"));
    SchoolFile school = [this] {
        test::createSchool(path);
        return SchoolFile::unlockWithPassword(path, QStringLiteral("wang"), test::secret("correct horse 1"));
    }();
    StudentRepository repo { school.db(), QStringLiteral("wang") };

    ImportPlan plan(const char *file)
    {
        const RosterTable t = readRoster(fixture(file));
        return planRosterImport(school.db(), t, guessRosterMapping(t.headers));
    }
    int count(const char *sql)
    {
        Statement st = school.db().prepare(sql);
        st.step();
        return st.integer(0);
    }
    ImportResult importSkipping(const char *file)
    {
        ImportOptions o;
        o.skipInvalid = true;
        return applyRosterImport(school.db(), QStringLiteral("wang"), plan(file), o);
    }
};

const Student *byNo(const QList<Student> &list, const QString &no)
{
    for (const Student &s : list)
        if (s.studentNo == no)
            return &s;
    return nullptr;
}

} // namespace

TEST_CASE_METHOD(Fixture, "The plan reports every bad row with its row, column and value", "[import]")
{
    const char *file = GENERATE("roster_utf8.csv", "roster_utf8_bom.csv", "roster_gbk.csv", "roster.xlsx");
    INFO(file);
    const ImportPlan p = plan(file);
    CHECK(p.totalRows == 10);
    CHECK(p.toAdd.size() == 4);
    CHECK(p.toUpdate.isEmpty());
    CHECK(p.missing.isEmpty());
    CHECK(p.invalidRows == QSet<int> { 6, 7, 8, 9, 10, 11 });
    REQUIRE(p.problems.size() == 6);
    const auto expect = [&](int i, int row, const char *column, const char *value, const char *reason) {
        INFO(i);
        const RowProblem &pr = p.problems.at(i);
        CHECK(pr.fileRow == row);
        CHECK(pr.column == QString::fromUtf8(column));
        CHECK(pr.value == QString::fromUtf8(value));
        CHECK(pr.reason.contains(QString::fromUtf8(reason)));
    };
    expect(0, 6, "出生日期", "2013-13-01", "not a date");
    expect(1, 7, "出生日期", "2013/2/30", "not a date");
    expect(2, 8, "性别", "难", "gender");
    expect(3, 9, "学籍号", "G520100201301010017", "also on row(s) 10");
    expect(4, 10, "学籍号", "g520100201301010017", "also on row(s) 9");
    expect(5, 11, "姓名", "", "name is missing");
    const QString report = formatProblems(p.problems);
    CHECK(report.contains(QStringLiteral("Row 6, 出生日期, value \"2013-13-01\": ")));
    CHECK(report.split(u'\n').size() == 6);
    CHECK(formatProblems(p.problems, 2).split(u'\n').size() == 3);

    // Normalised: stray and full-width spaces, full-width letters and digits, class and ethnicity.
    const Student *zhang = byNo(p.toAdd, QStringLiteral("G520100201301010011"));
    REQUIRE(zhang);
    CHECK(zhang->name == QStringLiteral("张小雨"));
    CHECK(zhang->birthDate == QDate(2013, 5, 1)); // xlsx: from a date serial
    CHECK(zhang->grade == 4);
    CHECK(zhang->className == QStringLiteral("3班"));
    CHECK(zhang->ethnicity == QStringLiteral("苗族"));
    CHECK(zhang->specialFlags == LeftBehind);
    CHECK(zhang->guardians
        == QList<Guardian> { { QStringLiteral("张大山"), QStringLiteral("父亲"), QStringLiteral("13800000001") } });
    const Student *li = byNo(p.toAdd, QStringLiteral("G520100201301010012"));
    REQUIRE(li);
    CHECK(li->name == QStringLiteral("李明"));
    CHECK(li->guardians.value(0).phone == QStringLiteral("13800000002"));
    const Student *wang = byNo(p.toAdd, QStringLiteral("GA12345678"));
    REQUIRE(wang);
    CHECK(wang->birthDate == QDate(2013, 5, 3));
    CHECK(wang->className == QStringLiteral("3班"));
    CHECK(wang->ethnicity == QStringLiteral("布依族"));
    CHECK(wang->specialFlags == LeftBehind);
    const Student *zheng = byNo(p.toAdd, QStringLiteral("G520100201301010020"));
    REQUIRE(zheng);
    CHECK(zheng->birthDate == QDate(2013, 9, 1));
    CHECK(zheng->className == QStringLiteral("1班"));
}

TEST_CASE_METHOD(Fixture, "A roster with problems writes nothing unless invalid rows are skipped", "[import]")
{
    const ImportPlan p = plan("roster_utf8.csv");
    const QByteArray before = test::readBytes(path);
    CHECK(test::kindOf([&] { applyRosterImport(school.db(), QStringLiteral("wang"), p, {}); }) == ErrorKind::Rejected);
    CHECK(count("SELECT count(*) FROM students") == 0);
    CHECK(count("SELECT count(*) FROM audit_log WHERE action = 'import'") == 0);
    CHECK(test::readBytes(path) == before);

    const ImportResult r = importSkipping("roster.xlsx");
    CHECK(r.added == 4);
    CHECK(r.updated == 0);
    CHECK(r.skippedRows == 6);
    CHECK(repo.list().size() == 4);
    CHECK(count("SELECT count(*) FROM guardians") == 4);
    CHECK(count("SELECT count(*) FROM audit_log WHERE action = 'create' AND entity = 'student'") == 4);
    CHECK(count("SELECT count(*) FROM audit_log WHERE action = 'import' AND detail LIKE 'roster.xlsx:%'") == 1);
    // Searchable like any student: pinyin initials of 张小雨.
    StudentQuery query(school.db());
    const auto search = [&query](const QString &text, int grade = 0, const QString &className = {}) {
        StudentFilter f;
        f.text = text;
        f.grade = grade;
        f.className = className;
        return query.page(f, StudentSort::Grade, true, 0, 1000);
    };
    const QList<StudentRow> found = search(QStringLiteral("zxy"));
    REQUIRE(found.size() == 1);
    CHECK(found.first().studentNo == QStringLiteral("G520100201301010011"));
    CHECK(search({}, 4, QStringLiteral("3班")).size() == 3);
    CHECK(search(QStringLiteral("ga1234")).size() == 1);
    CHECK(search(QStringLiteral("%")).isEmpty());
}

// In 2045 the fixtures' 2013 birth dates are more than 30 years ago: every row is refused by
// its row, column and value, nothing is imported, and the tests that look the students up
// afterwards fail with a message instead of dereferencing an empty lookup (which crashed with
// SIGSEGV when the tests still read the real date).
TEST_CASE_METHOD(
    Fixture, "Birth dates that are no longer plausible are refused by row and column, nothing is imported", "[import]")
{
    clock::testing::FixedClock in2045(QDate(2045, 3, 1));
    const ImportPlan p = plan("roster_utf8.csv");
    CHECK(p.toAdd.isEmpty());
    int implausible = 0;
    for (const RowProblem &problem : p.problems) {
        if (!problem.reason.contains(QStringLiteral("not plausible")))
            continue;
        ++implausible;
        INFO(problem.fileRow);
        CHECK(problem.column == QStringLiteral("出生日期"));
        CHECK(problem.value.startsWith(QStringLiteral("2013")));
        CHECK(problem.reason.contains(problem.value.left(4)));
    }
    CHECK(implausible == 8); // every row whose date parses (rows 6 and 7 hold no real date)
    const ImportResult r = importSkipping("roster_utf8.csv");
    CHECK(r.added == 0);
    CHECK(count("SELECT count(*) FROM students") == 0);
    CHECK_FALSE(repo.findByStudentNo(QStringLiteral("G520100201301010011")).has_value());
    CHECK_THROWS_AS(repo.findByStudentNo(QStringLiteral("G520100201301010011")).value(), std::bad_optional_access);
}

TEST_CASE_METHOD(Fixture, "Next year's roster updates grade and class by 学籍号 without duplicates", "[import]")
{
    importSkipping("roster_utf8.csv");
    const Student zhangBefore = repo.findByStudentNo(QStringLiteral("G520100201301010011")).value();

    const ImportPlan p = plan("roster_next_year.csv");
    CHECK(p.problems.isEmpty());
    REQUIRE(p.toAdd.size() == 1);
    CHECK(p.toAdd.first().studentNo == QStringLiteral("G520100201301010030"));
    CHECK(p.toUpdate.size() == 2);
    CHECK(p.unchanged == QStringList { QStringLiteral("GA12345678") });
    REQUIRE(p.missing.size() == 1);
    CHECK(p.missing.first().studentNo == QStringLiteral("G520100201301010020"));
    CHECK_FALSE(p.mapsGuardians);

    const ImportResult r = applyRosterImport(school.db(), QStringLiteral("wang"), p, {});
    CHECK(r.added == 1);
    CHECK(r.updated == 2);
    CHECK(r.unchanged == 1);
    CHECK(count("SELECT count(*) FROM students") == 5);
    const Student zhang = repo.findByStudentNo(QStringLiteral("G520100201301010011")).value();
    CHECK(zhang.id == zhangBefore.id);
    CHECK(zhang.grade == 5);
    CHECK(zhang.className == QStringLiteral("1班"));
    // Columns the file does not have keep their stored values, guardians included.
    CHECK(zhang.birthDate == zhangBefore.birthDate);
    CHECK(zhang.ethnicity == zhangBefore.ethnicity);
    CHECK(zhang.specialFlags == zhangBefore.specialFlags);
    CHECK(zhang.guardians == zhangBefore.guardians);
    // The student missing from the roster is reported, not changed.
    const Student zheng = repo.findByStudentNo(QStringLiteral("G520100201301010020")).value();
    CHECK(zheng.grade == 4);
    CHECK(zheng.status == StudentStatus::Enrolled);

    // The same file again: nothing left to change.
    const ImportPlan again = plan("roster_next_year.csv");
    CHECK(again.toAdd.isEmpty());
    CHECK(again.toUpdate.isEmpty());
    CHECK(again.unchanged.size() == 4);

    // A file with guardian columns replaces the guardians of the students it names.
    const RosterTable t = readRosterFromBytes(QByteArrayLiteral("学籍号,姓名,监护人,关系,手机\n"
                                                                "G520100201301010011,张小雨,张奶奶,祖母,13900000009\n"),
        QStringLiteral("csv"), QStringLiteral("g.csv"));
    const ImportPlan g = planRosterImport(school.db(), t, guessRosterMapping(t.headers));
    REQUIRE(g.toUpdate.size() == 1);
    applyRosterImport(school.db(), QStringLiteral("wang"), g, {});
    CHECK(repo.findByStudentNo(QStringLiteral("G520100201301010011")).value().guardians
        == QList<Guardian> { { QStringLiteral("张奶奶"), QStringLiteral("祖母"), QStringLiteral("13900000009") } });
}

TEST_CASE_METHOD(Fixture, "Cancelling or failing midway leaves the database as it was", "[import]")
{
    importSkipping("roster_utf8.csv");
    const ImportPlan next = plan("roster_next_year.csv");
    const QByteArray before = test::readBytes(path);
    const int audit = count("SELECT count(*) FROM audit_log");

    SECTION("cancel")
    {
        ImportOptions o;
        QList<int> seen;
        o.progress = [&](int done, int total) {
            seen << done;
            CHECK(total == 3);
            return done < 2;
        };
        try {
            applyRosterImport(school.db(), QStringLiteral("wang"), next, o);
            FAIL("not cancelled");
        } catch (const Error &e) {
            CHECK(e.kind() == ErrorKind::Other);
            CHECK(e.message().contains(QStringLiteral("cancelled")));
        }
        CHECK(seen == QList<int> { 0, 1, 2 });
    }
    SECTION("the progress callback throws")
    {
        ImportOptions o;
        o.progress = [](int done, int) {
            if (done == 2)
                throw std::runtime_error("worker interrupted");
            return true;
        };
        CHECK_THROWS_AS(applyRosterImport(school.db(), QStringLiteral("wang"), next, o), std::runtime_error);
    }
    SECTION("the third student breaks a database rule")
    {
        ImportPlan bad = next;
        Student clash = bad.toAdd.first();
        clash.name = QStringLiteral("重复者");
        bad.toAdd.append(clash); // the same 学籍号 twice
        try {
            applyRosterImport(school.db(), QStringLiteral("wang"), bad, {});
            FAIL("not refused");
        } catch (const Error &e) {
            CHECK(e.kind() == ErrorKind::Rejected);
            CHECK(e.message().contains(QStringLiteral("nothing was written")));
        }
    }
    CHECK(count("SELECT count(*) FROM students") == 4);
    CHECK(count("SELECT count(*) FROM audit_log") == audit);
    CHECK(repo.findByStudentNo(QStringLiteral("G520100201301010011")).value().grade == 4);
    CHECK(test::readBytes(path) == before);
    // And the connection is still usable afterwards.
    CHECK(applyRosterImport(school.db(), QStringLiteral("wang"), next, {}).updated == 2);
}

TEST_CASE_METHOD(Fixture, "A mapping without 学籍号 or name is refused", "[import]")
{
    const RosterTable t = readRoster(fixture("roster_utf8.csv"));
    QMap<int, RosterField> m = guessRosterMapping(t.headers);
    m.remove(0);
    CHECK(test::kindOf([&] { planRosterImport(school.db(), t, m); }) == ErrorKind::Rejected);
    // Grade only in the class column ("三年级3班"), no grade column.
    const RosterTable c = readRosterFromBytes(QByteArrayLiteral("学籍号,姓名,班级\nG0000001,张三,三年级3班\nG0000002,李四,3班\n"),
        QStringLiteral("csv"), QStringLiteral("c.csv"));
    const ImportPlan p = planRosterImport(school.db(), c, guessRosterMapping(c.headers));
    REQUIRE(p.toAdd.size() == 1);
    CHECK(p.toAdd.first().grade == 3);
    CHECK(p.toAdd.first().className == QStringLiteral("3班"));
    REQUIRE(p.problems.size() == 1);
    CHECK(p.problems.first().fileRow == 3);
    CHECK(p.problems.first().reason.contains(QStringLiteral("grade is missing")));
}
