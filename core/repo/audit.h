#pragma once
// The append-only audit log: every change writes one entry in the change's own transaction,
// and so do unlocks, a student's file opened by someone other than a counsellor, every export
// and print, backups and restores.
//
// The entries form a hash chain (schema v8): each stores the hash of the entry before it
// (prev_hash) and its own hash, BLAKE2b-256 (libsodium crypto_generichash) over
//   "xinan-audit-v1" then, for each of id, at, account, action, entity, entity_id, detail,
//   prev_hash: a 4-byte big-endian length and the field's bytes
// (id and entity_id as decimal text, entity_id empty when NULL, texts in UTF-8 as stored,
// prev_hash the 32 raw bytes). The first entry's prev_hash is 32 zero bytes, or after pruning
// the checkpoint's hash. Deleting, editing or reordering an entry therefore breaks the chain;
// rewriting the whole chain is caught by comparing its head with the one printed on backups and
// kept under the key file's MAC.

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace xinan {

class Database;

struct AuditEntry
{
    QDateTime at; // UTC
    QString account;
    QString action; // create, update, delete, unlock, open, export, print, backup, restore, ...
    QString entity; // student, account, school, student_file, weekly_sheet, ...
    qint64 entityId = 0;
    QString detail;
    qint64 id = 0;
    // queryAudit: the student's name when the entry is about a student and the reader may read
    // students' basic files; empty otherwise (or when the student was deleted).
    QString studentName;
};

void appendAudit(Database &db, const QString &account, const QString &action, const QString &entity, qint64 entityId,
    const QString &detail = {});
QList<AuditEntry> recentAudit(Database &db, int limit);

// The viewer's and `xinan-cli audit list`'s filter. Empty / zero / invalid means "any".
struct AuditFilter
{
    QString account; // exactly this account
    qint64 studentId = 0; // entries about this student (entity student or student_file)
    QString action; // exactly this action code
    QDate from; // local dates, both inclusive
    QDate to;
    int limit = 0; // the newest `limit` entries; 0 = all
};

// Newest first. Requires the Audit read right (counsellors and heads). Throws Error(Denied).
QList<AuditEntry> queryAudit(Database &db, const AuditFilter &filter);
// The accounts and the action codes found in the log (for the viewer's filters), sorted.
QStringList auditAccounts(Database &db);
QStringList auditActions(Database &db);

// The action and the entity in the reader's language ("导出", "学生档案"); the code itself
// when it is not known.
QString auditActionName(const QString &action);
QString auditEntityName(const QString &entity);
// The entry's detail for people: the details XinAn writes in a fixed form (an unlock's
// "password", an export's "students=3 file=…") in the reader's language; others as written.
QString auditDetailText(const AuditEntry &entry);

// The chain's head: "ID:HEX" (the last entry's id and its hash in hex), or "0:" and the zero hash
// for an empty log. Printed in backup headers and term reports and kept under the key file's MAC.
QByteArray auditChainHead(Database &db);
// True when the log still holds the entry `head` names with the same hash.
bool auditHoldsHead(Database &db, const QByteArray &head);
// "#1234 9f86d081…" for people: the id and the first 16 hex digits.
QString formatAuditChainHead(const QByteArray &head);

// Removes the entries written before `before` (UTC), oldest first and only as a prefix of the
// chain (an entry is kept when a younger one precedes it), and records the last removed entry's
// id and hash as the checkpoint the chain then starts from. Entries from the last six months
// (clock::nowUtc()) are never removed: a later `before` is refused with Error(Rejected).
// Requires the Audit write right. Writes a "prune" entry. Returns how many were removed.
int pruneAudit(Database &db, const QDateTime &before);

// What verify found in the chain: intact, or the first bad entry and why.
struct AuditChainCheck
{
    bool intact = true;
    qint64 entries = 0; // entries checked (from the checkpoint to the head)
    qint64 badId = 0; // the first bad entry
    QDateTime badAt;
    QString problem; // translated: what is wrong with it
};
// Walks the chain from the checkpoint (or the start) to the head. Never throws for a break.
AuditChainCheck checkAuditChain(Database &db);
// Empty when the append-only triggers are there with their SQL unchanged and no other trigger
// is on the audit tables; otherwise the translated problem ("… was dropped").
QString checkAuditTriggers(Database &db);

// Events that are not changes (one entry each; the caller's transaction, if any).
// A successful unlock, by password or by the recovery key.
void recordUnlock(Database &db, const QString &account, bool byRecoveryKey);
// A student's file opened in the GUI: logged only when the account is not a counsellor.
void recordFileOpened(Database &db, qint64 studentId);
enum class OutputKind { Export, Print };
// An export (a file written) or a print: `what` is a code ("weekly_sheet", "students_list"),
// `students` how many students it names, `where` the file or printer (may be empty).
void recordOutput(Database &db, OutputKind kind, const QString &what, int students, const QString &where = {});

// Schema v8's step: chains the existing entries and recreates the append-only triggers.
void chainAuditLog(Database &db);

} // namespace xinan
