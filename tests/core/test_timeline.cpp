// The student's timeline as a registry (services/timeline.h): each module's repository gives its
// own entries; the service only collects them, newest first, in provider order within a day.
#include "testsupport.h"

#include "platform/clock.h"
#include "repo/noterepository.h"
#include "repo/riskrepository.h"
#include "repo/studentrepository.h"
#include "services/demodata.h"
#include "services/schoolfile.h"
#include "services/timeline.h"
#include "store/database.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace xinan;
using namespace xinan::test;
using xinan::clock::testing::FixedClock;

TEST_CASE("Every module with dated records about a student has one timeline provider", "[timeline]")
{
    QStringList names;
    for (const TimelineProvider &p : timelineProviders()) {
        CHECK(p.entries);
        names << QString::fromLatin1(p.module);
    }
    CHECK(names
        == QStringList { QStringLiteral("notes"), QStringLiteral("risk"), QStringLiteral("screening"), QStringLiteral("crisis"),
            QStringLiteral("plans"), QStringLiteral("weekly_review"), QStringLiteral("appointments"), QStringLiteral("sessions"),
            QStringLiteral("feedback"), QStringLiteral("alerts"), QStringLiteral("referrals") });
}

TEST_CASE("Within a day the timeline keeps the providers' order, across days newest first", "[timeline]")
{
    FixedClock fixed(QDateTime(QDate(2026, 11, 16), QTime(15, 0)));
    TempDir dir;
    const QString path = dir.path(QStringLiteral("t.xinan"));
    createSchool(path);
    SchoolFile school = SchoolFile::unlockWithPassword(path, QString(), secret("correct horse 1"));
    Student s;
    s.studentNo = QStringLiteral("G520000000001");
    s.name = QStringLiteral("杨小雨");
    s.grade = 8;
    const qint64 id = StudentRepository(school.db(), QStringLiteral("wang")).add(s);
    // The risk change is written first, but notes come first within the day.
    RiskRepository(school.db(), QStringLiteral("wang"))
        .change(id, RiskLevel::Yellow, RiskSource::TeacherReport, QStringLiteral("班主任反映情绪低落"),
            QDateTime(QDate(2026, 11, 16), QTime(9, 0)));
    NoteRepository notes(school.db(), QStringLiteral("wang"));
    notes.add(id, QDate(2026, 11, 16), QStringLiteral("面谈"));
    notes.add(id, QDate(2026, 11, 2), QStringLiteral("家访"));
    const QList<TimelineEntry> t = studentTimeline(school.db(), id);
    REQUIRE(t.size() == 3);
    CHECK(t.at(0).kind == QStringLiteral("note"));
    CHECK(t.at(0).body == QStringLiteral("面谈"));
    CHECK(t.at(1).kind == QStringLiteral("risk"));
    CHECK(t.at(1).date == QDate(2026, 11, 16));
    CHECK(t.at(2).body == QStringLiteral("家访"));
}

TEST_CASE("The timeline is exactly what the providers give, sorted, for every student of the demo", "[timeline][demo]")
{
    FixedClock fixed(QDateTime(QDate(2026, 11, 16), QTime(10, 0)));
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.xinan"));
    const QString key = createDemoDatabase(path, QStringLiteral("demo"), secret("demo lanterns by the river"), { 300, 2026 });
    SchoolFile school = SchoolFile::unlockWithRecoveryKey(path, key, QStringLiteral("demo"));
    Database &db = school.db();
    QSet<QString> kinds;
    for (const QString &actor : { QStringLiteral("demo"), QString() }) {
        for (const Student &st : StudentRepository(db, QString()).list()) {
            // Each entry tagged with its provider's position.
            QList<QPair<TimelineEntry, int>> given;
            int position = 0;
            for (const TimelineProvider &p : timelineProviders()) {
                for (const TimelineEntry &e : p.entries(db, st.id, actor))
                    given.append({ e, position });
                ++position;
            }
            const QList<TimelineEntry> t = studentTimeline(db, st.id, actor);
            REQUIRE(t.size() == given.size());
            int previousProvider = -1;
            for (qsizetype i = 0; i < t.size(); ++i) {
                if (i > 0) {
                    REQUIRE(t.at(i).date <= t.at(i - 1).date);
                    if (t.at(i).date != t.at(i - 1).date)
                        previousProvider = -1;
                }
                // Find the entry among the providers' (by kind and source id).
                const auto match = std::find_if(given.cbegin(), given.cend(), [&](const auto &g) {
                    return g.first.kind == t.at(i).kind && g.first.sourceId == t.at(i).sourceId && g.first.date == t.at(i).date
                        && g.first.title == t.at(i).title;
                });
                REQUIRE(match != given.cend());
                REQUIRE(match->second >= previousProvider);
                previousProvider = match->second;
                kinds.insert(t.at(i).kind);
            }
        }
    }
    // The demo fills most modules' timelines.
    for (const char *kind : { "note", "risk", "screening", "crisis", "plan_created", "weekly_update", "appointment", "session",
             "feedback", "interview" }) {
        INFO(kind);
        CHECK(kinds.contains(QString::fromLatin1(kind)));
    }
}
