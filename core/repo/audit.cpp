#include "audit.h"

#include "../error.h"
#include "../platform/clock.h"
#include "../store/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QtEndian>

#include <sodium.h>

#include <optional>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Audit)
};

constexpr int HashSize = 32; // crypto_generichash_BYTES
static_assert(HashSize == crypto_generichash_BYTES);

// The append-only triggers as schema v8 creates them; verify compares sqlite_master's SQL with
// these texts, so they never change (a new version would recreate them and change both).
constexpr char NoUpdateTrigger[] = "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log\n"
                                   "  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END";
constexpr char NoDeleteTrigger[] = "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log\n"
                                   "  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END";

QByteArray zeroHash()
{
    return QByteArray(HashSize, '\0');
}

struct Row
{
    qint64 id = 0;
    QString at;
    QString account;
    QString action;
    QString entity;
    bool hasEntity = false;
    qint64 entityId = 0;
    QString detail;
    QByteArray prevHash;
    QByteArray hash;
};

void addField(crypto_generichash_state &state, const QByteArray &bytes)
{
    unsigned char length[4];
    qToBigEndian<quint32>(static_cast<quint32>(bytes.size()), length);
    crypto_generichash_update(&state, length, sizeof length);
    crypto_generichash_update(
        &state, reinterpret_cast<const unsigned char *>(bytes.constData()), static_cast<unsigned long long>(bytes.size()));
}

QByteArray entryHash(const Row &r)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, HashSize);
    static const QByteArray domain("xinan-audit-v1");
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(domain.constData()), domain.size());
    addField(state, QByteArray::number(r.id));
    addField(state, r.at.toUtf8());
    addField(state, r.account.toUtf8());
    addField(state, r.action.toUtf8());
    addField(state, r.entity.toUtf8());
    addField(state, r.hasEntity ? QByteArray::number(r.entityId) : QByteArray());
    addField(state, r.detail.toUtf8());
    addField(state, r.prevHash);
    QByteArray out(HashSize, Qt::Uninitialized);
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(out.data()), HashSize);
    return out;
}

// The columns readRow expects, in order.
#define AUDIT_COLUMNS "id, at, account, action, entity, entity_id, detail, prev_hash, hash"

Row readRow(const Statement &st)
{
    Row r;
    r.id = st.int64(0);
    r.at = st.text(1);
    r.account = st.text(2);
    r.action = st.text(3);
    r.entity = st.text(4);
    r.hasEntity = !st.isNull(5);
    r.entityId = st.int64(5);
    r.detail = st.text(6);
    r.prevHash = st.blob(7);
    r.hash = st.blob(8);
    return r;
}

struct Checkpoint
{
    qint64 lastId = 0;
    QByteArray lastHash = zeroHash();
    bool exists = false;
};

Checkpoint checkpointOf(Database &db)
{
    Checkpoint c;
    Statement st(db, "SELECT last_id, last_hash FROM audit_checkpoint WHERE id = 1");
    if (st.step()) {
        c.lastId = st.int64(0);
        c.lastHash = st.blob(1);
        c.exists = true;
    }
    return c;
}

QString actorOf(const Database &db)
{
    const QString user = db.access().user();
    return user.isEmpty() ? QStringLiteral("system") : user;
}

QString timeText(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODate);
}

void createTriggers(Database &db)
{
    db.exec(NoUpdateTrigger);
    db.exec(NoDeleteTrigger);
}

} // namespace

void appendAudit(
    Database &db, const QString &account, const QString &action, const QString &entity, qint64 entityId, const QString &detail)
{
    // Reading the head and inserting after it must be one step: inside the caller's transaction,
    // or in one of its own (BEGIN IMMEDIATE holds the write lock from the read on).
    std::optional<Transaction> own;
    if (!db.inTransaction())
        own.emplace(db);
    Row r;
    {
        Statement &head = db.cached("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
        if (head.step()) {
            r.id = head.int64(0) + 1;
            r.prevHash = head.blob(1);
        } else {
            const Checkpoint c = checkpointOf(db);
            r.id = c.lastId + 1;
            r.prevHash = c.lastHash;
        }
        head.reset();
    }
    if (r.prevHash.size() != HashSize) // an entry written without the chain (a benchmark's raw insert)
        r.prevHash = zeroHash();
    r.at = timeText(clock::nowUtc());
    r.account = account;
    r.action = action;
    r.entity = entity;
    r.hasEntity = entityId != 0;
    r.entityId = entityId;
    r.detail = detail;
    r.hash = entryHash(r);
    Statement &st = db.cached("INSERT INTO audit_log (id, at, account, action, entity, entity_id, detail, prev_hash, hash) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, r.id).bind(2, r.at).bind(3, r.account).bind(4, r.action).bind(5, r.entity);
    if (r.hasEntity)
        st.bind(6, r.entityId);
    else
        st.bindNull(6);
    st.bind(7, r.detail).bind(8, r.prevHash).bind(9, r.hash).run();
    if (own)
        own->commit();
}

QList<AuditEntry> recentAudit(Database &db, int limit)
{
    Statement st(db, "SELECT at, account, action, entity, entity_id, detail, id FROM audit_log ORDER BY id DESC LIMIT ?");
    st.bind(1, limit);
    QList<AuditEntry> out;
    while (st.step())
        out.append({ QDateTime::fromString(st.text(0), Qt::ISODate), st.text(1), st.text(2), st.text(3), st.int64(4), st.text(5),
            st.int64(6), {} });
    return out;
}

QList<AuditEntry> queryAudit(Database &db, const AuditFilter &filter)
{
    requireAccess(db.access(), DataKind::Audit, AccessOp::Read);
    const bool names = db.access().allows(DataKind::StudentBasic, AccessOp::Read);
    // One statement with every filter optional (a NULL parameter switches its condition off).
    Statement st(db,
        "SELECT a.at, a.account, a.action, a.entity, a.entity_id, a.detail, a.id, s.name, s.grade, s.class_name "
        "FROM audit_log a LEFT JOIN students s ON a.entity IN ('student', 'student_file') AND s.id = a.entity_id "
        "WHERE (?1 IS NULL OR a.account = ?1) AND (?2 IS NULL OR (a.entity IN ('student', 'student_file') AND a.entity_id = ?2)) "
        "AND (?3 IS NULL OR a.action = ?3) AND (?4 IS NULL OR a.at >= ?4) AND (?5 IS NULL OR a.at < ?5) "
        "ORDER BY a.id DESC LIMIT ?6");
    st.bindOptional(1, filter.account);
    if (filter.studentId)
        st.bind(2, filter.studentId);
    else
        st.bindNull(2);
    st.bindOptional(3, filter.action);
    if (filter.from.isValid())
        st.bind(4, timeText(QDateTime(filter.from, QTime(0, 0))));
    else
        st.bindNull(4);
    if (filter.to.isValid())
        st.bind(5, timeText(QDateTime(filter.to.addDays(1), QTime(0, 0))));
    else
        st.bindNull(5);
    st.bind(6, filter.limit > 0 ? static_cast<qint64>(filter.limit) : qint64(-1));
    QList<AuditEntry> out;
    while (st.step()) {
        AuditEntry e { QDateTime::fromString(st.text(0), Qt::ISODate), st.text(1), st.text(2), st.text(3), st.int64(4),
            st.text(5), st.int64(6), {} };
        if (names && !st.isNull(7) && db.access().seesClass(st.integer(8), st.text(9)))
            e.studentName = st.text(7);
        out.append(e);
    }
    return out;
}

QStringList auditAccounts(Database &db)
{
    requireAccess(db.access(), DataKind::Audit, AccessOp::Read);
    Statement st(db, "SELECT DISTINCT account FROM audit_log ORDER BY account");
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

QStringList auditActions(Database &db)
{
    requireAccess(db.access(), DataKind::Audit, AccessOp::Read);
    Statement st(db, "SELECT DISTINCT action FROM audit_log ORDER BY action");
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

QString auditActionName(const QString &action)
{
    static const QHash<QString, const char *> names {
        { QStringLiteral("create"), QT_TRANSLATE_NOOP("Audit", "Created") },
        { QStringLiteral("update"), QT_TRANSLATE_NOOP("Audit", "Changed") },
        { QStringLiteral("delete"), QT_TRANSLATE_NOOP("Audit", "Deleted") },
        { QStringLiteral("import"), QT_TRANSLATE_NOOP("Audit", "Imported") },
        { QStringLiteral("close"), QT_TRANSLATE_NOOP("Audit", "Closed") },
        { QStringLiteral("reopen"), QT_TRANSLATE_NOOP("Audit", "Reopened") },
        { QStringLiteral("status"), QT_TRANSLATE_NOOP("Audit", "Status changed") },
        { QStringLiteral("handle"), QT_TRANSLATE_NOOP("Audit", "Handled") },
        { QStringLiteral("generate"), QT_TRANSLATE_NOOP("Audit", "Generated") },
        { QStringLiteral("swap"), QT_TRANSLATE_NOOP("Audit", "Swapped") },
        { QStringLiteral("cover"), QT_TRANSLATE_NOOP("Audit", "Covered") },
        { QStringLiteral("replace"), QT_TRANSLATE_NOOP("Audit", "Replaced") },
        { QStringLiteral("unlock"), QT_TRANSLATE_NOOP("Audit", "Unlocked") },
        { QStringLiteral("unlock_failed"), QT_TRANSLATE_NOOP("Audit", "Failed unlock") },
        { QStringLiteral("open"), QT_TRANSLATE_NOOP("Audit", "Opened") },
        { QStringLiteral("export"), QT_TRANSLATE_NOOP("Audit", "Exported") },
        { QStringLiteral("print"), QT_TRANSLATE_NOOP("Audit", "Printed") },
        { QStringLiteral("backup"), QT_TRANSLATE_NOOP("Audit", "Backed up") },
        { QStringLiteral("restore"), QT_TRANSLATE_NOOP("Audit", "Restored") },
        { QStringLiteral("prune"), QT_TRANSLATE_NOOP("Audit", "Pruned") },
        { QStringLiteral("rekey"), QT_TRANSLATE_NOOP("Audit", "Changed the keys") },
    };
    const auto it = names.constFind(action);
    return it == names.constEnd() ? action : QCoreApplication::translate("Audit", it.value());
}

QString auditEntityName(const QString &entity)
{
    static const QHash<QString, const char *> names {
        { QStringLiteral("school"), QT_TRANSLATE_NOOP("Audit", "School") },
        { QStringLiteral("account"), QT_TRANSLATE_NOOP("Audit", "Account") },
        { QStringLiteral("account_role"), QT_TRANSLATE_NOOP("Audit", "Account role") },
        { QStringLiteral("student"), QT_TRANSLATE_NOOP("Audit", "Student") },
        { QStringLiteral("student_file"), QT_TRANSLATE_NOOP("Audit", "Student's file") },
        { QStringLiteral("student_note"), QT_TRANSLATE_NOOP("Audit", "Student note") },
        { QStringLiteral("roster"), QT_TRANSLATE_NOOP("Audit", "Roster") },
        { QStringLiteral("class_grid"), QT_TRANSLATE_NOOP("Audit", "Class grid") },
        { QStringLiteral("risk_change"), QT_TRANSLATE_NOOP("Audit", "Risk level") },
        { QStringLiteral("key_plan"), QT_TRANSLATE_NOOP("Audit", "Individual plan") },
        { QStringLiteral("weekly_update"), QT_TRANSLATE_NOOP("Audit", "Weekly review update") },
        { QStringLiteral("weekly_meeting"), QT_TRANSLATE_NOOP("Audit", "Weekly review meeting") },
        { QStringLiteral("crisis_event"), QT_TRANSLATE_NOOP("Audit", "Crisis event") },
        { QStringLiteral("crisis_step"), QT_TRANSLATE_NOOP("Audit", "Crisis step") },
        { QStringLiteral("crisis_checklist"), QT_TRANSLATE_NOOP("Audit", "Crisis checklist") },
        { QStringLiteral("screening_drive"), QT_TRANSLATE_NOOP("Audit", "Screening drive") },
        { QStringLiteral("screening_result"), QT_TRANSLATE_NOOP("Audit", "Screening result") },
        { QStringLiteral("screening_interview"), QT_TRANSLATE_NOOP("Audit", "Screening interview") },
        { QStringLiteral("alert"), QT_TRANSLATE_NOOP("Audit", "Alert") },
        { QStringLiteral("counselling_record"), QT_TRANSLATE_NOOP("Audit", "Counselling record") },
        { QStringLiteral("counselling_group"), QT_TRANSLATE_NOOP("Audit", "Counselling group") },
        { QStringLiteral("group_session"), QT_TRANSLATE_NOOP("Audit", "Group session") },
        { QStringLiteral("appointment"), QT_TRANSLATE_NOOP("Audit", "Appointment") },
        { QStringLiteral("feedback"), QT_TRANSLATE_NOOP("Audit", "Feedback") },
        { QStringLiteral("home_visit"), QT_TRANSLATE_NOOP("Audit", "Home visit") },
        { QStringLiteral("room"), QT_TRANSLATE_NOOP("Audit", "Room") },
        { QStringLiteral("staff"), QT_TRANSLATE_NOOP("Audit", "Staff") },
        { QStringLiteral("setting"), QT_TRANSLATE_NOOP("Audit", "Setting") },
        { QStringLiteral("hotlines"), QT_TRANSLATE_NOOP("Audit", "Help lines") },
        { QStringLiteral("term"), QT_TRANSLATE_NOOP("Audit", "Term") },
        { QStringLiteral("duty_period"), QT_TRANSLATE_NOOP("Audit", "Duty periods") },
        { QStringLiteral("duty_template"), QT_TRANSLATE_NOOP("Audit", "Duty template") },
        { QStringLiteral("duty_roster"), QT_TRANSLATE_NOOP("Audit", "Duty roster") },
        { QStringLiteral("duty_shift"), QT_TRANSLATE_NOOP("Audit", "Duty shift") },
        { QStringLiteral("duty_day"), QT_TRANSLATE_NOOP("Audit", "Duty day") },
        { QStringLiteral("duty_log"), QT_TRANSLATE_NOOP("Audit", "Duty log") },
        { QStringLiteral("database"), QT_TRANSLATE_NOOP("Audit", "Database") },
        { QStringLiteral("audit_log"), QT_TRANSLATE_NOOP("Audit", "Audit log") },
        { QStringLiteral("weekly_sheet"), QT_TRANSLATE_NOOP("Audit", "Weekly review sheet") },
        { QStringLiteral("appointment_slip"), QT_TRANSLATE_NOOP("Audit", "Appointment slip") },
        { QStringLiteral("referral_slip"), QT_TRANSLATE_NOOP("Audit", "Referral slip") },
        { QStringLiteral("referral_receipt_form"), QT_TRANSLATE_NOOP("Audit", "Referral receipt form") },
        { QStringLiteral("hotline_poster"), QT_TRANSLATE_NOOP("Audit", "Help-line poster") },
        { QStringLiteral("duty_sheet"), QT_TRANSLATE_NOOP("Audit", "Duty roster sheet") },
        { QStringLiteral("students_list"), QT_TRANSLATE_NOOP("Audit", "Student list") },
        { QStringLiteral("risk_list"), QT_TRANSLATE_NOOP("Audit", "Risk level list") },
        { QStringLiteral("screening_results"), QT_TRANSLATE_NOOP("Audit", "Screening results") },
        { QStringLiteral("appointments_list"), QT_TRANSLATE_NOOP("Audit", "Appointment list") },
        { QStringLiteral("visits_coverage"), QT_TRANSLATE_NOOP("Audit", "Home-visit coverage") },
        { QStringLiteral("visits_missing"), QT_TRANSLATE_NOOP("Audit", "Students without a home visit") },
    };
    const auto it = names.constFind(entity);
    return it == names.constEnd() ? entity : QCoreApplication::translate("Audit", it.value());
}

QString auditDetailText(const AuditEntry &entry)
{
    if (entry.action == u"unlock" || entry.action == u"unlock_failed") {
        if (entry.detail == u"password")
            return Tr::tr("with a password");
        if (entry.detail == u"recovery key")
            return Tr::tr("with the recovery key");
    }
    if (entry.action == u"export" || entry.action == u"print") {
        static const QRegularExpression form(
            QStringLiteral("^students=(\\d+)(?: (file|printer)=(.*))?$"), QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch m = form.match(entry.detail);
        if (m.hasMatch()) {
            const int students = m.captured(1).toInt();
            QString text = students ? Tr::tr("%n student(s)", nullptr, students) : Tr::tr("no students named");
            if (m.captured(2) == u"file")
                text = Tr::tr("%1, to the file %2").arg(text, m.captured(3));
            else if (m.captured(2) == u"printer")
                text = Tr::tr("%1, on the printer %2").arg(text, m.captured(3));
            return text;
        }
    }
    return entry.detail;
}

QByteArray auditChainHead(Database &db)
{
    Statement st(db, "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
    if (st.step())
        return QByteArray::number(st.int64(0)) + ':' + st.blob(1).toHex();
    const Checkpoint c = checkpointOf(db);
    return QByteArray::number(c.lastId) + ':' + c.lastHash.toHex();
}

bool auditHoldsHead(Database &db, const QByteArray &head)
{
    const qsizetype colon = head.indexOf(':');
    if (colon <= 0)
        return false;
    const QByteArray hash = QByteArray::fromHex(head.mid(colon + 1));
    const qint64 id = head.left(colon).toLongLong();
    if (id == 0) // the log was empty
        return hash == zeroHash() || hash == checkpointOf(db).lastHash;
    Statement st(db, "SELECT hash FROM audit_log WHERE id = ?");
    st.bind(1, id);
    if (st.step())
        return st.blob(0) == hash;
    // Pruned since: the checkpoint covers it when it is the checkpoint itself or older (the prune
    // is a chained entry of its own, and the chain is checked from the checkpoint on).
    const Checkpoint c = checkpointOf(db);
    return (c.lastId == id && c.lastHash == hash) || (c.lastId > id);
}

QString formatAuditChainHead(const QByteArray &head)
{
    const qsizetype colon = head.indexOf(':');
    if (colon < 0)
        return QString::fromLatin1(head);
    return QStringLiteral("#%1 %2…").arg(QString::fromLatin1(head.left(colon)), QString::fromLatin1(head.mid(colon + 1, 16)));
}

int pruneAudit(Database &db, const QDateTime &before)
{
    requireAccess(db.access(), DataKind::Audit, AccessOp::Write);
    const QDateTime latest = clock::nowUtc().addMonths(-6);
    if (!before.isValid() || before > latest)
        throw Error(ErrorKind::Rejected,
            Tr::tr("Audit entries are kept for at least six months: entries from before %1 may be removed, not from before %2.")
                .arg(latest.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                    before.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    Transaction tx(db);
    // The removed entries are a prefix of the chain: up to the first entry that is not old enough.
    qint64 firstKept = 0;
    {
        Statement st(db, "SELECT min(id) FROM audit_log WHERE at >= ?");
        st.bind(1, timeText(before));
        if (st.step() && !st.isNull(0))
            firstKept = st.int64(0);
    }
    Statement last(db, "SELECT id, at, hash FROM audit_log WHERE ?1 = 0 OR id < ?1 ORDER BY id DESC LIMIT 1");
    last.bind(1, firstKept);
    if (!last.step())
        return 0;
    const qint64 lastId = last.int64(0);
    const QString lastAt = last.text(1);
    const QByteArray lastHash = last.blob(2);
    last.reset();
    if (lastHash.size() != HashSize)
        throw Error(
            ErrorKind::Damaged, Tr::tr("The audit entry #%1 has no hash; run verify before removing old entries.").arg(lastId));
    db.exec("DROP TRIGGER audit_log_no_delete");
    Statement remove(db, "DELETE FROM audit_log WHERE id <= ?");
    remove.bind(1, lastId).run();
    const int removed = db.changes();
    db.exec(NoDeleteTrigger);
    const Checkpoint previous = checkpointOf(db);
    Statement set(db,
        "INSERT OR REPLACE INTO audit_checkpoint (id, last_id, last_at, last_hash, pruned, pruned_at) "
        "VALUES (1, ?, ?, ?, ?, ?)");
    qint64 prunedBefore = 0;
    if (previous.exists) {
        Statement count(db, "SELECT pruned FROM audit_checkpoint WHERE id = 1");
        if (count.step())
            prunedBefore = count.int64(0);
    }
    set.bind(1, lastId).bind(2, lastAt).bind(3, lastHash).bind(4, prunedBefore + removed).bind(5, timeText(clock::nowUtc()));
    set.run();
    // The checkpoint is named in a chained entry, so that changing it later is seen.
    appendAudit(db, actorOf(db), QStringLiteral("prune"), QStringLiteral("audit_log"), 0,
        QStringLiteral("removed %1 entries before %2; checkpoint #%3 %4")
            .arg(removed)
            .arg(timeText(before), QString::number(lastId), QString::fromLatin1(lastHash.toHex())));
    tx.commit();
    return removed;
}

AuditChainCheck checkAuditChain(Database &db)
{
    AuditChainCheck check;
    const auto fail = [&check](const Row &r, const QString &problem) {
        check.intact = false;
        check.badId = r.id;
        check.badAt = QDateTime::fromString(r.at, Qt::ISODate);
        check.problem = problem;
        return check;
    };
    const Checkpoint c = checkpointOf(db);
    QByteArray prev = c.lastHash;
    qint64 prevId = c.lastId;
    Statement st(db, "SELECT " AUDIT_COLUMNS " FROM audit_log ORDER BY id");
    QString lastPrune;
    while (st.step()) {
        const Row r = readRow(st);
        ++check.entries;
        if (r.id <= c.lastId)
            return fail(r, Tr::tr("it lies before the pruning checkpoint (#%1) yet is still there").arg(c.lastId));
        if (r.prevHash != prev)
            return fail(r,
                prevId == 0 ? Tr::tr("it does not start the chain: an entry before it was deleted or entries were reordered")
                            : Tr::tr("it does not follow entry #%1: an entry between them was deleted, or entries were "
                                     "reordered")
                                  .arg(prevId));
        if (entryHash(r) != r.hash)
            return fail(r, Tr::tr("its contents were changed after it was written"));
        if (r.action == u"prune")
            lastPrune = r.detail;
        prev = r.hash;
        prevId = r.id;
    }
    if (c.exists) {
        const QString named = QStringLiteral("checkpoint #%1 %2").arg(c.lastId).arg(QString::fromLatin1(c.lastHash.toHex()));
        if (!lastPrune.endsWith(named)) {
            check.intact = false;
            check.problem = Tr::tr("the pruning checkpoint (#%1) is not the one the last pruning recorded").arg(c.lastId);
        }
    }
    return check;
}

QString checkAuditTriggers(Database &db)
{
    QHash<QString, QString> found;
    Statement st(
        db, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('audit_log', 'audit_checkpoint')");
    while (st.step())
        found.insert(st.text(0), st.text(1));
    QStringList problems;
    for (const auto &[name, sql] :
        { std::pair { "audit_log_no_update", NoUpdateTrigger }, { "audit_log_no_delete", NoDeleteTrigger } }) {
        const QString key = QLatin1String(name);
        if (!found.contains(key))
            problems << Tr::tr("the trigger %1 was dropped").arg(key);
        else if (found.take(key) != QLatin1String(sql))
            problems << Tr::tr("the trigger %1 was changed").arg(key);
    }
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        problems << Tr::tr("an unknown trigger %1 was added").arg(it.key());
    return problems.join(QLatin1String("; "));
}

void recordUnlock(Database &db, const QString &account, bool byRecoveryKey)
{
    appendAudit(db, account, QStringLiteral("unlock"), QStringLiteral("account"), 0,
        byRecoveryKey ? QStringLiteral("recovery key") : QStringLiteral("password"));
}

void recordFileOpened(Database &db, qint64 studentId)
{
    const Access &access = db.access();
    if (studentId == 0 || access.isSystem() || access.role() == AccountRole::Counsellor)
        return;
    appendAudit(db, actorOf(db), QStringLiteral("open"), QStringLiteral("student_file"), studentId);
}

void recordOutput(Database &db, OutputKind kind, const QString &what, int students, const QString &where)
{
    QString detail = QStringLiteral("students=%1").arg(students);
    if (!where.isEmpty())
        detail += (kind == OutputKind::Export ? QStringLiteral(" file=") : QStringLiteral(" printer=")) + where;
    appendAudit(
        db, actorOf(db), kind == OutputKind::Export ? QStringLiteral("export") : QStringLiteral("print"), what, 0, detail);
}

void chainAuditLog(Database &db)
{
    Statement rows(db, "SELECT " AUDIT_COLUMNS " FROM audit_log ORDER BY id");
    Statement set(db, "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?");
    QByteArray prev = zeroHash();
    while (rows.step()) {
        Row r = readRow(rows);
        r.prevHash = prev;
        r.hash = entryHash(r);
        set.bind(1, r.prevHash).bind(2, r.hash).bind(3, r.id).run();
        set.reset();
        prev = r.hash;
    }
    createTriggers(db);
}

} // namespace xinan
