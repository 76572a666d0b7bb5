// xinan_bench_figures: the school's figures (schoolFigures, core/repo/schoolfigures.h) for the
// autumn term and for a month of a 10,000-student school in an encrypted database, with a
// term's worth of records: risk changes for one student in eight, a PHQ-9 result for most of
// grades 4 and up, 4,000 counselling records, 12,000 home visits, two lessons a fortnight per
// class, activities, crises and referrals. Target: well under 1 s (the city export's budget).
// Not a ctest test; run by hand (docs/performance.md, "School figures").
#include "crypto/recoverykey.h"
#include "crypto/secret.h"
#include "repo/schoolfigures.h"
#include "repo/studentrepository.h"
#include "services/demodata.h"
#include "store/database.h"
#include "store/migrations.h"

#include "benchutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <map>

using namespace xinan;
using namespace xinan::bench;

namespace {

quint64 state = 2026;
int next()
{
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<int>(state >> 33);
}

QString day(const QDate &first, int span)
{
    return first.addDays(next() % span).toString(Qt::ISODate);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    fixClock();
    initCrypto();
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("students"), QStringLiteral("Students in the school (default 10000)."), QStringLiteral("N"),
        QStringLiteral("10000") });
    parser.addOption({ QStringLiteral("runs"), QStringLiteral("Repetitions; medians are reported (default 9)."),
        QStringLiteral("R"), QStringLiteral("9") });
    parser.addOption(
        { QStringLiteral("dir"), QStringLiteral("Where the temporary files go (a real disk)."), QStringLiteral("DIR") });
    parser.process(app);
    const int studentCount = std::max(10, parser.value(QStringLiteral("students")).toInt());
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QTemporaryDir tmp(parser.isSet(QStringLiteral("dir"))
            ? parser.value(QStringLiteral("dir")) + QStringLiteral("/xinan-figures-XXXXXX")
            : QString());

    Database db = Database::create(tmp.filePath(QStringLiteral("school.xinan")), RecoveryKey::generate().dataKey());
    migrate(db);
    StudentRepository(db, QStringLiteral("bench")).addAll(demoStudents({ studentCount, 2026 }));
    struct Row
    {
        qint64 id;
        int grade;
        QString className;
    };
    QList<Row> students;
    {
        Statement st(db, "SELECT id, grade, class_name FROM students WHERE status = 'enrolled' ORDER BY id");
        while (st.step())
            students.append({ st.int64(0), st.integer(1), st.text(2) });
    }
    const QDate first(2026, 9, 1);
    const int span = static_cast<int>(first.daysTo(clock::today()));
    const QString created = QStringLiteral("2026-09-01T00:00:00Z");
    {
        Transaction tx(db);
        db.exec("INSERT INTO staff (name, kind, created_at) VALUES ('罗敏', 'full_time', '2026-01-01T00:00:00Z'), "
                "('田芳', 'part_time', '2026-01-01T00:00:00Z')");
        db.exec("INSERT INTO rooms (name, created_at, area_m2) VALUES ('个辅室', '2026-01-01T00:00:00Z', 24)");
        Statement risk(db,
            "INSERT INTO risk_changes (student_id, from_level, to_level, source, reason, author, at) VALUES (?, ?, ?, "
            "'session', '面谈', 'bench', ?)");
        Statement level(db, "UPDATE students SET risk_level = ? WHERE id = ?");
        Statement drive(db,
            "INSERT INTO screening_drives (name, term, instrument_id, created_at, instruments) VALUES ('秋季', '2026-2027-1', "
            "'phq9', ?, 'phq9')");
        drive.bind(1, created).run();
        const qint64 driveId = db.lastInsertId();
        Statement result(db,
            "INSERT INTO screening_results (drive_id, student_id, instrument_id, total, band_code, source, taken_on, "
            "recorded_by, created_at) VALUES (?, ?, 'phq9', ?, ?, 'entered', ?, 'bench', ?)");
        static const char *const bands[] = { "none", "mild", "moderate", "moderately_severe", "severe" };
        for (const Row &s : std::as_const(students)) {
            if (s.id % 8 == 0) {
                int from = 0;
                const int changes = 1 + next() % 3;
                for (int i = 0; i < changes; ++i) {
                    const int to = (from + 1 + next() % 3) % 4;
                    const QDateTime at(first.addDays(i * 30 + next() % 30), QTime(10, 0));
                    risk.bind(1, s.id).bind(2, from).bind(3, to).bind(4, at.toUTC().toString(Qt::ISODate)).run();
                    risk.reset();
                    from = to;
                }
                level.bind(1, from).bind(2, s.id).run();
                level.reset();
            }
            if (s.grade >= 4 && next() % 10 < 9) {
                const int band = next() % 5;
                result.bind(1, driveId).bind(2, s.id).bind(3, band * 5).bind(4, bands[band]).bind(5, day(first, 30));
                result.bind(6, created).run();
                result.reset();
            }
        }
        Statement record(db,
            "INSERT INTO counselling_records (student_id, held_on, minutes, form, categories, author, created_at, updated_at) "
            "VALUES (?, ?, 50, 'individual', ?, 'bench', ?, ?)");
        static const char *const categories[] = { "学业压力", "人际关系", "学业压力\n情绪困扰", "亲子关系", "网络使用" };
        for (int i = 0; i < 4000; ++i) {
            record.bind(1, students.at(next() % students.size()).id).bind(2, day(first, span));
            record.bind(3, categories[next() % 5]).bind(4, created).bind(5, created).run();
            record.reset();
        }
        Statement visit(
            db, "INSERT INTO home_visits (visited_at, form, recorded_by, created_at, updated_at) VALUES (?, ?, 'bench', ?, ?)");
        Statement visitStudent(db, "INSERT OR IGNORE INTO home_visit_students (visit_id, student_id) VALUES (?, ?)");
        for (int i = 0; i < 12000; ++i) {
            visit.bind(1, day(first, span) + QStringLiteral("T16:30")).bind(2, next() % 10 < 6 ? "onsite" : "phone");
            visit.bind(3, created).bind(4, created).run();
            visit.reset();
            visitStudent.bind(1, db.lastInsertId()).bind(2, students.at(next() % students.size()).id).run();
            visitStudent.reset();
        }
        std::map<std::pair<int, QString>, int> classes;
        for (const Row &s : std::as_const(students))
            ++classes[{ s.grade, s.className }];
        Statement lesson(db,
            "INSERT INTO psych_lessons (grade, class_name, given_on, periods, teacher, recorded_by, created_at) VALUES (?, ?, "
            "?, 1, '罗敏', 'bench', ?)");
        for (const auto &[key, size] : classes) {
            Q_UNUSED(size);
            for (int w = 0; w < span / 7; w += 2) {
                lesson.bind(1, key.first).bind(2, key.second).bind(3, first.addDays(w * 7 + 2).toString(Qt::ISODate));
                lesson.bind(4, created).run();
                lesson.reset();
            }
        }
        Statement activity(db,
            "INSERT INTO activities (held_on, kind, title, attendance, recorded_by, created_at) VALUES (?, ?, '活动', ?, "
            "'bench', ?)");
        static const char *const kinds[] = { "month_525", "parent_school", "parent_meeting", "teacher_training", "group_activity",
            "monitor_training", "other" };
        for (int i = 0; i < 60; ++i) {
            activity.bind(1, day(first, span)).bind(2, kinds[i % 7]).bind(3, 20 + next() % 300).bind(4, created).run();
            activity.reset();
        }
        Statement crisis(db,
            "INSERT INTO crisis_events (student_id, happened_at, what_happened, opened_by, opened_at) VALUES (?, ?, 'x', "
            "'bench', ?)");
        Statement referral(
            db, "INSERT INTO referrals (student_id, opened_on, opened_by, created_at, updated_at) VALUES (?, ?, 'bench', ?, ?)");
        for (int i = 0; i < 30; ++i) {
            const qint64 id = students.at(i * 97 % students.size()).id;
            crisis.bind(1, id).bind(2, day(first, span) + QStringLiteral("T02:00:00Z")).bind(3, created).run();
            crisis.reset();
            referral.bind(1, id).bind(2, day(first, span)).bind(3, created).bind(4, created).run();
            referral.reset();
        }
        tx.commit();
    }

    out() << "School figures: " << students.size() << " enrolled of " << studentCount << " students, " << runs << " run(s), load "
          << loadAverage() << "\n\n";
    Samples s;
    PeriodFigures term;
    PeriodFigures month;
    const ReportPeriod termPeriod = reportPeriod(db, QStringLiteral("2026-2027-1"));
    const ReportPeriod monthPeriod = reportPeriod(db, QStringLiteral("2026-10"));
    for (int run = 0; run < runs; ++run) {
        s.add(QStringLiteral("term"), timed([&] { term = schoolFigures(db, termPeriod); }));
        s.add(QStringLiteral("month"), timed([&] { month = schoolFigures(db, monthPeriod); }));
    }
    if (term.enrolled != students.size() || term.sessions == 0 || term.visited == 0)
        qFatal("check failed: %d enrolled, %d sessions, %d visited", term.enrolled, term.sessions, term.visited);
    out() << "term " << termPeriod.id << ": " << term.grades.size() << " grades, " << term.screened << " of "
          << term.screeningRequired << " screened, " << term.sessions << " sessions, " << term.visited << " visited, "
          << term.weeks.size() << " weeks, " << term.lessonClasses << " classes\n\n";
    out() << QStringLiteral("%1 %2 %3 %4\n")
                 .arg(QStringLiteral("period"), -10)
                 .arg(QStringLiteral("median"), 9)
                 .arg(QStringLiteral("max"), 9)
                 .arg(QStringLiteral("cpu"), 9);
    for (const char *key : { "term", "month" }) {
        const QString k = QString::fromLatin1(key);
        out() << QStringLiteral("%1 %2 %3 %4\n")
                     .arg(k, -10)
                     .arg(QString::number(s.median(k) * 1000, 'f', 1), 9)
                     .arg(QString::number(s.max(k) * 1000, 'f', 1), 9)
                     .arg(QString::number(s.median(k + QStringLiteral(".cpu")) * 1000, 'f', 1), 9);
    }
    out() << "\nms, wall clock (cpu: the median's CPU time); target: well under 1 s\n";
    return 0;
}
