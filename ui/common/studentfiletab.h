#pragma once
// The student's file (StudentFileDialog) shows its own tabs (basic information, family,
// special circumstances, the timeline) and then one tab per module for a saved student (风险与
// 预警, 危机事件, 一人一策, 辅导记录 ...). A module adds its tab with one StudentFileTabFactory
// line in studentFileTabFactories() (ui/shell/studentfiletabs.cpp); the file knows nothing
// else about the modules.

#include "accountroles.h"

#include <QString>

#include <functional>
#include <vector>

class QWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

struct StudentFileTabFactory
{
    QString id; // the tab widget's object name when it has none: "riskTab"
    std::function<QString()> title; // translated, as the tab shows it
    int order = 0; // ascending, after the file's own tabs
    RoleSet roles; // the account roles that see the tab
    // Only called for a saved student (studentId != 0). A tab that writes something may find
    // the file's StudentTimeline (parent->window()) and reload it.
    std::function<QWidget *(SchoolFile &school, qint64 studentId, QWidget *parent)> create;
};

// Every module's student-file tabs, in order.
std::vector<StudentFileTabFactory> studentFileTabFactories();

} // namespace xinan::ui
