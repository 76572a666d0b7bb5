#include "clock.h"

#include <mutex>
#include <optional>

namespace xinan::clock {
namespace {

std::mutex &lock()
{
    static std::mutex m;
    return m;
}

// The fixed time, in UTC; empty: the real clock.
std::optional<QDateTime> &fixed()
{
    static std::optional<QDateTime> value;
    return value;
}

} // namespace

QDateTime nowUtc()
{
    {
        std::lock_guard guard(lock());
        if (fixed())
            return *fixed();
    }
    return QDateTime::currentDateTimeUtc();
}

QDateTime now()
{
    return nowUtc().toLocalTime();
}

QDate today()
{
    return now().date();
}

namespace testing {

void setNow(const QDateTime &when)
{
    std::lock_guard guard(lock());
    fixed() = when.toUTC();
}

void advance(qint64 seconds)
{
    std::lock_guard guard(lock());
    if (fixed())
        fixed() = fixed()->addSecs(seconds);
}

void reset()
{
    std::lock_guard guard(lock());
    fixed().reset();
}

bool isFixed()
{
    std::lock_guard guard(lock());
    return fixed().has_value();
}

FixedClock::FixedClock(const QDateTime &when)
    : m_wasFixed(isFixed())
    , m_previous(m_wasFixed ? nowUtc() : QDateTime())
{
    setNow(when);
}

FixedClock::FixedClock(const QDate &day, const QTime &time)
    : FixedClock(QDateTime(day, time))
{
}

FixedClock::~FixedClock()
{
    if (m_wasFixed)
        setNow(m_previous);
    else
        reset();
}

} // namespace testing
} // namespace xinan::clock
