#include "crisistab.h"

#include "common/accountroles.h"

#include "common/formparts.h"

#include "crisisdialog.h"
#include "crisisdialogs.h"

#include "students/studenttimeline.h"

#include "error.h"
#include "repo/crisisrepository.h"
#include "services/schoolfile.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xinan::ui {

CrisisTab::CrisisTab(SchoolFile &school, qint64 studentId, QWidget *parent)
    : QWidget(parent)
    , m_school(school)
    , m_studentId(studentId)
    , m_hint(new QLabel(this))
    , m_events(new QTreeWidget(this))
    , m_new(new QPushButton(tr("Open crisis event…"), this))
{
    m_hint->setObjectName(QStringLiteral("crisisTabHint"));
    m_hint->setWordWrap(true);
    m_new->setObjectName(QStringLiteral("newCrisis"));
    m_new->setAutoDefault(false);
    connect(m_new, &QPushButton::clicked, this, &CrisisTab::newEvent);
    m_events->setObjectName(QStringLiteral("crisisEvents"));
    m_events->setRootIsDecorated(false);
    m_events->setAlternatingRowColors(true);
    m_events->setHeaderLabels(crisisEventHeaders(false));
    m_events->header()->setStretchLastSection(true);
    const int widths[] = { 130, 110, 45, 200, 60 };
    for (int i = 0; i < 5; ++i)
        m_events->setColumnWidth(i, widths[i]);
    connect(m_events, &QTreeWidget::itemDoubleClicked, this,
        [this](QTreeWidgetItem *item) { openEvent(item->data(0, Qt::UserRole).toLongLong()); });
    // A 校领导 reads the events without their details and records none (roleAllows).
    m_new->setVisible(mayWrite(school, DataKind::Crisis) && mayWrite(school, DataKind::CrisisDetail));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_hint, 1);
    bar->addWidget(m_new);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_events, 1);
    reload();
}

void CrisisTab::reload()
{
    m_events->clear();
    bool open = false;
    try {
        for (const CrisisEvent &e : CrisisRepository(m_school.db(), m_school.user()).studentEvents(m_studentId)) {
            addCrisisEventRow(m_events, e, false);
            open = open || e.open;
        }
    } catch (const Error &e) {
        m_hint->setText(e.message());
        m_new->setEnabled(false);
        return;
    }
    m_new->setEnabled(!open);
    if (!mayRead(m_school, DataKind::CrisisDetail)) {
        m_hint->setText(tr("Crisis events of this student. What happened and each step taken stay with the counselling "
                           "teacher."));
        return;
    }
    m_hint->setText(open ? tr("This student has an open crisis event: double-click it to record notifications, actions "
                              "and follow-ups, or to close it.")
                         : tr("Crisis events of this student (double-click to open). Opening a new event sets the student "
                              "to red."));
}

int CrisisTab::rowCount() const
{
    return m_events->topLevelItemCount();
}

NewCrisisDialog *CrisisTab::newEvent()
{
    if (!mayWrite(m_school, DataKind::Crisis) || !mayWrite(m_school, DataKind::CrisisDetail))
        return nullptr;
    auto *dialog = new NewCrisisDialog(m_school, m_studentId, this);
    dialog->setObjectName(QStringLiteral("newCrisisDialog"));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        changed();
        if (dialog->eventId() != 0)
            openEvent(dialog->eventId());
    });
    openWindowModal(dialog);
    return dialog;
}

CrisisDialog *CrisisTab::openEvent(qint64 eventId)
{
    if (!mayRead(m_school, DataKind::CrisisDetail))
        return nullptr;
    auto *dialog = new CrisisDialog(m_school, eventId, this);
    dialog->setObjectName(QStringLiteral("crisisDialog"));
    connect(dialog, &CrisisDialog::changed, this, &CrisisTab::changed);
    openWindowModal(dialog);
    return dialog;
}

void CrisisTab::changed()
{
    reload();
    if (QWidget *file = window())
        if (auto *timeline = file->findChild<StudentTimeline *>())
            timeline->reload();
}

} // namespace xinan::ui
