#pragma once
// Home-visit sheets for the import tests, made here (made-up names, never real people): a CSV in
// GBK as Excel on a Chinese Windows saves it, and an .xlsx package with text and date cells.

#include <catch2/catch.hpp>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QBuffer>
#include <QDate>
#include <QList>
#include <QStringEncoder>
#include <QStringList>

namespace xinan::test {

// GB18030 (GBK for these characters) bytes of a text.
inline QByteArray gbk(const QString &text)
{
    QStringEncoder encoder("GB18030");
    REQUIRE(encoder.isValid());
    const QByteArray bytes = encoder.encode(text);
    REQUIRE_FALSE(encoder.hasError());
    return bytes;
}

// A spreadsheet's date serial (1900 system) for a day, as Excel stores a date cell.
inline QString serialOf(const QDate &day)
{
    return QString::number(QDate(1899, 12, 30).daysTo(day));
}

// An .xlsx with one sheet. A cell written "#46310" is a number cell (a date, when the serial of
// one); every other cell is an inline string.
inline QByteArray xlsxOf(const QList<QStringList> &rows)
{
    const auto escape = [](QString s) { return s.replace(u'&', QStringLiteral("&amp;")).replace(u'<', QStringLiteral("&lt;")); };
    QByteArray sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                       "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    for (int r = 0; r < rows.size(); ++r) {
        sheet += "<row r=\"" + QByteArray::number(r + 1) + "\">";
        for (int c = 0; c < rows.at(r).size(); ++c) {
            const QString &v = rows.at(r).at(c);
            const QByteArray ref = QByteArray(1, char('A' + c)) + QByteArray::number(r + 1);
            if (v.startsWith(u'#'))
                sheet += "<c r=\"" + ref + "\" s=\"1\"><v>" + v.mid(1).toUtf8() + "</v></c>";
            else if (!v.isEmpty())
                sheet += "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + escape(v).toUtf8() + "</t></is></c>";
        }
        sheet += "</row>";
    }
    sheet += "</sheetData></worksheet>";
    const QList<std::pair<QString, QByteArray>> parts {
        { QStringLiteral("[Content_Types].xml"),
            "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>" },
        { QStringLiteral("xl/workbook.xml"),
            "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet "
            "name=\"家访记录\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>" },
        { QStringLiteral("xl/_rels/workbook.xml.rels"),
            "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
            "Target=\"worksheets/sheet1.xml\"/></Relationships>" },
        { QStringLiteral("xl/worksheets/sheet1.xml"), sheet },
    };
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    QuaZip zip(&buffer);
    REQUIRE(zip.open(QuaZip::mdCreate));
    for (const auto &[name, bytes] : parts) {
        QuaZipFile f(&zip);
        REQUIRE(f.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, 8 /* deflated */, 6));
        f.write(bytes);
        f.close();
        REQUIRE(f.getZipError() == 0);
    }
    zip.close();
    return buffer.data();
}

} // namespace xinan::test
