#pragma once
// Timing and bookkeeping helpers of xinan_bench: wall and CPU time, medians, the samples
// collected per measurement.

#include "platform/clock.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QTextStream>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <vector>

namespace xinan::bench {

inline QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

inline QTextStream &progress()
{
    static QTextStream s(stderr);
    return s;
}

// The benchmarks run at a reference time, so that what they build (the demo school, terms,
// appointments) and so what they measure is the same on any date. XINAN_BENCH_NOW (local ISO
// time, such as 2027-03-01T10:00:00) moves it, to show that a bench works on another day.
inline constexpr const char *ReferenceNow = "2026-11-16T10:00:00";
inline void fixClock()
{
    const QByteArray set = qgetenv("XINAN_BENCH_NOW");
    const QByteArray text = set.isEmpty() ? QByteArray(ReferenceNow) : set;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
    if (!when.isValid()) {
        std::fprintf(
            stderr, "XINAN_BENCH_NOW must be a date and time such as 2027-03-01T10:00:00, not \"%s\".\n", text.constData());
        std::exit(2);
    }
    clock::testing::setNow(when);
    progress() << "the clock is fixed at " << when.toString(Qt::ISODate) << Qt::endl;
}

inline double secondsOf(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}
inline double msSince(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

// CPU time of this process (user + system). The machine may be shared: under load the wall
// clock also counts time spent waiting for a core, the CPU time does not.
inline double cpuNow()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

struct Timing
{
    double wall = 0;
    double cpu = 0;
};

template<typename F> Timing timed(F &&f)
{
    const double cpu0 = cpuNow();
    QElapsedTimer t;
    t.start();
    f();
    return { secondsOf(t), cpuNow() - cpu0 };
}

inline double medianOf(std::vector<double> v)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

inline QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

// All measurements, by key ("insert.addAll/64MiB/encrypted", ...), each with every run's value.
class Samples
{
public:
    void add(const QString &key, double value) { m_values[key].push_back(value); }
    // Wall-clock seconds under key, CPU seconds under key + ".cpu".
    void add(const QString &key, const Timing &t)
    {
        add(key, t.wall);
        add(key + QStringLiteral(".cpu"), t.cpu);
    }
    bool has(const QString &key) const { return m_values.count(key) != 0; }
    double median(const QString &key) const
    {
        const auto it = m_values.find(key);
        return it == m_values.end() ? 0.0 : medianOf(it->second);
    }
    double min(const QString &key) const
    {
        const auto it = m_values.find(key);
        return it == m_values.end() || it->second.empty() ? 0.0 : *std::min_element(it->second.begin(), it->second.end());
    }
    double max(const QString &key) const
    {
        const auto it = m_values.find(key);
        return it == m_values.end() || it->second.empty() ? 0.0 : *std::max_element(it->second.begin(), it->second.end());
    }
    QJsonObject toJson() const
    {
        QJsonObject o;
        for (const auto &[key, values] : m_values) {
            QJsonArray all;
            for (const double v : values)
                all.append(v);
            o.insert(key,
                QJsonObject { { QStringLiteral("median"), medianOf(values) },
                    { QStringLiteral("min"), *std::min_element(values.begin(), values.end()) },
                    { QStringLiteral("max"), *std::max_element(values.begin(), values.end()) },
                    { QStringLiteral("values"), all } });
        }
        return o;
    }

private:
    std::map<QString, std::vector<double>> m_values;
};

} // namespace xinan::bench
