#include "homepanel.h"

// Each module adds its panels' factories here, one line each (keep the includes sorted).
#include "alerts/alertpanels.h"
#include "appointments/todayappointmentspanel.h"
#include "crisis/crisishomepanel.h"
#include "duty/dutyhomepanel.h"
#include "grid/gridpanel.h"
#include "hotlines/hotlinepanel.h"
#include "keystudents/keystudentspanels.h"
#include "leave/returnfollowuppanel.h"
#include "lessons/lessonspanel.h"
#include "referrals/referralhomepanel.h"
#include "riskpanel.h"
#include "sessions/feedbackpanel.h"
#include "visits/homevisitspanel.h"

namespace xinan::ui {

// The default order. Pinned panels stay first (the risk levels, then the day: today's
// appointments and who is on duty); the home page then puts panels with waiting items before
// the rest: what concerns a student's safety, then feedback and the weekly work, the grid, then the help lines last.
// Each panel is shown to the roles that may read what it lists (roleAllows).
std::vector<HomePanelFactory> homePanelFactories()
{
    std::vector<HomePanelFactory> factories;
    factories.emplace_back(rolesAllowing({ DataKind::RiskLevel }),
        [](SchoolFile &school, QWidget *parent) -> HomePanel * { return new RiskPanel(school, parent); });
    factories.emplace_back(rolesAllowing({ DataKind::Appointments }),
        [](SchoolFile &school, QWidget *parent) -> HomePanel * { return new TodayAppointmentsPanel(school, parent); });
    factories.emplace_back(rolesAllowing({ DataKind::Duty }),
        [](SchoolFile &school, QWidget *parent) -> HomePanel * { return new DutyHomePanel(school, parent); });
    factories.emplace_back(rolesAllowing({ DataKind::Crisis }),
        [](SchoolFile &school, QWidget *parent) -> HomePanel * { return new CrisisHomePanel(school, parent); });
    factories.emplace_back(rolesAllowing({ DataKind::Referrals }),
        [](SchoolFile &school, QWidget *parent) -> HomePanel * { return new ReferralHomePanel(school, parent); });
    factories.emplace_back(rolesAllowing({ DataKind::Alerts, DataKind::RiskLevel }),
        [](SchoolFile &school, QWidget *parent) -> HomePanel * { return new AlertsPanel(school, parent); });
    factories.emplace_back(rolesAllowing({ DataKind::ScreeningAnswers }, AccessOp::Write),
        [](SchoolFile &school, QWidget *parent) -> HomePanel * { return new InterviewsPanel(school, parent); });
    factories.emplace_back(rolesAllowing({ DataKind::Counselling, DataKind::Feedback }, AccessOp::Write),
        [](SchoolFile &school, QWidget *parent) -> HomePanel * { return new FeedbackDuePanel(school, parent); });
    factories.emplace_back(rolesAllowing({ DataKind::RiskLevel, DataKind::KeyPlan }),
        [](SchoolFile &school, QWidget *parent) -> HomePanel * { return new MissingPlansPanel(school, parent); });
    // Class teachers read their classes' follow-ups in the file's 休学复学 tab: they have no home page.
    factories.emplace_back(rolesExcept(rolesAllowing({ DataKind::Leaves }), { AccountRole::ClassTeacher }),
        [](SchoolFile &school, QWidget *parent) -> HomePanel * { return new ReturnFollowupPanel(school, parent); });
    factories.emplace_back(rolesAllowing({ DataKind::WeeklyBoard }),
        [](SchoolFile &school, QWidget *parent) -> HomePanel * { return new WeeklyReviewPanel(school, parent); });
    factories.emplace_back(rolesAllowing({ DataKind::HomeVisits }),
        [](SchoolFile &school, QWidget *parent) -> HomePanel * { return new HomeVisitsPanel(school, parent); });
    factories.emplace_back(rolesAllowing({ DataKind::Lessons }),
        [](SchoolFile &school, QWidget *parent) -> HomePanel * { return new LessonsPanel(school, parent); });
    factories.emplace_back(rolesAllowing({ DataKind::Grid }),
        [](SchoolFile &school, QWidget *parent) -> HomePanel * { return new GridPanel(school, parent); });
    // The help lines come last: a reference, nothing waits there.
    factories.emplace_back(RoleSet { AccountRole::Counsellor, AccountRole::Head },
        [](SchoolFile &school, QWidget *parent) -> HomePanel * { return new HotlinePanel(school, parent); });
    return factories;
}

RoleSet homePanelRoles()
{
    RoleSet roles;
    for (const HomePanelFactory &factory : homePanelFactories())
        roles = rolesUnion(roles, factory.roles);
    return roles;
}

} // namespace xinan::ui
