#include "studentlisting.h"

#include "../store/database.h"

#include <QRegularExpression>

namespace xinan {

QList<Student> listStudents(Database &db, const StudentFilter &filter)
{
    // LIKE with an escape character, so that a typed % or _ matches itself.
    QString needle = filter.search.trimmed().toLower();
    needle.remove(QRegularExpression(QStringLiteral("\\s")));
    needle.replace(u'\\', QLatin1String("\\\\")).replace(u'%', QLatin1String("\\%")).replace(u'_', QLatin1String("\\_"));
    Statement st(db, "SELECT id, student_no, name, gender, birth_date, grade, class_name, ethnicity, boarding, special_flags, status "
                     "FROM students WHERE (?1 = '' OR search_key LIKE '%' || ?1 || '%' ESCAPE '\\') "
                     "AND (?2 = 0 OR grade = ?2) AND (?3 = '' OR class_name = ?3) ORDER BY grade, class_name, name, student_no");
    st.bind(1, needle).bind(2, filter.grade).bind(3, filter.className.trimmed());
    QList<Student> out;
    while (st.step()) {
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
        out.append(s);
    }
    return out;
}

} // namespace xinan
