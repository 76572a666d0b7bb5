#include "noterepository.h"

#include "../error.h"
#include "../platform/clock.h"
#include "../store/database.h"
#include "alertrepository.h"
#include "appointmentrepository.h"
#include "audit.h"
#include "crisisrepository.h"
#include "feedbackrepository.h"
#include "officerepository.h"
#include "planrepository.h"
#include "reviewrepository.h"
#include "riskrepository.h"
#include "screeningrepository.h"
#include "sessionrepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(NoteRepository)
};

} // namespace

NoteRepository::NoteRepository(Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

qint64 NoteRepository::add(qint64 studentId, const QDate &happenedOn, const QString &body)
{
    const QString text = body.trimmed();
    if (text.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("The note is empty: write what happened."));
    if (text.size() > MaxNoteLength)
        throw Error(ErrorKind::Rejected,
            Tr::tr("The note has %1 characters; at most %2 fit. Shorten it or split it into two notes.")
                .arg(text.size())
                .arg(MaxNoteLength));
    if (!happenedOn.isValid())
        throw Error(ErrorKind::Rejected, Tr::tr("The note has no date."));
    if (happenedOn > clock::today())
        throw Error(ErrorKind::Rejected, Tr::tr("The note's date %1 is in the future.").arg(happenedOn.toString(Qt::ISODate)));
    Transaction tx(m_db);
    Statement exists(m_db, "SELECT 1 FROM students WHERE id = ?");
    exists.bind(1, studentId);
    if (!exists.step())
        throw Error(ErrorKind::Rejected, Tr::tr("The student record no longer exists; it may have been deleted."));
    Statement st(m_db, "INSERT INTO student_notes (student_id, happened_on, author, body, created_at) VALUES (?, ?, ?, ?, ?)");
    st.bind(1, studentId).bind(2, happenedOn.toString(Qt::ISODate)).bind(3, m_actor).bind(4, text);
    st.bind(5, clock::nowUtc().toString(Qt::ISODate)).run();
    const qint64 id = m_db.lastInsertId();
    appendAudit(
        m_db, m_actor, QStringLiteral("create"), QStringLiteral("student_note"), id, QStringLiteral("student %1").arg(studentId));
    tx.commit();
    return id;
}

QList<StudentNote> NoteRepository::list(qint64 studentId)
{
    Statement st(m_db,
        "SELECT id, student_id, happened_on, author, body, created_at FROM student_notes WHERE student_id = ? "
        "ORDER BY happened_on DESC, created_at DESC, id DESC");
    st.bind(1, studentId);
    QList<StudentNote> out;
    while (st.step())
        out.append({ st.int64(0), st.int64(1), QDate::fromString(st.text(2), Qt::ISODate), st.text(3), st.text(4),
            QDateTime::fromString(st.text(5), Qt::ISODate) });
    return out;
}

void NoteRepository::remove(qint64 noteId)
{
    Transaction tx(m_db);
    Statement owner(m_db, "SELECT student_id FROM student_notes WHERE id = ?");
    owner.bind(1, noteId);
    if (!owner.step())
        throw Error(ErrorKind::Rejected, Tr::tr("The note no longer exists; it may have been deleted."));
    const qint64 studentId = owner.int64(0);
    Statement st(m_db, "DELETE FROM student_notes WHERE id = ?");
    st.bind(1, noteId).run();
    appendAudit(m_db, m_actor, QStringLiteral("delete"), QStringLiteral("student_note"), noteId,
        QStringLiteral("student %1").arg(studentId));
    tx.commit();
}

QList<TimelineEntry> studentTimeline(Database &db, qint64 studentId, const QString &actor)
{
    QList<TimelineEntry> out;
    // Notes. Each later module appends its own records here the same way.
    for (const StudentNote &n : NoteRepository(db, QString()).list(studentId))
        out.append({ n.happenedOn, QStringLiteral("note"), Tr::tr("Note"), n.body, n.author, n.id });
    // Changes of the risk level, dated by the day (local time) they were decided.
    for (const RiskChange &c : RiskRepository(db, QString()).history(studentId))
        out.append({ c.at.toLocalTime().date(), QStringLiteral("risk"),
            Tr::tr("Risk level: %1 → %2").arg(riskLevelName(c.from), riskLevelName(c.to)),
            Tr::tr("%1 (source: %2)").arg(c.reason, riskSourceName(c.source)), c.author, c.id });
    // Screening results, dated by the day the instrument was taken.
    for (const ScreeningResultRow &r : ScreeningRepository(db, QString()).studentResults(studentId)) {
        const std::optional<Instrument> instrument = findInstrument(r.instrumentId);
        const QString shortName = instrument ? instrument->shortName : r.instrumentId;
        // An external result (another platform) keeps the level the platform gave.
        const InstrumentBand *band = instrument && r.source != u"external" ? instrument->bandFor(r.total) : nullptr;
        QString body = Tr::tr("Total %1 (%2), screening drive \"%3\"").arg(QString::number(r.total), band ? band->label : r.bandCode, r.driveName);
        if (r.critical)
            body += Tr::tr("; critical item positive");
        if (r.needsInterview)
            body += Tr::tr("; second-stage interview needed");
        if (!r.platform.isEmpty())
            body += Tr::tr("; result from %1").arg(r.platform);
        out.append({ r.takenOn, QStringLiteral("screening"), Tr::tr("Screening: %1").arg(shortName), body, QString(), r.id });
    }
    // Crisis events: opened, each notification, action and follow-up, closure.
    out.append(CrisisRepository(db, QString()).timelineEntries(studentId));
    // 一人一策: each plan's creation, revision and closing; the weekly review's updates.
    for (const KeyPlanEvent &e : PlanRepository(db, QString()).events(studentId)) {
        const QString title = e.kind == u"created" ? Tr::tr("Individual plan written")
            : e.kind == u"closed"                  ? Tr::tr("Individual plan closed")
                                                   : Tr::tr("Individual plan revised");
        out.append({ e.at.toLocalTime().date(), QStringLiteral("plan_") + e.kind, title, e.detail, e.author, e.planId });
    }
    for (const WeeklyUpdate &u : ReviewRepository(db, QString()).updatesOf(studentId))
        out.append({ u.updatedAt.toLocalTime().date(), QStringLiteral("weekly_update"),
            Tr::tr("Weekly review (week of %1): %2").arg(u.weekStart.toString(Qt::ISODate), weeklyStatusName(u.status)),
            u.nextSteps.isEmpty() ? u.actions : Tr::tr("%1\nNext: %2").arg(u.actions, u.nextSteps), u.author, u.id });
    // The office's daily work: done appointments, counselling records (content for counsellors
    // only), group counselling sessions attended, feedback given.
    const bool confidential = readsConfidentialNotes(db, actor);
    for (const Appointment &a : AppointmentRepository(db, actor).forStudent(studentId))
        if (a.status == AppointmentStatus::Done)
            out.append({ a.start.toLocalTime().date(), QStringLiteral("appointment"), Tr::tr("Appointment kept"),
                confidential && !a.category.isEmpty() ? Tr::tr("%1, %2 (%3)").arg(a.staffName, a.start.toLocalTime().toString(QStringLiteral("HH:mm")), a.category)
                                                      : Tr::tr("%1, %2").arg(a.staffName, a.start.toLocalTime().toString(QStringLiteral("HH:mm"))),
                QString(), a.id });
    for (const CounsellingRecord &r : SessionRepository(db, actor).forStudent(studentId))
        out.append({ r.heldOn, QStringLiteral("session"),
            r.restricted ? Tr::tr("Counselling record") : Tr::tr("Counselling record (%1): %2").arg(sessionFormName(r.form), r.categories.join(QStringLiteral(", "))),
            r.restricted ? QString() : r.summary, r.restricted ? QString() : r.author, r.id });
    for (const StudentGroupSession &g : SessionRepository(db, actor).studentGroupSessions(studentId))
        out.append({ g.heldOn, QStringLiteral("group_session"),
            g.restricted ? Tr::tr("Group counselling") : Tr::tr("Group counselling: %1").arg(g.topic),
            g.restricted ? QString() : (g.present ? Tr::tr("Present") : Tr::tr("Absent")), QString(), g.sessionId });
    for (const Feedback &f : FeedbackRepository(db, actor).forStudent(studentId))
        out.append({ f.givenOn, QStringLiteral("feedback"),
            Tr::tr("Feedback to %1 (%2)").arg(feedbackRecipientName(f.recipient), feedbackMethodName(f.method)),
            f.reply.isEmpty() ? f.summary : Tr::tr("%1\nReply: %2").arg(f.summary, f.reply), f.author, f.id });
    // Second-stage interviews (二次评估) and alerts a counsellor handled (those an interview handled
    // show as the interview).
    for (const ScreeningInterview &i : AlertRepository(db, QString()).interviews(studentId))
        out.append({ i.heldOn, QStringLiteral("interview"), Tr::tr("Second-stage interview: %1").arg(riskLevelName(i.level)),
            Tr::tr("%1 (after %2, total %3)").arg(i.summary, i.instrumentName, QString::number(i.total)), i.interviewer, i.id });
    for (const Alert &a : AlertRepository(db, QString()).forStudent(studentId))
        if (a.handled() && a.interviewId == 0)
            out.append({ a.handledAt.toLocalTime().date(), QStringLiteral("alert"), Tr::tr("Alert handled: %1").arg(a.reason), a.handling,
                a.handledBy, a.id });
    // Newest first across all kinds; stable, so that each source keeps its own order within a day.
    std::stable_sort(out.begin(), out.end(), [](const TimelineEntry &a, const TimelineEntry &b) { return a.date > b.date; });
    return out;
}

} // namespace xinan
