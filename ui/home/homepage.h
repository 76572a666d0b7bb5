#pragma once
// The home page (工作台): what needs doing today at a glance. A heading with the date and the
// school, then every module's panels (homePanelFactories()) in frames with their titles and a
// badge counting waiting items; panels with waiting items come first. Two columns when there
// is room, one when narrow. Every panel is refreshed when the page is shown and whenever a
// panel reports a change; a panel that fails to read shows its message in its frame.

#include "homepanel.h"

#include "common/modulepage.h"

#include <QList>

class QGridLayout;
class QLabel;
class QScrollArea;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

class HomePage final : public ModulePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomePage)

public:
    // The panels of homePanelFactories().
    explicit HomePage(SchoolFile &school, QWidget *parent = nullptr);
    // The given panels instead (tests).
    HomePage(SchoolFile &school, const std::vector<HomePanelFactory> &factories, QWidget *parent = nullptr);

    // Rereads the heading and every panel, then puts panels with waiting items first.
    void refresh() override;

    // The panels in the order they are shown.
    QList<HomePanel *> panels() const;
    // The frame around a panel (title, badge, the panel or its error message).
    QWidget *frameOf(const HomePanel *panel) const;
    // Columns in use now (1 or 2).
    int columns() const { return m_columns; }

    // Below this width of the page a single column is used.
    static constexpr int TwoColumnWidth = 780;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Slot
    {
        HomePanel *panel = nullptr;
        QWidget *frame = nullptr;
        QLabel *badge = nullptr;
        QLabel *error = nullptr;
        int defaultOrder = 0;
    };

    void addPanel(HomePanel *panel);
    void refreshHeading();
    void refreshPanel(Slot &slot);
    void panelChanged();
    void arrange(bool force);

    SchoolFile &m_school;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_headingError;
    QScrollArea *m_scroll;
    QGridLayout *m_grid;
    QList<Slot> m_slots; // in display order
    int m_columns = 0;
    bool m_stale = true; // not refreshed since the page was last hidden
    bool m_refreshing = false;
};

} // namespace xinan::ui
