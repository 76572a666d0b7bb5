#include "common/studentfiletab.h"

// Each module adds its student-file tab here, one line each (keep the includes sorted).
#include "alerts/risktab.h"
#include "crisis/crisistab.h"
#include "keystudents/keymarktab.h"
#include "keystudents/plantab.h"
#include "leave/leavetab.h"
#include "referrals/referralstab.h"
#include "sessions/feedbacktab.h"
#include "sessions/sessionstab.h"
#include "visits/homevisitstab.h"

#include <QCoreApplication>

namespace xinan::ui {

// The titles keep the student file's translation context, where they were first written.
// Roles: each tab is shown to the roles that may read what it lists (roleAllows). The roles that
// read plans see the plan tab; the others that may know a student is a key student (班主任)
// see the mark and the measures instead. Feedback sits in the counselling tab for the roles
// that read counselling records, in a tab of its own for the others that read feedback.
std::vector<StudentFileTabFactory> studentFileTabFactories()
{
    const RoleSet plans = rolesAllowing({ DataKind::KeyPlan, DataKind::RiskLevel });
    const RoleSet counselling = rolesAllowing({ DataKind::Counselling });
    return {
        { QStringLiteral("riskTab"),
            [] { return QCoreApplication::translate("xinan::ui::StudentFileDialog", "Risk and alerts"); }, 10,
            rolesAllowing({ DataKind::RiskLevel }),
            [](SchoolFile &school, qint64 id, QWidget *parent) -> QWidget * { return new RiskTab(school, id, parent); } },
        { QStringLiteral("crisisTab"),
            [] { return QCoreApplication::translate("xinan::ui::StudentFileDialog", "Crisis events"); }, 20,
            rolesAllowing({ DataKind::Crisis }),
            [](SchoolFile &school, qint64 id, QWidget *parent) -> QWidget * { return new CrisisTab(school, id, parent); } },
        { QStringLiteral("referralsTab"), [] { return QCoreApplication::translate("xinan::ui::StudentFileDialog", "Referrals"); },
            25, rolesAllowing({ DataKind::Referrals }),
            [](SchoolFile &school, qint64 id, QWidget *parent) -> QWidget * { return new ReferralsTab(school, id, parent); } },
        { QStringLiteral("planTab"),
            [] { return QCoreApplication::translate("xinan::ui::StudentFileDialog", "Individual plan"); }, 30, plans,
            [](SchoolFile &school, qint64 id, QWidget *parent) -> QWidget * { return new PlanTab(school, id, parent); } },
        { QStringLiteral("keyMarkTab"), [] { return QCoreApplication::translate("xinan::ui::StudentFileDialog", "Key student"); },
            31, rolesExcept(rolesAllowing({ DataKind::KeyStudentMark }), plans),
            [](SchoolFile &school, qint64 id, QWidget *parent) -> QWidget * { return new KeyMarkTab(school, id, parent); } },
        { QStringLiteral("sessionsTab"),
            [] { return QCoreApplication::translate("xinan::ui::StudentFileDialog", "Counselling records"); }, 40, counselling,
            [](SchoolFile &school, qint64 id, QWidget *parent) -> QWidget * { return new SessionsTab(school, id, parent); } },
        { QStringLiteral("feedbackTab"), [] { return QCoreApplication::translate("xinan::ui::StudentFileDialog", "Feedback"); },
            41, rolesExcept(rolesAllowing({ DataKind::Feedback }), counselling),
            [](SchoolFile &school, qint64 id, QWidget *parent) -> QWidget * { return new FeedbackTab(school, id, parent); } },
        { QStringLiteral("homeVisitsTab"),
            [] { return QCoreApplication::translate("xinan::ui::StudentFileDialog", "Home visits"); }, 50,
            rolesAllowing({ DataKind::HomeVisits }),
            [](SchoolFile &school, qint64 id, QWidget *parent) -> QWidget * { return new HomeVisitsTab(school, id, parent); } },
        { QStringLiteral("leaveTab"),
            [] { return QCoreApplication::translate("xinan::ui::StudentFileDialog", "Leave and return"); }, 55,
            rolesAllowing({ DataKind::Leaves }),
            [](SchoolFile &school, qint64 id, QWidget *parent) -> QWidget * { return new LeaveTab(school, id, parent); } },
    };
}

} // namespace xinan::ui
