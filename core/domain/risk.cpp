#include "risk.h"

#include <QCoreApplication>

namespace xinan {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Risk)
};
} // namespace

QList<RiskLevel> allRiskLevels()
{
    return { RiskLevel::Green, RiskLevel::Yellow, RiskLevel::Orange, RiskLevel::Red };
}

QList<RiskSource> allRiskSources()
{
    return { RiskSource::Screening, RiskSource::Session, RiskSource::TeacherReport, RiskSource::Parent, RiskSource::Crisis,
        RiskSource::Hospital, RiskSource::Review };
}

QString riskLevelCode(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Yellow:
        return QStringLiteral("yellow");
    case RiskLevel::Orange:
        return QStringLiteral("orange");
    case RiskLevel::Red:
        return QStringLiteral("red");
    case RiskLevel::Green:
        break;
    }
    return QStringLiteral("green");
}

std::optional<RiskLevel> riskLevelFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    for (const RiskLevel l : allRiskLevels())
        if (c == riskLevelCode(l))
            return l;
    return std::nullopt;
}

std::optional<RiskLevel> riskLevelFromInt(int value)
{
    if (value < 0 || value > 3)
        return std::nullopt;
    return static_cast<RiskLevel>(value);
}

QString riskSourceCode(RiskSource source)
{
    switch (source) {
    case RiskSource::Screening:
        return QStringLiteral("screening");
    case RiskSource::TeacherReport:
        return QStringLiteral("teacher_report");
    case RiskSource::Parent:
        return QStringLiteral("parent");
    case RiskSource::Crisis:
        return QStringLiteral("crisis");
    case RiskSource::Hospital:
        return QStringLiteral("hospital");
    case RiskSource::Review:
        return QStringLiteral("review");
    case RiskSource::Session:
        break;
    }
    return QStringLiteral("session");
}

std::optional<RiskSource> riskSourceFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    for (const RiskSource s : allRiskSources())
        if (c == riskSourceCode(s))
            return s;
    return std::nullopt;
}

QString riskLevelName(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Yellow:
        return Tr::tr("Yellow (watch)");
    case RiskLevel::Orange:
        return Tr::tr("Orange (key student)");
    case RiskLevel::Red:
        return Tr::tr("Red (crisis)");
    case RiskLevel::Green:
        break;
    }
    return Tr::tr("Green (routine)");
}

QString riskSourceName(RiskSource source)
{
    switch (source) {
    case RiskSource::Screening:
        return Tr::tr("Screening");
    case RiskSource::TeacherReport:
        return Tr::tr("Teacher report");
    case RiskSource::Parent:
        return Tr::tr("Parent");
    case RiskSource::Crisis:
        return Tr::tr("Crisis");
    case RiskSource::Hospital:
        return Tr::tr("Hospital");
    case RiskSource::Review:
        return Tr::tr("Review");
    case RiskSource::Session:
        break;
    }
    return Tr::tr("Counselling session");
}

} // namespace xinan
