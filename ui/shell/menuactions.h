#pragma once
// The File menu's module entries (导入花名册, 班级网格, 心理辅导室与人员 ...). A module adds an
// entry with one line in fileMenuActions() (menuactions.cpp); the main window puts them at the
// top of the File menu, runs them as a File-menu action (locking waits for them) and
// refreshes every page when one reports a change.

#include "common/accountroles.h"

#include <QString>

#include <functional>
#include <vector>

class QWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

struct FileMenuAction
{
    QString objectName; // the QAction's object name: "importRoster"
    std::function<QString()> text; // translated, with its & shortcut: "&Import roster…"
    int order = 0; // ascending, within the module entries
    RoleSet roles; // the account roles that see the entry
    // Runs the entry (usually a modal dialog); true when it changed something.
    std::function<bool(SchoolFile &school, QWidget *parent)> run;
};

// Every module's File-menu entries, in menu order.
std::vector<FileMenuAction> fileMenuActions();

} // namespace xinan::ui
