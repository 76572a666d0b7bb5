#include "plantab.h"

#include "common/accountroles.h"
#include "common/colors.h"

#include "plandialog.h"

#include "error.h"
#include "repo/planrepository.h"
#include "repo/reviewrepository.h"
#include "repo/riskrepository.h"
#include "services/schoolfile.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QString localDay(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().date().toString(Qt::ISODate) : QString();
}

QTreeWidget *makeList(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(QString::fromLatin1(name));
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setWordWrap(true);
    list->header()->setStretchLastSection(true);
    return list;
}

} // namespace

QString planHtml(const KeyPlan &p)
{
    const auto section = [](const QString &title, const QString &body) {
        return QStringLiteral("<p><b>%1</b><br>%2</p>").arg(esc(title), esc(body));
    };
    const auto orDash = [](const QString &text) { return text.isEmpty() ? QStringLiteral("—") : text; };
    QString html;
    html += section(PlanTab::tr("Situation"), p.situation);
    html += section(PlanTab::tr("Goals"), p.goals);
    html += section(PlanTab::tr("Measures"), p.measures);
    html += QStringLiteral("<p><b>%1</b><br>%2: %3<br>%4: %5<br>%6: %7<br>%8: %9</p>")
                .arg(esc(PlanTab::tr("Responsible people")), esc(PlanTab::tr("Class teacher")), esc(orDash(p.classTeacher)),
                    esc(PlanTab::tr("Counselling teacher")), esc(p.counsellor), esc(PlanTab::tr("Parent or guardian")),
                    esc(orDash(p.parent)), esc(PlanTab::tr("School leader in charge")), esc(orDash(p.leader)));
    if (!p.contact.isEmpty())
        html += section(PlanTab::tr("Contact arrangements"), p.contact);
    html += section(PlanTab::tr("Review"), PlanTab::tr("every %1 days").arg(p.reviewDays));
    html += section(PlanTab::tr("Parents informed"),
        p.parentInformed ? PlanTab::tr("Yes, on %1").arg(p.parentInformedOn.toString(Qt::ISODate))
                         : PlanTab::tr("Not yet: %1").arg(p.parentNotInformedReason));
    html += QStringLiteral("<p style=\"color: %1;\">%2</p>")
                .arg(colors::css(colors::Muted),
                    esc(PlanTab::tr("Written on %1 by %2; last revised on %3 by %4.")
                            .arg(localDay(p.createdAt), p.createdBy, localDay(p.updatedAt), p.updatedBy)));
    return html;
}

PlanTab::PlanTab(SchoolFile &school, qint64 studentId, QWidget *parent)
    : QWidget(parent)
    , m_school(school)
    , m_studentId(studentId)
    , m_state(new QLabel(this))
    , m_plan(new QTextBrowser(this))
    , m_edit(new QPushButton(this))
    , m_close(new QPushButton(tr("Close plan…"), this))
    , m_history(makeList(this, "planHistory", { tr("Written on"), tr("Status"), tr("Closed on"), tr("Why closed") }))
    , m_updates(makeList(this, "weeklyUpdates", { tr("Week"), tr("Status"), tr("Actions"), tr("Next steps"), tr("By") }))
{
    m_state->setObjectName(QStringLiteral("planState"));
    m_state->setWordWrap(true);
    m_plan->setObjectName(QStringLiteral("planView"));
    m_plan->setOpenLinks(false);
    m_edit->setObjectName(QStringLiteral("editPlan"));
    m_close->setObjectName(QStringLiteral("closePlan"));
    connect(m_edit, &QPushButton::clicked, this, &PlanTab::openPlanDialog);
    connect(m_close, &QPushButton::clicked, this, &PlanTab::openCloseDialog);
    m_history->setColumnWidth(0, 100);
    m_history->setColumnWidth(1, 80);
    m_history->setColumnWidth(2, 100);
    m_updates->setColumnWidth(0, 100);
    m_updates->setColumnWidth(1, 70);
    m_updates->setColumnWidth(2, 240);
    m_updates->setColumnWidth(3, 180);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_state, 1);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_close);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(new QLabel(tr("Weekly review updates"), lower));
    lowerLayout->addWidget(m_updates, 2);
    lowerLayout->addWidget(new QLabel(tr("All plans"), lower));
    lowerLayout->addWidget(m_history, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_plan);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    // A 校领导 reads the plans; only the roles that may change them see the buttons (roleAllows).
    m_edit->setVisible(mayWrite(school, DataKind::KeyPlan));
    m_close->setVisible(mayWrite(school, DataKind::KeyPlan));
    refresh();
}

void PlanTab::refresh()
{
    try {
        read();
    } catch (const Error &e) {
        m_state->setText(tr("The plan cannot be shown: %1").arg(e.message().toHtmlEscaped()));
        m_edit->setEnabled(false);
        m_close->setEnabled(false);
    }
}

void PlanTab::read()
{
    PlanRepository plans(m_school.db(), m_school.user());
    const std::optional<KeyPlan> active = plans.current(m_studentId);
    const RiskLevel level = RiskRepository(m_school.db(), m_school.user()).current(m_studentId);
    const bool key = level >= RiskLevel::Orange;
    if (active) {
        m_state->setText(tr("Active plan, reviewed every %1 days.").arg(active->reviewDays));
        m_plan->setHtml(planHtml(*active));
        m_edit->setText(tr("Edit plan…"));
    } else {
        m_state->setText(key
                ? tr("<span style=\"color: #c62828;\">This key student has no plan yet: write one within a week.</span>")
                : tr("No active plan. Plans are written for key students (orange or red)."));
        m_plan->setHtml(QString());
        m_edit->setText(tr("New plan…"));
    }
    m_edit->setEnabled(active || key);
    m_close->setEnabled(active.has_value());

    m_history->clear();
    for (const KeyPlan &p : plans.history(m_studentId)) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, localDay(p.createdAt));
        item->setText(1, p.active ? tr("Active") : tr("Closed"));
        item->setText(2, localDay(p.closedAt));
        item->setText(3, p.closeReason.simplified());
        item->setToolTip(3, p.closeReason);
    }
    m_updates->clear();
    for (const WeeklyUpdate &u : ReviewRepository(m_school.db(), m_school.user()).updatesOf(m_studentId)) {
        auto *item = new QTreeWidgetItem(m_updates);
        item->setText(0, u.weekStart.toString(Qt::ISODate));
        item->setText(1, weeklyStatusName(u.status));
        item->setText(2, u.actions.simplified());
        item->setToolTip(2, u.actions);
        item->setText(3, u.nextSteps.simplified());
        item->setToolTip(3, u.nextSteps);
        item->setText(4, u.author);
    }
}

PlanDialog *PlanTab::openPlanDialog()
{
    if (!mayWrite(m_school, DataKind::KeyPlan))
        return nullptr;
    auto *dialog = new PlanDialog(m_school, m_studentId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        Q_EMIT changed();
    });
    dialog->open();
    return dialog;
}

ClosePlanDialog *PlanTab::openCloseDialog()
{
    if (!mayWrite(m_school, DataKind::KeyPlan))
        return nullptr;
    auto *dialog = new ClosePlanDialog(m_school, m_studentId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        Q_EMIT changed();
    });
    dialog->open();
    return dialog;
}

} // namespace xinan::ui
