// The national student-registry export (全国中小学生学籍信息管理系统, 学生基础信息) imported as it
// comes out of the registry system, end to end into a real encrypted school file: its columns,
// value words and coded forms, 8-digit dates, 就读方式 as the boarding flag, 成员1/成员2 as the
// guardians and 联系电话 as the student's own number. Values that are really wrong are still
// reported by row, column and value. A class list with a parent's phone and no parent's name
// keeps the number, with a note.
#include "error.h"
#include "platform/clock.h"
#include "repo/studentquery.h"
#include "repo/studentrepository.h"
#include "services/rosterimport.h"
#include "services/schoolfile.h"
#include "store/database.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace xinan;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(XINAN_TEST_DATA_DIR "/rosters/") + QString::fromUtf8(name);
}

struct Fixture
{
    clock::testing::FixedClock fixed { QDate(2026, 11, 16) };
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("s.xinan"));
    SchoolFile school = [this] {
        test::createSchool(path);
        return SchoolFile::unlockWithPassword(path, QStringLiteral("wang"), test::secret("correct horse 1"));
    }();
    StudentRepository repo { school.db(), QStringLiteral("wang") };

    ImportPlan plan(const RosterTable &t) { return planRosterImport(school.db(), t, guessRosterMapping(t.headers)); }
    Student student(const char *no)
    {
        const std::optional<Student> s = repo.findByStudentNo(QString::fromLatin1(no));
        REQUIRE(s);
        return *s;
    }
};

int columnOf(const RosterTable &t, const char *header)
{
    return static_cast<int>(t.headers.indexOf(QString::fromUtf8(header)));
}

} // namespace

TEST_CASE("The registry's 学生基础信息 export imports as it comes, GBK CSV and xlsx alike", "[import][registry]")
{
    const char *file = GENERATE("registry_gbk.csv", "registry.xlsx");
    INFO(file);
    Fixture f;
    const RosterTable table = readRoster(fixture(file));
    const QMap<int, RosterField> mapping = guessRosterMapping(table.headers);
    CHECK(mapping.value(columnOf(table, "全国学籍号")) == RosterField::StudentNo);
    CHECK(mapping.value(columnOf(table, "就读方式")) == RosterField::Boarding);
    CHECK(mapping.value(columnOf(table, "成员1姓名")) == RosterField::GuardianName);
    CHECK(mapping.value(columnOf(table, "成员1关系")) == RosterField::GuardianRelation);
    CHECK(mapping.value(columnOf(table, "成员1联系电话")) == RosterField::GuardianPhone);
    CHECK(mapping.value(columnOf(table, "成员2姓名")) == RosterField::Guardian2Name);
    CHECK(mapping.value(columnOf(table, "成员2联系电话")) == RosterField::Guardian2Phone);
    CHECK_FALSE(mapping.contains(columnOf(table, "联系电话"))); // the student's own number

    const ImportPlan p = f.plan(table);
    INFO(formatProblems(p.problems).toStdString());
    CHECK(p.problems.isEmpty());
    CHECK(p.toAdd.size() == 4);
    const ImportResult r = applyRosterImport(f.school.db(), QStringLiteral("wang"), p, {});
    CHECK(r.added == 4);

    const Student qin = f.student("G520100201203150011");
    CHECK(qin.name == QStringLiteral("覃小梅"));
    CHECK(qin.gender == Gender::Female);
    CHECK(qin.birthDate == QDate(2012, 3, 15));
    CHECK(qin.ethnicity == QStringLiteral("布依族"));
    CHECK(qin.grade == 7);
    CHECK(qin.className == QStringLiteral("3班"));
    CHECK(qin.boarding);
    CHECK(qin.specialFlags == LeftBehind);
    REQUIRE(qin.guardians.size() == 2);
    CHECK(qin.guardians.at(0) == Guardian { QStringLiteral("覃大山"), QStringLiteral("父亲"), QStringLiteral("13800000011") });
    CHECK(qin.guardians.at(1) == Guardian { QStringLiteral("韦小花"), QStringLiteral("母亲"), QStringLiteral("13800000012") });

    const Student zeng = f.student("G520100201206010012");
    CHECK(zeng.gender == Gender::Male);
    CHECK(zeng.ethnicity == QStringLiteral("汉族"));
    CHECK_FALSE(zeng.boarding);
    CHECK(zeng.specialFlags == 0);
    REQUIRE(zeng.guardians.size() == 1);
    CHECK(zeng.guardians.first().phone == QStringLiteral("13800000021"));

    const Student shan = f.student("G520100201209090013");
    CHECK(shan.specialFlags == (LeftBehind | Disability));
    REQUIRE(shan.guardians.size() == 1);
    CHECK(shan.guardians.first().phone == QStringLiteral("13800000031")); // not the student's 13900000013

    const Student yang = f.student("G520100201211200014");
    CHECK(yang.boarding);
    CHECK(yang.specialFlags == (Migrant | Orphan));
    CHECK(yang.className == QStringLiteral("4班"));

    // Found by the initials a teacher types, through the student list.
    StudentFilter search;
    search.text = QStringLiteral("qxm");
    const QList<StudentRow> found = StudentQuery(f.school.db()).page(search, StudentSort::Name, true, 0, 10);
    REQUIRE(found.size() == 1);
    CHECK(found.first().name == QStringLiteral("覃小梅"));
}

TEST_CASE(
    "Registry values that are really wrong are reported by row, column and value, and nothing is written", "[import][registry]")
{
    Fixture f;
    const QByteArray csv
        = QStringLiteral("全国学籍号,姓名,性别,出生日期,年级,班级,就读方式,是否留守儿童,残疾类型,成员1姓名,成员1联系电话\n"
                         "G520100201203150021,甲同学,2-女,20120315,七年级,3班,2-住校,单亲留守儿童,无残疾,甲家长,13800000001\n"
                         "G520100201203150022,乙同学,男女,20121315,七年级,3班,骑车,半留守,轻微,乙家长,138000\n")
              .toUtf8();
    const ImportPlan p = f.plan(readRosterFromBytes(csv, QStringLiteral("csv"), QStringLiteral("t.csv")));
    const QString report = formatProblems(p.problems);
    INFO(report.toStdString());
    CHECK(p.invalidRows == QSet<int> { 3 });
    CHECK(report.contains(QStringLiteral("Row 3, 性别, value \"男女\"")));
    CHECK(report.contains(QStringLiteral("Row 3, 出生日期, value \"20121315\"")));
    CHECK(report.contains(QStringLiteral("Row 3, 就读方式, value \"骑车\"")));
    CHECK(report.contains(QStringLiteral("Row 3, 是否留守儿童, value \"半留守\"")));
    CHECK(report.contains(QStringLiteral("Row 3, 残疾类型, value \"轻微\"")));
    CHECK(report.contains(QStringLiteral("Row 3, 成员1联系电话, value \"138000\"")));
    CHECK_THROWS_AS(applyRosterImport(f.school.db(), QStringLiteral("wang"), p, {}), Error);
    CHECK_FALSE(f.repo.findByStudentNo(QStringLiteral("G520100201203150021")));
}

TEST_CASE("A class list with a parent's phone but no parent's name keeps the number with a note", "[import][registry]")
{
    Fixture f;
    const QByteArray csv = QStringLiteral("学籍号,姓名,年级,班级,家长电话\n"
                                          "G520100201203150031,丙同学,七年级,1班,13800000041\n"
                                          "G520100201203150032,丁同学,七年级,1班,\n")
                               .toUtf8();
    const ImportPlan p = f.plan(readRosterFromBytes(csv, QStringLiteral("csv"), QStringLiteral("t.csv")));
    INFO(formatProblems(p.problems).toStdString());
    CHECK(p.problems.isEmpty());
    REQUIRE(p.notes.size() == 1);
    CHECK(p.notes.first().fileRow == 2);
    CHECK(p.notes.first().column == QStringLiteral("家长电话"));
    CHECK(formatProblems(p.notes).contains(QStringLiteral("Row 2, 家长电话, value \"13800000041\"")));
    const ImportResult r = applyRosterImport(f.school.db(), QStringLiteral("wang"), p, {});
    CHECK(r.added == 2);
    const Student bing = f.student("G520100201203150031");
    REQUIRE(bing.guardians.size() == 1);
    CHECK(bing.guardians.first().phone == QStringLiteral("13800000041"));
    CHECK(bing.guardians.first().name == unknownGuardianName());
    CHECK(f.student("G520100201203150032").guardians.isEmpty());
}
