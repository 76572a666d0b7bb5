#pragma once
// 风险分级 on the home page: how many students are at red, orange and yellow, and who the red
// and orange students are (level, name, class, since when, the newest reason); the yellow ones
// behind a toggle. Double-click (or Enter) opens the student's file. A status panel: nothing
// "waits" here (the alerts and plans panels count what must be done).

#include "homepanel.h"

class QLabel;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace xinan::ui {

class RiskPanel final : public HomePanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RiskPanel)

public:
    enum Column { LevelColumn, NameColumn, ClassColumn, SinceColumn, ReasonColumn };
    // Reasons longer than this are cut in the list (the tooltip has more).
    static constexpr int ReasonChars = 40;

    explicit RiskPanel(SchoolFile &school, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;
    bool pinned() const override { return true; }

private:
    QLabel *addChip(const QString &name, const QString &background, const QString &foreground, const QString &caption);
    void showYellow(bool shown);

    SchoolFile &m_school;
    QLabel *m_red;
    QLabel *m_orange;
    QLabel *m_yellow;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QToolButton *m_yellowToggle;
    QList<QTreeWidgetItem *> m_yellowItems;
};

} // namespace xinan::ui
