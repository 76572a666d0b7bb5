// The role matrix for the office-side repositories, continued (test_roles_office.cpp tries every
// cell): what each role actually reads (details hidden from the head, feedback by recipient and
// class, timelines) and the confidential columns read from another connection under
// Access::system() (what the sqlcipher shell shows with the data key): only sealed values.
#include "officerolesfixture.h"

TEST_CASE_METHOD(OfficeRoles, "what each role reads: hidden details, feedback by recipient and class, timelines", "[roles]")
{
    const auto timeline = [](auto repo, qint64 student) { return repo.timelineEntries(student); };
    const auto joined = [](const QList<TimelineEntry> &entries) {
        QStringList parts;
        for (const TimelineEntry &e : entries)
            parts << e.title << e.body;
        return parts.join(u'\n');
    };

    SECTION("the counsellor reads every field back through the counsellor key")
    {
        actAs(Counsellor);
        const CounsellingRecord r = SessionRepository(db, counsellor).get(recordMine);
        CHECK(r.summary == SummaryPhrase);
        CHECK(r.assessment == AssessmentPhrase);
        CHECK(r.nextSteps == NextStepsPhrase);
        CHECK(r.privateNotes == PrivatePhrase);
        CHECK(AlertRepository(db, counsellor).interviews(mine).value(0).summary == InterviewPhrase);
        CHECK(AlertRepository(db, counsellor).find(alertOther)->reason.contains(QStringLiteral("item 9 = 2")));
        CHECK(AlertRepository(db, counsellor).candidate(resultOther)->criticalAnswers == QStringLiteral("item 9 = 2"));
        const CrisisEventDetail d = CrisisRepository(db, counsellor).detail(crisisMine);
        CHECK(d.event.whatHappened == QStringLiteral("危机\n") + WhatPhrase);
        CHECK(d.event.closure == ClosurePhrase);
        CHECK(d.steps.value(0).body == StepPhrase);
        CHECK(FeedbackRepository(db, counsellor).forStudent(mine).size() == 3);
        CHECK(joined(timeline(SessionRepository(db, counsellor), mine)).contains(SummaryPhrase));
        CHECK(joined(timeline(AlertRepository(db, counsellor), mine)).contains(InterviewPhrase));
        CHECK(joined(timeline(CrisisRepository(db, counsellor), mine)).contains(ClosurePhrase));
        CHECK(timeline(AppointmentRepository(db, counsellor), mine).size() == 1);
    }

    SECTION("the head reads crisis events without their details, screening bands, feedback addressed to the head")
    {
        actAs(Head);
        CrisisRepository crisis(db, head);
        for (const CrisisEvent &e : crisis.events()) {
            CHECK(e.whatHappened.isEmpty());
            CHECK(e.closure.isEmpty());
            CHECK(e.happenedAt.isValid());
        }
        const CrisisEventDetail d = crisis.detail(crisisMine);
        CHECK_FALSE(d.event.open);
        CHECK(d.event.closedAt.isValid());
        CHECK(d.event.headNotified);
        CHECK(d.event.guardianNotified);
        CHECK(d.event.notifications == 2);
        REQUIRE(d.steps.size() == 2);
        CHECK(d.steps[0].party == CrisisParty::Head);
        for (const CrisisStep &step : d.steps)
            CHECK(step.body.isEmpty());
        const QString crisisTimeline = joined(timeline(crisis, mine));
        CHECK(crisisTimeline.contains(QStringLiteral("Crisis event opened")));
        for (const QString &phrase : { WhatPhrase, ClosurePhrase, StepPhrase })
            CHECK_FALSE(crisisTimeline.contains(phrase));

        const ScreeningResultRow row = ScreeningRepository(db, head).studentResults(mine).value(0);
        CHECK(row.total == 14);
        CHECK(row.bandCode == QStringLiteral("moderate"));
        CHECK(row.critical);
        CHECK(timeline(ScreeningRepository(db, head), mine).size() == 1);

        FeedbackRepository feedback(db, head);
        const QList<Feedback> seen = feedback.forStudent(mine);
        REQUIRE(seen.size() == 1);
        CHECK(seen[0].id == toHeadMine);
        CHECK(feedback.get(toHeadMine).summary == QStringLiteral("已向校领导通报"));
        CHECK(test::kindOf([&] { feedback.get(toTeacherMine); }) == ErrorKind::Denied);
        CHECK(test::kindOf([&] { feedback.get(toParentsMine); }) == ErrorKind::Denied);
        CHECK(feedback.forStudent(other).isEmpty());
        CHECK(timeline(feedback, mine).size() == 1);

        // Nothing of counselling, appointments, alerts or interviews, not even on the timeline.
        CHECK(timeline(SessionRepository(db, head), mine).isEmpty());
        CHECK(timeline(AppointmentRepository(db, head), mine).isEmpty());
        CHECK(timeline(AlertRepository(db, head), mine).isEmpty());
        CHECK(timeline(AlertRepository(db, head), other).isEmpty());
    }

    SECTION("a class teacher reads only the feedback addressed to the class teacher, for its own class")
    {
        actAs(ClassTeacher);
        FeedbackRepository feedback(db, teacher);
        const QList<Feedback> seen = feedback.forStudent(mine);
        REQUIRE(seen.size() == 1);
        CHECK(seen[0].id == toTeacherMine);
        CHECK(seen[0].summary == QStringLiteral("请班主任多鼓励"));
        CHECK(feedback.get(toTeacherMine).recipient == FeedbackRecipient::ClassTeacher);
        CHECK(test::kindOf([&] { feedback.get(toHeadMine); }) == ErrorKind::Denied);
        CHECK(test::kindOf([&] { feedback.get(toParentsMine); }) == ErrorKind::Denied);
        // Another class: denied, even feedback addressed to a class teacher.
        CHECK(test::kindOf([&] { feedback.forStudent(other); }) == ErrorKind::Denied);
        CHECK(test::kindOf([&] { feedback.get(toTeacherOther); }) == ErrorKind::Denied);
        CHECK(test::kindOf([&] { timeline(feedback, other); }) == ErrorKind::Denied);
        const QList<TimelineEntry> own = timeline(feedback, mine);
        REQUIRE(own.size() == 1);
        CHECK(own[0].body == QStringLiteral("请班主任多鼓励"));
        // Nothing else of the office's on the timeline.
        CHECK(timeline(SessionRepository(db, teacher), mine).isEmpty());
        CHECK(timeline(AppointmentRepository(db, teacher), mine).isEmpty());
        CHECK(timeline(ScreeningRepository(db, teacher), mine).isEmpty());
        CHECK(timeline(CrisisRepository(db, teacher), mine).isEmpty());
        CHECK(timeline(AlertRepository(db, teacher), mine).isEmpty());
    }

    SECTION("an administrator reads no student content, not even on the timeline")
    {
        actAs(Admin);
        for (const qint64 student : { mine, other }) {
            CHECK(timeline(SessionRepository(db, admin), student).isEmpty());
            CHECK(timeline(AppointmentRepository(db, admin), student).isEmpty());
            CHECK(timeline(FeedbackRepository(db, admin), student).isEmpty());
            CHECK(timeline(ScreeningRepository(db, admin), student).isEmpty());
            CHECK(timeline(CrisisRepository(db, admin), student).isEmpty());
            CHECK(timeline(AlertRepository(db, admin), student).isEmpty());
        }
        CHECK(test::kindOf([&] { FeedbackRepository(db, admin).get(toHeadMine); }) == ErrorKind::Denied);
    }
}

TEST_CASE_METHOD(
    OfficeRoles, "account roles: only a counsellor gives or takes the counsellor role, the last one stays", "[roles]")
{
    const auto setRole = [&](const QString &user, AccountRole role) { OfficeRepository(db, actor()).setAccountRole(user, role); };
    for (const AccountRole role : { Head, ClassTeacher }) {
        actAs(role);
        CHECK(test::kindOf([&] { setRole(teacher, Head); }) == ErrorKind::Denied);
        CHECK(test::kindOf([&] { setRole(actor(), Counsellor); }) == ErrorKind::Denied);
        CHECK(test::kindOf([&] { OfficeRepository(db, actor()).accountRoles(); }) == ErrorKind::Denied);
    }
    actAs(Admin);
    CHECK(test::kindOf([&] { setRole(admin, Counsellor); }) == ErrorKind::Denied); // not itself
    CHECK(test::kindOf([&] { setRole(teacher, Counsellor); }) == ErrorKind::Denied); // nor anyone
    CHECK(test::kindOf([&] { setRole(counsellor, Admin); }) == ErrorKind::Denied); // nor take it away
    setRole(teacher, Head); // other roles: yes
    CHECK(accountRole(db, teacher) == Head);
    setRole(teacher, ClassTeacher);

    actAs(Counsellor);
    CHECK(test::kindOf([&] { setRole(counsellor, Admin); }) == ErrorKind::Rejected); // the last counsellor stays
    CHECK(accountRole(db, counsellor) == Counsellor);
    setRole(head, Counsellor);
    CHECK(accountRole(db, head) == Counsellor);
    setRole(head, Head);
    CHECK(accountRole(db, head) == Head);
    CHECK(accountRole(db, admin) == Admin);
}

TEST_CASE_METHOD(OfficeRoles, "confidential office fields are sealed in the database and open only with the counsellor key",
    "[roles][confidential]")
{
    // Another connection with the data key only, as the sqlcipher shell would have it.
    Database raw = Database::open(path, school.dataKey());
    REQUIRE(raw.access().isSystem());
    struct Column
    {
        const char *sql;
        const char *field;
    };
    const Column columns[] {
        { "SELECT student_id, summary FROM counselling_records", "counselling_records.summary" },
        { "SELECT student_id, assessment FROM counselling_records", "counselling_records.assessment" },
        { "SELECT student_id, next_steps FROM counselling_records", "counselling_records.next_steps" },
        { "SELECT student_id, private_notes FROM counselling_records", "counselling_records.private_notes" },
        { "SELECT student_id, summary FROM screening_interviews", "screening_interviews.summary" },
        { "SELECT student_id, answers FROM screening_results", "screening_results.answers" },
        { "SELECT student_id, what_happened FROM crisis_events", "crisis_events.what_happened" },
        { "SELECT student_id, closure FROM crisis_events WHERE status = 'closed'", "crisis_events.closure" },
        { "SELECT event_id, body FROM crisis_steps WHERE body <> ''", "crisis_steps.body" },
    };
    const QStringList phrases { SummaryPhrase, AssessmentPhrase, NextStepsPhrase, PrivatePhrase, InterviewPhrase, WhatPhrase,
        ClosurePhrase, StepPhrase, CriticalAnswersText };
    for (const Column &c : columns) {
        INFO(c.field);
        Statement st(raw, c.sql);
        int rows = 0;
        while (st.step()) {
            ++rows;
            const QByteArray value = st.blob(1);
            CHECK(isSealedField(value));
            for (const QString &phrase : phrases)
                CHECK_FALSE(value.contains(phrase.toUtf8()));
            // Under Access::system() without the key the sealed value reads as nothing...
            CHECK(st.confidentialText(1, c.field, st.int64(0)).isEmpty());
            // ...and with the counsellor key it opens.
            CHECK_FALSE(openField(counsellorKey, c.field, st.int64(0), value).isEmpty());
        }
        CHECK(rows >= 1);
    }
    // No other table holds any phrase either (the audit log names ids only). risk_changes is
    // RiskRepository's: the reasons it seals are another part of issue 12.
    QStringList tables;
    Statement names(raw, "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'risk_changes'");
    while (names.step())
        tables << names.text(0);
    for (const QString &table : tables) {
        QStringList columnNames;
        const QByteArray info = QStringLiteral("PRAGMA table_info(\"%1\")").arg(table).toUtf8();
        Statement cols(raw, info.constData());
        while (cols.step())
            columnNames << cols.text(1);
        for (const QString &column : columnNames) {
            const QByteArray sql = QStringLiteral("SELECT CAST(\"%1\" AS BLOB) FROM \"%2\"").arg(column, table).toUtf8();
            Statement st(raw, sql.constData());
            while (st.step()) {
                const QByteArray value = st.blob(0);
                for (const QString &phrase : phrases.mid(0, 8)) {
                    INFO(table.toStdString() << "." << column.toStdString());
                    CHECK_FALSE(value.contains(phrase.toUtf8()));
                }
            }
        }
    }
    // The repositories on the counsellor's connection read everything back.
    actAs(Counsellor);
    CHECK(SessionRepository(db, counsellor).get(recordOther).privateNotes == PrivatePhrase);
    CHECK(CrisisRepository(db, counsellor).detail(crisisOther).event.whatHappened.endsWith(WhatPhrase));
    // A counsellor connection without the key (a slot from before the key existed) gets nothing
    // out of a sealed value, but no error.
    db.setAccess(Access::forAccount(counsellor, Counsellor, {}, {}));
    CHECK(SessionRepository(db, counsellor).get(recordOther).privateNotes.isEmpty());
}
