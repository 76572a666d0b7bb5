#include "visitparts.h"

#include "domain/student.h"

#include <QCoreApplication>
#include <QTreeWidget>

namespace xinan::ui {
namespace {

struct Parts
{
    Q_DECLARE_TR_FUNCTIONS(VisitParts)
};

} // namespace

QString visitClassText(int grade, const QString &className)
{
    return QStringLiteral("%1 %2").arg(gradeName(grade), className);
}

QString visitStudentsText(const HomeVisit &visit)
{
    QStringList names;
    for (const VisitStudent &s : visit.students)
        names << s.name;
    return names.join(QStringLiteral("、"));
}

QString visitVisitorsText(const HomeVisit &visit)
{
    QStringList names;
    for (const Visitor &v : visit.visitors)
        names << Parts::tr("%1 (%2)").arg(v.name, visitorRoleName(v.role));
    return names.join(QStringLiteral("、"));
}

QString visitWhenText(const QDateTime &visitedAt)
{
    if (visitedAt.time() == QTime(0, 0))
        return visitedAt.date().toString(Qt::ISODate);
    return visitedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString coverageRateText(int visited, int enrolled)
{
    if (enrolled == 0)
        return QStringLiteral("–");
    return QStringLiteral("%1%").arg(qRound(100.0 * visited / enrolled));
}

QString coverageBehindText(const ClassVisitCoverage &row)
{
    if (!row.behind)
        return {};
    QStringList parts;
    if (row.visited < row.required)
        parts << Parts::tr("%1 more to visit (%2 required)").arg(row.required - row.visited).arg(row.required);
    if (row.onsite < row.requiredOnsite)
        parts << Parts::tr("%1 more on site (%2 required)").arg(row.requiredOnsite - row.onsite).arg(row.requiredOnsite);
    const QString what = parts.size() == 2 ? Parts::tr("%1, %2").arg(parts[0], parts[1]) : parts.value(0);
    return Parts::tr("Behind: %1").arg(what);
}

QString coverageRuleText(const CoverageRules &rules)
{
    return rules.base == CoverageRules::Base::ClassSize
        ? Parts::tr("Rule: by class size (30 or fewer: all; 50 or more: at least half on site)")
        : Parts::tr("Rule: every enrolled student at least once a term");
}

QStringList visitListHeaders()
{
    return { Parts::tr("Date"), Parts::tr("Form"), Parts::tr("Students"), Parts::tr("Visitors"), Parts::tr("Purpose") };
}

QTreeWidgetItem *addVisitRow(QTreeWidget *list, const HomeVisit &visit)
{
    auto *item = new QTreeWidgetItem(list,
        { visitWhenText(visit.visitedAt), visitFormName(visit.form), visitStudentsText(visit), visitVisitorsText(visit),
            visitPurposeName(visit.purpose) });
    item->setData(0, Qt::UserRole, visit.id);
    item->setData(0, Qt::UserRole + 1, visit.students.isEmpty() ? qint64(0) : visit.students.first().id);
    if (visit.imported)
        item->setToolTip(0, Parts::tr("Imported from a class teacher's sheet"));
    return item;
}

} // namespace xinan::ui
