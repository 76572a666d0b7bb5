#pragma once
// How the repositories store times and days as text: instants as UTC ISO 8601
// ("2026-11-16T02:00:00Z"), days as ISO dates ("2026-11-16"). "Now" comes from the clock seam.

#include "../platform/clock.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace xinan {

inline QString stamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}
inline QString nowStamp()
{
    return stamp(clock::nowUtc());
}
inline QString dayText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}
inline QDate dayFrom(const QString &s)
{
    return QDate::fromString(s, Qt::ISODate);
}

} // namespace xinan
