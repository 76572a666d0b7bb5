#include "returnfollowuppanel.h"

#include "returndialogs.h"

#include "common/accountroles.h"
#include "common/colors.h"
#include "common/formparts.h"

#include "domain/student.h"
#include "error.h"
#include "platform/clock.h"
#include "repo/leaverepository.h"
#include "services/schoolfile.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xinan::ui {

ReturnFollowupPanel::ReturnFollowupPanel(SchoolFile &school, QWidget *parent)
    : HomePanel(parent)
    , m_school(school)
    , m_tree(new QTreeWidget(this))
    , m_done(new QPushButton(tr("Record done…"), this))
    , m_student(new QPushButton(tr("Student file"), this))
{
    setObjectName(QStringLiteral("returnFollowupPanel"));
    m_tree->setObjectName(QStringLiteral("returnFollowups"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderLabels({ tr("Student"), tr("Class"), tr("Follow-up"), tr("Due"), tr("Returned on") });
    m_tree->header()->setStretchLastSection(true);
    for (int column = 0; column < 4; ++column)
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    const bool writes = mayWrite(school, DataKind::Leaves);
    m_done->setObjectName(QStringLiteral("returnFollowupDone"));
    m_done->setVisible(writes);
    m_student->setObjectName(QStringLiteral("returnFollowupStudent"));
    for (QPushButton *b : { m_done, m_student })
        b->setEnabled(false);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, [this] {
        const bool row = m_tree->currentItem() && m_tree->currentItem()->data(0, Qt::UserRole).toLongLong() != 0;
        m_done->setEnabled(row);
        m_student->setEnabled(row);
    });
    connect(m_done, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_tree->currentItem())
            recordDone(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_student, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_tree->currentItem())
            Q_EMIT openStudent(item->data(0, Qt::UserRole + 1).toLongLong());
    });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (const qint64 student = item->data(0, Qt::UserRole + 1).toLongLong())
            Q_EMIT openStudent(student);
    });
    auto *bar = new QHBoxLayout;
    bar->addWidget(
        makeNoteLabel(tr("Students back from leave: the return plan's follow-ups due this week or overdue."), this), 1);
    bar->addWidget(m_done);
    bar->addWidget(m_student);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tree, 1);
    layout->addLayout(bar);
}

QString ReturnFollowupPanel::title() const
{
    return tr("Return follow-ups");
}

int ReturnFollowupPanel::waitingCount() const
{
    return m_waiting;
}

void ReturnFollowupPanel::refresh()
{
    m_tree->clear();
    m_waiting = 0;
    QList<DueReturnFollowup> due;
    try {
        due = LeaveRepository(m_school.db(), m_school.user()).dueFollowups(HorizonDays);
    } catch (const Error &e) {
        auto *item = new QTreeWidgetItem(m_tree, { e.message() });
        item->setFirstColumnSpanned(true);
        return;
    }
    const QDate today = clock::today();
    for (const DueReturnFollowup &d : std::as_const(due)) {
        const int late = d.daysOverdue(today);
        const QString when = late > 0 ? tr("%1 (%n day(s) overdue)", nullptr, late).arg(d.followup.dueOn.toString(Qt::ISODate))
            : late == 0               ? tr("%1 (today)").arg(d.followup.dueOn.toString(Qt::ISODate))
                                      : d.followup.dueOn.toString(Qt::ISODate);
        auto *item = new QTreeWidgetItem(m_tree,
            { d.studentName, QStringLiteral("%1 %2").arg(gradeName(d.grade), d.className), followupKindName(d.followup.kind),
                when, d.returnedOn.toString(Qt::ISODate) });
        item->setData(0, Qt::UserRole, d.followup.id);
        item->setData(0, Qt::UserRole + 1, d.followup.studentId);
        if (late >= 0) {
            ++m_waiting;
            item->setForeground(3, colors::color(late > 0 ? colors::Bad : colors::Warning));
        }
    }
    if (due.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_tree, { tr("No follow-up due this week.") });
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
    }
}

FollowupDoneDialog *ReturnFollowupPanel::recordDone(qint64 followupId)
{
    if (followupId == 0 || !mayWrite(m_school, DataKind::Leaves))
        return nullptr;
    QString what;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (const QTreeWidgetItem *item = m_tree->topLevelItem(i); item->data(0, Qt::UserRole).toLongLong() == followupId)
            what = QStringLiteral("%1 · %2").arg(item->text(0), item->text(2));
    auto *dialog = new FollowupDoneDialog(m_school, followupId, what, this);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        Q_EMIT changed();
    });
    openWindowModal(dialog);
    return dialog;
}

} // namespace xinan::ui
