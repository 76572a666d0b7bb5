#include "keystudentspanels.h"

#include "common/riskstyle.h"

#include "domain/student.h"
#include "platform/clock.h"
#include "repo/planrepository.h"
#include "repo/reviewrepository.h"
#include "services/schoolfile.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

QTreeWidget *makeList(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(QString::fromLatin1(name));
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setSelectionBehavior(QAbstractItemView::SelectRows);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setMinimumHeight(120);
    list->setToolTip(QCoreApplication::translate("KeyStudentsPanels", "Double-click a student to open the file."));
    list->header()->setStretchLastSection(true);
    return list;
}

QTreeWidgetItem *studentItem(
    QTreeWidget *list, qint64 id, RiskLevel level, const QString &name, int grade, const QString &className)
{
    auto *item = new QTreeWidgetItem(list);
    item->setData(0, Qt::UserRole, id);
    item->setText(0,
        level == RiskLevel::Red ? QCoreApplication::translate("KeyStudentsPanels", "Red")
                                : QCoreApplication::translate("KeyStudentsPanels", "Orange"));
    item->setTextAlignment(0, Qt::AlignCenter);
    item->setBackground(0, levelBackground(level));
    item->setForeground(0, levelForeground(level));
    item->setText(1, name);
    item->setText(2, className.isEmpty() ? gradeName(grade) : gradeName(grade) + u' ' + className);
    return item;
}

} // namespace

MissingPlansPanel::MissingPlansPanel(SchoolFile &school, QWidget *parent)
    : HomePanel(parent)
    , m_school(school)
    , m_list(makeList(this, "missingPlans", { tr("Level"), tr("Name"), tr("Class"), tr("Without a plan") }))
    , m_empty(new QLabel(tr("Every key student has an individual plan."), this))
{
    setObjectName(QStringLiteral("missingPlansPanel"));
    m_empty->setObjectName(QStringLiteral("missingPlansEmpty"));
    m_empty->setWordWrap(true);
    m_empty->hide();
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item)
            Q_EMIT openStudent(item->data(0, Qt::UserRole).toLongLong());
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
}

QString MissingPlansPanel::title() const
{
    return tr("Individual plans to write");
}

void MissingPlansPanel::refresh()
{
    const QList<KeyStudent> missing = PlanRepository(m_school.db(), m_school.user()).missingPlans(clock::today());
    m_list->clear();
    for (const KeyStudent &k : missing) {
        QTreeWidgetItem *item = studentItem(m_list, k.id, k.level, k.name, k.grade, k.className);
        item->setText(3, tr("%1 days").arg(k.daysWaiting));
        if (k.overdue) {
            item->setForeground(3, overdueText());
            QFont font = item->font(3);
            font.setBold(true);
            item->setFont(3, font);
            item->setToolTip(3, tr("A key student needs a plan within 7 days."));
        }
    }
    m_waiting = static_cast<int>(missing.size());
    m_list->setVisible(!missing.isEmpty());
    m_empty->setVisible(missing.isEmpty());
    for (int c = 0; c < 3; ++c)
        m_list->resizeColumnToContents(c);
}

WeeklyReviewPanel::WeeklyReviewPanel(SchoolFile &school, QWidget *parent)
    : HomePanel(parent)
    , m_school(school)
    , m_summary(new QLabel(this))
    , m_list(makeList(this, "weeklyPending", { tr("Level"), tr("Name"), tr("Class"), tr("This week") }))
{
    setObjectName(QStringLiteral("weeklyReviewPanel"));
    m_summary->setObjectName(QStringLiteral("weeklySummary"));
    m_summary->setWordWrap(true);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item)
            Q_EMIT openStudent(item->data(0, Qt::UserRole).toLongLong());
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
}

QString WeeklyReviewPanel::title() const
{
    return tr("This week's review");
}

void WeeklyReviewPanel::refresh()
{
    const QDate today = clock::today();
    const WeeklyBoard board = ReviewRepository(m_school.db(), m_school.user()).board(weekStartOf(today), today);
    m_list->clear();
    int keyRows = 0;
    int updated = 0;
    for (const BoardRow &r : board.rows) {
        if (!r.key)
            continue;
        ++keyRows;
        if (r.update) {
            ++updated;
            continue;
        }
        QTreeWidgetItem *item = studentItem(m_list, r.studentId, r.level, r.name, r.grade, r.className);
        item->setText(3, r.overdue ? tr("Overdue") : tr("To do"));
        if (r.overdue) {
            item->setForeground(3, overdueText());
            QFont font = item->font(3);
            font.setBold(true);
            item->setFont(3, font);
        }
    }
    m_overdue = board.overdue;
    m_summary->setText(keyRows == 0
            ? tr("No key students this week.")
            : tr("Updated %1 of %2 key students; %3 overdue.").arg(updated).arg(keyRows).arg(board.overdue));
    m_list->setVisible(m_list->topLevelItemCount() > 0);
    for (int c = 0; c < 3; ++c)
        m_list->resizeColumnToContents(c);
}

} // namespace xinan::ui
