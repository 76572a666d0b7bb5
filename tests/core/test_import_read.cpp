// Roster import, reading side: encodings, CSV and xlsx readers, header detection, column
// mapping, the value parsers, and the files that must be refused.
#include "error.h"
#include "io/csvreader.h"
#include "io/xlsxreader.h"
#include "io/xlsxreader_testing.h"
#include "services/rosterimport.h"
#include "services/rostervalues.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace xinan;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(XINAN_TEST_DATA_DIR "/rosters/") + QString::fromUtf8(name);
}

RosterTable fromCsv(const char *utf8)
{
    return readRosterFromBytes(QByteArray(utf8), QStringLiteral("csv"), QStringLiteral("t.csv"));
}

} // namespace

TEST_CASE("Every roster fixture reads as the same table", "[import]")
{
    const auto [file, format, encoding] = GENERATE(table<const char *, const char *, const char *>({
        { "roster_utf8.csv", "csv", "UTF-8" },
        { "roster_utf8_bom.csv", "csv", "UTF-8 (BOM)" },
        { "roster_gbk.csv", "csv", "GB18030" },
        { "roster.xlsx", "xlsx", "UTF-8" },
    }));
    INFO(file);
    const RosterTable t = readRoster(fixture(file));
    CHECK(t.format == QString::fromUtf8(format));
    CHECK(t.encoding == QString::fromUtf8(encoding));
    CHECK(t.headerRow == 2); // a title row above the header
    REQUIRE(t.headers.size() == 11);
    CHECK(t.headers.at(0) == QStringLiteral("学籍号"));
    CHECK(t.headers.at(3) == QStringLiteral("出生日期")); // xlsx: two rich-text runs
    CHECK(t.headers.at(9) == QStringLiteral("与学生关系")); // xlsx: an inline string
    REQUIRE(t.rows.size() == 10);
    CHECK(t.fileRows.first() == 3);
    CHECK(t.fileRows.last() == 12);
    CHECK(t.rows.at(0).at(0) == QStringLiteral("G520100201301010011")); // stray spaces trimmed
    CHECK(t.rows.at(0).at(1) == QStringLiteral("张小雨")); // xlsx: phonetic run left out
    CHECK(t.rows.at(0).at(10) == QStringLiteral("13800000001")); // xlsx: a number cell
    CHECK(t.rows.at(2).at(0) == QStringLiteral("ＧＡ１２３４５６７８")); // as written; normalised later
    CHECK(t.rows.at(8).at(1).isEmpty()); // the missing name
    for (const QStringList &row : t.rows)
        CHECK(row.size() == 11); // sparse xlsx rows padded

    const QMap<int, RosterField> m = guessRosterMapping(t.headers);
    CHECK(m.size() == 11);
    CHECK(m.value(0) == RosterField::StudentNo);
    CHECK(m.value(3) == RosterField::BirthDate);
    CHECK(m.value(5) == RosterField::ClassName);
    CHECK(m.value(7) == RosterField::LeftBehind);
    CHECK(m.value(10) == RosterField::GuardianPhone);
}

TEST_CASE("Header synonyms map columns, 学号 only as a fallback", "[import]")
{
    const QStringList headers { QStringLiteral("全国学籍号"), QStringLiteral("学生姓名"), QStringLiteral("性别(男/女)"),
        QStringLiteral("出生年月"), QStringLiteral("班别"), QStringLiteral("是否寄宿"), QStringLiteral("家长电话"),
        QStringLiteral("学号"), QStringLiteral("身份证号"), QStringLiteral("建档立卡"), QStringLiteral(" 民 族 "),
        QStringLiteral("Student number (学籍号)") };
    const auto m = guessRosterMapping(headers);
    CHECK(m.value(0) == RosterField::StudentNo);
    CHECK(m.value(1) == RosterField::Name);
    CHECK(m.value(2) == RosterField::Gender);
    CHECK(m.value(3) == RosterField::BirthDate);
    CHECK(m.value(4) == RosterField::ClassName);
    CHECK(m.value(5) == RosterField::Boarding);
    CHECK(m.value(6) == RosterField::GuardianPhone);
    CHECK_FALSE(m.contains(7)); // 学号: 全国学籍号 is better
    CHECK_FALSE(m.contains(8)); // the ID-card number is never imported
    CHECK(m.value(9) == RosterField::FinancialHardship);
    CHECK(m.value(10) == RosterField::Ethnicity);
    CHECK_FALSE(m.contains(11)); // a second 学籍号 column: the first wins

    const auto fallback = guessRosterMapping({ QStringLiteral("学号"), QStringLiteral("姓名") });
    CHECK(fallback.value(0) == RosterField::StudentNo);
    for (const RosterField f : allRosterFields())
        CHECK_FALSE(rosterFieldName(f).isEmpty());
}

TEST_CASE("Cell values are parsed the ways teachers write them", "[import]")
{
    using namespace xinan::roster;
    for (const char *d :
        { "2013-05-01", "2013/5/1", "2013.5.1", "20130501", "2013年5月1日", " 2013-05-01 00:00:00", "２０１３－０５－０１" })
        CHECK(parseDate(QString::fromUtf8(d), false, false) == QDate(2013, 5, 1));
    CHECK(parseDate(QStringLiteral("2013-05"), false, false) == QDate(2013, 5, 1));
    CHECK(parseDate(QStringLiteral("2013年5月"), false, false) == QDate(2013, 5, 1));
    for (const char *bad : { "2013-13-01", "2013/2/30", "13-5-1", "next May", "41395" })
        CHECK_FALSE(parseDate(QString::fromUtf8(bad), false, false));
    CHECK(parseDate(QStringLiteral("41395"), true, false) == QDate(2013, 5, 1)); // Excel serial
    CHECK(parseDate(QStringLiteral("61"), true, false) == QDate(1900, 3, 1)); // after Lotus's 29 Feb 1900
    CHECK(parseDate(QStringLiteral("59"), true, false) == QDate(1900, 2, 28));
    CHECK_FALSE(parseDate(QStringLiteral("60"), true, false)); // the day that never was
    CHECK(parseDate(QStringLiteral("39934"), true, true) == QDate(2013, 5, 2)); // 1904 system

    const std::pair<const char *, int> grades[] = { { "一年级", 1 }, { "六年级", 6 }, { "初一", 7 }, { "初三", 9 },
        { "七年级", 7 }, { "九年级", 9 }, { "高一", 10 }, { "高三", 12 }, { "中职一年级", 13 }, { "中职3年级", 15 }, { "1", 1 },
        { "12", 12 }, { "初中二年级", 8 }, { "小学5年级", 5 }, { "４", 4 } };
    for (const auto &[text, g] : grades) {
        INFO(text);
        CHECK(parseGrade(QString::fromUtf8(text)) == g);
    }
    for (const char *bad : { "13", "0", "七", "大一", "2013级", "小学七年级" })
        CHECK_FALSE(parseGrade(QString::fromUtf8(bad)));

    int g = 0;
    CHECK(normaliseClassName(QStringLiteral("（3）班"), &g) == QStringLiteral("3班"));
    CHECK(g == 0);
    CHECK(normaliseClassName(QStringLiteral("3")) == QStringLiteral("3班"));
    CHECK(normaliseClassName(QStringLiteral("03班")) == QStringLiteral("3班"));
    CHECK(normaliseClassName(QStringLiteral("三年级3班"), &g) == QStringLiteral("3班"));
    CHECK(g == 3);
    CHECK(normaliseClassName(QStringLiteral("初一(2)班"), &g) == QStringLiteral("2班"));
    CHECK(g == 7);
    CHECK(normaliseClassName(QStringLiteral("七（5）班"), &g) == QStringLiteral("5班"));
    CHECK(g == 7);
    CHECK(normaliseClassName(QStringLiteral("火箭班")) == QStringLiteral("火箭班"));

    CHECK(normaliseEthnicity(QStringLiteral("苗")) == QStringLiteral("苗族"));
    CHECK(normaliseEthnicity(QStringLiteral("布依族")) == QStringLiteral("布依族"));
    CHECK(normaliseEthnicity(QStringLiteral("穿青人")) == QStringLiteral("穿青人"));
    CHECK(parseGender(QStringLiteral("男性")) == Gender::Male);
    CHECK(parseGender(QStringLiteral("F")) == Gender::Female);
    CHECK_FALSE(parseGender(QStringLiteral("难")));
    for (const char *y : { "是", "Y", "1", "√", "ｙ" })
        CHECK(parseYesNo(QString::fromUtf8(y)) == true);
    for (const char *n : { "否", "N", "0", "×" })
        CHECK(parseYesNo(QString::fromUtf8(n)) == false);
    CHECK_FALSE(parseYesNo(QStringLiteral("也许")));
    CHECK(parseStatus(QStringLiteral("转出")) == StudentStatus::TransferredOut);
    CHECK(parseStatus(QStringLiteral("休学")) == StudentStatus::Suspended);
    CHECK_FALSE(parseStatus(QStringLiteral("失踪")));
    CHECK(parsePhone(QStringLiteral("138 0000 0002")) == QStringLiteral("13800000002"));
    CHECK(parsePhone(QStringLiteral("+86 13800000002")) == QStringLiteral("13800000002"));
    CHECK(parsePhone(QStringLiteral("0854-8123456")) == QStringLiteral("0854-8123456"));
    CHECK_FALSE(parsePhone(QStringLiteral("13800")));
    CHECK_FALSE(parsePhone(QStringLiteral("138000000001")));
    CHECK_FALSE(parsePhone(QStringLiteral("138-abc-0000")));
    CHECK(normaliseStudentNo(QStringLiteral(" ｇａ１２ ３４ ")) == QStringLiteral("GA1234"));
    CHECK(normaliseStudentNo(QStringLiteral("=\"G0012\"")) == QStringLiteral("G0012"));
    CHECK(normaliseStudentNo(QStringLiteral("'0012345")) == QStringLiteral("0012345"));
    CHECK(normaliseName(QStringLiteral("李　明 ")) == QStringLiteral("李明"));
    CHECK(normaliseName(QStringLiteral(" Ali  Wang ")) == QStringLiteral("Ali Wang"));
}

TEST_CASE("CSV follows RFC 4180 and finds its delimiter", "[import]")
{
    const RosterTable t = fromCsv("学籍号,姓名,监护人\r\n"
                                  "G0000001,\"张,三\",\"李\"\"四\"\"\"\r\n"
                                  "G0000002,\"王\n五\",赵六\r\n"
                                  ",,\r\n"
                                  "G0000003,钱七,孙八");
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows.at(0).at(1) == QStringLiteral("张,三"));
    CHECK(t.rows.at(0).at(2) == QStringLiteral("李\"四\""));
    CHECK(t.rows.at(1).at(1) == QStringLiteral("王\n五"));
    CHECK(t.fileRows == QList<int> { 2, 3, 5 }); // records, as Excel numbers them; the blank one skipped

    for (const char *text : { "学籍号\t姓名\t性别\nG0000001\t张三\t男\n", "学籍号;姓名;性别\nG0000001;张三;男\n" }) {
        const RosterTable d = fromCsv(text);
        REQUIRE(d.rows.size() == 1);
        CHECK(d.rows.at(0) == QStringList { QStringLiteral("G0000001"), QStringLiteral("张三"), QStringLiteral("男") });
    }
    // Excel's "Unicode text": UTF-16 with a BOM, tab-separated.
    QByteArray utf16("\xFF\xFE");
    const QString text = QStringLiteral("学籍号\t姓名\r\nG0000001\t张三\r\n");
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const RosterTable u = readRosterFromBytes(utf16, QStringLiteral("csv"), QStringLiteral("u.txt"));
    CHECK(u.encoding == QStringLiteral("UTF-16"));
    CHECK(u.rows.at(0).at(1) == QStringLiteral("张三"));
    // A header row further down, short data rows padded, extra data columns kept.
    const RosterTable p = fromCsv("名单\n\n说明：合成数据\n学籍号,姓名\nG0000001\nG0000002,李四,多余\n");
    CHECK(p.headerRow == 4);
    CHECK(p.headers.size() == 3);
    CHECK(p.rows.at(0) == QStringList { QStringLiteral("G0000001"), QString(), QString() });
}

TEST_CASE("Files that are not rosters are refused with a reason", "[import]")
{
    const auto rejected = [](const QByteArray &bytes, const QString &format, const char *expected) {
        try {
            readRosterFromBytes(bytes, format, QStringLiteral("名单.") + format);
            FAIL("not refused");
        } catch (const Error &e) {
            INFO(e.message().toStdString());
            CHECK(e.kind() == ErrorKind::Rejected);
            CHECK(e.message().contains(QStringLiteral("名单.")));
            CHECK(e.message().contains(QString::fromUtf8(expected)));
        }
    };
    rejected({}, QStringLiteral("csv"), "empty");
    rejected("   \r\n", QStringLiteral("csv"), "empty");
    rejected("a,b,c\n1,2,3\n", QStringLiteral("csv"), "no header row");
    rejected("学籍号,姓名\n", QStringLiteral("csv"), "no students");
    rejected(QByteArray("\x00\x01\x02\xff\xfe binary", 12), QStringLiteral("csv"), "not a text table");
    rejected("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", QStringLiteral("xls"), ".xls");
    rejected("学籍号,姓名", QStringLiteral("xlsx"), "not a zip");
    rejected("PK\x03\x04 broken", QStringLiteral("xlsx"), "xlsx");
    rejected(QByteArray(MaxRosterFileBytes + 1, 'a'), QStringLiteral("csv"), "larger than 50 MB");
    QByteArray many("学籍号,姓名\n");
    many.reserve(MaxRosterRows * 4 + 64);
    for (int i = 0; i < MaxRosterRows + 1; ++i)
        many.append("1,2\n");
    rejected(many, QStringLiteral("csv"), "more than 500000 rows");
    CHECK(test::kindOf([] { readRoster(QStringLiteral("/nonexistent/名单.xlsx")); }) == ErrorKind::Rejected);

    // A zip bomb: 257 MiB of worksheet spaces from 260 kB, refused at the first run of text longer
    // than any cell, long before the 256 MiB part limit (tests/core/test_xlsx_limits.cpp).
    try {
        readRoster(fixture("bomb.xlsx"));
        FAIL("bomb not refused");
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::Rejected);
        CHECK(e.message().contains(QStringLiteral("longer than")));
        CHECK(testing::lastXlsxUnpackedBytes() < 1024 * 1024);
    }
}

TEST_CASE("xlsx cell references place cells in their columns", "[import]")
{
    CHECK(io::parseCellReference(u"A1") == std::pair(0, 1));
    CHECK(io::parseCellReference(u"C12") == std::pair(2, 12));
    CHECK(io::parseCellReference(u"AA3") == std::pair(26, 3));
    CHECK(io::parseCellReference(u"12").first == -1);
    CHECK(io::parseCellReference(u"B").first == -1);
    CHECK(io::parseCellReference(u"ZZZZZZ1").first == -1);
}
