// Feedback: recorded and read back, validated, on the timeline; feedback due after the school's
// number of days until recorded (or marked not needed). What each role reads: test_roles_office.cpp.
#include "dailyfixture.h"
#include "error.h"
#include "repo/feedbackrepository.h"
#include "repo/noterepository.h"
#include "repo/sessionrepository.h"
#include "services/timeline.h"

using namespace xinan;

namespace {

struct FeedbackFixture : test::DailyFixture
{
    FeedbackRepository feedback { db, counsellor };
    SessionRepository sessions { db, counsellor };

    qint64 record(qint64 student, int daysAgo)
    {
        CounsellingRecordInput in;
        in.studentId = student;
        in.heldOn = clock::today().addDays(-daysAgo);
        in.summary = QStringLiteral("会谈");
        in.privateNotes = QStringLiteral("保密内容");
        return sessions.add(in);
    }
    FeedbackInput told(qint64 student, qint64 recordId, const QDate &day)
    {
        FeedbackInput in;
        in.studentId = student;
        in.recordId = recordId;
        in.recipient = FeedbackRecipient::ClassTeacher;
        in.givenOn = day;
        in.method = FeedbackMethod::Phone;
        in.summary = QStringLiteral("近期学习压力较大，请多鼓励，不要当众批评");
        return in;
    }
};

} // namespace

TEST_CASE("feedback codes and names", "[feedback]")
{
    for (const FeedbackRecipient r : allFeedbackRecipients()) {
        CHECK(feedbackRecipientFromCode(feedbackRecipientCode(r)) == r);
        CHECK_FALSE(feedbackRecipientName(r).isEmpty());
    }
    for (const FeedbackMethod m : allFeedbackMethods()) {
        CHECK(feedbackMethodFromCode(feedbackMethodCode(m)) == m);
        CHECK_FALSE(feedbackMethodName(m).isEmpty());
    }
    for (const SessionForm f : allSessionForms())
        CHECK(sessionFormFromCode(sessionFormCode(f)) == f);
    CHECK(defaultProblemCategories().size() == 11);
}

TEST_CASE_METHOD(FeedbackFixture, "feedback is recorded, edited, read back and shows on the timeline", "[feedback]")
{
    const qint64 rec = record(a, 2);
    const QDate today = clock::today();
    const qint64 id = feedback.add(told(a, rec, today));
    Feedback f = feedback.get(id);
    CHECK(f.studentId == a);
    CHECK(f.recordId == rec);
    CHECK(f.recipient == FeedbackRecipient::ClassTeacher);
    CHECK(f.method == FeedbackMethod::Phone);
    CHECK(f.givenOn == today);
    CHECK(f.summary == QStringLiteral("近期学习压力较大，请多鼓励，不要当众批评"));
    CHECK(f.author == counsellor);

    FeedbackInput edit = told(a, rec, today);
    edit.reply = QStringLiteral("班主任表示会配合");
    feedback.update(id, edit);
    CHECK(feedback.get(id).reply == QStringLiteral("班主任表示会配合"));
    CHECK(feedback.forRecord(rec).size() == 1);
    CHECK(feedback.forStudent(a).size() == 1);
    CHECK(test::kindOf([&] { feedback.update(id, told(b, 0, today)); }) == ErrorKind::Rejected);

    bool shown = false;
    for (const TimelineEntry &e : studentTimeline(db, a, counsellor))
        if (e.kind == QStringLiteral("feedback")) {
            shown = true;
            CHECK(e.date == today);
            CHECK(e.title.contains(QStringLiteral("Class teacher")));
            CHECK(e.body.contains(QStringLiteral("班主任表示会配合")));
        }
    CHECK(shown);
    CHECK(count("SELECT count(*) FROM audit_log WHERE entity = 'feedback' AND detail NOT LIKE '%压力%'") == 2);
}

TEST_CASE_METHOD(FeedbackFixture, "feedback refuses bad input and writes nothing", "[feedback]")
{
    const qint64 rec = record(a, 2);
    const QDate today = clock::today();
    FeedbackInput in = told(a, rec, today.addDays(1));
    CHECK(test::kindOf([&] { feedback.add(in); }) == ErrorKind::Rejected); // future
    in = told(a, rec, QDate());
    CHECK(test::kindOf([&] { feedback.add(in); }) == ErrorKind::Rejected);
    in = told(a, rec, today);
    in.summary = QStringLiteral("  ");
    CHECK(test::kindOf([&] { feedback.add(in); }) == ErrorKind::Rejected);
    in = told(b, rec, today); // another student's record
    CHECK(test::kindOf([&] { feedback.add(in); }) == ErrorKind::Rejected);
    in = told(a, rec, today.addDays(-3)); // before the session
    CHECK(test::kindOf([&] { feedback.add(in); }) == ErrorKind::Rejected);
    in = told(a, 4242, today);
    CHECK(test::kindOf([&] { feedback.add(in); }) == ErrorKind::Rejected);
    in = told(999, 0, today);
    CHECK(test::kindOf([&] { feedback.add(in); }) == ErrorKind::Rejected);
    in = told(a, rec, today);
    in.reply = QString(FeedbackRepository::MaxTextLength + 1, u'x');
    CHECK(test::kindOf([&] { feedback.add(in); }) == ErrorKind::Rejected);
    CHECK(count("SELECT count(*) FROM feedback") == 0);
    // Feedback without a record (a teacher's question answered) is fine.
    CHECK(feedback.add(told(b, 0, today)) > 0);
}

TEST_CASE_METHOD(FeedbackFixture, "feedback due: records older than the setting with no feedback", "[feedback]")
{
    const QDate today = clock::today();
    CHECK(feedback.feedbackDueDays() == 3);
    const qint64 old = record(a, 5);
    const qint64 exact = record(b, 3);
    record(c, 1); // not due yet
    QList<FeedbackDue> due = feedback.feedbackDue(today);
    REQUIRE(due.size() == 2);
    CHECK(due[0].recordId == old);
    CHECK(due[0].studentName == QStringLiteral("杨小雨"));
    CHECK(due[0].daysWaiting == 5);
    CHECK(due[1].recordId == exact);

    feedback.add(told(a, old, today));
    due = feedback.feedbackDue(today);
    REQUIRE(due.size() == 1);
    CHECK(due[0].recordId == exact);
    sessions.setFeedbackNeeded(exact, false);
    CHECK(feedback.feedbackDue(today).isEmpty());
    CHECK(feedback.feedbackDue(today.addDays(2)).size() == 1); // the one-day-old record, two days later

    CHECK(test::kindOf([&] { feedback.setFeedbackDueDays(0); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { feedback.setFeedbackDueDays(61); }) == ErrorKind::Rejected);
    feedback.setFeedbackDueDays(7);
    CHECK(feedback.feedbackDueDays() == 7);
    CHECK(feedback.feedbackDue(today.addDays(5)).isEmpty());
    CHECK(feedback.feedbackDue(today.addDays(6)).size() == 1);
    db.setAccess(Access::forAccount(head, AccountRole::Head, {}, {}));
    CHECK(test::kindOf([&] { SessionRepository(db, head).setFeedbackNeeded(exact, true); }) == ErrorKind::Denied);
    CHECK(test::kindOf([&] { FeedbackRepository(db, head).feedbackDue(today); }) == ErrorKind::Denied);
}
