// Status changes as dated events and leave / return to school (休学 / 复学): every status through
// its event, 休学 and 复学 only through their records, the three conditions for an approval, the
// follow-ups' due days (the school's term and the calendar's), the certificate warning, the
// roles, nothing written when a change is refused, and a roster import's status changes.
#include "error.h"
#include "platform/clock.h"
#include "repo/dutyrepository.h"
#include "repo/leaverepository.h"
#include "repo/riskrepository.h"
#include "repo/schoolrepository.h"
#include "repo/stamps.h"
#include "repo/studentbatch.h"
#include "repo/studentrepository.h"
#include "repo/timelineentry.h"
#include "services/demodata.h"
#include "services/rosterimport.h"
#include "services/schoolfile.h"
#include "services/timeline.h"
#include "store/database.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace xinan;

namespace {

const QString CertificatePhrase = QStringLiteral("合成短语-诊断证明-LV1 建议复学");
const QString NotePhrase = QStringLiteral("合成短语-跟进记录-LV2");

struct Fixture
{
    clock::testing::FixedClock fixedClock { test::testNow() }; // Mon 2026-11-16
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("leave.xinan"));
    SchoolFile school = [this] {
        test::createSchool(path);
        return SchoolFile::unlockWithPassword(path, QString(), test::secret("correct horse 1"));
    }();
    Database &db = school.db();
    std::shared_ptr<const Access> counsellor = db.accessPtr(); // wang, with the counsellor key
    LeaveRepository leave { db, QStringLiteral("wang") };
    QDate today = clock::today();
    qint64 mine = addStudent("G520000000001", QStringLiteral("杨小雨"), QStringLiteral("1班"));
    qint64 other = addStudent("G520000000002", QStringLiteral("吴天明"), QStringLiteral("2班"));

    qint64 addStudent(const char *no, const QString &name, const QString &className)
    {
        Student s;
        s.studentNo = QString::fromLatin1(no);
        s.name = name;
        s.grade = 8;
        s.className = className;
        return StudentRepository(school.db(), QStringLiteral("wang")).add(s);
    }
    StudentStatus statusOf(qint64 id) { return StudentRepository(db, QStringLiteral("wang")).find(id).value().status; }
    int count(const char *sql)
    {
        Statement st(db, sql);
        REQUIRE(st.step());
        return st.integer(0);
    }
    ReturnApplicationInput approval(qint64 leaveId, const QDate &returnOn)
    {
        ReturnApplicationInput in;
        in.leaveId = leaveId;
        in.appliedOn = returnOn.addDays(-5);
        in.certificateHospital = QStringLiteral("贵州省第二人民医院");
        in.certificateDate = returnOn.addDays(-6);
        in.certificateText = CertificatePhrase;
        in.conditionStable = in.noRiskBehaviour = in.functioningRestored = true;
        in.assessors = QStringLiteral("李老师、班主任周老师");
        in.decision = ReturnDecision::Approve;
        in.decidedOn = returnOn.addDays(-2);
        in.returnOn = returnOn;
        in.plan = { QStringLiteral("回原班"), QStringLiteral("前两周上午到校"), QStringLiteral("班主任、心理教师、同桌"),
            QStringLiteral("出现失眠或拒学时联系家长并转介") };
        return in;
    }
    // A student on leave since 1 September who returned on returnOn (approved).
    qint64 returned(qint64 student, const QDate &returnOn)
    {
        const qint64 l = leave.startLeave(student, QDate(2026, 9, 1), LeaveCategory::Mental, 0, QStringLiteral("因病休学"));
        return leave.recordReturnApplication(approval(l, returnOn));
    }
    void actAs(AccountRole role, QSet<ClassRef> classes = {})
    {
        if (role == AccountRole::Counsellor)
            db.setAccess(counsellor);
        else
            db.setAccess(Access::forAccount(QStringLiteral("other"), role, std::move(classes), {}));
    }
    std::optional<ErrorKind> refused(const std::function<void()> &f)
    {
        const QString before = test::databaseContents(path);
        const std::optional<ErrorKind> kind = test::kindOf(f);
        CHECK(test::databaseContents(path) == before);
        return kind;
    }
};

QList<std::pair<FollowupKind, QDate>> dues(std::initializer_list<std::pair<FollowupKind, QDate>> list)
{
    return list;
}

} // namespace

TEST_CASE("leave codes round-trip", "[leave]")
{
    for (const LeaveCategory c : allLeaveCategories())
        CHECK(leaveCategoryFromCode(leaveCategoryCode(c)) == c);
    for (const ReturnDecision d : allReturnDecisions())
        CHECK(returnDecisionFromCode(returnDecisionCode(d)) == d);
    for (const FollowupKind k : { FollowupKind::Week, FollowupKind::Month, FollowupKind::TermEnd })
        CHECK(followupKindFromCode(followupKindCode(k)) == k);
    CHECK_FALSE(leaveCategoryFromCode(QStringLiteral("x")));
}

TEST_CASE("every status change is a dated event with its reason", "[leave][status]")
{
    Fixture f;
    const StudentStatus to = GENERATE(StudentStatus::TransferredOut, StudentStatus::Graduated, StudentStatus::Withdrawn);
    const qint64 e = f.leave.changeStatus(f.mine, to, f.today.addDays(-3), QStringLiteral("随父母转学至贵阳"));
    CHECK(e > 0);
    CHECK(f.statusOf(f.mine) == to);
    QList<StatusEvent> events = f.leave.statusEvents(f.mine);
    REQUIRE(events.size() == 1);
    CHECK(events.at(0).from == StudentStatus::Enrolled);
    CHECK(events.at(0).to == to);
    CHECK(events.at(0).effectiveOn == f.today.addDays(-3));
    CHECK(events.at(0).reason == QStringLiteral("随父母转学至贵阳"));
    CHECK(events.at(0).recordedBy == QStringLiteral("wang"));
    CHECK(f.count("SELECT count(*) FROM audit_log WHERE action = 'status' AND entity = 'student'") == 1);

    // And back to 在读 (a student who comes back), with its own event.
    f.leave.changeStatus(f.mine, StudentStatus::Enrolled, f.today, QStringLiteral("重新入学"));
    CHECK(f.statusOf(f.mine) == StudentStatus::Enrolled);
    events = f.leave.statusEvents(f.mine);
    REQUIRE(events.size() == 2);
    CHECK(events.at(0).from == to);
    CHECK(events.at(0).to == StudentStatus::Enrolled);

    // On the timeline, newest first, with the reason.
    const QList<TimelineEntry> timeline = studentTimeline(f.db, f.mine, QStringLiteral("wang"));
    QStringList reasons;
    for (const TimelineEntry &t : timeline)
        if (t.kind == u"status")
            reasons << t.body;
    CHECK(reasons == QStringList { QStringLiteral("重新入学"), QStringLiteral("随父母转学至贵阳") });
}

TEST_CASE("refused status changes write nothing", "[leave][status]")
{
    Fixture f;
    f.leave.changeStatus(f.other, StudentStatus::Graduated, f.today.addDays(-10), QString()); // a reason is optional here
    CHECK(f.refused([&] { f.leave.changeStatus(f.mine, StudentStatus::Enrolled, f.today, QStringLiteral("x")); })
        == ErrorKind::Rejected); // the same status
    CHECK(f.refused([&] { f.leave.changeStatus(f.mine, StudentStatus::Graduated, f.today.addDays(1), QStringLiteral("x")); })
        == ErrorKind::Rejected); // the future
    CHECK(f.refused([&] { f.leave.changeStatus(f.mine, StudentStatus::Graduated, QDate(), QStringLiteral("x")); })
        == ErrorKind::Rejected); // no day
    CHECK(f.refused([&] { f.leave.changeStatus(f.mine, StudentStatus::Withdrawn, f.today, QStringLiteral("  ")); })
        == ErrorKind::Rejected); // 退学 without a reason
    CHECK(f.refused([&] { f.leave.changeStatus(f.mine, StudentStatus::TransferredOut, f.today, QString()); })
        == ErrorKind::Rejected); // 转学 without a reason
    CHECK(f.refused([&] { f.leave.changeStatus(f.mine, StudentStatus::Suspended, f.today, QStringLiteral("因病")); })
        == ErrorKind::Rejected); // 休学 goes through startLeave
    CHECK(f.refused([&] { f.leave.changeStatus(f.other, StudentStatus::Enrolled, f.today.addDays(-11), QStringLiteral("x")); })
        == ErrorKind::Rejected); // before the last change
    f.leave.startLeave(f.mine, f.today.addDays(-20), LeaveCategory::Physical, 0, QStringLiteral("骨折"));
    CHECK(f.refused([&] { f.leave.changeStatus(f.mine, StudentStatus::Enrolled, f.today, QStringLiteral("回来了")); })
        == ErrorKind::Rejected); // 复学 goes through a return application
    try {
        f.leave.changeStatus(f.mine, StudentStatus::Enrolled, f.today, QStringLiteral("回来了"));
    } catch (const Error &e) {
        CHECK(e.message().contains(QStringLiteral("复学")));
    }
}

TEST_CASE("a leave is a record with its status event and ends by a return or a departure", "[leave]")
{
    Fixture f;
    // A referral of the student to link (plain SQL: the referral module is not needed here).
    for (const qint64 student : { f.mine, f.other }) {
        Statement st(f.db,
            "INSERT INTO referrals (student_id, opened_on, opened_by, created_at, updated_at) "
            "VALUES (?, '2026-10-01', 'wang', '2026-10-01T02:00:00Z', '2026-10-01T02:00:00Z')");
        st.bind(1, student).run();
    }
    REQUIRE(f.leave.referralsOf(f.mine).size() == 1);
    const qint64 ref = f.leave.referralsOf(f.mine).at(0).id;
    const qint64 otherRef = f.leave.referralsOf(f.other).at(0).id;
    CHECK(f.refused([&] { f.leave.startLeave(f.mine, f.today, LeaveCategory::Mental, otherRef, QString()); })
        == ErrorKind::Rejected); // another student's referral
    CHECK(f.refused([&] { f.leave.startLeave(f.mine, f.today.addDays(1), LeaveCategory::Mental, ref, QString()); })
        == ErrorKind::Rejected); // the future

    const qint64 l = f.leave.startLeave(f.mine, f.today.addDays(-30), LeaveCategory::Mental, ref, QStringLiteral("因病休学"));
    CHECK(f.statusOf(f.mine) == StudentStatus::Suspended);
    const QList<StatusEvent> events = f.leave.statusEvents(f.mine);
    REQUIRE(events.size() == 1);
    CHECK(events.at(0).to == StudentStatus::Suspended);
    CHECK(events.at(0).reason == QStringLiteral("因病休学"));
    const std::optional<Leave> open = f.leave.openLeave(f.mine);
    REQUIRE(open);
    CHECK(open->id == l);
    CHECK(open->referralId == ref);
    CHECK(open->category == LeaveCategory::Mental);
    REQUIRE(f.leave.onLeave().size() == 1);
    CHECK(f.leave.onLeave().at(0).studentId == f.mine);
    CHECK(f.refused([&] { f.leave.startLeave(f.mine, f.today, LeaveCategory::Mental, 0, QString()); })
        == ErrorKind::Rejected); // already on leave

    SECTION("a student leaving the school while on leave ends the leave")
    {
        f.leave.changeStatus(f.mine, StudentStatus::Withdrawn, f.today, QStringLiteral("家长申请退学"));
        CHECK(f.leave.leaves(f.mine).at(0).endedOn == f.today);
        CHECK(f.leave.onLeave().isEmpty());
    }
    SECTION("a student marked 休学 without a record gets one without a second event")
    {
        Student s = StudentRepository(f.db, QStringLiteral("wang")).find(f.other).value();
        s.status = StudentStatus::Suspended;
        StudentBatch batch(f.db, QStringLiteral("wang"));
        batch.recordStatusChanges(QStringLiteral("名单导入"));
        {
            Transaction tx(f.db);
            batch.update(s, false);
            tx.commit();
        }
        REQUIRE(f.leave.statusEvents(f.other).size() == 1);
        f.leave.startLeave(f.other, f.today, LeaveCategory::Family, 0, QString());
        CHECK(f.leave.statusEvents(f.other).size() == 1);
        CHECK(f.leave.openLeave(f.other));
    }
    SECTION("a graduated student cannot go on leave")
    {
        f.leave.changeStatus(f.other, StudentStatus::Graduated, f.today, QString());
        CHECK(
            f.refused([&] { f.leave.startLeave(f.other, f.today, LeaveCategory::Other, 0, QString()); }) == ErrorKind::Rejected);
    }
}

TEST_CASE("the return is approved only with the three conditions and a return day", "[leave][return]")
{
    Fixture f;
    RiskRepository(f.db, QStringLiteral("wang"))
        .change(f.mine, RiskLevel::Orange, RiskSource::Session, QStringLiteral("面谈"), clock::nowUtc().addDays(-60));
    const qint64 l = f.leave.startLeave(f.mine, QDate(2026, 9, 14), LeaveCategory::Mental, 0, QStringLiteral("因病休学"));
    const QDate back = f.today.addDays(-10);

    ReturnApplicationInput in = f.approval(l, back);
    in.noRiskBehaviour = false;
    in.functioningRestored = false;
    try {
        f.leave.recordReturnApplication(in);
        FAIL("approved without the conditions");
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::Rejected);
        CHECK(e.message().contains(QStringLiteral("no current risk behaviour")));
        CHECK(e.message().contains(QStringLiteral("daily life and study functioning restored")));
        CHECK_FALSE(e.message().contains(QStringLiteral("the condition is stable")));
    }
    CHECK(f.refused([&] { f.leave.recordReturnApplication(in); }) == ErrorKind::Rejected);
    in = f.approval(l, back);
    in.returnOn = QDate();
    CHECK(f.refused([&] { f.leave.recordReturnApplication(in); }) == ErrorKind::Rejected); // no return day
    in = f.approval(l, back);
    in.returnOn = f.today.addDays(3);
    CHECK(f.refused([&] { f.leave.recordReturnApplication(in); }) == ErrorKind::Rejected); // in the future
    in = f.approval(l, back);
    in.decidedOn = in.appliedOn.addDays(-1);
    CHECK(f.refused([&] { f.leave.recordReturnApplication(in); }) == ErrorKind::Rejected); // decided before applied

    // 暂缓 and 需进一步评估 keep the student on leave (the conditions need not be met).
    for (const ReturnDecision d : { ReturnDecision::Defer, ReturnDecision::Further }) {
        ReturnApplicationInput wait = f.approval(l, back);
        wait.decision = d;
        wait.conditionStable = false;
        f.leave.recordReturnApplication(wait);
        CHECK(f.statusOf(f.mine) == StudentStatus::Suspended);
        CHECK(f.leave.openLeave(f.mine));
    }
    CHECK(f.count("SELECT count(*) FROM return_followups") == 0);

    const qint64 a = f.leave.recordReturnApplication(f.approval(l, back));
    CHECK(f.statusOf(f.mine) == StudentStatus::Enrolled);
    CHECK_FALSE(f.leave.openLeave(f.mine));
    const QList<Leave> leaves = f.leave.leaves(f.mine);
    REQUIRE(leaves.size() == 1);
    CHECK(leaves.at(0).endedOn == back);
    REQUIRE(leaves.at(0).applications.size() == 3);
    const ReturnApplication &approved = leaves.at(0).applications.at(2);
    CHECK(approved.id == a);
    CHECK(approved.certificateText == CertificatePhrase);
    CHECK(approved.plan.placement == QStringLiteral("回原班"));
    CHECK(approved.plan.relapse == QStringLiteral("出现失眠或拒学时联系家长并转介"));
    REQUIRE(approved.followups.size() == 3);
    const QList<StatusEvent> events = f.leave.statusEvents(f.mine);
    REQUIRE(events.size() == 2);
    CHECK(events.at(0).from == StudentStatus::Suspended);
    CHECK(events.at(0).to == StudentStatus::Enrolled);
    CHECK(events.at(0).effectiveOn == back);
    // The risk level is not changed by the return.
    CHECK(RiskRepository(f.db, QStringLiteral("wang")).current(f.mine) == RiskLevel::Orange);
    // The certificate is sealed in the file.
    CHECK_FALSE(test::fileContainsAny(f.path, { CertificatePhrase }));
    // A closed leave takes no more applications.
    CHECK(f.refused([&] { f.leave.recordReturnApplication(f.approval(l, back)); }) == ErrorKind::Rejected);

    // The timeline: leave started, applications and their decisions, status changes.
    QStringList kinds;
    for (const TimelineEntry &t : f.leave.timelineEntries(f.mine))
        kinds << t.kind;
    CHECK(kinds.count(QStringLiteral("return_application")) == 3);
    CHECK(kinds.count(QStringLiteral("leave")) == 1);
    CHECK(kinds.count(QStringLiteral("status")) == 2);
}

TEST_CASE("follow-ups are due a week, a month and at the end of the return's term", "[leave][return][terms]")
{
    Fixture f;
    SECTION("the usual calendar when the school has no terms")
    {
        CHECK(f.leave.followupsFor(QDate(2026, 11, 6))
            == dues({ { FollowupKind::Week, QDate(2026, 11, 13) }, { FollowupKind::Month, QDate(2026, 12, 6) },
                { FollowupKind::TermEnd, QDate(2027, 1, 31) } }));
        // The spring term ends on 31 August; a term end within the month is still a follow-up.
        CHECK(f.leave.followupsFor(QDate(2027, 8, 20))
            == dues({ { FollowupKind::Week, QDate(2027, 8, 27) }, { FollowupKind::TermEnd, QDate(2027, 8, 31) },
                { FollowupKind::Month, QDate(2027, 9, 20) } }));
    }
    SECTION("the school's own term")
    {
        DutyRepository(f.db, QStringLiteral("wang"))
            .saveTerm({ QStringLiteral("2026-2027-1"), QDate(2026, 9, 1), QDate(2027, 1, 20), {}, {} });
        CHECK(f.leave.followupsFor(QDate(2026, 11, 6)).at(2) == std::pair(FollowupKind::TermEnd, QDate(2027, 1, 20)));
        CHECK(f.leave.followupsFor(QDate(2027, 1, 15))
            == dues({ { FollowupKind::TermEnd, QDate(2027, 1, 20) }, { FollowupKind::Week, QDate(2027, 1, 22) },
                { FollowupKind::Month, QDate(2027, 2, 15) } }));
        // And stored by an approval.
        clock::testing::FixedClock later(QDate(2027, 1, 18));
        f.returned(f.mine, QDate(2027, 1, 15));
        CHECK(f.count("SELECT count(*) FROM return_followups WHERE kind = 'term_end' AND due_on = '2027-01-20'") == 1);
        CHECK(f.count("SELECT count(*) FROM return_followups WHERE kind = 'month' AND due_on = '2027-02-15'") == 1);
    }
}

TEST_CASE("due follow-ups for the home page and recording one done", "[leave][return]")
{
    Fixture f;
    f.returned(f.mine, f.today.addDays(-10)); // week due 3 days ago, month in 20 days
    QList<DueReturnFollowup> due = f.leave.dueFollowups(7);
    REQUIRE(due.size() == 1);
    CHECK(due.at(0).followup.kind == FollowupKind::Week);
    CHECK(due.at(0).daysOverdue(f.today) == 3);
    CHECK(due.at(0).studentName == QStringLiteral("杨小雨"));
    CHECK(f.leave.dueFollowups(20).size() == 2); // the month one, due in exactly 20 days
    CHECK(f.leave.dueFollowups(19).size() == 1);

    const qint64 id = due.at(0).followup.id;
    CHECK(f.refused([&] { f.leave.recordFollowupDone(id, f.today, QStringLiteral(" ")); }) == ErrorKind::Rejected);
    CHECK(f.refused([&] { f.leave.recordFollowupDone(id, f.today.addDays(1), NotePhrase); }) == ErrorKind::Rejected);
    CHECK(f.refused([&] { f.leave.recordFollowupDone(id, f.today.addDays(-11), NotePhrase); }) == ErrorKind::Rejected);
    f.leave.recordFollowupDone(id, f.today.addDays(-2), NotePhrase);
    CHECK(f.leave.dueFollowups(7).isEmpty());
    CHECK(f.refused([&] { f.leave.recordFollowupDone(id, f.today, NotePhrase); }) == ErrorKind::Rejected); // done
    const ReturnFollowup done = f.leave.leaves(f.mine).at(0).applications.at(0).followups.at(0);
    CHECK(done.doneOn == f.today.addDays(-2));
    CHECK(done.note == NotePhrase);
    CHECK(done.doneBy == QStringLiteral("wang"));
    CHECK_FALSE(test::fileContainsAny(f.path, { NotePhrase }));
    bool onTimeline = false;
    for (const TimelineEntry &t : f.leave.timelineEntries(f.mine))
        onTimeline = onTimeline || (t.kind == u"return_followup" && t.body == NotePhrase);
    CHECK(onTimeline);

    // A student who left the school again has no follow-up waiting.
    f.leave.changeStatus(f.mine, StudentStatus::TransferredOut, f.today, QStringLiteral("转学"));
    CHECK(f.leave.dueFollowups(60).isEmpty());
}

TEST_CASE("the certificate warning when it says only that the condition is stable", "[leave][return]")
{
    CHECK_FALSE(LeaveRepository::certificateWarning(QStringLiteral("病情稳定。")).isEmpty());
    CHECK_FALSE(LeaveRepository::certificateWarning(QStringLiteral("经治疗，病情平稳")).isEmpty());
    CHECK_FALSE(LeaveRepository::certificateWarning(QStringLiteral("目前情况稳定，继续服药")).isEmpty());
    CHECK(LeaveRepository::certificateWarning(QStringLiteral("病情稳定，建议复学，定期复诊")).isEmpty());
    CHECK(LeaveRepository::certificateWarning(QStringLiteral("病情稳定，可复学")).isEmpty());
    CHECK(LeaveRepository::certificateWarning(QStringLiteral("病情平稳，可以复学")).isEmpty());
    CHECK(LeaveRepository::certificateWarning(QStringLiteral("抑郁发作，门诊治疗")).isEmpty());
    CHECK(LeaveRepository::certificateWarning(QString()).isEmpty());
}

TEST_CASE("leave roles: the head reads without sealed texts, a class teacher its classes, an admin nothing", "[leave][roles]")
{
    Fixture f;
    f.returned(f.mine, f.today.addDays(-10));
    f.returned(f.other, f.today.addDays(-9));
    const qint64 followup = f.leave.dueFollowups(7).at(0).followup.id;
    f.leave.recordFollowupDone(followup, f.today, NotePhrase);

    SECTION("the head")
    {
        f.actAs(AccountRole::Head);
        const QList<Leave> leaves = f.leave.leaves(f.mine);
        REQUIRE(leaves.size() == 1);
        const ReturnApplication &a = leaves.at(0).applications.at(0);
        CHECK(a.certificateText.isEmpty());
        CHECK(a.certificateHospital == QStringLiteral("贵州省第二人民医院"));
        CHECK(a.plan.placement == QStringLiteral("回原班"));
        CHECK(a.followups.at(0).note.isEmpty());
        CHECK(a.followups.at(0).done());
        CHECK(f.leave.statusEvents(f.mine).size() == 2);
        CHECK(f.leave.dueFollowups(7).size() == 1);
        CHECK(
            f.refused([&] { f.leave.changeStatus(f.mine, StudentStatus::Graduated, f.today, QString()); }) == ErrorKind::Denied);
        CHECK(f.refused([&] { f.leave.startLeave(f.mine, f.today, LeaveCategory::Other, 0, QString()); }) == ErrorKind::Denied);
        CHECK(f.refused([&] { f.leave.recordFollowupDone(followup + 1, f.today, NotePhrase); }) == ErrorKind::Denied);
    }
    SECTION("a class teacher")
    {
        f.actAs(AccountRole::ClassTeacher, { ClassRef { 8, QStringLiteral("1班") } });
        REQUIRE(f.leave.leaves(f.mine).size() == 1);
        const ReturnApplication a = f.leave.leaves(f.mine).at(0).applications.at(0);
        CHECK(a.certificateText.isEmpty()); // sealed: no counsellor key
        CHECK(a.followups.at(0).note.isEmpty());
        CHECK(a.plan.supporters == QStringLiteral("班主任、心理教师、同桌")); // the plan it carries out
        CHECK(f.leave.statusEvents(f.mine).size() == 2);
        CHECK(test::kindOf([&] { f.leave.leaves(f.other); }) == ErrorKind::Denied);
        CHECK(test::kindOf([&] { f.leave.statusEvents(f.other); }) == ErrorKind::Denied);
        const QList<DueReturnFollowup> due = f.leave.dueFollowups(7);
        REQUIRE(due.size() == 0); // its student's week follow-up is done; the other class's is not shown
        CHECK(f.leave.dueFollowups(30).size() == 1);
        CHECK(f.leave.dueFollowups(30).at(0).followup.studentId == f.mine);
        CHECK(f.refused([&] { f.leave.recordFollowupDone(followup + 1, f.today, NotePhrase); }) == ErrorKind::Denied);
    }
    SECTION("an administrator")
    {
        f.actAs(AccountRole::Admin);
        CHECK(test::kindOf([&] { f.leave.leaves(f.mine); }) == ErrorKind::Denied);
        CHECK(test::kindOf([&] { f.leave.statusEvents(f.mine); }) == ErrorKind::Denied);
        CHECK(test::kindOf([&] { f.leave.dueFollowups(7); }) == ErrorKind::Denied);
        CHECK(test::kindOf([&] { f.leave.onLeave(); }) == ErrorKind::Denied);
        CHECK(
            f.refused([&] { f.leave.changeStatus(f.mine, StudentStatus::Graduated, f.today, QString()); }) == ErrorKind::Denied);
    }
}

TEST_CASE("editing a student does not change the status, a roster import records it", "[leave][status][import]")
{
    Fixture f;
    StudentRepository repo(f.db, QStringLiteral("wang"));
    Student s = repo.find(f.mine).value();
    s.status = StudentStatus::Graduated;
    CHECK(f.refused([&] { repo.update(s); }) == ErrorKind::Rejected);

    const RosterTable t = readRosterFromBytes(QByteArrayLiteral("学籍号,姓名,学籍状态\n"
                                                                "G520000000001,杨小雨,转出\n"
                                                                "G520000000002,吴天明,在读\n"),
        QStringLiteral("csv"), QStringLiteral("r.csv"));
    const ImportPlan plan = planRosterImport(f.db, t, guessRosterMapping(t.headers));
    REQUIRE(plan.problems.isEmpty());
    applyRosterImport(f.db, QStringLiteral("wang"), plan, {});
    CHECK(f.statusOf(f.mine) == StudentStatus::TransferredOut);
    const QList<StatusEvent> events = f.leave.statusEvents(f.mine);
    REQUIRE(events.size() == 1);
    CHECK(events.at(0).reason == QStringLiteral("Roster import"));
    CHECK(events.at(0).effectiveOn == f.today);
    CHECK(f.leave.statusEvents(f.other).isEmpty());

    // A student on leave is not brought back by a roster: that row is a problem.
    f.leave.startLeave(f.other, f.today, LeaveCategory::Mental, 0, QString());
    const RosterTable back = readRosterFromBytes(
        QByteArrayLiteral("学籍号,姓名,学籍状态\nG520000000002,吴天明,在读\n"), QStringLiteral("csv"), QStringLiteral("b.csv"));
    const ImportPlan refused = planRosterImport(f.db, back, guessRosterMapping(back.headers));
    REQUIRE(refused.problems.size() == 1);
    CHECK(refused.toUpdate.isEmpty());
}

TEST_CASE("the demo has a student on leave, returns with follow-ups and the archived students' events", "[leave][demo]")
{
    const QDate day = GENERATE(QDate(2026, 11, 16), QDate(2027, 9, 3));
    clock::testing::FixedClock fixed(day);
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.xinan"));
    const QString key = createDemoDatabase(path, QStringLiteral("demo"), test::secret("demo lanterns by the river"), { 300, 7 });
    SchoolFile school = SchoolFile::unlockWithRecoveryKey(path, key, QStringLiteral("demo"));
    LeaveRepository leave(school.db(), QStringLiteral("demo"));

    bool mentalLeave = false;
    for (const OnLeaveStudent &s : leave.onLeave())
        mentalLeave = mentalLeave || s.category == LeaveCategory::Mental;
    CHECK(mentalLeave);
    // Returned about 10 days ago: the week's follow-up done, the month's waiting.
    Statement back(
        school.db(), "SELECT a.student_id FROM return_applications a WHERE a.decision = 'approve' AND a.return_on = ?");
    back.bind(1, dayText(day.addDays(-10)));
    REQUIRE(back.step());
    const qint64 returned = back.int64(0);
    const ReturnApplication approved = leave.leaves(returned).at(0).applications.constLast();
    REQUIRE(approved.followups.size() == 3);
    for (const ReturnFollowup &f : approved.followups) {
        INFO(followupKindCode(f.kind).toStdString());
        CHECK(f.done() == (f.kind == FollowupKind::Week));
    }
    CHECK(StudentRepository(school.db(), QStringLiteral("demo")).find(returned).value().status == StudentStatus::Enrolled);
    // Something waits on the home page.
    CHECK_FALSE(leave.dueFollowups(7).isEmpty());
    // Every student who is not 在读 has the event of the change on its timeline.
    for (const Student &s : StudentRepository(school.db(), QStringLiteral("demo")).list())
        if (s.status != StudentStatus::Enrolled) {
            INFO(s.studentNo.toStdString());
            REQUIRE_FALSE(leave.statusEvents(s.id).isEmpty());
            CHECK(leave.statusEvents(s.id).at(0).to == s.status);
        }
}
