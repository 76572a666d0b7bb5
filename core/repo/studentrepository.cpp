#include "studentrepository.h"

#include "../domain/pinyin.h"
#include "../error.h"
#include "../store/database.h"
#include "audit.h"
#include "classscope.h"
#include "settingsrepository.h"
#include "studentbatch.h"
#include "studentrow.h"

#include <QCoreApplication>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StudentRepository)
};

} // namespace

StudentRepository::StudentRepository(Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

bool StudentRepository::storesIdCard()
{
    return SettingsRepository(m_db, m_actor).flag(QString::fromLatin1(SettingsRepository::StoreIdCardKey));
}

qint64 StudentRepository::add(const Student &student)
{
    requireAccess(m_db.access(), DataKind::StudentBasic, AccessOp::Write);
    Transaction tx(m_db);
    const qint64 id = StudentBatch(m_db, m_actor).insert(student, storesIdCard());
    tx.commit();
    return id;
}

void StudentRepository::addAll(const QList<Student> &students)
{
    requireAccess(m_db.access(), DataKind::StudentBasic, AccessOp::Write);
    Transaction tx(m_db);
    const bool storeIdCard = storesIdCard();
    StudentBatch batch(m_db, m_actor);
    for (const auto &s : students)
        batch.insert(s, storeIdCard);
    tx.commit();
}

void StudentRepository::update(const Student &s)
{
    requireAccess(m_db.access(), DataKind::StudentBasic, AccessOp::Write);
    Transaction tx(m_db);
    StudentBatch(m_db, m_actor).update(s, true, storesIdCard() ? IdCardWrite::Store : IdCardWrite::Clear);
    tx.commit();
}

void StudentRepository::remove(qint64 id)
{
    requireAccess(m_db.access(), DataKind::StudentBasic, AccessOp::Write);
    Transaction tx(m_db);
    Statement st(m_db, "DELETE FROM students WHERE id = ?");
    st.bind(1, id).run();
    if (m_db.changes() != 1)
        throw Error(ErrorKind::Rejected, Tr::tr("The student record no longer exists; it may have been deleted."));
    appendAudit(m_db, m_actor, QStringLiteral("delete"), QStringLiteral("student"), id);
    tx.commit();
}

void StudentRepository::loadGuardians(Student &s)
{
    Statement st(m_db, "SELECT name, relation, phone FROM guardians WHERE student_id = ? ORDER BY position");
    st.bind(1, s.id);
    while (st.step())
        s.guardians.append({ st.text(0), st.text(1), st.text(2) });
}

qint64 StudentRepository::idOf(const QString &studentNo)
{
    const Access &access = m_db.access();
    requireAccess(access, DataKind::StudentBasic, AccessOp::Read);
    Statement &st = m_db.cached("SELECT id, grade, class_name FROM students WHERE student_no = ?");
    st.bind(1, studentNo);
    if (!st.step()) {
        st.reset();
        return 0;
    }
    const qint64 id = st.int64(0);
    const int grade = st.integer(1);
    const QString className = st.text(2);
    st.reset();
    requireClassAccess(access, DataKind::StudentBasic, AccessOp::Read, grade, className);
    return id;
}

std::optional<Student> StudentRepository::find(qint64 id)
{
    requireAccess(m_db.access(), DataKind::StudentBasic, AccessOp::Read);
    Statement st(m_db, XINAN_STUDENT_SELECT "WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Student s = studentFromRow(st);
    requireClassAccess(m_db.access(), DataKind::StudentBasic, AccessOp::Read, s.grade, s.className);
    loadGuardians(s);
    return s;
}

std::optional<Student> StudentRepository::findByStudentNo(const QString &studentNo)
{
    requireAccess(m_db.access(), DataKind::StudentBasic, AccessOp::Read);
    Statement st(m_db, XINAN_STUDENT_SELECT "WHERE student_no = ?");
    st.bind(1, studentNo);
    if (!st.step())
        return std::nullopt;
    Student s = studentFromRow(st);
    requireClassAccess(m_db.access(), DataKind::StudentBasic, AccessOp::Read, s.grade, s.className);
    loadGuardians(s);
    return s;
}

QList<Student> StudentRepository::list()
{
    requireAccess(m_db.access(), DataKind::StudentBasic, AccessOp::Read);
    const ClassScope scope(m_db.access(), 1);
    const QByteArray sql
        = XINAN_STUDENT_SELECT "WHERE 1 " + scope.condition("grade", "class_name") + "ORDER BY grade, class_name, name";
    Statement st(m_db, sql.constData());
    scope.bind(st);
    QList<Student> out;
    while (st.step())
        out.append(studentFromRow(st));
    return out;
}

StudentCounts StudentRepository::counts()
{
    // School-wide counts are for the roles that may read them; a class teacher counts its
    // own classes (what its student list shows).
    const Access &access = m_db.access();
    requireAccess(access, access.isClassScoped() ? DataKind::StudentBasic : DataKind::Counts, AccessOp::Read);
    const ClassScope scope(access, 1);
    // One scan of the table: the first screen after unlocking waits for this.
    StudentCounts c;
    const QByteArray sql = "SELECT grade, special_flags, boarding, status = 'enrolled', count(*) FROM students WHERE 1 "
        + scope.condition("grade", "class_name") + "GROUP BY grade, special_flags, boarding, status = 'enrolled'";
    Statement st(m_db, sql.constData());
    scope.bind(st);
    while (st.step()) {
        const int n = st.integer(4);
        c.total += n;
        if (!st.integer(3))
            continue;
        c.enrolled += n;
        c.byGrade[st.integer(0)] += n;
        if (st.integer(2))
            c.boarding += n;
        for (const auto bit : allSpecialCircumstances())
            if (st.integer(1) & bit)
                c.bySpecialCircumstance[bit] += n;
    }
    return c;
}

} // namespace xinan
