#pragma once
// The home page's "Referrals to follow up" panel (转介待办): the open referrals where something
// waits (a receipt not recorded N days after the slip, an overdue follow-up) or that stay
// visible until closed (a refusal, "not seen"); double-click opens the referral's window.
// When nothing waits it says so in one line.

#include "home/homepanel.h"

class QLabel;
class QTreeWidget;

namespace xinan::ui {

class ReferralDialog;

class ReferralHomePanel final : public HomePanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferralHomePanel)

public:
    explicit ReferralHomePanel(SchoolFile &school, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;
    int waitingCount() const override;

    ReferralDialog *openReferralOf(qint64 referralId);

private:
    SchoolFile &m_school;
    QTreeWidget *m_list;
    QLabel *m_empty;
    int m_waiting = 0;
};

} // namespace xinan::ui
