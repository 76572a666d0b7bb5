// Referrals to hospital (转介): the loop's order (every illegal step refused with nothing
// written, every legal one accepted), overdue receipts and follow-ups at exactly N days and
// N + 1 through the clock seam, refusals and "not seen" kept in attention() until closed, the
// sources a referral starts from, partner hospitals, the sealed texts, the roles, the audit
// log and the student's timeline.
#include "error.h"
#include "platform/clock.h"
#include "repo/audit.h"
#include "repo/crisisrepository.h"
#include "repo/referralrepository.h"
#include "repo/riskrepository.h"
#include "repo/schoolrepository.h"
#include "repo/studentrepository.h"
#include "repo/timelineentry.h"
#include "services/demodata.h"
#include "services/schoolfile.h"
#include "services/timeline.h"
#include "store/access.h"
#include "store/database.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>

using namespace xinan;

namespace {

using K = ReferralStepKind;

const QString ReasonPhrase = QStringLiteral("合成短语-转介原因-RFQ1");
const QString BodyPhrase = QStringLiteral("合成短语-研判结论-RFQ2");
const QString ClosePhrase = QStringLiteral("合成短语-结案原因-RFQ3");

struct Fixture
{
    clock::testing::FixedClock fixedClock { test::testNow() }; // Monday 2026-11-16
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("r.xinan"));
    SchoolFile school = [this] {
        test::createSchool(path);
        return SchoolFile::unlockWithPassword(path, QString(), test::secret("correct horse 1"));
    }();
    Database &db = school.db();
    SecretBytes counsellorKey = SecretBytes::random(32);
    qint64 student = 0, other = 0;

    Fixture()
    {
        SchoolRepository accounts(db, QStringLiteral("wang"));
        accounts.addAccount(QStringLiteral("zhao"), AccountRole::Head);
        accounts.addAccount(QStringLiteral("zhou"), AccountRole::ClassTeacher);
        accounts.addAccount(QStringLiteral("xu"), AccountRole::Admin);
        actAs(AccountRole::Counsellor);
        student = addStudent("G520000000001", QStringLiteral("杨小雨"));
        other = addStudent("G520000000002", QStringLiteral("吴天明"));
    }
    void actAs(AccountRole role)
    {
        switch (role) {
        case AccountRole::Counsellor:
            db.setAccess(Access::forAccount(QStringLiteral("wang"), role, {},
                SecretBytes::copyOf(std::string_view(counsellorKey.chars(), counsellorKey.size()))));
            break;
        case AccountRole::Head:
            db.setAccess(Access::forAccount(QStringLiteral("zhao"), role, {}, {}));
            break;
        case AccountRole::ClassTeacher:
            db.setAccess(Access::forAccount(QStringLiteral("zhou"), role, { ClassRef { 8, QStringLiteral("2班") } }, {}));
            break;
        case AccountRole::Admin:
            db.setAccess(Access::forAccount(QStringLiteral("xu"), role, {}, {}));
            break;
        }
    }
    ReferralRepository repo() { return ReferralRepository(db, db.access().user()); }
    qint64 addStudent(const char *no, const QString &name)
    {
        Student s;
        s.studentNo = QString::fromLatin1(no);
        s.name = name;
        s.grade = 8;
        s.className = QStringLiteral("2班");
        return StudentRepository(db, QStringLiteral("wang")).add(s);
    }
    int count(const char *sql)
    {
        Statement st(db, sql);
        REQUIRE(st.step());
        return st.integer(0);
    }
};

// A step of the given kind with every field its kind requires; `variant` picks consent or
// refusal (parents) and seen or not seen (receipt).
ReferralStep stepOf(qint64 referral, K kind, const QDate &on, bool variant = true)
{
    ReferralStep s;
    s.referralId = referral;
    s.kind = kind;
    s.on = on;
    switch (kind) {
    case K::Meeting:
        s.attendees = QStringLiteral("心理教师、班主任、分管副校长");
        s.body = BodyPhrase;
        break;
    case K::Parents:
        s.method = QStringLiteral("面谈");
        s.consent = variant ? ParentConsent::Consent : ParentConsent::Refusal;
        s.body = QStringLiteral("家长的回应");
        break;
    case K::Slip:
        s.hospital = QStringLiteral("贵州省第二人民医院");
        s.department = QStringLiteral("儿童青少年心理科");
        s.escort = QStringLiteral("母亲");
        break;
    case K::Receipt:
        s.outcome = variant ? ReceiptOutcome::Outpatient : ReceiptOutcome::NotSeen;
        s.body = QStringLiteral("门诊就诊");
        break;
    case K::FollowUp:
        s.body = QStringLiteral("电话跟进，情况平稳");
        break;
    }
    return s;
}

// Compact step codes for the order table: M, P+ (consent), P- (refusal), S, R+ (seen), R0
// (not seen), F.
ReferralStep coded(qint64 referral, const QString &code, const QDate &on)
{
    const QChar c = code.at(0);
    const bool variant = !code.endsWith(u'-') && !code.endsWith(u'0');
    const K kind = c == u'M' ? K::Meeting : c == u'P' ? K::Parents : c == u'S' ? K::Slip : c == u'R' ? K::Receipt : K::FollowUp;
    return stepOf(referral, kind, on, variant);
}

const QList<K> AllKinds { K::Meeting, K::Parents, K::Slip, K::Receipt, K::FollowUp };

} // namespace

TEST_CASE_METHOD(Fixture, "referral steps follow the loop's order and refuse every other order writing nothing", "[referrals]")
{
    struct Row
    {
        const char *prefix; // step codes separated by spaces
        QList<K> allowed;
    };
    const QList<Row> rows {
        { "", { K::Meeting } },
        { "M", { K::Meeting, K::Parents } },
        { "M M", { K::Meeting, K::Parents } },
        { "M P+", { K::Parents, K::Slip } },
        { "M P-", { K::Parents, K::FollowUp } },
        { "M P- F", { K::Parents, K::FollowUp } },
        { "M P- P-", { K::Parents, K::FollowUp } },
        { "M P- P+", { K::Parents, K::Slip } },
        { "M P+ S", { K::Slip, K::Receipt } },
        { "M P+ S R+", { K::FollowUp } },
        { "M P+ S R0", { K::Slip, K::FollowUp } },
        { "M P+ S R0 S", { K::Slip, K::Receipt } },
        { "M P+ S R+ F", { K::Receipt, K::FollowUp } },
        { "M P+ S R0 F", { K::Slip, K::Receipt, K::FollowUp } },
        { "M P+ S R+ F R+", { K::FollowUp } },
    };
    const QDate opened = clock::today().addDays(-20);
    const auto replay = [&](const Row &row) {
        const qint64 id = repo().open(student, opened, ReasonPhrase);
        QDate on = opened;
        for (const QString &code : QString::fromLatin1(row.prefix).split(u' ', Qt::SkipEmptyParts))
            repo().addStep(coded(id, code, on = on.addDays(1)));
        return id;
    };
    for (const Row &row : rows) {
        INFO("after: " << row.prefix);
        qint64 id = replay(row);
        CHECK(repo().nextAllowed(id) == row.allowed);
        const QString before = test::databaseContents(path);
        for (const K kind : AllKinds) {
            if (row.allowed.contains(kind))
                continue;
            INFO("refused: " << referralStepKindCode(kind).toStdString());
            for (const bool variant : { true, false })
                CHECK_THROWS_MATCHES(
                    repo().addStep(stepOf(id, kind, clock::today(), variant)), Error, test::HasKind(ErrorKind::Rejected));
        }
        CHECK(test::databaseContents(path) == before);
        repo().close(id, clock::today(), QStringLiteral("表驱动测试"));
        for (const K kind : row.allowed) {
            INFO("accepted: " << referralStepKindCode(kind).toStdString());
            id = replay(row);
            CHECK(repo().addStep(stepOf(id, kind, clock::today())) > 0);
            repo().close(id, clock::today(), QStringLiteral("表驱动测试"));
        }
    }
}

TEST_CASE_METHOD(Fixture, "a refused referral step says what must come first", "[referrals]")
{
    const qint64 id = repo().open(student, clock::today().addDays(-5), ReasonPhrase);
    const auto message = [&](K kind) {
        try {
            repo().addStep(stepOf(id, kind, clock::today()));
        } catch (const Error &e) {
            return e.message();
        }
        return QString();
    };
    CHECK(message(K::Slip).contains(QStringLiteral("case meeting")));
    CHECK(message(K::Receipt).contains(QStringLiteral("Issue the referral slip first")));
    repo().addStep(stepOf(id, K::Meeting, clock::today().addDays(-4)));
    CHECK(message(K::Slip).contains(QStringLiteral("record their consent")));
    repo().addStep(stepOf(id, K::Parents, clock::today().addDays(-3), false));
    const QString afterRefusal = message(K::Slip);
    CHECK(afterRefusal.contains(QStringLiteral("refused")));
    CHECK(afterRefusal.contains(QStringLiteral("Next can be: Parents told, Follow-up.")));
}

TEST_CASE_METHOD(Fixture, "a step needs its fields, a day not in the future and not before the last step", "[referrals]")
{
    const qint64 id = repo().open(student, clock::today().addDays(-10), ReasonPhrase);
    const auto refused = [&](const ReferralStep &s) { return test::kindOf([&] { repo().addStep(s); }) == ErrorKind::Rejected; };
    ReferralStep meeting = stepOf(id, K::Meeting, clock::today().addDays(-8));
    meeting.body.clear();
    CHECK(refused(meeting)); // the conclusion
    CHECK(refused(stepOf(id, K::Meeting, clock::today().addDays(1)))); // tomorrow
    CHECK(refused(stepOf(id, K::Meeting, clock::today().addDays(-11)))); // before the opening
    CHECK(refused(stepOf(id, K::Meeting, QDate())));
    meeting = stepOf(id, K::Meeting, clock::today().addDays(-8));
    meeting.attendees = QStringLiteral("班主任\u202E");
    CHECK(refused(meeting)); // a direction override
    meeting.attendees.clear();
    meeting.body = QString(ReferralRepository::MaxTextLength + 1, u'字');
    CHECK(refused(meeting));
    CHECK(count("SELECT count(*) FROM referral_steps") == 0);
    repo().addStep(stepOf(id, K::Meeting, clock::today().addDays(-6)));
    CHECK(refused(stepOf(id, K::Parents, clock::today().addDays(-7)))); // before the meeting
    ReferralStep parents = stepOf(id, K::Parents, clock::today());
    parents.consent = ParentConsent::None;
    CHECK(refused(parents));
    parents = stepOf(id, K::Parents, clock::today());
    parents.method.clear();
    CHECK(refused(parents));
    repo().addStep(stepOf(id, K::Parents, clock::today()));
    ReferralStep slip = stepOf(id, K::Slip, clock::today());
    slip.hospital.clear();
    CHECK(refused(slip));
    repo().addStep(stepOf(id, K::Slip, clock::today()));
    ReferralStep receipt = stepOf(id, K::Receipt, clock::today());
    receipt.outcome = ReceiptOutcome::None;
    CHECK(refused(receipt));
    CHECK(count("SELECT count(*) FROM referral_steps") == 3);

    // Opening: a future day, an empty reason, a second open referral, a student not enrolled.
    CHECK(test::kindOf([&] { repo().open(other, clock::today().addDays(1), ReasonPhrase); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { repo().open(other, clock::today(), QStringLiteral("  ")); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { repo().open(student, clock::today(), ReasonPhrase); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { repo().open(999999, clock::today(), ReasonPhrase); }) == ErrorKind::Rejected);
    // Closing: a future day, before the last step, no reason.
    CHECK(test::kindOf([&] { repo().close(id, clock::today().addDays(1), ClosePhrase); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { repo().close(id, clock::today().addDays(-1), ClosePhrase); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { repo().close(id, clock::today(), QString()); }) == ErrorKind::Rejected);
    CHECK(repo().openReferralOf(student) == id);
    CHECK(test::kindOf([&] { repo().setFollowupDays(id, 0); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { repo().setFollowupDays(id, 91); }) == ErrorKind::Rejected);
}

TEST_CASE_METHOD(Fixture, "a receipt is overdue the day after slip plus N days, not on the Nth day", "[referrals]")
{
    const qint64 id = repo().open(student, QDate(2026, 11, 1), ReasonPhrase);
    repo().addStep(stepOf(id, K::Meeting, QDate(2026, 11, 2)));
    repo().addStep(stepOf(id, K::Parents, QDate(2026, 11, 3)));
    repo().addStep(stepOf(id, K::Slip, QDate(2026, 11, 5)));
    const auto at = [&](const QDate &today) {
        clock::testing::FixedClock day(today);
        return repo().detail(id).referral;
    };
    REQUIRE(repo().receiptDueDays() == ReferralRepository::DefaultReceiptDueDays);
    Referral r = at(QDate(2026, 11, 12)); // slip + 7: due today, not overdue
    CHECK(r.stage == ReferralStage::Slip);
    CHECK(r.nextDue == QDate(2026, 11, 12));
    CHECK(r.overdue == ReferralOverdue::None);
    CHECK(r.overdueDays == 0);
    r = at(QDate(2026, 11, 13)); // slip + 8: one day overdue
    CHECK(r.overdue == ReferralOverdue::ReceiptMissing);
    CHECK(r.overdueDays == 1);
    r = at(QDate(2026, 11, 16));
    CHECK(r.overdueDays == 4);
    {
        clock::testing::FixedClock day(QDate(2026, 11, 13));
        CHECK(repo().attention().value(0).id == id);
    }
    {
        clock::testing::FixedClock day(QDate(2026, 11, 12));
        CHECK(repo().attention().isEmpty());
    }
    repo().setReceiptDueDays(10);
    CHECK(repo().receiptDueDays() == 10);
    CHECK(at(QDate(2026, 11, 15)).overdue == ReferralOverdue::None);
    CHECK(at(QDate(2026, 11, 16)).overdueDays == 1);
    CHECK(test::kindOf([&] { repo().setReceiptDueDays(0); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { repo().setReceiptDueDays(61); }) == ErrorKind::Rejected);

    // The receipt stops the receipt clock; the follow-up interval counts from it.
    repo().addStep(stepOf(id, K::Receipt, QDate(2026, 11, 14)));
    r = at(QDate(2026, 11, 28)); // receipt + 14
    CHECK(r.stage == ReferralStage::Receipt);
    CHECK(r.nextDue == QDate(2026, 11, 28));
    CHECK(r.overdue == ReferralOverdue::None);
    r = at(QDate(2026, 11, 29));
    CHECK(r.overdue == ReferralOverdue::FollowUpOverdue);
    CHECK(r.overdueDays == 1);
    repo().setFollowupDays(id, 3);
    CHECK(at(QDate(2026, 11, 17)).overdue == ReferralOverdue::None);
    r = at(QDate(2026, 11, 18));
    CHECK(r.overdue == ReferralOverdue::FollowUpOverdue);
    CHECK(r.overdueDays == 1);
    // A follow-up moves the next due day on.
    repo().addStep(stepOf(id, K::FollowUp, QDate(2026, 11, 16)));
    r = at(QDate(2026, 11, 19));
    CHECK(r.nextDue == QDate(2026, 11, 19));
    CHECK(r.overdue == ReferralOverdue::None);
    CHECK(at(QDate(2026, 11, 20)).overdueDays == 1);
    // A closed referral is never overdue.
    repo().close(id, QDate(2026, 11, 16), ClosePhrase);
    r = at(QDate(2026, 12, 30));
    CHECK(r.stage == ReferralStage::Closed);
    CHECK(r.overdue == ReferralOverdue::None);
    CHECK_FALSE(r.nextDue.isValid());
}

TEST_CASE_METHOD(Fixture, "a refusal and a not-seen receipt stay in attention until closed and a closed referral takes no steps",
    "[referrals]")
{
    const qint64 refused = repo().open(student, clock::today().addDays(-6), ReasonPhrase);
    repo().addStep(stepOf(refused, K::Meeting, clock::today().addDays(-5)));
    repo().addStep(stepOf(refused, K::Parents, clock::today().addDays(-4), false));
    const qint64 notSeen = repo().open(other, clock::today().addDays(-6), ReasonPhrase);
    for (const QString &code : QString::fromLatin1("M P+ S R0").split(u' '))
        repo().addStep(coded(notSeen, code, clock::today().addDays(-3)));
    const auto ids = [&] {
        QList<qint64> out;
        for (const Referral &r : repo().attention())
            out << r.id;
        return out;
    };
    CHECK(ids().contains(refused));
    CHECK(ids().contains(notSeen));
    Referral r = repo().detail(refused).referral;
    CHECK(r.stage == ReferralStage::Refused);
    CHECK(r.refused);
    CHECK(repo().detail(notSeen).referral.stage == ReferralStage::NotSeen);
    CHECK(repo().detail(notSeen).referral.notSeen);
    repo().addStep(stepOf(notSeen, K::FollowUp, clock::today()));
    CHECK(repo().detail(notSeen).referral.stage == ReferralStage::NotSeen);
    // A follow-up of the refusal does not take it off the list.
    repo().addStep(stepOf(refused, K::FollowUp, clock::today()));
    CHECK(repo().detail(refused).referral.stage == ReferralStage::Refused); // the follow-up keeps it visible
    CHECK(ids().contains(refused));
    {
        clock::testing::FixedClock later(clock::today().addDays(100));
        CHECK(ids().contains(refused)); // nor does time
    }
    repo().close(refused, clock::today(), ClosePhrase);
    CHECK_FALSE(ids().contains(refused));
    CHECK(ids().contains(notSeen));
    CHECK(repo().nextAllowed(refused).isEmpty());
    const QString before = test::databaseContents(path);
    for (const K kind : AllKinds)
        CHECK(test::kindOf([&] { repo().addStep(stepOf(refused, kind, clock::today())); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { repo().close(refused, clock::today(), ClosePhrase); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { repo().setFollowupDays(refused, 7); }) == ErrorKind::Rejected);
    CHECK(test::databaseContents(path) == before);
    // Lists: open first, then closed; the open filter.
    const QList<Referral> all = repo().referrals();
    REQUIRE(all.size() == 2);
    CHECK(all.at(0).id == notSeen);
    CHECK(all.at(1).id == refused);
    CHECK(repo().referrals(true).size() == 1);
    CHECK(repo().studentReferrals(student).value(0).closeReason == ClosePhrase);
    // A new referral may open after the closed one.
    CHECK(repo().open(student, clock::today(), ReasonPhrase) > refused);
}

TEST_CASE_METHOD(Fixture, "a referral starts from a crisis event or an alert of the same student only", "[referrals]")
{
    const qint64 crisis = CrisisRepository(db, QStringLiteral("wang"))
                              .open(other, QDateTime(clock::today().addDays(-2), QTime(9, 0)), QStringLiteral("危机经过"));
    Statement alert(db, "INSERT INTO alerts (student_id, kind, raised_at) VALUES (?, 'screening_critical', ?)");
    alert.bind(1, student).bind(2, QStringLiteral("2026-11-10T02:00:00Z")).run();
    const qint64 alertId = db.lastInsertId();
    const auto kind = [&](qint64 who, ReferralSource source, qint64 sourceId) {
        return test::kindOf([&] { repo().open(who, clock::today(), ReasonPhrase, source, sourceId); });
    };
    CHECK(kind(student, ReferralSource::Crisis, crisis) == ErrorKind::Rejected); // another student's
    CHECK(kind(student, ReferralSource::Crisis, 0) == ErrorKind::Rejected);
    CHECK(kind(student, ReferralSource::Session, 424242) == ErrorKind::Rejected); // no such record
    CHECK(kind(student, ReferralSource::File, crisis) == ErrorKind::Rejected);
    CHECK(kind(other, ReferralSource::Alert, alertId) == ErrorKind::Rejected);
    CHECK(count("SELECT count(*) FROM referrals") == 0);
    const qint64 a = repo().open(student, clock::today(), ReasonPhrase, ReferralSource::Alert, alertId);
    const qint64 c = repo().open(other, clock::today(), ReasonPhrase, ReferralSource::Crisis, crisis);
    CHECK(repo().detail(a).referral.source == ReferralSource::Alert);
    CHECK(repo().detail(a).referral.sourceId == alertId);
    CHECK(repo().detail(c).referral.source == ReferralSource::Crisis);
}

TEST_CASE_METHOD(Fixture, "partner hospitals are added, kept unique, removed, or retired when a slip names them", "[referrals]")
{
    ReferralRepository r = repo();
    const PartnerHospital suggested = ReferralRepository::suggestedHospitals().value(0);
    CHECK(suggested.name == QStringLiteral("贵州省第二人民医院"));
    CHECK(suggested.phone.isEmpty());
    CHECK(r.hospitals().isEmpty()); // suggestions are never stored on their own
    const qint64 first = r.saveHospital(suggested);
    PartnerHospital second { 0, QStringLiteral("贵州医科大学附属医院"), QStringLiteral("精神科"), QString(), QString(),
        QStringLiteral("张医生"), false };
    second.id = r.saveHospital(second);
    const qint64 unused = r.saveHospital({ 0, QStringLiteral("贵阳市第二人民医院"), QString(), {}, {}, {}, false });
    CHECK(r.hospitals().size() == 3);
    CHECK(r.hospitals().at(1) == second);
    CHECK(test::kindOf([&] { r.saveHospital(suggested); }) == ErrorKind::Rejected); // same name and department
    CHECK(test::kindOf([&] { r.saveHospital({ 0, QStringLiteral(" "), {}, {}, {}, {}, false }); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { r.saveHospital({ 0, QString(101, u'院'), {}, {}, {}, {}, false }); }) == ErrorKind::Rejected);
    second.phone = QStringLiteral("0851-00000000");
    CHECK(r.saveHospital(second) == second.id);
    CHECK(r.hospitals().at(1).phone == second.phone);

    const qint64 id = r.open(student, clock::today().addDays(-3), ReasonPhrase);
    r.addStep(stepOf(id, K::Meeting, clock::today().addDays(-2)));
    r.addStep(stepOf(id, K::Parents, clock::today().addDays(-1)));
    ReferralStep slip = stepOf(id, K::Slip, clock::today());
    slip.hospitalId = first;
    slip.hospital.clear();
    slip.department.clear();
    const qint64 slipId = r.addStep(slip);
    const ReferralStep stored = r.detail(id).steps.last();
    CHECK(stored.id == slipId);
    CHECK(stored.hospital == suggested.name); // filled in from the list
    CHECK(stored.department == suggested.department);
    CHECK(r.detail(id).referral.hospital == suggested.name);

    r.removeHospital(unused);
    r.removeHospital(first);
    CHECK(count("SELECT count(*) FROM partner_hospitals") == 2);
    CHECK(r.hospitals().size() == 1);
    const QList<PartnerHospital> withRetired = r.hospitals(true);
    REQUIRE(withRetired.size() == 2);
    CHECK(withRetired.last().id == first);
    CHECK(withRetired.last().retired);
    CHECK(test::kindOf([&] { r.removeHospital(unused); }) == ErrorKind::Rejected);
    // A retired hospital is not offered for a new slip.
    slip.on = clock::today();
    CHECK(test::kindOf([&] { r.addStep(slip); }) == ErrorKind::Rejected);
}

TEST_CASE_METHOD(
    Fixture, "referral texts are sealed, the head reads them empty, class teachers and admins are denied", "[referrals]")
{
    const qint64 id = repo().open(student, clock::today().addDays(-3), ReasonPhrase);
    repo().addStep(stepOf(id, K::Meeting, clock::today().addDays(-2)));
    repo().close(id, clock::today(), ClosePhrase);
    const qint64 hospital = repo().saveHospital({ 0, QStringLiteral("贵州省人民医院"), QString(), {}, {}, {}, false });

    Database raw = Database::open(path, school.dataKey());
    const char *columns[][2] { { "SELECT student_id, reason FROM referrals", "referrals.reason" },
        { "SELECT student_id, close_reason FROM referrals", "referrals.close_reason" },
        { "SELECT referral_id, body FROM referral_steps", "referral_steps.body" } };
    for (const auto &c : columns) {
        INFO(c[1]);
        Statement st(raw, c[0]);
        REQUIRE(st.step());
        const QByteArray value = st.blob(1);
        CHECK(isSealedField(value));
        for (const QString &phrase : { ReasonPhrase, BodyPhrase, ClosePhrase })
            CHECK_FALSE(value.contains(phrase.toUtf8()));
        CHECK_FALSE(openField(counsellorKey, c[1], st.int64(0), value).isEmpty());
    }
    Statement types(raw, "SELECT typeof(reason), typeof(close_reason) FROM referrals");
    REQUIRE(types.step());
    CHECK(types.text(0) == QStringLiteral("blob"));
    CHECK(types.text(1) == QStringLiteral("blob"));
    Statement audit(raw, "SELECT group_concat(detail, '|') FROM audit_log");
    REQUIRE(audit.step());
    for (const QString &phrase : { ReasonPhrase, BodyPhrase, ClosePhrase })
        CHECK_FALSE(audit.text(0).contains(phrase));

    actAs(AccountRole::Head);
    const Referral r = repo().detail(id).referral;
    CHECK(r.studentName == QStringLiteral("杨小雨"));
    CHECK(r.reason.isEmpty());
    CHECK(r.closeReason.isEmpty());
    CHECK(repo().detail(id).steps.value(0).body.isEmpty());
    CHECK(repo().detail(id).steps.value(0).attendees == QStringLiteral("心理教师、班主任、分管副校长"));
    CHECK(repo().referrals().size() == 1);
    const QList<TimelineEntry> timeline = studentTimeline(db, student, QStringLiteral("zhao"));
    QStringList kinds;
    for (const TimelineEntry &e : timeline) {
        kinds << e.kind;
        CHECK_FALSE(e.body.contains(ReasonPhrase));
        CHECK_FALSE(e.body.contains(BodyPhrase));
    }
    CHECK(kinds.contains(QStringLiteral("referral")));
    CHECK(kinds.contains(QStringLiteral("referral_step")));
    CHECK(kinds.contains(QStringLiteral("referral_closed")));
    CHECK(test::kindOf([&] { repo().open(other, clock::today(), ReasonPhrase); }) == ErrorKind::Denied);
    CHECK(test::kindOf([&] {
        repo().saveHospital({ 0, QStringLiteral("某医院"), {}, {}, {}, {}, false });
    }) == ErrorKind::Denied);
    CHECK(repo().hospitals().size() == 1);

    for (const AccountRole role : { AccountRole::ClassTeacher, AccountRole::Admin }) {
        actAs(role);
        CHECK(test::kindOf([&] { repo().referrals(); }) == ErrorKind::Denied);
        CHECK(test::kindOf([&] { repo().detail(id); }) == ErrorKind::Denied);
        CHECK(test::kindOf([&] { repo().attention(); }) == ErrorKind::Denied);
        CHECK(test::kindOf([&] { repo().nextAllowed(id); }) == ErrorKind::Denied);
        CHECK(test::kindOf([&] { repo().open(other, clock::today(), ReasonPhrase); }) == ErrorKind::Denied);
        CHECK(test::kindOf([&] { repo().addStep(stepOf(id, K::Meeting, clock::today())); }) == ErrorKind::Denied);
        CHECK(repo().timelineEntries(student).isEmpty());
        CHECK(repo().hospitals().size() == 1); // settings: every role reads them
    }
    CHECK(repo().receiptDueDays() == ReferralRepository::DefaultReceiptDueDays);
    actAs(AccountRole::Admin); // admins change settings
    CHECK(test::kindOf([&] { repo().removeHospital(hospital); }) != ErrorKind::Denied);
    actAs(AccountRole::ClassTeacher);
    CHECK(test::kindOf([&] { repo().setReceiptDueDays(9); }) == ErrorKind::Denied);
}

TEST_CASE_METHOD(Fixture,
    "each referral change writes one audit entry naming ids and kinds and the counsellor's timeline shows the texts",
    "[referrals]")
{
    const qint64 hospital = repo().saveHospital({ 0, QStringLiteral("贵州省人民医院"), QString(), {}, {}, {}, false });
    const qint64 id = repo().open(student, clock::today().addDays(-3), ReasonPhrase);
    const qint64 meeting = repo().addStep(stepOf(id, K::Meeting, clock::today().addDays(-2)));
    repo().addStep(stepOf(id, K::Parents, clock::today().addDays(-1), false));
    repo().close(id, clock::today(), ClosePhrase);
    repo().removeHospital(hospital);
    QStringList entries;
    for (const AuditEntry &e : recentAudit(db, 20))
        if (e.entity.startsWith(QStringLiteral("referral")) || e.entity == u"partner_hospital")
            entries.prepend(QStringLiteral("%1 %2 %3: %4").arg(e.action, e.entity).arg(e.entityId).arg(e.detail));
    CHECK(entries
        == QStringList { QStringLiteral("create partner_hospital %1: ").arg(hospital),
            QStringLiteral("create referral %1: student %2, from file").arg(id).arg(student),
            QStringLiteral("create referral_step %1: referral %2, student %3: meeting").arg(meeting).arg(id).arg(student),
            QStringLiteral("create referral_step %1: referral %2, student %3: parents refusal")
                .arg(meeting + 1)
                .arg(id)
                .arg(student),
            QStringLiteral("close referral %1: student %2 (stage refused)").arg(id).arg(student),
            QStringLiteral("delete partner_hospital %1: ").arg(hospital) });

    const QList<TimelineEntry> timeline = repo().timelineEntries(student);
    REQUIRE(timeline.size() == 4);
    CHECK(timeline.at(0).kind == QStringLiteral("referral_closed"));
    CHECK(timeline.at(0).body == ClosePhrase);
    CHECK(timeline.at(1).title == QStringLiteral("Referral: Parents told"));
    CHECK(timeline.at(1).body.startsWith(QStringLiteral("Refusal (面谈)")));
    CHECK(timeline.at(2).body.contains(BodyPhrase));
    CHECK(timeline.at(3).kind == QStringLiteral("referral"));
    CHECK(timeline.at(3).body == ReasonPhrase);
    CHECK(timeline.at(3).date == clock::today().addDays(-3));
}

TEST_CASE("The demo school has partner hospitals and referrals at every stage, overdue ones among them", "[referrals][demo]")
{
    clock::testing::FixedClock fixed(test::testNow());
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.xinan"));
    const QString key
        = createDemoDatabase(path, QStringLiteral("demo"), test::secret("demo lanterns by the river"), { 300, 2026 });
    SchoolFile school = SchoolFile::unlockWithRecoveryKey(path, key, QStringLiteral("demo"));
    ReferralRepository referrals(school.db(), QStringLiteral("demo"));
    CHECK(referrals.hospitals().size() == 3);
    const QList<Referral> all = referrals.referrals();
    QList<Referral> open, closed;
    for (const Referral &r : all)
        (r.open ? open : closed) << r;
    CHECK(open.size() >= 4);
    CHECK(closed.size() >= 2);
    const auto any
        = [&](const std::function<bool(const Referral &)> &test) { return std::any_of(open.cbegin(), open.cend(), test); };
    CHECK(any([](const Referral &r) { return r.overdue == ReferralOverdue::ReceiptMissing && r.overdueDays > 0; }));
    CHECK(any([](const Referral &r) { return r.overdue == ReferralOverdue::FollowUpOverdue && r.overdueDays > 0; }));
    CHECK(any([](const Referral &r) { return r.refused; }));
    CHECK(any([](const Referral &r) { return r.notSeen; }));
    CHECK(any([](const Referral &r) { return r.source != ReferralSource::File; }));
    CHECK(referrals.attention().size() >= 4);
    // Only the demo's orange and red students are referred.
    RiskRepository risk(school.db(), QStringLiteral("demo"));
    for (const Referral &r : all) {
        INFO(r.studentName.toStdString());
        CHECK(risk.current(r.studentId) >= RiskLevel::Orange);
        CHECK_FALSE(r.reason.isEmpty());
    }
}
