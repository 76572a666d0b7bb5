#include "homepanel.h"

// Each module adds its panels' factories here, one line each (keep the includes sorted).

namespace xinan::ui {

std::vector<HomePanelFactory> homePanelFactories()
{
    std::vector<HomePanelFactory> factories;
    return factories;
}

} // namespace xinan::ui
