// Screening drives and results: recording and scoring, the risk raise for a critical item (never
// a lowering), coverage per class, the timeline, and importing survey-tool sheets (matching by
// 学籍号 and by name + class, ambiguous names, out-of-range answers, Chinese option text,
// all-or-nothing).
#include "error.h"
#include "repo/noterepository.h"
#include "repo/riskrepository.h"
#include "repo/screeningrepository.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"
#include "services/screeningimport.h"
#include "services/timeline.h"
#include "store/database.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace xinan;

namespace {

struct Fixture
{
    clock::testing::FixedClock fixedClock { test::testNow() }; // first, so that everything below sees it
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("s.xinan"));
    SchoolFile school = [this] {
        test::createSchool(path);
        return SchoolFile::unlockWithPassword(path, QString(), test::secret("correct horse 1"));
    }();
    ScreeningRepository repo { school.db(), QStringLiteral("wang") };
    Instrument phq9 = findInstrument(QStringLiteral("phq9")).value();

    qint64 addStudent(const char *no, const QString &name, int grade, const QString &className)
    {
        Student s;
        s.studentNo = QString::fromLatin1(no);
        s.name = name;
        s.grade = grade;
        s.className = className;
        return StudentRepository(school.db(), QStringLiteral("wang")).add(s);
    }
    int count(const char *sql)
    {
        Statement st(school.db(), sql);
        REQUIRE(st.step());
        return st.integer(0);
    }
    ScreeningPlan plan(const QByteArray &csv, const QString &drive = QStringLiteral("秋季筛查"))
    {
        return planScreeningImport(
            school.db(), readScreeningSheetFromBytes(csv, QStringLiteral("csv"), QStringLiteral("t.csv")), phq9, drive);
    }
};

const QList<int> Calm { 0, 0, 0, 0, 0, 0, 0, 0, 0 };
const QList<int> Item9 { 1, 1, 0, 0, 1, 0, 0, 0, 1 }; // total 4, none, critical
const QList<int> Moderate { 2, 2, 2, 2, 1, 1, 0, 0, 0 }; // total 10, moderate

} // namespace

TEST_CASE("Screening results are scored, recorded with audit and listed", "[screening]")
{
    Fixture f;
    const qint64 a = f.addStudent("G100001", QStringLiteral("张小雨"), 4, QStringLiteral("3班"));
    const qint64 b = f.addStudent("G100002", QStringLiteral("李明"), 4, QStringLiteral("3班"));
    const QDate today = clock::today();
    const RecordOutcome o = f.repo.record(QStringLiteral("秋季筛查"), QStringLiteral("2026-2027-1"), f.phq9,
        { { a, Moderate, today }, { b, Calm, today } }, QStringLiteral("entered"));
    CHECK(o.recorded == 2);
    CHECK(o.needsInterview == 1);
    CHECK(o.critical == 0);
    const auto drive = f.repo.findDrive(QStringLiteral("秋季筛查"));
    REQUIRE(drive);
    CHECK(drive->term == QStringLiteral("2026-2027-1"));
    CHECK(drive->instrumentId == QStringLiteral("phq9"));
    const QList<ScreeningResultRow> rows = f.repo.results(drive->id);
    REQUIRE(rows.size() == 2);
    const ScreeningResultRow &first = rows.at(0).studentNo == u"G100001" ? rows.at(0) : rows.at(1);
    CHECK(first.total == 10);
    CHECK(first.bandCode == QStringLiteral("moderate"));
    CHECK(first.needsInterview);
    CHECK_FALSE(first.critical);
    CHECK(first.className == QStringLiteral("3班"));
    CHECK(f.count("SELECT count(*) FROM audit_log WHERE entity = 'screening_result'") == 2);
    // the answers are sealed with the counsellor key: never in clear in the database
    CHECK(f.count("SELECT count(*) FROM screening_results WHERE answers = '2,2,2,2,1,1,0,0,0'") == 0);
    CHECK(f.count("SELECT count(*) FROM screening_results WHERE typeof(answers) = 'blob'") == 2);
    // A second result of the same instrument in the drive is refused, and nothing is written.
    CHECK_THROWS_MATCHES(f.repo.record(QStringLiteral("秋季筛查"), {}, f.phq9, { { a, Calm, today } }, QStringLiteral("entered")),
        Error, test::HasKind(ErrorKind::Rejected));
    CHECK(f.count("SELECT count(*) FROM screening_results") == 2);
    // Answers the instrument does not accept are refused before anything is written.
    CHECK_THROWS_MATCHES(f.repo.record(QStringLiteral("另一批"), {}, f.phq9, { { a, { 4, 0, 0, 0, 0, 0, 0, 0, 0 }, today } },
                             QStringLiteral("entered")),
        Error, test::HasKind(ErrorKind::Rejected));
    CHECK_FALSE(f.repo.findDrive(QStringLiteral("另一批")));

    // The timeline shows the result.
    bool onTimeline = false;
    for (const TimelineEntry &e : studentTimeline(f.school.db(), a))
        onTimeline = onTimeline || (e.kind == u"screening" && e.date == today && e.sourceId == first.id);
    CHECK(onTimeline);
}

TEST_CASE("A critical screening result raises the risk level to yellow, never lowers it", "[screening][risk]")
{
    Fixture f;
    const qint64 green = f.addStudent("G100001", QStringLiteral("张小雨"), 4, QStringLiteral("3班"));
    const qint64 orange = f.addStudent("G100002", QStringLiteral("李明"), 4, QStringLiteral("3班"));
    RiskRepository risk(f.school.db(), QStringLiteral("wang"));
    risk.change(orange, RiskLevel::Orange, RiskSource::Session, QStringLiteral("面谈"));
    const RecordOutcome o = f.repo.record(QStringLiteral("秋季筛查"), {}, f.phq9,
        { { green, Item9, clock::today() }, { orange, Item9, clock::today() } }, QStringLiteral("entered"));
    CHECK(o.critical == 2);
    CHECK(o.raisedToYellow == 1);
    CHECK(risk.current(green) == RiskLevel::Yellow);
    CHECK(risk.current(orange) == RiskLevel::Orange);
    const QList<RiskChange> history = risk.history(green);
    REQUIRE(history.size() == 1);
    CHECK(history.first().source == RiskSource::Screening);
    CHECK(history.first().reason.contains(QStringLiteral("PHQ-9")));
    CHECK(history.first().reason.contains(QStringLiteral("9")));
}

TEST_CASE("Coverage counts done and missing students per class of the target grades", "[screening]")
{
    Fixture f;
    const qint64 a = f.addStudent("G100001", QStringLiteral("甲"), 4, QStringLiteral("1班"));
    f.addStudent("G100002", QStringLiteral("乙"), 4, QStringLiteral("1班"));
    const qint64 c = f.addStudent("G100003", QStringLiteral("丙"), 4, QStringLiteral("2班"));
    f.addStudent("G100004", QStringLiteral("丁"), 5, QStringLiteral("1班"));
    const RecordOutcome o = f.repo.record(QStringLiteral("四年级筛查"), {}, f.phq9,
        { { a, Calm, clock::today() }, { c, Calm, clock::today() } }, QStringLiteral("entered"));
    const QList<ClassCoverage> cov = f.repo.coverage(o.driveId, QList<int> { 4 });
    REQUIRE(cov.size() == 2);
    CHECK(cov.at(0).className == QStringLiteral("1班"));
    CHECK(cov.at(0).enrolled == 2);
    CHECK(cov.at(0).done == 1);
    CHECK(cov.at(0).missing() == 1);
    CHECK(cov.at(1).className == QStringLiteral("2班"));
    CHECK(cov.at(1).missing() == 0);
    CHECK(f.repo.coverage(o.driveId, QList<int> {}).size() == 3);
}

TEST_CASE("Screening import matches by 学籍号 and by name + class, with Chinese option text", "[screening][import]")
{
    Fixture f;
    f.addStudent("G520100201301010011", QStringLiteral("张小雨"), 4, QStringLiteral("3班"));
    f.addStudent("G520100201301010012", QStringLiteral("李明"), 4, QStringLiteral("3班"));
    const ScreeningPlan byNo = f.plan(QStringLiteral("序号,学籍号,第1题,第2题,第3题,第4题,第5题,第6题,第7题,第8题,第9题\n"
                                                     "1,g520100201301010011,好几天,一半以上的天数,几乎每天,完全不会,0,0,0,0,0\n")
                                          .toUtf8());
    CHECK(byNo.problems.isEmpty());
    REQUIRE(byNo.matched.size() == 1);
    CHECK(byNo.matched.first().studentNo == QStringLiteral("G520100201301010011"));
    CHECK(byNo.matched.first().answers == QList<int> { 1, 2, 3, 0, 0, 0, 0, 0, 0 });

    // Unclear headers: the nine columns after the identity columns, in order.
    const ScreeningPlan byName = f.plan(QStringLiteral("姓名,班级,年级,a,b,c,d,e,f,g,h,i\n"
                                                       "李 明,（3）班,四年级,1,1,1,1,1,1,1,1,0\n")
                                            .toUtf8());
    CHECK(byName.problems.isEmpty());
    REQUIRE(byName.matched.size() == 1);
    CHECK(byName.matched.first().studentNo == QStringLiteral("G520100201301010012"));
    CHECK(byName.matched.first().answers.size() == 9);

    ScreeningImportOptions options;
    const ScreeningImportResult r = applyScreeningImport(f.school.db(), QStringLiteral("wang"), byNo, f.phq9, options);
    CHECK(r.recorded == 1);
    CHECK(f.count("SELECT count(*) FROM screening_results WHERE source = 'imported' AND total = 6") == 1);
}

TEST_CASE("Screening import reports unmatched, ambiguous, out-of-range and duplicate rows, all or nothing", "[screening][import]")
{
    Fixture f;
    f.addStudent("G100001", QStringLiteral("张小雨"), 4, QStringLiteral("3班"));
    f.addStudent("G100002", QStringLiteral("王芳"), 4, QStringLiteral("2班"));
    f.addStudent("G100003", QStringLiteral("王芳"), 4, QStringLiteral("2班"));
    const ScreeningPlan p = f.plan(QStringLiteral("学籍号,姓名,班级,Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9\n"
                                                  "G100001,张小雨,3班,0,0,0,0,0,0,0,0,0\n"
                                                  "G100009,某某,3班,0,0,0,0,0,0,0,0,0\n"
                                                  ",王芳,2班,0,0,0,0,0,0,0,0,0\n"
                                                  ",赵六,5班,0,0,0,0,0,0,0,0,0\n"
                                                  "G100001,张小雨,3班,1,0,0,0,0,0,0,0,0\n"
                                                  "G100002,王芳,2班,0,0,7,0,0,0,0,0,0\n")
                                       .toUtf8());
    CHECK(p.totalRows == 6);
    REQUIRE(p.matched.size() == 1);
    CHECK(p.matched.first().fileRow == 2);
    CHECK(p.invalidRows == QSet<int> { 3, 4, 5, 6, 7 });
    QList<ScreeningProblemKind> kinds;
    for (const ScreeningProblem &pr : p.problems)
        kinds.append(pr.kind);
    CHECK(kinds.contains(ScreeningProblemKind::UnknownStudentNo));
    CHECK(kinds.contains(ScreeningProblemKind::Ambiguous));
    CHECK(kinds.contains(ScreeningProblemKind::NotFound));
    CHECK(kinds.contains(ScreeningProblemKind::Duplicate));
    const auto range = std::find_if(p.problems.begin(), p.problems.end(),
        [](const ScreeningProblem &pr) { return pr.kind == ScreeningProblemKind::OutOfRange; });
    REQUIRE(range != p.problems.end());
    CHECK(range->fileRow == 7);
    CHECK(range->item == 3);
    CHECK(range->value == QStringLiteral("7"));
    CHECK(formatScreeningProblems(p.problems).contains(QStringLiteral("Row 7, item 3")));

    ScreeningImportOptions options;
    CHECK_THROWS_MATCHES(applyScreeningImport(f.school.db(), QStringLiteral("wang"), p, f.phq9, options), Error,
        test::HasKind(ErrorKind::Rejected));
    CHECK(f.count("SELECT count(*) FROM screening_results") == 0);
    CHECK(f.count("SELECT count(*) FROM screening_drives") == 0);
    options.skipInvalid = true;
    const ScreeningImportResult r = applyScreeningImport(f.school.db(), QStringLiteral("wang"), p, f.phq9, options);
    CHECK(r.recorded == 1);
    CHECK(r.skippedRows == 5);
    // Importing the same sheet again: the student already has a result in the drive.
    const ScreeningPlan again = f.plan(QStringLiteral("学籍号,1,2,3,4,5,6,7,8,9\nG100001,0,0,0,0,0,0,0,0,0\n").toUtf8());
    REQUIRE(again.problems.size() == 1);
    CHECK(again.problems.first().kind == ScreeningProblemKind::Duplicate);
}

TEST_CASE("A screening sheet without identity columns or enough items is refused", "[screening][import]")
{
    Fixture f;
    CHECK_THROWS_MATCHES(f.plan(QByteArrayLiteral("学籍号,1,2,3\nG100001,0,0,0\n")), Error, test::HasKind(ErrorKind::Rejected));
    CHECK_THROWS_MATCHES(
        readScreeningSheetFromBytes(QByteArrayLiteral("a,b\n1,2\n"), QStringLiteral("csv"), QStringLiteral("t.csv")), Error,
        test::HasKind(ErrorKind::Rejected));
}
