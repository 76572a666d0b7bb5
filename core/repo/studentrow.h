#pragma once
// Reading a student row: the one column list and its mapping, shared by the repositories that
// load whole students (StudentRepository, StudentBatch). Internal to core/repo.

#include "../domain/student.h"
#include "../store/database.h"

// A macro so that each query stays one string literal.
#define XINAN_STUDENT_SELECT                                                                                                     \
    "SELECT id, student_no, name, gender, birth_date, grade, class_name, ethnicity, boarding, special_flags, status, id_card "   \
    "FROM students "

namespace xinan {

// A row of XINAN_STUDENT_SELECT as a Student (without guardians).
inline Student studentFromRow(const Statement &st)
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

} // namespace xinan
