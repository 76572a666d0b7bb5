#pragma once
// Home-visit import (家访记录导入): the sheet class teachers keep (.xlsx, or .csv in UTF-8 or
// GBK), one visit a row, read with core/io's readers and the roster import's value parsers,
// matched to students and checked (plan: reads only), then recorded in one transaction through
// HomeVisitRepository::addAll (apply).
//
// Columns (header synonyms; the header row is the first of the first 10 rows naming at least two
// of them):
//   姓名/学生姓名; 学籍号/学号/学籍编号; 班级/所在班级 (七(1)班, 七年级1班, 初一(1)班, 7.1, or
//   a separate 年级 column); 家访日期/日期/时间 (text dates 2026-10-15, 2026/10/15, 2026.10.15,
//   2026年10月15日, 10月15日 (the latest such day not after today), with an optional time
//   14:30, or a spreadsheet date serial, with its fraction as the time); a second column 时间
//   beside a 日期 column is the time of day; 家访形式/方式 (实地/上门/入户/走访 → 实地,
//   电话 → 电话, 视频/微信视频 → 视频, 到校/约谈/来校 → 到校约谈); 家访教师/教师/走访人 (one or
//   more names split on 、，, ; / and spaces; a name that is an account's name is that account:
//   a counselling teacher's as 心理教师, the head's as 校领导, others as 班主任; any other name
//   as 班主任); 家访内容/情况/家访记录 → the student at home (HomeVisit::studentAtHome);
//   家长意见/家长建议 → the parents' views; optional 家访目的 (常规 when empty), 家庭情况 (its
//   text as the family notes, and the tags its words name: 单亲, 留守, 隔代, 低保, 残疾, 随迁,
//   重组, 困难), 接待人/家长姓名 → who was met, 关系 → their relation, 家校共识 → what was agreed.
// Required: 学籍号 or 姓名, the date, the form and the visitors.
//
// Rows: a student is matched by 学籍号 when the row has one (a name on the row must then be
// that student's), else by name and class (grade and class as teachers write them), else, with
// no class, by name alone. Two students of the name in the class, or a name alone matching more
// than one student, refuse the row; a student not found, or not 在读, is a bad row; so is a row
// the reader may not record (a class teacher: a student outside their classes, refused by name),
// a future or impossible date, an unknown form or purpose, a missing visitor, an over-long text.
// Each row is one visit of one student: rows for siblings on the same day stay separate visits.
// A row repeating an earlier row (same student, day and form) or a visit already recorded (same
// student, day and form) is a bad row, so a sheet imported twice adds nothing the second time
// (with skip-invalid: only its new rows).

#include "../repo/homevisitrepository.h"
#include "rosterimport.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace xinan {

class Database;

struct VisitSheet
{
    QString path;
    QString format; // "xlsx" | "csv"
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "GB18030"; "UTF-8" for xlsx
    QStringList headers;
    QList<QStringList> rows; // trimmed cells, as many as headers
    QList<int> fileRows; // 1-based row number of each row, as the spreadsheet shows it
    int headerRow = 0;
    bool date1904 = false;
};

// Throws Error(Rejected) naming the file and why (unreadable, too big, no header row, no rows).
VisitSheet readVisitSheet(const QString &path);
VisitSheet readVisitSheetFromBytes(const QByteArray &bytes, const QString &format, const QString &name);

enum class VisitColumn {
    StudentNo,
    Name,
    Grade,
    ClassName,
    Date,
    Time,
    Form,
    Visitors,
    StudentAtHome,
    ParentsViews,
    Purpose,
    Family,
    MetWhom,
    MetRelation,
    Agreed,
};
QString visitColumnName(VisitColumn column); // translated: "Visit date (家访日期)"
// Column index per field, by header synonyms (each field once, the best match).
QMap<VisitColumn, int> guessVisitColumns(const QStringList &headers);

struct VisitImportRow
{
    int fileRow = 0;
    HomeVisit visit; // imported = true, one student
    QString studentNo;
    QString studentName;
    int grade = 0;
    QString className;
};

struct VisitImportPlan
{
    QString source; // the file's name
    int totalRows = 0;
    QMap<VisitColumn, int> columns;
    QList<VisitImportRow> valid; // rows without problems, in file order
    QList<RowProblem> problems; // row, column header, value, why (translated)
    QSet<int> invalidRows;
};

// Reads only (students, accounts' names, the students' recorded visits). Needs HomeVisits write
// (Error(Denied) otherwise). Throws Error(Rejected) naming the missing columns when the sheet
// lacks a required one.
VisitImportPlan planVisitImport(Database &db, const VisitSheet &sheet);

struct VisitImportResult
{
    int imported = 0;
    int skippedRows = 0;
};

// One transaction (HomeVisitRepository::addAll). Throws Error(Rejected), writing nothing, when
// the plan has problems and !skipInvalid.
VisitImportResult applyVisitImport(Database &db, const QString &actor, const VisitImportPlan &plan, bool skipInvalid);

namespace visitimport {
// The cell parsers, for tests. Class: "七(1)班", "七年级1班", "初一(1)班", "7.1", "7-1" (grade in
// *grade, 0 when the text has none) → "1班"; empty when the text is no class.
QString parseClass(const QString &text, int *grade);
std::optional<VisitForm> parseForm(const QString &text);
std::optional<VisitPurpose> parsePurpose(const QString &text);
// Date and optional time; `serials` for xlsx cells. Null when not a date.
QDateTime parseDateTime(const QString &text, bool serials, bool date1904);
// A time of day: 14:30, 下午3点, 3点半; a spreadsheet fraction of a day when `serials`.
std::optional<QTime> parseTime(const QString &text, bool serials);
QStringList familyTagsIn(const QString &text);
QStringList splitNames(const QString &text);
} // namespace visitimport

} // namespace xinan
