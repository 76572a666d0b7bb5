#include "feedbackrepository.h"

#include "../domain/text.h"
#include "../error.h"
#include "../platform/clock.h"
#include "../store/database.h"
#include "audit.h"
#include "settingsrepository.h"
#include "stamps.h"
#include "timelineentry.h"

#include <QCoreApplication>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackRepository)
};

#define XINAN_FEEDBACK_SELECT                                                                                                    \
    "SELECT f.id, f.student_id, coalesce(f.record_id, 0), f.recipient, f.given_on, f.method, f.summary, f.reply, f.author, "     \
    "f.updated_at, s.grade, s.class_name FROM feedback f JOIN students s ON s.id = f.student_id "

// Whom each role reads feedback for: a counsellor (and system) all of it, the head what was
// addressed to the head, a class teacher what was addressed to the class teacher.
bool recipientVisible(const Access &access, FeedbackRecipient recipient)
{
    if (access.isSystem())
        return true;
    switch (access.role()) {
    case AccountRole::Counsellor:
        return true;
    case AccountRole::Head:
        return recipient == FeedbackRecipient::Head;
    case AccountRole::ClassTeacher:
        return recipient == FeedbackRecipient::ClassTeacher;
    case AccountRole::Admin:
        return false;
    }
    return false;
}

// The rows the connection's Access may read: recipients as above, and for a class teacher only
// students of its classes.
QList<Feedback> readFeedback(const Access &access, Statement &st)
{
    QList<Feedback> out;
    while (st.step()) {
        const Feedback f { st.int64(0), st.int64(1), st.int64(2),
            feedbackRecipientFromCode(st.text(3)).value_or(FeedbackRecipient::ClassTeacher), dayFrom(st.text(4)),
            feedbackMethodFromCode(st.text(5)).value_or(FeedbackMethod::InPerson), st.text(6), st.text(7), st.text(8),
            QDateTime::fromString(st.text(9), Qt::ISODate) };
        if (recipientVisible(access, f.recipient) && access.seesClass(st.integer(10), st.text(11)))
            out.append(f);
    }
    return out;
}

} // namespace

FeedbackRepository::FeedbackRepository(Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

void FeedbackRepository::validate(const FeedbackInput &in)
{
    Statement student(m_db, "SELECT 1 FROM students WHERE id = ?");
    student.bind(1, in.studentId);
    if (!student.step())
        throw Error(ErrorKind::Rejected, Tr::tr("The student record no longer exists; it may have been deleted."));
    if (!in.givenOn.isValid())
        throw Error(ErrorKind::Rejected, Tr::tr("Give the date the feedback was given."));
    if (in.givenOn > clock::today())
        throw Error(ErrorKind::Rejected, Tr::tr("The feedback's date %1 is in the future.").arg(dayText(in.givenOn)));
    if (in.summary.trimmed().isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("Write what was shared (only what may be shared: no confidential notes)."));
    if (in.summary.trimmed().size() > MaxTextLength || in.reply.trimmed().size() > MaxTextLength)
        throw Error(
            ErrorKind::Rejected, Tr::tr("The summary or the reply has more than %1 characters; shorten it.").arg(MaxTextLength));
    checkPlainText(Tr::tr("The summary"), in.summary, true);
    checkPlainText(Tr::tr("The reply"), in.reply, true);
    if (in.recordId != 0) {
        Statement record(m_db, "SELECT student_id, held_on FROM counselling_records WHERE id = ?");
        record.bind(1, in.recordId);
        if (!record.step())
            throw Error(ErrorKind::Rejected, Tr::tr("The counselling record no longer exists; save the feedback without it."));
        if (record.int64(0) != in.studentId)
            throw Error(ErrorKind::Rejected, Tr::tr("The counselling record is another student's."));
        if (dayFrom(record.text(1)) > in.givenOn)
            throw Error(ErrorKind::Rejected,
                Tr::tr("The feedback (%1) is dated before the session it follows (%2).")
                    .arg(dayText(in.givenOn), record.text(1)));
    }
}

qint64 FeedbackRepository::add(const FeedbackInput &in)
{
    requireAccess(m_db.access(), DataKind::Feedback, AccessOp::Write);
    Transaction tx(m_db);
    validate(in);
    Statement st(m_db,
        "INSERT INTO feedback (student_id, record_id, recipient, given_on, method, summary, reply, author, created_at, "
        "updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, in.studentId);
    if (in.recordId)
        st.bind(2, in.recordId);
    else
        st.bindNull(2);
    const QString now = nowStamp();
    st.bind(3, feedbackRecipientCode(in.recipient)).bind(4, dayText(in.givenOn)).bind(5, feedbackMethodCode(in.method));
    st.bind(6, in.summary.trimmed()).bind(7, in.reply.trimmed()).bind(8, m_actor).bind(9, now).bind(10, now).run();
    const qint64 id = m_db.lastInsertId();
    appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("feedback"), id,
        QStringLiteral("student %1, record %2, %3 %4")
            .arg(in.studentId)
            .arg(in.recordId)
            .arg(feedbackRecipientCode(in.recipient), feedbackMethodCode(in.method)));
    tx.commit();
    return id;
}

void FeedbackRepository::update(qint64 id, const FeedbackInput &in)
{
    requireAccess(m_db.access(), DataKind::Feedback, AccessOp::Write);
    Transaction tx(m_db);
    const Feedback old = get(id);
    if (old.studentId != in.studentId)
        throw Error(ErrorKind::Rejected, Tr::tr("Feedback cannot be moved to another student; record new feedback instead."));
    validate(in);
    Statement st(m_db,
        "UPDATE feedback SET record_id = ?, recipient = ?, given_on = ?, method = ?, summary = ?, reply = ?, updated_at = ? "
        "WHERE id = ?");
    if (in.recordId)
        st.bind(1, in.recordId);
    else
        st.bindNull(1);
    st.bind(2, feedbackRecipientCode(in.recipient)).bind(3, dayText(in.givenOn)).bind(4, feedbackMethodCode(in.method));
    st.bind(5, in.summary.trimmed()).bind(6, in.reply.trimmed()).bind(7, nowStamp()).bind(8, id).run();
    appendAudit(m_db, m_actor, QStringLiteral("update"), QStringLiteral("feedback"), id,
        QStringLiteral("student %1, record %2").arg(in.studentId).arg(in.recordId));
    tx.commit();
}

Feedback FeedbackRepository::get(qint64 id)
{
    const Access &access = m_db.access();
    requireAccess(access, DataKind::Feedback, AccessOp::Read);
    Statement st(m_db, XINAN_FEEDBACK_SELECT "WHERE f.id = ?");
    st.bind(1, id);
    if (!st.step())
        throw Error(ErrorKind::Rejected, Tr::tr("The feedback record no longer exists."));
    requireClassAccess(access, DataKind::Feedback, AccessOp::Read, st.integer(10), st.text(11));
    if (!recipientVisible(access, feedbackRecipientFromCode(st.text(3)).value_or(FeedbackRecipient::ClassTeacher)))
        throw Error(ErrorKind::Denied,
            Tr::tr("The account \"%1\" (%2) reads only the feedback addressed to it; this feedback was given to %3.")
                .arg(access.user(), accountRoleName(access.role()),
                    feedbackRecipientName(feedbackRecipientFromCode(st.text(3)).value_or(FeedbackRecipient::Parents))));
    st.reset();
    st.bind(1, id);
    const QList<Feedback> found = readFeedback(access, st);
    if (found.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("The feedback record no longer exists."));
    return found.first();
}

QList<Feedback> FeedbackRepository::forStudent(qint64 studentId)
{
    const Access &access = m_db.access();
    requireAccess(access, DataKind::Feedback, AccessOp::Read);
    if (access.isClassScoped()) {
        Statement student(m_db, "SELECT grade, class_name FROM students WHERE id = ?");
        student.bind(1, studentId);
        if (student.step())
            requireClassAccess(access, DataKind::Feedback, AccessOp::Read, student.integer(0), student.text(1));
    }
    Statement st(m_db, XINAN_FEEDBACK_SELECT "WHERE f.student_id = ? ORDER BY f.given_on DESC, f.id DESC");
    st.bind(1, studentId);
    return readFeedback(access, st);
}

QList<Feedback> FeedbackRepository::forRecord(qint64 recordId)
{
    // Which feedback followed a counselling record is part of that record.
    requireAccess(m_db.access(), DataKind::Counselling, AccessOp::Read);
    Statement st(m_db, XINAN_FEEDBACK_SELECT "WHERE f.record_id = ? ORDER BY f.given_on, f.id");
    st.bind(1, recordId);
    return readFeedback(m_db.access(), st);
}

QList<FeedbackDue> FeedbackRepository::feedbackDue(const QDate &today)
{
    // Which sessions wait for feedback tells who was counselled when: counsellors only.
    requireAccess(m_db.access(), DataKind::Counselling, AccessOp::Read);
    const QDate cutoff = today.addDays(-feedbackDueDays());
    Statement st(m_db,
        "SELECT c.id, c.student_id, s.name, s.grade, s.class_name, c.held_on FROM counselling_records c "
        "JOIN students s ON s.id = c.student_id WHERE c.held_on <= ? AND c.feedback_needed = 1 "
        "AND NOT EXISTS (SELECT 1 FROM feedback f WHERE f.record_id = c.id) ORDER BY c.held_on, c.id");
    st.bind(1, dayText(cutoff));
    QList<FeedbackDue> out;
    while (st.step()) {
        const QDate held = dayFrom(st.text(5));
        out.append(
            { st.int64(0), st.int64(1), st.text(2), st.integer(3), st.text(4), held, static_cast<int>(held.daysTo(today)) });
    }
    return out;
}

int FeedbackRepository::feedbackDueDays()
{
    bool ok = false;
    const int days = SettingsRepository(m_db, m_actor).value(QString::fromLatin1(DueDaysKey)).toInt(&ok);
    return ok && days >= 1 && days <= 60 ? days : DefaultDueDays;
}

void FeedbackRepository::setFeedbackDueDays(int days)
{
    requireAccess(m_db.access(), DataKind::Settings, AccessOp::Write);
    if (days < 1 || days > 60)
        throw Error(ErrorKind::Rejected, Tr::tr("Feedback is due after 1 to 60 days."));
    SettingsRepository(m_db, m_actor).setValue(QString::fromLatin1(DueDaysKey), QString::number(days));
}

QList<TimelineEntry> FeedbackRepository::timelineEntries(qint64 studentId)
{
    QList<TimelineEntry> out;
    // The merged timeline shows each role what it may read (forStudent filters the recipients).
    if (!m_db.access().allows(DataKind::Feedback, AccessOp::Read))
        return out;
    for (const Feedback &f : forStudent(studentId))
        out.append({ f.givenOn, QStringLiteral("feedback"),
            Tr::tr("Feedback to %1 (%2)").arg(feedbackRecipientName(f.recipient), feedbackMethodName(f.method)),
            f.reply.isEmpty() ? f.summary : Tr::tr("%1\nReply: %2").arg(f.summary, f.reply), f.author, f.id });
    return out;
}

} // namespace xinan
