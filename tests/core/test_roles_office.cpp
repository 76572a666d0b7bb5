// The role matrix (docs/roles-office.md) cell by cell for the office-side repositories: counselling
// records and groups, appointments, feedback, screening, alerts and interviews, crisis events,
// rooms, staff and account roles, the duty roster, settings and instruments. One real school file
// holds records of every kind for students of two classes; the connection's Access is switched
// to a counsellor (holding the counsellor key), the head, a class teacher of one class and an
// administrator, and every read and write is tried. A second test reads the confidential columns
// from another connection under Access::system() (what the sqlcipher shell shows with the data
// key) and finds only sealed values.
#include "testsupport.h"

#include "domain/instrument.h"
#include "repo/alertrepository.h"
#include "repo/appointmentrepository.h"
#include "repo/crisisrepository.h"
#include "repo/dutyrepository.h"
#include "repo/feedbackrepository.h"
#include "repo/instrumentrepository.h"
#include "repo/officerepository.h"
#include "repo/schoolrepository.h"
#include "repo/screeningrepository.h"
#include "repo/sessionrepository.h"
#include "repo/settingsrepository.h"
#include "repo/studentrepository.h"
#include "repo/timelineentry.h"
#include "services/dutysheet.h"
#include "services/schoolfile.h"
#include "services/screeningimport.h"
#include "store/access.h"
#include "store/database.h"

#include <catch2/catch.hpp>

#include <functional>
#include <set>

using namespace xinan;

namespace {

constexpr auto Counsellor = AccountRole::Counsellor;
constexpr auto Head = AccountRole::Head;
constexpr auto ClassTeacher = AccountRole::ClassTeacher;
constexpr auto Admin = AccountRole::Admin;

// Synthetic phrases, one per confidential column, looked for in the raw values.
const QString SummaryPhrase = QStringLiteral("合成短语-辅导摘要-ZQX1");
const QString AssessmentPhrase = QStringLiteral("合成短语-评估-ZQX2");
const QString NextStepsPhrase = QStringLiteral("合成短语-下一步-ZQX3");
const QString PrivatePhrase = QStringLiteral("合成短语-私密笔记-ZQX4");
const QString InterviewPhrase = QStringLiteral("合成短语-访谈记录-ZQX5");
const QString WhatPhrase = QStringLiteral("合成短语-危机经过-ZQX6");
const QString ClosurePhrase = QStringLiteral("合成短语-结案总结-ZQX7");
const QString StepPhrase = QStringLiteral("合成短语-处置步骤-ZQX8");
const QList<int> CriticalAnswers { 3, 3, 2, 2, 1, 1, 0, 0, 2 }; // total 14, item 9 positive
const QString CriticalAnswersText = QStringLiteral("3,3,2,2,1,1,0,0,2");

struct OfficeRoles
{
    clock::testing::FixedClock fixedClock { test::testNow() };
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("roles.xinan"));
    SchoolFile school = [this] {
        test::createSchool(path);
        return SchoolFile::unlockWithPassword(path, QString(), test::secret("correct horse 1"));
    }();
    Database &db = school.db();
    SecretBytes counsellorKey = SecretBytes::random(32);
    const QString counsellor = QStringLiteral("wang");
    const QString head = QStringLiteral("zhao");
    const QString teacher = QStringLiteral("zhou");
    const QString admin = QStringLiteral("xu");
    const ClassRef ownClass { 8, QStringLiteral("1班") };

    qint64 li = 0, chen = 0, room = 0;
    qint64 mine = 0, other = 0; // a student of the class teacher's class, and one of another class
    qint64 recordMine = 0, recordOther = 0, group = 0, groupSession = 0;
    qint64 appointmentMine = 0;
    qint64 toTeacherMine = 0, toHeadMine = 0, toParentsMine = 0, toTeacherOther = 0;
    qint64 drive = 0, resultMine = 0, resultOther = 0, interview = 0, alertOther = 0;
    qint64 crisisMine = 0, crisisOther = 0;
    qint64 shiftMonday = 0, shiftTuesday = 0, shiftWednesday = 0;
    const DutyTerm term { QStringLiteral("2026-2027-1"), QDate(2026, 9, 1), QDate(2027, 1, 20), {}, {} };

    void actAs(AccountRole role)
    {
        switch (role) {
        case Counsellor:
            db.setAccess(Access::forAccount(
                counsellor, role, {}, SecretBytes::copyOf(std::string_view(counsellorKey.chars(), counsellorKey.size()))));
            break;
        case Head:
            db.setAccess(Access::forAccount(head, role, {}, {}));
            break;
        case ClassTeacher:
            db.setAccess(Access::forAccount(teacher, role, { ownClass }, {}));
            break;
        case Admin:
            db.setAccess(Access::forAccount(admin, role, {}, {}));
            break;
        }
    }
    QString actor() const { return db.access().user(); }

    qint64 addStudent(const char *no, const QString &name, const QString &className)
    {
        Student s;
        s.studentNo = QString::fromLatin1(no);
        s.name = name;
        s.grade = 8;
        s.className = className;
        return StudentRepository(db, counsellor).add(s);
    }

    CounsellingRecordInput record(qint64 student)
    {
        CounsellingRecordInput in;
        in.studentId = student;
        in.heldOn = clock::today().addDays(-3);
        in.minutes = 40;
        in.categories = { QStringLiteral("学业压力") };
        in.summary = SummaryPhrase;
        in.assessment = AssessmentPhrase;
        in.nextSteps = NextStepsPhrase;
        in.privateNotes = PrivatePhrase;
        return in;
    }

    FeedbackInput feedbackTo(qint64 student, FeedbackRecipient recipient, const QString &summary)
    {
        FeedbackInput in;
        in.studentId = student;
        in.recipient = recipient;
        in.givenOn = clock::today().addDays(-1);
        in.method = FeedbackMethod::InPerson;
        in.summary = summary;
        return in;
    }

    OfficeRoles()
    {
        SchoolRepository accounts(db, counsellor);
        accounts.addAccount(head, Head);
        accounts.addAccount(teacher, ClassTeacher);
        accounts.addAccount(admin, Admin);
        actAs(Counsellor); // the counsellor key seals everything written below
        OfficeRepository office(db, counsellor);
        li = office.addStaff({ 0, QStringLiteral("李老师"), StaffKind::FullTime, QString(), counsellor, true });
        chen = office.addStaff({ 0, QStringLiteral("陈老师"), StaffKind::PartTime, QString(), QString(), true });
        room = office.addRoom({ 0, QStringLiteral("心理辅导室"), RoomKind::Individual, true });
        mine = addStudent("G520000000001", QStringLiteral("杨小雨"), ownClass.className);
        other = addStudent("G520000000002", QStringLiteral("吴天明"), QStringLiteral("2班"));

        SessionRepository sessions(db, counsellor);
        recordMine = sessions.add(record(mine));
        recordOther = sessions.add(record(other));
        group = sessions.addGroup(QStringLiteral("考前减压"), li, 4, { mine, other });
        groupSession = sessions.addGroupSession(group, clock::today().addDays(-2), 60, { mine });

        AppointmentRepository appointments(db, counsellor);
        AppointmentInput ap;
        ap.studentId = mine;
        ap.staffId = li;
        ap.roomId = room;
        ap.start = QDateTime(clock::today().addDays(-1), QTime(9, 0));
        ap.category = QStringLiteral("学业压力");
        ap.status = AppointmentStatus::Confirmed;
        appointmentMine = appointments.book(ap).id();
        appointments.setStatus(appointmentMine, AppointmentStatus::Done);

        FeedbackRepository feedback(db, counsellor);
        toTeacherMine = feedback.add(feedbackTo(mine, FeedbackRecipient::ClassTeacher, QStringLiteral("请班主任多鼓励")));
        toHeadMine = feedback.add(feedbackTo(mine, FeedbackRecipient::Head, QStringLiteral("已向校领导通报")));
        toParentsMine = feedback.add(feedbackTo(mine, FeedbackRecipient::Parents, QStringLiteral("与家长电话沟通")));
        toTeacherOther = feedback.add(feedbackTo(other, FeedbackRecipient::ClassTeacher, QStringLiteral("二班反馈")));

        ScreeningRepository screening(db, counsellor);
        drive = screening.createDrive({ QStringLiteral("2026秋 PHQ-9"), QStringLiteral("2026-2027-1"), { QStringLiteral("phq9") },
            {}, clock::today().addDays(-7), clock::today() });
        const Instrument phq9 = *findInstrument(QStringLiteral("phq9"));
        screening.record(QStringLiteral("2026秋 PHQ-9"), QStringLiteral("2026-2027-1"), phq9,
            { { mine, CriticalAnswers, clock::today().addDays(-5) }, { other, CriticalAnswers, clock::today().addDays(-5) } },
            QStringLiteral("entered"));
        for (const ScreeningResultRow &r : screening.results(drive))
            (r.studentId == mine ? resultMine : resultOther) = r.id;
        AlertRepository alerts(db, counsellor);
        // The same level the screening raised: the interview confirms it (no risk change).
        interview = alerts.recordInterview(resultMine, clock::today().addDays(-4), RiskLevel::Yellow, InterviewPhrase);
        alertOther = alerts.waiting().value(0).id;

        CrisisRepository crisis(db, counsellor);
        const QDateTime happened(clock::today().addDays(-3), QTime(8, 0));
        crisisMine = crisis.open(mine, happened, QStringLiteral("危机\n") + WhatPhrase);
        crisis.addStep(crisisMine, happened.addSecs(600), CrisisStepKind::Notify, CrisisParty::Head, StepPhrase);
        crisis.addStep(crisisMine, happened.addSecs(900), CrisisStepKind::Notify, CrisisParty::Guardian, QString());
        crisis.close(crisisMine, ClosurePhrase, happened.addSecs(3600));
        crisisOther = crisis.open(other, happened, QStringLiteral("危机\n") + WhatPhrase);

        DutyRepository duty(db, counsellor);
        const QString morning = duty.periods().first().code;
        duty.setWeeklyTemplate({ { 1, morning, room, li }, { 2, morning, room, chen }, { 3, morning, room, li } });
        duty.saveTerm(term);
        duty.generate(term.id);
        shiftMonday = duty.shiftsOn(clock::today()).value(0).id;
        shiftTuesday = duty.shiftsOn(clock::today().addDays(1)).value(0).id;
        shiftWednesday = duty.shiftsOn(clock::today().addDays(2)).value(0).id;
        duty.saveLog({ clock::today(), morning, room, 3, QStringLiteral("来访三人"), QStringLiteral("交接"), {}, {} });
        REQUIRE(resultMine != 0);
        REQUIRE(resultOther != 0);
        REQUIRE(alertOther != 0);
        REQUIRE(shiftMonday != 0);
        REQUIRE(shiftTuesday != 0);
        REQUIRE(shiftWednesday != 0);
    }
};

// Runs a call that may be refused for its content (Rejected) when allowed: only a Denied escapes.
void unlessDenied(const std::function<void()> &call)
{
    if (test::kindOf(call) == ErrorKind::Denied)
        throw Error(ErrorKind::Denied, QStringLiteral("denied"));
}

// An expectation inside a cell: a failure is an Error(Other) naming it, which the cell's check reports.
void expect(bool holds, const char *what)
{
    if (!holds)
        throw Error(ErrorKind::Other, QStringLiteral("expected: %1").arg(QString::fromUtf8(what)));
}
#define EXPECT(condition) expect((condition), #condition)

// One cell group of the matrix: a call and the roles it is allowed for.
struct Cell
{
    const char *what;
    std::set<AccountRole> allowed;
    std::function<void()> run;
};

} // namespace

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
