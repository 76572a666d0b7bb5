#include "leavetab.h"

#include "returndialogs.h"
#include "statuschangedialog.h"

#include "common/accountroles.h"
#include "common/colors.h"
#include "common/formparts.h"
#include "students/studentfiledialog.h"
#include "students/studenttimeline.h"

#include "error.h"
#include "platform/clock.h"
#include "repo/leaverepository.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

enum Role { IdRole = Qt::UserRole, KindRole };
enum Kind { LeaveRow, ApplicationRow, FollowupRow, PlanRow };

QString day(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QTreeWidgetItem *row(QTreeWidgetItem *parent, const QStringList &texts, Kind kind, qint64 id)
{
    auto *item = new QTreeWidgetItem(parent, texts);
    item->setData(0, IdRole, id);
    item->setData(0, KindRole, kind);
    return item;
}

} // namespace

LeaveTab::LeaveTab(SchoolFile &school, qint64 studentId, QWidget *parent)
    : QWidget(parent)
    , m_school(school)
    , m_studentId(studentId)
    , m_writes(mayWrite(school, DataKind::Leaves) && mayWrite(school, DataKind::StudentBasic))
    , m_hint(makeNoteLabel(QString(), this))
    , m_tree(new QTreeWidget(this))
    , m_leave(new QPushButton(tr("Leave (休学)…"), this))
    , m_return(new QPushButton(tr("Return application…"), this))
    , m_followup(new QPushButton(tr("Record done…"), this))
{
    setObjectName(QStringLiteral("leaveTab"));
    m_hint->setObjectName(QStringLiteral("leaveHint"));
    m_tree->setObjectName(QStringLiteral("leaves"));
    m_tree->setHeaderLabels({ tr("Record"), tr("Date"), tr("Details") });
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(0, 230);
    m_tree->setColumnWidth(1, 100);
    m_tree->setWordWrap(true);
    m_leave->setObjectName(QStringLiteral("startLeave"));
    m_return->setObjectName(QStringLiteral("applyReturn"));
    m_followup->setObjectName(QStringLiteral("followupDone"));
    for (QPushButton *b : { m_leave, m_return, m_followup }) {
        b->setAutoDefault(false);
        b->setVisible(m_writes);
    }
    connect(m_leave, &QPushButton::clicked, this, &LeaveTab::startLeave);
    connect(m_return, &QPushButton::clicked, this, &LeaveTab::applyForReturn);
    connect(m_followup, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_tree->currentItem())
            recordFollowup(item->data(0, IdRole).toLongLong());
    });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &LeaveTab::selectionChanged);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, KindRole).toInt() == FollowupRow && m_writes && item->data(1, IdRole).toBool())
            recordFollowup(item->data(0, IdRole).toLongLong());
    });
    // A status changed in the file (变更学籍状态…) may start or end a leave.
    if (auto *file = qobject_cast<StudentFileDialog *>(parent))
        connect(file, &StudentFileDialog::statusChanged, this, &LeaveTab::reload);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_hint, 1);
    bar->addWidget(m_leave);
    bar->addWidget(m_return);
    bar->addWidget(m_followup);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);
    reload();
}

void LeaveTab::reload()
{
    m_tree->clear();
    m_openLeave = 0;
    QList<Leave> leaves;
    StudentStatus status = StudentStatus::Enrolled;
    try {
        leaves = LeaveRepository(m_school.db(), m_school.user()).leaves(m_studentId);
        if (const auto s = StudentRepository(m_school.db(), m_school.user()).find(m_studentId))
            status = s->status;
    } catch (const Error &e) {
        m_hint->setText(e.message());
        for (QPushButton *b : { m_leave, m_return, m_followup })
            b->setEnabled(false);
        return;
    }
    const QDate today = clock::today();
    for (const Leave &l : std::as_const(leaves)) {
        if (l.open())
            m_openLeave = l.id;
        auto *leaveItem = new QTreeWidgetItem(m_tree,
            { tr("Leave: %1").arg(leaveCategoryName(l.category)), day(l.startsOn),
                l.open() ? tr("On leave since %1 (%2 days)").arg(day(l.startsOn)).arg(l.startsOn.daysTo(today))
                         : tr("Ended on %1").arg(day(l.endedOn)) });
        leaveItem->setData(0, IdRole, l.id);
        leaveItem->setData(0, KindRole, LeaveRow);
        QFont bold = leaveItem->font(0);
        bold.setBold(true);
        leaveItem->setFont(0, bold);
        for (const ReturnApplication &a : l.applications) {
            QStringList details;
            if (!a.certificateHospital.isEmpty())
                details << tr("certificate: %1 %2").arg(a.certificateHospital, day(a.certificateDate));
            if (!a.certificateText.isEmpty())
                details << QStringLiteral("“%1”").arg(a.certificateText.simplified());
            const int met = int(a.conditionStable) + int(a.noRiskBehaviour) + int(a.functioningRestored);
            details << tr("conditions met: %1 of 3").arg(met);
            if (!a.assessors.isEmpty())
                details << tr("assessed by %1").arg(a.assessors);
            if (a.decision == ReturnDecision::Approve)
                details << tr("back on %1").arg(day(a.returnOn));
            auto *app = row(leaveItem,
                { tr("Application: %1").arg(returnDecisionName(a.decision)), day(a.decidedOn), details.join(tr("; ")) },
                ApplicationRow, a.id);
            app->setToolTip(2, details.join(u'\n'));
            if (a.decision == ReturnDecision::Approve) {
                QStringList plan;
                for (const auto &[label, text] :
                    { std::pair(tr("placement"), a.plan.placement), std::pair(tr("schedule"), a.plan.schedule),
                        std::pair(tr("supporters"), a.plan.supporters), std::pair(tr("relapse plan"), a.plan.relapse) })
                    if (!text.isEmpty())
                        plan << tr("%1: %2").arg(label, text);
                auto *planItem = row(app, { tr("Return plan"), QString(), plan.join(tr("; ")) }, PlanRow, a.id);
                planItem->setToolTip(2, plan.join(u'\n'));
            }
            for (const ReturnFollowup &f : a.followups) {
                QString state;
                if (f.done())
                    state = f.note.isEmpty() ? tr("done on %1 by %2").arg(day(f.doneOn), f.doneBy)
                                             : tr("done on %1 by %2: %3").arg(day(f.doneOn), f.doneBy, f.note.simplified());
                else if (f.dueOn < today)
                    state = tr("overdue by %n day(s)", nullptr, static_cast<int>(f.dueOn.daysTo(today)));
                else
                    state = tr("due");
                auto *item
                    = row(app, { tr("Follow-up: %1").arg(followupKindName(f.kind)), day(f.dueOn), state }, FollowupRow, f.id);
                item->setData(1, IdRole, !f.done()); // may be recorded
                if (!f.done() && f.dueOn <= today)
                    item->setForeground(2, colors::color(colors::Bad));
            }
        }
    }
    m_tree->expandAll();
    if (leaves.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_tree, { tr("No leave recorded.") });
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
    }
    const bool suspendedWithoutRecord = status == StudentStatus::Suspended && m_openLeave == 0;
    m_leave->setEnabled(m_writes && m_openLeave == 0 && (status == StudentStatus::Enrolled || suspendedWithoutRecord));
    m_return->setEnabled(m_writes && m_openLeave != 0);
    if (suspendedWithoutRecord)
        m_hint->setText(tr("The student is marked 休学 without a leave record: record the leave (休学…), then the return "
                           "application."));
    else if (m_openLeave != 0)
        m_hint->setText(tr("On leave. The return (复学) is recorded as a return application with the school's assessment."));
    else
        m_hint->setText(tr("Leaves, return applications and the follow-ups of the return plan."));
    selectionChanged();
}

void LeaveTab::selectionChanged()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    m_followup->setEnabled(m_writes && item && item->data(0, KindRole).toInt() == FollowupRow && item->data(1, IdRole).toBool());
}

StatusChangeDialog *LeaveTab::startLeave()
{
    if (!m_writes)
        return nullptr;
    auto *dialog = new StatusChangeDialog(m_school, m_studentId, this);
    dialog->setTarget(StudentStatus::Suspended);
    connect(dialog, &QDialog::accepted, this, &LeaveTab::changed);
    openWindowModal(dialog);
    return dialog;
}

ReturnApplicationDialog *LeaveTab::applyForReturn()
{
    if (!m_writes || m_openLeave == 0)
        return nullptr;
    auto *dialog = new ReturnApplicationDialog(m_school, m_openLeave, this);
    connect(dialog, &QDialog::accepted, this, &LeaveTab::changed);
    openWindowModal(dialog);
    return dialog;
}

FollowupDoneDialog *LeaveTab::recordFollowup(qint64 followupId)
{
    if (!m_writes || followupId == 0)
        return nullptr;
    QString what;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, KindRole).toInt() == FollowupRow && (*it)->data(0, IdRole).toLongLong() == followupId)
            what = (*it)->text(0) + QStringLiteral(" (") + (*it)->text(1) + QLatin1Char(')');
    auto *dialog = new FollowupDoneDialog(m_school, followupId, what, this);
    connect(dialog, &QDialog::accepted, this, &LeaveTab::changed);
    openWindowModal(dialog);
    return dialog;
}

void LeaveTab::changed()
{
    reload();
    if (auto *file = qobject_cast<StudentFileDialog *>(window()))
        file->reloadStatus(); // the status, the timeline
    else if (QWidget *w = window())
        if (auto *timeline = w->findChild<StudentTimeline *>())
            timeline->reload();
}

} // namespace xinan::ui
