// Every sheet XinAn prints to a PDF (duty roster, appointment slip, weekly review, recovery key)
// extracts as the characters it shows: pdftotext gives 心理 and 星期一, never the Kangxi radicals
// (⼼理, 星期⼀) that Qt's PDF engine names for the glyphs Noto CJK shares between a radical and
// its ideograph. Checked with the application's default font and with Noto Sans CJK SC, and
// without any normalisation of what pdftotext gives (what a user copies is what they get).
#include "uitestsupport.h"

#include "appointments/appointmentslip.h"
#include "duty/dutyprint.h"
#include "keystudents/weeklysheet.h"
#include "services/dutysheet.h"
#include "services/pdfoutput.h"
#include "testsupport.h"
#include "unlock/recoverysheet.h"

#include <QApplication>
#include <QFont>
#include <QHash>
#include <QPrinter>
#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTranslator>

#include <functional>

using namespace xinan;
using namespace xinan::test;

namespace {

// Everyday words whose characters Noto CJK draws with a radical's glyph (心 ⼼, 一 ⼀, 人 ⼈, 长 ⻓,
// 马 ⻢, 见 ⻅, 风 ⻛, 车 ⻋, 龙 ⻰, 户 ⼾, 田 ⽥, 门 ⻔ …) and some that it does not (理, 期, 籍).
const QStringList Words = { QStringLiteral("心理"), QStringLiteral("第一中学"), QStringLiteral("人民路"), QStringLiteral("班长"),
    QStringLiteral("马小龙"), QStringLiteral("见面"), QStringLiteral("风车"), QStringLiteral("户籍"),
    QStringLiteral("田山水火木"), QStringLiteral("金土日月"), QStringLiteral("大口女子"), QStringLiteral("门鱼鸟黄"),
    QStringLiteral("言食高骨"), QStringLiteral("八十二") };

// Prints through `print` to a PDF and checks what pdftotext gives: every word of `words`
// (line breaks and spaces removed) and no radical.
void checkPdf(const std::function<void(QPrinter &)> &print, const QStringList &words)
{
    TempDir dir;
    const QString pdf = dir.path(QStringLiteral("sheet.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    print(printer);
    REQUIRE(printer.printerState() != QPrinter::Error);
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(radicalsIn(text).isEmpty());
    const QString compact = QString(text).remove(QRegularExpression(QStringLiteral("\\s")));
    for (const QString &word : words) {
        INFO(word.toStdString());
        CHECK(compact.contains(word));
    }
}

// The sheets use the application's font: Qt's default pick for Han text, or the CJK font the
// GUI sets.
class AppFont
{
public:
    explicit AppFont(const QString &family)
        : m_old(QApplication::font())
    {
        if (!family.isEmpty())
            QApplication::setFont(QFont(family, 10));
    }
    ~AppFont() { QApplication::setFont(m_old); }

private:
    QFont m_old;
};

// The Chinese interface while alive (the sheets' own words in Chinese: 星期一 …).
class Chinese
{
public:
    Chinese()
    {
        REQUIRE(m_translator.load(QStringLiteral(":/i18n/xinan_zh_CN.qm")));
        QCoreApplication::installTranslator(&m_translator);
    }
    ~Chinese() { QCoreApplication::removeTranslator(&m_translator); }

private:
    QTranslator m_translator;
};

DutySheet sampleDutySheet()
{
    DutySheet sheet;
    sheet.schoolName = QStringLiteral("人民路第一中学");
    sheet.week.monday = QDate(2026, 11, 16);
    sheet.printedOn = QDate(2026, 11, 13);
    sheet.periods = { DutyPeriod { QStringLiteral("morning"), QStringLiteral("上午"), QTime(8, 0), QTime(12, 0), 1 } };
    const QStringList staff = { QStringLiteral("马小龙"), QStringLiteral("田山水火木"), QStringLiteral("金土日月"),
        QStringLiteral("大口女子"), QStringLiteral("门鱼鸟黄") };
    for (int i = 0; i < staff.size(); ++i) {
        DutyShift shift;
        shift.id = i + 1;
        shift.day = sheet.week.monday.addDays(i);
        shift.periodCode = QStringLiteral("morning");
        shift.periodName = QStringLiteral("上午");
        shift.starts = QTime(8, 0);
        shift.ends = QTime(12, 0);
        shift.roomId = 1;
        shift.roomName = i == 0 ? QStringLiteral("心理见面室") : QStringLiteral("风车户籍室");
        shift.staffId = i + 1;
        shift.staffName = staff.at(i);
        shift.origin = QStringLiteral("template");
        sheet.week.shifts.append(shift);
    }
    sheet.week.shifts[1].staffName = QStringLiteral("班长言食高骨");
    sheet.week.shifts[2].roomName = QStringLiteral("八十二");
    return sheet;
}

} // namespace

TEST_CASE("every printed PDF extracts ideographs, not Kangxi radicals", "[ui][print][pdftext]")
{
    // poppler-utils is part of the build requirements.
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
    const QString family = GENERATE(QString(), QStringLiteral("Noto Sans CJK SC"));
    INFO("font: " << (family.isEmpty() ? std::string("application default") : family.toStdString()));
    AppFont font(family);

    SECTION("duty roster")
    {
        const DutySheet sheet = sampleDutySheet();
        checkPdf([&](QPrinter &p) { ui::printDutySheet(p, sheet); },
            { QStringLiteral("人民路第一中学"), QStringLiteral("心理见面室"), QStringLiteral("马小龙"),
                QStringLiteral("金土日月"), QStringLiteral("大口女子"), QStringLiteral("门鱼鸟黄"),
                QStringLiteral("班长言食高骨"), QStringLiteral("八十二"), QStringLiteral("风车户籍室") });
    }
    SECTION("duty roster in Chinese names the weekdays 星期一 … 星期五")
    {
        Chinese chinese;
        const DutySheet sheet = sampleDutySheet();
        checkPdf([&](QPrinter &p) { ui::printDutySheet(p, sheet); },
            { QStringLiteral("星期一"), QStringLiteral("星期二"), QStringLiteral("星期三"), QStringLiteral("星期四"),
                QStringLiteral("星期五"), QStringLiteral("心理见面室"), QStringLiteral("人民路第一中学") });
    }
    SECTION("appointment slip")
    {
        ui::AppointmentSlip slip;
        slip.schoolName = QStringLiteral("人民路第一中学");
        slip.appointment.studentName = QStringLiteral("马小龙");
        slip.appointment.grade = 8;
        slip.appointment.className = QStringLiteral("门鱼鸟黄");
        slip.appointment.staffName = QStringLiteral("田山水火木");
        slip.appointment.roomName = QStringLiteral("心理见面室");
        slip.appointment.start = QDateTime(QDate(2026, 11, 16), QTime(8, 0), Qt::UTC);
        slip.appointment.end = slip.appointment.start.addSecs(40 * 60);
        slip.printedOn = QDate(2026, 11, 13);
        checkPdf([&](QPrinter &p) { ui::printAppointmentSlip(p, slip); },
            { QStringLiteral("人民路第一中学"), QStringLiteral("马小龙"), QStringLiteral("门鱼鸟黄"),
                QStringLiteral("田山水火木"), QStringLiteral("心理见面室") });
    }
    SECTION("weekly review sheet")
    {
        ui::WeeklySheet sheet;
        sheet.schoolName = QStringLiteral("人民路第一中学");
        sheet.board.weekStart = QDate(2026, 11, 16);
        sheet.printedOn = QDate(2026, 11, 20);
        BoardRow row;
        row.studentId = 1;
        row.studentNo = QStringLiteral("G520000000031");
        row.name = QStringLiteral("马小龙");
        row.grade = 8;
        row.className = QStringLiteral("八十二");
        row.teachers = { QStringLiteral("田山水火木") };
        row.since = QDate(2026, 11, 2);
        row.update = WeeklyUpdate { 1, 1, sheet.board.weekStart, WeeklyStatus::Worse, QStringLiteral("心理见面，风车户籍"),
            QStringLiteral("班长言食高骨"), QStringLiteral("wang"), QDateTime(QDate(2026, 11, 18), QTime(8, 0), Qt::UTC) };
        sheet.board.rows = { row };
        sheet.board.orange = 1;
        sheet.board.updated = 1;
        checkPdf([&](QPrinter &p) { ui::printWeeklySheet(p, sheet); },
            { QStringLiteral("人民路第一中学"), QStringLiteral("马小龙"), QStringLiteral("田山水火木"),
                QStringLiteral("心理见面"), QStringLiteral("风车户籍"), QStringLiteral("班长言食高骨") });
    }
    SECTION("recovery key sheet")
    {
        TempDir dir;
        const ui::RecoverySheet sheet { QStringLiteral("7K3QD-9XW2M-FT6HB-R4NPA-2JC8V-YE5GS-0MZK1-HQ3TW-8D6RN"),
            Words.join(QString()), dir.path(QStringLiteral("school.xinan")), QDate(2026, 9, 1) };
        checkPdf([&](QPrinter &p) { ui::printRecoverySheet(p, sheet); },
            { Words.join(QString()), QStringLiteral("7K3QD-9XW2M-FT6HB") });
    }
}

TEST_CASE("the radical table agrees with the glyphs Noto Sans CJK SC shares", "[ui][print][pdftext]")
{
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(20);
    const QRawFont raw = QRawFont::fromFont(font);
    REQUIRE(raw.familyName().contains(QStringLiteral("Noto Sans CJK")));
    const auto glyph = [&](char16_t c) {
        const QList<quint32> g = raw.glyphIndexesForString(QString(QChar(c)));
        return g.size() == 1 ? g.first() : 0u;
    };
    // Which ideographs (unified, extension A, compatibility) each glyph draws.
    QHash<quint32, QList<char16_t>> ideographsOf;
    for (char32_t c = 0x3400; c <= 0xFAFF; ++c) {
        if ((c >= 0x4DC0 && c < 0x4E00) || (c >= 0xA000 && c < 0xF900))
            continue;
        if (const quint32 g = glyph(char16_t(c)))
            ideographsOf[g].append(char16_t(c));
    }
    int shared = 0;
    for (char16_t r = 0x2E80; r <= 0x2FDF; ++r) {
        const quint32 g = glyph(r);
        if (!g || !ideographsOf.contains(g))
            continue; // a glyph of its own: Qt names the radical, rightly
        ++shared;
        const char16_t ideograph = ideographForRadical(r);
        INFO("radical U+" << QString::number(r, 16).toStdString());
        REQUIRE(ideograph != 0);
        // The same glyph, or the canonical form of the compatibility ideograph that has it.
        bool same = glyph(ideograph) == g;
        for (char16_t c : ideographsOf.value(g))
            same = same || QString(QChar(c)).normalized(QString::NormalizationForm_C) == QString(QChar(ideograph));
        CHECK(same);
    }
    CHECK(shared > 250); // 214 Kangxi radicals and most of the supplement
}
