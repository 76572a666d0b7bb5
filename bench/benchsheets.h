#pragma once
// The sheets the import benchmarks read, written as the tools schools use write them: a GB18030
// CSV with CRLF lines (Excel's default on a Chinese Windows), and a minimal .xlsx in which every
// cell is a shared string (as Excel and the survey tools write text).

#include <QFile>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringEncoder>
#include <QStringList>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <utility>

namespace xinan::bench {

inline void writeGbkCsv(const QString &path, const QStringList &header, const QList<QStringList> &rows)
{
    QString text = header.join(u',') + QStringLiteral("\r\n");
    for (const QStringList &r : rows)
        text += r.join(u',') + QStringLiteral("\r\n");
    QStringEncoder gb("GB18030");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(gb.encode(text))) < 0)
        qFatal("cannot write %s", qPrintable(path));
}

// "A", "B", … "Z", "AA", … for a 0-based column.
inline QString xlsxColumn(int c)
{
    QString name;
    for (++c; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

inline void writeSharedStringsXlsx(
    const QString &path, const QString &sheetName, const QStringList &header, const QList<QStringList> &rows)
{
    QStringList shared;
    QHash<QString, int> index;
    const auto sst = [&](const QString &s) {
        auto it = index.constFind(s);
        if (it != index.cend())
            return *it;
        index.insert(s, static_cast<int>(shared.size()));
        shared.append(s);
        return static_cast<int>(shared.size() - 1);
    };
    QString sheet = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                                   "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    QList<QStringList> all { header };
    all += rows;
    for (int r = 0; r < all.size(); ++r) {
        sheet += QStringLiteral("<row r=\"%1\">").arg(r + 1);
        for (int c = 0; c < all.at(r).size(); ++c)
            sheet
                += QStringLiteral("<c r=\"%1%2\" t=\"s\"><v>%3</v></c>").arg(xlsxColumn(c)).arg(r + 1).arg(sst(all.at(r).at(c)));
        sheet += QStringLiteral("</row>");
    }
    sheet += QStringLiteral("</sheetData></worksheet>");
    QString sstXml = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    for (const QString &s : shared)
        sstXml += QStringLiteral("<si><t>%1</t></si>").arg(s.toHtmlEscaped());
    sstXml += QStringLiteral("</sst>");
    const QList<std::pair<QString, QString>> parts {
        { QStringLiteral("xl/workbook.xml"),
            QStringLiteral("<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet "
                           "name=\"%1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
                .arg(sheetName.toHtmlEscaped()) },
        { QStringLiteral("xl/_rels/workbook.xml.rels"),
            QStringLiteral(
                "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                "<Relationship Id=\"rId1\" "
                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                "Target=\"worksheets/sheet1.xml\"/>"
                "<Relationship Id=\"rId2\" "
                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
                "Target=\"sharedStrings.xml\"/>"
                "</Relationships>") },
        { QStringLiteral("xl/sharedStrings.xml"), sstXml },
        { QStringLiteral("xl/worksheets/sheet1.xml"), sheet },
    };
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        qFatal("cannot create %s", qPrintable(path));
    for (const auto &[name, xml] : parts) {
        QuaZipFile f(&zip);
        if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || f.write(xml.toUtf8()) < 0)
            qFatal("cannot write %s", qPrintable(name));
        f.close();
    }
    zip.close();
}

} // namespace xinan::bench
