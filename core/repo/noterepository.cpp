#include "noterepository.h"

#include "../error.h"
#include "../store/database.h"
#include "audit.h"
#include "riskrepository.h"
#include "screeningrepository.h"

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
    if (happenedOn > QDate::currentDate())
        throw Error(ErrorKind::Rejected, Tr::tr("The note's date %1 is in the future.").arg(happenedOn.toString(Qt::ISODate)));
    Transaction tx(m_db);
    Statement exists(m_db, "SELECT 1 FROM students WHERE id = ?");
    exists.bind(1, studentId);
    if (!exists.step())
        throw Error(ErrorKind::Rejected, Tr::tr("The student record no longer exists; it may have been deleted."));
    Statement st(m_db, "INSERT INTO student_notes (student_id, happened_on, author, body, created_at) VALUES (?, ?, ?, ?, ?)");
    st.bind(1, studentId).bind(2, happenedOn.toString(Qt::ISODate)).bind(3, m_actor).bind(4, text);
    st.bind(5, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)).run();
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

QList<TimelineEntry> studentTimeline(Database &db, qint64 studentId)
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
        const InstrumentBand *band = instrument ? instrument->bandFor(r.total) : nullptr;
        QString body = Tr::tr("Total %1 (%2), screening drive \"%3\"").arg(QString::number(r.total), band ? band->label : r.bandCode, r.driveName);
        if (r.critical)
            body += Tr::tr("; critical item positive");
        if (r.needsInterview)
            body += Tr::tr("; second-stage interview needed");
        out.append({ r.takenOn, QStringLiteral("screening"), Tr::tr("Screening: %1").arg(shortName), body, QString(), r.id });
    }
    // Newest first across all kinds; stable, so that each source keeps its own order within a day.
    std::stable_sort(out.begin(), out.end(), [](const TimelineEntry &a, const TimelineEntry &b) { return a.date > b.date; });
    return out;
}

} // namespace xinan
