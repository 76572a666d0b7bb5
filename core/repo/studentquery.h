#pragma once
// The student list's reads: filtered, sorted pages of students (StudentQuery, in SQL) and the
// in-memory search index the list view uses for search-as-you-type (StudentSearchIndex).
//
// Why two: a `search_key LIKE '%…%'` can use no index, so every keystroke scans and sorts the
// whole table in SQL; at 200,000 students that misses the 30 ms per keystroke budget (see
// docs/performance.md, "Student list"). StudentSearchIndex loads id, search key and the
// filter/sort columns once, keeps each sort order as a permutation and filters in C++; the
// view then reads only the ~200 visible rows by id (StudentQuery::rows). Both give exactly the
// same rows in the same order; a test holds them to it.
//
// Both read DataKind::StudentBasic: a class teacher's queries, counts and index hold only the
// students of its classes (the condition is in the SQL, so the rest is never read), and rows()
// of another class's student is Error(Denied).

#include "../domain/student.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

namespace xinan {

class Database;

struct StudentFilter
{
    enum class Scope {
        Current, // status 在读
        Archived, // 毕业, 转出, 休学: kept, hidden from the default list
        All
    };
    QString text; // name, pinyin, pinyin initials or 学籍号, any part
    int grade = 0; // 0: every grade
    QString className; // empty: every class
    int specialFlags = 0; // any of these SpecialCircumstance bits; 0: no condition
    Scope scope = Scope::Current;
    bool operator==(const StudentFilter &) const = default;
};

// One line of the student list (no guardians, no ID-card number).
struct StudentRow
{
    qint64 id = 0; // 0: the student no longer exists
    QString studentNo;
    QString name;
    Gender gender = Gender::Unknown;
    QDate birthDate;
    int grade = 0;
    QString className;
    QString ethnicity;
    bool boarding = false;
    int specialFlags = 0;
    StudentStatus status = StudentStatus::Enrolled;
};

// Every order ends with the student's id, so that it is total and pages never overlap.
// Names sort by pinyin (the search key after the name), which is how Chinese lists are read;
// classes sort by length first, so that 2班 comes before 10班.
enum class StudentSort {
    Grade, // grade, class, name
    Name, // name
    StudentNo, // 学籍号 (ignoring letter case)
    BirthDate // birth date (unknown first), then name
};

// What the search box's text means for matching: trimmed, lower case, without '|' (the search
// key's separator).
QString normalizedSearchText(const QString &text);

class StudentQuery final
{
public:
    explicit StudentQuery(Database &db);

    int count(const StudentFilter &filter);
    QList<StudentRow> page(const StudentFilter &filter, StudentSort sort, bool ascending, int offset, int limit);
    // Class names in use (of one grade, or of all with 0), in list order.
    QStringList classNames(int grade = 0);
    // Grades that have students, ascending.
    QList<int> grades();
    // The rows of these students, in the same order; a student that no longer exists gives a
    // row with id 0.
    QList<StudentRow> rows(const std::vector<qint64> &ids);

private:
    Database &m_db;
};

// Every student's id, search key and filter and sort columns, held in memory (about 60 bytes
// a student) so that a keystroke costs a scan of memory, not of the encrypted table.
class StudentSearchIndex final
{
public:
    StudentSearchIndex() = default;
    // One scan of the students table.
    static StudentSearchIndex load(Database &db);

    int size() const { return static_cast<int>(m_entries.size()); }
    // The ids of the students that pass the filter, in the given order. The filter scans the
    // entries in storage order (sequential memory), then the sort order picks the hits. When
    // only the text changed and the new text contains the previous one (typing on), only the
    // previous hits are tested again.
    std::vector<qint64> match(const StudentFilter &filter, StudentSort sort, bool ascending);

private:
    struct Entry
    {
        qint64 id;
        quint32 keyBegin; // search key: m_keys[keyBegin, next entry's keyBegin)
        quint32 pinyinBegin; // the key after the name: pinyin, initials, 学籍号
        quint32 studentNoBegin; // the key's last part: the 学籍号 in lower case
        quint32 birth; // yyyymmdd; 0 when unknown
        quint16 classRank; // position of the class name in list order
        quint8 grade;
        quint8 specialFlags;
        bool current; // status 在读
    };
    std::string_view key(quint32 i) const;
    std::string_view pinyinKey(quint32 i) const;
    std::string_view studentNoKey(quint32 i) const;
    const std::vector<quint32> &order(StudentSort sort);
    void sortByText(std::vector<quint32> &order, std::string_view (StudentSearchIndex::*part)(quint32) const) const;
    bool passesColumns(const Entry &e, const StudentFilter &filter, int classRank) const;

    std::vector<Entry> m_entries;
    std::vector<qint64> m_ids; // the entries' ids, compact for picking the hits
    std::string m_keys; // every search key, UTF-8, back to back
    QStringList m_classes; // in list order; Entry::classRank indexes it
    std::vector<quint32> m_orders[4]; // by StudentSort, built when first asked for
    // The previous match, for typing on: its filter and which entries passed it.
    StudentFilter m_lastFilter;
    std::vector<quint8> m_lastHits;
    bool m_hasLast = false;
};

} // namespace xinan
