// xinan_bench_import: roster import of a 10,000-student school, as GB18030 CSV (what Chinese
// Excel saves) and as .xlsx: readRoster, planRosterImport and applyRosterImport into a fresh
// encrypted database, then next year's roster (every student promoted: 10,000 updates).
// Not a ctest test; run by hand (docs/performance.md, "Roster import").
#include "crypto/recoverykey.h"
#include "crypto/secret.h"
#include "domain/student.h"
#include "services/demodata.h"
#include "services/rosterimport.h"
#include "store/database.h"
#include "store/migrations.h"

#include "benchsheets.h"
#include "benchutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace xinan;
using namespace xinan::bench;

namespace {

const QStringList Headers { QStringLiteral("学籍号"), QStringLiteral("姓名"), QStringLiteral("性别"), QStringLiteral("出生日期"),
    QStringLiteral("年级"), QStringLiteral("班级"), QStringLiteral("民族"), QStringLiteral("是否住校"),
    QStringLiteral("是否留守儿童"), QStringLiteral("是否单亲"), QStringLiteral("孤儿"), QStringLiteral("随迁子女"),
    QStringLiteral("残疾"), QStringLiteral("家庭经济困难"), QStringLiteral("监护人"), QStringLiteral("与学生关系"),
    QStringLiteral("联系电话"), QStringLiteral("学籍状态") };

QString chineseGrade(int g)
{
    static const QStringList names { QStringLiteral("一年级"), QStringLiteral("二年级"), QStringLiteral("三年级"),
        QStringLiteral("四年级"), QStringLiteral("五年级"), QStringLiteral("六年级"), QStringLiteral("初一"),
        QStringLiteral("初二"), QStringLiteral("初三"), QStringLiteral("高一"), QStringLiteral("高二"), QStringLiteral("高三"),
        QStringLiteral("中职一年级"), QStringLiteral("中职二年级"), QStringLiteral("中职三年级") };
    return names.value(g - 1);
}

QList<QStringList> rosterRows(const QList<Student> &students, int gradeShift)
{
    QList<QStringList> rows;
    for (const Student &s : students) {
        const auto yn = [](bool b) { return b ? QStringLiteral("是") : QStringLiteral("否"); };
        const Guardian g = s.guardians.value(0);
        rows.append({ s.studentNo, s.name, s.gender == Gender::Male ? QStringLiteral("男") : QStringLiteral("女"),
            s.birthDate.toString(QStringLiteral("yyyy/M/d")), chineseGrade(std::min(15, s.grade + gradeShift)), s.className,
            s.ethnicity, yn(s.boarding), yn(s.specialFlags & LeftBehind), yn(s.specialFlags & SingleParent),
            yn(s.specialFlags & Orphan), yn(s.specialFlags & Migrant), yn(s.specialFlags & Disability),
            yn(s.specialFlags & FinancialHardship), g.name, g.relation, g.phone, QStringLiteral("在读") });
    }
    return rows;
}

void writeCsv(const QString &path, const QList<QStringList> &rows)
{
    writeGbkCsv(path, Headers, rows);
}

void writeXlsx(const QString &path, const QList<QStringList> &rows)
{
    writeSharedStringsXlsx(path, QStringLiteral("名册"), Headers, rows);
}

struct Result
{
    std::vector<double> read, plan, apply, total, reread, replan, reapply, retotal;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    fixClock();
    initCrypto();
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("rows"), QStringLiteral("Students in the roster (default 10000)."), QStringLiteral("N"),
        QStringLiteral("10000") });
    parser.addOption({ QStringLiteral("runs"), QStringLiteral("Repetitions; medians are reported (default 3)."),
        QStringLiteral("R"), QStringLiteral("3") });
    parser.addOption(
        { QStringLiteral("dir"), QStringLiteral("Where the temporary files go (a real disk)."), QStringLiteral("DIR") });
    parser.process(app);
    const int rows = std::max(1, parser.value(QStringLiteral("rows")).toInt());
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QTemporaryDir tmp(parser.isSet(QStringLiteral("dir"))
            ? parser.value(QStringLiteral("dir")) + QStringLiteral("/xinan-import-XXXXXX")
            : QString());

    const QList<Student> students = demoStudents({ rows, 2026 });
    const QString csv = tmp.filePath(QStringLiteral("roster.csv")), csvNext = tmp.filePath(QStringLiteral("next.csv"));
    const QString xlsx = tmp.filePath(QStringLiteral("roster.xlsx")), xlsxNext = tmp.filePath(QStringLiteral("next.xlsx"));
    writeCsv(csv, rosterRows(students, 0));
    writeCsv(csvNext, rosterRows(students, 1));
    writeXlsx(xlsx, rosterRows(students, 0));
    writeXlsx(xlsxNext, rosterRows(students, 1));

    out() << "Roster import: " << rows << " students, " << runs << " run(s), load " << loadAverage() << "\n";
    out() << "files: CSV (GB18030) " << QFileInfo(csv).size() / 1024 << " KiB, xlsx " << QFileInfo(xlsx).size() / 1024
          << " KiB\n\n";
    out() << QStringLiteral("%1 %2 %3 %4 %5 | %6 %7 %8 %9\n")
                 .arg(QStringLiteral("format"), -6)
                 .arg(QStringLiteral("read"), 7)
                 .arg(QStringLiteral("plan"), 7)
                 .arg(QStringLiteral("apply"), 7)
                 .arg(QStringLiteral("total"), 7)
                 .arg(QStringLiteral("re-read"), 7)
                 .arg(QStringLiteral("re-plan"), 7)
                 .arg(QStringLiteral("re-apply"), 8)
                 .arg(QStringLiteral("total"), 7);
    for (const auto &[format, first, next] :
        { std::tuple { QStringLiteral("csv"), csv, csvNext }, std::tuple { QStringLiteral("xlsx"), xlsx, xlsxNext } }) {
        Result r;
        for (int run = 0; run < runs; ++run) {
            const QString dbPath = tmp.filePath(QStringLiteral("s-%1-%2.xinan").arg(format).arg(run));
            Database db = Database::create(dbPath, RecoveryKey::generate().dataKey());
            migrate(db);
            RosterTable table;
            ImportPlan plan;
            ImportResult result;
            const Timing tr = timed([&] { table = readRoster(first); });
            const Timing tp = timed([&] { plan = planRosterImport(db, table, guessRosterMapping(table.headers)); });
            const Timing ta = timed([&] { result = applyRosterImport(db, QStringLiteral("bench"), plan, {}); });
            if (result.added != rows || !plan.problems.isEmpty())
                qFatal("import check failed: %d added, %d problems: %s", result.added, static_cast<int>(plan.problems.size()),
                    qPrintable(formatProblems(plan.problems, 3)));
            const Timing rr = timed([&] { table = readRoster(next); });
            const Timing rp = timed([&] { plan = planRosterImport(db, table, guessRosterMapping(table.headers)); });
            const Timing ra = timed([&] { result = applyRosterImport(db, QStringLiteral("bench"), plan, {}); });
            if (result.updated + result.unchanged != rows)
                qFatal("re-import check failed: %d updated, %d unchanged", result.updated, result.unchanged);
            r.read.push_back(tr.wall);
            r.plan.push_back(tp.wall);
            r.apply.push_back(ta.wall);
            r.total.push_back(tr.wall + tp.wall + ta.wall);
            r.reread.push_back(rr.wall);
            r.replan.push_back(rp.wall);
            r.reapply.push_back(ra.wall);
            r.retotal.push_back(rr.wall + rp.wall + ra.wall);
        }
        const auto s = [](const std::vector<double> &v) { return QString::number(medianOf(v), 'f', 3); };
        out() << QStringLiteral("%1 %2 %3 %4 %5 | %6 %7 %8 %9\n")
                     .arg(format, -6)
                     .arg(s(r.read), 7)
                     .arg(s(r.plan), 7)
                     .arg(s(r.apply), 7)
                     .arg(s(r.total), 7)
                     .arg(s(r.reread), 7)
                     .arg(s(r.replan), 7)
                     .arg(s(r.reapply), 8)
                     .arg(s(r.retotal), 7);
        out().flush();
    }
    out() << "\nseconds, wall clock, medians; re-*: next year's roster (every grade +1) into the same database\n";
    return 0;
}
