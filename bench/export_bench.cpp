// xinan_bench_export: the periodic export for the city platform of the demo school at 10,000
// students (a term's sessions, crises, referrals, visits, lessons and activities): the figures
// and the row (previewCityExport), and the whole export (figures, row, xlsx through
// libxlsxwriter, CSV, manifest with SHA-256, audit entry). Target: the export < 1 s. Not a ctest
// test; run by hand (docs/performance.md, "City export").
#include "crypto/secret.h"
#include "services/cityexport.h"
#include "services/demodata.h"
#include "services/schoolfile.h"

#include "benchutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace xinan;
using namespace xinan::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    fixClock();
    initCrypto();
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("students"), QStringLiteral("Students in the demo school (default 10000)."),
        QStringLiteral("N"), QStringLiteral("10000") });
    parser.addOption({ QStringLiteral("period"), QStringLiteral("The period (default the current term)."), QStringLiteral("P") });
    parser.addOption({ QStringLiteral("runs"), QStringLiteral("Repetitions; medians are reported (default 7)."),
        QStringLiteral("R"), QStringLiteral("7") });
    parser.addOption(
        { QStringLiteral("dir"), QStringLiteral("Where the temporary files go (a real disk)."), QStringLiteral("DIR") });
    parser.process(app);
    const int studentCount = std::max(10, parser.value(QStringLiteral("students")).toInt());
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QString period = parser.value(QStringLiteral("period"));
    QTemporaryDir tmp(parser.isSet(QStringLiteral("dir"))
            ? parser.value(QStringLiteral("dir")) + QStringLiteral("/xinan-export-XXXXXX")
            : QString());

    const QString dbPath = tmp.filePath(QStringLiteral("school.xinan"));
    QElapsedTimer build;
    build.start();
    createDemoDatabase(dbPath, QStringLiteral("bench"), SecretBytes::copyOf("violet harbour lantern 47"), { studentCount, 2026 });
    progress() << "demo school of " << studentCount << " students built in " << secondsOf(build) << " s" << Qt::endl;
    SchoolFile school
        = SchoolFile::unlockWithPassword(dbPath, QStringLiteral("bench"), SecretBytes::copyOf("violet harbour lantern 47"));

    std::vector<double> previewMs, exportMs;
    CityExportRow row;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        row = previewCityExport(school.db(), period);
        previewMs.push_back(msSince(t));
        const QString out = tmp.filePath(QStringLiteral("out%1").arg(i));
        QDir().mkpath(out);
        t.restart();
        const CityExportResult result = writeCityExport(school.db(), period, out, false);
        exportMs.push_back(msSince(t));
        if (result.files.size() != 3)
            return 1;
    }
    const double preview = medianOf(previewMs);
    const double whole = medianOf(exportMs);
    out() << "City export, " << studentCount << " students, period " << row.period.id << ", " << runs << " runs (median)\n";
    out() << "  enrolled " << row.cell(QStringLiteral("enrolled"))->shown << ", sessions "
          << row.cell(QStringLiteral("sessions"))->shown << ", visited " << row.cell(QStringLiteral("visited"))->shown
          << ", suppressed columns " << row.suppressedColumns.size() << "\n";
    out() << "  figures + row (preview):     " << QString::number(preview, 'f', 1) << " ms\n";
    out() << "  whole export (xlsx+csv+json): " << QString::number(whole, 'f', 1) << " ms  (target < 1000 ms) "
          << (whole < 1000 ? "PASS" : "FAIL") << "\n";
    out() << "  load average " << loadAverage() << Qt::endl;
    return whole < 1000 ? 0 : 1;
}
