// The demo as a registry of steps (democontext.h): one per module, in order, all on one reference
// day read once from xinan::clock, so that the same seed and the same fixed clock give the same
// school, and a step never reads the clock itself.
#include "testsupport.h"

#include "platform/clock.h"
#include "repo/confidentialfields.h"
#include "services/democontext.h"
#include "services/demodata.h"
#include "services/schoolfile.h"
#include "store/database.h"

#include <catch2/catch.hpp>

using namespace xinan;
using namespace xinan::test;
using xinan::clock::testing::FixedClock;

namespace {

// A value as text; a confidential one sealed with the counsellor key (a fresh nonce each time)
// is opened, so that two schools with the same content give the same text.
QString openedText(Database &db, const QString &table, const QStringList &names, const Statement &rows, int column)
{
    const QByteArray value = rows.blob(column);
    if (!isSealedField(value))
        return rows.text(column);
    for (const ConfidentialColumn &c : confidentialColumns())
        if (table == QLatin1String(c.table) && names.value(column) == QLatin1String(c.column)) {
            const qint64 owner = rows.int64(static_cast<int>(names.indexOf(QLatin1String(c.ownerColumn))));
            return openField(db.access().counsellorKey(), c.field, owner, value);
        }
    FAIL("a sealed value in " << table.toStdString() << "." << names.value(column).toStdString());
    return {};
}

// Every row of every table, as text, tables by name and rows by rowid: two databases with the
// same content give the same dump.
QString contentDump(Database &db)
{
    QStringList tables;
    {
        Statement st(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
        while (st.step())
            tables << st.text(0);
    }
    QString out;
    for (const QString &table : std::as_const(tables)) {
        QStringList names;
        {
            const QByteArray info = QStringLiteral("PRAGMA table_info(\"%1\")").arg(table).toUtf8();
            Statement st(db, info.constData());
            while (st.step())
                names << st.text(1);
        }
        const int columns = static_cast<int>(names.size());
        const QByteArray sql = QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table).toUtf8();
        Statement rows(db, sql.constData());
        out += QStringLiteral("== %1\n").arg(table);
        while (rows.step()) {
            QStringList values;
            for (int c = 0; c < columns; ++c)
                values << (rows.isNull(c) ? QStringLiteral("NULL") : openedText(db, table, names, rows, c));
            // each school's keys are random: their checks differ, the content does not
            if (table == QLatin1String("settings") && values.first().startsWith(QLatin1String("crypto/")))
                continue;
            out += values.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return out;
}

QString demoDump(const TempDir &dir, const QString &name, quint64 seed)
{
    const QString path = dir.path(name);
    const QString key = createDemoDatabase(path, QStringLiteral("demo"), secret("demo lanterns by the river"), { 300, seed });
    SchoolFile school = SchoolFile::unlockWithRecoveryKey(path, key, QStringLiteral("demo"));
    return contentDump(school.db());
}

QString maxOf(Database &db, const char *sql)
{
    Statement st(db, sql);
    REQUIRE(st.step());
    return st.isNull(0) ? QString() : st.text(0);
}

} // namespace

TEST_CASE("The demo's steps are one per module, in the order they build on each other", "[demo]")
{
    QStringList names;
    for (const DemoStep &step : demoSteps()) {
        CHECK(step.run);
        names << QString::fromLatin1(step.name);
    }
    CHECK(names
        == QStringList { QStringLiteral("students"), QStringLiteral("notes"), QStringLiteral("risk"), QStringLiteral("screening"),
            QStringLiteral("grid"), QStringLiteral("plans"), QStringLiteral("crisis"), QStringLiteral("daily"),
            QStringLiteral("referrals"), QStringLiteral("visits"), QStringLiteral("lessons"), QStringLiteral("leave"),
            QStringLiteral("activities") });
}

TEST_CASE("Two demos with the same seed and the same fixed clock have the same content, another seed differs", "[demo]")
{
    const QDateTime when = GENERATE(QDateTime(QDate(2026, 11, 16), QTime(10, 0)), QDateTime(QDate(2027, 9, 1), QTime(9, 30)));
    INFO("clock fixed at " << when.toString(Qt::ISODate).toStdString());
    FixedClock fixed(when);
    TempDir dir;
    const QString a = demoDump(dir, QStringLiteral("a.xinan"), 2026);
    const QString b = demoDump(dir, QStringLiteral("b.xinan"), 2026);
    const QString c = demoDump(dir, QStringLiteral("c.xinan"), 2027);
    // The dump covers the modules' tables, not just the students.
    for (const char *table : { "== students\n", "== appointments\n", "== counselling_records\n", "== key_plans\n",
             "== screening_results\n", "== duty_logs\n", "== referral_steps\n", "== audit_log\n" }) {
        INFO(table);
        const qsizetype at = a.indexOf(QLatin1String(table));
        REQUIRE(at >= 0);
        CHECK(a.mid(at + qstrlen(table), 2) != QStringLiteral("=="));
    }
    // The first line that differs, if any (the dumps are long).
    const QStringList linesA = a.split(QLatin1Char('\n'));
    const QStringList linesB = b.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::min(linesA.size(), linesB.size()); ++i)
        if (linesA.at(i) != linesB.at(i)) {
            FAIL_CHECK("line " << i << " differs:\n" << linesA.at(i).toStdString() << "\n" << linesB.at(i).toStdString());
            break;
        }
    CHECK(linesA.size() == linesB.size());
    CHECK((a == b));
    CHECK((a != c));
}

TEST_CASE("The demo's steps date everything by the context's day, never by the clock", "[demo]")
{
    // The clock says 15 March; the context says 10 March. A step that read the clock would write
    // duty logs, records or settled appointments between the two days.
    FixedClock fixed(QDateTime(QDate(2027, 3, 15), QTime(18, 0)));
    TempDir dir;
    const QString path = dir.path(QStringLiteral("steps.xinan"));
    createSchool(path, QStringLiteral("wang"));
    SchoolFile school = SchoolFile::unlockWithPassword(path, QStringLiteral("wang"), secret("correct horse 1"));
    const QDateTime now(QDate(2027, 3, 10), QTime(10, 0));
    DemoContext ctx { school.db(), QStringLiteral("wang"), 2026, 300, now, now.date(), {} };
    for (const DemoStep &step : demoSteps()) {
        INFO("step " << step.name);
        step.run(ctx);
    }
    Database &db = school.db();
    CHECK(ctx.students.size() == 300);
    CHECK(maxOf(db, "SELECT max(happened_on) FROM student_notes") <= QStringLiteral("2027-03-10"));
    CHECK(maxOf(db, "SELECT max(taken_on) FROM screening_results") <= QStringLiteral("2027-03-10"));
    CHECK(maxOf(db, "SELECT max(held_on) FROM screening_interviews") <= QStringLiteral("2027-03-10"));
    CHECK(maxOf(db, "SELECT max(day) FROM duty_logs") < QStringLiteral("2027-03-10"));
    CHECK(maxOf(db, "SELECT max(held_on) FROM counselling_records") <= QStringLiteral("2027-03-10"));
    CHECK(maxOf(db, "SELECT max(given_on) FROM feedback") <= QStringLiteral("2027-03-10"));
    CHECK(maxOf(db, "SELECT max(held_on) FROM group_sessions") < QStringLiteral("2027-03-10"));
    CHECK(maxOf(db, "SELECT max(happened_on) FROM referral_steps") <= QStringLiteral("2027-03-10"));
    CHECK(maxOf(db, "SELECT max(opened_on) FROM referrals") <= QStringLiteral("2027-03-10"));
    CHECK(maxOf(db, "SELECT max(effective_on) FROM student_status_events") <= QStringLiteral("2027-03-10"));
    CHECK(maxOf(db, "SELECT max(done_on) FROM return_followups") <= QStringLiteral("2027-03-10"));
    CHECK(maxOf(db, "SELECT max(given_on) FROM psych_lessons") < QStringLiteral("2027-03-10"));
    const QString nowUtc = now.toUTC().toString(Qt::ISODate);
    CHECK(maxOf(db, "SELECT max(at) FROM risk_changes") <= nowUtc);
    CHECK(maxOf(db, "SELECT max(at) FROM crisis_steps") <= nowUtc);
    CHECK(maxOf(db, "SELECT max(starts_at) FROM appointments WHERE status IN ('done', 'no_show')") < nowUtc);
    // And it has a past to show: the term's weeks before the 10th.
    CHECK(maxOf(db, "SELECT count(*) FROM appointments WHERE status = 'done'").toInt() > 20);
}
