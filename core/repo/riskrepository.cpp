#include "riskrepository.h"

#include "../domain/text.h"
#include "../error.h"
#include "../platform/clock.h"
#include "../store/database.h"
#include "audit.h"
#include "timelineentry.h"

#include <QCoreApplication>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RiskRepository)
};

RiskLevel storedLevel(int value)
{
    // The schema's CHECK keeps the column in 0..3.
    return riskLevelFromInt(value).value_or(RiskLevel::Green);
}

// The students' list columns with the newest change of each (none for a student never changed).
#define XINAN_RISK_LIST                                                                                                          \
    "SELECT s.id, s.student_no, s.name, s.grade, s.class_name, s.risk_level, rc.at, rc.reason FROM students s "                  \
    "LEFT JOIN risk_changes rc ON rc.id = (SELECT id FROM risk_changes WHERE student_id = s.id ORDER BY at DESC, id DESC "       \
    "LIMIT 1) "
#define XINAN_RISK_ORDER                                                                                                         \
    " AND s.status NOT IN ('graduated', 'transferred') ORDER BY s.risk_level DESC, s.grade, length(s.class_name), "              \
    "s.class_name, substr(s.search_key, instr(s.search_key, '|') + 1), s.id"

} // namespace

RiskRepository::RiskRepository(Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

RiskLevel RiskRepository::current(qint64 studentId)
{
    requireAccess(m_db.access(), DataKind::RiskLevel, AccessOp::Read);
    Statement st(m_db, "SELECT risk_level FROM students WHERE id = ?");
    st.bind(1, studentId);
    if (!st.step())
        throw Error(ErrorKind::Rejected, Tr::tr("The student record no longer exists; it may have been deleted."));
    return storedLevel(st.integer(0));
}

bool RiskRepository::readsReasons() const
{
    return m_db.access().allows(DataKind::RiskReason, AccessOp::Read);
}

QList<RiskChange> RiskRepository::history(qint64 studentId)
{
    requireAccess(m_db.access(), DataKind::RiskLevel, AccessOp::Read);
    const bool reasons = readsReasons();
    Statement st(m_db,
        "SELECT id, student_id, from_level, to_level, source, reason, author, at FROM risk_changes WHERE student_id = ? "
        "ORDER BY at DESC, id DESC");
    st.bind(1, studentId);
    QList<RiskChange> out;
    while (st.step()) {
        RiskChange c;
        c.id = st.int64(0);
        c.studentId = st.int64(1);
        c.from = storedLevel(st.integer(2));
        c.to = storedLevel(st.integer(3));
        c.source = riskSourceFromCode(st.text(4)).value_or(RiskSource::Session);
        if (reasons)
            c.reason = st.confidentialText(5, "risk_changes.reason", studentId);
        c.author = st.text(6);
        c.at = QDateTime::fromString(st.text(7), Qt::ISODate);
        out.append(c);
    }
    return out;
}

qint64 RiskRepository::change(qint64 studentId, RiskLevel to, RiskSource source, const QString &reason, const QDateTime &at)
{
    requireAccess(m_db.access(), DataKind::RiskLevel, AccessOp::Write);
    requireAccess(m_db.access(), DataKind::RiskReason, AccessOp::Write);
    const QString text = reason.trimmed();
    if (text.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("Give the reason for the change of risk level: what was observed, and by whom."));
    if (text.size() > MaxReasonLength)
        throw Error(ErrorKind::Rejected,
            Tr::tr("The reason has %1 characters; at most %2 fit. Shorten it and write the details in a note.")
                .arg(text.size())
                .arg(MaxReasonLength));
    checkPlainText(Tr::tr("The reason"), text, true);
    const QDateTime now = clock::nowUtc();
    const QDateTime when = at.isValid() ? at.toUTC() : now;
    if (when > now.addSecs(60))
        throw Error(
            ErrorKind::Rejected, Tr::tr("The change's time %1 is in the future.").arg(when.toLocalTime().toString(Qt::ISODate)));
    Transaction tx(m_db);
    const RiskLevel from = current(studentId);
    if (to == from)
        throw Error(
            ErrorKind::Rejected, Tr::tr("The student is already at the level %1; nothing was changed.").arg(riskLevelName(to)));
    if (source == RiskSource::Screening && to < from)
        throw Error(ErrorKind::Rejected,
            Tr::tr("A screening result cannot lower a risk level (from %1 to %2). A counsellor must confirm a lower level, for "
                   "example "
                   "after a session or at a review.")
                .arg(riskLevelName(from), riskLevelName(to)));
    const QString stamp = when.toString(Qt::ISODate);
    Statement newest(m_db, "SELECT max(at) FROM risk_changes WHERE student_id = ?");
    newest.bind(1, studentId);
    if (newest.step() && !newest.isNull(0) && stamp < newest.text(0))
        throw Error(ErrorKind::Rejected,
            Tr::tr("The student's level was already changed after %1; record the change with a later time.")
                .arg(when.toLocalTime().toString(Qt::ISODate)));
    Statement insert(m_db,
        "INSERT INTO risk_changes (student_id, from_level, to_level, source, reason, author, at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, studentId).bind(2, static_cast<int>(from)).bind(3, static_cast<int>(to)).bind(4, riskSourceCode(source));
    insert.bindConfidential(5, "risk_changes.reason", studentId, text);
    insert.bind(6, m_actor).bind(7, stamp).run();
    const qint64 id = m_db.lastInsertId();
    Statement update(m_db, "UPDATE students SET risk_level = ? WHERE id = ?");
    update.bind(1, static_cast<int>(to)).bind(2, studentId).run();
    appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("risk_change"), id,
        QStringLiteral("student %1: %2 -> %3 (%4)")
            .arg(QString::number(studentId), riskLevelCode(from), riskLevelCode(to), riskSourceCode(source)));
    tx.commit();
    return id;
}

QList<RiskStudent> RiskRepository::atOrAbove(RiskLevel min)
{
    requireAccess(m_db.access(), DataKind::RiskLevel, AccessOp::Read);
    Statement st(m_db, XINAN_RISK_LIST "WHERE s.risk_level >= ?" XINAN_RISK_ORDER);
    st.bind(1, static_cast<int>(min));
    return read(st);
}

QList<RiskStudent> RiskRepository::listAt(RiskLevel level)
{
    requireAccess(m_db.access(), DataKind::RiskLevel, AccessOp::Read);
    Statement st(m_db, XINAN_RISK_LIST "WHERE s.risk_level = ?" XINAN_RISK_ORDER);
    st.bind(1, static_cast<int>(level));
    return read(st);
}

QList<RiskStudent> RiskRepository::read(Statement &st)
{
    const bool reasons = readsReasons();
    QList<RiskStudent> out;
    while (st.step()) {
        const qint64 id = st.int64(0);
        out.append({ id, st.text(1), st.text(2), st.integer(3), st.text(4), storedLevel(st.integer(5)),
            st.isNull(6) ? QDateTime() : QDateTime::fromString(st.text(6), Qt::ISODate),
            reasons ? st.confidentialText(7, "risk_changes.reason", id) : QString() });
    }
    return out;
}

QList<TimelineEntry> RiskRepository::timelineEntries(qint64 studentId)
{
    // history() checks the access; a reader without RiskReason sees the levels and the source.
    const bool reasons = readsReasons();
    QList<TimelineEntry> out;
    for (const RiskChange &c : history(studentId))
        out.append({ c.at.toLocalTime().date(), QStringLiteral("risk"),
            Tr::tr("Risk level: %1 → %2").arg(riskLevelName(c.from), riskLevelName(c.to)),
            reasons ? Tr::tr("%1 (source: %2)").arg(c.reason, riskSourceName(c.source))
                    : Tr::tr("Source: %1").arg(riskSourceName(c.source)),
            c.author, c.id });
    return out;
}

} // namespace xinan
