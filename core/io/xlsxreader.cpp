#include "xlsxreader.h"

#include "../error.h"

#include <quazip.h>
#include <quazipfile.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

#include <cmath>

namespace xinan::io {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RosterReader)
};

[[noreturn]] void notAWorkbook(const QString &name, const QString &why)
{
    throw Error(ErrorKind::Rejected,
        Tr::tr("%1 cannot be read as an Excel workbook (.xlsx): %2. Open it in Excel or WPS and save it again as .xlsx or CSV.")
            .arg(name, why));
}

class Package
{
public:
    Package(const QByteArray &bytes, const QString &name)
        : m_buffer()
        , m_zip(&m_buffer)
        , m_name(name)
    {
        m_buffer.setData(bytes);
        if (!m_zip.open(QuaZip::mdUnzip))
            notAWorkbook(name, Tr::tr("it is not a zip package"));
    }

    // The entry's bytes, or nullopt when the package has no such entry.
    std::optional<QByteArray> entry(const QString &path)
    {
        if (!m_zip.setCurrentFile(path, QuaZip::csInsensitive))
            return std::nullopt;
        QuaZipFile file(&m_zip);
        if (!file.open(QIODevice::ReadOnly))
            notAWorkbook(m_name, Tr::tr("the part %1 cannot be unpacked").arg(path));
        QByteArray data;
        char chunk[65536];
        for (;;) {
            const qint64 n = file.read(chunk, sizeof chunk);
            if (n < 0)
                notAWorkbook(m_name, Tr::tr("the part %1 is damaged").arg(path));
            if (n == 0)
                break;
            if (data.size() + n > MaxXlsxEntryBytes)
                throw Error(ErrorKind::Rejected,
                    Tr::tr("%1 unpacks to more than %2 MB; XinAn does not import files that large.")
                        .arg(m_name)
                        .arg(MaxXlsxEntryBytes / (1024 * 1024)));
            data.append(chunk, n);
        }
        file.close();
        if (file.getZipError() != UNZ_OK)
            notAWorkbook(m_name, Tr::tr("the part %1 is damaged").arg(path));
        return data;
    }

private:
    QBuffer m_buffer;
    QuaZip m_zip;
    QString m_name;
};

// "xl/worksheets/sheet1.xml" from a relationship target relative to xl/.
QString resolveTarget(const QString &target)
{
    QString t = target;
    if (t.startsWith(u'/'))
        return t.mid(1);
    QStringList parts = QStringLiteral("xl").split(u'/');
    for (const QString &p : t.split(u'/', Qt::SkipEmptyParts)) {
        if (p == u"..") {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (p != u".") {
            parts.append(p);
        }
    }
    return parts.join(u'/');
}

QString attribute(const QXmlStreamReader &xml, QLatin1String localName)
{
    for (const auto &a : xml.attributes())
        if (a.name() == localName)
            return a.value().toString();
    return {};
}

// Text of the current element's <t> children (and of <r><t> runs), skipping phonetic runs
// <rPh>. The reader stands on the start of <si> or <is>; returns at its end.
QString readRichText(QXmlStreamReader &xml, const QString &name)
{
    QString text;
    int depth = 1;
    int phonetic = 0;
    while (depth > 0 && !xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0) {
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                --depth;
                if (text.size() > MaxCellChars)
                    throw Error(ErrorKind::Rejected,
                        Tr::tr("%1 has a cell longer than %2 characters; this is not a roster.").arg(name).arg(MaxCellChars));
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
            if (xml.name() == u"rPh")
                --phonetic;
        }
    }
    return text;
}

QStringList readSharedStrings(const QByteArray &data, const QString &name)
{
    QStringList strings;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si") {
            if (strings.size() >= MaxRows * 4)
                throw Error(ErrorKind::Rejected,
                    Tr::tr("%1 has too many different texts; XinAn does not import files that large.").arg(name));
            strings.append(readRichText(xml, name));
        }
    }
    if (xml.hasError())
        notAWorkbook(name, Tr::tr("the shared strings are damaged (%1)").arg(xml.errorString()));
    return strings;
}

// Numbers as Excel shows them in a General cell: "41395", "7", "1.5"; exponent forms spelled out.
QString numberText(const QString &raw)
{
    if (!raw.contains(u'E') && !raw.contains(u'e'))
        return raw;
    bool ok = false;
    const double v = raw.toDouble(&ok);
    if (!ok || !std::isfinite(v) || std::fabs(v) >= 1e21)
        return raw;
    if (v == std::floor(v))
        return QString::number(v, 'f', 0);
    return QString::number(v, 'g', 15);
}

} // namespace

std::pair<int, int> parseCellReference(QStringView ref)
{
    qsizetype i = 0;
    int column = 0;
    while (i < ref.size() && ref.at(i).isLetter() && ref.at(i).unicode() < 128) {
        column = column * 26 + (ref.at(i).toUpper().unicode() - u'A' + 1);
        if (column > 20000)
            return { -1, -1 };
        ++i;
    }
    if (i == 0 || i == ref.size())
        return { -1, -1 };
    bool ok = false;
    const int row = ref.sliced(i).toInt(&ok);
    if (!ok || row < 1)
        return { -1, -1 };
    return { column - 1, row };
}

CellGrid readXlsx(const QByteArray &bytes, const QString &name)
{
    Package package(bytes, name);
    CellGrid grid;

    // The first sheet: workbook.xml names it, its relationships give its part.
    QString sheetPath = QStringLiteral("xl/worksheets/sheet1.xml");
    QString sharedPath = QStringLiteral("xl/sharedStrings.xml");
    const auto workbook = package.entry(QStringLiteral("xl/workbook.xml"));
    if (!workbook)
        notAWorkbook(name, Tr::tr("it has no workbook part"));
    QString firstSheetId;
    {
        QXmlStreamReader xml(*workbook);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"workbookPr") {
                const QString v = attribute(xml, QLatin1String("date1904"));
                grid.date1904 = v == u"1" || v == u"true";
            } else if (xml.name() == u"sheet" && firstSheetId.isEmpty()) {
                firstSheetId = attribute(xml, QLatin1String("id"));
            }
        }
        if (xml.hasError())
            notAWorkbook(name, Tr::tr("the workbook part is damaged (%1)").arg(xml.errorString()));
    }
    if (const auto rels = package.entry(QStringLiteral("xl/_rels/workbook.xml.rels"))) {
        QXmlStreamReader xml(*rels);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
                continue;
            const QString id = attribute(xml, QLatin1String("Id"));
            const QString type = attribute(xml, QLatin1String("Type"));
            const QString target = attribute(xml, QLatin1String("Target"));
            if (!firstSheetId.isEmpty() && id == firstSheetId && !target.isEmpty())
                sheetPath = resolveTarget(target);
            else if (type.endsWith(QLatin1String("/sharedStrings")) && !target.isEmpty())
                sharedPath = resolveTarget(target);
        }
    }
    QStringList shared;
    if (const auto data = package.entry(sharedPath))
        shared = readSharedStrings(*data, name);
    const auto sheet = package.entry(sheetPath);
    if (!sheet)
        notAWorkbook(name, Tr::tr("its first worksheet is missing"));

    QXmlStreamReader xml(*sheet);
    QStringList row;
    int rowNo = 0;
    int nextColumn = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && xml.name() == u"row") {
            const int r = attribute(xml, QLatin1String("r")).toInt();
            rowNo = r > rowNo ? r : rowNo + 1;
            row.clear();
            nextColumn = 0;
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"row") {
            for (QString &c : row)
                c = cleanCell(c);
            if (!isBlankRow(row)) {
                if (grid.rows.size() >= MaxRows)
                    throw Error(ErrorKind::Rejected,
                        Tr::tr("%1 has more than %2 rows; XinAn does not import files that large.").arg(name).arg(MaxRows));
                grid.rows.append(row);
                grid.fileRows.append(rowNo);
            }
        } else if (token == QXmlStreamReader::StartElement && xml.name() == u"c") {
            const QString ref = attribute(xml, QLatin1String("r"));
            int column = nextColumn;
            if (!ref.isEmpty()) {
                column = parseCellReference(ref).first;
                if (column < 0)
                    notAWorkbook(name, Tr::tr("the cell reference \"%1\" is malformed").arg(ref.left(20)));
            }
            if (column >= MaxColumns)
                throw Error(
                    ErrorKind::Rejected, Tr::tr("%1 has more than %2 columns; this is not a roster.").arg(name).arg(MaxColumns));
            nextColumn = column + 1;
            const QString type = attribute(xml, QLatin1String("t"));
            QString value;
            QString raw;
            // The cell's children: <v>, <f>, <is>.
            while (!xml.atEnd()) {
                const auto t = xml.readNext();
                if (t == QXmlStreamReader::EndElement && xml.name() == u"c")
                    break;
                if (t != QXmlStreamReader::StartElement)
                    continue;
                if (xml.name() == u"v")
                    raw = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                else if (xml.name() == u"is")
                    value = readRichText(xml, name);
                else
                    xml.skipCurrentElement();
            }
            if (type == u"s") {
                bool ok = false;
                const int index = raw.trimmed().toInt(&ok);
                if (!ok || index < 0 || index >= shared.size())
                    notAWorkbook(name, Tr::tr("a cell refers to a shared text that does not exist"));
                value = shared.at(index);
            } else if (type == u"inlineStr") {
                if (value.isEmpty())
                    value = raw;
            } else if (type == u"n" || type.isEmpty()) {
                value = numberText(raw.trimmed());
            } else {
                value = raw; // b ("1"/"0"), str (formula text), e (#N/A), d (ISO date)
            }
            if (value.size() > MaxCellChars)
                throw Error(ErrorKind::Rejected,
                    Tr::tr("%1 has a cell longer than %2 characters; this is not a roster.").arg(name).arg(MaxCellChars));
            while (row.size() <= column)
                row.append(QString());
            row[column] = value;
        }
    }
    if (xml.hasError())
        notAWorkbook(name, Tr::tr("the worksheet is damaged (%1)").arg(xml.errorString()));
    return grid;
}

} // namespace xinan::io
