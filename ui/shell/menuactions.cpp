#include "menuactions.h"

// Each module adds its File-menu entries here, one line each (keep the includes sorted).
#include "audit/auditdialog.h"
#include "export/cityexportdialog.h"
#include "grid/griddialog.h"
#include "hotlines/hotlineposter.h"
#include "import/importdialog.h"
#include "keys/rekeyaction.h"
#include "office/officedialog.h"
#include "visitimport/visitimportdialog.h"

#include <QCoreApplication>

namespace xinan::ui {

// The texts keep the main window's translation context, where they were first written.
// Roles: each entry is shown to the roles that may change what it edits (roleAllows); a 校领导
// reads the class grid on the home page and the rooms on the duty roster.
std::vector<FileMenuAction> fileMenuActions()
{
    return {
        { QStringLiteral("importRoster"), [] { return QCoreApplication::translate("xinan::ui::MainWindow", "&Import roster…"); },
            10, rolesAllowing({ DataKind::StudentBasic }, AccessOp::Write),
            [](SchoolFile &school, QWidget *parent) {
                ImportDialog dialog(school, parent);
                dialog.exec();
                return dialog.importedSomething();
            } },
        { QStringLiteral("importVisits"),
            [] { return QCoreApplication::translate("xinan::ui::MainWindow", "Import &home visits…"); }, 15,
            rolesAllowing({ DataKind::HomeVisits }, AccessOp::Write),
            [](SchoolFile &school, QWidget *parent) {
                VisitImportDialog dialog(school, parent);
                dialog.exec();
                return dialog.importedSomething();
            } },
        { QStringLiteral("classGrid"), [] { return QCoreApplication::translate("xinan::ui::MainWindow", "Class &grid…"); }, 20,
            rolesAllowing({ DataKind::Grid }, AccessOp::Write),
            [](SchoolFile &school, QWidget *parent) {
                GridDialog dialog(school, parent);
                dialog.exec();
                return dialog.changedSomething();
            } },
        { QStringLiteral("officeEditor"),
            [] { return QCoreApplication::translate("xinan::ui::MainWindow", "Counselling r&ooms and staff…"); }, 30,
            rolesAllowing({ DataKind::Rooms }, AccessOp::Write),
            [](SchoolFile &school, QWidget *parent) {
                openOfficeEditor(school, parent);
                return true;
            } },
        // Every role that reads the school's settings may print the poster (it names no student).
        { QStringLiteral("hotlinePoster"),
            [] { return QCoreApplication::translate("xinan::ui::MainWindow", "Print the help-line &poster…"); }, 35,
            rolesAllowing({ DataKind::Settings }, AccessOp::Read),
            [](SchoolFile &school, QWidget *parent) {
                previewHotlinePoster(school, parent);
                return false;
            } },
        { QStringLiteral("auditLog"), [] { return QCoreApplication::translate("xinan::ui::MainWindow", "&Audit log…"); }, 40,
            rolesAllowing({ DataKind::Audit }, AccessOp::Read),
            [](SchoolFile &school, QWidget *parent) {
                AuditDialog dialog(school, parent);
                dialog.exec();
                return false;
            } },
        { QStringLiteral("cityExport"),
            [] { return QCoreApplication::translate("xinan::ui::MainWindow", "&Export for the city platform…"); }, 45,
            rolesAllowing({ DataKind::Reports }),
            [](SchoolFile &school, QWidget *parent) {
                CityExportDialog dialog(school, parent);
                dialog.exec();
                return false;
            } },
        { QStringLiteral("rekey"), [] { return QCoreApplication::translate("xinan::ui::MainWindow", "Make new &keys…"); }, 90,
            RoleSet { AccountRole::Counsellor }, [](SchoolFile &school, QWidget *parent) { return runRekey(school, parent); } },
    };
}

} // namespace xinan::ui
