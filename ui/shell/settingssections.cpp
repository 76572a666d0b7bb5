#include "common/settingssection.h"

// Each module adds its settings section here, one line each (keep the includes sorted).
#include "crisis/crisischecklisteditor.h"
#include "hotlines/hotlinessection.h"
#include "referrals/hospitalssection.h"
#include "sessions/feedbackpanel.h"
#include "settings/accountssection.h"
#include "visits/coveragerulessection.h"

#include <QCoreApplication>

namespace xinan::ui {

// The titles keep the settings dialog's translation context, where they were first written.
// Roles: each section is shown to the roles that may change what it sets (roleAllows).
std::vector<SettingsSectionFactory> settingsSectionFactories()
{
    return {
        { QStringLiteral("feedbackSettings"),
            [] { return QCoreApplication::translate("xinan::ui::FeedbackSettingsBox", "Feedback after counselling (反馈)"); }, 10,
            SettingsPlacement::DataTab, rolesAllowing({ DataKind::Feedback, DataKind::Counselling }, AccessOp::Write),
            [](SchoolFile &school, QWidget *parent) -> QWidget * { return new FeedbackSettingsBox(school, parent); } },
        { QStringLiteral("crisisChecklistEditor"),
            [] { return QCoreApplication::translate("xinan::ui::SettingsDialog", "Crisis response"); }, 20,
            SettingsPlacement::OwnTab, rolesAllowing({ DataKind::Crisis, DataKind::CrisisDetail }, AccessOp::Write),
            [](SchoolFile &school, QWidget *parent) -> QWidget * { return new CrisisChecklistEditor(school, parent); } },
        { QStringLiteral("hospitalsSection"),
            [] { return QCoreApplication::translate("xinan::ui::SettingsDialog", "Partner hospitals"); }, 25,
            SettingsPlacement::OwnTab, rolesAllowing({ DataKind::Settings }, AccessOp::Write),
            [](SchoolFile &school, QWidget *parent) -> QWidget * { return new HospitalsSection(school, parent); } },
        { QStringLiteral("hotlinesSection"),
            [] { return QCoreApplication::translate("xinan::ui::SettingsDialog", "Psychological aid hotlines"); }, 26,
            SettingsPlacement::OwnTab, rolesAllowing({ DataKind::Settings }, AccessOp::Write),
            [](SchoolFile &school, QWidget *parent) -> QWidget * { return new HotlinesSection(school, parent); } },
        { QStringLiteral("accountsSection"), [] { return QCoreApplication::translate("xinan::ui::AccountsSection", "Accounts"); },
            30, SettingsPlacement::OwnTab, rolesAllowing({ DataKind::Accounts }, AccessOp::Write),
            [](SchoolFile &school, QWidget *parent) -> QWidget * { return new AccountsSection(school, parent); } },
        // Shown to the roles that read home visits (read-only unless they may change settings) and
        // to those that change school settings.
        { QStringLiteral("coverageRulesSection"),
            [] { return QCoreApplication::translate("xinan::ui::SettingsDialog", "Home-visit coverage"); }, 40,
            SettingsPlacement::OwnTab,
            rolesUnion(rolesAllowing({ DataKind::HomeVisits }), rolesAllowing({ DataKind::Settings }, AccessOp::Write)),
            [](SchoolFile &school, QWidget *parent) -> QWidget * { return new CoverageRulesSection(school, parent); } },
    };
}

} // namespace xinan::ui
