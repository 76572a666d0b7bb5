#include "dutyhomepanel.h"

#include "error.h"
#include "platform/clock.h"
#include "repo/dutyrepository.h"
#include "services/dutysheet.h"
#include "services/schoolfile.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xinan::ui {

DutyHomePanel::DutyHomePanel(SchoolFile &school, QWidget *parent)
    : HomePanel(parent)
    , m_school(school)
    , m_now(new QLabel(this))
    , m_today(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("dutyHomePanel"));
    m_now->setObjectName(QStringLiteral("dutyPanelNow"));
    m_now->setWordWrap(true);
    m_now->setTextFormat(Qt::PlainText);
    QFont bold = m_now->font();
    bold.setBold(true);
    m_now->setFont(bold);
    m_today->setObjectName(QStringLiteral("dutyPanelToday"));
    m_today->setRootIsDecorated(false);
    m_today->setUniformRowHeights(true);
    m_today->setHeaderLabels({ tr("Period"), tr("Time"), tr("Room"), tr("On duty") });
    m_today->header()->setStretchLastSection(true);
    for (int column = 0; column < 3; ++column)
        m_today->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_now);
    layout->addWidget(m_today, 1);
}

QString DutyHomePanel::title() const
{
    return tr("Duty today");
}

void DutyHomePanel::refresh()
{
    m_today->clear();
    const QDateTime now = m_fixedNow.isValid() ? m_fixedNow.toLocalTime() : clock::now();
    QList<DutyShift> shifts;
    try {
        shifts = DutyRepository(m_school.db(), m_school.user()).shiftsOn(now.date());
    } catch (const Error &e) {
        m_now->setText(e.message());
        return;
    }
    const QTime time = now.time();
    QList<DutyShift> current;
    for (const DutyShift &s : std::as_const(shifts))
        if (s.starts <= time && time < s.ends)
            current << s;
    if (current.isEmpty())
        m_now->setText(tr("On duty now: nobody (%1).").arg(time.toString(QStringLiteral("HH:mm"))));
    else
        m_now->setText(tr("On duty now (%1 %2–%3): %4")
                           .arg(current.first().periodName, current.first().starts.toString(QStringLiteral("HH:mm")),
                               current.first().ends.toString(QStringLiteral("HH:mm")), dutyCellLines(current).join(tr("; "))));
    // Today's shifts, one row per period and room.
    QTreeWidgetItem *last = nullptr;
    for (const DutyShift &s : std::as_const(shifts)) {
        if (last && last->data(0, Qt::UserRole).toString() == s.periodCode
            && last->data(2, Qt::UserRole).toLongLong() == s.roomId) {
            last->setText(3, tr("%1, %2").arg(last->text(3), dutyStaffLabel(s)));
            continue;
        }
        last = new QTreeWidgetItem(m_today,
            { s.periodName,
                QStringLiteral("%1–%2").arg(s.starts.toString(QStringLiteral("HH:mm")), s.ends.toString(QStringLiteral("HH:mm"))),
                s.roomName, dutyStaffLabel(s) });
        last->setData(0, Qt::UserRole, s.periodCode);
        last->setData(2, Qt::UserRole, s.roomId);
        if (s.ends <= time) {
            for (int c = 0; c < 4; ++c)
                last->setForeground(c, QColor(0x9e, 0x9e, 0x9e));
        }
    }
    if (shifts.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_today, { tr("No duty today.") });
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
    }
}

} // namespace xinan::ui
