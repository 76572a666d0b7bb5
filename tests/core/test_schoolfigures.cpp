// The school's figures (core/repo/schoolfigures.h) of a small school whose every record is known,
// counted by hand below (not by the code under test): a term, months and their first and last
// days, a period not yet ended. The other cases are in test_schoolfigures_more.cpp.
#include "figuresfixture.h"

namespace {

KeyPlan plan(qint64 student)
{
    KeyPlan p;
    p.studentId = student;
    p.situation = QStringLiteral("近期情绪低落");
    p.goals = QStringLiteral("情绪稳定");
    p.measures = QStringLiteral("每周面谈一次");
    p.counsellor = QStringLiteral("罗敏");
    p.parentInformed = true;
    p.parentInformedOn = QDate(2026, 5, 1);
    return p;
}

// The known school: term 2026-2027-1 of the school runs 1 September 2026 to 15 January 2027
// with a holiday 1–9 October (so the week of 5 October has no teaching day).
struct KnownSchool : Fixture
{
    qint64 a3a, a3b, s5a, s5b, s5c, s8a, s8b, s8c, v13a, v13b, t8;

    KnownSchool()
    {
        sql("INSERT INTO terms (id, starts_on, ends_on) VALUES ('2026-2027-1', '2026-09-01', '2027-01-15')");
        sql("INSERT INTO term_holidays (term_id, first_day, last_day, name) VALUES ('2026-2027-1', '2026-10-01', "
            "'2026-10-09', '国庆')");
        sql("INSERT INTO staff (name, kind, active, created_at) VALUES ('罗敏', 'full_time', 1, '2026-01-01T00:00:00Z'), "
            "('田芳', 'full_time', 1, '2026-01-01T00:00:00Z'), ('吴兰', 'part_time', 1, '2026-01-01T00:00:00Z'), "
            "('赵刚', 'full_time', 0, '2026-01-01T00:00:00Z')");
        sql("INSERT INTO rooms (name, kind, active, created_at, area_m2) VALUES ('个辅室', 'individual', 1, "
            "'2026-01-01T00:00:00Z', 20.5), ('沙盘室', 'sandplay', 1, '2026-01-01T00:00:00Z', NULL), ('旧室', 'other', 0, "
            "'2026-01-01T00:00:00Z', 30)");
        a3a = addStudent(3, QStringLiteral("1班"));
        a3b = addStudent(3, QStringLiteral("1班"));
        s5a = addStudent(5, QStringLiteral("1班"));
        s5b = addStudent(5, QStringLiteral("1班"));
        s5c = addStudent(5, QStringLiteral("1班"));
        s8a = addStudent(8, QStringLiteral("2班"));
        s8b = addStudent(8, QStringLiteral("2班"));
        s8c = addStudent(8, QStringLiteral("2班"));
        v13a = addStudent(13, QStringLiteral("1班"));
        v13b = addStudent(13, QStringLiteral("1班"));
        t8 = addStudent(8, QStringLiteral("2班"), StudentStatus::TransferredOut);

        // Risk: s5a yellow before the term, orange on its first day, red (a crisis) on its last;
        // s8a red (a crisis) in October, yellow in December; s8b orange the day after the term;
        // v13a orange since June.
        RiskRepository risk(db, Actor);
        risk.change(v13a, RiskLevel::Orange, RiskSource::Session, QStringLiteral("面谈"), local(2026, 6, 1));
        risk.change(s5a, RiskLevel::Yellow, RiskSource::TeacherReport, QStringLiteral("班主任反映"), local(2026, 8, 20));
        risk.change(s5a, RiskLevel::Orange, RiskSource::Session, QStringLiteral("面谈"), local(2026, 9, 1, 0));
        PlanRepository plans(db, Actor);
        plans.save(plan(v13a), local(2026, 6, 2));
        plans.save(plan(s5a), local(2026, 9, 2));

        CrisisRepository crises(db, Actor);
        const qint64 c1 = crises.open(s8a, local(2026, 10, 10, 9), QStringLiteral("课间情绪失控"));
        crises.addStep(c1, local(2026, 10, 10, 10), CrisisStepKind::Notify, CrisisParty::Guardian, QStringLiteral("电话"));
        crises.addStep(c1, local(2026, 10, 10, 11), CrisisStepKind::Notify, CrisisParty::Head, QStringLiteral("面告"));
        crises.close(c1, QStringLiteral("已稳定"), local(2026, 10, 20));
        plans.save(plan(s8a), local(2026, 10, 11));
        plans.close(s8a, QStringLiteral("已降级"), local(2026, 12, 1));
        risk.change(s8a, RiskLevel::Yellow, RiskSource::Review, QStringLiteral("周调度复核"), local(2026, 12, 1, 12));
        crises.open(s5a, local(2027, 1, 15, 18), QStringLiteral("晚自习后情绪崩溃")); // stays open
        risk.change(s8b, RiskLevel::Orange, RiskSource::Session, QStringLiteral("面谈"), local(2027, 1, 16));

        // Screening: PHQ-9 in the term (a3a, s5a none; s5b mild; s8a moderate on the first day),
        // SCL-90 from another platform for v13a on the last day, s8c the day after.
        ScreeningRepository screening(db, Actor);
        const Instrument phq9 = findInstrument(db, QStringLiteral("phq9")).value();
        const QList<int> calm { 0, 0, 0, 0, 0, 0, 0, 0, 0 };
        const QList<int> mild { 1, 1, 1, 1, 1, 1, 0, 0, 0 };
        const QList<int> moderate { 2, 2, 2, 2, 2, 1, 0, 0, 0 };
        screening.record(QStringLiteral("秋季筛查"), QStringLiteral("2026-2027-1"), phq9,
            { { a3a, calm, QDate(2026, 9, 20) }, { s5a, calm, QDate(2026, 9, 20) }, { s5b, mild, QDate(2026, 9, 20) },
                { s8a, moderate, QDate(2026, 9, 1) } },
            QStringLiteral("entered"));
        const qint64 drive = screening.findDrive(QStringLiteral("秋季筛查"))->id;
        screening.recordExternal({ drive, v13a, QStringLiteral("SCL-90"), 186, QStringLiteral("阳性"), QStringLiteral("省平台"),
            QDate(2027, 1, 15), false });
        screening.record(QStringLiteral("春季筛查"), QStringLiteral("2026-2027-2"), phq9, { { s8c, calm, QDate(2027, 1, 16) } },
            QStringLiteral("entered"));

        // Counselling: four records in the term (two in October), one after it; a group session.
        SessionRepository sessions(db, Actor);
        auto session = [&](qint64 student, const QDate &day, QStringList categories) {
            CounsellingRecordInput in;
            in.studentId = student;
            in.heldOn = day;
            in.categories = std::move(categories);
            in.summary = QStringLiteral("面谈");
            sessions.add(in);
        };
        session(s5a, QDate(2026, 9, 1), { QStringLiteral("学业压力"), QStringLiteral("情绪困扰") });
        session(s5a, QDate(2026, 10, 15), { QStringLiteral("情绪困扰") });
        session(s8a, QDate(2026, 10, 10), { QStringLiteral("人际关系") });
        session(s8b, QDate(2027, 1, 15), { QStringLiteral("学业压力") });
        session(s8c, QDate(2027, 1, 16), { QStringLiteral("学业压力") });
        sql("INSERT INTO staff (name, kind, active, created_at) VALUES ('团辅', 'part_time', 0, '2026-01-01T00:00:00Z')");
        const qint64 group = sessions.addGroup(QStringLiteral("人际交往小组"), db.lastInsertId(), 4, { s5b, s5c, a3a });
        sessions.addGroupSession(group, QDate(2026, 10, 20), 45, { s5b, s5c });
        sessions.addGroupSession(group, QDate(2027, 1, 20), 45, { s5b });

        // Referrals: s8a opened in October, consent, slip, receipt in November, still open;
        // v13a opened before the term, refused on its first day, closed.
        ReferralRepository referrals(db, Actor);
        auto step = [&](qint64 referral, ReferralStepKind kind, const QDate &day) {
            ReferralStep s;
            s.referralId = referral;
            s.kind = kind;
            s.on = day;
            s.attendees = QStringLiteral("罗敏、杨老师");
            s.method = QStringLiteral("电话");
            s.consent = kind == ReferralStepKind::Parents ? ParentConsent::Consent : ParentConsent::None;
            s.hospital = QStringLiteral("贵州省第二人民医院");
            s.outcome = kind == ReferralStepKind::Receipt ? ReceiptOutcome::Outpatient : ReceiptOutcome::None;
            s.body = QStringLiteral("记录");
            return s;
        };
        const qint64 r1 = referrals.open(s8a, QDate(2026, 10, 11), QStringLiteral("情绪波动大"));
        referrals.addStep(step(r1, ReferralStepKind::Meeting, QDate(2026, 10, 11)));
        referrals.addStep(step(r1, ReferralStepKind::Parents, QDate(2026, 10, 12)));
        referrals.addStep(step(r1, ReferralStepKind::Slip, QDate(2026, 10, 13)));
        referrals.addStep(step(r1, ReferralStepKind::Receipt, QDate(2026, 11, 2)));
        const qint64 r2 = referrals.open(v13a, QDate(2026, 8, 25), QStringLiteral("睡眠差"));
        referrals.addStep(step(r2, ReferralStepKind::Meeting, QDate(2026, 8, 25)));
        ReferralStep refusal = step(r2, ReferralStepKind::Parents, QDate(2026, 9, 1));
        refusal.consent = ParentConsent::Refusal;
        referrals.addStep(refusal);
        referrals.close(r2, QDate(2026, 9, 5), QStringLiteral("家长拒绝"));

        // Leave and return: s8c on leave from November, deferred, then approved in December.
        LeaveRepository leaves(db, Actor);
        const qint64 leave = leaves.startLeave(s8c, QDate(2026, 11, 1), LeaveCategory::Mental, 0, QStringLiteral("因病休学"));
        ReturnApplicationInput app;
        app.leaveId = leave;
        app.appliedOn = QDate(2026, 12, 1);
        app.decidedOn = QDate(2026, 12, 1);
        app.decision = ReturnDecision::Defer;
        leaves.recordReturnApplication(app);
        app.appliedOn = app.decidedOn = QDate(2026, 12, 20);
        app.decision = ReturnDecision::Approve;
        app.conditionStable = app.noRiskBehaviour = app.functioningRestored = true;
        app.returnOn = QDate(2026, 12, 21);
        leaves.recordReturnApplication(app);

        // Home visits: on the first day, the last day of October (two siblings, by phone), the
        // last day (video), the day after (at school), the day before, and in November.
        HomeVisitRepository visits(db, Actor);
        auto visit = [&](QList<qint64> students, const QDate &day, VisitForm form) {
            HomeVisit v;
            v.studentIds = std::move(students);
            v.visitedAt = QDateTime(day, QTime(16, 30));
            v.form = form;
            v.visitors = { { VisitorRole::ClassTeacher, QString(), QStringLiteral("杨老师") } };
            visits.add(v);
        };
        visit({ s5a }, QDate(2026, 9, 1), VisitForm::Onsite);
        visit({ s5b, s5c }, QDate(2026, 10, 31), VisitForm::Phone);
        visit({ s8a }, QDate(2027, 1, 15), VisitForm::Video);
        visit({ s8b }, QDate(2027, 1, 16), VisitForm::School);
        visit({ a3a }, QDate(2026, 8, 31), VisitForm::Onsite);
        visit({ v13a }, QDate(2026, 11, 20), VisitForm::Phone);

        // Lessons and activities (no repository on this branch: SQL).
        sql("INSERT INTO psych_lessons (grade, class_name, given_on, periods, teacher, recorded_by, created_at) VALUES "
            "(5, '1班', '2026-09-01', 8, '罗敏', 'wang', '2026-09-01T00:00:00Z'), "
            "(5, '1班', '2027-01-15', 2, '罗敏', 'wang', '2027-01-15T00:00:00Z'), "
            "(8, '2班', '2026-10-15', 4, '罗敏', 'wang', '2026-10-15T00:00:00Z'), "
            "(13, '1班', '2026-11-10', 8, '田芳', 'wang', '2026-11-10T00:00:00Z'), "
            "(13, '1班', '2027-01-16', 2, '田芳', 'wang', '2027-01-16T00:00:00Z'), "
            "(3, '1班', '2026-08-31', 1, '罗敏', 'wang', '2026-08-31T00:00:00Z'), "
            "(9, '1班', '2026-10-15', 3, '罗敏', 'wang', '2026-10-15T00:00:00Z')");
        sql("INSERT INTO activities (held_on, kind, title, attendance, recorded_by, created_at) VALUES "
            "('2026-09-01', 'month_525', '心理健康月', 300, 'wang', '2026-09-01T00:00:00Z'), "
            "('2026-10-15', 'parent_school', '家长学校', 80, 'wang', '2026-10-15T00:00:00Z'), "
            "('2027-01-15', 'parent_meeting', '家长会', 120, 'wang', '2027-01-15T00:00:00Z'), "
            "('2026-11-05', 'teacher_training', '班主任培训', 25, 'wang', '2026-11-05T00:00:00Z'), "
            "('2027-01-16', 'teacher_training', '全员培训', 30, 'wang', '2027-01-16T00:00:00Z'), "
            "('2026-08-31', 'monitor_training', '心理委员培训', 40, 'wang', '2026-08-31T00:00:00Z')");
    }
};

} // namespace

TEST_CASE("A term's figures count the known school's records", "[figures]")
{
    KnownSchool k;
    const PeriodFigures f = schoolFigures(k.db, reportPeriod(k.db, QStringLiteral("2026-2027-1")));
    const SchoolInfo info = test::sampleSchool();
    CHECK(f.schoolName == info.name);
    CHECK(f.counsellorsFullTime == 2);
    CHECK(f.counsellorsPartTime == 1);
    CHECK(f.rooms == 2);
    CHECK(f.roomAreaM2 == Approx(20.5));
    CHECK(f.enrolled == 10);
    REQUIRE(f.grades.size() == 4);
    CHECK(f.grades.at(0).grade == 3);
    CHECK(f.grades.at(3).grade == 13);

    // Screening: grades 5, 8, 13 must be screened (8 students); 4 of them have a result.
    CHECK(f.screeningRequired == 8);
    CHECK(f.screened == 4);
    CHECK(grade(f, 3)->screeningRequired == 0);
    CHECK(grade(f, 3)->screened == 1);
    CHECK(grade(f, 5)->screeningRequired == 1);
    CHECK(grade(f, 5)->screened == 2);
    CHECK(grade(f, 8)->screened == 1);
    CHECK(grade(f, 13)->screened == 1);
    CHECK(f.screeningBands.size() == 4);
    CHECK(countOf(f.screeningBands, QStringLiteral("phq9:none")) == 2);
    CHECK(countOf(f.screeningBands, QStringLiteral("phq9:mild")) == 1);
    CHECK(countOf(f.screeningBands, QStringLiteral("phq9:moderate")) == 1);
    CHECK(countOf(f.screeningBands, QStringLiteral("SCL-90:阳性")) == 1);
    CHECK(find(f.screeningBands, QStringLiteral("phq9:mild"))->label == QStringLiteral("PHQ-9 轻度"));
    CHECK(f.screeningBands.last().code == QStringLiteral("SCL-90:阳性")); // other platforms last

    // Risk: start (1 Sept) s5a and v13a orange; end (15 Jan) s5a red, v13a orange, s8a yellow.
    CHECK(f.atStart == RiskCounts { 0, 2, 0, 8 });
    CHECK(f.atEnd == RiskCounts { 1, 1, 1, 7 });
    CHECK(f.levelsRaised == 3);
    CHECK(f.levelsLowered == 1);
    CHECK(f.newKeyStudents == 2);
    CHECK(f.keyStudentsAtEnd == 2);
    CHECK(f.plansAtEnd == 2);
    REQUIRE(f.weeks.size() == 20);
    CHECK(f.weeks.first().weekStart == QDate(2026, 8, 31));
    CHECK(f.weeks.first().levels == RiskCounts { 0, 2, 0, 8 });
    CHECK(f.weeks.at(5).weekStart == QDate(2026, 10, 5));
    CHECK(f.weeks.at(5).levels == RiskCounts { 1, 2, 0, 7 });
    CHECK(f.weeks.last().weekStart == QDate(2027, 1, 11));
    CHECK(f.weeks.last().levels == f.atEnd);

    // Counselling.
    CHECK(f.sessions == 4);
    CHECK(f.sessionStudents == 3);
    CHECK(f.sessionsByCategory.size() == 11); // the default list, zeros too
    CHECK(countOf(f.sessionsByCategory, QStringLiteral("学业压力")) == 2);
    CHECK(countOf(f.sessionsByCategory, QStringLiteral("情绪困扰")) == 2);
    CHECK(countOf(f.sessionsByCategory, QStringLiteral("人际关系")) == 1);
    CHECK(countOf(f.sessionsByCategory, QStringLiteral("校园欺凌")) == 0);
    CHECK(f.groupSessions == 1);
    CHECK(f.groupAttendance == 2);

    // Crises, referrals, leave and return.
    CHECK(f.crises == 2);
    CHECK(f.crisesClosed == 1);
    CHECK(f.crisesOpenAtEnd == 1);
    CHECK(f.referrals == 1);
    CHECK(f.referralSlips == 1);
    CHECK(f.referralReceipts == 1);
    CHECK(f.referralRefusals == 1);
    CHECK(f.referralsOpenAtEnd == 1);
    CHECK(f.leaves == 1);
    CHECK(f.returnApplications == 2);
    CHECK(f.returnsApproved == 1);
    CHECK(f.returnsDeferred == 1);

    // Home visits: every enrolled student is due (10); five visited, one on site.
    CHECK(f.visitsRequired == 10);
    CHECK(f.visited == 5);
    CHECK(f.visitedOnsite == 1);
    CHECK(f.visits == 4);
    CHECK(f.visitsByForm[0] == 1);
    CHECK(f.visitsByForm[1] == 2);
    CHECK(f.visitsByForm[2] == 1);
    CHECK(f.visitsByForm[3] == 0);
    CHECK(f.keyStudentsVisited == 2);
    CHECK(grade(f, 3)->visitsRequired == 2);
    CHECK(grade(f, 3)->visited == 0);
    CHECK(grade(f, 5)->visited == 3);
    CHECK(grade(f, 5)->visitedOnsite == 1);
    CHECK(grade(f, 8)->visited == 1);
    CHECK(grade(f, 13)->visited == 1);

    // Lessons: 19 teaching weeks → 10 课时 per class for grades 1–12, 10 学时 for 13.
    CHECK(f.lessonClasses == 4);
    CHECK(f.lessonPeriodsRequired == 40);
    CHECK(f.lessonPeriodsGiven == 22);
    CHECK(f.lessonClassesBehind == 3);
    CHECK(grade(f, 5)->lessonPeriodsGiven == 10);
    CHECK(grade(f, 5)->lessonClassesBehind == 0);
    CHECK(grade(f, 13)->lessonPeriodsRequired == 10);
    CHECK(grade(f, 13)->lessonPeriodsGiven == 8);
    CHECK(grade(f, 3)->lessonPeriodsGiven == 0);

    // Activities.
    CHECK(f.activities == 4);
    CHECK(f.activityAttendance == 525);
    CHECK(f.teachersTrained == 25);
    CHECK(f.parentSessions == 2);
    CHECK(f.activitiesByKind.size() == 7);
    CHECK(countOf(f.activitiesByKind, QStringLiteral("month_525")) == 1);
    CHECK(countOf(f.activitiesByKind, QStringLiteral("monitor_training")) == 0);
}

TEST_CASE("A month's figures count only its days", "[figures]")
{
    KnownSchool k;
    const PeriodFigures f = schoolFigures(k.db, reportPeriod(k.db, QStringLiteral("2026-10")));
    CHECK(f.enrolled == 10);
    CHECK(f.screened == 0);
    CHECK(f.screeningBands.isEmpty());
    CHECK(f.atStart == RiskCounts { 0, 2, 0, 8 });
    CHECK(f.atEnd == RiskCounts { 1, 2, 0, 7 });
    CHECK(f.levelsRaised == 1);
    CHECK(f.levelsLowered == 0);
    CHECK(f.newKeyStudents == 1);
    CHECK(f.keyStudentsAtEnd == 3);
    CHECK(f.plansAtEnd == 3);
    CHECK(f.weeks.size() == 5); // weeks from 28 Sept to 26 Oct
    CHECK(f.sessions == 2);
    CHECK(f.sessionStudents == 2);
    CHECK(countOf(f.sessionsByCategory, QStringLiteral("情绪困扰")) == 1);
    CHECK(countOf(f.sessionsByCategory, QStringLiteral("学业压力")) == 0);
    CHECK(f.groupSessions == 1);
    CHECK(f.groupAttendance == 2);
    CHECK(f.crises == 1);
    CHECK(f.crisesClosed == 1);
    CHECK(f.crisesOpenAtEnd == 0);
    CHECK(f.referrals == 1);
    CHECK(f.referralSlips == 1);
    CHECK(f.referralReceipts == 0);
    CHECK(f.referralRefusals == 0);
    CHECK(f.referralsOpenAtEnd == 1);
    CHECK(f.leaves == 0);
    CHECK(f.returnApplications == 0);
    // A month has no coverage rule: visits only (two siblings on 31 October, by phone).
    CHECK(f.visitsRequired == 0);
    CHECK(f.visits == 1);
    CHECK(f.visited == 2);
    CHECK(f.visitedOnsite == 0);
    CHECK(f.visitsByForm[1] == 1);
    CHECK(f.keyStudentsVisited == 0);
    // 3 teaching weeks in October (the holiday takes the first two): 2 课时 per class for grades
    // 1–12, ceil(10 × 3 / 19) = 2 学时 for 中职.
    CHECK(f.lessonPeriodsRequired == 8);
    CHECK(f.lessonPeriodsGiven == 4);
    CHECK(f.lessonClassesBehind == 3);
    CHECK(f.activities == 1);
    CHECK(f.activityAttendance == 80);
    CHECK(f.parentSessions == 1);
    CHECK(f.teachersTrained == 0);

    // November: the receipt, the leave, one visit; September: the first day's records.
    const PeriodFigures nov = schoolFigures(k.db, reportPeriod(k.db, QStringLiteral("2026-11")));
    CHECK(nov.referralReceipts == 1);
    CHECK(nov.leaves == 1);
    CHECK(nov.visits == 1);
    CHECK(nov.teachersTrained == 25);
    const PeriodFigures sep = schoolFigures(k.db, reportPeriod(k.db, QStringLiteral("2026-09")));
    CHECK(sep.visits == 1); // 31 August's is not in it
    CHECK(sep.referralRefusals == 1);
    CHECK(sep.screened == 3); // s5a, s5b, s8a (a3a's grade is not required)
    CHECK(sep.levelsRaised == 1); // s5a at midnight on 1 September
    CHECK(sep.atStart == RiskCounts { 0, 2, 0, 8 });
    const PeriodFigures aug = schoolFigures(k.db, reportPeriod(k.db, QStringLiteral("2026-08")));
    CHECK(aug.visits == 1);
    CHECK(aug.atEnd == RiskCounts { 0, 1, 1, 8 });
    CHECK(aug.lessonPeriodsGiven == 1);
}

TEST_CASE("A period not yet ended is counted up to today", "[figures]")
{
    KnownSchool k; // today is 1 March 2027, in the spring term (1 February – 31 August, 31 weeks)
    const PeriodFigures f = schoolFigures(k.db, reportPeriod(k.db));
    CHECK(f.period.id == QStringLiteral("2026-2027-2"));
    // At the end means today: s5a red, v13a and s8b orange, s8a yellow.
    CHECK(f.atEnd == RiskCounts { 1, 2, 1, 6 });
    CHECK(f.atStart == RiskCounts { 1, 2, 1, 6 });
    CHECK(f.levelsRaised == 0);
    CHECK(f.crisesOpenAtEnd == 1);
    CHECK(f.referralsOpenAtEnd == 1);
    // Five weeks so far (Mondays 1 February to 1 March), none after today.
    REQUIRE(f.weeks.size() == 5);
    CHECK(f.weeks.last().weekStart == QDate(2027, 3, 1));
    // A term's lessons are the 心理课 page's (LessonRepository): a calendar term counts at most its
    // first 20 teaching weeks, so ceil(20 / 2) = 10 课时 a class (three classes) and 10 学时 for
    // 中职; some are due by today, and no lesson has been given.
    CHECK(f.lessonPeriodsRequired == 40);
    CHECK(f.lessonPeriodsGiven == 0);
    CHECK(f.lessonClassesBehind == 4);
    // The records of 16–31 January fall between the school's autumn term and the calendar's spring.
    CHECK(f.groupSessions == 0);
    CHECK(f.sessions == 0);
    CHECK(f.activities == 0);
}
