// Roster import, reading side: files to RosterTable, header detection, field names, mapping
// guesses and the problem report. Validation and writing are in rostervalidate.cpp.
#include "rosterimport.h"

#include "../error.h"
#include "../io/csvreader.h"
#include "../io/xlsxreader.h"
#include "rostervalues.h"

#include <QFile>
#include <QFileInfo>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RosterImport)
};

constexpr int HeaderSearchRows = 10;

int recognisedHeaders(const QStringList &row)
{
    QSet<RosterField> fields;
    for (const QString &cell : row)
        if (const auto m = roster::matchHeader(cell); m.field != RosterField::Ignore)
            fields.insert(m.field);
    return static_cast<int>(fields.size());
}

RosterTable tableFromGrid(io::CellGrid grid, const QString &name)
{
    if (grid.rows.isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("%1 is empty.").arg(name));
    int header = -1;
    for (int i = 0; i < std::min<int>(HeaderSearchRows, static_cast<int>(grid.rows.size())); ++i) {
        if (recognisedHeaders(grid.rows.at(i)) >= 2) {
            header = i;
            break;
        }
    }
    if (header < 0)
        throw Error(ErrorKind::Rejected,
            Tr::tr("%1 has no header row: none of its first %2 rows names at least two columns XinAn knows "
                   "(such as 学籍号, 姓名, 性别, 出生日期, 年级, 班级). Add a header row above the students.")
                .arg(name)
                .arg(HeaderSearchRows));
    RosterTable table;
    table.headerRow = grid.fileRows.at(header);
    table.date1904 = grid.date1904;
    table.headers = grid.rows.at(header);
    qsizetype width = table.headers.size();
    for (qsizetype i = header + 1; i < grid.rows.size(); ++i)
        width = std::max(width, grid.rows.at(i).size());
    while (table.headers.size() < width)
        table.headers.append(QString());
    table.rows.reserve(grid.rows.size() - header - 1);
    table.fileRows.reserve(grid.rows.size() - header - 1);
    for (qsizetype i = header + 1; i < grid.rows.size(); ++i) {
        QStringList row = std::move(grid.rows[i]);
        while (row.size() < width)
            row.append(QString());
        table.rows.append(std::move(row));
        table.fileRows.append(grid.fileRows.at(i));
    }
    if (table.rows.isEmpty())
        throw Error(
            ErrorKind::Rejected, Tr::tr("%1 has a header row (row %2) but no students below it.").arg(name).arg(table.headerRow));
    return table;
}

} // namespace

RosterTable readRosterFromBytes(const QByteArray &bytes, const QString &format, const QString &name)
{
    const QString shown = name.isEmpty() ? Tr::tr("The roster") : name;
    if (bytes.size() > MaxRosterFileBytes)
        throw Error(ErrorKind::Rejected,
            Tr::tr("%1 is larger than %2 MB; XinAn does not import files that large.")
                .arg(shown)
                .arg(MaxRosterFileBytes / (1024 * 1024)));
    if (bytes.trimmed().isEmpty())
        throw Error(ErrorKind::Rejected, Tr::tr("%1 is empty.").arg(shown));
    if (bytes.startsWith("\xD0\xCF\x11\xE0"))
        throw Error(ErrorKind::Rejected,
            Tr::tr("%1 is an old-style Excel file (.xls) or a password-protected workbook. Open it in Excel or WPS and "
                   "save it as .xlsx or CSV without a password.")
                .arg(shown));
    RosterTable table;
    if (bytes.startsWith("PK\x03\x04") || (format == u"xlsx" && bytes.startsWith("PK"))) {
        table = tableFromGrid(io::readXlsx(bytes, shown), shown);
        table.format = QStringLiteral("xlsx");
        table.encoding = QStringLiteral("UTF-8");
    } else if (format == u"xlsx") {
        throw Error(ErrorKind::Rejected,
            Tr::tr("%1 cannot be read as an Excel workbook (.xlsx): it is not a zip package. Open it in Excel or WPS and "
                   "save it again as .xlsx or CSV.")
                .arg(shown));
    } else {
        const auto decoded = io::decodeText(bytes);
        if (!decoded)
            throw Error(ErrorKind::Rejected,
                Tr::tr("%1 is not a text table: it is neither UTF-8 nor GB18030 (GBK) text. Save it from Excel or WPS "
                       "as CSV.")
                    .arg(shown));
        table = tableFromGrid(io::parseCsv(decoded->text, io::sniffDelimiter(decoded->text), shown), shown);
        table.format = QStringLiteral("csv");
        table.encoding = decoded->encoding;
    }
    table.path = name;
    return table;
}

RosterTable readRoster(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        throw Error(ErrorKind::Rejected, Tr::tr("%1 does not exist or is not a file.").arg(path));
    if (info.size() > MaxRosterFileBytes)
        throw Error(ErrorKind::Rejected,
            Tr::tr("%1 is larger than %2 MB; XinAn does not import files that large.")
                .arg(path)
                .arg(MaxRosterFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Rejected, Tr::tr("%1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(MaxRosterFileBytes + 1);
    const QString suffix = info.suffix().toLower();
    const QString format = (suffix == u"xlsx" || suffix == u"xlsm") ? QStringLiteral("xlsx") : QStringLiteral("csv");
    return readRosterFromBytes(bytes, format, path);
}

QList<RosterField> allRosterFields()
{
    return { RosterField::Ignore, RosterField::StudentNo, RosterField::Name, RosterField::Gender, RosterField::BirthDate,
        RosterField::Grade, RosterField::ClassName, RosterField::Ethnicity, RosterField::Boarding, RosterField::LeftBehind,
        RosterField::SingleParent, RosterField::Orphan, RosterField::Migrant, RosterField::Disability,
        RosterField::FinancialHardship, RosterField::GuardianName, RosterField::GuardianRelation, RosterField::GuardianPhone,
        RosterField::Guardian2Name, RosterField::Guardian2Relation, RosterField::Guardian2Phone, RosterField::Status };
}

QString rosterFieldName(RosterField f)
{
    switch (f) {
    case RosterField::Ignore:
        return Tr::tr("(ignore this column)");
    case RosterField::StudentNo:
        return Tr::tr("Student number (学籍号)");
    case RosterField::Name:
        return Tr::tr("Name (姓名)");
    case RosterField::Gender:
        return Tr::tr("Gender (性别)");
    case RosterField::BirthDate:
        return Tr::tr("Birth date (出生日期)");
    case RosterField::Grade:
        return Tr::tr("Grade (年级)");
    case RosterField::ClassName:
        return Tr::tr("Class (班级)");
    case RosterField::Ethnicity:
        return Tr::tr("Ethnic group (民族)");
    case RosterField::Boarding:
        return Tr::tr("Boarding (寄宿)");
    case RosterField::LeftBehind:
        return Tr::tr("Left-behind child (留守儿童)");
    case RosterField::SingleParent:
        return Tr::tr("Single-parent family (单亲)");
    case RosterField::Orphan:
        return Tr::tr("Orphan (孤儿)");
    case RosterField::Migrant:
        return Tr::tr("Migrant child (随迁子女)");
    case RosterField::Disability:
        return Tr::tr("Disability (残疾)");
    case RosterField::FinancialHardship:
        return Tr::tr("Family financial hardship (家庭经济困难)");
    case RosterField::GuardianName:
        return Tr::tr("Guardian's name (监护人)");
    case RosterField::GuardianRelation:
        return Tr::tr("Guardian's relation (与学生关系)");
    case RosterField::GuardianPhone:
        return Tr::tr("Guardian's phone (联系电话)");
    case RosterField::Status:
        return Tr::tr("Enrolment status (学籍状态)");
    case RosterField::Guardian2Name:
        return Tr::tr("Second guardian's name (成员2姓名)");
    case RosterField::Guardian2Relation:
        return Tr::tr("Second guardian's relation (成员2关系)");
    case RosterField::Guardian2Phone:
        return Tr::tr("Second guardian's phone (成员2联系电话)");
    }
    return {};
}

QString unknownGuardianName()
{
    // Stored data, in Chinese whatever the language of the interface.
    return QStringLiteral("（姓名不详）");
}

QMap<int, RosterField> guessRosterMapping(const QStringList &headers)
{
    // The registry export lists the family members (成员1…, 成员2…); its 联系电话 is the student's.
    const auto memberColumn = [](const QString &header) {
        const QString h = roster::toHalfWidth(header).trimmed();
        return h.startsWith(QStringLiteral("成员")) && h.size() > 2 && h.at(2).isDigit();
    };
    const bool registry = std::any_of(headers.cbegin(), headers.cend(), memberColumn);
    QMap<RosterField, std::pair<int, int>> best; // field -> (priority, column)
    for (int column = 0; column < headers.size(); ++column) {
        const auto m = roster::matchHeader(headers.at(column));
        if (m.field == RosterField::Ignore)
            continue;
        if (registry && !memberColumn(headers.at(column))
            && (m.field == RosterField::GuardianName || m.field == RosterField::GuardianRelation
                || m.field == RosterField::GuardianPhone))
            continue;
        const auto it = best.constFind(m.field);
        if (it == best.cend() || m.priority < it->first)
            best.insert(m.field, { m.priority, column });
    }
    QMap<int, RosterField> mapping;
    for (auto it = best.cbegin(); it != best.cend(); ++it)
        mapping.insert(it->second, it.key());
    return mapping;
}

QString formatProblems(const QList<RowProblem> &problems, int limit)
{
    QStringList lines;
    for (int i = 0; i < problems.size() && i < limit; ++i) {
        const RowProblem &p = problems.at(i);
        if (p.column.isEmpty())
            lines << Tr::tr("Row %1: %2").arg(p.fileRow).arg(p.reason);
        else if (p.value.isEmpty())
            lines << Tr::tr("Row %1, %2: %3").arg(p.fileRow).arg(p.column, p.reason);
        else
            lines << Tr::tr("Row %1, %2, value \"%3\": %4").arg(p.fileRow).arg(p.column, p.value, p.reason);
    }
    if (problems.size() > limit && limit >= 0)
        lines << Tr::tr("… and %n more problem(s).", nullptr, static_cast<int>(problems.size() - limit));
    return lines.join(u'\n');
}

} // namespace xinan
