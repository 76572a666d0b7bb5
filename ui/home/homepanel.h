#pragma once
// The home page (工作台) is made of panels, one or more per module. A module contributes a
// panel by writing a HomePanel subclass and adding its factory to homePanelFactories()
// (homepanels.cpp); the home page knows nothing else about the modules.

#include "common/accountroles.h"

#include <QWidget>

#include <functional>
#include <type_traits>
#include <utility>
#include <vector>

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class HomePanel : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The panel's heading, translated (e.g. 待处理预警).
    virtual QString title() const = 0;
    // Re-reads what the panel shows from the school file. The home page calls it when it is
    // shown and after any panel reports a change; it must be cheap (the whole home page has
    // a 200 ms budget with every panel).
    virtual void refresh() = 0;
    // How many items wait for someone to act (0: nothing waiting). The home page shows it
    // next to the title and puts panels with waiting items first.
    virtual int waitingCount() const { return 0; }
    // A status panel the home page always shows first, whatever waits elsewhere (the risk
    // levels overview: what a head looks at first).
    virtual bool pinned() const { return false; }

Q_SIGNALS:
    // The user asked to open a student's file (double-click on a row, a link).
    void openStudent(qint64 studentId);
    // The panel wrote something (an alert handled, an interview recorded ...): the home page
    // refreshes every panel and the other pages.
    void changed();
};

// A panel and the account roles that see it (derived from the role matrix for what it lists);
// the home page makes only the open account's role's panels.
struct HomePanelFactory
{
    using Create = std::function<HomePanel *(SchoolFile &school, QWidget *parent)>;

    HomePanelFactory(RoleSet panelRoles, Create makePanel)
        : roles(std::move(panelRoles))
        , create(std::move(makePanel))
    {
    }
    // A panel for every role (tests' fake panels).
    template<typename F, typename = std::enable_if_t<std::is_invocable_r_v<HomePanel *, F, SchoolFile &, QWidget *>>>
    HomePanelFactory(F makePanel) // NOLINT(google-explicit-constructor): a lambda stands for a panel every role sees
        : roles(everyRole())
        , create(std::move(makePanel))
    {
    }

    RoleSet roles; // the account roles that see the panel
    Create create;
};

// Every module's panels, in their default order.
std::vector<HomePanelFactory> homePanelFactories();
// The roles that see at least one panel (the home page's own roles).
RoleSet homePanelRoles();

} // namespace xinan::ui
