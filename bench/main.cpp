// xinan_bench: what encryption costs (SQLCipher versus the SAME Database code over a plain
// SQLite file), how long unlocking takes (Argon2id at the production cost) and how long the
// first screen needs after unlocking a 100,000-student database. See docs/performance.md.
//
// Not a test: it is not registered with ctest, takes minutes and its numbers depend on the
// machine. Every database lives in a fresh QTemporaryDir that is removed afterwards.

#include "crypto/keyslots.h"
#include "crypto/recoverykey.h"
#include "crypto/secret.h"
#include "domain/student.h"
#include "error.h"
#include "repo/audit.h"
#include "repo/schoolrepository.h"
#include "repo/studentrepository.h"
#include "services/demodata.h"
#include "services/schoolfile.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/plaintext_benchmark.h"

#include "benchutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>
#include <vector>

using namespace xinan;

namespace {

constexpr quint64 Seed = 2026;
constexpr double MiB = 1024.0 * 1024.0;

struct Options
{
    int students = 100000;
    int runs = 3;
    bool json = false;
    bool smallCache = true;
    QString dir;
};

using namespace xinan::bench;

// ------------------------------------------------------------------ part 1: insert + aggregate

enum class Mode { Plain, Encrypted };

QString modeName(Mode m)
{
    return m == Mode::Plain ? QStringLiteral("plain") : QStringLiteral("encrypted");
}

struct CacheSetting
{
    QString name;
    const char *pragma; // nullptr: XinAn's own setting (64 MiB, Database::applyPragmas)
};

Database makeDatabase(Mode mode, const QString &path)
{
    if (mode == Mode::Plain)
        return openPlaintextForBenchmark(path);
    return Database::create(path, RecoveryKey::generate().dataKey());
}

// The counselling office's overview: per class counts and per special-circumstance counts.
// Returns a checksum of the results, so that plain and encrypted runs can be compared.
qint64 runAggregates(Database &db)
{
    qint64 check = 0;
    Statement groups = db.prepare("SELECT grade, class_name, count(*), sum(special_flags & 1), sum(boarding) "
                                  "FROM students GROUP BY grade, class_name");
    while (groups.step())
        check = check * 31 + groups.int64(0) * 1000003 + qHash(groups.text(1)) % 1000 + groups.int64(2) * 101
            + groups.int64(3) * 7 + groups.int64(4);
    Statement bits = db.prepare("SELECT count(*), sum((special_flags & 1) <> 0), sum((special_flags & 2) <> 0), "
                                "sum((special_flags & 4) <> 0), sum((special_flags & 8) <> 0), sum((special_flags & 16) <> 0), "
                                "sum((special_flags & 32) <> 0) FROM students WHERE status = 'enrolled'");
    if (bits.step())
        for (int i = 0; i < 7; ++i)
            check = check * 31 + bits.int64(i);
    return check;
}

// The same rows addAll writes (student, guardians, audit entry) through three prepared
// statements reused for every student: no validation, no per-row duplicate lookup, no
// per-row prepare. Shows how much of addAll is SQL/page work and how much is per-row overhead.
void rawInsert(Database &db, const QList<Student> &students)
{
    const QString now = clock::nowUtc().toString(Qt::ISODate);
    const QString actor = QStringLiteral("bench");
    const QString create = QStringLiteral("create");
    const QString entity = QStringLiteral("student");
    Transaction tx(db);
    Statement student = db.prepare("INSERT INTO students (student_no, name, gender, birth_date, grade, class_name, ethnicity, "
                                   "boarding, special_flags, status, created_at, updated_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?11, ?11)");
    Statement guardian = db.prepare("INSERT INTO guardians (student_id, position, name, relation, phone) VALUES (?, ?, ?, ?, ?)");
    Statement audit
        = db.prepare("INSERT INTO audit_log (at, account, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, '')");
    for (const Student &s : students) {
        student.bind(1, s.studentNo).bind(2, s.name).bind(3, genderCode(s.gender));
        student.bindOptional(4, s.birthDate.isValid() ? s.birthDate.toString(Qt::ISODate) : QString());
        student.bind(5, s.grade).bind(6, s.className).bind(7, s.ethnicity).bind(8, s.boarding ? 1 : 0);
        student.bind(9, s.specialFlags).bind(10, statusCode(s.status)).bind(11, now);
        student.run();
        student.reset();
        const qint64 id = db.lastInsertId();
        for (int i = 0; i < s.guardians.size(); ++i) {
            const Guardian &g = s.guardians.at(i);
            guardian.bind(1, id).bind(2, i).bind(3, g.name).bind(4, g.relation).bind(5, g.phone);
            guardian.run();
            guardian.reset();
        }
        audit.bind(1, now).bind(2, actor).bind(3, create).bind(4, entity).bind(5, id);
        audit.run();
        audit.reset();
    }
    tx.commit();
}

constexpr int AggregateRepeats = 5;

void accumulate(Timing &sum, const Timing &one)
{
    sum.wall += one.wall / AggregateRepeats;
    sum.cpu += one.cpu / AggregateRepeats;
}

bool looksPlain(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(16).startsWith("SQLite format 3");
}

QString key(const char *step, const CacheSetting &cache, Mode mode)
{
    return QStringLiteral("%1/%2/%3").arg(QLatin1String(step), cache.name, modeName(mode));
}

void measureInsert(const Options &o, const QList<Student> &students, Samples &samples, QString *cipherVersion)
{
    std::vector<CacheSetting> caches { { QStringLiteral("64MiB"), nullptr } };
    if (o.smallCache)
        caches.push_back({ QStringLiteral("2MB"), "PRAGMA cache_size = -2000" });
    std::optional<qint64> expectedCheck;
    // One discarded warm-up of each mode (allocator, CPU caches, file system), so that the
    // first measured configuration is not penalised.
    for (const Mode mode : { Mode::Plain, Mode::Encrypted }) {
        QTemporaryDir tmp(o.dir + QStringLiteral("/xinan-bench-XXXXXX"));
        Database db = makeDatabase(mode, tmp.filePath(QStringLiteral("warmup.db")));
        migrate(db);
        rawInsert(db, students.mid(0, std::min<qsizetype>(students.size(), 20000)));
    }
    for (int run = 0; run < o.runs; ++run) {
        for (const CacheSetting &cache : caches) {
            for (int i = 0; i < 2; ++i) {
                // Alternate which mode goes first, so that drift in machine load hits both.
                const Mode mode = (run + i) % 2 == 0 ? Mode::Plain : Mode::Encrypted;
                progress()
                    << QStringLiteral("  run %1/%2, cache %3, %4\n").arg(run + 1).arg(o.runs).arg(cache.name, modeName(mode))
                    << Qt::flush;
                {
                    QTemporaryDir tmp(o.dir + QStringLiteral("/xinan-bench-XXXXXX"));
                    if (!tmp.isValid())
                        throw Error(ErrorKind::Other,
                            QStringLiteral("Cannot create a temporary folder in %1: %2").arg(o.dir, tmp.errorString()));
                    const QString path = tmp.filePath(QStringLiteral("bench.db"));
                    Database db = makeDatabase(mode, path);
                    if (mode == Mode::Encrypted && cipherVersion->isEmpty())
                        *cipherVersion = db.cipherVersion().value_or(QString());
                    migrate(db);
                    if (cache.pragma)
                        db.exec(cache.pragma);
                    StudentRepository repo(db, QStringLiteral("bench"));
                    samples.add(key("insert.addAll", cache, mode), timed([&] { repo.addAll(students); }));
                    // The aggregates take tens of milliseconds: average several repetitions.
                    qint64 hot = 0;
                    qint64 cold = 0;
                    Timing hotTime;
                    Timing coldTime;
                    for (int rep = 0; rep < AggregateRepeats; ++rep) {
                        accumulate(hotTime, timed([&] { hot = runAggregates(db); }));
                        // Empties SQLite's page cache: every page is read (and decrypted) again.
                        db.exec("PRAGMA shrink_memory");
                        accumulate(coldTime, timed([&] { cold = runAggregates(db); }));
                    }
                    samples.add(key("aggregate.hot", cache, mode), hotTime);
                    samples.add(key("aggregate.cold", cache, mode), coldTime);
                    db.close();
                    if (hot != cold || (expectedCheck && *expectedCheck != hot))
                        throw Error(
                            ErrorKind::Other, QStringLiteral("The aggregates differ between runs: the benchmark is broken."));
                    expectedCheck = hot;
                    if (looksPlain(path) != (mode == Mode::Plain))
                        throw Error(ErrorKind::Other, QStringLiteral("%1 is not %2 on disk.").arg(path, modeName(mode)));
                    samples.add(key("size.addAll", cache, mode), static_cast<double>(QFileInfo(path).size()) / MiB);
                }
                {
                    QTemporaryDir tmp(o.dir + QStringLiteral("/xinan-bench-XXXXXX"));
                    const QString path = tmp.filePath(QStringLiteral("bench.db"));
                    Database db = makeDatabase(mode, path);
                    migrate(db);
                    if (cache.pragma)
                        db.exec(cache.pragma);
                    samples.add(key("insert.raw", cache, mode), timed([&] { rawInsert(db, students); }));
                    db.close();
                    samples.add(key("size.raw", cache, mode), static_cast<double>(QFileInfo(path).size()) / MiB);
                }
            }
        }
    }
}

// ------------------------------------------------------------------ parts 2 and 3: unlock, open

struct DropCaches
{
    bool attempted = false;
    bool worked = false;
    QString detail;
};

// Writes the page cache out and asks the kernel to drop it (root only).
void tryDropCaches(DropCaches &state)
{
    ::sync();
    state.attempted = true;
    QFile f(QStringLiteral("/proc/sys/vm/drop_caches"));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        state.worked = false;
        state.detail = f.errorString();
        return;
    }
    if (f.write("3\n") != 2) {
        state.worked = false;
        state.detail = f.errorString();
        return;
    }
    state.worked = true;
    state.detail = QStringLiteral("echo 3 > /proc/sys/vm/drop_caches succeeded");
}

struct FirstScreen
{
    Timing open; // Database::open + migrate + school row
    Timing counts; // StudentRepository::counts()
    Timing total;
    int students = 0;
};

FirstScreen openFirstScreen(const QString &path, const SecretBytes &dataKey, const QString &user)
{
    FirstScreen r;
    std::optional<Database> db;
    r.open = timed([&] {
        db.emplace(Database::open(path, dataKey));
        migrate(*db);
        SchoolRepository(*db, user).school();
    });
    r.counts = timed([&] { r.students = StudentRepository(*db, user).counts().total; });
    r.total = { r.open.wall + r.counts.wall, r.open.cpu + r.counts.cpu };
    return r;
}

void measureUnlockAndOpen(const Options &o, const QList<Student> &students, Samples &samples, KdfCost *cost, DropCaches &drop)
{
    const QString user = QStringLiteral("bench");
    const SecretBytes password = SecretBytes::copyOf("bench lanterns by the river");
    for (int run = 0; run < o.runs; ++run) {
        progress() << QStringLiteral("  run %1/%2: create, unlock, open\n").arg(run + 1).arg(o.runs) << Qt::flush;
        QTemporaryDir tmp(o.dir + QStringLiteral("/xinan-bench-XXXXXX"));
        if (!tmp.isValid())
            throw Error(
                ErrorKind::Other, QStringLiteral("Cannot create a temporary folder in %1: %2").arg(o.dir, tmp.errorString()));
        const QString path = tmp.filePath(QStringLiteral("school.xinan"));
        SchoolFile::create(path, demoSchool({ o.students, Seed }), user, password);

        // 2. The KDF: what the unlock dialog waits for before the database is touched.
        KeySlotFile keys;
        SecretBytes dataKey;
        samples.add(QStringLiteral("unlock.kdf"), timed([&] {
            keys = KeySlotFile::load(KeySlotFile::pathFor(path));
            dataKey = std::move(keys.unlock(user, password).dataKey);
        }));
        *cost = keys.slots().first().cost;

        // The same slot at 2 passes, the cost currentKdfCost() calibrates with: from the two
        // times follow the time per pass and the fixed part (allocating and touching the
        // 64 MiB). The wrapped key does not open at another cost, so this unlock fails with
        // WrongSecret, but only after the KDF ran.
        QJsonObject root = QJsonDocument::fromJson(keys.toJson()).object();
        QJsonArray slots = root.value(QStringLiteral("slots")).toArray();
        QJsonObject slot = slots.at(0).toObject();
        slot.insert(QStringLiteral("opslimit"), 2);
        slots.replace(0, slot);
        root.insert(QStringLiteral("slots"), slots);
        const KeySlotFile probe = KeySlotFile::fromJson(QJsonDocument(root).toJson(), path);
        samples.add(QStringLiteral("unlock.kdf2"), timed([&] {
            try {
                probe.unlock(user, password);
            } catch (const Error &e) {
                if (e.kind() != ErrorKind::WrongSecret)
                    throw;
            }
        }));

        {
            Database db = Database::open(path, dataKey);
            StudentRepository(db, user).addAll(students);
        }
        samples.add(QStringLiteral("size.school"), static_cast<double>(QFileInfo(path).size()) / MiB);

        // 3. The first screen after unlocking: the first open after the file was written
        // (SQLite's cache empty; the OS page cache dropped when permitted), then a warm one.
        tryDropCaches(drop);
        const FirstScreen first = openFirstScreen(path, dataKey, user);
        const FirstScreen warm = openFirstScreen(path, dataKey, user);
        if (first.students != students.size() || warm.students != students.size())
            throw Error(ErrorKind::Other,
                QStringLiteral("counts() found %1 students, expected %2.").arg(first.students).arg(students.size()));
        samples.add(QStringLiteral("open.first.open"), first.open);
        samples.add(QStringLiteral("open.first.counts"), first.counts);
        samples.add(QStringLiteral("open.first.total"), first.total);
        samples.add(QStringLiteral("open.warm.open"), warm.open);
        samples.add(QStringLiteral("open.warm.counts"), warm.counts);
        samples.add(QStringLiteral("open.warm.total"), warm.total);

        // What the user actually waits for: SchoolFile::unlockWithPassword (KDF + open +
        // migrate + school row) and the counts of the first screen.
        samples.add(QStringLiteral("unlock.full"), timed([&] {
            SchoolFile school = SchoolFile::unlockWithPassword(path, user, password);
            StudentRepository(school.db(), user).counts();
        }));
    }
}

// ------------------------------------------------------------------ output

QString fmt(double v, int precision = 3)
{
    return QString::number(v, 'f', precision);
}

QString pad(const QString &s, int width)
{
    return width < 0 ? s.rightJustified(-width) : s.leftJustified(width);
}

void printTables(const Options &o, const Samples &samples, const KdfCost &cost, const DropCaches &drop,
    const QString &cipherVersion, double generateSeconds, const QString &loadStart, const QString &loadEnd)
{
    QTextStream &s = out();
    s << QStringLiteral("XinAn benchmark, %1 students, median of %2 run(s), %3\n")
             .arg(o.students)
             .arg(o.runs)
             .arg(QDateTime::currentDateTime().toString(Qt::ISODate));
    s << QStringLiteral("SQLCipher %1, %2, %3 cores, load average %4 at start, %5 at end\n")
             .arg(cipherVersion, QSysInfo::prettyProductName())
             .arg(sysconf(_SC_NPROCESSORS_ONLN))
             .arg(loadStart, loadEnd);
    s << QStringLiteral("Temporary files in %1; demoStudents() took %2 s (not timed below)\n\n").arg(o.dir, fmt(generateSeconds));

    if (samples.has(QStringLiteral("insert.raw/64MiB/plain"))) {
        s << QStringLiteral(
            "1. Insert %1 students and aggregate (seconds, medians;\n"
            "   ratio = encrypted / plain of the wall-clock medians, target <= 1.50; min-ratio = of the fastest runs;\n"
            "   cpu-ratio = of the process CPU-time medians, robust when the machine is shared)\n")
                 .arg(o.students);
        const QString header = pad(QStringLiteral("step"), 47) + pad(QStringLiteral("cache"), 7)
            + pad(QStringLiteral("plain"), -9) + pad(QStringLiteral("encrypted"), -11) + pad(QStringLiteral("ratio"), -8)
            + pad(QStringLiteral("min-ratio"), -11) + pad(QStringLiteral("cpu-ratio"), -11) + QStringLiteral("\n");
        s << header << QString(header.size() - 1, QLatin1Char('-')) << QStringLiteral("\n");
        const struct
        {
            const char *key;
            const char *label;
        } rows[] = {
            { "insert.addAll", "StudentRepository::addAll (one transaction)" },
            { "insert.raw", "raw prepared INSERTs (same rows)" },
            { "aggregate.hot", "aggregates, SQLite cache hot (mean of 5)" },
            { "aggregate.cold", "aggregates, SQLite cache emptied (mean of 5)" },
            { "size.addAll", "file size after addAll (MiB)" },
        };
        for (const char *cacheName : { "64MiB", "2MB" }) {
            for (const auto &row : rows) {
                const QString plainKey = QStringLiteral("%1/%2/plain").arg(QLatin1String(row.key), QLatin1String(cacheName));
                const QString encKey = QStringLiteral("%1/%2/encrypted").arg(QLatin1String(row.key), QLatin1String(cacheName));
                if (!samples.has(plainKey))
                    continue;
                const double p = samples.median(plainKey);
                const double e = samples.median(encKey);
                const bool size = QLatin1String(row.key).startsWith(QLatin1String("size"));
                s << pad(QLatin1String(row.label), 47) << pad(QLatin1String(cacheName), 7) << pad(fmt(p, size ? 1 : 3), -9)
                  << pad(fmt(e, size ? 1 : 3), -11) << pad(p > 0 ? fmt(e / p, 2) + QStringLiteral("x") : QStringLiteral("-"), -8)
                  << pad(samples.min(plainKey) > 0 ? fmt(samples.min(encKey) / samples.min(plainKey), 2) + QStringLiteral("x")
                                                   : QStringLiteral("-"),
                         -11);
                const QString plainCpu = plainKey + QStringLiteral(".cpu");
                const QString encCpu = encKey + QStringLiteral(".cpu");
                s << pad(samples.has(plainCpu) && samples.median(plainCpu) > 0
                        ? fmt(samples.median(encCpu) / samples.median(plainCpu), 2) + QStringLiteral("x")
                        : QStringLiteral("-"),
                    -11)
                  << QStringLiteral("\n");
            }
        }
    }
    if (!samples.has(QStringLiteral("unlock.kdf"))) {
        s.flush();
        return;
    }
    s << QStringLiteral("\n2./3. Unlock and first screen (encrypted, %1 students; wall-clock seconds,\n"
                        "   cpu = median process CPU time)\n")
             .arg(o.students);
    const QString header2 = pad(QStringLiteral("step"), 58) + pad(QStringLiteral("median"), -8) + pad(QStringLiteral("min"), -8)
        + pad(QStringLiteral("max"), -8) + pad(QStringLiteral("cpu"), -8) + QStringLiteral("\n");
    s << header2 << QString(header2.size() - 1, QLatin1Char('-')) << QStringLiteral("\n");
    const struct
    {
        const char *key;
        QString label;
    } rows2[] = {
        { "unlock.kdf", QStringLiteral("KDF: KeySlotFile::load + unlock (Argon2id)") },
        { "unlock.kdf2", QStringLiteral("KDF at opslimit 2 (the calibration probe's cost)") },
        { "open.first.open", QStringLiteral("first open: Database::open + migrate + school row") },
        { "open.first.counts", QStringLiteral("first open: StudentRepository::counts()") },
        { "open.first.total", QStringLiteral("first open: total beyond the KDF (target < 0.300)") },
        { "open.warm.open", QStringLiteral("warm open: Database::open + migrate + school row") },
        { "open.warm.counts", QStringLiteral("warm open: StudentRepository::counts()") },
        { "open.warm.total", QStringLiteral("warm open: total beyond the KDF") },
        { "unlock.full", QStringLiteral("unlockWithPassword + counts (what the user waits for)") },
        { "size.school", QStringLiteral("database file size (MiB)") },
    };
    for (const auto &row : rows2) {
        const QString k = QLatin1String(row.key);
        if (!samples.has(k))
            continue;
        const QString cpu = k + QStringLiteral(".cpu");
        s << pad(row.label, 58) << pad(fmt(samples.median(k)), -8) << pad(fmt(samples.min(k)), -8) << pad(fmt(samples.max(k)), -8)
          << pad(samples.has(cpu) ? fmt(samples.median(cpu)) : QStringLiteral("-"), -8) << QStringLiteral("\n");
    }
    s << QStringLiteral("KDF cost: Argon2id opslimit %1, memlimit %2 MiB (currentKdfCost(), production calibration)\n")
             .arg(cost.opsLimit)
             .arg(static_cast<double>(cost.memLimit) / MiB);
    if (samples.has(QStringLiteral("unlock.kdf2")) && cost.opsLimit > 2) {
        const double full = samples.median(QStringLiteral("unlock.kdf.cpu"));
        const double two = samples.median(QStringLiteral("unlock.kdf2.cpu"));
        const double perPass = (full - two) / static_cast<double>(cost.opsLimit - 2);
        const double fixed = two - 2 * perPass;
        s << QStringLiteral("KDF model (CPU medians): %1 ms per pass + %2 ms fixed; the 0.8 s target needs about %3 passes\n")
                 .arg(fmt(perPass * 1000, 1), fmt(fixed * 1000, 1))
                 .arg(perPass > 0 ? qRound((0.8 - fixed) / perPass) : 0);
    }
    s << QStringLiteral("Page cache drop before the first open: %1 (%2)\n")
             .arg(drop.worked ? QStringLiteral("worked") : QStringLiteral("NOT possible, so the first open is OS-cache warm"),
                 drop.detail);
    s.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    fixClock();
    QCoreApplication::setApplicationName(QStringLiteral("xinan_bench"));
    initCrypto();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("XinAn benchmark: SQLCipher overhead, unlock (KDF) time, first-screen open time."));
    parser.addHelpOption();
    const QCommandLineOption studentsOpt(QStringLiteral("students"), QStringLiteral("Number of students (default 100000)."),
        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"),
        QStringLiteral("Runs per measurement; the median is reported (default 3)."), QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption quickOpt(QStringLiteral("quick"), QStringLiteral("Smoke run: 10000 students, 1 run."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print the results as JSON instead of tables."));
    const QCommandLineOption jsonOutOpt(
        QStringLiteral("json-out"), QStringLiteral("Also write the results as JSON to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption noSmallOpt(
        QStringLiteral("no-small-cache"), QStringLiteral("Skip the comparison with a 2 MB SQLite page cache."));
    const QCommandLineOption dirOpt(QStringLiteral("dir"),
        QStringLiteral("Folder for the temporary databases (default: the system temp folder)."), QStringLiteral("DIR"),
        QDir::tempPath());
    const QCommandLineOption partOpt(
        QStringLiteral("part"), QStringLiteral("Run only part: insert or open (default: both)."), QStringLiteral("PART"));
    parser.addOptions({ studentsOpt, runsOpt, quickOpt, jsonOpt, jsonOutOpt, noSmallOpt, dirOpt, partOpt });
    parser.process(app);

    Options o;
    bool ok1 = false;
    bool ok2 = false;
    o.students = parser.value(studentsOpt).toInt(&ok1);
    o.runs = parser.value(runsOpt).toInt(&ok2);
    if (!ok1 || !ok2 || o.students < 1 || o.students > 200000 || o.runs < 1) {
        progress() << QStringLiteral("--students must be 1-200000 and --runs at least 1.\n");
        return static_cast<int>(ErrorKind::Usage);
    }
    if (parser.isSet(quickOpt)) {
        o.students = 10000;
        o.runs = 1;
    }
    o.json = parser.isSet(jsonOpt);
    o.smallCache = !parser.isSet(noSmallOpt);
    o.dir = QDir(parser.value(dirOpt)).absolutePath();
    const QString part = parser.value(partOpt);
    if (!part.isEmpty() && part != u"insert" && part != u"open") {
        progress() << QStringLiteral("--part must be insert or open.\n");
        return static_cast<int>(ErrorKind::Usage);
    }

    try {
        const QString loadStart = loadAverage();
        Samples samples;
        QString cipherVersion;
        KdfCost cost;
        DropCaches drop;

        progress() << QStringLiteral("Generating %1 demo students...\n").arg(o.students) << Qt::flush;
        QList<Student> students;
        const double generateSeconds = timed([&] { students = demoStudents({ o.students, Seed }); }).wall;

        if (part.isEmpty() || part == u"insert") {
            progress() << QStringLiteral("1. Insert and aggregate\n") << Qt::flush;
            measureInsert(o, students, samples, &cipherVersion);
        }
        if (part.isEmpty() || part == u"open") {
            progress() << QStringLiteral("2./3. Unlock (calibrating the KDF first) and open\n") << Qt::flush;
            cost = currentKdfCost();
            measureUnlockAndOpen(o, students, samples, &cost, drop);
        }
        if (cipherVersion.isEmpty()) {
            QTemporaryDir tmp(o.dir + QStringLiteral("/xinan-bench-XXXXXX"));
            cipherVersion = Database::create(tmp.filePath(QStringLiteral("v.db")), RecoveryKey::generate().dataKey())
                                .cipherVersion()
                                .value_or(QString());
        }
        const QString loadEnd = loadAverage();

        const QJsonObject root {
            { QStringLiteral("date"), QDateTime::currentDateTime().toString(Qt::ISODate) },
            { QStringLiteral("students"), o.students },
            { QStringLiteral("runs"), o.runs },
            { QStringLiteral("dir"), o.dir },
            { QStringLiteral("sqlcipher"), cipherVersion },
            { QStringLiteral("os"), QSysInfo::prettyProductName() },
            { QStringLiteral("cpus"), static_cast<int>(sysconf(_SC_NPROCESSORS_ONLN)) },
            { QStringLiteral("loadavg_start"), loadStart },
            { QStringLiteral("loadavg_end"), loadEnd },
            { QStringLiteral("generate_seconds"), generateSeconds },
            { QStringLiteral("kdf"),
                QJsonObject { { QStringLiteral("opslimit"), static_cast<double>(cost.opsLimit) },
                    { QStringLiteral("memlimit_bytes"), static_cast<double>(cost.memLimit) } } },
            { QStringLiteral("drop_caches"),
                QJsonObject { { QStringLiteral("attempted"), drop.attempted }, { QStringLiteral("worked"), drop.worked },
                    { QStringLiteral("detail"), drop.detail } } },
            { QStringLiteral("seconds_or_mib"), samples.toJson() },
        };
        const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Indented);
        if (parser.isSet(jsonOutOpt)) {
            QFile f(parser.value(jsonOutOpt));
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(json) != json.size())
                throw Error(ErrorKind::Other, QStringLiteral("Cannot write %1: %2").arg(f.fileName(), f.errorString()));
        }
        if (o.json) {
            out() << QString::fromUtf8(json);
            out().flush();
        } else {
            printTables(o, samples, cost, drop, cipherVersion, generateSeconds, loadStart, loadEnd);
        }
    } catch (const Error &e) {
        progress() << QStringLiteral("xinan_bench: %1\n").arg(e.message()) << Qt::flush;
        return e.exitCode();
    }
    return 0;
}
