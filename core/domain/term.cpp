#include "term.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SchoolTerm)
};

bool parseId(const QString &id, int &firstYear, int &number)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{4})-([12])$"));
    const auto m = re.match(id.trimmed());
    if (!m.hasMatch())
        return false;
    const int a = m.captured(1).toInt();
    const int b = m.captured(2).toInt();
    if (b != a + 1 || a < 1990 || a > 2200)
        return false;
    firstYear = a;
    number = m.captured(3).toInt();
    return true;
}

QString idOf(int firstYear, int number)
{
    return QStringLiteral("%1-%2-%3").arg(firstYear).arg(firstYear + 1).arg(number);
}

} // namespace

int SchoolTerm::firstYear() const
{
    int y = 0, n = 0;
    return parseId(id, y, n) ? y : 0;
}

int SchoolTerm::number() const
{
    int y = 0, n = 0;
    return parseId(id, y, n) ? n : 0;
}

QString SchoolTerm::displayName() const
{
    return termDisplayName(id);
}

std::optional<SchoolTerm> calendarTerm(const QString &id)
{
    int y = 0, n = 0;
    if (!parseId(id, y, n))
        return std::nullopt;
    SchoolTerm t;
    t.id = idOf(y, n);
    if (n == 1) {
        t.startsOn = QDate(y, 9, 1);
        t.endsOn = QDate(y + 1, 1, 31);
    } else {
        t.startsOn = QDate(y + 1, 2, 1);
        t.endsOn = QDate(y + 1, 8, 31);
    }
    return t;
}

SchoolTerm calendarTermContaining(const QDate &day)
{
    const int y = day.year();
    const int m = day.month();
    if (m >= 9)
        return *calendarTerm(idOf(y, 1));
    if (m == 1)
        return *calendarTerm(idOf(y - 1, 1));
    return *calendarTerm(idOf(y - 1, 2));
}

QString termDisplayName(const QString &id)
{
    int y = 0, n = 0;
    if (!parseId(id, y, n))
        return id;
    return (n == 1 ? Tr::tr("%1–%2 school year, first term") : Tr::tr("%1–%2 school year, second term")).arg(y).arg(y + 1);
}

QString previousTermId(const QString &id)
{
    int y = 0, n = 0;
    if (!parseId(id, y, n))
        return {};
    return n == 2 ? idOf(y, 1) : idOf(y - 1, 2);
}

QString nextTermId(const QString &id)
{
    int y = 0, n = 0;
    if (!parseId(id, y, n))
        return {};
    return n == 1 ? idOf(y, 2) : idOf(y + 1, 1);
}

} // namespace xinan
