#include "studentrepository.h"

#include "../domain/pinyin.h"
#include "../error.h"
#include "../store/database.h"
#include "audit.h"
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
    Transaction tx(m_db);
    const qint64 id = StudentBatch(m_db, m_actor).insert(student, storesIdCard());
    tx.commit();
    return id;
}

void StudentRepository::addAll(const QList<Student> &students)
{
    Transaction tx(m_db);
    const bool storeIdCard = storesIdCard();
    StudentBatch batch(m_db, m_actor);
    for (const auto &s : students)
        batch.insert(s, storeIdCard);
    tx.commit();
}

void StudentRepository::update(const Student &s)
{
    Transaction tx(m_db);
    StudentBatch(m_db, m_actor).update(s, true, storesIdCard() ? IdCardWrite::Store : IdCardWrite::Clear);
    tx.commit();
}

void StudentRepository::remove(qint64 id)
{
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
    Statement &st = m_db.cached("SELECT id FROM students WHERE student_no = ?");
    st.bind(1, studentNo);
    const qint64 id = st.step() ? st.int64(0) : 0;
    st.reset();
    return id;
}

std::optional<Student> StudentRepository::find(qint64 id)
{
    Statement st(m_db, XINAN_STUDENT_SELECT "WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Student s = studentFromRow(st);
    loadGuardians(s);
    return s;
}

std::optional<Student> StudentRepository::findByStudentNo(const QString &studentNo)
{
    Statement st(m_db, XINAN_STUDENT_SELECT "WHERE student_no = ?");
    st.bind(1, studentNo);
    if (!st.step())
        return std::nullopt;
    Student s = studentFromRow(st);
    loadGuardians(s);
    return s;
}

QList<Student> StudentRepository::list()
{
    Statement st(m_db, XINAN_STUDENT_SELECT "ORDER BY grade, class_name, name");
    QList<Student> out;
    while (st.step())
        out.append(studentFromRow(st));
    return out;
}

StudentCounts StudentRepository::counts()
{
    // One scan of the table: the first screen after unlocking waits for this.
    StudentCounts c;
    Statement st(m_db,
        "SELECT grade, special_flags, boarding, status = 'enrolled', count(*) FROM students "
        "GROUP BY grade, special_flags, boarding, status = 'enrolled'");
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
