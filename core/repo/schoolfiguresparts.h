#pragma once
// What the files of schoolFigures() share (schoolfigures.cpp, schoolfiguresrisk.cpp,
// schoolfiguresrecords.cpp, schoolfigureslessons.cpp): the period's bounds in each stored form
// and the enrolled students, read once. Internal to core/repo.

#include "schoolfigures.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>

#include <map>
#include <utility>

namespace xinan::figures {

struct Student
{
    int grade = 0;
    QString className;
    int level = 0; // students.risk_level (now)
};

struct Context
{
    Context(Database &database, const ReportPeriod &p)
        : db(database)
        , period(p)
    {
    }

    Database &db;
    ReportPeriod period;
    QDate endDay; // the period's last day, or today when it has not ended (never before `from`)
    bool ended = true; // the period's last day is today or before
    QString fromDay; // ISO days, for columns holding days
    QString toDay;
    QString endDayText;
    QString fromUtc; // UTC stamps of the local midnights, for columns holding instants:
    QString afterUtc; //   [fromUtc, afterUtc) is the period, [.., endAfterUtc) up to the end day
    QString endAfterUtc;
    QHash<qint64, Student> enrolled; // students whose status is 'enrolled'
    std::map<std::pair<int, QString>, int> classes; // the enrolled students' classes → their size
    QSet<qint64> keyAtEnd; // enrolled students orange or red at the end (addRisk)
};

// The UTC stamp of local midnight at the start of `day` (compares with stored instants).
QString utcMidnight(const QDate &day);
// The period's row for a grade with enrolled students (created in order by addEnrolment).
GradeFigures *gradeRow(PeriodFigures &f, int grade);

void addRisk(Context &c, PeriodFigures &f); // risk levels, key students, plans, weeks
void addCounselling(Context &c, PeriodFigures &f);
void addCrisesReferralsLeaves(Context &c, PeriodFigures &f);
void addVisits(Context &c, PeriodFigures &f); // after addRisk (key students visited)
void addActivities(Context &c, PeriodFigures &f);
void addLessons(Context &c, PeriodFigures &f);

} // namespace xinan::figures
