#pragma once
// The demo data's random numbers: splitmix64, the same sequence on every machine and compiler
// (std::mt19937's distributions are not portable), so a seed always gives the same school.

#include <QtGlobal>

#include <cstddef>

namespace xinan {

class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // 0 .. n-1
    int below(int n) { return static_cast<int>(next() % static_cast<quint64>(n)); }
    // from .. to, both included
    int between(int from, int to) { return from + below(to - from + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T, std::size_t N> const T &pick(const T (&items)[N]) { return items[below(static_cast<int>(N))]; }

private:
    quint64 m_state;
};

} // namespace xinan
