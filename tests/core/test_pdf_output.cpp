// The PDF text repair (services/pdfoutput): radicals in a ToUnicode map become the ideographs
// that share their glyph, the stream length and every cross-reference offset stay right, and a
// PDF with nothing to repair comes back byte for byte. The PDFs are built here the way Qt's
// PDF engine writes them (Identity-H Type0 font, an uncompressed ToUnicode stream, one xref
// table) and read back with pdftotext.
#include "services/pdfoutput.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace xinan;
using namespace xinan::test;

namespace {

// A one-page PDF that shows glyphs 1…n of a Type0 font whose ToUnicode map is `bfSections`.
QByteArray qtStylePdf(const QByteArray &bfSections, int glyphs)
{
    const QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        + bfSections + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    QByteArray shown;
    for (int g = 1; g <= glyphs; ++g)
        shown += QByteArray::number(g, 16).rightJustified(4, '0');
    const QByteArray content = "BT /F1 24 Tf 72 720 Td <" + shown + "> Tj ET";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
        "<< /Type /Font\n/Subtype /Type0\n/BaseFont /NotoSansCJKsc-Regular\n/Encoding /Identity-H\n/DescendantFonts [6 0 R]\n"
        "/ToUnicode 7 0 R>>",
        "<< /Type /Font\n/Subtype /CIDFontType2\n/BaseFont /NotoSansCJKsc-Regular\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>\n/DW 1000 >>",
        "<< /Length " + QByteArray::number(cmap.size()) + " >>\nstream\n" + cmap + "\nendstream",
    };
    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<<\n/Size " + QByteArray::number(objects.size() + 1) + "\n/Root 1 0 R\n>>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// Every xref entry in use points at "N 0 obj", startxref at "xref", and each stream's /Length
// ends just before its "endstream".
void checkStructure(const QByteArray &pdf)
{
    const QRegularExpressionMatch start
        = QRegularExpression(QStringLiteral("startxref\\s+(\\d+)\\s+%%EOF\\s*$")).match(QString::fromLatin1(pdf));
    REQUIRE(start.hasMatch());
    const qsizetype xref = start.captured(1).toLongLong();
    REQUIRE(pdf.mid(xref, 5) == "xref\n");
    const qsizetype eol = pdf.indexOf('\n', xref + 5);
    const int count = pdf.mid(xref + 5, eol - xref - 5).split(' ').at(1).toInt();
    for (int i = 1; i < count; ++i) {
        const QByteArray entry = pdf.mid(eol + 1 + 20 * i, 20);
        const qsizetype offset = entry.left(10).toLongLong();
        INFO("object " << i << " at " << offset);
        CHECK(pdf.mid(offset).startsWith(QByteArray(QByteArray::number(i) + " 0 obj")));
    }
    const QRegularExpression stream(QStringLiteral("/Length (\\d+) >>\\nstream\\n"));
    const QString latin = QString::fromLatin1(pdf);
    for (auto it = stream.globalMatch(latin); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        CHECK(pdf.mid(m.capturedEnd() + m.captured(1).toLongLong(), 10) == "\nendstream");
    }
}

QString pdftotext(const QByteArray &pdf)
{
    TempDir dir;
    writeBytes(dir.path(QStringLiteral("t.pdf")), pdf);
    return pdfText(dir.path(QStringLiteral("t.pdf"))).trimmed();
}

} // namespace

TEST_CASE("radicals map to the ideographs Noto CJK draws with the same glyph", "[pdf]")
{
    CHECK(ideographForRadical(u'\u2F3C') == u'心');
    CHECK(ideographForRadical(u'\u2F00') == u'一');
    CHECK(ideographForRadical(u'\u2F08') == u'人');
    CHECK(ideographForRadical(u'\u2ED3') == u'长');
    CHECK(ideographForRadical(u'\u2EE2') == u'马');
    CHECK(ideographForRadical(u'\u2F3E') == u'户'); // NFKC would say 戶, which Noto CJK SC draws apart
    CHECK(ideographForRadical(u'\u2E80') == 0); // a radical with a glyph of its own
    CHECK(ideographForRadical(u'心') == 0);
    CHECK(ideographForRadical(u'A') == 0);
    // Every Kangxi radical has one; every answer is a unified ideograph.
    for (char16_t r = 0x2F00; r <= 0x2FD5; ++r) {
        const char16_t ideograph = ideographForRadical(r);
        INFO(int(r));
        CHECK(((ideograph >= 0x4E00 && ideograph <= 0x9FFF) || (ideograph >= 0x3400 && ideograph <= 0x4DBF)));
    }
}

TEST_CASE("a Qt-style PDF whose ToUnicode map names radicals extracts the ideographs after the repair", "[pdf]")
{
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
    // 心理星期一 as Qt writes it: ⼼ U+2F3C for 心, ⼀ U+2F00 for 一.
    const QByteArray before = qtStylePdf("2 beginbfrange\n<0000> <0000> <0000>\n"
                                         "<0001> <0005> [<2F3C> <7406> <661F> <671F> <2F00> ]\nendbfrange\n",
        5);
    checkStructure(before);
    const QString defect = pdftotext(before);
    INFO("before: " << defect.toStdString());
    REQUIRE(defect == QStringLiteral("⼼理星期⼀")); // as pdftotext shows it without the repair

    const QByteArray after = withSearchableText(before);
    checkStructure(after);
    const QString repaired = pdftotext(after);
    INFO("after: " << repaired.toStdString());
    CHECK(repaired == QStringLiteral("心理星期一"));
    CHECK(after.contains("[<0000> <5FC3> <7406> <661F> <671F> <4E00>]"));
    CHECK(withSearchableText(after) == after); // nothing left to repair
}

TEST_CASE("the repair reads bfchar entries and counting ranges, and keeps other texts", "[pdf]")
{
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
    // A counting range of radicals (⼀⼁⼂⼃ for 一丨丶丿), a bfchar radical (⻢ for 马), a
    // ligature (two units, kept), and a plain ideograph.
    const QByteArray before = qtStylePdf("1 beginbfrange\n<0001> <0004> <2F00>\nendbfrange\n"
                                         "3 beginbfchar\n<0005> <2EE2>\n<0006> <00660069>\n<0007> <5B66>\nendbfchar\n",
        7);
    const QByteArray after = withSearchableText(before);
    checkStructure(after);
    const QString repaired = pdftotext(after);
    INFO(repaired.toStdString());
    CHECK(repaired == QStringLiteral("一丨丶丿马fi学"));
}

TEST_CASE("a PDF without radicals, or not laid out as Qt writes it, comes back unchanged", "[pdf]")
{
    const QByteArray plain = qtStylePdf("1 beginbfrange\n<0001> <0002> [<5FC3> <7406>]\nendbfrange\n", 2);
    CHECK(withSearchableText(plain) == plain);
    CHECK(withSearchableText(QByteArray("not a pdf <2F3C>")) == QByteArray("not a pdf <2F3C>"));
    CHECK(withSearchableText(QByteArray()).isEmpty());
    // A compressed map is not what Qt writes: left alone rather than misread.
    QByteArray compressed = qtStylePdf("1 beginbfrange\n<0001> <0001> [<2F3C>]\nendbfrange\n", 1);
    const qsizetype at = compressed.lastIndexOf("<< /Length");
    compressed.insert(at + 2, " /Filter /FlateDecode");
    CHECK(withSearchableText(compressed) == compressed);
    // Cut short: no xref to fix, so nothing is changed.
    const QByteArray truncated = qtStylePdf("1 beginbfrange\n<0001> <0001> [<2F3C>]\nendbfrange\n", 1).chopped(40);
    CHECK(withSearchableText(truncated) == truncated);
}

TEST_CASE("a PDF file is repaired in place and keeps its permissions", "[pdf]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("roster.pdf"));
    writeBytes(path, qtStylePdf("1 beginbfrange\n<0001> <0002> [<2F3C> <7406>]\nendbfrange\n", 2));
    const QFileDevice::Permissions permissions
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    REQUIRE(QFile::setPermissions(path, permissions));
    makePdfFileSearchable(path);
    CHECK(readBytes(path).contains("[<5FC3> <7406>]"));
    CHECK(QFile::permissions(path).testFlag(QFileDevice::ReadGroup)); // as it was, not narrowed to 0600
    CHECK(QFile::permissions(path).testFlag(QFileDevice::ReadOther));
    CHECK(kindOf([&] { makePdfFileSearchable(dir.path(QStringLiteral("missing.pdf"))); }) == ErrorKind::Other);
}
