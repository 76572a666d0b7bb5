// The role matrix (docs/roles.md) cell by cell for the office-side repositories: counselling
// records and groups, appointments, feedback, screening, alerts and interviews, crisis events,
// rooms, staff and account roles, the duty roster, settings and instruments. One real school file
// holds records of every kind for students of two classes; the connection's Access is switched
// to a counsellor (holding the counsellor key), the head, a class teacher of one class and an
// administrator, and every read and write is tried. A second test reads the confidential columns
// from another connection under Access::system() (what the sqlcipher shell shows with the data
// key) and finds only sealed values.
#include "officerolesfixture.h"

TEST_CASE_METHOD(OfficeRoles, "every read and write of the office-side repositories follows the role matrix", "[roles]")
{
    const std::set<AccountRole> counsellorOnly { Counsellor };
    const std::set<AccountRole> withHead { Counsellor, Head };
    const std::set<AccountRole> feedbackReaders { Counsellor, Head, ClassTeacher };
    const std::set<AccountRole> office { Counsellor, Admin };
    const std::set<AccountRole> roster { Counsellor, Head, Admin };
    const std::set<AccountRole> everyone { Counsellor, Head, ClassTeacher, Admin };
    const QDate today = clock::today();
    int serial = 0; // makes repeated writes distinct
    int covers = 0;
    const auto s = [&] { return SessionRepository(db, actor()); };
    const auto ap = [&] { return AppointmentRepository(db, actor()); };
    const auto fb = [&] { return FeedbackRepository(db, actor()); };
    const auto sc = [&] { return ScreeningRepository(db, actor()); };
    const auto al = [&] { return AlertRepository(db, actor()); };
    const auto cr = [&] { return CrisisRepository(db, actor()); };
    const auto of = [&] { return OfficeRepository(db, actor()); };
    const auto du = [&] { return DutyRepository(db, actor()); };
    const auto se = [&] { return SettingsRepository(db, actor()); };
    const auto in = [&] { return InstrumentRepository(db, actor()); };
    const Instrument phq9 = *findInstrument(QStringLiteral("phq9"));
    const QString morning = DutyRepository(db, counsellor).periods().first().code;

    const std::vector<Cell> cells {
        // Counselling records and groups (DataKind::Counselling).
        { "sessions.get", counsellorOnly, [&] { s().get(recordMine); } },
        { "sessions.forStudent", counsellorOnly, [&] { s().forStudent(mine); } },
        { "sessions.range", counsellorOnly, [&] { s().range(today.addDays(-30), today); } },
        { "sessions.recordForAppointment", counsellorOnly, [&] { s().recordForAppointment(appointmentMine); } },
        { "sessions.groups", counsellorOnly, [&] { s().groups(); } },
        { "sessions.group", counsellorOnly, [&] { s().group(group); } },
        { "sessions.groupSessions", counsellorOnly, [&] { s().groupSessions(group); } },
        { "sessions.studentGroupSessions", counsellorOnly, [&] { s().studentGroupSessions(mine); } },
        { "sessions.draftFromAppointment", counsellorOnly, [&] { s().draftFromAppointment(appointmentMine); } },
        { "sessions.add", counsellorOnly, [&] { s().add(record(other)); } },
        { "sessions.update", counsellorOnly, [&] { s().update(recordOther, record(other)); } },
        { "sessions.setFeedbackNeeded", counsellorOnly, [&] { s().setFeedbackNeeded(recordOther, true); } },
        { "sessions.addGroup", counsellorOnly, [&] { s().addGroup(QStringLiteral("新团体"), li, 2, { mine }); } },
        { "sessions.updateGroup", counsellorOnly,
            [&] {
                CounsellingGroup g { group, QStringLiteral("考前减压"), li, QString(), 4, { mine, other }, 0 };
                s().updateGroup(g);
            } },
        { "sessions.addGroupSession", counsellorOnly, [&] { s().addGroupSession(group, today, 30, { other }); } },
        { "sessions.setAttendance", counsellorOnly, [&] { s().setAttendance(groupSession, { mine }); } },
        // Problem categories are a school setting.
        { "sessions.problemCategories", everyone, [&] { EXPECT(s().problemCategories().size() == 11); } },
        { "sessions.setProblemCategories", office, [&] { s().setProblemCategories(defaultProblemCategories()); } },

        // Appointments (DataKind::Appointments).
        { "appointments.get", counsellorOnly, [&] { ap().get(appointmentMine); } },
        { "appointments.range", counsellorOnly, [&] { ap().range(today.addDays(-7), today); } },
        { "appointments.today", counsellorOnly, [&] { ap().today(); } },
        { "appointments.forStudent", counsellorOnly, [&] { ap().forStudent(mine); } },
        { "appointments.warningsFor", counsellorOnly, [&] { ap().warningsFor({}); } },
        { "appointments.book, update, setStatus, reschedule, bookWeekly", counsellorOnly,
            [&] {
                AppointmentInput a;
                a.studentId = other;
                a.staffId = li;
                a.start = QDateTime(today.addDays(3), QTime(14, 0));
                a.status = AppointmentStatus::Confirmed;
                const qint64 id = ap().book(a).id();
                a.minutes = 30;
                ap().update(id, a);
                const qint64 moved = ap().reschedule(id, QDateTime(today.addDays(4), QTime(14, 0)), 30, 0).id();
                ap().setStatus(moved, AppointmentStatus::Cancelled);
                a.start = QDateTime(today.addDays(5), QTime(16, 0));
                ap().bookWeekly(a, 2);
            } },
        { "appointments.book", counsellorOnly, [&] { unlessDenied([&] { ap().book({}); }); } },
        { "appointments.setStatus", counsellorOnly,
            [&] { unlessDenied([&] { ap().setStatus(appointmentMine, AppointmentStatus::Done); }); } },

        // Feedback (DataKind::Feedback): what each reader may see is checked below.
        { "feedback.forStudent", feedbackReaders, [&] { fb().forStudent(mine); } },
        { "feedback.forRecord", counsellorOnly, [&] { fb().forRecord(recordMine); } },
        { "feedback.feedbackDue", counsellorOnly, [&] { fb().feedbackDue(today); } },
        { "feedback.feedbackDueDays", everyone, [&] { EXPECT(fb().feedbackDueDays() == 3); } },
        { "feedback.setFeedbackDueDays", office, [&] { fb().setFeedbackDueDays(3); } },
        { "feedback.add", counsellorOnly,
            [&] { fb().add(feedbackTo(other, FeedbackRecipient::Parents, QStringLiteral("家长"))); } },
        { "feedback.update", counsellorOnly,
            [&] { fb().update(toParentsMine, feedbackTo(mine, FeedbackRecipient::Parents, QStringLiteral("与家长电话沟通"))); } },

        // Screening (DataKind::Screening; recording answers also ScreeningAnswers).
        { "screening.drives", withHead, [&] { EXPECT(sc().drives().size() == 1); } },
        { "screening.drive", withHead, [&] { EXPECT(sc().drive(drive).has_value()); } },
        { "screening.findDrive", withHead, [&] { EXPECT(sc().findDrive(QStringLiteral("2026秋 PHQ-9")).has_value()); } },
        { "screening.results", withHead, [&] { EXPECT(sc().results(drive).size() == 2); } },
        { "screening.studentResults", withHead, [&] { EXPECT(sc().studentResults(mine).size() == 1); } },
        { "screening.studentsWithResult", withHead,
            [&] { EXPECT(sc().studentsWithResult(drive, QStringLiteral("phq9")).size() == 2); } },
        { "screening.coverage", withHead, [&] { EXPECT(sc().coverage(drive).size() == 2); } },
        { "screening.missingStudents", withHead, [&] { sc().missingStudents(drive, 8, ownClass.className); } },
        { "screening.students", withHead, [&] { sc().students(); } },
        { "screening.createDrive", counsellorOnly,
            [&] {
                sc().createDrive({ QStringLiteral("drive %1").arg(++serial), QStringLiteral("2026-2027-1"),
                    { QStringLiteral("gad7") }, {}, today, today });
            } },
        { "screening.recordExternal", counsellorOnly,
            [&] {
                sc().recordExternal({ drive, other, QStringLiteral("SCL-90"), 150, QStringLiteral("阳性"),
                    QStringLiteral("省平台"), today, false });
            } },
        { "screening.record", counsellorOnly,
            [&] {
                const Instrument gad7 = *findInstrument(QStringLiteral("gad7"));
                sc().record(QStringLiteral("GAD drive"), QStringLiteral("2026-2027-1"), gad7,
                    { { mine, { 0, 0, 0, 0, 0, 0, 0 }, today } }, QStringLiteral("entered"));
            } },
        { "planScreeningImport", counsellorOnly,
            [&] { unlessDenied([&] { planScreeningImport(db, ScreeningSheet {}, phq9, QStringLiteral("x")); }); } },
        { "applyScreeningImport", counsellorOnly, [&] { applyScreeningImport(db, actor(), ScreeningPlan {}, phq9, {}); } },

        // Alerts and interviews (DataKind::Alerts, ScreeningAnswers); the waiting counts are Counts.
        { "alerts.waiting", counsellorOnly, [&] { EXPECT(al().waiting().size() == 1); } },
        { "alerts.forStudent", counsellorOnly, [&] { al().forStudent(mine); } },
        { "alerts.find", counsellorOnly, [&] { EXPECT(al().find(alertOther).has_value()); } },
        { "alerts.interviewsWaiting", counsellorOnly, [&] { al().interviewsWaiting(); } },
        { "alerts.interviewsWaitingFor", counsellorOnly, [&] { al().interviewsWaitingFor(other); } },
        { "alerts.candidate", counsellorOnly, [&] { EXPECT(al().candidate(resultOther).has_value()); } },
        { "alerts.interviews", counsellorOnly, [&] { EXPECT(al().interviews(mine).size() == 1); } },
        { "alerts.waitingCount", withHead, [&] { EXPECT(al().waitingCount() == 1); } },
        { "alerts.interviewsWaitingCount", withHead, [&] { EXPECT(al().interviewsWaitingCount() == 1); } },
        { "alerts.raiseForResult", counsellorOnly, [&] { unlessDenied([&] { al().raiseForResult(resultMine); }); } },
        { "alerts.handle", counsellorOnly, [&] { al().handle(alertOther, QStringLiteral("已联系")); } },
        { "alerts.recordInterview", counsellorOnly,
            [&] { al().recordInterview(resultOther, today, RiskLevel::Yellow, QStringLiteral("访谈")); } },

        // Crisis events (Crisis; details CrisisDetail; the open count is Counts).
        { "crisis.openEvents", withHead, [&] { EXPECT(cr().openEvents().size() == 1); } },
        { "crisis.events", withHead, [&] { EXPECT(cr().events().size() == 2); } },
        { "crisis.studentEvents", withHead, [&] { EXPECT(cr().studentEvents(mine).size() == 1); } },
        { "crisis.openEventOf", withHead, [&] { EXPECT(cr().openEventOf(other).has_value()); } },
        { "crisis.detail", withHead, [&] { EXPECT(cr().detail(crisisMine).steps.size() == 2); } },
        { "crisis.missingForClosing", withHead, [&] { EXPECT(cr().missingForClosing(crisisOther).size() == 2); } },
        { "crisis.openCount", withHead, [&] { EXPECT(cr().openCount() == 1); } },
        { "crisis.checklistTemplate", everyone, [&] { EXPECT(!(cr().checklistTemplate().isEmpty())); } },
        { "crisis.setChecklistTemplate", office, [&] { cr().setChecklistTemplate(CrisisRepository::defaultChecklist()); } },
        { "crisis.addStep", counsellorOnly,
            [&] {
                cr().addStep(crisisOther, clock::nowUtc(), CrisisStepKind::Action, CrisisParty::None, QStringLiteral("陪伴"));
            } },
        { "crisis.setChecked", counsellorOnly, [&] { cr().setChecked(crisisOther, 1, true); } },
        // The counsellor may; the student has an open event, and it lacks its notifications: Rejected.
        { "crisis.open", counsellorOnly,
            [&] { unlessDenied([&] { cr().open(other, clock::nowUtc(), QStringLiteral("又一次")); }); } },
        { "crisis.close", counsellorOnly, [&] { unlessDenied([&] { cr().close(crisisOther, QStringLiteral("结案")); }); } },

        // Rooms and staff (Rooms); account roles (Accounts, more below).
        { "office.rooms", roster, [&] { EXPECT(of().rooms().size() >= 1); } },
        { "office.room", roster, [&] { of().room(room); } },
        { "office.staff", roster, [&] { EXPECT(of().staff().size() >= 2); } },
        { "office.staffMember", roster, [&] { of().staffMember(li); } },
        { "office.staffForAccount", roster, [&] { EXPECT(of().staffForAccount(counsellor).has_value()); } },
        { "office.addRoom, updateRoom", office,
            [&] {
                Room r { 0, QStringLiteral("团辅室%1").arg(++serial), RoomKind::Group, true };
                r.id = of().addRoom(r);
                r.active = false;
                of().updateRoom(r);
            } },
        { "office.addStaff, updateStaff", office,
            [&] {
                StaffMember m { 0, QStringLiteral("兼职%1").arg(++serial), StaffKind::PartTime, QString(), QString(), true };
                m.id = of().addStaff(m);
                m.contact = QStringLiteral("13800000000");
                of().updateStaff(m);
            } },
        { "office.accountRoles", office, [&] { EXPECT(of().accountRoles().size() == 4); } },
        { "office.setAccountRole", office, [&] { of().setAccountRole(head, Head); } },

        // The duty roster (Duty); a shift's log also needs Counselling.
        { "duty.periods", roster, [&] { EXPECT(du().periods().size() == 4); } },
        { "duty.weeklyTemplate", roster, [&] { EXPECT(du().weeklyTemplate().size() == 3); } },
        { "duty.terms", roster, [&] { EXPECT(du().terms().size() == 1); } },
        { "duty.term", roster, [&] { EXPECT(du().term(term.id).has_value()); } },
        { "duty.week", roster, [&] { EXPECT(!(du().week(today).shifts.isEmpty())); } },
        { "duty.shiftsOn", roster, [&] { EXPECT(du().shiftsOn(today).size() == 1); } },
        { "duty.shift", roster, [&] { du().shift(shiftMonday); } },
        { "duty.onDutyAt", roster, [&] { du().onDutyAt(QDateTime(today, QTime(9, 0))); } },
        { "duty.staffOnDuty", roster,
            [&] { du().staffOnDuty(li, QDateTime(today, QTime(9, 0)), QDateTime(today, QTime(9, 30))); } },
        { "dutySheet", roster, [&] { EXPECT(dutySheet(db, actor(), today, today).week.shifts.size() >= 1); } },
        { "duty.updatePeriod", office, [&] { du().updatePeriod(du().periods().first()); } },
        { "duty.setWeeklyTemplate", office, [&] { du().setWeeklyTemplate(du().weeklyTemplate()); } },
        { "duty.saveTerm", office, [&] { du().saveTerm(term); } },
        { "duty.generate", office, [&] { du().generate(term.id, today.addDays(7)); } },
        { "duty.closeDay, reopenDay", office,
            [&] {
                du().closeDay(today.addDays(14), QStringLiteral("运动会"));
                du().reopenDay(today.addDays(14));
            } },
        { "duty.swap", office, [&] { du().swap(shiftMonday, shiftTuesday); } },
        { "duty.cover", office, [&] { du().cover(shiftWednesday, ++covers % 2 ? chen : li, QStringLiteral("病假")); } },
        { "duty.log", counsellorOnly, [&] { EXPECT(du().log(today, morning, room).visitors == 3); } },
        { "duty.saveLog", counsellorOnly,
            [&] {
                du().saveLog({ today, morning, room, 3, QStringLiteral("来访三人"), QStringLiteral("交接"), {}, {} });
            } },

        // Settings and instruments (Settings: every role reads, counsellors and administrators write).
        { "settings.value", everyone, [&] { se().value(QStringLiteral("x")); } },
        { "settings.values", everyone, [&] { se().values(QStringLiteral("instrument/")); } },
        { "settings.flag", everyone, [&] { se().flag(QLatin1String(SettingsRepository::StoreIdCardKey)); } },
        { "settings.setValue", office, [&] { se().setValue(QStringLiteral("test/key"), QStringLiteral("v")); } },
        { "settings.setFlag", office, [&] { se().setFlag(QStringLiteral("test/flag"), true); } },
        { "instruments.all", everyone, [&] { EXPECT(in().all().size() >= 2); } },
        { "instruments.find", everyone, [&] { EXPECT(in().find(QStringLiteral("phq9")).has_value()); } },
        { "instruments.resultCount", everyone, [&] { EXPECT(in().resultCount(QStringLiteral("phq9")) >= 2); } },
        { "instruments.check", office, [&] { unlessDenied([&] { in().check("{}", QStringLiteral("x.json")); }); } },
        { "instruments.add", office, [&] { unlessDenied([&] { in().add({}); }); } },
    };

    // Denied roles first (nothing changes), then the allowed ones; the counsellor last.
    for (const AccountRole role : { Head, ClassTeacher, Admin, Counsellor }) {
        actAs(role);
        for (const Cell &cell : cells) {
            INFO(accountRoleCode(role).toStdString() << " " << cell.what);
            QString message;
            std::optional<ErrorKind> kind;
            try {
                cell.run();
            } catch (const Error &e) {
                kind = e.kind();
                message = e.message();
            }
            INFO(message.toStdString());
            if (cell.allowed.count(role))
                CHECK_FALSE(kind);
            else
                CHECK(kind == ErrorKind::Denied);
        }
    }
}
