#include "homepanel.h"

// Each module adds its panels' factories here, one line each (keep the includes sorted).
#include "alerts/alertpanels.h"
#include "appointments/todayappointmentspanel.h"
#include "crisis/crisishomepanel.h"
#include "duty/dutyhomepanel.h"
#include "grid/gridpanel.h"
#include "keystudents/keystudentspanels.h"
#include "riskpanel.h"
#include "sessions/feedbackpanel.h"

namespace xinan::ui {

// The default order. Pinned panels stay first (the risk levels, then the day: today's
// appointments and who is on duty); the home page then puts panels with waiting items before
// the rest: what concerns a student's safety, then feedback and the weekly work, the grid last.
std::vector<HomePanelFactory> homePanelFactories()
{
    std::vector<HomePanelFactory> factories;
    factories.push_back([](SchoolFile &school, QWidget *parent) -> HomePanel * { return new RiskPanel(school, parent); });
    factories.push_back(
        [](SchoolFile &school, QWidget *parent) -> HomePanel * { return new TodayAppointmentsPanel(school, parent); });
    factories.push_back([](SchoolFile &school, QWidget *parent) -> HomePanel * { return new DutyHomePanel(school, parent); });
    factories.push_back([](SchoolFile &school, QWidget *parent) -> HomePanel * { return new CrisisHomePanel(school, parent); });
    factories.push_back([](SchoolFile &school, QWidget *parent) -> HomePanel * { return new AlertsPanel(school, parent); });
    factories.push_back([](SchoolFile &school, QWidget *parent) -> HomePanel * { return new InterviewsPanel(school, parent); });
    factories.push_back([](SchoolFile &school, QWidget *parent) -> HomePanel * { return new FeedbackDuePanel(school, parent); });
    factories.push_back([](SchoolFile &school, QWidget *parent) -> HomePanel * { return new MissingPlansPanel(school, parent); });
    factories.push_back([](SchoolFile &school, QWidget *parent) -> HomePanel * { return new WeeklyReviewPanel(school, parent); });
    factories.push_back([](SchoolFile &school, QWidget *parent) -> HomePanel * { return new GridPanel(school, parent); });
    return factories;
}

} // namespace xinan::ui
