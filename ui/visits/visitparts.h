#pragma once
// What the home-visit views share: a visit's row in a list (the page, the student file's tab)
// and the words for a class and for a class behind its rule.

#include "repo/homevisitrepository.h"

#include <QList>
#include <QString>
#include <QStringList>

class QTreeWidget;
class QTreeWidgetItem;

namespace xinan::ui {

// "八年级 2班".
QString visitClassText(int grade, const QString &className);
// "杨小雨、杨小风" (the students the reader may see).
QString visitStudentsText(const HomeVisit &visit);
// "李红（班主任）、王老师（心理教师）".
QString visitVisitorsText(const HomeVisit &visit);
// "2026-11-16 19:30" (the date alone when the time is unknown).
QString visitWhenText(const QDateTime &visitedAt);
// "85%".
QString coverageRateText(int visited, int enrolled);
// Why a class is behind its rule ("Behind: 3 more to visit (30 required)"); empty when it is not.
QString coverageBehindText(const ClassVisitCoverage &row);
// The base rule in words ("Rule: every enrolled student at least once a term").
QString coverageRuleText(const CoverageRules &rules);

// The visits list's columns: date, form, students, visitors, purpose.
QStringList visitListHeaders();
// A visit's row: the visit id in Qt::UserRole, its first student's id in Qt::UserRole + 1.
QTreeWidgetItem *addVisitRow(QTreeWidget *list, const HomeVisit &visit);

} // namespace xinan::ui
