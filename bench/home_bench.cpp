// xinan_bench_home: does the home page (工作台) open within its 200 ms budget at a busy school?
// Builds the demo school at 5,000 students (risk levels, and whatever demo data the other
// modules add: plans, crisis events, the class grid ...), then times constructing the
// HomePage with every registered panel plus its first refresh, and a refresh alone, in an
// offscreen window. Not a test: not registered with ctest. Run:
//   QT_QPA_PLATFORM=offscreen build/bench/xinan_bench_home [--students 5000] [--runs 9]

#include "crypto/kdf_testing.h"
#include "crypto/secret.h"
#include "home/homepage.h"
#include "repo/gridrepository.h"
#include "repo/riskrepository.h"
#include "services/demodata.h"
#include "services/schoolfile.h"

#include "benchutil.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <vector>

using namespace xinan;
using namespace xinan::bench;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    fixClock();
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("students"), QStringLiteral("Number of students (default 5000)."), QStringLiteral("n"),
        QStringLiteral("5000") });
    parser.addOption({ QStringLiteral("runs"), QStringLiteral("Times the page is built (default 9)."), QStringLiteral("r"),
        QStringLiteral("9") });
    parser.addOption({ QStringLiteral("dir"), QStringLiteral("Folder for the temporary database."), QStringLiteral("dir") });
    parser.process(app);
    const int students = parser.value(QStringLiteral("students")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    initCrypto();
    testing::useCheapKdf(true); // unlocking is not what is measured here
    QTemporaryDir tmp(parser.isSet(QStringLiteral("dir"))
            ? parser.value(QStringLiteral("dir")) + QStringLiteral("/xinan-home-XXXXXX")
            : QString());
    const QString path = tmp.filePath(QStringLiteral("home.xinan"));
    const SecretBytes password = SecretBytes::copyOf("bench lanterns by the river");
    progress() << "building the demo school with " << students << " students..." << Qt::endl;
    const Timing fill = timed([&] { createDemoDatabase(path, QStringLiteral("bench"), password, { students, 2026 }); });
    progress() << "built in " << fill.wall << " s" << Qt::endl;
    SchoolFile school = SchoolFile::unlockWithPassword(path, QStringLiteral("bench"), password);

    // The demo's grid has a class teacher for all but two classes.
    const QList<GridClass> classes = GridRepository(school.db(), school.user()).classes();
    RiskRepository risk(school.db(), school.user());
    const int red = static_cast<int>(risk.listAt(RiskLevel::Red).size());
    const int orange = static_cast<int>(risk.listAt(RiskLevel::Orange).size());
    const int yellow = static_cast<int>(risk.listAt(RiskLevel::Yellow).size());

    std::vector<double> build, buildCpu, again;
    int panels = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuNow();
        auto page = std::make_unique<ui::HomePage>(school);
        page->resize(1100, 740);
        page->refresh();
        build.push_back(msSince(t));
        buildCpu.push_back((cpuNow() - cpu0) * 1000);
        panels = static_cast<int>(page->panels().size());
        page->show();
        QApplication::processEvents();
        t.restart();
        page->refresh();
        again.push_back(msSince(t));
    }

    out() << "students: " << students << " (red " << red << ", orange " << orange << ", yellow " << yellow
          << "), classes: " << classes.size() << ", panels: " << panels << ", runs: " << runs << ", load: " << loadAverage()
          << "\n\n";
    out() << "| home page | median ms | max ms |\n|---|---:|---:|\n";
    out() << QStringLiteral("| construct + first refresh (wall) | %1 | %2 |\n")
                 .arg(medianOf(build), 0, 'f', 1)
                 .arg(*std::max_element(build.begin(), build.end()), 0, 'f', 1);
    out() << QStringLiteral("| construct + first refresh (CPU) | %1 | %2 |\n")
                 .arg(medianOf(buildCpu), 0, 'f', 1)
                 .arg(*std::max_element(buildCpu.begin(), buildCpu.end()), 0, 'f', 1);
    out() << QStringLiteral("| refresh of a shown page (wall) | %1 | %2 |\n")
                 .arg(medianOf(again), 0, 'f', 1)
                 .arg(*std::max_element(again.begin(), again.end()), 0, 'f', 1);
    out().flush();
    return 0;
}
