// Screening drives with target grades and dates (the rules of createDrive), coverage of the
// drive's own target grades, the missing students of a class, and results recorded from other
// platforms (external results) with their validation and their place on the timeline.
#include "error.h"
#include "repo/noterepository.h"
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
    QDate today = clock::today();

    qint64 addStudent(
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
    int count(const char *sql)
    {
        Statement st(school.db(), sql);
        REQUIRE(st.step());
        return st.integer(0);
    }
    DriveSpec spec(const QString &name, QList<int> grades = {})
    {
        return { name, QStringLiteral("2026-2027-1"), { QStringLiteral("phq9") }, std::move(grades), today.addDays(-7),
            today.addDays(7) };
    }
    ExternalResult external(qint64 driveId, qint64 studentId)
    {
        return { driveId, studentId, QStringLiteral("SCL-90"), 186, QStringLiteral("阳性"), QStringLiteral("省平台"), today,
            false };
    }
};

const QList<int> Calm { 0, 0, 0, 0, 0, 0, 0, 0, 0 };

} // namespace

TEST_CASE("A screening drive is created with its term, instrument, target grades and dates", "[screening][drives]")
{
    Fixture f;
    const qint64 id = f.repo.createDrive(f.spec(QStringLiteral("  2026秋 高年级 PHQ-9 "), { 6, 4, 5, 4 }));
    const std::optional<ScreeningDrive> d = f.repo.drive(id);
    REQUIRE(d);
    CHECK(d->name == QStringLiteral("2026秋 高年级 PHQ-9"));
    CHECK(d->term == QStringLiteral("2026-2027-1"));
    CHECK(d->instrumentId == QStringLiteral("phq9"));
    CHECK(d->targetGrades == QList<int> { 4, 5, 6 });
    CHECK(d->startsOn == f.today.addDays(-7));
    CHECK(d->endsOn == f.today.addDays(7));
    CHECK(f.count("SELECT count(*) FROM screening_drives WHERE target_grades = '4,5,6'") == 1);
    CHECK(f.count("SELECT count(*) FROM audit_log WHERE entity = 'screening_drive' AND action = 'create'") == 1);
    const QList<ScreeningDrive> all = f.repo.drives();
    REQUIRE(all.size() == 1);
    CHECK(all.first().id == id);
    CHECK(f.repo.findDrive(QStringLiteral("2026秋 高年级 PHQ-9")).value().targetGrades == QList<int> { 4, 5, 6 });

    // An empty target list means every grade.
    const qint64 allGrades = f.repo.createDrive(f.spec(QStringLiteral("全校 GAD-7")));
    CHECK(f.repo.drive(allGrades).value().targetGrades.isEmpty());
    CHECK(f.repo.drives().first().id == allGrades); // newest first
}

TEST_CASE("Creating a screening drive refuses bad input and writes nothing", "[screening][drives]")
{
    Fixture f;
    f.repo.createDrive(f.spec(QStringLiteral("秋季筛查")));
    const auto refused = [&f](DriveSpec s) { CHECK(test::kindOf([&] { f.repo.createDrive(s); }) == ErrorKind::Rejected); };
    refused(f.spec(QStringLiteral("   "))); // empty name
    refused(f.spec(QStringLiteral(" 秋季筛查 "))); // duplicate (after trimming)
    DriveSpec s = f.spec(QStringLiteral("新批次"));
    s.instrumentIds = { QStringLiteral("scl90") }; // unknown instrument
    refused(s);
    s.instrumentIds = { QStringLiteral("phq9"), QStringLiteral("gad7"), QStringLiteral("scl90") };
    refused(s); // one of them unknown
    s.instrumentIds = { QStringLiteral("gad7"), QStringLiteral("GAD7 ") };
    refused(s); // the same instrument twice
    s.instrumentIds.clear(); // no instrument
    refused(s);
    s = f.spec(QStringLiteral("新批次"));
    s.endsOn = s.startsOn.addDays(-1); // ends before it starts
    refused(s);
    s = f.spec(QStringLiteral("新批次"));
    s.startsOn = QDate(); // no start date
    refused(s);
    s = f.spec(QStringLiteral("新批次"));
    s.term = QStringLiteral("2026-2028-1"); // not a school year
    refused(s);
    s.term = QStringLiteral("2026秋");
    refused(s);
    refused(f.spec(QStringLiteral("新批次"), { 4, 16 })); // no grade 16
    CHECK(f.count("SELECT count(*) FROM screening_drives") == 1);
    CHECK(f.count("SELECT count(*) FROM audit_log WHERE entity = 'screening_drive'") == 1);
    // The same day for start and end is fine.
    s = f.spec(QStringLiteral("新批次"));
    s.endsOn = s.startsOn;
    CHECK(f.repo.createDrive(s) > 0);
}

TEST_CASE("Coverage and the done / target counts use the drive's own target grades", "[screening][drives]")
{
    Fixture f;
    const qint64 a = f.addStudent("G100001", QStringLiteral("甲"), 4, QStringLiteral("1班"));
    f.addStudent("G100002", QStringLiteral("乙"), 4, QStringLiteral("1班"));
    const qint64 c = f.addStudent("G100003", QStringLiteral("丙"), 5, QStringLiteral("2班"));
    const qint64 d = f.addStudent("G100004", QStringLiteral("丁"), 3, QStringLiteral("1班")); // not a target grade
    f.addStudent("G100005", QStringLiteral("戊"), 4, QStringLiteral("1班"), StudentStatus::Graduated); // not enrolled
    const qint64 drive = f.repo.createDrive(f.spec(QStringLiteral("高年级"), { 4, 5, 6 }));
    f.repo.record(QStringLiteral("高年级"), {}, f.phq9, { { a, Calm, f.today }, { c, Calm, f.today }, { d, Calm, f.today } },
        QStringLiteral("entered"));
    const QList<ClassCoverage> cov = f.repo.coverage(drive);
    REQUIRE(cov.size() == 2);
    CHECK(cov.at(0).grade == 4);
    CHECK(cov.at(0).enrolled == 2);
    CHECK(cov.at(0).done == 1);
    CHECK(cov.at(1).grade == 5);
    CHECK(cov.at(1).done == 1);
    CHECK(cov.at(1).missing() == 0);
    const ScreeningDrive row = f.repo.drive(drive).value();
    CHECK(row.targetCount == 3);
    CHECK(row.doneCount == 2); // the grade-3 student's result does not count
    // A drive of every grade counts grade 3 too.
    const qint64 every = f.repo.createDrive(f.spec(QStringLiteral("全校")));
    CHECK(f.repo.coverage(every).size() == 3);
    CHECK(f.repo.drive(every).value().targetCount == 4);
    CHECK(f.repo.drive(every).value().doneCount == 0);
    CHECK(f.repo.coverage(0).isEmpty()); // no such drive
}

TEST_CASE("The missing students of a class shrink as results are recorded", "[screening][drives]")
{
    Fixture f;
    const qint64 zhang = f.addStudent("G100001", QStringLiteral("张三"), 4, QStringLiteral("1班"));
    const qint64 li = f.addStudent("G100002", QStringLiteral("李四"), 4, QStringLiteral("1班"));
    const qint64 an = f.addStudent("G100003", QStringLiteral("安娜"), 4, QStringLiteral("1班"));
    f.addStudent("G100004", QStringLiteral("王五"), 4, QStringLiteral("2班"));
    f.addStudent("G100005", QStringLiteral("赵六"), 4, QStringLiteral("1班"), StudentStatus::TransferredOut);
    const qint64 drive = f.repo.createDrive(f.spec(QStringLiteral("四年级"), { 4 }));
    QList<ScreeningStudent> missing = f.repo.missingStudents(drive, 4, QStringLiteral("1班"));
    QStringList names;
    for (const ScreeningStudent &s : missing)
        names << s.name;
    CHECK(names == QStringList { QStringLiteral("安娜"), QStringLiteral("李四"), QStringLiteral("张三") }); // by pinyin
    CHECK(missing.first().studentNo == QStringLiteral("G100003"));
    CHECK(missing.first().id == an);

    f.repo.record(QStringLiteral("四年级"), {}, f.phq9, { { li, Calm, f.today } }, QStringLiteral("entered"));
    missing = f.repo.missingStudents(drive, 4, QStringLiteral("1班"));
    REQUIRE(missing.size() == 2);
    CHECK(missing.at(0).id == an);
    CHECK(missing.at(1).id == zhang);
    // An external result counts as done too.
    f.repo.recordExternal(f.external(drive, zhang));
    missing = f.repo.missingStudents(drive, 4, QStringLiteral("1班"));
    REQUIRE(missing.size() == 1);
    CHECK(missing.first().id == an);
    CHECK(f.repo.coverage(drive).first().done == 2);
}

TEST_CASE("A result from another platform is recorded with its level and source, and on the timeline", "[screening][external]")
{
    Fixture f;
    const qint64 s = f.addStudent("G100001", QStringLiteral("张三"), 8, QStringLiteral("1班"));
    const qint64 drive = f.repo.createDrive(f.spec(QStringLiteral("2026秋 省平台")));
    ExternalResult e = f.external(drive, s);
    e.needsInterview = true;
    e.takenOn = f.today.addDays(-3);
    const qint64 id = f.repo.recordExternal(e);
    CHECK(f.count("SELECT count(*) FROM screening_results WHERE source = 'external' AND answers IS NULL AND total = 186 "
                  "AND band_code = '阳性' AND platform = '省平台' AND instrument_id = 'SCL-90' AND needs_interview = 1 AND "
                  "critical = 0")
        == 1);
    CHECK(f.count("SELECT count(*) FROM audit_log WHERE entity = 'screening_result' AND detail LIKE '%external'") == 1);
    const QList<ScreeningResultRow> rows = f.repo.results(drive);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().id == id);
    CHECK(rows.first().source == QStringLiteral("external"));
    CHECK(rows.first().platform == QStringLiteral("省平台"));
    CHECK(rows.first().bandCode == QStringLiteral("阳性"));

    const QList<TimelineEntry> timeline = studentTimeline(f.school.db(), s);
    const auto entry = std::find_if(
        timeline.begin(), timeline.end(), [id](const TimelineEntry &t) { return t.kind == u"screening" && t.sourceId == id; });
    REQUIRE(entry != timeline.end());
    CHECK(entry->date == f.today.addDays(-3));
    CHECK(entry->title.contains(QStringLiteral("SCL-90")));
    CHECK(entry->body.contains(QStringLiteral("186")));
    CHECK(entry->body.contains(QStringLiteral("阳性")));
    CHECK(entry->body.contains(QStringLiteral("省平台")));

    // The same instrument twice in the drive is refused; another instrument is fine.
    CHECK(test::kindOf([&] { f.repo.recordExternal(f.external(drive, s)); }) == ErrorKind::Rejected);
    ExternalResult mht = f.external(drive, s);
    mht.instrumentName = QStringLiteral("MHT");
    mht.level = QStringLiteral("正常");
    mht.total = 42;
    f.repo.recordExternal(mht);
    CHECK(f.count("SELECT count(*) FROM screening_results") == 2);
}

TEST_CASE("An external result with bad input is refused and nothing is written", "[screening][external]")
{
    Fixture f;
    const qint64 s = f.addStudent("G100001", QStringLiteral("张三"), 8, QStringLiteral("1班"));
    const qint64 drive = f.repo.createDrive(f.spec(QStringLiteral("2026秋")));
    const auto refused
        = [&f](const ExternalResult &e) { CHECK(test::kindOf([&] { f.repo.recordExternal(e); }) == ErrorKind::Rejected); };
    ExternalResult e = f.external(drive, s);
    e.instrumentName = QStringLiteral("  ");
    refused(e);
    e = f.external(drive, s);
    e.level.clear();
    refused(e);
    e = f.external(drive, s);
    e.platform.clear();
    refused(e);
    e = f.external(drive, s);
    e.total = -1;
    refused(e);
    e.total = ScreeningRepository::MaxExternalTotal + 1;
    refused(e);
    e = f.external(drive, s);
    e.takenOn = f.today.addDays(1);
    refused(e);
    e.takenOn = QDate();
    refused(e);
    e = f.external(drive, s);
    e.instrumentName = QString(ScreeningRepository::MaxExternalText + 1, u'量');
    refused(e);
    refused(f.external(drive + 100, s)); // no such drive
    refused(f.external(drive, s + 100)); // no such student
    CHECK(f.count("SELECT count(*) FROM screening_results") == 0);
    CHECK(f.count("SELECT count(*) FROM audit_log WHERE entity = 'screening_result'") == 0);
    // The limits themselves are accepted.
    e = f.external(drive, s);
    e.total = ScreeningRepository::MaxExternalTotal;
    CHECK(f.repo.recordExternal(e) > 0);
}

TEST_CASE("Paper forms typed as digits: one digit per item, each one of the options", "[screening][paper]")
{
    const Instrument phq9 = findInstrument(QStringLiteral("phq9")).value();
    DigitAnswers d = answersFromDigits(phq9, QStringLiteral("012310200"));
    CHECK(d.ok());
    CHECK(d.answers == QList<int> { 0, 1, 2, 3, 1, 0, 2, 0, 0 });
    d = answersFromDigits(phq9, QStringLiteral("０１２ 310 200")); // full-width and spaces
    CHECK(d.answers == QList<int> { 0, 1, 2, 3, 1, 0, 2, 0, 0 });
    d = answersFromDigits(phq9, QStringLiteral("014310200"));
    CHECK_FALSE(d.ok());
    CHECK(d.item == 3);
    CHECK(d.answers.isEmpty());
    CHECK(d.problem.contains(QStringLiteral("Item 3")));
    d = answersFromDigits(phq9, QStringLiteral("01a"));
    CHECK(d.item == 3);
    d = answersFromDigits(phq9, QStringLiteral("0123"));
    CHECK_FALSE(d.ok());
    CHECK(d.item == 0);
    CHECK(d.problem.contains(QStringLiteral("item 5")));
    d = answersFromDigits(phq9, QStringLiteral("0123101000"));
    CHECK_FALSE(d.ok());
    CHECK(d.answers.isEmpty());
    CHECK_FALSE(answersFromDigits(phq9, QString()).ok());
}

TEST_CASE("The term a day falls in", "[screening][drives]")
{
    CHECK(schoolTermFor(QDate(2026, 9, 1)) == QStringLiteral("2026-2027-1"));
    CHECK(schoolTermFor(QDate(2027, 1, 15)) == QStringLiteral("2026-2027-1"));
    CHECK(schoolTermFor(QDate(2027, 3, 1)) == QStringLiteral("2026-2027-2"));
    CHECK(isSchoolTerm(QStringLiteral("2026-2027-2")));
    CHECK_FALSE(isSchoolTerm(QStringLiteral("2026-2027-3")));
    CHECK_FALSE(isSchoolTerm(QStringLiteral("2026-2026-1")));
}

TEST_CASE(
    "A drive with two instruments: coverage per instrument, done needs both, foreign instruments refused", "[screening][drives]")
{
    Fixture f;
    const Instrument gad7 = findInstrument(QStringLiteral("gad7")).value();
    const QList<int> CalmGad { 0, 0, 0, 0, 0, 0, 0 };
    const qint64 a = f.addStudent("G100001", QStringLiteral("张三"), 7, QStringLiteral("1班"));
    const qint64 b = f.addStudent("G100002", QStringLiteral("李四"), 7, QStringLiteral("1班"));
    const qint64 c = f.addStudent("G100003", QStringLiteral("王五"), 7, QStringLiteral("1班"));
    DriveSpec spec = f.spec(QStringLiteral("2026秋 初一 PHQ-9 + GAD-7"), { 7 });
    spec.instrumentIds = { QStringLiteral("phq9"), QStringLiteral(" GAD7") };
    const qint64 drive = f.repo.createDrive(spec);
    std::optional<ScreeningDrive> d = f.repo.drive(drive);
    REQUIRE(d);
    CHECK(d->instrumentId == QStringLiteral("phq9"));
    CHECK(d->instrumentIds == QStringList { QStringLiteral("phq9"), QStringLiteral("gad7") });
    CHECK(f.count("SELECT count(*) FROM screening_drives WHERE instrument_id = 'phq9' AND instruments = 'phq9,gad7'") == 1);

    // a: both; b: GAD-7 only; c: nothing.
    f.repo.record(d->name, {}, f.phq9, { { a, Calm, f.today } }, QStringLiteral("entered"));
    f.repo.record(d->name, {}, gad7, { { a, CalmGad, f.today }, { b, CalmGad, f.today } }, QStringLiteral("entered"));
    CHECK(f.repo.coverage(drive).first().done == 1); // the first instrument by default
    CHECK(f.repo.coverage(drive, QStringLiteral("phq9")).first().done == 1);
    CHECK(f.repo.coverage(drive, QStringLiteral("gad7")).first().done == 2);
    CHECK(f.repo.coverage(drive, QList<int> { 7 }, QStringLiteral("gad7")).first().done == 2);
    QList<ScreeningStudent> missing = f.repo.missingStudents(drive, 7, QStringLiteral("1班"), QStringLiteral("gad7"));
    REQUIRE(missing.size() == 1);
    CHECK(missing.first().id == c);
    missing = f.repo.missingStudents(drive, 7, QStringLiteral("1班"));
    REQUIRE(missing.size() == 2); // b and c have no PHQ-9
    d = f.repo.drive(drive);
    CHECK(d->targetCount == 3);
    CHECK(d->doneCount == 1); // only a has both

    // An instrument that is not one of the drive's is refused, and nothing is written.
    const int before = f.count("SELECT count(*) FROM screening_results");
    Instrument other = f.phq9; // an instrument the drive does not have
    other.id = QStringLiteral("cdi");
    other.shortName = QStringLiteral("CDI");
    try {
        f.repo.record(d->name, {}, other, { { c, Calm, f.today } }, QStringLiteral("entered"));
        FAIL("a foreign instrument was recorded");
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::Rejected);
        CHECK(e.message().contains(QStringLiteral("PHQ-9 + GAD-7")));
    }
    CHECK(f.count("SELECT count(*) FROM screening_results") == before);
}

TEST_CASE("Single-instrument drives keep working: old rows without a list, and drives record() creates", "[screening][drives]")
{
    Fixture f;
    const Instrument gad7 = findInstrument(QStringLiteral("gad7")).value();
    const qint64 a = f.addStudent("G100001", QStringLiteral("张三"), 4, QStringLiteral("1班"));
    f.addStudent("G100002", QStringLiteral("李四"), 4, QStringLiteral("1班"));
    // A drive the CLI import creates on the fly has its instrument as its only one.
    f.repo.record(QStringLiteral("导入批次"), QStringLiteral("2026-2027-1"), gad7, { { a, { 0, 0, 0, 0, 0, 0, 0 }, f.today } },
        QStringLiteral("imported"));
    std::optional<ScreeningDrive> d = f.repo.findDrive(QStringLiteral("导入批次"));
    REQUIRE(d);
    CHECK(d->instrumentIds == QStringList { QStringLiteral("gad7") });
    CHECK(d->doneCount == 1);
    CHECK(test::kindOf([&] {
        f.repo.record(d->name, {}, f.phq9, { { a, Calm, f.today } }, QStringLiteral("imported"));
    }) == ErrorKind::Rejected);

    // A drive from before the list existed (instruments empty) means just its instrument_id.
    const qint64 old = f.repo.createDrive(f.spec(QStringLiteral("旧批次"), { 4 }));
    Statement st(f.school.db(), "UPDATE screening_drives SET instruments = '' WHERE id = ?");
    st.bind(1, old).run();
    d = f.repo.drive(old);
    CHECK(d->instrumentIds == QStringList { QStringLiteral("phq9") });
    f.repo.record(d->name, {}, f.phq9, { { a, Calm, f.today } }, QStringLiteral("entered"));
    d = f.repo.drive(old);
    CHECK(d->doneCount == 1);
    CHECK(d->targetCount == 2);
    CHECK(f.repo.coverage(old).first().done == 1);
    CHECK(f.repo.missingStudents(old, 4, QStringLiteral("1班")).size() == 1);
    CHECK(test::kindOf([&] {
        f.repo.record(d->name, {}, gad7, { { a, { 0, 0, 0, 0, 0, 0, 0 }, f.today } }, QStringLiteral("entered"));
    }) == ErrorKind::Rejected);
}
