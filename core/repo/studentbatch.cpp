#include "studentbatch.h"
#include "studentrow.h"

#include "../domain/pinyin.h"
#include "../error.h"
#include "../platform/clock.h"
#include "../store/database.h"
#include "audit.h"
#include "classscope.h"
#include "leaverepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StudentRepository)
};

void bindFields(Statement &st, const Student &s, const QString &now, const QString &searchKey)
{
    st.bind(1, s.studentNo.trimmed()).bind(2, s.name.trimmed()).bind(3, genderCode(s.gender));
    st.bindOptional(4, s.birthDate.isValid() ? s.birthDate.toString(Qt::ISODate) : QString());
    st.bind(5, s.grade).bind(6, s.className.trimmed()).bind(7, s.ethnicity.trimmed()).bind(8, s.boarding ? 1 : 0);
    st.bind(9, s.specialFlags).bind(10, statusCode(s.status)).bind(11, now);
    st.bind(12, searchKey);
}

void requireValid(const Student &s)
{
    const QStringList problems = validationProblems(s);
    if (!problems.isEmpty())
        throw Error(
            ErrorKind::Rejected, Tr::tr("Student %1 cannot be saved: %2").arg(s.studentNo, problems.join(QLatin1Char(' '))));
}

} // namespace

StudentBatch::StudentBatch(Database &db, QString actor, QString auditDetail)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_auditDetail(std::move(auditDetail))
{
}

void StudentBatch::requireTransaction() const
{
    if (!m_db.inTransaction())
        throw Error(ErrorKind::Other, QStringLiteral("StudentBatch writes need an open transaction."));
}

QList<Student> StudentBatch::loadAll()
{
    requireAccess(m_db.access(), DataKind::StudentBasic, AccessOp::Read);
    const ClassScope scope(m_db.access(), 1);
    QList<Student> students;
    QHash<qint64, qsizetype> index;
    const QByteArray sql = XINAN_STUDENT_SELECT "WHERE 1 " + scope.condition("grade", "class_name") + "ORDER BY id";
    Statement st(m_db, sql.constData());
    scope.bind(st);
    while (st.step()) {
        Student s = studentFromRow(st);
        index.insert(s.id, students.size());
        students.append(s);
    }
    Statement g(m_db, "SELECT student_id, name, relation, phone FROM guardians ORDER BY student_id, position");
    while (g.step()) {
        if (const qsizetype at = index.value(g.int64(0), -1); at >= 0)
            students[at].guardians.append({ g.text(1), g.text(2), g.text(3) });
    }
    return students;
}

qint64 StudentBatch::insert(const Student &s, bool storeIdCard)
{
    requireAccess(m_db.access(), DataKind::StudentBasic, AccessOp::Write);
    requireTransaction();
    requireValid(s);
    Statement &exists = m_db.cached("SELECT 1 FROM students WHERE student_no = ?");
    exists.bind(1, s.studentNo.trimmed());
    const bool used = exists.step();
    exists.reset();
    if (used)
        throw Error(
            ErrorKind::Rejected, Tr::tr("Student number (学籍号) %1 is already used by another student.").arg(s.studentNo));
    Statement &st = m_db.cached("INSERT INTO students (student_no, name, gender, birth_date, grade, class_name, ethnicity, "
                                "boarding, special_flags, status, created_at, updated_at, search_key, id_card) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?11, ?11, ?12, ?13)");
    bindFields(st, s, clock::nowUtc().toString(Qt::ISODate), studentSearchKey(s.name.trimmed(), s.studentNo.trimmed()));
    st.bindOptional(13, storeIdCard ? s.idCard.trimmed().toUpper() : QString());
    st.run();
    const qint64 id = m_db.lastInsertId();
    writeGuardians(id, s.guardians);
    appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("student"), id, m_auditDetail);
    return id;
}

void StudentBatch::update(const Student &s, bool replaceGuardians, IdCardWrite idCard)
{
    requireAccess(m_db.access(), DataKind::StudentBasic, AccessOp::Write);
    requireTransaction();
    requireValid(s);
    Statement &other = m_db.cached("SELECT id FROM students WHERE student_no = ? AND id <> ?");
    other.bind(1, s.studentNo.trimmed()).bind(2, s.id);
    const bool used = other.step();
    other.reset();
    if (used)
        throw Error(
            ErrorKind::Rejected, Tr::tr("Student number (学籍号) %1 is already used by another student.").arg(s.studentNo));
    // The search key (pinyin: the slow part) is recomputed only when the name or number changed.
    Statement &current = m_db.cached("SELECT name, student_no, search_key, status FROM students WHERE id = ?");
    current.bind(1, s.id);
    if (!current.step()) {
        current.reset();
        throw Error(ErrorKind::Rejected, Tr::tr("The student record no longer exists; it may have been deleted."));
    }
    const bool sameKey = current.text(0) == s.name.trimmed() && current.text(1) == s.studentNo.trimmed();
    const QString searchKey = sameKey ? current.text(2) : studentSearchKey(s.name.trimmed(), s.studentNo.trimmed());
    const StudentStatus stored = statusFromCode(current.text(3));
    current.reset();
    if (stored != s.status) {
        if (m_statusReason.isEmpty())
            throw Error(ErrorKind::Rejected,
                Tr::tr("The status of %1 cannot be changed by editing the record: use 变更学籍状态… (a status change is "
                       "recorded with its day and reason).")
                    .arg(s.name.trimmed()));
        appendStatusEvent(m_db, m_actor, s.id, stored, s.status, clock::today(), m_statusReason);
    }
    const auto now = clock::nowUtc().toString(Qt::ISODate);
    if (idCard == IdCardWrite::Keep) {
        Statement &st = m_db.cached("UPDATE students SET student_no = ?, name = ?, gender = ?, birth_date = ?, grade = ?, "
                                    "class_name = ?, ethnicity = ?, boarding = ?, special_flags = ?, status = ?, updated_at = ?, "
                                    "search_key = ? WHERE id = ?13");
        bindFields(st, s, now, searchKey);
        st.bind(13, s.id).run();
    } else {
        Statement &st = m_db.cached("UPDATE students SET student_no = ?, name = ?, gender = ?, birth_date = ?, grade = ?, "
                                    "class_name = ?, ethnicity = ?, boarding = ?, special_flags = ?, status = ?, updated_at = ?, "
                                    "search_key = ?, id_card = ?13 WHERE id = ?14");
        bindFields(st, s, now, searchKey);
        st.bindOptional(13, idCard == IdCardWrite::Store ? s.idCard.trimmed().toUpper() : QString());
        st.bind(14, s.id).run();
    }
    if (m_db.changes() != 1)
        throw Error(ErrorKind::Rejected, Tr::tr("The student record no longer exists; it may have been deleted."));
    if (replaceGuardians) {
        Statement &del = m_db.cached("DELETE FROM guardians WHERE student_id = ?");
        del.bind(1, s.id).run();
        writeGuardians(s.id, s.guardians);
    }
    appendAudit(m_db, m_actor, QStringLiteral("update"), QStringLiteral("student"), s.id, m_auditDetail);
}

void StudentBatch::auditImport(const QString &detail)
{
    requireAccess(m_db.access(), DataKind::StudentBasic, AccessOp::Write);
    requireTransaction();
    appendAudit(m_db, m_actor, QStringLiteral("import"), QStringLiteral("roster"), 0, detail);
}

void StudentBatch::writeGuardians(qint64 studentId, const QList<Guardian> &guardians)
{
    for (int i = 0; i < guardians.size(); ++i) {
        const Guardian &g = guardians.at(i);
        Statement &st = m_db.cached("INSERT INTO guardians (student_id, position, name, relation, phone) VALUES (?, ?, ?, ?, ?)");
        st.bind(1, studentId).bind(2, i).bind(3, g.name.trimmed()).bind(4, g.relation.trimmed()).bind(5, g.phone.trimmed());
        st.run();
    }
}

} // namespace xinan
