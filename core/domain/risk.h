#pragma once
// Risk levels (监测预警, DOMAIN.md "Risk levels"): the four levels, where a change of level
// comes from, and one recorded change. Plain values; RiskRepository stores them.

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace xinan {

// Stored as the integer; higher is more serious.
enum class RiskLevel { Green = 0, Yellow = 1, Orange = 2, Red = 3 };

// Where a change of level comes from. Screening alone never lowers a level.
enum class RiskSource { Screening, Session, TeacherReport, Parent, Crisis, Hospital, Review };

struct RiskChange
{
    qint64 id = 0;
    qint64 studentId = 0;
    RiskLevel from = RiskLevel::Green;
    RiskLevel to = RiskLevel::Green;
    RiskSource source = RiskSource::Session;
    QString reason;
    QString author; // the account that recorded it
    QDateTime at; // UTC
};

QList<RiskLevel> allRiskLevels(); // green to red
QList<RiskSource> allRiskSources();

// Stable codes: green/yellow/orange/red; screening/session/teacher_report/parent/crisis/
// hospital/review (storage, command line, JSON).
QString riskLevelCode(RiskLevel level);
std::optional<RiskLevel> riskLevelFromCode(const QString &code);
// The stored integer, or nullopt outside 0..3.
std::optional<RiskLevel> riskLevelFromInt(int value);
QString riskSourceCode(RiskSource source);
std::optional<RiskSource> riskSourceFromCode(const QString &code);

// Display names (translated): 红色·一级危机, ...; 心理筛查, ...
QString riskLevelName(RiskLevel level);
QString riskSourceName(RiskSource source);

} // namespace xinan
