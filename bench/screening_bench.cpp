// xinan_bench_screening: a whole-school screening sheet of 5,000 rows (PHQ-9, matched by 学籍号)
// as GB18030 CSV and as .xlsx, into an encrypted school of 6,000 students: readScreeningSheet,
// planScreeningImport and applyScreeningImport (scoring, one transaction, audit entries and the
// risk raise of critical answers). Target: read + plan + apply under 2 s.
// Not a ctest test; run by hand (docs/performance.md, "Screening import").
#include "crypto/recoverykey.h"
#include "crypto/secret.h"
#include "domain/instrument.h"
#include "domain/student.h"
#include "repo/studentrepository.h"
#include "services/demodata.h"
#include "services/screeningimport.h"
#include "store/database.h"
#include "store/migrations.h"

#include "benchsheets.h"
#include "benchutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace xinan;
using namespace xinan::bench;

namespace {

QStringList headers()
{
    QStringList h { QStringLiteral("序号"), QStringLiteral("提交时间"), QStringLiteral("学籍号"), QStringLiteral("姓名"),
        QStringLiteral("班级") };
    for (int i = 1; i <= 9; ++i)
        h.append(QStringLiteral("第%1题").arg(i));
    return h;
}

// One row per student: answers as the option labels a survey tool exports, about 1 in 400 with
// a positive item 9.
QList<QStringList> sheetRows(const QList<Student> &students, int rows, const Instrument &phq9)
{
    QList<QStringList> out;
    quint64 state = 2026;
    const auto next = [&state] {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<int>(state >> 33);
    };
    for (const Student &s : students) {
        if (out.size() >= rows)
            break;
        if (s.status != StudentStatus::Enrolled)
            continue;
        QStringList row { QString::number(out.size() + 1),
            QStringLiteral("2026/10/9 10:%1").arg(out.size() % 60, 2, 10, QLatin1Char('0')), s.studentNo, s.name, s.className };
        for (int i = 0; i < 9; ++i) {
            int a = next() % 10 < 6 ? 0 : next() % 4;
            if (i == 8)
                a = next() % 400 == 0 ? 1 : 0;
            row.append(phq9.options.at(a).label);
        }
        out.append(row);
    }
    return out;
}

void writeCsv(const QString &path, const QList<QStringList> &rows)
{
    writeGbkCsv(path, headers(), rows);
}

void writeXlsx(const QString &path, const QList<QStringList> &rows)
{
    writeSharedStringsXlsx(path, QStringLiteral("答卷"), headers(), rows);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    fixClock();
    initCrypto();
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("rows"), QStringLiteral("Rows of the sheet (default 5000)."), QStringLiteral("N"),
        QStringLiteral("5000") });
    parser.addOption({ QStringLiteral("students"), QStringLiteral("Students in the school (default 6000)."), QStringLiteral("N"),
        QStringLiteral("6000") });
    parser.addOption({ QStringLiteral("runs"), QStringLiteral("Repetitions; medians are reported (default 3)."),
        QStringLiteral("R"), QStringLiteral("3") });
    parser.addOption(
        { QStringLiteral("dir"), QStringLiteral("Where the temporary files go (a real disk)."), QStringLiteral("DIR") });
    parser.process(app);
    const int rows = std::max(1, parser.value(QStringLiteral("rows")).toInt());
    const int studentCount = std::max(rows, parser.value(QStringLiteral("students")).toInt());
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QTemporaryDir tmp(parser.isSet(QStringLiteral("dir"))
            ? parser.value(QStringLiteral("dir")) + QStringLiteral("/xinan-screening-XXXXXX")
            : QString());
    const Instrument phq9 = *findInstrument(QStringLiteral("phq9"));

    // The school: demo students (the enrolled ones fill the sheet), in one encrypted database.
    const QString dbPath = tmp.filePath(QStringLiteral("school.xinan"));
    Database db = Database::create(dbPath, RecoveryKey::generate().dataKey());
    migrate(db);
    StudentRepository(db, QStringLiteral("bench")).addAll(demoStudents({ studentCount, 2026 }));
    const QList<Student> students = StudentRepository(db, QStringLiteral("bench")).list();
    const QList<QStringList> sheet = sheetRows(students, rows, phq9);
    if (sheet.size() < rows)
        qFatal("only %d enrolled students for %d rows; raise --students", static_cast<int>(sheet.size()), rows);
    const QString csv = tmp.filePath(QStringLiteral("answers.csv"));
    const QString xlsx = tmp.filePath(QStringLiteral("answers.xlsx"));
    writeCsv(csv, sheet);
    writeXlsx(xlsx, sheet);

    out() << "Screening import (PHQ-9, matched by 学籍号): " << rows << " rows, " << students.size() << " students, " << runs
          << " run(s), load " << loadAverage() << "\n";
    out() << "files: CSV (GB18030, option labels) " << QFileInfo(csv).size() / 1024 << " KiB, xlsx "
          << QFileInfo(xlsx).size() / 1024 << " KiB\n\n";
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                 .arg(QStringLiteral("format"), -6)
                 .arg(QStringLiteral("read"), 7)
                 .arg(QStringLiteral("plan"), 7)
                 .arg(QStringLiteral("apply"), 7)
                 .arg(QStringLiteral("total"), 7)
                 .arg(QStringLiteral("cpu"), 7);
    for (const auto &[format, file] : { std::pair { QStringLiteral("csv"), csv }, std::pair { QStringLiteral("xlsx"), xlsx } }) {
        Samples s;
        for (int run = 0; run < runs; ++run) {
            // A new drive each run: the same students, no duplicates.
            const QString drive = QStringLiteral("bench %1 %2").arg(format).arg(run);
            ScreeningSheet read;
            ScreeningPlan plan;
            ScreeningImportResult result;
            ScreeningImportOptions options;
            options.term = QStringLiteral("2026-2027-1");
            const Timing tr = timed([&] { read = readScreeningSheet(file); });
            const Timing tp = timed([&] { plan = planScreeningImport(db, read, phq9, drive); });
            const Timing ta = timed([&] { result = applyScreeningImport(db, QStringLiteral("bench"), plan, phq9, options); });
            if (result.recorded != rows || !plan.problems.isEmpty())
                qFatal("import check failed: %d recorded, %d problems: %s", result.recorded,
                    static_cast<int>(plan.problems.size()), qPrintable(formatScreeningProblems(plan.problems, 3)));
            s.add(QStringLiteral("read"), tr);
            s.add(QStringLiteral("plan"), tp);
            s.add(QStringLiteral("apply"), ta);
            s.add(QStringLiteral("total"), Timing { tr.wall + tp.wall + ta.wall, tr.cpu + tp.cpu + ta.cpu });
        }
        const auto m = [&s](const char *key) { return QString::number(s.median(QString::fromLatin1(key)), 'f', 3); };
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                     .arg(format, -6)
                     .arg(m("read"), 7)
                     .arg(m("plan"), 7)
                     .arg(m("apply"), 7)
                     .arg(m("total"), 7)
                     .arg(m("total.cpu"), 7);
        out().flush();
    }
    out() << "\nseconds, medians; total = read + plan + apply (wall clock), cpu = its CPU time; target < 2 s\n";
    return 0;
}
