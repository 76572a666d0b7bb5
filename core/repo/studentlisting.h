#pragma once
// The filtered student list of `xinan-cli students list`: search over name, pinyin, pinyin
// initials and 学籍号 (the search_key column), grade and class.

#include "../domain/student.h"

#include <QList>
#include <QString>

namespace xinan {

class Database;

struct StudentFilter
{
    QString search;    // matched against the search key (case-insensitive); empty: everyone
    int grade = 0;     // 0: every grade
    QString className; // exact; empty: every class
};

// Without guardians, ordered by grade, class, name.
QList<Student> listStudents(Database &db, const StudentFilter &filter);

} // namespace xinan
