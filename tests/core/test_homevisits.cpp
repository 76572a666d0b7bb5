// 家访 coverage: terms (the usual calendar and the school's own) and their boundaries, coverage
// per class and grade under the school's rules (every student, the class-size preset, intake
// grades in their first term), the students still missing, archived and on-leave students left
// out, and the key-student and return rules' due visits with "today" set through the clock.
#include "homevisitfixture.h"
TEST_CASE("term ids, display names, previous and next terms, and ids that are not terms", "[visits]")
{
    struct Row
    {
        const char *id;
        bool valid;
        QDate from, to;
        const char *previous, *next;
    };
    const Row rows[] = {
        { "2026-2027-1", true, QDate(2026, 9, 1), QDate(2027, 1, 31), "2025-2026-2", "2026-2027-2" },
        { "2026-2027-2", true, QDate(2027, 2, 1), QDate(2027, 8, 31), "2026-2027-1", "2027-2028-1" },
        { " 2027-2028-1 ", true, QDate(2027, 9, 1), QDate(2028, 1, 31), "2026-2027-2", "2027-2028-2" },
        { "2026-2028-1", false, {}, {}, "", "" },
        { "2026-2027-3", false, {}, {}, "", "" },
        { "2026-2027", false, {}, {}, "", "" },
        { "autumn", false, {}, {}, "", "" },
        { "", false, {}, {}, "", "" },
    };
    for (const Row &r : rows) {
        INFO(r.id);
        const auto t = calendarTerm(QString::fromLatin1(r.id));
        REQUIRE(t.has_value() == r.valid);
        if (!r.valid)
            continue;
        CHECK(t->startsOn == r.from);
        CHECK(t->endsOn == r.to);
        CHECK(t->fromCalendar);
        CHECK(previousTermId(t->id) == QLatin1String(r.previous));
        CHECK(nextTermId(t->id) == QLatin1String(r.next));
    }
    CHECK(calendarTerm(QStringLiteral("2026-2027-1"))->firstYear() == 2026);
    CHECK(calendarTerm(QStringLiteral("2026-2027-2"))->number() == 2);
    CHECK(termDisplayName(QStringLiteral("2026-2027-1")) == QStringLiteral("2026–2027 school year, first term"));
    CHECK(calendarTerm(QStringLiteral("2026-2027-2"))->displayName() == QStringLiteral("2026–2027 school year, second term"));
    CHECK(previousTermId(QStringLiteral("2026-2027-3")).isEmpty());
    CHECK(nextTermId(QStringLiteral("bad")).isEmpty());
    CHECK(termDisplayName(QStringLiteral("not a term")) == QStringLiteral("not a term"));

    struct Day
    {
        QDate day;
        const char *term;
    };
    const Day days[] = {
        { QDate(2026, 9, 1), "2026-2027-1" },
        { QDate(2027, 1, 31), "2026-2027-1" },
        { QDate(2027, 2, 1), "2026-2027-2" },
        { QDate(2027, 8, 31), "2026-2027-2" },
        { QDate(2026, 8, 31), "2025-2026-2" },
    };
    for (const Day &d : days) {
        INFO(d.day.toString(Qt::ISODate).toStdString());
        CHECK(calendarTermContaining(d.day).id == QLatin1String(d.term));
    }
}

TEST_CASE_METHOD(Fixture, "the term calendar uses the school's terms where set and the usual calendar elsewhere", "[visits]")
{
    TermCalendar calendar(db);
    CHECK(calendar.currentTerm().id == QStringLiteral("2026-2027-1"));
    CHECK(calendar.currentTerm().fromCalendar);
    addSchoolTerm("2026-2027-1", QDate(2026, 9, 1), QDate(2027, 1, 20));
    CHECK_FALSE(calendar.currentTerm().fromCalendar);
    CHECK(calendar.term(QStringLiteral("2026-2027-1")).endsOn == QDate(2027, 1, 20));
    // The gap after the school's term: the calendar's term, clipped to begin after it.
    const SchoolTerm gap = calendar.termContaining(QDate(2027, 1, 25));
    CHECK(gap.fromCalendar);
    CHECK(gap.startsOn == QDate(2027, 1, 21));
    CHECK(gap.endsOn == QDate(2027, 1, 31));
    CHECK(calendar.term(QStringLiteral("2026-2027-2")).startsOn == QDate(2027, 2, 1));
    try {
        calendar.term(QStringLiteral("2026秋"));
        FAIL("a bad term id was accepted");
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::Rejected);
        CHECK(e.message().contains(QStringLiteral("2026-2027-1")));
        CHECK(e.message().contains(QStringLiteral("2026秋")));
    }
    CHECK_THROWS_MATCHES(visits.coverage(QStringLiteral("2026-27-1")), Error, test::HasKind(ErrorKind::Rejected));
}

TEST_CASE_METHOD(Fixture, "a visit counts in the term that contains its day, at the term boundaries", "[visits]")
{
    clock::testing::FixedClock later(QDate(2027, 3, 1));
    struct Row
    {
        bool schoolTerms;
        QDate day;
        const char *term;
        int visited; // in that term
    };
    const Row rows[] = {
        { false, QDate(2027, 1, 31), "2026-2027-1", 1 },
        { false, QDate(2027, 1, 31), "2026-2027-2", 0 },
        { false, QDate(2027, 2, 1), "2026-2027-1", 0 },
        { false, QDate(2027, 2, 1), "2026-2027-2", 1 },
        { false, QDate(2026, 9, 1), "2026-2027-1", 1 },
        { false, QDate(2026, 8, 31), "2026-2027-1", 0 },
        { true, QDate(2027, 1, 20), "2026-2027-1", 1 },
        { true, QDate(2027, 1, 21), "2026-2027-1", 0 },
        { true, QDate(2027, 1, 31), "2026-2027-2", 0 },
        { true, QDate(2027, 2, 21), "2026-2027-2", 0 },
        { true, QDate(2027, 2, 22), "2026-2027-2", 1 },
    };
    const qint64 student = addStudent(8, QStringLiteral("1班"));
    bool termsSet = false;
    for (const Row &r : rows) {
        INFO(r.day.toString(Qt::ISODate).toStdString() << " in " << r.term << (r.schoolTerms ? " (school terms)" : ""));
        if (r.schoolTerms && !termsSet) {
            addSchoolTerm("2026-2027-1", QDate(2026, 9, 1), QDate(2027, 1, 20));
            addSchoolTerm("2026-2027-2", QDate(2027, 2, 22), QDate(2027, 7, 9));
            termsSet = true;
        }
        const qint64 id = visitOn({ student }, r.day);
        const TermCoverage c = visits.coverage(QString::fromLatin1(r.term));
        CHECK(c.visited == r.visited);
        CHECK(c.visits == r.visited);
        CHECK(visits.visitsIn(QString::fromLatin1(r.term)).size() == r.visited);
        CHECK(visits.missing(QString::fromLatin1(r.term)).size() == 1 - r.visited);
        visits.remove(id);
    }
}

TEST_CASE_METHOD(Fixture, "a family visit counts for each child and archived or on-leave students are not due", "[visits]")
{
    const qint64 elder = addStudent(8, QStringLiteral("1班"), StudentStatus::Enrolled, QStringLiteral("王大"));
    const qint64 younger = addStudent(7, QStringLiteral("3班"), StudentStatus::Enrolled, QStringLiteral("王小"));
    const qint64 alone = addStudent(8, QStringLiteral("1班"), StudentStatus::Enrolled, QStringLiteral("李一"));
    for (StudentStatus s :
        { StudentStatus::Graduated, StudentStatus::TransferredOut, StudentStatus::Withdrawn, StudentStatus::Suspended })
        addStudent(8, QStringLiteral("1班"), s);
    const qint64 visitId = visitOn({ elder, younger }, QDate(2026, 10, 12));

    const TermCoverage c = visits.coverage();
    CHECK(c.term.id == QStringLiteral("2026-2027-1"));
    CHECK(c.enrolled == 3);
    CHECK(c.visited == 2);
    CHECK(c.onsite == 2);
    CHECK(c.visits == 1);
    REQUIRE(c.classes.size() == 2);
    CHECK(c.classes.at(0).grade == 7); // by grade
    const ClassVisitCoverage *eight = classRow(c, 8, QStringLiteral("1班"));
    REQUIRE(eight);
    CHECK(eight->enrolled == 2);
    CHECK(eight->visited == 1);
    CHECK(eight->missing == 1);
    CHECK(eight->behind);
    const ClassVisitCoverage *seven = classRow(c, 7, QStringLiteral("3班"));
    REQUIRE(seven);
    CHECK(seven->visited == 1);
    CHECK_FALSE(seven->behind);
    CHECK(c.grades().size() == 2);

    const QList<MissingVisit> missing = visits.missing();
    REQUIRE(missing.size() == 1);
    CHECK(missing.first().studentId == alone);
    CHECK_FALSE(missing.first().lastVisit.isValid());
    CHECK(visits.missing({}, 7).isEmpty());

    const HomeVisit read = visits.visit(visitId);
    CHECK(read.studentIds.size() == 2);
    CHECK(read.visitors.size() == 1);
    CHECK(read.familyTags == QStringList { QStringLiteral("left_behind") });
    CHECK(visits.studentVisits(younger).size() == 1);

    // The visit is on each child's timeline.
    const QList<TimelineEntry> line = studentTimeline(db, younger, QStringLiteral("wang"));
    CHECK(std::any_of(line.cbegin(), line.cend(), [&](const TimelineEntry &e) {
        return e.kind == QStringLiteral("homevisit") && e.sourceId == visitId && e.date == QDate(2026, 10, 12);
    }));

    // A student who leaves the school no longer counts, though the visit stays.
    Statement st(db, "UPDATE students SET status = 'transferred' WHERE id = ?");
    st.bind(1, younger).run();
    const TermCoverage after = visits.coverage();
    CHECK(after.enrolled == 2);
    CHECK(after.visited == 1);
    CHECK(after.visits == 1);
}

TEST_CASE_METHOD(Fixture, "the class-size preset at 30, 31, 49 and 50 students and intake grades in their first term", "[visits]")
{
    struct Row
    {
        const char *className;
        int grade;
        int size;
        int visitedOnsite;
        int visitedPhone;
        int required;
        int requiredOnsite;
        bool behind;
    };
    const Row rows[] = {
        { "10班", 8, 30, 29, 0, 30, 0, true }, { "2班", 8, 31, 20, 11, 31, 0, false }, { "3班", 8, 49, 40, 8, 49, 0, true },
        { "4班", 8, 50, 25, 0, 25, 25, false }, { "5班", 9, 50, 20, 10, 25, 25, true }, // half visited, but not half on site
        { "6班", 7, 50, 25, 0, 50, 25, true }, // intake grade in its first term: every student
        { "7班", 1, 50, 50, 0, 50, 25, false }, // the other intake grades: 一年级, 高一, 中职一年级
        { "8班", 10, 50, 30, 15, 50, 25, true }, { "9班", 13, 50, 25, 0, 50, 25, true },
        { "11班", 12, 50, 25, 0, 25, 25, false }, // 高三 is not an intake grade
    };
    for (const Row &r : rows) {
        const QString className = QString::fromUtf8(r.className);
        const QList<qint64> ids = addClass(r.grade, className, r.size);
        for (int i = 0; i < r.visitedOnsite; ++i)
            visitOn({ ids.at(i) }, QDate(2026, 10, 1));
        for (int i = r.visitedOnsite; i < r.visitedOnsite + r.visitedPhone; ++i)
            visitOn({ ids.at(i) }, QDate(2026, 10, 2), VisitForm::Phone);
    }
    CoverageRules rules;
    rules.base = CoverageRules::Base::ClassSize;
    visits.setRules(rules);
    CHECK(visits.rules() == rules);
    const TermCoverage c = visits.coverage();
    for (const Row &r : rows) {
        const QString className = QString::fromUtf8(r.className);
        INFO("grade " << r.grade << " class of " << r.size);
        const ClassVisitCoverage *row = classRow(c, r.grade, className);
        REQUIRE(row);
        CHECK(row->enrolled == r.size);
        CHECK(row->visited == r.visitedOnsite + r.visitedPhone);
        CHECK(row->onsite == r.visitedOnsite);
        CHECK(row->required == r.required);
        CHECK(row->requiredOnsite == r.requiredOnsite);
        CHECK(row->behind == r.behind);
    }
    // The spring term is not the intake grade's first: half on site is enough there.
    const TermCoverage spring = visits.coverage(QStringLiteral("2026-2027-2"));
    const ClassVisitCoverage *intake = classRow(spring, 7, QStringLiteral("6班"));
    REQUIRE(intake);
    CHECK(intake->required == 25);
    // Without the intake rule the autumn term asks half too.
    rules.intakeGrades = false;
    visits.setRules(rules);
    const TermCoverage noIntake = visits.coverage();
    CHECK(classRow(noIntake, 7, QStringLiteral("6班"))->required == 25);
    // The default rule: every student.
    visits.setRules(CoverageRules {});
    const TermCoverage every = visits.coverage();
    const ClassVisitCoverage *big = classRow(every, 8, QStringLiteral("4班"));
    REQUIRE(big);
    CHECK(big->required == 50);
    CHECK(big->requiredOnsite == 0);
    CHECK(big->behind);
    // By grade, then class in natural order (2班 before 10班).
    QStringList order;
    for (const ClassVisitCoverage &row : every.classes)
        order << QStringLiteral("%1/%2").arg(row.grade).arg(row.className);
    CHECK(order.join(u' ') == QStringLiteral("1/7班 7/6班 8/2班 8/3班 8/4班 8/10班 9/5班 10/8班 12/11班 13/9班"));
    const QList<ClassVisitCoverage> grades = every.grades();
    REQUIRE(grades.size() == 7);
    CHECK(grades.at(2).grade == 8);
    CHECK(grades.at(2).className.isEmpty());
    CHECK(grades.at(2).enrolled == 160);
    CHECK(grades.at(2).visited == 29 + 31 + 48 + 25);
    CHECK(grades.at(2).behind);
}

TEST_CASE_METHOD(Fixture, "key students need a visit each month and one on site a term", "[visits]")
{
    const qint64 key = addStudent(8, QStringLiteral("1班"), StudentStatus::Enrolled, QStringLiteral("赵重"));
    const qint64 plain = addStudent(8, QStringLiteral("1班"));
    setLevel(key, 2);
    struct Row
    {
        QDate today;
        QList<QPair<QDate, VisitForm>> visits;
        int horizon;
        QList<QPair<DueVisit::Why, QDate>> due; // what is due, with the due day
        QList<int> overdue;
    };
    const Row rows[] = {
        // No visit at all: October was missed (overdue since 31 Oct), the on-site visit is
        // due at the term's end (not within 7 days).
        { QDate(2026, 11, 16), {}, 7, { { DueVisit::Why::KeyMonthly, QDate(2026, 10, 31) } }, { 16 } },
        // October visited by phone: November is due at its end, within 14 days; no 实地 yet.
        { QDate(2026, 11, 16), { { QDate(2026, 10, 20), VisitForm::Phone } }, 14,
            { { DueVisit::Why::KeyMonthly, QDate(2026, 11, 30) } }, { 0 } },
        // Near the term's end: the on-site visit is due too.
        { QDate(2027, 1, 28), { { QDate(2026, 12, 20), VisitForm::Phone }, { QDate(2027, 1, 5), VisitForm::Phone } }, 7,
            { { DueVisit::Why::KeyOnsite, QDate(2027, 1, 31) } }, { 0 } },
        // Visited on site this month and last: nothing due.
        { QDate(2026, 11, 16), { { QDate(2026, 10, 20), VisitForm::Onsite }, { QDate(2026, 11, 2), VisitForm::Phone } }, 30, {},
            {} },
        // A new term: January and February visited, the spring term's 实地 visit is due at its end only.
        { QDate(2027, 2, 3), { { QDate(2027, 1, 5), VisitForm::Phone }, { QDate(2027, 2, 2), VisitForm::Phone } }, 0, {}, {} },
    };
    for (const Row &r : rows) {
        INFO("today " << r.today.toString(Qt::ISODate).toStdString());
        clock::testing::FixedClock day(r.today);
        QList<qint64> added;
        for (const auto &v : r.visits)
            added << visitOn({ key }, v.first, v.second);
        const QList<DueVisit> due = visits.due(r.horizon);
        REQUIRE(due.size() == r.due.size());
        for (qsizetype i = 0; i < due.size(); ++i) {
            CHECK(due.at(i).studentId == key);
            CHECK(due.at(i).why == r.due.at(i).first);
            CHECK(due.at(i).dueOn == r.due.at(i).second);
            CHECK(due.at(i).overdueDays == r.overdue.at(i));
        }
        for (qint64 id : added)
            visits.remove(id);
    }
    // A student who became key (red) on 25 November: November's visit is due two weeks after that day.
    clock::testing::FixedClock december(QDate(2026, 12, 3));
    setLevel(key, 0);
    {
        RiskRepository risk(db, QStringLiteral("wang"));
        clock::testing::FixedClock when(QDateTime(QDate(2026, 11, 25), QTime(9, 0)));
        risk.change(plain, RiskLevel::Red, RiskSource::Session, QStringLiteral("合成原因"));
    }
    const QList<DueVisit> due = visits.due(7);
    REQUIRE(due.size() == 1);
    CHECK(due.first().studentId == plain);
    CHECK(due.first().why == DueVisit::Why::KeyMonthly);
    CHECK(due.first().dueOn == QDate(2026, 12, 9));
    CHECK(due.first().overdueDays == 0);
    CHECK(dueVisitReason(DueVisit::Why::KeyMonthly).size() > 0);
    // The switch off: nothing for key students.
    CoverageRules off;
    off.keyStudentsMonthly = false;
    visits.setRules(off);
    CHECK(visits.due(30).isEmpty());
}

TEST_CASE_METHOD(Fixture, "a returned student needs a visit within 14 days of the return day", "[visits]")
{
    const qint64 student = addStudent(10, QStringLiteral("2班"));
    returned(student, QDate(2026, 11, 2));
    struct Row
    {
        QDate today;
        QDate visit; // null: none
        int horizon;
        int due;
        int overdue;
    };
    const Row rows[] = {
        { QDate(2026, 11, 5), {}, 7, 0, 0 }, // due 16 Nov, beyond the horizon
        { QDate(2026, 11, 10), {}, 7, 1, 0 }, { QDate(2026, 11, 16), {}, 0, 1, 0 }, // the last day
        { QDate(2026, 11, 17), {}, 0, 1, 1 }, { QDate(2026, 11, 30), {}, 0, 1, 14 },
        { QDate(2026, 11, 30), QDate(2026, 10, 20), 0, 1, 14 }, // a visit before the return does not count
        { QDate(2026, 11, 30), QDate(2026, 11, 12), 0, 0, 0 },
        { QDate(2026, 11, 30), QDate(2026, 11, 25), 0, 0, 0 }, // late, but visited
    };
    for (const Row &r : rows) {
        INFO("today " << r.today.toString(Qt::ISODate).toStdString());
        clock::testing::FixedClock day(r.today);
        const qint64 id = r.visit.isValid() ? visitOn({ student }, r.visit) : 0;
        const QList<DueVisit> due = visits.due(r.horizon);
        REQUIRE(due.size() == r.due);
        if (r.due) {
            CHECK(due.first().why == DueVisit::Why::AfterReturn);
            CHECK(due.first().dueOn == QDate(2026, 11, 16));
            CHECK(due.first().overdueDays == r.overdue);
        }
        if (id)
            visits.remove(id);
    }
}
