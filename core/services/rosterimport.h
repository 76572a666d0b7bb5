#pragma once
// Roster import (学籍 lists from the national registry or hand-made class lists): read an .xlsx
// or .csv file, map its columns to student fields, validate and compare every row with the
// database, then write the plan in one transaction. Planning and applying are a StudentBasic
// write (counsellors only): any other role gets Error(Denied) from planRosterImport already.

#include "../domain/student.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace xinan {

class Database;

struct RosterTable
{
    QString path;
    QString format; // "xlsx" | "csv"
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "GB18030"; "UTF-8" for xlsx
    QStringList headers;
    QList<QStringList> rows; // cells as text, trimmed; as many cells as headers
    QList<int> fileRows; // for each row, its 1-based row number in the file (as Excel shows it)
    int headerRow = 0; // 1-based row number of the header row
    bool date1904 = false; // xlsx: date serial numbers count from 1904 (old Mac Excel)
};

// Reads .xlsx (first sheet) or .csv/.txt; detects UTF-8 (with/without BOM) vs GB18030; finds
// the header row (first row with >= 2 recognised headers, within the first 10 rows).
// Throws Error(Rejected) naming the file and why (unreadable, too big, not a table, empty, no
// header row).
RosterTable readRoster(const QString &path);
// The same from bytes already in memory; format is "xlsx" or "csv". `name` is used in messages.
RosterTable readRosterFromBytes(const QByteArray &bytes, const QString &format, const QString &name = QString());

// Limits against huge files and zip bombs.
constexpr qint64 MaxRosterFileBytes = 50LL * 1024 * 1024;
constexpr int MaxRosterRows = 500000;

enum class RosterField {
    Ignore,
    StudentNo,
    Name,
    Gender,
    BirthDate,
    Grade,
    ClassName,
    Ethnicity,
    Boarding,
    LeftBehind,
    SingleParent,
    Orphan,
    Migrant,
    Disability,
    FinancialHardship,
    GuardianName,
    GuardianRelation,
    GuardianPhone,
    Status,
    Guardian2Name, // the registry's 成员2姓名 / 成员2关系 / 成员2联系电话
    Guardian2Relation,
    Guardian2Phone,
};
QList<RosterField> allRosterFields();
QString rosterFieldName(RosterField f); // translated, e.g. "Student number (学籍号)"
// Column index -> field, by header synonyms. Each field is mapped at most once (the first or
// the best match); unrecognised columns are left out (= Ignore). In the national registry's
// export (columns 成员1姓名 … 成员2联系电话: the family members, who are the guardians), a plain
// 联系电话 is the student's own number and is left out.
// The registry's own columns and values are understood: 就读方式 (走读 / 住校) is boarding,
// 是否留守儿童 holds 非留守儿童 / 单亲留守儿童 / 双亲留守儿童, 残疾类型 holds 无残疾 / 视力残疾 …,
// coded values ("1-男", "09-布依族", "2-住校", "1-是") and 8-digit dates (20120315).
QMap<int, RosterField> guessRosterMapping(const QStringList &headers);

struct RowProblem
{
    int fileRow = 0; // 1-based row in the file as a teacher sees it in Excel
    QString column; // header text
    QString value;
    QString reason; // translated
};

struct ImportPlan
{
    int totalRows = 0;
    QList<Student> toAdd;
    QList<Student> toUpdate; // with id set; the full new record
    QStringList unchanged; // 学籍号
    QList<Student> missing; // enrolled in the database, absent from the file
    QList<RowProblem> problems;
    QSet<int> invalidRows; // file rows with at least one problem
    // Not errors, for the report: what was read in a way the teacher should know (a parent's
    // phone without a name, kept with the name unknownGuardianName()).
    QList<RowProblem> notes;
    bool mapsGuardians = false; // the file maps guardian columns (guardians get replaced)
    QString source; // the file's name, for the audit log
};

// The name recorded for a guardian whose phone number the file gives without a name.
QString unknownGuardianName();

// Validates every row and compares with the database. Reads only. Matching is by 学籍号 (case
// and full-width insensitive). For students already in the database, empty cells and unmapped
// columns keep the stored values; guardians are replaced only when guardian columns are mapped
// (with the file's guardians: one, or the registry's 成员1 and 成员2). Throws Error(Rejected) when the mapping has no StudentNo
// or no Name column.
ImportPlan planRosterImport(Database &db, const RosterTable &table, const QMap<int, RosterField> &mapping);

struct ImportOptions
{
    bool skipInvalid = false;
    std::function<bool(int done, int total)> progress; // return false to cancel
};

struct ImportResult
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int skippedRows = 0;
};

// One transaction. Throws Error(Rejected) when the plan has problems and !skipInvalid (nothing
// written); Error(Other, "cancelled…") when progress() returns false (nothing written); any
// failure midway rolls everything back. Safe to call from a worker thread when nothing else
// uses db meanwhile.
ImportResult applyRosterImport(Database &db, const QString &actor, const ImportPlan &plan, const ImportOptions &options);

// "Row 3, column 出生日期, value "2013-13-01": …" lines (translated), at most `limit`, then a
// line saying how many more there are.
QString formatProblems(const QList<RowProblem> &problems, int limit = 200);

} // namespace xinan
