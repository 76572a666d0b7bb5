// xinan_bench_list: is the student list smooth at 200,000 students? Times search-as-you-type
// per keystroke (SQL LIKE scan versus the in-memory search index the list model uses) and
// opening the list (model ready, first paint of the page in an offscreen window).
// See docs/performance.md, "Student list". Not a test: not registered with ctest.

#include "crypto/kdf_testing.h"
#include "crypto/secret.h"
#include "repo/studentquery.h"
#include "repo/studentrepository.h"
#include "services/demodata.h"
#include "services/schoolfile.h"
#include "students/studentlistmodel.h"
#include "students/studentspage.h"

#include "benchutil.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

using namespace xinan;
using namespace xinan::bench;

namespace {

// What teachers type, one keystroke at a time, each word after clearing the box.
const char *const Words[] = { "zha", "张", "g52", "lz", "wangzi", "ouy" };
constexpr int VisibleRows = 30;

struct Stats
{
    std::vector<double> ms;
    void add(double v) { ms.push_back(v); }
    double percentile(double p) const
    {
        if (ms.empty())
            return 0;
        std::vector<double> v = ms;
        std::sort(v.begin(), v.end());
        const auto i = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(v.size()))) - 1;
        return v[std::min(i, v.size() - 1)];
    }
};

QStringList keystrokes(const char *word)
{
    const QString w = QString::fromUtf8(word);
    QStringList out;
    for (qsizetype n = 1; n <= w.size(); ++n)
        out << w.left(n);
    return out;
}

void printRow(const QString &what, const Stats &s)
{
    out() << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                 .arg(what)
                 .arg(s.ms.size())
                 .arg(s.percentile(50), 0, 'f', 1)
                 .arg(s.percentile(95), 0, 'f', 1)
                 .arg(s.percentile(100), 0, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    fixClock();
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("students"), QStringLiteral("Number of students (default 200000)."), QStringLiteral("n"),
        QStringLiteral("200000") });
    parser.addOption({ QStringLiteral("runs"), QStringLiteral("Times each word is typed (default 5)."), QStringLiteral("r"),
        QStringLiteral("5") });
    parser.addOption({ QStringLiteral("dir"), QStringLiteral("Folder for the temporary database."), QStringLiteral("dir") });
    parser.process(app);
    const int students = parser.value(QStringLiteral("students")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    initCrypto();
    testing::useCheapKdf(true); // unlocking is not what is measured here
    QTemporaryDir tmp(parser.isSet(QStringLiteral("dir"))
            ? parser.value(QStringLiteral("dir")) + QStringLiteral("/xinan-list-XXXXXX")
            : QString());
    const QString path = tmp.filePath(QStringLiteral("list.xinan"));
    const SecretBytes password = SecretBytes::copyOf("bench lanterns by the river");
    SchoolFile::create(path, demoSchool({ students, 2026 }), QStringLiteral("bench"), password);
    SchoolFile school = SchoolFile::unlockWithPassword(path, QStringLiteral("bench"), password);
    progress() << "filling " << students << " students..." << Qt::endl;
    const Timing fill = timed([&] { StudentRepository(school.db(), school.user()).addAll(demoStudents({ students, 2026 })); });
    progress() << "filled in " << fill.wall << " s" << Qt::endl;

    out() << "students: " << students << ", runs per word: " << runs << ", load: " << loadAverage() << "\n\n";

    // 1. SQL: count + the first page of 200 for every keystroke (no state between keystrokes).
    StudentQuery query(school.db());
    Stats sql;
    std::map<QString, Stats> sqlByWord;
    for (int run = 0; run < runs; ++run)
        for (const char *word : Words)
            for (const QString &text : keystrokes(word)) {
                StudentFilter f;
                f.text = text;
                QElapsedTimer t;
                t.start();
                const int n = query.count(f);
                const QList<StudentRow> rows = query.page(f, StudentSort::Grade, true, 0, ui::StudentListModel::PageSize);
                sql.add(msSince(t));
                sqlByWord[QString::fromUtf8(word)].add(msSince(t));
                if (n < rows.size())
                    return 1;
            }

    // 2. The list model (the search index + one page of rows by id), as the view uses it.
    QElapsedTimer parts;
    parts.start();
    StudentSearchIndex probe = StudentSearchIndex::load(school.db());
    const double indexLoadMs = msSince(parts);
    parts.restart();
    (void)probe.match({}, StudentSort::Grade, true);
    const double gradeOrderMs = msSince(parts);
    probe = StudentSearchIndex();
    QElapsedTimer open;
    open.start();
    auto model = std::make_unique<ui::StudentListModel>(school.db());
    for (int r = 0; r < std::min(VisibleRows, model->rowCount()); ++r)
        (void)model->index(r, ui::StudentListModel::NameColumn).data();
    const double modelReadyMs = msSince(open);
    Stats index;
    std::map<QString, Stats> indexByWord;
    for (int run = 0; run < runs; ++run)
        for (const char *word : Words) {
            model->setFilter({});
            for (const QString &text : keystrokes(word)) {
                StudentFilter f;
                f.text = text;
                QElapsedTimer t;
                t.start();
                model->setFilter(f);
                for (int r = 0; r < std::min(VisibleRows, model->rowCount()); ++r)
                    (void)model->index(r, ui::StudentListModel::NameColumn).data();
                index.add(msSince(t));
                indexByWord[QString::fromUtf8(word)].add(msSince(t));
            }
        }
    QElapsedTimer sortTimer;
    sortTimer.start();
    model->sort(ui::StudentListModel::NameColumn, Qt::AscendingOrder);
    (void)model->index(0, 0).data();
    const double firstSortMs = msSince(sortTimer);
    model.reset();

    // 3. The whole page in an offscreen window: construction to the table's first paint.
    struct PaintSpy : QObject
    {
        bool painted = false;
        bool eventFilter(QObject *o, QEvent *e) override
        {
            if (e->type() == QEvent::Paint)
                painted = true;
            return QObject::eventFilter(o, e);
        }
    } spy;
    QElapsedTimer paint;
    paint.start();
    ui::StudentsPage page(school);
    auto *table = page.findChild<QTableView *>(QStringLiteral("students"));
    table->viewport()->installEventFilter(&spy);
    page.resize(1100, 720);
    page.show();
    while (!spy.painted && paint.elapsed() < 10000)
        QApplication::processEvents();
    const double firstPaintMs = msSince(paint);

    out() << "| path | keystrokes | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|---:|\n";
    printRow(QStringLiteral("SQL `count` + `page(0, 200)` (LIKE scan)"), sql);
    printRow(QStringLiteral("list model: index match + visible rows"), index);
    out() << "\nper word (p95 ms, SQL / index):";
    for (const char *word : Words) {
        const QString w = QString::fromUtf8(word);
        out() << QStringLiteral(" %1 %2 / %3;")
                     .arg(w)
                     .arg(sqlByWord[w].percentile(95), 0, 'f', 1)
                     .arg(indexByWord[w].percentile(95), 0, 'f', 1);
    }
    out() << "\n\n| opening | ms |\n|---|---:|\n";
    out() << QStringLiteral("| model created (index loaded, grade order built) to first %1 rows ready | %2 |\n")
                 .arg(VisibleRows)
                 .arg(modelReadyMs, 0, 'f', 0);
    out()
        << QStringLiteral("| of which: `StudentSearchIndex::load` (one scan of the table) | %1 |\n").arg(indexLoadMs, 0, 'f', 0);
    out() << QStringLiteral("| of which: first match (builds the name, then the grade order) | %1 |\n")
                 .arg(gradeOrderMs, 0, 'f', 0);
    out() << QStringLiteral("| StudentsPage constructed to first paint of the table (offscreen) | %1 |\n")
                 .arg(firstPaintMs, 0, 'f', 0);
    out() << QStringLiteral("| first sort by name (builds the name order once) | %1 |\n").arg(firstSortMs, 0, 'f', 0);
    out() << Qt::flush;
    return spy.painted ? 0 : 1;
}
