#pragma once
// The main window shows one page per module (学生, 预约, 辅导记录 ...). A module contributes a
// page by writing a ModulePage subclass and adding one PageFactory line to pageFactories()
// (ui/shell/pages.cpp); the main window builds its navigation from that list and knows
// nothing else about the modules.

#include "accountroles.h"

#include <QStyle>
#include <QWidget>

#include <functional>
#include <vector>

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class ModulePage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Re-reads what the page shows from the school file. The shell calls it after another
    // page, a File-menu action or a student's file changed something.
    virtual void refresh() = 0;
    // A student's file opened from any page was saved (after the refresh): a page may select
    // the student (the student list does).
    virtual void studentFileSaved(qint64 studentId) { Q_UNUSED(studentId) }

Q_SIGNALS:
    // The user asked to open a student's file (0: a new student). The shell opens it,
    // window-modal, and refreshes every page when it closes; pages never build it themselves.
    void openStudent(qint64 studentId);
    // The page wrote something (and has refreshed itself): the shell refreshes the others.
    void changed();
};

struct PageFactory
{
    QString id; // stored in the navigation item (Qt::UserRole): "students"
    std::function<QString()> title; // translated, as the navigation shows it
    QStyle::StandardPixmap icon; // the navigation item's icon
    int order = 0; // navigation order, ascending
    RoleSet roles; // the account roles that see the page
    std::function<ModulePage *(SchoolFile &school, QWidget *parent)> create;
    RoleSet landsFor {}; // the roles whose window opens on this page (others: the first page)
};

// Every module's page, in navigation order.
std::vector<PageFactory> pageFactories();
// The pages the open account's role sees, in navigation order.
std::vector<PageFactory> pageFactoriesFor(std::optional<AccountRole> role);
// The id of the page the window opens on for this role: the visible page that lists the role
// in landsFor, else the first visible page; empty when the role sees no page.
QString landingPageId(std::optional<AccountRole> role);

} // namespace xinan::ui
