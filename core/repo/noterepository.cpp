#include "noterepository.h"

#include "../domain/text.h"
#include "../error.h"
#include "../platform/clock.h"
#include "../store/database.h"
#include "audit.h"

#include <QCoreApplication>

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
    requireAccess(m_db.access(), DataKind::Counselling, AccessOp::Write);
    const QString text = body.trimmed();
    if (text.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("The note is empty: write what happened."));
    if (text.size() > MaxNoteLength)
        throw Error(ErrorKind::Rejected,
            Tr::tr("The note has %1 characters; at most %2 fit. Shorten it or split it into two notes.")
                .arg(text.size())
                .arg(MaxNoteLength));
    checkPlainText(Tr::tr("The note"), text, true);
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
    st.bind(1, studentId).bind(2, happenedOn.toString(Qt::ISODate)).bind(3, m_actor);
    st.bindConfidential(4, "student_notes.body", studentId, text);
    st.bind(5, clock::nowUtc().toString(Qt::ISODate)).run();
    const qint64 id = m_db.lastInsertId();
    appendAudit(
        m_db, m_actor, QStringLiteral("create"), QStringLiteral("student_note"), id, QStringLiteral("student %1").arg(studentId));
    tx.commit();
    return id;
}

QList<StudentNote> NoteRepository::list(qint64 studentId)
{
    requireAccess(m_db.access(), DataKind::Counselling, AccessOp::Read);
    Statement st(m_db,
        "SELECT id, student_id, happened_on, author, body, created_at FROM student_notes WHERE student_id = ? "
        "ORDER BY happened_on DESC, created_at DESC, id DESC");
    st.bind(1, studentId);
    QList<StudentNote> out;
    while (st.step())
        out.append({ st.int64(0), st.int64(1), QDate::fromString(st.text(2), Qt::ISODate), st.text(3),
            st.confidentialText(4, "student_notes.body", studentId), QDateTime::fromString(st.text(5), Qt::ISODate) });
    return out;
}

void NoteRepository::remove(qint64 noteId)
{
    requireAccess(m_db.access(), DataKind::Counselling, AccessOp::Write);
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

QList<TimelineEntry> NoteRepository::timelineEntries(qint64 studentId)
{
    requireAccess(m_db.access(), DataKind::Counselling, AccessOp::Read);
    QList<TimelineEntry> out;
    for (const StudentNote &n : list(studentId))
        out.append({ n.happenedOn, QStringLiteral("note"), Tr::tr("Note"), n.body, n.author, n.id });
    return out;
}

} // namespace xinan
