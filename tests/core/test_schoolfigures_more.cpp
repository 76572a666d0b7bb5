// The school's figures (core/repo/schoolfigures.h): report periods, a school with nothing
// recorded yet, levels without history, roles, and the demo school against the 家访, crisis and
// referral pages' own counts.
#include "figuresfixture.h"

TEST_CASE("A report period is a term or a month and a bad one names both forms", "[figures]")
{
    Fixture f;
    f.sql("INSERT INTO terms (id, starts_on, ends_on) VALUES ('2026-2027-1', '2026-09-01', '2027-01-15')");
    const ReportPeriod term = reportPeriod(f.db, QStringLiteral(" 2026-2027-1 "));
    CHECK(term.id == QStringLiteral("2026-2027-1"));
    CHECK(term.isTerm);
    CHECK(term.from == QDate(2026, 9, 1));
    CHECK(term.to == QDate(2027, 1, 15));
    CHECK(term.displayName() == termDisplayName(QStringLiteral("2026-2027-1")));

    const ReportPeriod spring = reportPeriod(f.db, QStringLiteral("2026-2027-2")); // the usual calendar
    CHECK(spring.from == QDate(2027, 2, 1));
    CHECK(spring.to == QDate(2027, 8, 31));

    const ReportPeriod month = reportPeriod(f.db, QStringLiteral("2026-2"));
    CHECK(month.id == QStringLiteral("2026-02"));
    CHECK_FALSE(month.isTerm);
    CHECK(month.from == QDate(2026, 2, 1));
    CHECK(month.to == QDate(2026, 2, 28));
    CHECK(month.displayName() == QStringLiteral("2026-2")); // untranslated source form

    const ReportPeriod current = reportPeriod(f.db); // 1 March 2027: the spring term
    CHECK(current.id == QStringLiteral("2026-2027-2"));
    CHECK(current.isTerm);

    for (const char *bad : { "2026-13", "2026-00", "autumn", "2026-2027-3", "2026-2028-1", "11-2026" }) {
        INFO(bad);
        try {
            reportPeriod(f.db, QString::fromLatin1(bad));
            FAIL("accepted");
        } catch (const Error &e) {
            CHECK(e.kind() == ErrorKind::Rejected);
            CHECK(e.message().contains(QStringLiteral("2026-2027-1")));
            CHECK(e.message().contains(QStringLiteral("2026-11")));
            CHECK(e.message().contains(QString::fromLatin1(bad)));
        }
    }
}

TEST_CASE("A school with nothing recorded yet has zeros and no errors", "[figures]")
{
    Fixture f;
    f.addStudent(7, QStringLiteral("1班"));
    f.addStudent(7, QStringLiteral("1班"));
    const PeriodFigures fig = schoolFigures(f.db, reportPeriod(f.db, QStringLiteral("2026-2027-1")));
    CHECK(fig.enrolled == 2);
    CHECK(fig.screeningRequired == 2);
    CHECK(fig.screened == 0);
    CHECK(fig.screeningBands.isEmpty());
    CHECK(fig.atEnd == RiskCounts { 0, 0, 0, 2 });
    CHECK(fig.sessions == 0);
    CHECK(fig.crises == 0);
    CHECK(fig.visitsRequired == 2);
    CHECK(fig.visited == 0);
    CHECK(fig.lessonClasses == 1);
    CHECK(fig.lessonClassesBehind == 1);
    CHECK(fig.activities == 0);
    CHECK(fig.counsellorsFullTime == 0);
    CHECK(fig.rooms == 0);
    CHECK(fig.roomAreaM2 == 0);
}

TEST_CASE("A level without history holds throughout and a first change's from-level holds before it", "[figures]")
{
    Fixture f;
    const qint64 x = f.addStudent(9, QStringLiteral("1班"));
    const qint64 y = f.addStudent(9, QStringLiteral("1班"));
    Statement st(f.db, "UPDATE students SET risk_level = 1 WHERE id IN (?, ?)"); // as a roster import leaves it
    st.bind(1, x).bind(2, y).run();
    RiskRepository(f.db, Actor).change(y, RiskLevel::Orange, RiskSource::Session, QStringLiteral("面谈"), local(2026, 11, 10));

    const PeriodFigures oct = schoolFigures(f.db, reportPeriod(f.db, QStringLiteral("2026-10")));
    CHECK(oct.atStart == RiskCounts { 0, 0, 2, 0 });
    CHECK(oct.atEnd == RiskCounts { 0, 0, 2, 0 });
    const PeriodFigures nov = schoolFigures(f.db, reportPeriod(f.db, QStringLiteral("2026-11")));
    CHECK(nov.atStart == RiskCounts { 0, 0, 2, 0 });
    CHECK(nov.atEnd == RiskCounts { 0, 1, 1, 0 });
    CHECK(nov.levelsRaised == 1);
    CHECK(nov.newKeyStudents == 1);
    CHECK(nov.keyStudentsAtEnd == 1);
    CHECK(nov.plansAtEnd == 0);
    REQUIRE(nov.weeks.size() == 6); // Mondays 26 October to 30 November
    CHECK(nov.weeks.at(1).levels == RiskCounts { 0, 0, 2, 0 }); // week of 2 November
    CHECK(nov.weeks.at(2).levels == RiskCounts { 0, 1, 1, 0 }); // week of 9 November
}

TEST_CASE("Counsellors and the head read the figures while class teachers and administrators are denied", "[figures]")
{
    Fixture f;
    f.addStudent(7, QStringLiteral("1班"));
    const ReportPeriod p = reportPeriod(f.db, QStringLiteral("2026-11"));
    f.actAs(AccountRole::Head);
    CHECK(schoolFigures(f.db, p).enrolled == 1);
    f.actAs(AccountRole::Counsellor);
    CHECK(schoolFigures(f.db, reportPeriod(f.db, QStringLiteral("2026-2027-1"))).enrolled == 1);
    f.actAs(AccountRole::ClassTeacher);
    CHECK(test::kindOf([&] { schoolFigures(f.db, p); }) == ErrorKind::Denied);
    f.actAs(AccountRole::Admin);
    CHECK(test::kindOf([&] { schoolFigures(f.db, p); }) == ErrorKind::Denied);
}

TEST_CASE("The demo school's figures agree with the home-visit, lesson, crisis and referral pages", "[figures]")
{
    clock::testing::FixedClock fixedClock { test::testNow() };
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.xinan"));
    const QString key = createDemoDatabase(path, QStringLiteral("demo"), test::secret("demo lanterns by the river"), { 300, 7 });
    SchoolFile school = SchoolFile::unlockWithRecoveryKey(path, key, QStringLiteral("demo"));
    Database &db = school.db();
    const ReportPeriod term = reportPeriod(db);
    const PeriodFigures f = schoolFigures(db, term);

    const TermCoverage coverage = HomeVisitRepository(db, Actor).coverage(term.id);
    int required = 0;
    for (const ClassVisitCoverage &c : coverage.classes)
        required += c.required;
    CHECK(f.enrolled == coverage.enrolled);
    CHECK(f.visitsRequired == required);
    CHECK(f.visited == coverage.visited);
    CHECK(f.visitedOnsite == coverage.onsite);
    CHECK(f.visits == coverage.visits);
    CHECK(f.visited > 0);
    for (const ClassVisitCoverage &g : coverage.grades()) {
        INFO(g.grade);
        const GradeFigures *row = grade(f, g.grade);
        REQUIRE(row);
        CHECK(row->visited == g.visited);
        CHECK(row->visitsRequired == g.required);
    }

    CrisisRepository crises(db, Actor);
    CrisisFilter filter;
    filter.from = term.from;
    filter.to = term.to;
    CHECK(f.crises == crises.events(filter).size());
    CHECK(f.crisesOpenAtEnd == crises.openCount());

    int opened = 0;
    int open = 0;
    for (const Referral &r : ReferralRepository(db, Actor).referrals()) {
        opened += term.from <= r.openedOn && r.openedOn <= term.to ? 1 : 0;
        open += r.open ? 1 : 0;
    }
    CHECK(f.referrals == opened);
    CHECK(f.referralsOpenAtEnd == open);
    CHECK(f.keyStudentsAtEnd == RiskRepository(db, Actor).atOrAbove(RiskLevel::Orange).size());

    const LessonCoverage lessons = LessonRepository(db, Actor).coverage(term.id);
    int lessonRequired = 0;
    int lessonGiven = 0;
    int behind = 0;
    for (const ClassLessonCoverage &c : lessons.classes) {
        lessonRequired += c.required;
        lessonGiven += c.given;
        behind += c.behind ? 1 : 0;
    }
    CHECK(f.lessonPeriodsGiven > 0);
    CHECK(f.lessonClasses == lessons.classes.size());
    CHECK(f.lessonPeriodsRequired == lessonRequired);
    CHECK(f.lessonPeriodsGiven == lessonGiven);
    CHECK(f.lessonClassesBehind == behind);
}
