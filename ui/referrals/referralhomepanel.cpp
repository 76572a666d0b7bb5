#include "referralhomepanel.h"

#include "referraldialog.h"
#include "referralparts.h"

#include "common/accountroles.h"
#include "common/colors.h"
#include "common/formparts.h"

#include "domain/student.h"
#include "error.h"
#include "repo/referralrepository.h"
#include "services/schoolfile.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xinan::ui {

ReferralHomePanel::ReferralHomePanel(SchoolFile &school, QWidget *parent)
    : HomePanel(parent)
    , m_school(school)
    , m_list(new QTreeWidget(this))
    , m_empty(makeNoteLabel(tr("No referral waits for a receipt or a follow-up."), this))
{
    setObjectName(QStringLiteral("referralHomePanel"));
    m_list->setObjectName(QStringLiteral("referralAttention"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({ tr("Student"), tr("Class"), tr("Stage"), tr("Waiting") });
    m_list->header()->setStretchLastSection(true);
    for (int column = 0; column < 3; ++column)
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->setToolTip(tr("Double-click to open the referral."));
    connect(m_list, &QTreeWidget::itemDoubleClicked, this,
        [this](QTreeWidgetItem *item) { openReferralOf(item->data(0, Qt::UserRole).toLongLong()); });
    m_empty->setObjectName(QStringLiteral("referralAttentionEmpty"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
}

QString ReferralHomePanel::title() const
{
    return tr("Referrals to follow up");
}

int ReferralHomePanel::waitingCount() const
{
    return m_waiting;
}

void ReferralHomePanel::refresh()
{
    m_list->clear();
    m_waiting = 0;
    QList<Referral> waiting;
    try {
        waiting = ReferralRepository(m_school.db(), m_school.user()).attention();
    } catch (const Error &e) {
        m_empty->setText(e.message());
        m_list->hide();
        m_empty->show();
        return;
    }
    m_waiting = static_cast<int>(waiting.size());
    for (const Referral &r : std::as_const(waiting)) {
        auto *item = new QTreeWidgetItem(m_list,
            { r.studentName, QStringLiteral("%1 %2").arg(gradeName(r.grade), r.className), referralStageName(r.stage),
                referralAttentionText(r) });
        item->setData(0, Qt::UserRole, r.id);
        item->setData(0, Qt::UserRole + 1, r.studentId);
        item->setToolTip(3, item->text(3));
        item->setForeground(3, colors::color(r.overdue != ReferralOverdue::None ? colors::Bad : colors::Warning));
    }
    m_empty->setText(tr("No referral waits for a receipt or a follow-up."));
    m_list->setVisible(!waiting.isEmpty());
    m_empty->setVisible(waiting.isEmpty());
}

ReferralDialog *ReferralHomePanel::openReferralOf(qint64 referralId)
{
    return openReferral(m_school, referralId, this, [this] {
        refresh();
        Q_EMIT changed();
    });
}

} // namespace xinan::ui
