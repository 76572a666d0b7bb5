#pragma once
// The home page's "Duty today" panel (今日值班): who is on duty now (the current period's rooms
// and staff), and the rest of today's shifts. Nothing waits here (waitingCount 0).

#include "home/homepanel.h"

#include <QDateTime>

class QLabel;
class QTreeWidget;

namespace xinan::ui {

class DutyHomePanel final : public HomePanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DutyHomePanel)

public:
    DutyHomePanel(SchoolFile &school, QWidget *parent = nullptr);

    QString title() const override;
    // The day's work: always near the top of the home page.
    bool pinned() const override { return true; }
    void refresh() override;
    // Tests set the clock; a null time means now.
    void setNow(const QDateTime &now) { m_fixedNow = now; }

private:
    SchoolFile &m_school;
    QLabel *m_now;
    QTreeWidget *m_today;
    QDateTime m_fixedNow;
};

} // namespace xinan::ui
