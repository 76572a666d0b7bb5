// The xlsx reader against zip bombs: a part, the workbook as a whole, or a single cell past its
// limit stops being unpacked at the limit and is refused with the file's name and the limit.
// The packages are built here; the seam in io/xlsxreader_testing.h lowers the limits so the
// bombs stay small and shows how many bytes were unpacked before the refusal.
#include "error.h"
#include "io/grid.h"
#include "io/xlsxreader.h"
#include "io/xlsxreader_testing.h"

#include <catch2/catch.hpp>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QBuffer>

#include <functional>

using namespace xinan;

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr int Deflated = 8; // Z_DEFLATED

// A part's bytes, written in pieces so that a bomb is never whole in memory here either.
using PartWriter = std::function<void(QIODevice &)>;

PartWriter text(const QByteArray &bytes)
{
    return [bytes](QIODevice &out) { out.write(bytes); };
}

// `head`, then `filler` repeated until `bytes` have been written, then `tail`.
PartWriter padded(const QByteArray &head, const QByteArray &filler, qint64 bytes, const QByteArray &tail)
{
    return [=](QIODevice &out) {
        out.write(head);
        QByteArray block;
        while (block.size() < 64 * 1024)
            block += filler;
        qint64 written = 0;
        for (; written + block.size() <= bytes; written += block.size())
            out.write(block);
        for (; written < bytes; written += filler.size())
            out.write(filler);
        out.write(tail);
    };
}

QByteArray package(const QList<std::pair<QString, PartWriter>> &parts)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    QuaZip zip(&buffer);
    REQUIRE(zip.open(QuaZip::mdCreate));
    for (const auto &[name, write] : parts) {
        QuaZipFile f(&zip);
        REQUIRE(f.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, Deflated, 9));
        write(f);
        f.close();
        REQUIRE(f.getZipError() == 0);
    }
    zip.close();
    return buffer.data();
}

const QByteArray Workbook
    = "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet "
      "name=\"名单\" sheetId=\"1\" r:id=\"rId1\"/></sheets>";
const QByteArray Rels
    = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
      "Target=\"worksheets/sheet1.xml\"/>"
      "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
      "Target=\"sharedStrings.xml\"/>";
const QByteArray Sheet
    = "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
      "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>G0000001</t></is></c>"
      "<c r=\"B2\" t=\"inlineStr\"><is><t>张三</t></is></c></row>";
const QByteArray SheetEnd = "</sheetData></worksheet>";
const QByteArray Shared = "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                          "<si><t>学籍号</t></si><si><t>姓名</t></si>";

// A harmless element that deflates to almost nothing: the padding of a bomb that is valid XML.
const QByteArray Filler = "<x/>";

struct Limits
{
    Limits(qint64 entry, qint64 total) { testing::setXlsxUnpackLimits(entry, total); }
    ~Limits() { testing::setXlsxUnpackLimits(-1, -1); }
};

QString refusal(const QByteArray &bytes)
{
    try {
        io::readXlsx(bytes, QStringLiteral("炸弹名单.xlsx"));
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::Rejected);
        CHECK(e.message().contains(QStringLiteral("炸弹名单.xlsx")));
        return e.message();
    }
    FAIL("not refused");
    return {};
}

} // namespace

TEST_CASE("An xlsx within the limits reads whole through the streaming parts", "[hardening][import]")
{
    const Limits limits(1 * MiB, 3 * MiB);
    const QByteArray bytes = package({
        { QStringLiteral("xl/workbook.xml"), padded(Workbook, Filler, 900 * 1024, "</workbook>") },
        { QStringLiteral("xl/_rels/workbook.xml.rels"), text(Rels + "</Relationships>") },
        { QStringLiteral("xl/sharedStrings.xml"), text(Shared + "</sst>") },
        { QStringLiteral("xl/worksheets/sheet1.xml"), padded(Sheet, Filler, 900 * 1024, SheetEnd) },
    });
    const io::CellGrid grid = io::readXlsx(bytes, QStringLiteral("名单.xlsx"));
    REQUIRE(grid.rows.size() == 2);
    CHECK(grid.rows.at(0) == QStringList { QStringLiteral("学籍号"), QStringLiteral("姓名") });
    CHECK(grid.rows.at(1) == QStringList { QStringLiteral("G0000001"), QStringLiteral("张三") });
    CHECK(testing::lastXlsxUnpackedBytes() > 1800 * 1024);
}

TEST_CASE("An xlsx part past its limit stops being unpacked at the limit", "[hardening][import]")
{
    const Limits limits(1 * MiB, 64 * MiB);
    const QByteArray bytes = package({
        { QStringLiteral("xl/workbook.xml"), text(Workbook + "</workbook>") },
        { QStringLiteral("xl/_rels/workbook.xml.rels"), text(Rels + "</Relationships>") },
        { QStringLiteral("xl/sharedStrings.xml"), text(Shared + "</sst>") },
        { QStringLiteral("xl/worksheets/sheet1.xml"), padded(Sheet, Filler, 40 * MiB, SheetEnd) },
    });
    CHECK(bytes.size() < 200 * 1024);
    const QString message = refusal(bytes);
    CHECK(message.contains(QStringLiteral("more than 1 MB")));
    CHECK(testing::lastXlsxUnpackedBytes() <= 1 * MiB + 4096); // and the small parts before
    CHECK(testing::lastXlsxUnpackedBytes() > 1 * MiB - 64 * 1024);
}

TEST_CASE("xlsx parts each under the limit but together over the total are refused", "[hardening][import]")
{
    const Limits limits(1 * MiB, 2 * MiB + MiB / 2);
    const qint64 part = 900 * 1024;
    const QByteArray bytes = package({
        { QStringLiteral("xl/workbook.xml"), padded(Workbook, Filler, part, "</workbook>") },
        { QStringLiteral("xl/_rels/workbook.xml.rels"), padded(Rels, Filler, part, "</Relationships>") },
        { QStringLiteral("xl/sharedStrings.xml"), padded(Shared, Filler, part, "</sst>") },
        { QStringLiteral("xl/worksheets/sheet1.xml"), padded(Sheet, Filler, part, SheetEnd) },
    });
    const QString message = refusal(bytes);
    CHECK(message.contains(QStringLiteral("more than 2 MB in all")));
    CHECK(testing::lastXlsxUnpackedBytes() <= 2 * MiB + MiB / 2);
}

TEST_CASE("An xlsx cell past its limit stops being read at the limit", "[hardening][import]")
{
    // Default limits: one shared string of 40 MiB of letters in a part well under 256 MiB.
    const QByteArray bytes = package({
        { QStringLiteral("xl/workbook.xml"), text(Workbook + "</workbook>") },
        { QStringLiteral("xl/_rels/workbook.xml.rels"), text(Rels + "</Relationships>") },
        { QStringLiteral("xl/sharedStrings.xml"), padded(Shared + "<si><t>", "x", 40 * MiB, "</t></si></sst>") },
        { QStringLiteral("xl/worksheets/sheet1.xml"), text(Sheet + SheetEnd) },
    });
    const QString message = refusal(bytes);
    CHECK(message.contains(QStringLiteral("longer than %1 characters").arg(io::MaxCellChars)));
    CHECK(testing::lastXlsxUnpackedBytes() <= io::MaxXlsxRunBytes + 128 * 1024);

    // The same in an inline string of the sheet, and as whitespace between two cells.
    for (const QByteArray &open :
        { QByteArray("<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>"), QByteArray("<row r=\"3\">") }) {
        const QByteArray filler = open.endsWith("<t>") ? "y" : " ";
        const QByteArray sheet = package({
            { QStringLiteral("xl/workbook.xml"), text(Workbook + "</workbook>") },
            { QStringLiteral("xl/_rels/workbook.xml.rels"), text(Rels + "</Relationships>") },
            { QStringLiteral("xl/sharedStrings.xml"), text(Shared + "</sst>") },
            { QStringLiteral("xl/worksheets/sheet1.xml"), padded(Sheet + open, filler, 40 * MiB, SheetEnd) },
        });
        CHECK(refusal(sheet).contains(QStringLiteral("longer than")));
        CHECK(testing::lastXlsxUnpackedBytes() <= io::MaxXlsxRunBytes + 128 * 1024);
    }
}
