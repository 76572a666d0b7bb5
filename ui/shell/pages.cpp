#include "common/modulepage.h"

// Each module adds its page here, one line each (keep the includes sorted).
#include "appointments/appointmentspage.h"
#include "crisis/crisispage.h"
#include "duty/dutypage.h"
#include "home/homepage.h"
#include "keystudents/keystudentspage.h"
#include "overview/overviewpage.h"
#include "screening/screeningpage.h"
#include "sessions/sessionspage.h"
#include "students/studentspage.h"

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
// Roles: today every role sees every page (issue 12 restricts them); a page meant for some
// roles lists only those.
std::vector<PageFactory> pageFactories()
{
    return {
        { QStringLiteral("home"), [] { return QCoreApplication::translate("xinan::ui::MainWindow", "Home"); },
            QStyle::SP_DirHomeIcon, 10, everyRole(), [](SchoolFile &s, QWidget *p) { return make<HomePage>(s, p); } },
        { QStringLiteral("students"), [] { return QCoreApplication::translate("xinan::ui::MainWindow", "Students"); },
            QStyle::SP_FileDialogDetailedView, 20, everyRole(),
            [](SchoolFile &s, QWidget *p) { return make<StudentsPage>(s, p, "studentsPage"); } },
        { QStringLiteral("appointments"), [] { return QCoreApplication::translate("xinan::ui::MainWindow", "Appointments"); },
            QStyle::SP_FileDialogStart, 30, everyRole(), [](SchoolFile &s, QWidget *p) { return make<AppointmentsPage>(s, p); } },
        { QStringLiteral("sessions"), [] { return QCoreApplication::translate("xinan::ui::MainWindow", "Counselling records"); },
            QStyle::SP_FileDialogContentsView, 40, everyRole(),
            [](SchoolFile &s, QWidget *p) { return make<SessionsPage>(s, p); } },
        { QStringLiteral("duty"), [] { return QCoreApplication::translate("xinan::ui::MainWindow", "Duty roster"); },
            QStyle::SP_BrowserReload, 50, everyRole(), [](SchoolFile &s, QWidget *p) { return make<DutyPage>(s, p); } },
        { QStringLiteral("screening"), [] { return QCoreApplication::translate("xinan::ui::MainWindow", "Screening"); },
            QStyle::SP_FileDialogInfoView, 60, everyRole(),
            [](SchoolFile &s, QWidget *p) { return make<ScreeningPage>(s, p, "screeningPage"); } },
        { QStringLiteral("keyStudents"), [] { return QCoreApplication::translate("xinan::ui::MainWindow", "Key students"); },
            QStyle::SP_FileDialogListView, 70, everyRole(),
            [](SchoolFile &s, QWidget *p) { return make<KeyStudentsPage>(s, p); } },
        { QStringLiteral("crisis"), [] { return QCoreApplication::translate("xinan::ui::MainWindow", "Crisis events"); },
            QStyle::SP_MessageBoxWarning, 80, everyRole(), [](SchoolFile &s, QWidget *p) { return make<CrisisPage>(s, p); } },
        { QStringLiteral("overview"), [] { return QCoreApplication::translate("xinan::ui::MainWindow", "School overview"); },
            QStyle::SP_DesktopIcon, 90, everyRole(), [](SchoolFile &s, QWidget *p) { return make<OverviewModulePage>(s, p); } },
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
