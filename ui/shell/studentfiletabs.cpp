#include "common/studentfiletab.h"

// Each module adds its student-file tab here, one line each (keep the includes sorted).
#include "alerts/risktab.h"
#include "crisis/crisistab.h"
#include "keystudents/plantab.h"
#include "sessions/sessionstab.h"

#include <QCoreApplication>

namespace xinan::ui {

// The titles keep the student file's translation context, where they were first written.
// Roles: today every role sees every tab (issue 12 restricts them).
std::vector<StudentFileTabFactory> studentFileTabFactories()
{
    return {
        { QStringLiteral("riskTab"),
            [] { return QCoreApplication::translate("xinan::ui::StudentFileDialog", "Risk and alerts"); }, 10, everyRole(),
            [](SchoolFile &school, qint64 id, QWidget *parent) -> QWidget * { return new RiskTab(school, id, parent); } },
        { QStringLiteral("crisisTab"),
            [] { return QCoreApplication::translate("xinan::ui::StudentFileDialog", "Crisis events"); }, 20, everyRole(),
            [](SchoolFile &school, qint64 id, QWidget *parent) -> QWidget * { return new CrisisTab(school, id, parent); } },
        { QStringLiteral("planTab"),
            [] { return QCoreApplication::translate("xinan::ui::StudentFileDialog", "Individual plan"); }, 30, everyRole(),
            [](SchoolFile &school, qint64 id, QWidget *parent) -> QWidget * { return new PlanTab(school, id, parent); } },
        { QStringLiteral("sessionsTab"),
            [] { return QCoreApplication::translate("xinan::ui::StudentFileDialog", "Counselling records"); }, 40, everyRole(),
            [](SchoolFile &school, qint64 id, QWidget *parent) -> QWidget * { return new SessionsTab(school, id, parent); } },
    };
}

} // namespace xinan::ui
