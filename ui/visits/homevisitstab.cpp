#include "homevisitstab.h"

#include "homevisitdialog.h"
#include "visitparts.h"

#include "common/accountroles.h"
#include "common/formparts.h"

#include "students/studenttimeline.h"

#include "error.h"
#include "repo/homevisitrepository.h"
#include "services/schoolfile.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xinan::ui {

HomeVisitsTab::HomeVisitsTab(SchoolFile &school, qint64 studentId, QWidget *parent)
    : QWidget(parent)
    , m_school(school)
    , m_studentId(studentId)
    , m_hint(new QLabel(this))
    , m_visits(new QTreeWidget(this))
    , m_new(new QPushButton(tr("New home visit…"), this))
    , m_open(new QPushButton(tr("Open…"), this))
{
    m_hint->setObjectName(QStringLiteral("visitsTabHint"));
    m_hint->setWordWrap(true);
    m_new->setObjectName(QStringLiteral("newVisit"));
    m_new->setAutoDefault(false);
    m_new->setVisible(mayWrite(school, DataKind::HomeVisits));
    m_open->setObjectName(QStringLiteral("openVisit"));
    m_open->setAutoDefault(false);
    m_open->setEnabled(false);
    connect(m_new, &QPushButton::clicked, this, &HomeVisitsTab::newVisit);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_visits->currentItem())
            openVisit(item->data(0, Qt::UserRole).toLongLong());
    });
    m_visits->setObjectName(QStringLiteral("studentVisits"));
    m_visits->setRootIsDecorated(false);
    m_visits->setAlternatingRowColors(true);
    m_visits->setHeaderLabels(visitListHeaders());
    m_visits->header()->setStretchLastSection(true);
    const int widths[] = { 120, 70, 140, 200 };
    for (int i = 0; i < 4; ++i)
        m_visits->setColumnWidth(i, widths[i]);
    connect(m_visits, &QTreeWidget::itemDoubleClicked, this,
        [this](QTreeWidgetItem *item) { openVisit(item->data(0, Qt::UserRole).toLongLong()); });
    connect(m_visits, &QTreeWidget::itemSelectionChanged, this,
        [this] { m_open->setEnabled(m_visits->currentItem() && m_visits->currentItem()->data(0, Qt::UserRole).toLongLong()); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_hint, 1);
    bar->addWidget(m_open);
    bar->addWidget(m_new);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_visits, 1);
    reload();
}

void HomeVisitsTab::reload()
{
    m_visits->clear();
    QList<HomeVisit> visits;
    try {
        visits = HomeVisitRepository(m_school.db(), m_school.user()).studentVisits(m_studentId);
    } catch (const Error &e) {
        m_hint->setText(e.message());
        m_new->setEnabled(false);
        return;
    }
    for (const HomeVisit &v : std::as_const(visits))
        addVisitRow(m_visits, v);
    m_hint->setText(visits.isEmpty()
            ? tr("No home visit recorded for this student yet.")
            : tr("%n home visit(s) of this student (double-click to open). A family visit is listed for each child.", nullptr,
                static_cast<int>(visits.size())));
}

int HomeVisitsTab::rowCount() const
{
    return m_visits->topLevelItemCount();
}

HomeVisitDialog *HomeVisitsTab::newVisit()
{
    if (!mayWrite(m_school, DataKind::HomeVisits))
        return nullptr;
    auto *dialog = new HomeVisitDialog(m_school, 0, m_studentId, this);
    dialog->setObjectName(QStringLiteral("homeVisitDialog"));
    connect(dialog, &QDialog::accepted, this, &HomeVisitsTab::changed);
    openWindowModal(dialog);
    return dialog;
}

HomeVisitDialog *HomeVisitsTab::openVisit(qint64 visitId)
{
    if (visitId == 0)
        return nullptr;
    auto *dialog = new HomeVisitDialog(m_school, visitId, 0, this);
    dialog->setObjectName(QStringLiteral("homeVisitDialog"));
    connect(dialog, &QDialog::accepted, this, &HomeVisitsTab::changed);
    openWindowModal(dialog);
    return dialog;
}

void HomeVisitsTab::changed()
{
    reload();
    if (QWidget *file = window())
        if (auto *timeline = file->findChild<StudentTimeline *>())
            timeline->reload();
}

} // namespace xinan::ui
