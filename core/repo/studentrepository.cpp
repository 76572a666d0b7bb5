#include "studentrepository.h"

#include "../error.h"
#include "../store/database.h"
#include "audit.h"
#include "settingsrepository.h"
#include "../domain/pinyin.h"

#include <QCoreApplication>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StudentRepository)
};

// A macro so that each query stays one string literal.
#define XINAN_STUDENT_SELECT \
    "SELECT id, student_no, name, gender, birth_date, grade, class_name, ethnicity, boarding, special_flags, status, id_card FROM students "

Student readStudent(const Statement &st)
{
    Student s;
    s.id = st.int64(0);
    s.studentNo = st.text(1);
    s.name = st.text(2);
    s.gender = genderFromCode(st.text(3));
    s.birthDate = st.isNull(4) ? QDate() : QDate::fromString(st.text(4), Qt::ISODate);
    s.grade = st.integer(5);
    s.className = st.text(6);
    s.ethnicity = st.text(7);
    s.boarding = st.integer(8) != 0;
    s.specialFlags = st.integer(9);
    s.status = statusFromCode(st.text(10));
    s.idCard = st.isNull(11) ? QString() : st.text(11);
    return s;
}

// Binds ?1 to ?13; the ID-card number only when the school stores it, otherwise NULL.
void bindStudent(Statement &st, const Student &s, bool storeIdCard)
{
    st.bind(1, s.studentNo.trimmed()).bind(2, s.name.trimmed()).bind(3, genderCode(s.gender));
    st.bindOptional(4, s.birthDate.isValid() ? s.birthDate.toString(Qt::ISODate) : QString());
    st.bind(5, s.grade).bind(6, s.className.trimmed()).bind(7, s.ethnicity.trimmed()).bind(8, s.boarding ? 1 : 0);
    st.bind(9, s.specialFlags).bind(10, statusCode(s.status)).bind(11, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    st.bind(12, studentSearchKey(s.name, s.studentNo));
    st.bindOptional(13, storeIdCard ? s.idCard.trimmed().toUpper() : QString());
}

void requireValid(const Student &s)
{
    const QStringList problems = validationProblems(s);
    if (!problems.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("Student %1 cannot be saved: %2").arg(s.studentNo, problems.join(QLatin1Char(' '))));
}

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

qint64 StudentRepository::insertOne(const Student &s, bool storeIdCard)
{
    requireValid(s);
    if (idOf(s.studentNo.trimmed()))
        throw Error(ErrorKind::Rejected, Tr::tr("Student number (学籍号) %1 is already used by another student.").arg(s.studentNo));
    Statement &st = m_db.cached("INSERT INTO students (student_no, name, gender, birth_date, grade, class_name, ethnicity, "
                                "boarding, special_flags, status, created_at, updated_at, search_key, id_card) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?11, ?11, ?12, ?13)");
    bindStudent(st, s, storeIdCard);
    st.run();
    const qint64 id = m_db.lastInsertId();
    writeGuardians(id, s.guardians);
    appendAudit(m_db, m_actor, QStringLiteral("create"), QStringLiteral("student"), id);
    return id;
}

qint64 StudentRepository::add(const Student &student)
{
    Transaction tx(m_db);
    const qint64 id = insertOne(student, storesIdCard());
    tx.commit();
    return id;
}

void StudentRepository::addAll(const QList<Student> &students)
{
    Transaction tx(m_db);
    const bool storeIdCard = storesIdCard();
    for (const auto &s : students)
        insertOne(s, storeIdCard);
    tx.commit();
}

void StudentRepository::update(const Student &s)
{
    requireValid(s);
    Transaction tx(m_db);
    if (const qint64 other = idOf(s.studentNo.trimmed()); other && other != s.id)
        throw Error(ErrorKind::Rejected, Tr::tr("Student number (学籍号) %1 is already used by another student.").arg(s.studentNo));
    Statement st(m_db, "UPDATE students SET student_no = ?, name = ?, gender = ?, birth_date = ?, grade = ?, class_name = ?, "
                       "ethnicity = ?, boarding = ?, special_flags = ?, status = ?, updated_at = ?, search_key = ?, "
                       "id_card = ? WHERE id = ?");
    bindStudent(st, s, storesIdCard());
    st.bind(14, s.id).run();
    if (m_db.changes() != 1)
        throw Error(ErrorKind::Rejected, Tr::tr("The student record no longer exists; it may have been deleted."));
    Statement del(m_db, "DELETE FROM guardians WHERE student_id = ?");
    del.bind(1, s.id).run();
    writeGuardians(s.id, s.guardians);
    appendAudit(m_db, m_actor, QStringLiteral("update"), QStringLiteral("student"), s.id);
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

void StudentRepository::writeGuardians(qint64 studentId, const QList<Guardian> &guardians)
{
    for (int i = 0; i < guardians.size(); ++i) {
        const Guardian &g = guardians.at(i);
        Statement &st = m_db.cached("INSERT INTO guardians (student_id, position, name, relation, phone) VALUES (?, ?, ?, ?, ?)");
        st.bind(1, studentId).bind(2, i).bind(3, g.name.trimmed()).bind(4, g.relation.trimmed()).bind(5, g.phone.trimmed());
        st.run();
    }
}

void StudentRepository::loadGuardians(Student &s)
{
    Statement st(m_db, "SELECT name, relation, phone FROM guardians WHERE student_id = ? ORDER BY position");
    st.bind(1, s.id);
    while (st.step())
        s.guardians.append({st.text(0), st.text(1), st.text(2)});
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
    Student s = readStudent(st);
    loadGuardians(s);
    return s;
}

std::optional<Student> StudentRepository::findByStudentNo(const QString &studentNo)
{
    Statement st(m_db, XINAN_STUDENT_SELECT "WHERE student_no = ?");
    st.bind(1, studentNo);
    if (!st.step())
        return std::nullopt;
    Student s = readStudent(st);
    loadGuardians(s);
    return s;
}

QList<Student> StudentRepository::list()
{
    Statement st(m_db, XINAN_STUDENT_SELECT "ORDER BY grade, class_name, name");
    QList<Student> out;
    while (st.step())
        out.append(readStudent(st));
    return out;
}

StudentCounts StudentRepository::counts()
{
    // One scan of the table: the first screen after unlocking waits for this.
    StudentCounts c;
    Statement st(m_db, "SELECT grade, special_flags, boarding, status = 'enrolled', count(*) FROM students "
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
