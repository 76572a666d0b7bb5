#pragma once
// The one place XinAn reads the time. Core, the CLI and the UI ask clock::now(), clock::nowUtc()
// and clock::today() instead of QDateTime::currentDateTime() and QDate::currentDate(), so that a
// test (or the demo and the benchmarks, which take a reference date) can fix "now" and give the
// same result on any real date (KeePassXC's Clock is the model).
//
// Thread-safe: a fixed time set by a test is seen by worker threads too.

#include <QDate>
#include <QDateTime>

namespace xinan::clock {

// The current local date and time (or the fixed one).
QDateTime now();
// The current time in UTC (or the fixed one, converted).
QDateTime nowUtc();
// The current local date (or the fixed one's date).
QDate today();

namespace testing {

// Fixes "now" at `when` (local time unless `when` says otherwise) until reset() or the next
// setNow(). Time does not move on its own while fixed; advance() moves it.
void setNow(const QDateTime &when);
// Moves a fixed clock on by `seconds` (no effect on the real clock).
void advance(qint64 seconds);
// Back to the real clock.
void reset();
// True while a fixed time is set.
bool isFixed();

// Fixes the clock for a scope: FixedClock clock(QDateTime(QDate(2026, 11, 16), QTime(10, 0)));
class FixedClock
{
public:
    explicit FixedClock(const QDateTime &when);
    explicit FixedClock(const QDate &day, const QTime &time = QTime(10, 0));
    ~FixedClock();
    FixedClock(const FixedClock &) = delete;
    FixedClock &operator=(const FixedClock &) = delete;

private:
    bool m_wasFixed;
    QDateTime m_previous;
};

} // namespace testing
} // namespace xinan::clock
