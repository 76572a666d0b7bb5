#pragma once
// File → Settings… shows its own tabs (password and lock, backups, language and data) and the
// modules' sections: a section is a widget that is also a SettingsSection, placed either in
// the "Language and data" tab or in a tab of its own. A module adds a section with one line in
// settingsSectionFactories() (ui/shell/settingssections.cpp); the dialog knows nothing else
// about the modules.

#include "accountroles.h"

#include <QString>

#include <functional>
#include <vector>

class QWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class SettingsSection
{
public:
    virtual ~SettingsSection() = default;
    // Validates and stores what changed (one transaction), when OK is pressed. False, after the
    // section has shown why (a message or its inline error), keeps the dialog open on it.
    virtual bool save() = 0;
};

enum class SettingsPlacement {
    DataTab, // inside the "Language and data" tab, below the school data
    OwnTab, // a tab of its own, titled title()
};

struct SettingsSectionFactory
{
    QString id; // the section widget's object name: "crisisChecklistEditor"
    std::function<QString()> title; // translated; the tab's title for OwnTab
    int order = 0; // ascending: placement in its tab, and the order of save()
    SettingsPlacement placement = SettingsPlacement::OwnTab;
    RoleSet roles; // the account roles that see the section
    // The widget must derive from SettingsSection too.
    std::function<QWidget *(SchoolFile &school, QWidget *parent)> create;
};

// Every module's settings sections, in order.
std::vector<SettingsSectionFactory> settingsSectionFactories();

} // namespace xinan::ui
