#include "keystudentspage.h"

#include "common/colors.h"
#include "common/riskstyle.h"
#include "plandialog.h"
#include "weeklyboardview.h"

#include "common/dialogseams.h"

#include "domain/student.h"
#include "error.h"
#include "platform/clock.h"
#include "repo/planrepository.h"
#include "services/schoolfile.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xinan::ui {

KeyStudentsPage::KeyStudentsPage(SchoolFile &school, QWidget *parent)
    : ModulePage(parent)
    , m_school(school)
    , m_tabs(new QTabWidget(this))
    , m_list(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_plan(new QPushButton(tr("Plan…"), this))
    , m_open(new QPushButton(tr("Open file…"), this))
    , m_board(new WeeklyBoardView(school, this))
{
    setObjectName(QStringLiteral("keyStudentsPage"));
    m_tabs->setObjectName(QStringLiteral("keyTabs"));
    m_board->setObjectName(QStringLiteral("weeklyBoard"));
    m_summary->setObjectName(QStringLiteral("keySummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_plan->setObjectName(QStringLiteral("planButton"));
    m_plan->setToolTip(tr("Write or edit the selected student's individual plan (一人一策)"));
    m_open->setObjectName(QStringLiteral("openFile"));
    // A 校领导 reads the plans (in the student's file) and keeps the weekly review; only the
    // roles that may change plans see "Plan…" (roleAllows).
    m_plan->setVisible(mayWrite(school, DataKind::KeyPlan));

    m_list->setObjectName(QStringLiteral("keyStudents"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({ tr("Level"), tr("Student"), tr("Class"), tr("Key since"), tr("Plan"), tr("Next review") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setToolTip(tr("Double-click a student to open the file."));
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(LevelColumn, 80);
    m_list->setColumnWidth(NameColumn, 140);
    m_list->setColumnWidth(ClassColumn, 140);
    m_list->setColumnWidth(SinceColumn, 120);
    m_list->setColumnWidth(PlanColumn, 140);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item)
            openFile(item->data(NameColumn, Qt::UserRole).toLongLong());
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        m_plan->setEnabled(selectedStudent() != 0);
        m_open->setEnabled(selectedStudent() != 0);
    });
    connect(m_plan, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedStudent())
            openPlanDialog(id);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedStudent())
            openFile(id);
    });
    connect(m_board, &WeeklyBoardView::changed, this, [this] {
        refresh();
        Q_EMIT changed();
    });

    auto *listPage = new QWidget(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_plan);
    bar->addWidget(m_open);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->addLayout(bar);
    listLayout->addWidget(m_list, 1);
    m_tabs->addTab(listPage, tr("Key students"));
    m_tabs->addTab(m_board, tr("Weekly review"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_tabs);
    refresh();
}

void KeyStudentsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

qint64 KeyStudentsPage::selectedStudent() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameColumn, Qt::UserRole).toLongLong() : 0;
}

void KeyStudentsPage::refresh()
{
    const QDate today = clock::today();
    QList<KeyStudent> key;
    try {
        key = PlanRepository(m_school.db(), m_school.user()).keyStudents(today);
    } catch (const Error &e) {
        m_summary->setText(e.message().toHtmlEscaped());
        return;
    }
    const qint64 selected = selectedStudent();
    m_list->clear();
    int missing = 0;
    int late = 0;
    for (const KeyStudent &k : key) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(NameColumn, Qt::UserRole, k.id);
        item->setText(LevelColumn, k.level == RiskLevel::Red ? tr("Red") : tr("Orange"));
        item->setTextAlignment(LevelColumn, Qt::AlignCenter);
        item->setBackground(LevelColumn, levelBackground(k.level));
        item->setForeground(LevelColumn, levelForeground(k.level));
        item->setText(NameColumn, k.name);
        item->setToolTip(NameColumn, k.studentNo);
        item->setText(ClassColumn, gradeName(k.grade) + QLatin1Char(' ') + k.className);
        item->setText(SinceColumn, k.since.isValid() ? k.since.toString(Qt::ISODate) : QString());
        if (k.planId) {
            item->setText(PlanColumn, tr("Yes"));
            item->setText(NextReviewColumn, k.nextReview.toString(Qt::ISODate));
            if (k.nextReview < today)
                item->setForeground(NextReviewColumn, overdueText());
        } else {
            ++missing;
            item->setText(PlanColumn, tr("Missing, %1 days").arg(k.daysWaiting));
            item->setData(PlanColumn, Qt::UserRole, k.overdue);
            if (k.overdue) {
                ++late;
                item->setForeground(PlanColumn, overdueText());
                QFont font = item->font(PlanColumn);
                font.setBold(true);
                item->setFont(PlanColumn, font);
                item->setToolTip(PlanColumn, tr("A key student needs a plan within 7 days."));
            }
            item->setText(NextReviewColumn, tr("—"));
        }
        if (k.id == selected)
            m_list->setCurrentItem(item);
    }
    QString summary = tr("%1 key students; %2 without a plan").arg(key.size()).arg(missing);
    if (late > 0)
        summary += QStringLiteral(" <span style=\"color: %1;\">(%2)</span>")
                       .arg(colors::css(colors::Bad), tr("%1 waiting more than 7 days").arg(late));
    if (key.isEmpty())
        summary = tr("No student is at orange or red.");
    m_summary->setText(summary);
    m_plan->setEnabled(selectedStudent() != 0);
    m_open->setEnabled(selectedStudent() != 0);
    m_board->refresh();
}

PlanDialog *KeyStudentsPage::openPlanDialog(qint64 studentId)
{
    if (!mayWrite(m_school, DataKind::KeyPlan))
        return nullptr;
    auto *dialog = new PlanDialog(m_school, studentId, this);
    dialog->setObjectName(QStringLiteral("planDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        Q_EMIT changed();
    });
    dialog->open();
    return dialog;
}

void KeyStudentsPage::openFile(qint64 studentId)
{
    if (studentId != 0)
        Q_EMIT openStudent(studentId); // the shell refreshes every page when the file closes
}

} // namespace xinan::ui
