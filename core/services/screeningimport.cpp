// Screening import: sheet → columns → plan → apply. See screeningimport.h for the column rules.
#include "screeningimport.h"

#include "../error.h"
#include "../io/csvreader.h"
#include "../io/xlsxreader.h"
#include "../platform/clock.h"
#include "../repo/screeningrepository.h"
#include "../store/database.h"
#include "rostervalues.h"
#include "screeningcolumns.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScreeningImport)
};

using screening::columnLabel;
using screening::identityField;
using screening::textKey;

constexpr int HeaderSearchRows = 10;

// One answer cell, read: empty, an option's value (from its text), a digit (meaning depends on
// the coding) or nothing the instrument knows.
struct Cell
{
    enum Kind { Empty, Option, Digit, Invalid } kind = Empty;
    int value = 0;
};

// The published wording of the frequency options and the variants survey tools and schools use.
QStringList optionVariants(const QString &labelKey)
{
    static const QList<QStringList> groups {
        { QStringLiteral("完全不会"), QStringLiteral("没有"), QStringLiteral("完全没有"), QStringLiteral("从来没有"),
            QStringLiteral("从不"), QStringLiteral("根本没有"), QStringLiteral("无") },
        { QStringLiteral("好几天"), QStringLiteral("有几天"), QStringLiteral("几天"), QStringLiteral("有些天"),
            QStringLiteral("数天") },
        { QStringLiteral("一半以上的天数"), QStringLiteral("一半以上时间"), QStringLiteral("一半以上的时间"),
            QStringLiteral("一半以上天数"), QStringLiteral("一半以上"), QStringLiteral("超过一周"),
            QStringLiteral("超过一半的天数"), QStringLiteral("超过半数天数") },
        { QStringLiteral("几乎每天"), QStringLiteral("几乎天天"), QStringLiteral("每天"), QStringLiteral("几乎每一天") },
    };
    for (const QStringList &g : groups)
        if (g.contains(labelKey))
            return g;
    return { labelKey };
}

Cell readCell(const Instrument &instrument, const QString &text)
{
    QString t = roster::toHalfWidth(text).trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression digits(QStringLiteral(R"(^(\d{1,3})(?:\.0+)?$)"));
    if (const auto m = digits.match(t); m.hasMatch())
        return { Cell::Digit, m.captured(1).toInt() };
    // "A." "A、" "A " "(A)" before the option text; a bare letter is the option at that place.
    static const QRegularExpression letter(QStringLiteral(R"(^\(?([A-Za-z])\)?(?:\s*[.、:)]\s*|\s+|$)(?=\P{Latin}|$))"));
    int position = 0;
    if (const auto m = letter.match(t); m.hasMatch()) {
        position = m.captured(1).toUpper().at(0).unicode() - u'A' + 1;
        t = t.mid(m.capturedEnd(0)).trimmed();
    }
    // "0分", "(0分)": the score written out.
    static const QRegularExpression points(QStringLiteral(R"([(\[]?\s*(\d{1,2})\s*分\s*[)\]]?)"));
    std::optional<int> written;
    if (const auto m = points.match(t); m.hasMatch()) {
        written = m.captured(1).toInt();
        t.remove(m.capturedStart(0), m.capturedLength(0));
    }
    const QString key = textKey(t);
    std::optional<int> value;
    if (!key.isEmpty()) {
        for (const InstrumentOption &o : instrument.options)
            if (optionVariants(textKey(o.label)).contains(key))
                value = o.value;
        if (!value)
            return { Cell::Invalid };
    } else if (written) {
        value = written;
    } else if (position >= 1 && position <= instrument.options.size()) {
        value = instrument.options.at(position - 1).value;
    }
    if (!value || !instrument.isOption(*value) || (written && *written != *value))
        return { Cell::Invalid };
    if (position >= 1 && (position > instrument.options.size() || instrument.options.at(position - 1).value != *value))
        return { Cell::Invalid };
    return { Cell::Option, *value };
}

// A digit's value under a coding, or nullopt when that coding has no such digit.
std::optional<int> digitValue(const Instrument &instrument, int digit, AnswerCoding coding)
{
    if (coding == AnswerCoding::Scores)
        return instrument.isOption(digit) ? std::optional<int>(digit) : std::nullopt;
    if (digit >= 1 && digit <= instrument.options.size())
        return instrument.options.at(digit - 1).value;
    return std::nullopt;
}

ScreeningSheet sheetFromGrid(io::CellGrid grid, const QString &name)
{
    int header = -1;
    for (int i = 0; i < std::min<int>(HeaderSearchRows, static_cast<int>(grid.rows.size())); ++i) {
        for (const QString &cell : grid.rows.at(i)) {
            const RosterField f = identityField(cell);
            if (f == RosterField::StudentNo || f == RosterField::Name)
                header = i;
        }
        if (header >= 0)
            break;
    }
    if (header < 0)
        throw Error(ErrorKind::Rejected,
            Tr::tr("%1 has no header row: none of its first %2 rows names a 学籍号 or 姓名 column. Add a header "
                   "row above the answers.")
                .arg(name)
                .arg(HeaderSearchRows));
    ScreeningSheet sheet;
    sheet.path = name;
    sheet.headerRow = grid.fileRows.at(header);
    sheet.headers = grid.rows.at(header);
    qsizetype width = sheet.headers.size();
    for (qsizetype i = header + 1; i < grid.rows.size(); ++i)
        width = std::max(width, grid.rows.at(i).size());
    while (sheet.headers.size() < width)
        sheet.headers.append(QString());
    for (qsizetype i = header + 1; i < grid.rows.size(); ++i) {
        QStringList row = std::move(grid.rows[i]);
        while (row.size() < width)
            row.append(QString());
        sheet.rows.append(std::move(row));
        sheet.fileRows.append(grid.fileRows.at(i));
    }
    if (sheet.rows.isEmpty())
        throw Error(
            ErrorKind::Rejected, Tr::tr("%1 has a header row (row %2) but no answers below it.").arg(name).arg(sheet.headerRow));
    return sheet;
}

QString problemText(const ScreeningProblem &p)
{
    return p.kind == ScreeningProblemKind::OutOfRange
        ? Tr::tr("Row %1, item %2, value \"%3\": %4").arg(p.fileRow).arg(p.item).arg(p.value, p.reason)
        : Tr::tr("Row %1: %2").arg(p.fileRow).arg(p.reason);
}

} // namespace

ScreeningSheet readScreeningSheetFromBytes(const QByteArray &bytes, const QString &format, const QString &name)
{
    if (bytes.size() > io::MaxFileBytes)
        throw Error(ErrorKind::Rejected,
            Tr::tr("%1 is larger than %2 MB; XinAn does not import files that large.")
                .arg(name)
                .arg(io::MaxFileBytes / (1024 * 1024)));
    if (bytes.trimmed().isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("%1 is empty.").arg(name));
    if (bytes.startsWith("PK\x03\x04") || format == u"xlsx")
        return sheetFromGrid(io::readXlsx(bytes, name), name);
    const auto decoded = io::decodeText(bytes);
    if (!decoded)
        throw Error(ErrorKind::Rejected,
            Tr::tr("%1 is not a text table: it is neither UTF-8 nor GB18030 (GBK) text. Save it from Excel or WPS "
                   "as CSV.")
                .arg(name));
    return sheetFromGrid(io::parseCsv(decoded->text, io::sniffDelimiter(decoded->text), name), name);
}

ScreeningSheet readScreeningSheet(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        throw Error(ErrorKind::Rejected, Tr::tr("%1 does not exist or is not a file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Rejected, Tr::tr("%1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(io::MaxFileBytes + 1);
    const QString suffix = info.suffix().toLower();
    return readScreeningSheetFromBytes(
        bytes, (suffix == u"xlsx" || suffix == u"xlsm") ? QStringLiteral("xlsx") : QStringLiteral("csv"), path);
}

ScreeningPlan planScreeningImport(Database &db, const ScreeningSheet &sheet, const Instrument &instrument,
    const QString &driveName, const ScreeningPlanOptions &planOptions)
{
    // Planning reads the roster to match the sheet's answers: the work of whoever records them.
    requireAccess(db.access(), DataKind::Screening, AccessOp::Write);
    requireAccess(db.access(), DataKind::ScreeningAnswers, AccessOp::Write);
    ScreeningPlan plan;
    plan.instrumentId = instrument.id;
    plan.driveName = driveName.trimmed();
    plan.totalRows = static_cast<int>(sheet.rows.size());
    plan.columns = guessScreeningColumns(sheet.headers, instrument);
    const ScreeningColumns &c = plan.columns;

    ScreeningRepository repo(db, QString());
    QHash<QString, const ScreeningStudent *> byNo;
    QHash<QString, QList<const ScreeningStudent *>> byNameClass; // enrolled only
    const QList<ScreeningStudent> students = repo.students();
    for (const ScreeningStudent &s : students) {
        byNo.insert(roster::normaliseStudentNo(s.studentNo), &s);
        if (s.enrolled)
            byNameClass[s.name + u'|' + s.className].append(&s);
    }
    QSet<qint64> recorded;
    if (const auto drive = repo.findDrive(plan.driveName))
        recorded = repo.studentsWithResult(drive->id, instrument.id);
    QHash<qint64, int> seenOn; // student → first file row

    // Every answer cell read once; then what the digits say about their coding.
    QList<QList<Cell>> cells;
    cells.reserve(sheet.rows.size());
    struct Seen
    {
        int fileRow = 0;
        int column = -1;
        int digit = 0;
    };
    std::optional<Seen> onlyScores, onlyPositions, either; // first digit only that coding has / both read differently
    for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
        QList<Cell> row;
        for (int column : c.items) {
            const Cell cell = readCell(instrument, sheet.rows.at(r).at(column));
            row.append(cell);
            if (cell.kind != Cell::Digit)
                continue;
            const auto asScore = digitValue(instrument, cell.value, AnswerCoding::Scores);
            const auto asPosition = digitValue(instrument, cell.value, AnswerCoding::Positions);
            std::optional<Seen> *slot = nullptr;
            if (asScore && !asPosition)
                slot = &onlyScores;
            else if (asPosition && !asScore)
                slot = &onlyPositions;
            else if (asScore && asPosition && *asScore != *asPosition)
                slot = &either;
            if (slot && !*slot)
                *slot = Seen { sheet.fileRows.at(r), column, cell.value };
        }
        cells.append(std::move(row));
    }
    const auto where
        = [&](const Seen &s) { return Tr::tr("row %1, %2").arg(s.fileRow).arg(columnLabel(sheet.headers, s.column)); };
    const int optionCount = static_cast<int>(instrument.options.size());
    const QString scoreRange = Tr::tr("%1 to %2").arg(instrument.minOption()).arg(instrument.maxOption());
    if (planOptions.coding) {
        plan.coding = planOptions.coding;
    } else if (onlyScores && onlyPositions) {
        throw Error(ErrorKind::Rejected,
            Tr::tr("The digit answers contradict each other: %1 has %2, which only a score (%3) can be, and %4 has %5, which "
                   "only an option's "
                   "place in the list (1 to %6) can be. Check how the sheet was exported and correct it.")
                .arg(where(*onlyScores))
                .arg(onlyScores->digit)
                .arg(scoreRange, where(*onlyPositions))
                .arg(onlyPositions->digit)
                .arg(optionCount));
    } else if (onlyPositions) {
        plan.coding = AnswerCoding::Positions;
        plan.codingNote = Tr::tr(
            "The digit answers are the options' places in the list, the first option being 1 (as 问卷星's 按序号 download "
            "writes them): %1 has %2, which no score of %3 can be. They are read as the scores %4.")
                              .arg(where(*onlyPositions))
                              .arg(onlyPositions->digit)
                              .arg(instrument.shortName, scoreRange);
    } else if (onlyScores || either) {
        plan.coding = AnswerCoding::Scores;
        if (!onlyScores) {
            plan.coding.reset();
            plan.codingNeedsChoice = true;
            plan.codingNote = Tr::tr(
                "The digit answers fit both codings: they may be the scores (%1) or the options' places in the list, the "
                "first option being 1 (问卷星's 按序号 download). Choose how the first option (%2) is coded, 0 or 1, "
                "before importing.")
                                  .arg(scoreRange, instrument.options.value(0).label);
        }
    }

    for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
        const QStringList &row = sheet.rows.at(r);
        const int fileRow = sheet.fileRows.at(r);
        const auto problem = [&](ScreeningProblemKind kind, const QString &reason, int item = 0, const QString &value = {}) {
            plan.problems.append({ fileRow, kind, item, value, reason });
            plan.invalidRows.insert(fileRow);
        };
        const ScreeningStudent *student = nullptr;
        const QString no = c.studentNo >= 0 ? roster::normaliseStudentNo(row.at(c.studentNo)) : QString();
        if (!no.isEmpty()) {
            student = byNo.value(no);
            if (!student)
                problem(ScreeningProblemKind::UnknownStudentNo, Tr::tr("no student has the 学籍号 %1").arg(no));
        } else if (c.name >= 0 && c.className >= 0 && !row.at(c.name).isEmpty() && !row.at(c.className).isEmpty()) {
            const QString name = roster::normaliseName(row.at(c.name));
            int gradeInText = 0;
            const QString cls = roster::normaliseClassName(row.at(c.className), &gradeInText);
            int grade = gradeInText;
            if (c.grade >= 0)
                grade = roster::parseGrade(row.at(c.grade)).value_or(grade);
            QList<const ScreeningStudent *> found;
            for (const ScreeningStudent *s : byNameClass.value(name + u'|' + cls))
                if (grade == 0 || s->grade == grade)
                    found.append(s);
            if (found.size() == 1)
                student = found.first();
            else if (found.isEmpty())
                problem(ScreeningProblemKind::NotFound, Tr::tr("no enrolled student called %1 in class %2").arg(name, cls));
            else
                problem(ScreeningProblemKind::Ambiguous,
                    Tr::tr("%1 enrolled students are called %2 in class %3; add the 学籍号 to this row")
                        .arg(found.size())
                        .arg(name, cls));
        } else {
            problem(ScreeningProblemKind::NoIdentity, Tr::tr("the row has neither a 学籍号 nor a name and class"));
        }
        QList<int> answers;
        for (int i = 0; i < c.items.size(); ++i) {
            const QString &text = row.at(c.items.at(i));
            const Cell &cell = cells[r][i];
            std::optional<int> a;
            if (cell.kind == Cell::Option)
                a = cell.value;
            else if (cell.kind == Cell::Digit)
                a = digitValue(instrument, cell.value, plan.coding.value_or(AnswerCoding::Scores));
            if (a)
                answers.append(*a);
            else if (cell.kind == Cell::Digit && plan.coding == AnswerCoding::Positions)
                problem(ScreeningProblemKind::OutOfRange,
                    Tr::tr("not one of the options of %1, numbered 1 to %2")
                        .arg(instrument.shortName)
                        .arg(instrument.options.size()),
                    i + 1, text);
            else
                problem(ScreeningProblemKind::OutOfRange,
                    text.isEmpty() ? Tr::tr("the answer is missing")
                                   : Tr::tr("not one of the options of %1").arg(instrument.shortName),
                    i + 1, text);
        }
        if (plan.codingNeedsChoice)
            answers.clear();
        if (student) {
            if (recorded.contains(student->id))
                problem(ScreeningProblemKind::Duplicate,
                    Tr::tr("%1 (%2) already has a %3 result in the drive \"%4\"")
                        .arg(student->name, student->studentNo, instrument.shortName, plan.driveName));
            else if (seenOn.contains(student->id))
                problem(ScreeningProblemKind::Duplicate,
                    Tr::tr("%1 (%2) is already on row %3").arg(student->name, student->studentNo).arg(seenOn.value(student->id)));
            else
                seenOn.insert(student->id, fileRow);
        }
        if (student && !plan.invalidRows.contains(fileRow))
            plan.matched.append({ fileRow, student->id, student->studentNo, student->name, answers });
    }
    return plan;
}

ScreeningImportResult applyScreeningImport(Database &db, const QString &actor, const ScreeningPlan &plan,
    const Instrument &instrument, const ScreeningImportOptions &options)
{
    requireAccess(db.access(), DataKind::Screening, AccessOp::Write);
    requireAccess(db.access(), DataKind::ScreeningAnswers, AccessOp::Write);
    if (plan.codingNeedsChoice)
        throw Error(ErrorKind::Rejected,
            Tr::tr("Choose how the sheet's digit answers are coded (the first option as 0 or as 1); nothing was "
                   "imported."));
    if (!plan.problems.isEmpty() && !options.skipInvalid)
        throw Error(ErrorKind::Rejected,
            Tr::tr("%n row(s) of the sheet have problems; nothing was imported.", nullptr,
                static_cast<int>(plan.invalidRows.size())));
    ScreeningImportResult result;
    result.skippedRows = static_cast<int>(plan.invalidRows.size());
    if (plan.matched.isEmpty())
        return result;
    const QDate takenOn = options.takenOn.isValid() ? options.takenOn : clock::today();
    QList<ScreeningEntry> entries;
    entries.reserve(plan.matched.size());
    for (const ScreeningRow &row : plan.matched)
        entries.append({ row.studentId, row.answers, takenOn });
    const RecordOutcome o
        = ScreeningRepository(db, actor).record(plan.driveName, options.term, instrument, entries, QStringLiteral("imported"));
    result.recorded = o.recorded;
    result.critical = o.critical;
    result.needsInterview = o.needsInterview;
    result.raisedToYellow = o.raisedToYellow;
    return result;
}

DigitAnswers answersFromDigits(const Instrument &instrument, const QString &text)
{
    DigitAnswers out;
    QString digits = roster::toHalfWidth(text);
    digits.remove(u' ');
    const int n = static_cast<int>(instrument.items.size());
    QStringList options;
    for (const InstrumentOption &o : instrument.options)
        options.append(QString::number(o.value));
    const QString range = options.join(QStringLiteral("/"));
    for (int i = 0; i < digits.size() && i < n; ++i) {
        const QChar c = digits.at(i);
        if (!c.isDigit() || !instrument.isOption(c.digitValue())) {
            out.answers.clear();
            out.item = i + 1;
            out.problem
                = Tr::tr("Item %1: \"%2\" is not an answer of %3 (%4).").arg(i + 1).arg(c).arg(instrument.shortName, range);
            return out;
        }
        out.answers.append(c.digitValue());
    }
    if (digits.size() < n) {
        out.answers.clear();
        out.problem = digits.isEmpty()
            ? Tr::tr("Type the %1 answers, one digit per item (%2).").arg(n).arg(range)
            : Tr::tr("%1 of %2 answers typed; item %3 is missing.").arg(digits.size()).arg(n).arg(digits.size() + 1);
        return out;
    }
    if (digits.size() > n) {
        out.answers.clear();
        out.problem = Tr::tr("%1 digits typed, but %2 has %3 items.").arg(digits.size()).arg(instrument.shortName).arg(n);
    }
    return out;
}

QString formatScreeningProblems(const QList<ScreeningProblem> &problems, int limit)
{
    QStringList lines;
    for (int i = 0; i < problems.size() && i < limit; ++i)
        lines.append(problemText(problems.at(i)));
    if (problems.size() > limit)
        lines.append(Tr::tr("… and %1 more problem(s).").arg(problems.size() - limit));
    return lines.join(u'\n');
}

} // namespace xinan
