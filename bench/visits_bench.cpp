// xinan_bench_visits: home-visit coverage (家访全覆盖) of a 6,000-student school with 8,000 visits
// in the autumn term (about one in ten a family visit with two children), in an encrypted
// database: HomeVisitRepository::coverage, missing and due, and the term's visits read in full.
// Target: coverage (and missing) < 200 ms. Not a ctest test; run by hand (docs/performance.md,
// "Home-visit coverage").
#include "crypto/recoverykey.h"
#include "crypto/secret.h"
#include "domain/student.h"
#include "repo/homevisitrepository.h"
#include "repo/studentrepository.h"
#include "services/demodata.h"
#include "store/database.h"
#include "store/migrations.h"

#include "benchutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
    parser.addOption({ QStringLiteral("students"), QStringLiteral("Students in the school (default 6000)."), QStringLiteral("N"),
        QStringLiteral("6000") });
    parser.addOption({ QStringLiteral("visits"), QStringLiteral("Visits in the term (default 8000)."), QStringLiteral("N"),
        QStringLiteral("8000") });
    parser.addOption({ QStringLiteral("runs"), QStringLiteral("Repetitions; medians are reported (default 9)."),
        QStringLiteral("R"), QStringLiteral("9") });
    parser.addOption(
        { QStringLiteral("dir"), QStringLiteral("Where the temporary files go (a real disk)."), QStringLiteral("DIR") });
    parser.process(app);
    const int studentCount = std::max(10, parser.value(QStringLiteral("students")).toInt());
    const int visitCount = std::max(1, parser.value(QStringLiteral("visits")).toInt());
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QTemporaryDir tmp(parser.isSet(QStringLiteral("dir"))
            ? parser.value(QStringLiteral("dir")) + QStringLiteral("/xinan-visits-XXXXXX")
            : QString());

    const QString dbPath = tmp.filePath(QStringLiteral("school.xinan"));
    Database db = Database::create(dbPath, RecoveryKey::generate().dataKey());
    migrate(db);
    StudentRepository(db, QStringLiteral("bench")).addAll(demoStudents({ studentCount, 2026 }));
    QList<qint64> enrolled;
    {
        Statement st(db, "SELECT id FROM students WHERE status = 'enrolled' ORDER BY id");
        while (st.step())
            enrolled << st.int64(0);
    }
    // One student in 40 a key student (orange or red), for due().
    {
        Statement st(db, "UPDATE students SET risk_level = 2 + (id % 2) WHERE status = 'enrolled' AND id % 40 = 0");
        st.run();
    }

    // The visits: spread over the term up to yesterday, students drawn with repeats (so that
    // coverage is partial), one in ten meeting two children of a family, 60 % on site.
    quint64 state = 2026;
    const auto next = [&state] {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<int>(state >> 33);
    };
    const QDate first(2026, 9, 1);
    const int days = static_cast<int>(first.daysTo(clock::today())) - 1;
    QList<HomeVisit> visits;
    visits.reserve(visitCount);
    for (int i = 0; i < visitCount; ++i) {
        HomeVisit v;
        v.studentIds = { enrolled.at(next() % enrolled.size()) };
        if (i % 10 == 0) {
            const qint64 sibling = enrolled.at(next() % enrolled.size());
            if (sibling != v.studentIds.first())
                v.studentIds << sibling;
        }
        v.visitedAt = QDateTime(first.addDays(next() % days), QTime(15 + next() % 4, 0));
        v.form = next() % 10 < 6 ? VisitForm::Onsite : VisitForm::Phone;
        v.visitors = { { VisitorRole::ClassTeacher, QString(), QStringLiteral("班主任") } };
        v.metWhom = QStringLiteral("家长");
        v.metRelation = QStringLiteral("母亲");
        v.agreed = QStringLiteral("保持每周电话沟通，关注作息。");
        visits.append(v);
    }
    HomeVisitRepository repo(db, QStringLiteral("bench"));
    const Timing write = timed([&] { repo.addAll(visits); });

    out() << "Home-visit coverage: " << enrolled.size() << " enrolled of " << studentCount << " students, " << visitCount
          << " visits in the term, " << runs << " run(s), load " << loadAverage() << "\n";
    out() << "recording the visits (addAll, one transaction): " << QString::number(write.wall, 'f', 2) << " s\n\n";

    Samples s;
    TermCoverage coverage;
    QList<MissingVisit> missing;
    QList<DueVisit> due;
    QList<HomeVisit> read;
    for (int run = 0; run < runs; ++run) {
        s.add(QStringLiteral("coverage"), timed([&] { coverage = repo.coverage(); }));
        s.add(QStringLiteral("missing"), timed([&] { missing = repo.missing(); }));
        s.add(QStringLiteral("due"), timed([&] { due = repo.due(7); }));
        s.add(QStringLiteral("visitsIn"), timed([&] { read = repo.visitsIn({}); }));
    }
    if (coverage.visits != visitCount || coverage.enrolled - coverage.visited != missing.size())
        qFatal("check failed: %d visits counted, %d missing for %d unvisited", coverage.visits, static_cast<int>(missing.size()),
            coverage.enrolled - coverage.visited);
    out() << "term " << coverage.term.id << ": " << coverage.classes.size() << " classes, " << coverage.visited << " of "
          << coverage.enrolled << " visited, " << coverage.onsite << " on site; " << missing.size() << " missing, " << due.size()
          << " due\n\n";
    out() << QStringLiteral("%1 %2 %3 %4\n")
                 .arg(QStringLiteral("call"), -10)
                 .arg(QStringLiteral("median"), 9)
                 .arg(QStringLiteral("max"), 9)
                 .arg(QStringLiteral("cpu"), 9);
    for (const char *key : { "coverage", "missing", "due", "visitsIn" }) {
        const QString k = QString::fromLatin1(key);
        out() << QStringLiteral("%1 %2 %3 %4\n")
                     .arg(k, -10)
                     .arg(QString::number(s.median(k) * 1000, 'f', 1), 9)
                     .arg(QString::number(s.max(k) * 1000, 'f', 1), 9)
                     .arg(QString::number(s.median(k + QStringLiteral(".cpu")) * 1000, 'f', 1), 9);
    }
    out() << "\nms, wall clock (cpu: the median's CPU time); target: coverage and missing < 200 ms\n";
    return 0;
}
