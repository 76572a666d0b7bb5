// 家访 records: the checks that refuse a visit and write nothing, one audit entry for a batch,
// changes and removal; who may read and write what (class teachers their classes, the head
// reads, administrators nothing); and the demo school's term of visits.
#include "homevisitfixture.h"

TEST_CASE_METHOD(Fixture, "a visit with a bad field is refused naming the field and writes nothing", "[visits]")
{
    const qint64 student = addStudent(8, QStringLiteral("1班"));
    const qint64 gone = addStudent(8, QStringLiteral("1班"), StudentStatus::Graduated);
    struct Row
    {
        const char *what;
        std::function<void(HomeVisit &)> spoil;
        QString needle;
    };
    const Row rows[] = {
        { "no student", [](HomeVisit &v) { v.studentIds.clear(); }, QStringLiteral("student") },
        { "unknown student", [](HomeVisit &v) { v.studentIds = { 999999 }; }, QStringLiteral("999999") },
        { "graduated student", [&](HomeVisit &v) { v.studentIds << gone; }, QStringLiteral("not enrolled") },
        { "no visitor", [](HomeVisit &v) { v.visitors.clear(); }, QStringLiteral("Visitors") },
        { "nameless visitor", [](HomeVisit &v) { v.visitors.first().name = QStringLiteral("  "); }, QStringLiteral("Visitors") },
        { "no time", [](HomeVisit &v) { v.visitedAt = {}; }, QStringLiteral("Visited on") },
        { "future", [](HomeVisit &v) { v.visitedAt = QDateTime(QDate(2026, 11, 17), QTime(9, 0)); },
            QStringLiteral("Visited on") },
        { "follow-up before", [](HomeVisit &v) { v.followupOn = QDate(2026, 10, 1); }, QStringLiteral("Follow-up on") },
        { "unknown tag", [](HomeVisit &v) { v.familyTags << QStringLiteral("rich"); }, QStringLiteral("rich") },
        { "long text", [](HomeVisit &v) { v.agreed = QString(HomeVisitRepository::MaxTextLength + 1, QLatin1Char('x')); },
            QStringLiteral("What was agreed") },
        { "control character", [](HomeVisit &v) { v.metWhom = QStringLiteral("张\u202E三"); }, QStringLiteral("Met whom") },
    };
    visits.add(sample({ student }, QDate(2026, 10, 9)));
    const QString before = test::databaseContents(path);
    for (const Row &r : rows) {
        INFO(r.what);
        HomeVisit v = sample({ student }, QDate(2026, 10, 10));
        r.spoil(v);
        try {
            visits.add(v);
            FAIL("accepted");
        } catch (const Error &e) {
            CHECK(e.kind() == ErrorKind::Rejected);
            CHECK(e.message().contains(r.needle));
        }
        // The same refusal inside a batch refuses the whole batch.
        CHECK_THROWS_MATCHES(
            visits.addAll({ sample({ student }, QDate(2026, 10, 11)), v }), Error, test::HasKind(ErrorKind::Rejected));
    }
    CHECK(test::databaseContents(path) == before);
    // A good batch: one audit entry naming the count.
    const QList<qint64> ids
        = visits.addAll({ sample({ student }, QDate(2026, 10, 11)), sample({ student }, QDate(2026, 10, 12), VisitForm::Phone) });
    CHECK(ids.size() == 2);
    Statement audit(db, "SELECT count(*), max(detail) FROM audit_log WHERE entity = 'home_visit' AND action = 'import'");
    REQUIRE(audit.step());
    CHECK(audit.integer(0) == 1);
    CHECK(audit.text(1).contains(QStringLiteral("visits=2")));
    CHECK(visits.studentVisits(student).size() == 3);
    // Update and remove.
    HomeVisit changed = visits.visit(ids.first());
    changed.form = VisitForm::Video;
    changed.agreed = QStringLiteral("下周再访");
    visits.update(changed);
    CHECK(visits.visit(ids.first()).form == VisitForm::Video);
    CHECK(visits.visit(ids.first()).agreed == QStringLiteral("下周再访"));
    visits.remove(ids.first());
    CHECK_THROWS_MATCHES(visits.visit(ids.first()), Error, test::HasKind(ErrorKind::Rejected));
}

TEST_CASE_METHOD(
    Fixture, "class teachers record and read visits of their classes only, the head reads, admins are denied", "[visits]")
{
    const qint64 mine = addStudent(8, QStringLiteral("1班"));
    const qint64 sibling = addStudent(6, QStringLiteral("2班")); // a sibling in another class
    const qint64 other = addStudent(8, QStringLiteral("2班"));
    const qint64 family = visitOn({ mine, sibling }, QDate(2026, 10, 1));
    const qint64 otherVisit = visitOn({ other }, QDate(2026, 10, 2));
    const QString before = test::databaseContents(path);

    actAs(AccountRole::ClassTeacher, { ClassRef { 8, QStringLiteral("1班") } });
    HomeVisitRepository teacher(db, QStringLiteral("someone"));
    // Reading: the family visit lists only the teacher's student; another class's visit is denied.
    const HomeVisit read = teacher.visit(family);
    CHECK(read.studentIds == QList<qint64> { mine });
    CHECK_THROWS_MATCHES(teacher.visit(otherVisit), Error, test::HasKind(ErrorKind::Denied));
    CHECK(teacher.visitsIn({}).size() == 1);
    CHECK_THROWS_MATCHES(teacher.studentVisits(other), Error, test::HasKind(ErrorKind::Denied));
    const TermCoverage c = teacher.coverage();
    REQUIRE(c.classes.size() == 1);
    CHECK(c.classes.first().className == QStringLiteral("1班"));
    CHECK(c.visits == 1);
    CHECK(teacher.missing().isEmpty());
    // Writing: outside the classes denied, nothing written; a family visit with another class's
    // child cannot be changed or removed by them.
    CHECK_THROWS_MATCHES(teacher.add(sample({ other }, QDate(2026, 10, 3))), Error, test::HasKind(ErrorKind::Denied));
    CHECK_THROWS_MATCHES(teacher.add(sample({ mine, other }, QDate(2026, 10, 3))), Error, test::HasKind(ErrorKind::Denied));
    CHECK_THROWS_MATCHES(teacher.remove(family), Error, test::HasKind(ErrorKind::Denied));
    CHECK_THROWS_MATCHES(teacher.remove(otherVisit), Error, test::HasKind(ErrorKind::Denied));
    CHECK_THROWS_MATCHES(teacher.setRules(CoverageRules {}), Error, test::HasKind(ErrorKind::Denied));
    CHECK(test::databaseContents(path) == before);
    const qint64 own = teacher.add(sample({ mine }, QDate(2026, 10, 3), VisitForm::Phone));
    HomeVisit changed = teacher.visit(own);
    changed.agreed = QStringLiteral("下月再电话回访");
    teacher.update(changed);
    CHECK(teacher.visit(own).agreed == QStringLiteral("下月再电话回访"));
    HomeVisit familyVisit = teacher.visit(family);
    familyVisit.agreed = QStringLiteral("改动");
    CHECK_THROWS_MATCHES(teacher.update(familyVisit), Error, test::HasKind(ErrorKind::Denied));
    teacher.remove(own);

    actAs(AccountRole::Head);
    HomeVisitRepository head(db, QStringLiteral("someone"));
    CHECK(head.visit(family).studentIds.size() == 2);
    CHECK(head.coverage().visits == 2);
    CHECK(head.missing().size() == 0);
    CHECK_THROWS_MATCHES(head.add(sample({ mine }, QDate(2026, 10, 3))), Error, test::HasKind(ErrorKind::Denied));
    CHECK_THROWS_MATCHES(head.remove(family), Error, test::HasKind(ErrorKind::Denied));
    CHECK_THROWS_MATCHES(head.setRules(CoverageRules {}), Error, test::HasKind(ErrorKind::Denied));

    actAs(AccountRole::Admin);
    HomeVisitRepository admin(db, QStringLiteral("someone"));
    CHECK_THROWS_MATCHES(admin.coverage(), Error, test::HasKind(ErrorKind::Denied));
    CHECK_THROWS_MATCHES(admin.visit(family), Error, test::HasKind(ErrorKind::Denied));
    CHECK_THROWS_MATCHES(admin.due(), Error, test::HasKind(ErrorKind::Denied));
    CHECK_THROWS_MATCHES(admin.add(sample({ mine }, QDate(2026, 10, 3))), Error, test::HasKind(ErrorKind::Denied));
    CoverageRules r;
    r.base = CoverageRules::Base::ClassSize;
    admin.setRules(r); // school settings: administrators may change them
    CHECK(admin.rules() == r);
}

TEST_CASE(
    "the demo school has a term of home visits with a few classes behind and key students visited monthly", "[visits][demo]")
{
    struct Row
    {
        QDate today;
        const char *term; // the term the demo fills
    };
    const Row rows[] = {
        { QDate(2026, 11, 16), "2026-2027-1" },
        { QDate(2027, 2, 5), "2026-2027-1" }, // early in the spring term: the autumn term, whole
    };
    for (const Row &row : rows) {
        INFO("demo on " << row.today.toString(Qt::ISODate).toStdString());
        clock::testing::FixedClock fixed(row.today);
        test::TempDir dir;
        const QString path = dir.path(QStringLiteral("demo.xinan"));
        const QString key
            = createDemoDatabase(path, QStringLiteral("demo"), test::secret("demo lanterns by the river"), { 600, 2026 });
        SchoolFile school = SchoolFile::unlockWithRecoveryKey(path, key, QStringLiteral("demo"));
        HomeVisitRepository visits(school.db(), QStringLiteral("demo"));
        const TermCoverage c = visits.coverage(QString::fromLatin1(row.term));
        REQUIRE(c.enrolled > 0);
        const double rate = double(c.visited) / c.enrolled;
        INFO("coverage " << rate);
        CHECK(rate >= 0.70);
        CHECK(rate <= 0.90);
        int behind = 0;
        for (const ClassVisitCoverage &cls : c.classes)
            behind += cls.rate() < 0.6 ? 1 : 0;
        CHECK(behind >= 2);
        CHECK(behind <= 4);
        // Forms: mostly 实地 and 电话.
        const QList<HomeVisit> all = visits.visitsIn(QString::fromLatin1(row.term));
        REQUIRE(all.size() == c.visits);
        const auto count = [&](VisitForm f) {
            return std::count_if(all.cbegin(), all.cend(), [f](const HomeVisit &v) { return v.form == f; });
        };
        CHECK(count(VisitForm::Onsite) + count(VisitForm::Phone) >= all.size() * 8 / 10);
        CHECK(count(VisitForm::Onsite) > count(VisitForm::Phone));
        CHECK(count(VisitForm::Video) + count(VisitForm::School) > 0);
        for (const HomeVisit &v : all) {
            CHECK(v.visitedAt.date() < row.today);
            CHECK_FALSE(v.visitors.isEmpty());
        }
        // Key students visited monthly, one or two overdue from last month.
        const QList<DueVisit> due = visits.due(0);
        const auto overdueMonthly = std::count_if(
            due.cbegin(), due.cend(), [](const DueVisit &d) { return d.why == DueVisit::Why::KeyMonthly && d.overdueDays > 0; });
        CHECK(overdueMonthly >= 1);
        CHECK(overdueMonthly <= 2);
        const auto keyVisits
            = std::count_if(all.cbegin(), all.cend(), [](const HomeVisit &v) { return v.purpose == VisitPurpose::Key; });
        CHECK(keyVisits > 0);
    }
}
