// Screening import: sheet → columns → plan → apply. See screeningimport.h for the column rules.
#include "screeningimport.h"

#include "../error.h"
#include "../io/csvreader.h"
#include "../io/xlsxreader.h"
#include "../platform/clock.h"
#include "../repo/screeningrepository.h"
#include "rostervalues.h"

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

constexpr int HeaderSearchRows = 10;

RosterField identityField(const QString &header)
{
    const RosterField f = roster::matchHeader(header).field;
    switch (f) {
    case RosterField::StudentNo:
    case RosterField::Name:
    case RosterField::ClassName:
    case RosterField::Grade:
        return f;
    default:
        return RosterField::Ignore;
    }
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
        throw Error(ErrorKind::Rejected, Tr::tr("%1 has no header row: none of its first %2 rows names a 学籍号 or 姓名 column. Add a header "
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
        throw Error(ErrorKind::Rejected, Tr::tr("%1 has a header row (row %2) but no answers below it.").arg(name).arg(sheet.headerRow));
    return sheet;
}

// The item number a header names ("1", "Q1", "第1题", "1.", "1、…"), or 0.
int itemNumberIn(const QString &header)
{
    static const QRegularExpression re(QStringLiteral(R"(^(?:第|[Qq]|题目?|[Ii]tem\s*)?\s*(\d{1,3})\s*题?(?:$|[.．、:：)）\s].*))"));
    const QRegularExpressionMatch m = re.match(roster::toHalfWidth(header).trimmed());
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QString problemText(const ScreeningProblem &p)
{
    return p.kind == ScreeningProblemKind::OutOfRange ? Tr::tr("Row %1, item %2, value \"%3\": %4").arg(p.fileRow).arg(p.item).arg(p.value, p.reason)
                                                      : Tr::tr("Row %1: %2").arg(p.fileRow).arg(p.reason);
}

} // namespace

ScreeningSheet readScreeningSheetFromBytes(const QByteArray &bytes, const QString &format, const QString &name)
{
    if (bytes.size() > io::MaxFileBytes)
        throw Error(ErrorKind::Rejected, Tr::tr("%1 is larger than %2 MB; XinAn does not import files that large.").arg(name).arg(io::MaxFileBytes / (1024 * 1024)));
    if (bytes.trimmed().isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("%1 is empty.").arg(name));
    if (bytes.startsWith("PK\x03\x04") || format == u"xlsx")
        return sheetFromGrid(io::readXlsx(bytes, name), name);
    const auto decoded = io::decodeText(bytes);
    if (!decoded)
        throw Error(ErrorKind::Rejected, Tr::tr("%1 is not a text table: it is neither UTF-8 nor GB18030 (GBK) text. Save it from Excel or WPS "
                                                "as CSV.").arg(name));
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
    return readScreeningSheetFromBytes(bytes, (suffix == u"xlsx" || suffix == u"xlsm") ? QStringLiteral("xlsx") : QStringLiteral("csv"), path);
}

ScreeningColumns guessScreeningColumns(const QStringList &headers, const Instrument &instrument)
{
    ScreeningColumns c;
    int lastIdentity = -1;
    for (int i = 0; i < headers.size(); ++i) {
        int *slot = nullptr;
        switch (identityField(headers.at(i))) {
        case RosterField::StudentNo: slot = &c.studentNo; break;
        case RosterField::Name: slot = &c.name; break;
        case RosterField::ClassName: slot = &c.className; break;
        case RosterField::Grade: slot = &c.grade; break;
        default: break;
        }
        if (slot && *slot < 0) {
            *slot = i;
            lastIdentity = i;
        }
    }
    if (c.studentNo < 0 && (c.name < 0 || c.className < 0))
        throw Error(ErrorKind::Rejected, Tr::tr("The sheet has neither a 学籍号 column nor 姓名 and 班级 columns; XinAn cannot tell whose answers "
                                                "each row holds."));
    const auto isIdentity = [&](int i) { return i == c.studentNo || i == c.name || i == c.className || i == c.grade; };
    const int n = static_cast<int>(instrument.items.size());
    // 1. Items named by number or text.
    QList<int> byItem(n, -1);
    bool clash = false;
    for (int i = 0; i < headers.size(); ++i) {
        if (isIdentity(i))
            continue;
        int number = itemNumberIn(headers.at(i));
        if (number < 1 || number > n) {
            number = 0;
            for (const InstrumentItem &item : instrument.items)
                if (!item.text.isEmpty() && headers.at(i).contains(item.text))
                    number = item.number;
        }
        if (number < 1)
            continue;
        if (byItem[number - 1] >= 0)
            clash = true;
        byItem[number - 1] = i;
    }
    if (!clash && !byItem.contains(-1)) {
        c.items = byItem;
        return c;
    }
    // 2. The first N columns after the last identity column.
    for (int i = lastIdentity + 1; i < headers.size() && c.items.size() < n; ++i)
        if (!isIdentity(i))
            c.items.append(i);
    if (c.items.size() < n)
        throw Error(ErrorKind::Rejected, Tr::tr("The sheet has %1 column(s) after the student's columns, but %2 has %3 items. Check that the "
                                                "sheet holds the answers of this instrument.")
                                             .arg(c.items.size())
                                             .arg(instrument.shortName)
                                             .arg(n));
    return c;
}

ScreeningPlan planScreeningImport(Database &db, const ScreeningSheet &sheet, const Instrument &instrument, const QString &driveName)
{
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

    for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
        const QStringList &row = sheet.rows.at(r);
        const int fileRow = sheet.fileRows.at(r);
        const auto problem = [&](ScreeningProblemKind kind, const QString &reason, int item = 0, const QString &value = {}) {
            plan.problems.append({fileRow, kind, item, value, reason});
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
                    Tr::tr("%1 enrolled students are called %2 in class %3; add the 学籍号 to this row").arg(found.size()).arg(name, cls));
        } else {
            problem(ScreeningProblemKind::NoIdentity, Tr::tr("the row has neither a 学籍号 nor a name and class"));
        }
        QList<int> answers;
        for (int i = 0; i < c.items.size(); ++i) {
            const QString text = row.at(c.items.at(i));
            const std::optional<int> a = answerFromText(instrument, text);
            if (a)
                answers.append(*a);
            else
                problem(ScreeningProblemKind::OutOfRange,
                    text.isEmpty() ? Tr::tr("the answer is missing") : Tr::tr("not one of the options of %1").arg(instrument.shortName), i + 1, text);
        }
        if (student) {
            if (recorded.contains(student->id))
                problem(ScreeningProblemKind::Duplicate,
                    Tr::tr("%1 (%2) already has a %3 result in the drive \"%4\"").arg(student->name, student->studentNo, instrument.shortName, plan.driveName));
            else if (seenOn.contains(student->id))
                problem(ScreeningProblemKind::Duplicate,
                    Tr::tr("%1 (%2) is already on row %3").arg(student->name, student->studentNo).arg(seenOn.value(student->id)));
            else
                seenOn.insert(student->id, fileRow);
        }
        if (student && !plan.invalidRows.contains(fileRow))
            plan.matched.append({fileRow, student->id, student->studentNo, student->name, answers});
    }
    return plan;
}

ScreeningImportResult applyScreeningImport(
    Database &db, const QString &actor, const ScreeningPlan &plan, const Instrument &instrument, const ScreeningImportOptions &options)
{
    if (!plan.problems.isEmpty() && !options.skipInvalid)
        throw Error(ErrorKind::Rejected, Tr::tr("%n row(s) of the sheet have problems; nothing was imported.", nullptr,
                                             static_cast<int>(plan.invalidRows.size())));
    ScreeningImportResult result;
    result.skippedRows = static_cast<int>(plan.invalidRows.size());
    if (plan.matched.isEmpty())
        return result;
    const QDate takenOn = options.takenOn.isValid() ? options.takenOn : clock::today();
    QList<ScreeningEntry> entries;
    entries.reserve(plan.matched.size());
    for (const ScreeningRow &row : plan.matched)
        entries.append({row.studentId, row.answers, takenOn});
    const RecordOutcome o = ScreeningRepository(db, actor).record(plan.driveName, options.term, instrument, entries, QStringLiteral("imported"));
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
            out.problem = Tr::tr("Item %1: \"%2\" is not an answer of %3 (%4).").arg(i + 1).arg(c).arg(instrument.shortName, range);
            return out;
        }
        out.answers.append(c.digitValue());
    }
    if (digits.size() < n) {
        out.answers.clear();
        out.problem = digits.isEmpty() ? Tr::tr("Type the %1 answers, one digit per item (%2).").arg(n).arg(range)
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
