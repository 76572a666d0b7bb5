#include "xlsxreader.h"

#include "../error.h"
#include "xlsxreader_testing.h"

#include <quazip.h>
#include <quazipfile.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

#include <cmath>
#include <memory>

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

qint64 g_entryLimit = MaxXlsxEntryBytes;
qint64 g_totalLimit = MaxXlsxTotalBytes;
qint64 g_lastUnpacked = 0;

// One part of the package as a sequential device that unpacks on demand and stops at the limits:
// the part's own, the workbook's total (shared with the other parts) and the longest text run.
// Past a limit it reports an error (read() returns -1), so QXmlStreamReader stops with a
// premature end; Package::finish() then names the real reason.
class PartDevice : public QIODevice
{
public:
    enum class Stop { None, PartTooLarge, TotalTooLarge, RunTooLong, Damaged };

    PartDevice(QuaZip *zip, qint64 *total)
        : m_file(zip)
        , m_total(total)
    {
    }

    bool openPart() { return m_file.open(QIODevice::ReadOnly) && open(QIODevice::ReadOnly | QIODevice::Unbuffered); }
    bool isSequential() const override { return true; }
    Stop stop() const { return m_stop; }
    bool closePart()
    {
        m_file.close();
        return m_file.getZipError() == UNZ_OK;
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_stop != Stop::None)
            return -1;
        const qint64 room = std::min(g_entryLimit - m_read, g_totalLimit - *m_total);
        if (room <= 0) {
            // At a limit: only an end of the part right here is acceptable.
            char probe = 0;
            const qint64 n = m_file.read(&probe, 1);
            if (n == 0)
                return 0;
            m_stop = n < 0 ? Stop::Damaged : g_entryLimit - m_read <= 0 ? Stop::PartTooLarge : Stop::TotalTooLarge;
            return -1;
        }
        const qint64 n = m_file.read(data, std::min(maxSize, room));
        if (n < 0) {
            m_stop = Stop::Damaged;
            return -1;
        }
        m_read += n;
        *m_total += n;
        g_lastUnpacked = *m_total;
        for (qint64 i = 0; i < n; ++i) {
            if (data[i] == '<' || data[i] == '>') {
                m_run = 0;
            } else if (++m_run > MaxXlsxRunBytes) {
                m_stop = Stop::RunTooLong;
                return -1;
            }
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QuaZipFile m_file;
    qint64 *m_total;
    qint64 m_read = 0;
    qint64 m_run = 0;
    Stop m_stop = Stop::None;
};

class Package
{
public:
    Package(const QByteArray &bytes, const QString &name)
        : m_buffer()
        , m_zip(&m_buffer)
        , m_name(name)
    {
        g_lastUnpacked = 0;
        m_buffer.setData(bytes);
        if (!m_zip.open(QuaZip::mdUnzip))
            notAWorkbook(name, Tr::tr("it is not a zip package"));
    }

    // The part opened for streaming, or nullptr when the package has no such part. One part at a
    // time: finish() the previous one first.
    std::unique_ptr<PartDevice> entry(const QString &path)
    {
        if (!m_zip.setCurrentFile(path, QuaZip::csInsensitive))
            return nullptr;
        auto part = std::make_unique<PartDevice>(&m_zip, &m_total);
        if (!part->openPart())
            notAWorkbook(m_name, Tr::tr("the part %1 cannot be unpacked").arg(path));
        return part;
    }

    // After parsing `part` with `xml`: throws when unpacking stopped at a limit or the part is
    // damaged, and otherwise when the XML is (reported as `what`, unless `what` is empty).
    void finish(PartDevice &part, const QXmlStreamReader &xml, const QString &path, const QString &what)
    {
        switch (part.stop()) {
        case PartDevice::Stop::PartTooLarge:
            throw Error(ErrorKind::Rejected,
                Tr::tr("%1 unpacks to more than %2 MB; XinAn does not import files that large.")
                    .arg(m_name)
                    .arg(g_entryLimit / (1024 * 1024)));
        case PartDevice::Stop::TotalTooLarge:
            throw Error(ErrorKind::Rejected,
                Tr::tr("%1 unpacks to more than %2 MB in all; XinAn does not import files that large.")
                    .arg(m_name)
                    .arg(g_totalLimit / (1024 * 1024)));
        case PartDevice::Stop::RunTooLong:
            throw Error(ErrorKind::Rejected,
                Tr::tr("%1 has a cell longer than %2 characters; this is not a roster.").arg(m_name).arg(MaxCellChars));
        case PartDevice::Stop::Damaged:
            notAWorkbook(m_name, Tr::tr("the part %1 is damaged").arg(path));
        case PartDevice::Stop::None:
            break;
        }
        if (xml.hasError() && !what.isEmpty())
            notAWorkbook(m_name, what.arg(xml.errorString()));
        if (!part.closePart())
            notAWorkbook(m_name, Tr::tr("the part %1 is damaged").arg(path));
    }

private:
    QBuffer m_buffer;
    QuaZip m_zip;
    QString m_name;
    qint64 m_total = 0;
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

QStringList readSharedStrings(Package &package, const QString &path, const QString &name)
{
    QStringList strings;
    const auto part = package.entry(path);
    if (!part)
        return strings;
    QXmlStreamReader xml(part.get());
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si") {
            if (strings.size() >= MaxRows * 4)
                throw Error(ErrorKind::Rejected,
                    Tr::tr("%1 has too many different texts; XinAn does not import files that large.").arg(name));
            strings.append(readRichText(xml, name));
        }
    }
    package.finish(*part, xml, path, Tr::tr("the shared strings are damaged (%1)"));
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
    QString firstSheetId;
    {
        const QString path = QStringLiteral("xl/workbook.xml");
        const auto workbook = package.entry(path);
        if (!workbook)
            notAWorkbook(name, Tr::tr("it has no workbook part"));
        QXmlStreamReader xml(workbook.get());
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
        package.finish(*workbook, xml, path, Tr::tr("the workbook part is damaged (%1)"));
    }
    const QString relsPath = QStringLiteral("xl/_rels/workbook.xml.rels");
    if (const auto rels = package.entry(relsPath)) {
        QXmlStreamReader xml(rels.get());
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
        package.finish(*rels, xml, relsPath, QString()); // damaged relationships: the defaults
    }
    const QStringList shared = readSharedStrings(package, sharedPath, name);
    const auto sheet = package.entry(sheetPath);
    if (!sheet)
        notAWorkbook(name, Tr::tr("its first worksheet is missing"));

    QXmlStreamReader xml(sheet.get());
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
    package.finish(*sheet, xml, sheetPath, Tr::tr("the worksheet is damaged (%1)"));
    return grid;
}

} // namespace xinan::io

namespace xinan::testing {

void setXlsxUnpackLimits(qint64 entryBytes, qint64 totalBytes)
{
    io::g_entryLimit = entryBytes < 0 ? io::MaxXlsxEntryBytes : entryBytes;
    io::g_totalLimit = totalBytes < 0 ? io::MaxXlsxTotalBytes : totalBytes;
}

qint64 lastXlsxUnpackedBytes()
{
    return io::g_lastUnpacked;
}

} // namespace xinan::testing
