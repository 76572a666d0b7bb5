// Counselling records and group counselling: confidentiality enforced in the repository for
// every read path (two accounts of different roles on the same file), records from a done
// appointment, the risk judgement written in the record's transaction, validation, problem
// categories, group attendance, roles, and the migration giving existing accounts the
// counsellor role.
#include "dailyfixture.h"
#include "error.h"
#include "repo/appointmentrepository.h"
#include "repo/dutyrepository.h"
#include "repo/noterepository.h"
#include "repo/riskrepository.h"
#include "repo/sessionrepository.h"
#include "services/timeline.h"
#include "store/migrations.h"

#include <QFile>

using namespace xinan;

namespace {

struct SessionFixture : test::DailyFixture
{
    SessionRepository sessions { db, counsellor };
    SessionRepository asHead { db, head };

    CounsellingRecordInput walkIn(qint64 student, const QDate &day)
    {
        CounsellingRecordInput in;
        in.studentId = student;
        in.heldOn = day;
        in.minutes = 40;
        in.form = SessionForm::Individual;
        in.categories = { QStringLiteral("学业压力"), QStringLiteral("情绪困扰") };
        in.summary = QStringLiteral("期中考试后情绪低落");
        in.assessment = QStringLiteral("轻度焦虑");
        in.nextSteps = QStringLiteral("一周后回访");
        in.privateNotes = QStringLiteral("父母离异，不愿让班主任知道");
        return in;
    }
    QDateTime pastStart(int daysAgo, int hour) { return QDateTime(clock::today().addDays(-daysAgo), QTime(hour, 0)); }
};

} // namespace

TEST_CASE_METHOD(SessionFixture, "only a counsellor reads a record's content, every read path is restricted for other roles",
    "[sessions][confidential]")
{
    const QDate day = clock::today().addDays(-2);
    const qint64 id = sessions.add(walkIn(a, day));

    CHECK(sessions.canReadConfidential());
    const CounsellingRecord full = sessions.get(id);
    CHECK_FALSE(full.restricted);
    CHECK(full.privateNotes == QStringLiteral("父母离异，不愿让班主任知道"));
    CHECK(full.summary == QStringLiteral("期中考试后情绪低落"));
    CHECK(full.categories == QStringList { QStringLiteral("学业压力"), QStringLiteral("情绪困扰") });
    CHECK(full.staffId == li); // the counsellor's own staff entry
    CHECK(full.author == counsellor);

    CHECK_FALSE(asHead.canReadConfidential());
    const auto checkRestricted = [&](const CounsellingRecord &r) {
        CHECK(r.restricted);
        CHECK(r.id == id);
        CHECK(r.studentId == a);
        CHECK(r.heldOn == day);
        CHECK(r.summary.isEmpty());
        CHECK(r.assessment.isEmpty());
        CHECK(r.nextSteps.isEmpty());
        CHECK(r.privateNotes.isEmpty());
        CHECK(r.categories.isEmpty());
        CHECK(r.staffName.isEmpty());
        CHECK(r.minutes == 0);
        CHECK_FALSE(r.riskJudgement);
    };
    checkRestricted(asHead.get(id));
    REQUIRE(asHead.forStudent(a).size() == 1);
    checkRestricted(asHead.forStudent(a)[0]);
    REQUIRE(asHead.range(day, day).size() == 1);
    checkRestricted(asHead.range(day, day)[0]);
    // An actor that is no account (the recovery-key name) is restricted too.
    checkRestricted(SessionRepository(db, QStringLiteral("recovery")).get(id));

    // The timeline: the content for the counsellor, existence and date for everyone else.
    const auto sessionEntry = [&](const QString &actor) {
        for (const TimelineEntry &e : studentTimeline(db, a, actor))
            if (e.kind == QStringLiteral("session"))
                return e;
        FAIL("no session on the timeline");
        return TimelineEntry {};
    };
    const TimelineEntry mine = sessionEntry(counsellor);
    CHECK(mine.date == day);
    CHECK(mine.body == QStringLiteral("期中考试后情绪低落"));
    CHECK(mine.title.contains(QStringLiteral("学业压力")));
    for (const QString &actor : { head, QString() }) {
        const TimelineEntry other = sessionEntry(actor);
        CHECK(other.date == day);
        CHECK(other.title == QStringLiteral("Counselling record"));
        CHECK(other.body.isEmpty());
        CHECK(other.author.isEmpty());
    }

    // Other roles write no records.
    CHECK(test::kindOf([&] { asHead.add(walkIn(b, day)); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { asHead.update(id, walkIn(a, day)); }) == ErrorKind::Rejected);
    CHECK(count("SELECT count(*) FROM counselling_records") == 1);
    // The audit names ids, never the content.
    CHECK(count("SELECT count(*) FROM audit_log WHERE detail LIKE '%情绪%' OR detail LIKE '%父母%'") == 0);
}

TEST_CASE_METHOD(SessionFixture, "a record from a done appointment is prefilled and linked once", "[sessions]")
{
    AppointmentRepository appointments(db, counsellor);
    AppointmentInput in;
    in.studentId = b;
    in.staffId = chen;
    in.roomId = room1;
    in.start = pastStart(1, 10);
    in.minutes = 45;
    in.category = QStringLiteral("网络使用");
    in.status = AppointmentStatus::Confirmed;
    const qint64 appointment = appointments.book(in).id();
    CHECK(test::kindOf([&] { sessions.draftFromAppointment(appointment); }) == ErrorKind::Rejected);
    appointments.setStatus(appointment, AppointmentStatus::Done);

    CounsellingRecordInput draft = sessions.draftFromAppointment(appointment);
    CHECK(draft.studentId == b);
    CHECK(draft.appointmentId == appointment);
    CHECK(draft.staffId == chen);
    CHECK(draft.heldOn == in.start.date());
    CHECK(draft.minutes == 45);
    CHECK(draft.form == SessionForm::Individual);
    CHECK(draft.categories == QStringList { QStringLiteral("网络使用") });
    CHECK(draft.summary.isEmpty());

    // Not yet complete: the summary is required.
    CHECK(test::kindOf([&] { sessions.add(draft); }) == ErrorKind::Rejected);
    draft.summary = QStringLiteral("每天玩手机到深夜");
    CounsellingRecordInput wrong = draft;
    wrong.studentId = a;
    CHECK(test::kindOf([&] { sessions.add(wrong); }) == ErrorKind::Rejected);
    const qint64 id = sessions.add(draft);
    CHECK(sessions.recordForAppointment(appointment) == id);
    CHECK(sessions.get(id).appointmentId == appointment);
    CHECK(sessions.get(id).staffName == QStringLiteral("陈老师"));
    CHECK(test::kindOf([&] { sessions.add(draft); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { sessions.draftFromAppointment(appointment); }) == ErrorKind::Rejected);

    // The done appointment shows on the timeline; its reason only for the counsellor.
    bool found = false;
    for (const TimelineEntry &e : studentTimeline(db, b, head))
        if (e.kind == QStringLiteral("appointment")) {
            found = true;
            CHECK_FALSE(e.body.contains(QStringLiteral("网络使用")));
        }
    CHECK(found);
}

TEST_CASE_METHOD(SessionFixture, "a risk judgement changes the level in the record's transaction", "[sessions][risk]")
{
    RiskRepository risk(db, counsellor);
    CounsellingRecordInput in = walkIn(a, clock::today());
    in.riskJudgement = RiskLevel::Orange;
    // No reason: nothing is written, neither the record nor the change.
    CHECK(test::kindOf([&] { sessions.add(in); }) == ErrorKind::Rejected);
    CHECK(count("SELECT count(*) FROM counselling_records") == 0);
    CHECK(count("SELECT count(*) FROM risk_changes") == 0);
    CHECK(risk.current(a) == RiskLevel::Green);

    in.riskReason = QStringLiteral("面谈中表达无望感");
    const qint64 id = sessions.add(in);
    CHECK(risk.current(a) == RiskLevel::Orange);
    const QList<RiskChange> history = risk.history(a);
    REQUIRE(history.size() == 1);
    CHECK(history[0].source == RiskSource::Session);
    CHECK(history[0].reason == QStringLiteral("面谈中表达无望感"));
    const CounsellingRecord r = sessions.get(id);
    CHECK(r.riskJudgement == RiskLevel::Orange);
    CHECK(r.riskChangeId == history[0].id);

    // A judgement equal to the current level confirms it: no change written.
    CounsellingRecordInput again = walkIn(a, clock::today());
    again.riskJudgement = RiskLevel::Orange;
    const qint64 second = sessions.add(again);
    CHECK(risk.history(a).size() == 1);
    CHECK(sessions.get(second).riskChangeId == 0);

    // Editing with a lower judgement records another change.
    again.riskJudgement = RiskLevel::Yellow;
    again.riskReason = QStringLiteral("情绪好转");
    sessions.update(second, again);
    CHECK(risk.current(a) == RiskLevel::Yellow);
    CHECK(sessions.get(second).riskChangeId == risk.history(a)[0].id);
}

TEST_CASE_METHOD(SessionFixture, "records refuse bad input and write nothing", "[sessions]")
{
    const QDate day = clock::today();
    CounsellingRecordInput in = walkIn(a, day.addDays(1));
    CHECK(test::kindOf([&] { sessions.add(in); }) == ErrorKind::Rejected); // future
    in = walkIn(a, QDate());
    CHECK(test::kindOf([&] { sessions.add(in); }) == ErrorKind::Rejected);
    in = walkIn(a, day);
    in.minutes = 0;
    CHECK(test::kindOf([&] { sessions.add(in); }) == ErrorKind::Rejected);
    in = walkIn(a, day);
    in.categories = { QStringLiteral("占星") };
    CHECK(test::kindOf([&] { sessions.add(in); }) == ErrorKind::Rejected);
    in = walkIn(a, day);
    in.summary = QStringLiteral("   ");
    CHECK(test::kindOf([&] { sessions.add(in); }) == ErrorKind::Rejected);
    in = walkIn(999, day);
    CHECK(test::kindOf([&] { sessions.add(in); }) == ErrorKind::Rejected);
    in = walkIn(a, day);
    in.privateNotes = QString(SessionRepository::MaxTextLength + 1, u'字');
    CHECK(test::kindOf([&] { sessions.add(in); }) == ErrorKind::Rejected);
    in = walkIn(a, day);
    in.staffId = 999;
    CHECK(test::kindOf([&] { sessions.add(in); }) == ErrorKind::Rejected);
    CHECK(count("SELECT count(*) FROM counselling_records") == 0);

    const qint64 id = sessions.add(walkIn(a, day));
    CHECK(test::kindOf([&] { sessions.update(id, walkIn(b, day)); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { sessions.get(12345); }) == ErrorKind::Rejected);
}

TEST_CASE_METHOD(SessionFixture, "the problem categories are an editable list, old records keep theirs", "[sessions]")
{
    CHECK(sessions.problemCategories().size() == 11);
    CHECK(sessions.problemCategories().first() == QStringLiteral("学业压力"));
    CHECK(sessions.problemCategories().last() == QStringLiteral("其他")); // stored data, in Chinese whatever the language
    const qint64 id = sessions.add(walkIn(a, clock::today()));
    CHECK(test::kindOf([&] { sessions.setProblemCategories({}); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] {
        sessions.setProblemCategories({ QStringLiteral("考试焦虑"), QStringLiteral(" 考试焦虑 ") });
    }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { sessions.setProblemCategories({ QStringLiteral("考试焦虑"), QString() }); }) == ErrorKind::Rejected);
    sessions.setProblemCategories({ QStringLiteral(" 考试焦虑 "), QStringLiteral("其他") });
    CHECK(sessions.problemCategories() == QStringList { QStringLiteral("考试焦虑"), QStringLiteral("其他") });
    // The record's old categories stay valid when it is edited.
    CounsellingRecordInput edit = walkIn(a, clock::today());
    edit.categories << QStringLiteral("考试焦虑");
    sessions.update(id, edit);
    CHECK(sessions.get(id).categories.size() == 3);
    CHECK(test::kindOf([&] { sessions.add(walkIn(b, clock::today())); }) == ErrorKind::Rejected);
}

TEST_CASE_METHOD(SessionFixture, "group counselling: members, sessions and attendance, counsellors only", "[sessions][groups]")
{
    CHECK(test::kindOf([&] { sessions.addGroup(QStringLiteral(" "), li, 6, { a }); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { sessions.addGroup(QStringLiteral("考前减压"), li, 0, { a }); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { asHead.addGroup(QStringLiteral("考前减压"), li, 6, { a }); }) == ErrorKind::Rejected);
    const qint64 group = sessions.addGroup(QStringLiteral("考前减压"), li, 6, { a, b, c });
    CounsellingGroup g = sessions.group(group);
    CHECK(g.topic == QStringLiteral("考前减压"));
    CHECK(g.staffName == QStringLiteral("李老师"));
    CHECK(g.memberIds.size() == 3);

    const QDate day = clock::today().addDays(-1);
    CHECK(test::kindOf([&] { sessions.addGroupSession(group, clock::today().addDays(1), 60, { a }); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { sessions.addGroupSession(group, day, 60, { a, 999 }); }) == ErrorKind::Rejected);
    CHECK(count("SELECT count(*) FROM group_sessions") == 0);
    const qint64 first = sessions.addGroupSession(group, day, 60, { a, b });
    QList<GroupSession> held = sessions.groupSessions(group);
    REQUIRE(held.size() == 1);
    CHECK(held[0].present == QList<qint64> { a, b });
    CHECK(held[0].absent == QList<qint64> { c });
    sessions.setAttendance(first, { a, b, c });
    CHECK(sessions.groupSessions(group)[0].absent.isEmpty());
    CHECK(sessions.group(group).heldSessions == 1);

    g.topic = QStringLiteral("考前减压团体");
    g.memberIds = { a, b };
    sessions.updateGroup(g);
    CHECK(sessions.groups().size() == 1);
    CHECK(sessions.groups()[0].topic == QStringLiteral("考前减压团体"));
    CHECK(sessions.groups()[0].memberIds.size() == 2);

    // Reading: the head gets no group content, and the timeline shows the date only.
    CHECK(test::kindOf([&] { asHead.groups(); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { asHead.groupSessions(group); }) == ErrorKind::Rejected);
    const QList<StudentGroupSession> headView = asHead.studentGroupSessions(c);
    REQUIRE(headView.size() == 1);
    CHECK(headView[0].restricted);
    CHECK(headView[0].topic.isEmpty());
    CHECK(headView[0].heldOn == day);
    const QList<StudentGroupSession> mine = sessions.studentGroupSessions(c);
    CHECK(mine[0].topic == QStringLiteral("考前减压团体"));
    CHECK(mine[0].present);
    int shown = 0;
    for (const TimelineEntry &e : studentTimeline(db, c, head))
        if (e.kind == QStringLiteral("group_session")) {
            ++shown;
            CHECK(e.title == QStringLiteral("Group counselling"));
            CHECK(e.body.isEmpty());
        }
    CHECK(shown == 1);
}

TEST_CASE_METHOD(
    test::DailyFixture, "account roles: set by a counsellor or administrator, never leaving no counsellor", "[sessions][roles]")
{
    CHECK(accountRole(db, counsellor) == AccountRole::Counsellor);
    CHECK(accountRole(db, head) == AccountRole::Head);
    CHECK_FALSE(accountRole(db, QStringLiteral("nobody")));
    CHECK(readsConfidentialNotes(db, counsellor));
    CHECK_FALSE(readsConfidentialNotes(db, head));
    CHECK_FALSE(readsConfidentialNotes(db, QString()));
    for (const AccountRole r : allAccountRoles())
        CHECK(accountRoleFromCode(accountRoleCode(r)) == r);

    {
        // The head's own connection: only a counsellor gives the counsellor role (tests/core/test_accounts.cpp).
        const std::shared_ptr<const Access> counsellorAccess = db.accessPtr();
        db.setAccess(Access::forAccount(head, AccountRole::Head, {}, {}));
        CHECK(
            test::kindOf([&] { OfficeRepository(db, head).setAccountRole(head, AccountRole::Counsellor); }) == ErrorKind::Denied);
        db.setAccess(counsellorAccess);
    }
    CHECK(test::kindOf([&] { OfficeRepository(db, counsellor).setAccountRole(counsellor, AccountRole::Admin); })
        == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { OfficeRepository(db, counsellor).setAccountRole(QStringLiteral("nobody"), AccountRole::Admin); })
        == ErrorKind::Rejected);
    CHECK(accountRole(db, counsellor) == AccountRole::Counsellor);
    OfficeRepository(db, counsellor).setAccountRole(head, AccountRole::Counsellor);
    OfficeRepository(db, head).setAccountRole(counsellor, AccountRole::ClassTeacher);
    CHECK(accountRole(db, counsellor) == AccountRole::ClassTeacher);
    CHECK(text("SELECT detail FROM audit_log WHERE entity = 'account_role' ORDER BY id DESC LIMIT 1")
        == QStringLiteral("wang: counsellor -> class_teacher"));
}

TEST_CASE_METHOD(test::DailyFixture, "rooms and staff: names unique and required, accounts mapped once", "[sessions][office]")
{
    OfficeRepository office(db, counsellor);
    CHECK(office.rooms().size() == 2);
    CHECK(test::kindOf([&] {
        office.addRoom({ 0, QStringLiteral("沙盘室"), RoomKind::Sandplay, true });
    }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { office.addRoom({ 0, QStringLiteral("  "), RoomKind::Group, true }); }) == ErrorKind::Rejected);
    Room r = office.room(room2);
    r.name = QStringLiteral("沙盘游戏室");
    r.active = false;
    office.updateRoom(r);
    CHECK(office.rooms().size() == 1);
    CHECK(office.rooms(true).size() == 2);
    CHECK(office.room(room2).name == QStringLiteral("沙盘游戏室"));

    CHECK(office.staffForAccount(counsellor)->id == li);
    CHECK_FALSE(office.staffForAccount(head));
    CHECK(test::kindOf([&] {
        office.addStaff({ 0, QStringLiteral("周老师"), StaffKind::PartTime, QString(), counsellor, true });
    }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] {
        office.addStaff({ 0, QStringLiteral("周老师"), StaffKind::PartTime, QString(), QStringLiteral("ghost"), true });
    }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] {
        office.addStaff({ 0, QString(), StaffKind::PartTime, QString(), QString(), true });
    }) == ErrorKind::Rejected);
    StaffMember s = office.staffMember(chen);
    s.username = head;
    s.kind = StaffKind::FullTime;
    office.updateStaff(s);
    CHECK(office.staffForAccount(head)->id == chen);
    CHECK(office.staffMember(chen).kind == StaffKind::FullTime);
    CHECK(office.staff().size() == 2);
}

TEST_CASE("Existing accounts become counsellors when a released schema migrates", "[sessions][migrations]")
{
    clock::testing::FixedClock fixedClock { test::testNow() };
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("fixture.xinan"));
    const QString fixture = QStringLiteral(XINAN_TEST_DATA_DIR "/schema-v4");
    REQUIRE(QFile::copy(fixture + QStringLiteral(".xinan"), path));
    REQUIRE(QFile::copy(fixture + QStringLiteral(".xinan-keys"), path + QStringLiteral("-keys")));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    SchoolFile school = SchoolFile::unlockWithPassword(path, QStringLiteral("fixture"), test::secret("fixture-password-1"));
    CHECK(school.db().userVersion() == currentSchemaVersion());
    CHECK(accountRole(school.db(), QStringLiteral("fixture")) == AccountRole::Counsellor);
    CHECK(DutyRepository(school.db(), QStringLiteral("fixture")).periods().size() == 4);
}
