#pragma once
// Who is using an open database and what they may see. Every repository asks the connection's
// Access before it reads or writes (requireAccess), so a role's limits hold in core whatever
// window or command calls it; docs/roles.md is the matrix, written once here (roleAllows).
//
// Confidential fields (counselling content, interview notes, crisis details, risk-change
// reasons, screening answers) are additionally sealed inside the database with the counsellor
// key (libsodium XChaCha20-Poly1305, one nonce per value, the field and its owning row in the
// associated data). Only counsellor key slots and the recovery key give that key, so a head's
// or class teacher's password plus the files never reveals those fields, not even through the
// sqlcipher shell. Statement::bindConfidential / confidentialText seal and open them.

#include "../crypto/secret.h"
#include "../domain/daily.h"

#include <QSet>
#include <QString>

#include <memory>

namespace xinan {

// What a repository method touches. Keep docs/roles.md in step with roleAllows().
enum class DataKind {
    Counts, // school-wide counts and charts: no names
    StudentBasic, // the basic file: name, class, guardians, status (class teachers: their classes)
    KeyStudentMark, // that a student is a key student and the measures the class teacher carries out
    RiskLevel, // current risk levels, the key-student list with levels, level history without reasons
    RiskReason, // the reasons written for level changes (confidential)
    KeyPlan, // key-student plans (一人一策) and their events
    WeeklyBoard, // 周调度: weekly updates and meetings
    Crisis, // crisis events: student, dates, status, who was notified
    CrisisDetail, // what happened, step texts, closure (confidential)
    Counselling, // counselling records, groups, student notes (confidential content)
    Appointments, // appointment book
    Screening, // screening drives and per-student results (scores, bands)
    ScreeningAnswers, // item answers and second-stage interview notes (confidential)
    Alerts, // alerts waiting for a counsellor
    Feedback, // feedback to teachers and parents (class teachers: addressed to them)
    Accounts, // accounts, roles, class-grid links
    Backups, // backups and restores
    Settings, // school settings, instruments, partner data
    Rooms, // rooms and staff
    Duty, // duty roster and logs
    Grid, // the class grid (网格化)
    Audit, // the audit log
    Referrals, // referrals to hospital (转介) and their steps; reasons and texts sealed
    Leaves, // leave and return to school (休学/复学), return plans and their follow-ups
    HomeVisits, // home visits (家访) and their coverage (class teachers: their classes, and they record them)
    Lessons, // psychology lessons given per class (心理健康课) and 开课率 (class teachers: their classes)
    Activities, // activities and training (5·25, 家长学校, teacher training …); no student names
    Reports, // the term report's texts and the periodic export for the city (counts only)
};

enum class AccessOp { Read, Write };

// The matrix: may this role read or write this kind of data at all? Class teachers are further
// limited to their classes (Access::seesClass).
bool roleAllows(AccountRole role, DataKind kind, AccessOp op);
// "读取心理辅导记录" style description for messages: the kind in the reader's language.
QString dataKindName(DataKind kind);

struct ClassRef
{
    int grade = 0;
    QString className;
    friend bool operator==(const ClassRef &a, const ClassRef &b) { return a.grade == b.grade && a.className == b.className; }
};
inline size_t qHash(const ClassRef &c, size_t seed = 0)
{
    return ::qHash(c.className, seed) ^ static_cast<size_t>(c.grade);
}

class Access final
{
public:
    // Full access without a counsellor key: migrations, the demo generator on a bare database,
    // tests and benchmarks that open a Database directly. Confidential fields are written in
    // clear (the database itself is still SQLCipher-encrypted) and read as they are.
    static std::shared_ptr<const Access> system();
    // An account's access. `counsellorKey` is empty unless the account's key slot gave it.
    static std::shared_ptr<const Access> forAccount(
        const QString &user, AccountRole role, QSet<ClassRef> classes, SecretBytes counsellorKey);

    const QString &user() const { return m_user; }
    bool isSystem() const { return m_system; }
    AccountRole role() const { return m_role; }
    const QSet<ClassRef> &classes() const { return m_classes; }
    bool allows(DataKind kind, AccessOp op) const;
    // Class teachers see only their classes; every other role that may read students sees all.
    bool seesClass(int grade, const QString &className) const;
    bool isClassScoped() const { return !m_system && m_role == AccountRole::ClassTeacher; }
    bool hasCounsellorKey() const { return !m_counsellorKey.isEmpty(); }
    const SecretBytes &counsellorKey() const { return m_counsellorKey; }

private:
    Access() = default;
    QString m_user;
    bool m_system = false;
    AccountRole m_role = AccountRole::Counsellor;
    QSet<ClassRef> m_classes;
    SecretBytes m_counsellorKey;
};

// Throws Error(Denied) naming the account's role and what it may not do.
void requireAccess(const Access &access, DataKind kind, AccessOp op);
// requireAccess plus, for a class teacher, the student's class. Throws Error(Denied).
void requireClassAccess(const Access &access, DataKind kind, AccessOp op, int grade, const QString &className);

// Sealed values: "XC1" + 24-byte nonce + ciphertext with its tag, stored as a BLOB. `field` names
// the column ("counselling_records.summary"), `owner` is the row's owning id (the student, or the
// crisis event for its steps), both bound as associated data so a value cannot be moved to
// another column or student. Empty text stays empty (nothing to hide, and CHECKs stay simple).
QByteArray sealField(const SecretBytes &key, const char *field, qint64 owner, const QString &text);
// Throws Error(Damaged) when the value does not open with this key.
QString openField(const SecretBytes &key, const char *field, qint64 owner, const QByteArray &sealed);
bool isSealedField(const QByteArray &value);

} // namespace xinan
