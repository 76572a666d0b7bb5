#include "referralstab.h"

#include "referraldialog.h"
#include "referralparts.h"

#include "common/accountroles.h"

#include "students/studenttimeline.h"

#include "error.h"
#include "repo/referralrepository.h"
#include "services/schoolfile.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xinan::ui {

ReferralsTab::ReferralsTab(SchoolFile &school, qint64 studentId, QWidget *parent)
    : QWidget(parent)
    , m_school(school)
    , m_studentId(studentId)
    , m_hint(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_new(new QPushButton(tr("New referral…"), this))
    , m_open(new QPushButton(tr("Open…"), this))
{
    setObjectName(QStringLiteral("referralsTab"));
    m_hint->setObjectName(QStringLiteral("referralsTabHint"));
    m_hint->setWordWrap(true);
    m_new->setObjectName(QStringLiteral("newReferral"));
    m_new->setAutoDefault(false);
    m_open->setObjectName(QStringLiteral("openReferral"));
    m_open->setAutoDefault(false);
    m_new->setVisible(mayWrite(school, DataKind::Referrals));
    connect(m_new, &QPushButton::clicked, this, &ReferralsTab::newReferral);
    connect(m_open, &QPushButton::clicked, this, &ReferralsTab::openSelected);
    m_list->setObjectName(QStringLiteral("studentReferrals"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels(referralHeaders(false));
    m_list->header()->setStretchLastSection(true);
    const int widths[] = { 95, 110, 200, 95 };
    for (int i = 0; i < 4; ++i)
        m_list->setColumnWidth(i, widths[i]);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &ReferralsTab::openSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] { m_open->setEnabled(m_list->currentItem()); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_hint, 1);
    bar->addWidget(m_open);
    bar->addWidget(m_new);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);
    reload();
}

void ReferralsTab::reload()
{
    m_list->clear();
    m_open->setEnabled(false);
    bool open = false;
    try {
        for (const Referral &r : ReferralRepository(m_school.db(), m_school.user()).studentReferrals(m_studentId)) {
            addReferralRow(m_list, r, false);
            open = open || r.open;
        }
    } catch (const Error &e) {
        m_hint->setText(e.message());
        m_new->setEnabled(false);
        return;
    }
    m_new->setEnabled(!open);
    m_hint->setText(open                      ? tr("This student has an open referral: double-click it to record the next step.")
            : m_list->topLevelItemCount() > 0 ? tr("Referrals of this student (double-click to open).")
                                              : tr("No referral to hospital for this student."));
}

int ReferralsTab::rowCount() const
{
    return m_list->topLevelItemCount();
}

QDialog *ReferralsTab::newReferral()
{
    return startReferral(m_school, m_studentId, ReferralSource::File, 0, this, [this] { changed(); });
}

ReferralDialog *ReferralsTab::openSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return nullptr;
    return openReferral(m_school, item->data(0, Qt::UserRole).toLongLong(), this, [this] { changed(); });
}

void ReferralsTab::changed()
{
    reload();
    if (QWidget *file = window())
        if (auto *timeline = file->findChild<StudentTimeline *>())
            timeline->reload();
}

} // namespace xinan::ui
