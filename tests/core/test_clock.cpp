// The clock seam (core/platform/clock.h): a test fixes "now" and "today", moves it on, nests
// fixed clocks, and every thread sees the same fixed time; reset goes back to the real clock.
#include "platform/clock.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

#include <thread>

using namespace xinan;
using clock::testing::FixedClock;

TEST_CASE("a fixed clock gives the same now, UTC time and today until it is moved", "[clock]")
{
    const QDateTime when(QDate(2026, 11, 16), QTime(10, 30, 15));
    FixedClock fixed(when);
    CHECK(clock::testing::isFixed());
    CHECK(clock::now() == when);
    CHECK(clock::now().toString(Qt::ISODate) == QStringLiteral("2026-11-16T10:30:15"));
    CHECK(clock::nowUtc().timeSpec() == Qt::UTC);
    CHECK(clock::nowUtc() == when.toUTC());
    CHECK(clock::today() == QDate(2026, 11, 16));
    // Time does not move on its own while fixed.
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    CHECK(clock::now() == when);

    clock::testing::advance(90);
    CHECK(clock::now() == when.addSecs(90));
    clock::testing::advance(14 * 3600); // past midnight: today follows
    CHECK(clock::today() == QDate(2026, 11, 17));
    CHECK(clock::now().time() == QTime(0, 31, 45));
}

TEST_CASE("a fixed day defaults to ten in the morning, local time", "[clock]")
{
    FixedClock fixed(QDate(2045, 3, 1));
    CHECK(clock::now() == QDateTime(QDate(2045, 3, 1), QTime(10, 0)));
    CHECK(clock::today() == QDate(2045, 3, 1));

    clock::testing::setNow(QDateTime(QDate(2026, 12, 31), QTime(23, 59, 30)));
    CHECK(clock::today() == QDate(2026, 12, 31));
    clock::testing::advance(30);
    CHECK(clock::today() == QDate(2027, 1, 1));
}

TEST_CASE("a fixed time given in UTC is seen as the same instant", "[clock]")
{
    const QDateTime utc(QDate(2027, 9, 1), QTime(0, 0), Qt::UTC);
    FixedClock fixed(utc);
    CHECK(clock::nowUtc() == utc);
    CHECK(clock::nowUtc().toString(Qt::ISODate) == QStringLiteral("2027-09-01T00:00:00Z"));
    CHECK(clock::now() == utc.toLocalTime());
    CHECK(clock::today() == utc.toLocalTime().date());
}

TEST_CASE("fixed clocks nest and each restores what it found", "[clock]")
{
    REQUIRE_FALSE(clock::testing::isFixed());
    {
        FixedClock outer(QDate(2026, 11, 16));
        clock::testing::advance(60);
        {
            FixedClock inner(QDate(2031, 3, 3), QTime(8, 0));
            CHECK(clock::today() == QDate(2031, 3, 3));
            CHECK(clock::now().time() == QTime(8, 0));
        }
        // Back to the outer clock, where it had been moved to.
        CHECK(clock::testing::isFixed());
        CHECK(clock::now() == QDateTime(QDate(2026, 11, 16), QTime(10, 1)));
    }
    // Back to the real clock, which moves.
    CHECK_FALSE(clock::testing::isFixed());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime seen = clock::nowUtc();
    CHECK(seen >= before);
    CHECK(seen.msecsTo(QDateTime::currentDateTimeUtc()) >= 0);
    CHECK(qAbs(seen.msecsTo(before)) < 5000);
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    CHECK(clock::nowUtc() > seen);
}

TEST_CASE("reset goes back to the real clock and advance then does nothing", "[clock]")
{
    clock::testing::setNow(QDateTime(QDate(2030, 1, 1), QTime(0, 0)));
    CHECK(clock::today() == QDate(2030, 1, 1));
    clock::testing::reset();
    CHECK_FALSE(clock::testing::isFixed());
    clock::testing::advance(3600 * 24 * 365);
    CHECK_FALSE(clock::testing::isFixed());
    CHECK(qAbs(clock::nowUtc().secsTo(QDateTime::currentDateTimeUtc())) < 5);
}

TEST_CASE("a worker thread sees the fixed time and its moves", "[clock]")
{
    FixedClock fixed(QDate(2026, 12, 31), QTime(23, 59));
    QDateTime seenThere;
    QDate todayThere;
    std::thread worker([&] {
        seenThere = clock::now();
        todayThere = clock::today();
    });
    worker.join();
    CHECK(seenThere == QDateTime(QDate(2026, 12, 31), QTime(23, 59)));
    CHECK(todayThere == QDate(2026, 12, 31));

    // A move made on the worker is seen here, and the other way round.
    std::thread mover([] { clock::testing::advance(60); });
    mover.join();
    CHECK(clock::today() == QDate(2027, 1, 1));
    std::thread reader([&] { todayThere = clock::today(); });
    reader.join();
    CHECK(todayThere == QDate(2027, 1, 1));
}
