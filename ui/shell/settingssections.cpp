#include "common/settingssection.h"

// Each module adds its settings section here, one line each (keep the includes sorted).
#include "crisis/crisischecklisteditor.h"
#include "sessions/feedbackpanel.h"
#include "settings/accountssection.h"

#include <QCoreApplication>

namespace xinan::ui {

// The titles keep the settings dialog's translation context, where they were first written.
// Roles: today every role sees every section (issue 12 restricts them).
std::vector<SettingsSectionFactory> settingsSectionFactories()
{
    return {
        { QStringLiteral("feedbackSettings"),
            [] { return QCoreApplication::translate("xinan::ui::FeedbackSettingsBox", "Feedback after counselling (反馈)"); }, 10,
            SettingsPlacement::DataTab, everyRole(),
            [](SchoolFile &school, QWidget *parent) -> QWidget * { return new FeedbackSettingsBox(school, parent); } },
        { QStringLiteral("crisisChecklistEditor"),
            [] { return QCoreApplication::translate("xinan::ui::SettingsDialog", "Crisis response"); }, 20,
            SettingsPlacement::OwnTab, everyRole(),
            [](SchoolFile &school, QWidget *parent) -> QWidget * { return new CrisisChecklistEditor(school, parent); } },
        { QStringLiteral("accountsSection"), [] { return QCoreApplication::translate("xinan::ui::AccountsSection", "Accounts"); },
            30, SettingsPlacement::OwnTab, RoleSet { AccountRole::Counsellor, AccountRole::Admin },
            [](SchoolFile &school, QWidget *parent) -> QWidget * { return new AccountsSection(school, parent); } },
    };
}

} // namespace xinan::ui
