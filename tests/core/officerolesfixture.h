#pragma once
// The office-side role tests' school (tests/core/test_roles_office*.cpp): one real school file
// holding records of every kind for students of two classes, and the connection's Access
// switched between a counsellor (holding the counsellor key), the head, a class teacher of one
// class and an administrator. Included by each test file (its own copy of the fixture).
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
inline void unlessDenied(const std::function<void()> &call)
{
    if (test::kindOf(call) == ErrorKind::Denied)
        throw Error(ErrorKind::Denied, QStringLiteral("denied"));
}

// An expectation inside a cell: a failure is an Error(Other) naming it, which the cell's check reports.
inline void expect(bool holds, const char *what)
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
