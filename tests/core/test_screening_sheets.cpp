// Screening sheets as survey tools export them: every question numbered (the identity questions
// too), items found by their wording, option texts written many ways, and answers coded by the
// option's position (问卷星 按序号: 1–4) instead of its score (0–3).
#include "error.h"
#include "repo/riskrepository.h"
#include "repo/screeningrepository.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"
#include "services/screeningimport.h"
#include "store/database.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace xinan;

namespace {

struct Fixture
{
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("s.xinan"));
    SchoolFile school = [this] {
        test::createSchool(path);
        return SchoolFile::unlockWithPassword(path, QString(), test::secret("correct horse 1"));
    }();
    Instrument phq9 = *findInstrument(QStringLiteral("phq9"));

    Fixture()
    {
        add("G100001", QStringLiteral("张小雨"), QStringLiteral("3班"));
        add("G100002", QStringLiteral("李明"), QStringLiteral("3班"));
        add("G100003", QStringLiteral("王芳"), QStringLiteral("2班"));
    }
    qint64 add(const char *no, const QString &name, const QString &className)
    {
        Student s;
        s.studentNo = QString::fromLatin1(no);
        s.name = name;
        s.grade = 4;
        s.className = className;
        return StudentRepository(school.db(), QStringLiteral("wang")).add(s);
    }
    ScreeningSheet sheet(const QString &csv)
    {
        return readScreeningSheetFromBytes(csv.toUtf8(), QStringLiteral("csv"), QStringLiteral("t.csv"));
    }
    ScreeningPlan plan(const QString &csv, std::optional<AnswerCoding> coding = std::nullopt)
    {
        ScreeningPlanOptions options;
        options.coding = coding;
        return planScreeningImport(school.db(), sheet(csv), phq9, QStringLiteral("秋季筛查"), options);
    }
    QString rejection(const std::function<void()> &f)
    {
        try {
            f();
        } catch (const Error &e) {
            CHECK(e.kind() == ErrorKind::Rejected);
            return e.message();
        }
        FAIL("not rejected");
        return {};
    }
};

// The nine PHQ-9 questions as a survey tool writes them after three numbered identity questions:
// numbers in several forms, one header holding only the start of the item, one holding the stem
// before it, and items 1 and 2 swapped.
const QString SurveyHeader
    = QStringLiteral("序号,提交答卷时间,所用时间,1、学籍号,2、姓名,3、班级,"
                     "4、感到心情低落，沮丧或绝望,5.做事时提不起劲或没有兴趣,6．入睡困难、睡不安稳或睡眠过多,第7题 "
                     "感觉疲倦或没有活力,(8)食欲不振或吃太多,"
                     "Q9 觉得自己很糟，或觉得自己很失败，或让自己或家人失望,10、对事物专注有困难 "
                     "例如阅读或看电视时,11、动作或说话速度缓慢到别人已经察觉…,"
                     "12、在过去两周里，你被以下问题困扰的频率是多少？—有不如死掉或用某种方式伤害自己的念头,总分\n");

} // namespace

TEST_CASE("A survey export numbering every question matches identity columns by text and items by wording",
    "[screening][import][sheets]")
{
    Fixture f;
    const ScreeningSheet sheet
        = f.sheet(SurveyHeader + QStringLiteral("1,2026/9/10 8:01,120秒,G100001,张小雨,3班,0,0,0,0,0,0,0,0,0,0\n"));
    const ScreeningColumns c = guessScreeningColumns(sheet.headers, f.phq9);
    CHECK(c.studentNo == 3);
    CHECK(c.name == 4);
    CHECK(c.className == 5);
    CHECK(c.items == QList<int> { 7, 6, 8, 9, 10, 11, 12, 13, 14 });

    // Option texts with letter prefixes, score suffixes and the common variants.
    const ScreeningPlan p = f.plan(SurveyHeader
        + QStringLiteral(
            "1,2026/9/10 8:01,120秒,G100001,张小雨,3班,B、好几天,A.完全不会,C "
            "一半以上时间,D.几乎天天,超过一周,没有,有几天,0分,(A) 完全不会,7\n"
            "2,2026/9/10 8:02,95秒,,李明,3班,A．完全不会（0分）,几乎每天,3分,一半以上的天数,A,B,有几天,D,C.一半以上的天数,14\n"));
    INFO(formatScreeningProblems(p.problems).toStdString());
    CHECK(p.problems.isEmpty());
    REQUIRE(p.matched.size() == 2);
    CHECK(p.matched.at(0).answers == QList<int> { 0, 1, 2, 3, 2, 0, 1, 0, 0 });
    CHECK(p.matched.at(1).answers == QList<int> { 3, 0, 3, 2, 0, 1, 1, 3, 2 });
    CHECK_FALSE(p.coding.has_value()); // no digit answers: nothing to decide

    // Anything else is refused by row and item.
    const ScreeningPlan bad = f.plan(SurveyHeader + QStringLiteral("1,,,G100001,张小雨,3班,偶尔,0,0,0,0,0,0,0,0,0\n"));
    REQUIRE(bad.problems.size() == 1);
    CHECK(bad.problems.first().item == 2);
    CHECK(formatScreeningProblems(bad.problems).contains(QStringLiteral("Row 2, item 2, value \"偶尔\"")));
}

TEST_CASE("Items left unnamed are taken in order only among the columns left", "[screening][import][sheets]")
{
    Fixture f;
    // Item 5's header is unclear; it sits between items 4 and 6, so it can only be item 5.
    const ScreeningSheet sheet = f.sheet(
        QStringLiteral("1、学籍号,2、做事时提不起劲或没有兴趣,3、感到心情低落、沮丧或绝望,4、入睡困难、睡不安稳或睡眠过多,"
                       "5、感觉疲倦或没有活力,6、第五个问题,7、觉得自己很糟,8、对事物专注有困难,9、动作或说话速度缓慢,"
                       "10、有不如死掉或用某种方式伤害自己的念头\nG100001,0,0,0,0,0,0,0,0,0\n"));
    const ScreeningColumns c = guessScreeningColumns(sheet.headers, f.phq9);
    CHECK(c.studentNo == 0);
    CHECK(c.items == QList<int> { 1, 2, 3, 4, 5, 6, 7, 8, 9 });
}

TEST_CASE("A sheet whose items cannot be matched unambiguously is refused naming the columns", "[screening][import][sheets]")
{
    Fixture f;
    // Two columns hold the wording of item 1.
    const ScreeningSheet twice = f.sheet(QStringLiteral(
        "学籍号,做事时提不起劲或没有兴趣,做事时提不起劲,感到心情低落、沮丧或绝望,入睡困难,感觉疲倦或没有活力,"
        "食欲不振或吃太多,觉得自己很糟,对事物专注有困难,动作或说话速度缓慢,有不如死掉\nG100001,0,0,0,0,0,0,0,0,0,0\n"));
    const QString m1 = f.rejection([&] { guessScreeningColumns(twice.headers, f.phq9); });
    CHECK(m1.contains(QStringLiteral("column 2 \"做事时提不起劲或没有兴趣\"")));
    CHECK(m1.contains(QStringLiteral("column 3 \"做事时提不起劲\"")));

    // Items 2 and 3 unnamed, with three unclear columns between items 1 and 4: which two?
    const ScreeningSheet gap = f.sheet(QStringLiteral(
        "学籍号,做事时提不起劲或没有兴趣,甲,乙,丙,感觉疲倦或没有活力,食欲不振或吃太多,觉得自己很糟,对事物专注有困难,"
        "动作或说话速度缓慢,有不如死掉\nG100001,0,0,0,0,0,0,0,0,0,0\n"));
    const QString m2 = f.rejection([&] { guessScreeningColumns(gap.headers, f.phq9); });
    CHECK(m2.contains(QStringLiteral("column 3 \"甲\"")));
    CHECK(m2.contains(QStringLiteral("column 5 \"丙\"")));
    CHECK(m2.contains(QStringLiteral("2, 3")));
}

TEST_CASE("Answers coded by option position 1 to 4 are recognised by a 4 and scored from 0", "[screening][import][sheets]")
{
    Fixture f;
    const ScreeningPlan p = f.plan(QStringLiteral("学籍号,Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9\n"
                                                  "G100001,2,1,1,1,1,1,1,1,1\n"
                                                  "G100002,4,3,2,1,1,1,1,1,2\n"));
    INFO(formatScreeningProblems(p.problems).toStdString());
    CHECK(p.problems.isEmpty());
    REQUIRE(p.coding.has_value());
    CHECK(*p.coding == AnswerCoding::Positions);
    CHECK_FALSE(p.codingNeedsChoice);
    CHECK(p.codingNote.contains(QStringLiteral("1")));
    CHECK(p.codingNote.contains(QStringLiteral("row 3")));
    REQUIRE(p.matched.size() == 2);
    CHECK(p.matched.at(0).answers == QList<int> { 1, 0, 0, 0, 0, 0, 0, 0, 0 });
    CHECK(p.matched.at(1).answers == QList<int> { 3, 2, 1, 0, 0, 0, 0, 0, 1 });
    // Option texts mixed in keep their own meaning.
    const ScreeningPlan mixed = f.plan(QStringLiteral("学籍号,Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9\nG100001,4,好几天,1,1,1,1,1,1,1\n"));
    CHECK(mixed.problems.isEmpty());
    REQUIRE(mixed.matched.size() == 1);
    CHECK(mixed.matched.first().answers == QList<int> { 3, 1, 0, 0, 0, 0, 0, 0, 0 });
}

TEST_CASE(
    "A 按序号 export of 完全不会 and one 好几天 is refused until the coding is chosen, then scores 1 without a critical item",
    "[screening][import][sheets]")
{
    Fixture f;
    // The student: 完全不会 to everything but one 好几天, exported 按序号.
    const QString csv = QStringLiteral("学籍号,Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9\nG100001,2,1,1,1,1,1,1,1,1\n");
    const ScreeningPlan undecided = f.plan(csv);
    CHECK(undecided.codingNeedsChoice);
    CHECK_FALSE(undecided.coding.has_value());
    CHECK(undecided.codingNote.contains(QStringLiteral("1")));
    ScreeningImportOptions options;
    options.skipInvalid = true;
    const QString m
        = f.rejection([&] { applyScreeningImport(f.school.db(), QStringLiteral("wang"), undecided, f.phq9, options); });
    CHECK(m.contains(QStringLiteral("coded")));
    {
        Statement st(f.school.db(), "SELECT count(*) FROM screening_results");
        REQUIRE(st.step());
        CHECK(st.integer(0) == 0);
    }

    const ScreeningPlan positions = f.plan(csv, AnswerCoding::Positions);
    CHECK_FALSE(positions.codingNeedsChoice);
    REQUIRE(positions.matched.size() == 1);
    const ScreeningImportResult r = applyScreeningImport(f.school.db(), QStringLiteral("wang"), positions, f.phq9, options);
    CHECK(r.recorded == 1);
    CHECK(r.critical == 0);
    CHECK(r.raisedToYellow == 0);
    Statement st(f.school.db(), "SELECT total, critical FROM screening_results");
    REQUIRE(st.step());
    CHECK(st.integer(0) == 1);
    CHECK(st.integer(1) == 0);

    // Chosen as scores, the same digits mean what they say.
    const ScreeningPlan scores
        = f.plan(QStringLiteral("学籍号,Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9\nG100002,2,1,1,1,1,1,1,1,1\n"), AnswerCoding::Scores);
    REQUIRE(scores.matched.size() == 1);
    CHECK(scores.matched.first().answers == QList<int> { 2, 1, 1, 1, 1, 1, 1, 1, 1 });
}

TEST_CASE("A 0 and a 4 in one sheet is refused naming row and column", "[screening][import][sheets]")
{
    Fixture f;
    const QString m = f.rejection([&] {
        f.plan(QStringLiteral("学籍号,Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9\nG100001,0,1,1,1,1,1,1,1,1\nG100002,1,1,1,4,1,1,1,1,1\n"));
    });
    CHECK(m.contains(QStringLiteral("row 2")));
    CHECK(m.contains(QStringLiteral("row 3")));
    CHECK(m.contains(QStringLiteral("\"Q1\"")));
    CHECK(m.contains(QStringLiteral("\"Q4\"")));
    // A sheet of scores (a 0 present) needs no choice.
    const ScreeningPlan scores = f.plan(QStringLiteral("学籍号,Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9\nG100001,0,1,1,1,1,1,1,1,1\n"));
    REQUIRE(scores.coding.has_value());
    CHECK(*scores.coding == AnswerCoding::Scores);
    CHECK(scores.codingNote.isEmpty());
    // A chosen coding that the digits contradict leaves the wrong cells as row problems.
    const ScreeningPlan wrong
        = f.plan(QStringLiteral("学籍号,Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9\nG100001,0,1,1,1,1,1,1,1,1\n"), AnswerCoding::Positions);
    REQUIRE(wrong.problems.size() == 1);
    CHECK(wrong.problems.first().item == 1);
}
