// The periodic export for the city platform (services/cityexport): small-cell suppression at 0,
// 1, 4 and 5, rates and totals that would give a hidden cell back, the files read back (the
// workbook with the project's own xlsx reader, the CSV with its parser, the manifest's SHA-256),
// owner-only files, no demo student's name or 学籍号 in any file, the periods, refusals, the
// audit entry and the roles.
#include "testsupport.h"

#include "io/csvreader.h"
#include "io/xlsxreader.h"
#include "repo/audit.h"
#include "services/cityexport.h"
#include "services/demodata.h"
#include "services/schoolfile.h"
#include "store/access.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

using namespace xinan;

namespace {

const QDateTime Generated(QDate(2026, 11, 16), QTime(2, 0), Qt::UTC);

PeriodFigures baseFigures()
{
    PeriodFigures f;
    f.period = { QStringLiteral("2026-2027-1"), QDate(2026, 9, 1), QDate(2027, 1, 31), true };
    f.schoolName = QStringLiteral("雷山县测试中学");
    f.schoolType = QStringLiteral("初中");
    f.city = QStringLiteral("黔东南州");
    f.county = QStringLiteral("雷山县");
    f.enrolled = 900;
    f.screeningRequired = 600;
    f.screened = 570;
    f.atEnd = { 10, 20, 40, 830 };
    f.keyStudentsAtEnd = 30;
    f.newKeyStudents = 12;
    f.plansAtEnd = 25;
    f.sessions = 200;
    f.sessionStudents = 80;
    for (const QString &name : cityExportCategories())
        f.sessionsByCategory.append({ name, name, 18 });
    f.returnApplications = 20;
    f.returnsApproved = 12;
    f.returnsDeferred = 8;
    f.visitsRequired = 300;
    f.visited = 240;
    f.lessonPeriodsRequired = 360;
    f.lessonPeriodsGiven = 300;
    f.counsellorsFullTime = 1;
    f.counsellorsPartTime = 3;
    f.rooms = 2;
    f.roomAreaM2 = 64.5;
    return f;
}

QString shown(const CityExportRow &row, const char *code)
{
    const CityCell *cell = row.cell(QString::fromLatin1(code));
    REQUIRE(cell);
    return cell->shown;
}

bool hidden(const CityExportRow &row, const QString &code)
{
    const CityCell *cell = row.cell(code);
    REQUIRE(cell);
    return cell->suppressed;
}

// No equation among the emitted columns has exactly one unknown: a total is hidden whenever one of
// its parts is, and a rate whenever its numerator or denominator is.
void checkNothingDerivable(const CityExportRow &row)
{
    for (const CityGroup &group : cityExportGroups()) {
        int hiddenCells = hidden(row, group.total) ? 1 : 0;
        for (const QString &part : group.parts)
            hiddenCells += hidden(row, part) ? 1 : 0;
        INFO("group " << group.total.toStdString());
        CHECK(hiddenCells != 1);
        if (hiddenCells > 0)
            CHECK(hidden(row, group.total));
    }
    for (const CityRate &rate : cityExportRates()) {
        INFO("rate " << rate.rate.toStdString());
        if (hidden(row, rate.numerator) || hidden(row, rate.denominator))
            CHECK(hidden(row, rate.rate));
    }
    for (const CityCell &cell : row.cells) {
        if (cell.isNumber && cell.type == CityValueType::Count) {
            const CityColumn &column = cityExportColumns().at(int(&cell - row.cells.constData()));
            if (column.suppressible)
                CHECK_FALSE((cell.number >= 1 && cell.number <= 4));
        }
    }
}

} // namespace

TEST_CASE("city export: counts at 0 1 4 5 are written 0 <5 <5 5", "[export]")
{
    for (const auto &[value, expected] :
        { std::pair { 0, "0" }, std::pair { 1, "<5" }, std::pair { 4, "<5" }, std::pair { 5, "5" } }) {
        PeriodFigures f = baseFigures();
        f.crises = value;
        f.leaves = value;
        const CityExportRow row = cityExportRow(f, QStringLiteral("XA0000000001"), Generated);
        INFO(value);
        CHECK(shown(row, "crises") == QLatin1String(expected));
        CHECK(shown(row, "leaves") == QLatin1String(expected));
        CHECK(row.suppressedColumns.contains(QStringLiteral("crises")) == (value >= 1 && value <= 4));
        const CityCell *crises = row.cell(QStringLiteral("crises"));
        CHECK(crises->isNumber == !(value >= 1 && value <= 4));
        CHECK(crises->smallCount == (value >= 1 && value <= 4));
    }
    // Facts about the school, not about any child, are written as they are.
    const CityExportRow row = cityExportRow(baseFigures(), QStringLiteral("XA0000000001"), Generated);
    CHECK(shown(row, "counsellors_full_time") == QLatin1String("1"));
    CHECK(shown(row, "counsellors_part_time") == QLatin1String("3"));
    CHECK(shown(row, "rooms") == QLatin1String("2"));
    CHECK(shown(row, "room_area_m2") == QLatin1String("64.5"));
    CHECK(shown(row, "format_version") == QLatin1String("1"));
    CHECK(shown(row, "screening_coverage") == QLatin1String("0.9500"));
    CHECK(shown(row, "visit_rate") == QLatin1String("0.8000"));
    CHECK(row.suppressedColumns.isEmpty());
    CHECK(row.fileStem() == QLatin1String("XA0000000001_2026-2027-1_city"));
}

TEST_CASE("city export: a rate with a hidden numerator or denominator is hidden, a rate of nothing is empty", "[export]")
{
    PeriodFigures f = baseFigures();
    f.screened = 3; // numerator hidden
    f.visitsRequired = 4; // denominator hidden
    f.visited = 4;
    f.lessonPeriodsRequired = 0;
    f.lessonPeriodsGiven = 0;
    const CityExportRow row = cityExportRow(f, QStringLiteral("XA0000000001"), Generated);
    CHECK(shown(row, "screened") == QLatin1String("<5"));
    CHECK(shown(row, "screening_coverage") == QStringLiteral("—"));
    CHECK(shown(row, "visits_required") == QLatin1String("<5"));
    CHECK(shown(row, "visit_rate") == QStringLiteral("—"));
    CHECK(shown(row, "lesson_rate").isEmpty());
    CHECK_FALSE(hidden(row, QStringLiteral("lesson_rate")));
    CHECK(row.suppressedColumns
        == QStringList { QStringLiteral("screened"), QStringLiteral("screening_coverage"), QStringLiteral("visits_required"),
            QStringLiteral("visited"), QStringLiteral("visit_rate") });
    checkNothingDerivable(row);
}

TEST_CASE("city export: a total minus the visible parts never gives back a suppressed cell", "[export]")
{
    SECTION("key students at the end = red + orange")
    {
        PeriodFigures f = baseFigures();
        f.atEnd = { 2, 30, 40, 828 };
        f.keyStudentsAtEnd = 32;
        const CityExportRow row = cityExportRow(f, QStringLiteral("XA0000000001"), Generated);
        CHECK(shown(row, "risk_red") == QLatin1String("<5"));
        CHECK(shown(row, "risk_orange") == QLatin1String("30"));
        CHECK(shown(row, "key_students_end") == QStringLiteral("—")); // 32 − 30 would give red
        // Green is no column: enrolled − orange − yellow would be red + green, not red.
        CHECK_FALSE(row.cell(QStringLiteral("risk_green")));
        checkNothingDerivable(row);
    }
    SECTION("sessions = the categories, a school-added category counted under 其他")
    {
        PeriodFigures f = baseFigures();
        f.sessionsByCategory.clear();
        f.sessionsByCategory.append({ QStringLiteral("学业压力"), QStringLiteral("学业压力"), 100 });
        f.sessionsByCategory.append({ QStringLiteral("睡眠问题"), QStringLiteral("睡眠问题"), 2 }); // the school's own
        f.sessionsByCategory.append({ QStringLiteral("其他"), QStringLiteral("其他"), 1 });
        f.sessions = 103;
        const CityExportRow row = cityExportRow(f, QStringLiteral("XA0000000001"), Generated);
        CHECK(row.cell(QStringLiteral("cat_other"))->number == 3);
        CHECK(shown(row, "cat_other") == QLatin1String("<5"));
        CHECK(shown(row, "cat_academic") == QLatin1String("100"));
        CHECK(shown(row, "cat_peers") == QLatin1String("0"));
        CHECK(shown(row, "sessions") == QStringLiteral("—"));
        checkNothingDerivable(row);
    }
    SECTION("return applications = approved + deferred")
    {
        PeriodFigures f = baseFigures();
        f.returnApplications = 9;
        f.returnsApproved = 6;
        f.returnsDeferred = 3;
        const CityExportRow row = cityExportRow(f, QStringLiteral("XA0000000001"), Generated);
        CHECK(shown(row, "returns_approved") == QLatin1String("6"));
        CHECK(shown(row, "returns_deferred") == QLatin1String("<5"));
        CHECK(shown(row, "return_applications") == QStringLiteral("—"));
    }
    SECTION("many random schools")
    {
        QRandomGenerator random(2026);
        for (int i = 0; i < 2000; ++i) {
            PeriodFigures f = baseFigures();
            auto small = [&random] { return int(random.bounded(12)); };
            f.atEnd = { small(), small(), small(), 800 };
            f.keyStudentsAtEnd = f.atEnd.red + f.atEnd.orange;
            f.screeningRequired = small();
            f.screened = qMin(small(), f.screeningRequired);
            f.visitsRequired = small();
            f.visited = qMin(small(), f.visitsRequired);
            f.sessionsByCategory.clear();
            f.sessions = 0;
            for (const QString &name : cityExportCategories()) {
                const int n = small();
                f.sessionsByCategory.append({ name, name, n });
                f.sessions += n;
            }
            f.returnsApproved = small();
            f.returnsDeferred = small();
            f.returnApplications = f.returnsApproved + f.returnsDeferred;
            f.crises = small();
            const CityExportRow row = cityExportRow(f, QStringLiteral("XA0000000001"), Generated);
            checkNothingDerivable(row);
        }
    }
}

namespace {

struct DemoExport
{
    clock::testing::FixedClock fixed { QDateTime(QDate(2026, 11, 16), QTime(10, 0)) };
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("demo.xinan"));
    DemoOptions options { 600, 2026 };
    QString recovery = createDemoDatabase(path, QStringLiteral("demo"), test::secret("demo lanterns by the river"), options);
    SchoolFile school = SchoolFile::unlockWithPassword(path, QStringLiteral("demo"), test::secret("demo lanterns by the river"));
    QString out = [this] {
        QDir(dir.root()).mkdir(QStringLiteral("out"));
        return dir.path(QStringLiteral("out"));
    }();
};

// The workbook's parts as text (unzipped), in a file beside it.
QString unzippedText(const DemoExport &demo, const QString &xlsx)
{
    const QString text = test::runTool(QStringLiteral("unzip"), { QStringLiteral("-p"), xlsx });
    const QString path = demo.dir.path(QStringLiteral("unzipped.txt"));
    test::writeBytes(path, text.toUtf8());
    return path;
}

int modeOf(const QString &path)
{
    struct stat st
    {
    };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 0777);
}

} // namespace

TEST_CASE("city export of the demo school: the workbook, the CSV and the manifest read back", "[export]")
{
    DemoExport demo;
    const CityExportResult result = writeCityExport(demo.school.db(), QStringLiteral("2026-2027-1"), demo.out, false);
    const CityExportRow &row = result.row;
    REQUIRE(result.files.size() == 3);
    const QString stem = row.schoolCode + QStringLiteral("_2026-2027-1_city");
    CHECK(row.schoolCode.startsWith(QLatin1String("XA")));
    CHECK(row.schoolCode.size() == 12);
    CHECK(row.schoolCode == cityExportSchoolCode(demo.school.db())); // stable
    CHECK(QDir(demo.out).entryList(QDir::Files | QDir::Hidden)
        == QStringList { QStringLiteral("manifest.json"), stem + QStringLiteral(".csv"), stem + QStringLiteral(".xlsx") });
    CHECK(shown(row, "enrolled") == QString::number(row.cell(QStringLiteral("enrolled"))->number));
    CHECK(row.cell(QStringLiteral("enrolled"))->number > 500);

    SECTION("the workbook's first sheet: the Chinese headers and the values")
    {
        const io::CellGrid grid = io::readXlsx(test::readBytes(demo.out + u'/' + stem + QStringLiteral(".xlsx")), stem);
        REQUIRE(grid.rows.size() == 2);
        QStringList headers;
        for (const CityColumn &column : cityExportColumns())
            headers << column.header;
        CHECK(grid.rows.at(0) == headers);
        QStringList values = grid.rows.at(1);
        while (values.size() < row.cells.size())
            values << QString();
        for (int c = 0; c < row.cells.size(); ++c) {
            const CityCell &cell = row.cells.at(c);
            INFO(cell.code.toStdString() << " " << values.at(c).toStdString());
            if (cell.isNumber)
                CHECK(values.at(c).toDouble() == Approx(cell.number));
            else
                CHECK(values.at(c) == cell.shown);
        }
        // The 说明 sheet explains every column (unzipped to look at it).
        const QString all
            = test::runTool(QStringLiteral("unzip"), { QStringLiteral("-p"), demo.out + u'/' + stem + QStringLiteral(".xlsx") });
        CHECK(all.contains(QStringLiteral("说明")));
        CHECK(all.contains(QStringLiteral("screening_coverage")));
        CHECK(all.contains(QStringLiteral("已筛查人数 ÷ 应筛查人数")));
    }
    SECTION("the CSV: a BOM, the codes, the values as shown")
    {
        const QByteArray bytes = test::readBytes(demo.out + u'/' + stem + QStringLiteral(".csv"));
        CHECK(bytes.startsWith("\xEF\xBB\xBF"));
        const auto decoded = io::decodeText(bytes);
        REQUIRE(decoded);
        const io::CellGrid grid = io::parseCsv(decoded->text, u',', stem);
        REQUIRE(grid.rows.size() == 2);
        QStringList codes, shownValues;
        for (const CityCell &cell : row.cells) {
            codes << cell.code;
            shownValues << cell.shown;
        }
        CHECK(grid.rows.at(0) == codes);
        CHECK(grid.rows.at(1) == shownValues);
        CHECK(grid.rows.at(1).at(codes.indexOf(QStringLiteral("format_version"))) == QLatin1String("1"));
    }
    SECTION("the manifest's sizes and SHA-256 match the files, and all are owner-only")
    {
        const QJsonObject manifest
            = QJsonDocument::fromJson(test::readBytes(demo.out + QStringLiteral("/manifest.json"))).object();
        CHECK(manifest.value(QStringLiteral("format_version")).toInt() == CityExportFormatVersion);
        CHECK(manifest.value(QStringLiteral("school_code")).toString() == row.schoolCode);
        CHECK(manifest.value(QStringLiteral("period")).toString() == QLatin1String("2026-2027-1"));
        CHECK(manifest.value(QStringLiteral("created_utc")).toString() == clock::nowUtc().toString(Qt::ISODate));
        CHECK(manifest.value(QStringLiteral("created_utc")).toString().endsWith(u'Z'));
        CHECK(manifest.value(QStringLiteral("xinan_version")).toString() == QLatin1String(XINAN_VERSION));
        const QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
        REQUIRE(files.size() == 2);
        for (const QJsonValue &value : files) {
            const QJsonObject file = value.toObject();
            const QByteArray bytes = test::readBytes(demo.out + u'/' + file.value(QStringLiteral("name")).toString());
            CHECK(file.value(QStringLiteral("size")).toInteger() == bytes.size());
            CHECK(file.value(QStringLiteral("sha256")).toString()
                == QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        }
        for (const QString &name : QDir(demo.out).entryList(QDir::Files | QDir::Hidden))
            CHECK(modeOf(demo.out + u'/' + name) == 0600);
    }
    SECTION("no student's name, 学籍号 or birth date in any file")
    {
        QStringList needles;
        for (const Student &s : demoStudents(demo.options, QDate(2026, 11, 16))) {
            needles << s.name << s.studentNo;
            if (s.birthDate.isValid())
                needles << s.birthDate.toString(Qt::ISODate);
        }
        REQUIRE(needles.size() > 1000);
        const QString xlsx = demo.out + u'/' + stem + QStringLiteral(".xlsx");
        const QString unzipped = unzippedText(demo, xlsx);
        const QStringList files { unzipped, demo.out + u'/' + stem + QStringLiteral(".csv"),
            demo.out + QStringLiteral("/manifest.json") };
        for (const QString &file : files) {
            INFO(file.toStdString());
            CHECK_FALSE(test::fileContainsAny(file, needles));
        }
    }
    SECTION("the export is in the audit log")
    {
        const QList<AuditEntry> entries = recentAudit(demo.school.db(), 3);
        REQUIRE_FALSE(entries.isEmpty());
        CHECK(entries.first().action == QLatin1String("export"));
        CHECK(entries.first().entity == QLatin1String("city_export"));
        CHECK(entries.first().detail.contains(QStringLiteral("manifest.json")));
    }
}

TEST_CASE("city export: periods, refusals and overwriting", "[export]")
{
    DemoExport demo;
    Database &db = demo.school.db();
    SECTION("a term, a month, the current term and a bad period")
    {
        const CityExportRow term = previewCityExport(db, QStringLiteral("2026-2027-1"));
        CHECK(term.period.isTerm);
        CHECK(term.period.from == QDate(2026, 9, 1));
        const CityExportRow month = previewCityExport(db, QStringLiteral("2026-11"));
        CHECK_FALSE(month.period.isTerm);
        CHECK(month.period.from == QDate(2026, 11, 1));
        CHECK(month.period.to == QDate(2026, 11, 30));
        CHECK(shown(month, "period") == QLatin1String("2026-11"));
        CHECK(previewCityExport(db).period.id == QLatin1String("2026-2027-1"));
        for (const char *bad : { "2026-13", "autumn", "2026-2027-3" })
            CHECK_THROWS_MATCHES(previewCityExport(db, QString::fromLatin1(bad)), Error, test::HasKind(ErrorKind::Rejected));
    }
    SECTION("a folder that is not there, a file for a folder, and files already there")
    {
        CHECK_THROWS_MATCHES(writeCityExport(db, QString(), demo.dir.path(QStringLiteral("nowhere")), false), Error,
            test::HasKind(ErrorKind::Rejected));
        test::writeBytes(demo.dir.path(QStringLiteral("plain")), "x");
        CHECK_THROWS_MATCHES(writeCityExport(db, QString(), demo.dir.path(QStringLiteral("plain")), false), Error,
            test::HasKind(ErrorKind::Rejected));
        CHECK(QDir(demo.out).isEmpty());

        const CityExportResult first = writeCityExport(db, QString(), demo.out, false);
        const QByteArray manifestBefore = test::readBytes(demo.out + QStringLiteral("/manifest.json"));
        try {
            writeCityExport(db, QString(), demo.out, false);
            FAIL("no refusal");
        } catch (const Error &e) {
            CHECK(e.kind() == ErrorKind::Rejected);
            CHECK(QString(e.message()).contains(first.row.fileStem() + QStringLiteral(".xlsx")));
        }
        CHECK(test::readBytes(demo.out + QStringLiteral("/manifest.json")) == manifestBefore);
        clock::testing::FixedClock later(QDateTime(QDate(2026, 11, 17), QTime(9, 0)));
        writeCityExport(db, QString(), demo.out, true);
        CHECK(test::readBytes(demo.out + QStringLiteral("/manifest.json")) != manifestBefore);
        CHECK(QDir(demo.out).entryList(QDir::Files | QDir::Hidden).size() == 3); // no temporary file left
    }
    SECTION("a folder that is not writable")
    {
        if (::geteuid() == 0)
            SUCCEED("root writes anywhere");
        else {
            QFile::setPermissions(demo.out, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
            CHECK_THROWS_MATCHES(writeCityExport(db, QString(), demo.out, false), Error, test::HasKind(ErrorKind::Rejected));
            QFile::setPermissions(demo.out, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
    }
}

TEST_CASE("city export: the head may export, a class teacher and an administrator may not", "[export][roles]")
{
    DemoExport demo;
    Database &db = demo.school.db();
    db.setAccess(Access::forAccount(QStringLiteral("zhao"), AccountRole::Head, {}, {}));
    CHECK(writeCityExport(db, QString(), demo.out, false).files.size() == 3);
    db.setAccess(
        Access::forAccount(QStringLiteral("zhou"), AccountRole::ClassTeacher, { ClassRef { 8, QStringLiteral("1班") } }, {}));
    CHECK_THROWS_MATCHES(previewCityExport(db), Error, test::HasKind(ErrorKind::Denied));
    CHECK_THROWS_MATCHES(writeCityExport(db, QString(), demo.out, true), Error, test::HasKind(ErrorKind::Denied));
    db.setAccess(Access::forAccount(QStringLiteral("xu"), AccountRole::Admin, {}, {}));
    CHECK_THROWS_MATCHES(previewCityExport(db), Error, test::HasKind(ErrorKind::Denied));
}

TEST_CASE("city export: docs/export-format.md describes every column in order", "[export]")
{
    const QString doc = QString::fromUtf8(test::readBytes(QStringLiteral(XINAN_EXPORT_FORMAT_DOC)));
    REQUIRE(doc.contains(QStringLiteral("format version %1").arg(CityExportFormatVersion)));
    int at = 0;
    int number = 0;
    for (const CityColumn &column : cityExportColumns()) {
        const QString line = QStringLiteral("| %1 | `%2` | %3 |").arg(++number).arg(column.code, column.header);
        const int found = int(doc.indexOf(line, at));
        INFO(line.toStdString());
        CHECK(found > at);
        at = std::max(at, found);
    }
    CHECK_FALSE(doc.contains(QStringLiteral("| %1 | `").arg(number + 1)));
}
