#include "common/modulepage.h"

// Each module adds its page here, one line each (keep the includes sorted).
#include "activities/activitiespage.h"
#include "appointments/appointmentspage.h"
#include "crisis/crisispage.h"
#include "duty/dutypage.h"
#include "home/homepage.h"
#include "keystudents/keystudentspage.h"
#include "lessons/lessonspage.h"
#include "overview/overviewpage.h"
#include "referrals/referralspage.h"
#include "screening/screeningpage.h"
#include "sessions/sessionspage.h"
#include "students/studentspage.h"
#include "visits/homevisitspage.h"

#include <QCoreApplication>

#include <algorithm>

namespace xinan::ui {
namespace {

template<typename Page> ModulePage *make(SchoolFile &school, QWidget *parent, const char *objectName = nullptr)
{
    auto *page = new Page(school, parent);
    if (objectName)
        page->setObjectName(QString::fromLatin1(objectName));
    return page;
}

} // namespace

// The order of a counselling teacher's day: the home page, students and their appointments,
// records and duty; then screening, key students and crises; the school overview last.
// The titles keep the main window's translation context, where they were first written.
// Roles: each page is shown to the roles whose matrix cells (roleAllows) let them read what it
// lists; the home page to every role that sees one of its panels. A 校领导 opens on the overview.
std::vector<PageFactory> pageFactories()
{
    return {
        { QStringLiteral("home"), [] { return QCoreApplication::translate("xinan::ui::MainWindow", "Home"); },
            QStyle::SP_DirHomeIcon, 10, homePanelRoles(), [](SchoolFile &s, QWidget *p) { return make<HomePage>(s, p); } },
        { QStringLiteral("students"), [] { return QCoreApplication::translate("xinan::ui::MainWindow", "Students"); },
            QStyle::SP_FileDialogDetailedView, 20, rolesAllowing({ DataKind::StudentBasic }),
            [](SchoolFile &s, QWidget *p) { return make<StudentsPage>(s, p, "studentsPage"); } },
        { QStringLiteral("appointments"), [] { return QCoreApplication::translate("xinan::ui::MainWindow", "Appointments"); },
            QStyle::SP_FileDialogStart, 30, rolesAllowing({ DataKind::Appointments }),
            [](SchoolFile &s, QWidget *p) { return make<AppointmentsPage>(s, p); } },
        { QStringLiteral("sessions"), [] { return QCoreApplication::translate("xinan::ui::MainWindow", "Counselling records"); },
            QStyle::SP_FileDialogContentsView, 40, rolesAllowing({ DataKind::Counselling }),
            [](SchoolFile &s, QWidget *p) { return make<SessionsPage>(s, p); } },
        { QStringLiteral("duty"), [] { return QCoreApplication::translate("xinan::ui::MainWindow", "Duty roster"); },
            QStyle::SP_BrowserReload, 50, rolesAllowing({ DataKind::Duty }),
            [](SchoolFile &s, QWidget *p) { return make<DutyPage>(s, p); } },
        { QStringLiteral("screening"), [] { return QCoreApplication::translate("xinan::ui::MainWindow", "Screening"); },
            QStyle::SP_FileDialogInfoView, 60, rolesAllowing({ DataKind::Screening }),
            [](SchoolFile &s, QWidget *p) { return make<ScreeningPage>(s, p, "screeningPage"); } },
        { QStringLiteral("keyStudents"), [] { return QCoreApplication::translate("xinan::ui::MainWindow", "Key students"); },
            QStyle::SP_FileDialogListView, 70, rolesAllowing({ DataKind::RiskLevel, DataKind::KeyPlan, DataKind::WeeklyBoard }),
            [](SchoolFile &s, QWidget *p) { return make<KeyStudentsPage>(s, p); } },
        { QStringLiteral("crisis"), [] { return QCoreApplication::translate("xinan::ui::MainWindow", "Crisis events"); },
            QStyle::SP_MessageBoxWarning, 80, rolesAllowing({ DataKind::Crisis }),
            [](SchoolFile &s, QWidget *p) { return make<CrisisPage>(s, p); } },
        { QStringLiteral("referrals"), [] { return QCoreApplication::translate("xinan::ui::MainWindow", "Referrals"); },
            QStyle::SP_ArrowForward, 82, rolesAllowing({ DataKind::Referrals }),
            [](SchoolFile &s, QWidget *p) { return make<ReferralsPage>(s, p); } },
        // 家访 is the class teacher's own work for their classes: their window opens on it.
        { QStringLiteral("homeVisits"), [] { return QCoreApplication::translate("xinan::ui::MainWindow", "Home visits"); },
            QStyle::SP_DirLinkIcon, 85, rolesAllowing({ DataKind::HomeVisits }),
            [](SchoolFile &s, QWidget *p) { return make<HomeVisitsPage>(s, p); }, { AccountRole::ClassTeacher } },
        { QStringLiteral("lessons"), [] { return QCoreApplication::translate("xinan::ui::MainWindow", "Psychology lessons"); },
            QStyle::SP_FileDialogContentsView, 86, rolesAllowing({ DataKind::Lessons }),
            [](SchoolFile &s, QWidget *p) { return make<LessonsPage>(s, p); } },
        { QStringLiteral("activities"),
            [] { return QCoreApplication::translate("xinan::ui::MainWindow", "Activities and training"); },
            QStyle::SP_FileDialogNewFolder, 88, rolesAllowing({ DataKind::Activities }),
            [](SchoolFile &s, QWidget *p) { return make<ActivitiesPage>(s, p); } },
        { QStringLiteral("overview"), [] { return QCoreApplication::translate("xinan::ui::MainWindow", "School overview"); },
            QStyle::SP_DesktopIcon, 90, rolesAllowing({ DataKind::Counts }),
            [](SchoolFile &s, QWidget *p) { return make<OverviewModulePage>(s, p); }, { AccountRole::Head } },
    };
}

std::vector<PageFactory> pageFactoriesFor(std::optional<AccountRole> role)
{
    std::vector<PageFactory> visible;
    for (PageFactory &page : pageFactories())
        if (roleSees(page.roles, role))
            visible.push_back(std::move(page));
    std::stable_sort(
        visible.begin(), visible.end(), [](const PageFactory &a, const PageFactory &b) { return a.order < b.order; });
    return visible;
}

} // namespace xinan::ui

namespace xinan::ui {

QString landingPageId(std::optional<AccountRole> role)
{
    const std::vector<PageFactory> visible = pageFactoriesFor(role);
    if (visible.empty())
        return {};
    for (const PageFactory &page : visible)
        if (role && page.landsFor.contains(*role))
            return page.id;
    return visible.front().id;
}

} // namespace xinan::ui
