#pragma once
// Screening import: a sheet of the kind online survey tools (问卷星, 腾讯问卷, …) export, one row
// per respondent, read with core/io's CSV and xlsx readers, matched to students and checked
// (plan: nothing written), then recorded in one transaction (apply).
//
// Columns. Survey tools number every question, the identity questions too ("1、学籍号",
// "4、做事时提不起劲…"); the number ("1、", "1.", "1．", "Q1", "第1题", "(1)") is set aside
// first. The header row is the first of the first 10 rows that names 学籍号 or 姓名 (the roster
// import's header synonyms). Identity columns: 学籍号, or 姓名 + 班级 (+ 年级); columns such as
// 序号, 提交时间, 性别 or 总分 are neither identity nor items. Item columns:
//   1. by wording: the header holds the item's text (tolerant of punctuation, spaces and
//      full-width forms), the start of it (4 characters or more), or a longer text ending in it;
//   2. by a bare number ("1", "Q1", "第1题") when the identity headers carry no question numbers;
//   3. the items left, in order, among the columns left (between the matched items around them;
//      the first columns after the identity columns when nothing matched).
// A column matching several items, an item matched by several columns, or a gap whose columns
// do not fit its items is refused, naming the columns.
// Answers: an option's text ("好几天", "B、好几天", "有几天", "1分", a bare letter "B") or a digit.
// Digits are option scores (0–3) or option positions (1–4, 问卷星's 按序号): see AnswerCoding.
// Rows are matched by 学籍号 when the row has one, else by name + class (+ grade) among the
// enrolled students.

#include "../domain/instrument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace xinan {

class Database;

struct ScreeningSheet
{
    QString path;
    QStringList headers;
    QList<QStringList> rows; // cells as text, trimmed; as many cells as headers
    QList<int> fileRows; // 1-based row number of each row in the file
    int headerRow = 0; // 1-based
};

// Reads .xlsx (first sheet) or .csv (UTF-8 or GB18030). Throws Error(Rejected) naming the file
// and the problem (unreadable, too big, no header row, no rows).
ScreeningSheet readScreeningSheet(const QString &path);
ScreeningSheet readScreeningSheetFromBytes(const QByteArray &bytes, const QString &format, const QString &name);

struct ScreeningColumns
{
    int studentNo = -1;
    int name = -1;
    int className = -1;
    int grade = -1;
    QList<int> items; // column of item 1, 2, … N
};

// Throws Error(Rejected) when the sheet has neither a 学籍号 column nor 姓名 + 班级, or fewer
// item columns than the instrument has items.
ScreeningColumns guessScreeningColumns(const QStringList &headers, const Instrument &instrument);

enum class ScreeningProblemKind {
    UnknownStudentNo, // no student has the 学籍号
    Ambiguous, // several enrolled students have the name in the class
    NotFound, // no enrolled student has the name in the class
    NoIdentity, // neither 学籍号 nor name + class
    OutOfRange, // an answer that is none of the options (or missing)
    Duplicate, // the student is on an earlier row, or already has a result in the drive
};

struct ScreeningProblem
{
    int fileRow = 0;
    ScreeningProblemKind kind = ScreeningProblemKind::NotFound;
    int item = 0; // OutOfRange: the item number
    QString value;
    QString reason; // translated
};

// What a digit answer means. Scores: the digit is the option's value (PHQ-9: 0–3). Positions:
// the digit is the option's place in the list, the first being 1 (问卷星's 按序号 download: 1–4).
enum class AnswerCoding { Scores, Positions };

struct ScreeningPlanOptions
{
    // The user's choice; nullopt: decided from the digits (a digit only one coding has, such as
    // 0 or 4, decides; digits both codings read differently, such as only 1–3, leave it open).
    std::optional<AnswerCoding> coding;
};

struct ScreeningRow
{
    int fileRow = 0;
    qint64 studentId = 0;
    QString studentNo;
    QString name;
    QList<int> answers;
};

struct ScreeningPlan
{
    QString instrumentId;
    QString driveName;
    int totalRows = 0;
    ScreeningColumns columns;
    QList<ScreeningRow> matched; // rows without problems
    QList<ScreeningProblem> problems;
    QSet<int> invalidRows; // file rows with at least one problem
    // How the digit answers were read: nullopt when no digit answer depends on it.
    std::optional<AnswerCoding> coding;
    // The digits fit both codings and none was chosen: nothing can be imported (matched rows
    // hold no answers) until the user chooses (ScreeningPlanOptions::coding).
    bool codingNeedsChoice = false;
    QString codingNote; // translated, for the report: how the digits were read, or why a choice is needed
};

// Reads only. Throws Error(Rejected) when the columns cannot be matched (see above) or when,
// with no coding chosen, the digits contradict each other (a 0, which only scores have, and a 4,
// which only positions have), naming the row and column of each.
ScreeningPlan planScreeningImport(Database &db, const ScreeningSheet &sheet, const Instrument &instrument,
    const QString &driveName, const ScreeningPlanOptions &options = {});

struct ScreeningImportOptions
{
    bool skipInvalid = false;
    QString term; // for a new drive
    QDate takenOn; // null: today
};

struct ScreeningImportResult
{
    int recorded = 0;
    int skippedRows = 0;
    int critical = 0;
    int needsInterview = 0;
    int raisedToYellow = 0;
};

// One transaction (ScreeningRepository::record). Throws Error(Rejected), writing nothing, when
// the plan has problems and !skipInvalid, or when its coding needs a choice.
ScreeningImportResult applyScreeningImport(Database &db, const QString &actor, const ScreeningPlan &plan,
    const Instrument &instrument, const ScreeningImportOptions &options);

// Paper forms typed as one digit per item ("012310200" for PHQ-9; spaces ignored, full-width
// digits accepted). On a problem, answers is empty, item names the first wrong item (0 when the
// length is wrong) and problem says what is wrong (translated).
struct DigitAnswers
{
    QList<int> answers;
    int item = 0;
    QString problem;
    bool ok() const { return problem.isEmpty(); }
};
DigitAnswers answersFromDigits(const Instrument &instrument, const QString &text);

// "Row 3: …" lines (translated), at most `limit`, then how many more there are.
QString formatScreeningProblems(const QList<ScreeningProblem> &problems, int limit = 200);

} // namespace xinan
