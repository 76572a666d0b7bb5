// Home-visit import (家访记录导入): the sheets class teachers keep, in GBK CSV and in xlsx, with
// classes and dates written as teachers write them; bad rows reported by row, column, value and
// why; all or nothing, or the valid rows only; a class teacher's rows outside their classes refused.
#include "error.h"
#include "repo/homevisitrepository.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"
#include "services/visitimport.h"
#include "store/access.h"
#include "store/database.h"
#include "testsupport.h"
#include "visitsheets.h"

#include <catch2/catch.hpp>

using namespace xinan;

namespace {

struct Fixture
{
    clock::testing::FixedClock fixed { test::testNow() }; // Mon 2026-11-16 10:00
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("s.xinan"));
    SchoolFile school = [this] {
        test::createSchool(path);
        return SchoolFile::unlockWithPassword(path, QString(), test::secret("correct horse 1"));
    }();
    qint64 longXiaoyu = add("G520100001", QStringLiteral("龙小雨"), 7, QStringLiteral("1班"));
    qint64 wuDashan = add("G520100002", QStringLiteral("吴大山"), 7, QStringLiteral("1班"));
    qint64 yangHua1 = add("G520100003", QStringLiteral("杨花"), 7, QStringLiteral("1班"));
    qint64 yangHua2 = add("G520100004", QStringLiteral("杨花"), 7, QStringLiteral("1班"));
    qint64 wangFang = add("G520100005", QStringLiteral("王芳"), 7, QStringLiteral("2班"));
    qint64 liMing = add("G520100006", QStringLiteral("李明"), 8, QStringLiteral("1班"));
    qint64 chenChen = add("G520100007", QStringLiteral("陈晨"), 7, QStringLiteral("1班"), StudentStatus::Suspended);

    qint64 add(
        const char *no, const QString &name, int grade, const QString &className, StudentStatus status = StudentStatus::Enrolled)
    {
        Student s;
        s.studentNo = QString::fromLatin1(no);
        s.name = name;
        s.grade = grade;
        s.className = className;
        s.status = status;
        return StudentRepository(school.db(), QStringLiteral("wang")).add(s);
    }
    VisitSheet csv(const QByteArray &bytes)
    {
        return readVisitSheetFromBytes(bytes, QStringLiteral("csv"), QStringLiteral("家访记录.csv"));
    }
    VisitImportPlan plan(const VisitSheet &sheet) { return planVisitImport(school.db(), sheet); }
    void asClassTeacher()
    {
        school.db().setAccess(
            Access::forAccount(QStringLiteral("yang"), AccountRole::ClassTeacher, { ClassRef { 7, QStringLiteral("1班") } }, {}));
    }
    QList<HomeVisit> visitsOf(qint64 student)
    {
        return HomeVisitRepository(school.db(), QStringLiteral("wang")).studentVisits(student);
    }
};

const RowProblem *problemOn(const VisitImportPlan &plan, int row)
{
    for (const RowProblem &p : plan.problems)
        if (p.fileRow == row)
            return &p;
    return nullptr;
}

// The sheet of the brief's bad rows: an unknown student, an ambiguous name, a bad date, an unknown
// form; rows 2–4 are good (three ways of writing the class and the date).
const QString GbkSheet
    = QStringLiteral("序号,姓名,班级,家访日期,家访形式,家访教师,家访内容,家长意见,家庭情况\r\n"
                     "1,龙小雨,七(1)班,2026-10-15,实地,王老师、wang,在家能按时完成作业,希望多和孩子沟通,单亲 由奶奶照顾(隔代)\r\n"
                     "2,吴大山,七年级1班,2026/10/16,电话家访,王老师,,,\r\n"
                     "3,李明,初二（1）班,2026年10月17日 14:30,微信视频,王老师 李老师,,,\r\n"
                     "4,张无名,七(1)班,2026-10-15,实地,王老师,,,\r\n"
                     "5,杨花,七(1)班,2026-10-15,上门,王老师,,,\r\n"
                     "6,王芳,七(2)班,2026-10-32,实地,王老师,,,\r\n"
                     "7,王芳,七(2)班,2026-10-18,飞鸽传书,王老师,,,\r\n");

} // namespace

TEST_CASE("visit import reads classes, forms, dates and teachers as teachers write them", "[visitimport]")
{
    clock::testing::FixedClock fixed { test::testNow() };
    int grade = -1;
    CHECK(visitimport::parseClass(QStringLiteral("七(1)班"), &grade) == QStringLiteral("1班"));
    CHECK(grade == 7);
    CHECK(visitimport::parseClass(QStringLiteral("七年级1班"), &grade) == QStringLiteral("1班"));
    CHECK(grade == 7);
    CHECK(visitimport::parseClass(QStringLiteral("初一(1)班"), &grade) == QStringLiteral("1班"));
    CHECK(grade == 7);
    CHECK(visitimport::parseClass(QStringLiteral("初二（3）班"), &grade) == QStringLiteral("3班"));
    CHECK(grade == 8);
    CHECK(visitimport::parseClass(QStringLiteral("7.1"), &grade) == QStringLiteral("1班"));
    CHECK(grade == 7);
    CHECK(visitimport::parseClass(QStringLiteral("8-12班"), &grade) == QStringLiteral("12班"));
    CHECK(grade == 8);
    CHECK(visitimport::parseClass(QStringLiteral("(2)班"), &grade) == QStringLiteral("2班"));
    CHECK(grade == 0);

    CHECK(visitimport::parseForm(QStringLiteral("实地")) == VisitForm::Onsite);
    CHECK(visitimport::parseForm(QStringLiteral("上门家访")) == VisitForm::Onsite);
    CHECK(visitimport::parseForm(QStringLiteral("入户")) == VisitForm::Onsite);
    CHECK(visitimport::parseForm(QStringLiteral("走访")) == VisitForm::Onsite);
    CHECK(visitimport::parseForm(QStringLiteral("电话")) == VisitForm::Phone);
    CHECK(visitimport::parseForm(QStringLiteral("微信视频")) == VisitForm::Video);
    CHECK(visitimport::parseForm(QStringLiteral("家长到校约谈")) == VisitForm::School);
    CHECK(visitimport::parseForm(QStringLiteral("来校")) == VisitForm::School);
    CHECK_FALSE(visitimport::parseForm(QStringLiteral("飞鸽传书")));
    CHECK_FALSE(visitimport::parseForm(QString()));

    CHECK(visitimport::parsePurpose(QString()) == VisitPurpose::Routine);
    CHECK(visitimport::parsePurpose(QStringLiteral("重点关注")) == VisitPurpose::Key);
    CHECK(visitimport::parsePurpose(QStringLiteral("复学后回访")) == VisitPurpose::PostReturn);
    CHECK_FALSE(visitimport::parsePurpose(QStringLiteral("随便看看")));

    const auto at = [](const char *text, bool serials = false) {
        return visitimport::parseDateTime(QString::fromUtf8(text), serials, false);
    };
    const QDateTime oct15(QDate(2026, 10, 15), QTime(0, 0));
    CHECK(at("2026-10-15") == oct15);
    CHECK(at("2026/10/15") == oct15);
    CHECK(at("2026.10.15") == oct15);
    CHECK(at("2026年10月15日") == oct15);
    CHECK(at("20261015") == oct15);
    CHECK(at("2026-10-15 14:30") == QDateTime(QDate(2026, 10, 15), QTime(14, 30)));
    CHECK(at("2026年10月15日 下午3点") == QDateTime(QDate(2026, 10, 15), QTime(15, 0)));
    CHECK(at("10月15日") == oct15); // no year: the latest such day not after today (16 Nov 2026)
    CHECK(at("12月20日") == QDateTime(QDate(2025, 12, 20), QTime(0, 0)));
    CHECK(at("46310", true) == QDateTime(QDate(2026, 10, 15), QTime(0, 0)));
    CHECK(at("46310.625", true) == QDateTime(QDate(2026, 10, 15), QTime(15, 0)));
    CHECK_FALSE(at("46310").isValid()); // a number in a CSV is no date
    CHECK_FALSE(at("2026-10-32").isValid());
    CHECK_FALSE(at("2026-02-30").isValid());
    CHECK_FALSE(at("下周三").isValid());

    CHECK(visitimport::splitNames(QStringLiteral("王老师、李老师，张三, 赵四 钱五"))
        == QStringList { QStringLiteral("王老师"), QStringLiteral("李老师"), QStringLiteral("张三"), QStringLiteral("赵四"),
            QStringLiteral("钱五") });
    CHECK(visitimport::familyTagsIn(QStringLiteral("单亲，留守，由爷爷奶奶隔代抚养，低保户"))
        == QStringList { QStringLiteral("single_parent"), QStringLiteral("left_behind"), QStringLiteral("grandparents"),
            QStringLiteral("low_income") });
}

TEST_CASE("visit import finds its columns under their synonyms", "[visitimport]")
{
    const auto columns = guessVisitColumns({ QStringLiteral("学生姓名"), QStringLiteral("所在班级"), QStringLiteral("学籍编号"),
        QStringLiteral("日期"), QStringLiteral("时间"), QStringLiteral("方式"), QStringLiteral("走访人"), QStringLiteral("情况"),
        QStringLiteral("家长建议"), QStringLiteral("家访目的"), QStringLiteral("接待人"), QStringLiteral("关系"),
        QStringLiteral("备注") });
    CHECK(columns.value(VisitColumn::Name) == 0);
    CHECK(columns.value(VisitColumn::ClassName) == 1);
    CHECK(columns.value(VisitColumn::StudentNo) == 2);
    CHECK(columns.value(VisitColumn::Date) == 3);
    CHECK(columns.value(VisitColumn::Time) == 4); // 时间 beside 日期: the time of day
    CHECK(columns.value(VisitColumn::Form) == 5);
    CHECK(columns.value(VisitColumn::Visitors) == 6);
    CHECK(columns.value(VisitColumn::StudentAtHome) == 7);
    CHECK(columns.value(VisitColumn::ParentsViews) == 8);
    CHECK(columns.value(VisitColumn::Purpose) == 9);
    CHECK(columns.value(VisitColumn::MetWhom) == 10);
    CHECK(columns.value(VisitColumn::MetRelation) == 11);
    CHECK(columns.size() == 12); // 备注 is left out

    const auto alone = guessVisitColumns({ QStringLiteral("姓名"), QStringLiteral("时间"), QStringLiteral("家访记录") });
    CHECK(alone.value(VisitColumn::Date) == 1); // 时间 alone: the date (and time)
    CHECK_FALSE(alone.contains(VisitColumn::Time));
    CHECK(alone.value(VisitColumn::StudentAtHome) == 2);

    // 联系方式 (a phone number) is no form of visit; 家访形式(必填) is.
    const auto phone = guessVisitColumns({ QStringLiteral("联系方式"), QStringLiteral("家访形式(必填)") });
    CHECK(phone.value(VisitColumn::Form) == 1);
    CHECK(phone.size() == 1);
}

TEST_CASE_METHOD(
    Fixture, "a GBK visit sheet with bad rows: reported by row, column and value, all or nothing writes nothing", "[visitimport]")
{
    const VisitSheet sheet = csv(test::gbk(GbkSheet));
    CHECK(sheet.encoding == QStringLiteral("GB18030"));
    CHECK(sheet.headerRow == 1);
    const VisitImportPlan p = plan(sheet);
    CHECK(p.totalRows == 7);
    REQUIRE(p.valid.size() == 3);
    CHECK(p.invalidRows == QSet<int> { 5, 6, 7, 8 });

    const RowProblem *unknown = problemOn(p, 5);
    REQUIRE(unknown);
    CHECK(unknown->column == QStringLiteral("班级"));
    CHECK(unknown->value == QStringLiteral("七(1)班"));
    CHECK(unknown->reason.contains(QStringLiteral("张无名")));
    const RowProblem *ambiguous = problemOn(p, 6);
    REQUIRE(ambiguous);
    CHECK(ambiguous->reason.contains(QStringLiteral("2 students are called 杨花")));
    CHECK(ambiguous->reason.contains(QStringLiteral("学籍号")));
    const RowProblem *date = problemOn(p, 7);
    REQUIRE(date);
    CHECK(date->column == QStringLiteral("家访日期"));
    CHECK(date->value == QStringLiteral("2026-10-32"));
    const RowProblem *form = problemOn(p, 8);
    REQUIRE(form);
    CHECK(form->column == QStringLiteral("家访形式"));
    CHECK(form->value == QStringLiteral("飞鸽传书"));
    const QString report = formatProblems(p.problems);
    CHECK(report.contains(QStringLiteral("Row 8, 家访形式, value \"飞鸽传书\"")));

    const VisitImportRow &first = p.valid.at(0);
    CHECK(first.fileRow == 2);
    CHECK(first.visit.studentIds == QList<qint64> { longXiaoyu });
    CHECK(first.visit.visitedAt == QDateTime(QDate(2026, 10, 15), QTime(0, 0)));
    CHECK(first.visit.form == VisitForm::Onsite);
    CHECK(first.visit.purpose == VisitPurpose::Routine);
    CHECK(first.visit.imported);
    REQUIRE(first.visit.visitors.size() == 2);
    CHECK(first.visit.visitors.at(0) == Visitor { VisitorRole::ClassTeacher, QString(), QStringLiteral("王老师") });
    CHECK(first.visit.visitors.at(1) == Visitor { VisitorRole::Counsellor, QStringLiteral("wang"), QStringLiteral("wang") });
    CHECK(first.visit.studentAtHome == QStringLiteral("在家能按时完成作业"));
    CHECK(first.visit.parentsViews == QStringLiteral("希望多和孩子沟通"));
    CHECK(first.visit.familyTags == QStringList { QStringLiteral("single_parent"), QStringLiteral("grandparents") });
    CHECK(p.valid.at(1).visit.form == VisitForm::Phone);
    CHECK(p.valid.at(2).visit.studentIds == QList<qint64> { liMing });
    CHECK(p.valid.at(2).visit.visitedAt == QDateTime(QDate(2026, 10, 17), QTime(14, 30)));
    CHECK(p.valid.at(2).visit.form == VisitForm::Video);

    const QString before = test::databaseContents(path);
    CHECK_THROWS_MATCHES(
        applyVisitImport(school.db(), QStringLiteral("wang"), p, false), Error, test::HasKind(ErrorKind::Rejected));
    CHECK(test::databaseContents(path) == before);
    CHECK(visitsOf(longXiaoyu).isEmpty());
}

TEST_CASE_METHOD(Fixture, "valid rows only records the good rows, and importing the sheet again adds nothing", "[visitimport]")
{
    const VisitSheet sheet = csv(test::gbk(GbkSheet));
    const VisitImportResult r = applyVisitImport(school.db(), QStringLiteral("wang"), plan(sheet), true);
    CHECK(r.imported == 3);
    CHECK(r.skippedRows == 4);
    const QList<HomeVisit> visits = visitsOf(longXiaoyu);
    REQUIRE(visits.size() == 1);
    CHECK(visits.first().imported);
    CHECK(visits.first().form == VisitForm::Onsite);
    CHECK(visits.first().visitors.size() == 2);
    CHECK(visitsOf(wuDashan).size() == 1);
    CHECK(visitsOf(liMing).size() == 1);
    CHECK(visitsOf(wangFang).isEmpty());

    // The same sheet again: the good rows are now already recorded.
    const VisitImportPlan again = plan(sheet);
    CHECK(again.valid.isEmpty());
    REQUIRE(problemOn(again, 2));
    CHECK(problemOn(again, 2)->reason.contains(QStringLiteral("already recorded")));
    const QString before = test::databaseContents(path);
    CHECK(applyVisitImport(school.db(), QStringLiteral("wang"), again, true).imported == 0);
    CHECK(test::databaseContents(path) == before);
}

TEST_CASE_METHOD(Fixture, "an xlsx visit sheet with separate grade and class columns and real spreadsheet dates", "[visitimport]")
{
    const QList<QStringList> rows {
        { QStringLiteral("2026年秋季学期 七年级家访登记表") }, // a title row above the header
        { QStringLiteral("学籍号"), QStringLiteral("学生姓名"), QStringLiteral("年级"), QStringLiteral("班级"),
            QStringLiteral("家访日期"), QStringLiteral("时间"), QStringLiteral("家访方式"), QStringLiteral("走访人"),
            QStringLiteral("家访记录"), QStringLiteral("家长建议"), QStringLiteral("家访目的"), QStringLiteral("接待人"),
            QStringLiteral("关系") },
        { QString(), QStringLiteral("龙小雨"), QStringLiteral("七年级"), QStringLiteral("1班"),
            u'#' + test::serialOf(QDate(2026, 9, 20)), QStringLiteral("#0.375"), QStringLiteral("入户"), QStringLiteral("王老师"),
            QStringLiteral("孩子性格开朗"), QStringLiteral("多表扬"), QStringLiteral("重点关注"), QStringLiteral("龙某某"),
            QStringLiteral("母亲") },
        { QString(), QStringLiteral("吴大山"), QStringLiteral("初一"), QStringLiteral("(1)班"), QStringLiteral("2026-09-21"),
            QString(), QStringLiteral("到校约谈"), QStringLiteral("王老师"), QString(), QString(), QString(), QString(),
            QString() },
        { QStringLiteral("G520100004"), QStringLiteral("杨花"), QStringLiteral("七年级"), QStringLiteral("1班"),
            u'#' + test::serialOf(QDate(2026, 9, 22)), QString(), QStringLiteral("电话"), QStringLiteral("王老师"), QString(),
            QString(), QString(), QString(), QString() },
        { QStringLiteral("G520100007"), QStringLiteral("陈晨"), QStringLiteral("七年级"), QStringLiteral("1班"),
            u'#' + test::serialOf(QDate(2026, 9, 22)), QString(), QStringLiteral("电话"), QStringLiteral("王老师"), QString(),
            QString(), QString(), QString(), QString() },
        { QStringLiteral("G520100001"), QStringLiteral("吴大山"), QStringLiteral("七年级"), QStringLiteral("1班"),
            u'#' + test::serialOf(QDate(2026, 9, 23)), QString(), QStringLiteral("电话"), QStringLiteral("王老师"), QString(),
            QString(), QString(), QString(), QString() },
        { QString(), QStringLiteral("王芳"), QStringLiteral("七年级"), QStringLiteral("2班"),
            u'#' + test::serialOf(QDate(2026, 12, 1)), QString(), QStringLiteral("实地"), QString(), QString(), QString(),
            QString(), QString(), QString() },
    };
    const VisitSheet sheet
        = readVisitSheetFromBytes(test::xlsxOf(rows), QStringLiteral("xlsx"), QStringLiteral("七年级家访.xlsx"));
    CHECK(sheet.format == QStringLiteral("xlsx"));
    CHECK(sheet.headerRow == 2);
    const VisitImportPlan p = plan(sheet);
    REQUIRE(p.valid.size() == 3);
    const HomeVisit &first = p.valid.at(0).visit;
    CHECK(p.valid.at(0).fileRow == 3);
    CHECK(first.studentIds == QList<qint64> { longXiaoyu });
    CHECK(first.visitedAt == QDateTime(QDate(2026, 9, 20), QTime(9, 0)));
    CHECK(first.form == VisitForm::Onsite);
    CHECK(first.purpose == VisitPurpose::Key);
    CHECK(first.metWhom == QStringLiteral("龙某某"));
    CHECK(first.metRelation == QStringLiteral("母亲"));
    CHECK(first.studentAtHome == QStringLiteral("孩子性格开朗"));
    CHECK(first.parentsViews == QStringLiteral("多表扬"));
    CHECK(p.valid.at(1).visit.studentIds == QList<qint64> { wuDashan });
    CHECK(p.valid.at(1).visit.form == VisitForm::School);
    CHECK(p.valid.at(2).visit.studentIds == QList<qint64> { yangHua2 }); // the 学籍号 settles the name

    CHECK(p.invalidRows == QSet<int> { 6, 7, 8 });
    REQUIRE(problemOn(p, 6));
    CHECK(problemOn(p, 6)->reason.contains(QStringLiteral("not enrolled")));
    REQUIRE(problemOn(p, 7));
    CHECK(problemOn(p, 7)->column == QStringLiteral("学生姓名"));
    CHECK(problemOn(p, 7)->reason.contains(QStringLiteral("龙小雨")));
    QStringList row8;
    for (const RowProblem &problem : p.problems)
        if (problem.fileRow == 8)
            row8 << problem.column;
    CHECK(row8.contains(QStringLiteral("家访日期"))); // in the future
    CHECK(row8.contains(QStringLiteral("走访人"))); // nobody visited

    const VisitImportResult r = applyVisitImport(school.db(), QStringLiteral("wang"), p, true);
    CHECK(r.imported == 3);
    CHECK(visitsOf(yangHua2).size() == 1);
    CHECK(visitsOf(yangHua1).isEmpty());
}

TEST_CASE_METHOD(Fixture, "a class teacher's sheet: students outside their classes are refused by name", "[visitimport]")
{
    asClassTeacher();
    const VisitImportPlan p = plan(csv(test::gbk(GbkSheet)));
    // 龙小雨 and 吴大山 are of 七(1)班; 李明 (八年级) and 王芳 (七(2)班) are not the teacher's.
    REQUIRE(p.valid.size() == 2);
    REQUIRE(problemOn(p, 4));
    CHECK(problemOn(p, 4)->reason.contains(QStringLiteral("李明")));
    CHECK(problemOn(p, 4)->reason.contains(QStringLiteral("not a student of your classes")));
    QStringList wangFang;
    for (const RowProblem &problem : p.problems)
        if (problem.fileRow == 7 || problem.fileRow == 8)
            if (problem.reason.contains(QStringLiteral("王芳")))
                wangFang << problem.reason;
    CHECK(wangFang.size() == 2);

    // By 学籍号 the same.
    const VisitImportPlan byNo = plan(csv(QStringLiteral("学籍号,家访日期,家访形式,家访教师\n"
                                                         "G520100005,2026-10-15,实地,杨老师\n"
                                                         "G520100001,2026-10-15,实地,杨老师\n")
                                              .toUtf8()));
    CHECK(byNo.valid.size() == 1);
    REQUIRE(problemOn(byNo, 2));
    CHECK(problemOn(byNo, 2)->reason.contains(QStringLiteral("not a student of your classes")));

    // By name alone: a student of another class is not found among the teacher's.
    const VisitImportPlan byName
        = plan(csv(QStringLiteral("姓名,家访日期,家访形式,家访教师\n王芳,2026-10-15,实地,杨老师\n").toUtf8()));
    REQUIRE(problemOn(byName, 2));
    CHECK(problemOn(byName, 2)->reason.contains(QStringLiteral("no student of your classes is called 王芳")));

    const VisitImportResult r = applyVisitImport(school.db(), QStringLiteral("yang"), p, true);
    CHECK(r.imported == 2);
    CHECK(visitsOf(longXiaoyu).size() == 1);
}

TEST_CASE_METHOD(
    Fixture, "a visit sheet without a required column, or an account that may not record visits, is refused", "[visitimport]")
{
    try {
        plan(csv(QByteArrayLiteral("姓名,班级,家访内容\n龙小雨,七(1)班,很好\n")));
        FAIL("not refused");
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::Rejected);
        CHECK(e.message().contains(QStringLiteral("家访日期")));
        CHECK(e.message().contains(QStringLiteral("家访形式")));
        CHECK(e.message().contains(QStringLiteral("家访教师")));
    }
    CHECK_THROWS_MATCHES(csv(QByteArrayLiteral("备注,其他\n1,2\n")), Error, test::HasKind(ErrorKind::Rejected));
    school.db().setAccess(Access::forAccount(QStringLiteral("zhou"), AccountRole::Head, {}, {}));
    CHECK_THROWS_MATCHES(plan(csv(test::gbk(GbkSheet))), Error, test::HasKind(ErrorKind::Denied));
}
