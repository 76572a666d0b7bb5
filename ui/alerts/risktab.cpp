#include "risktab.h"

#include "common/accountroles.h"
#include "common/colors.h"

#include "alertdialogs.h"

#include "students/studenttimeline.h"

#include "error.h"
#include "repo/alertrepository.h"
#include "repo/riskrepository.h"
#include "services/schoolfile.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

constexpr int IdRole = Qt::UserRole; // alert id, or result id
constexpr int KindRole = Qt::UserRole + 1; // "alert" or "interview"
constexpr int ResultRole = Qt::UserRole + 2; // the result the row is about

const QColor AlertRed = colors::color(colors::Bad);

QTreeWidget *makeList(QWidget *parent, const QString &objectName, const QStringList &headers)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setSelectionBehavior(QAbstractItemView::SelectRows);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setWordWrap(true);
    list->header()->setStretchLastSection(false);
    return list;
}

QLabel *quietLabel(const QString &text, QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: palette(dark);"));
    return label;
}

} // namespace

RiskTab::RiskTab(SchoolFile &school, qint64 studentId, QWidget *parent)
    : QWidget(parent)
    , m_school(school)
    , m_studentId(studentId)
    , m_badge(makeRiskBadge(this, QStringLiteral("riskBadge")))
    , m_meaning(quietLabel(QString(), this, QStringLiteral("riskMeaning")))
    , m_change(new QPushButton(tr("Change level…"), this))
    , m_pending(makeList(this, QStringLiteral("pendingList"), { tr("Waiting"), tr("Details"), tr("Since") }))
    , m_nothingPending(quietLabel(tr("Nothing waits for this student."), this, QStringLiteral("nothingPending")))
    , m_handle(new QPushButton(tr("Handle alert…"), this))
    , m_interview(new QPushButton(tr("Interview…"), this))
    , m_history(makeList(
          this, QStringLiteral("riskHistory"), { tr("When"), tr("From"), tr("To"), tr("Source"), tr("Reason"), tr("By") }))
    , m_noHistory(quietLabel(
          tr("The level has never been changed: the student is at green (routine)."), this, QStringLiteral("noHistory")))
{
    setObjectName(QStringLiteral("riskTab"));
    m_change->setObjectName(QStringLiteral("changeLevel"));
    m_handle->setObjectName(QStringLiteral("tabHandleAlert"));
    m_interview->setObjectName(QStringLiteral("tabInterview"));
    connect(m_change, &QPushButton::clicked, this, &RiskTab::changeLevel);
    connect(m_pending, &QTreeWidget::itemSelectionChanged, this, &RiskTab::updateButtons);
    connect(m_handle, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = selectedPending(); item && item->data(0, KindRole).toString() == u"alert")
            handleAlert(item->data(0, IdRole).toLongLong());
    });
    connect(m_interview, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = selectedPending(); item && item->data(0, ResultRole).toLongLong() != 0)
            interview(item->data(0, ResultRole).toLongLong());
    });
    connect(m_pending, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        if (item->data(0, KindRole).toString() == u"alert")
            handleAlert(item->data(0, IdRole).toLongLong());
        else
            interview(item->data(0, ResultRole).toLongLong());
    });

    auto *levelRow = new QHBoxLayout;
    levelRow->addWidget(m_badge);
    levelRow->addWidget(m_meaning, 1);
    levelRow->addWidget(m_change, 0, Qt::AlignTop);

    auto *pendingBox = new QGroupBox(tr("Waiting for a counsellor"), this);
    pendingBox->setObjectName(QStringLiteral("pendingBox"));
    m_pending->setMaximumHeight(130);
    auto *pendingButtons = new QHBoxLayout;
    pendingButtons->addWidget(m_handle);
    pendingButtons->addWidget(m_interview);
    pendingButtons->addStretch(1);
    auto *pendingLayout = new QVBoxLayout(pendingBox);
    pendingLayout->addWidget(m_pending);
    pendingLayout->addWidget(m_nothingPending);
    pendingLayout->addLayout(pendingButtons);

    auto *historyBox = new QGroupBox(tr("Changes of level"), this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_history, 1);
    historyLayout->addWidget(m_noHistory);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(levelRow);
    layout->addWidget(pendingBox);
    layout->addWidget(historyBox, 1);
    // A 校领导 sees the level and its history, without the reasons written for the changes,
    // the alerts waiting for a counsellor or a way to change the level (roleAllows).
    m_showsAlerts = mayRead(school, DataKind::Alerts);
    m_showsReasons = mayRead(school, DataKind::RiskReason);
    pendingBox->setVisible(m_showsAlerts);
    m_change->setVisible(mayWrite(school, DataKind::RiskLevel));
    m_history->setColumnHidden(ReasonColumn, !m_showsReasons);
    reload();
}

void RiskTab::reload()
{
    try {
        read();
    } catch (const Error &e) {
        m_meaning->setText(tr("The risk level cannot be shown: %1").arg(e.message()));
        m_change->setEnabled(false);
    }
}

void RiskTab::read()
{
    RiskRepository risk(m_school.db(), m_school.user());
    RiskLevel level = RiskLevel::Green;
    try {
        level = risk.current(m_studentId);
    } catch (const Error &e) {
        if (e.kind() == ErrorKind::Denied)
            throw;
        m_change->setEnabled(false); // the record is gone
    }
    setRiskBadge(m_badge, level);
    m_meaning->setText(riskLevelMeaning(level));

    AlertRepository alerts(m_school.db(), m_school.user());
    m_pending->clear();
    const QList<Alert> studentAlerts = m_showsAlerts ? alerts.forStudent(m_studentId) : QList<Alert>();
    const QList<InterviewCandidate> interviews
        = m_showsAlerts ? alerts.interviewsWaitingFor(m_studentId) : QList<InterviewCandidate>();
    for (const Alert &a : studentAlerts) {
        if (a.handled())
            continue;
        auto *item = new QTreeWidgetItem(
            { tr("Alert"), a.reason, a.raisedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) });
        item->setData(0, IdRole, a.id);
        item->setData(0, KindRole, QStringLiteral("alert"));
        item->setData(0, ResultRole, a.resultId);
        item->setForeground(0, AlertRed);
        item->setForeground(1, AlertRed);
        m_pending->addTopLevelItem(item);
    }
    for (const InterviewCandidate &c : interviews) {
        QString details
            = tr("%1 %2 (%3), screening drive \"%4\"").arg(c.instrumentName, QString::number(c.total), c.bandLabel, c.driveName);
        if (c.critical && !c.criticalAnswers.isEmpty())
            details += tr("; critical: %1").arg(c.criticalAnswers);
        auto *item = new QTreeWidgetItem({ tr("Second-stage interview"), details, c.takenOn.toString(Qt::ISODate) });
        item->setData(0, IdRole, c.resultId);
        item->setData(0, KindRole, QStringLiteral("interview"));
        item->setData(0, ResultRole, c.resultId);
        m_pending->addTopLevelItem(item);
    }
    const bool anyPending = m_pending->topLevelItemCount() > 0;
    m_pending->setVisible(anyPending);
    m_nothingPending->setVisible(!anyPending);
    m_handle->setVisible(anyPending);
    m_interview->setVisible(anyPending);
    m_pending->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_pending->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_pending->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    m_history->clear();
    const QList<RiskChange> history = risk.history(m_studentId);
    for (const RiskChange &c : history) {
        const QString reason = m_showsReasons ? c.reason : QString();
        auto *item = new QTreeWidgetItem({ c.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), riskLevelName(c.from),
            riskLevelName(c.to), riskSourceName(c.source), reason, c.author });
        item->setToolTip(ReasonColumn, reason);
        item->setData(WhenColumn, Qt::UserRole, c.id);
        for (const auto &[column, value] : { std::pair { FromColumn, c.from }, std::pair { ToColumn, c.to } }) {
            item->setBackground(column, riskLevelColor(value));
            item->setForeground(column, riskLevelTextColor(value));
        }
        m_history->addTopLevelItem(item);
    }
    m_history->setVisible(!history.isEmpty());
    m_noHistory->setVisible(history.isEmpty());
    for (int c = WhenColumn; c <= ByColumn; ++c)
        m_history->header()->setSectionResizeMode(
            c, c == ReasonColumn || (!m_showsReasons && c == ByColumn) ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    updateButtons();
}

QTreeWidgetItem *RiskTab::selectedPending() const
{
    const QList<QTreeWidgetItem *> items = m_pending->selectedItems();
    return items.isEmpty() ? nullptr : items.first();
}

void RiskTab::updateButtons()
{
    const QTreeWidgetItem *item = selectedPending();
    m_handle->setEnabled(item && item->data(0, KindRole).toString() == u"alert");
    m_interview->setEnabled(item && item->data(0, ResultRole).toLongLong() != 0);
}

template<typename Dialog> Dialog *RiskTab::openDialog(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        // The student file's timeline shows the change too.
        if (QWidget *file = window())
            if (auto *timeline = file->findChild<StudentTimeline *>())
                timeline->reload();
        Q_EMIT changed();
    });
    dialog->open();
    return dialog;
}

RiskChangeDialog *RiskTab::changeLevel()
{
    return openDialog(new RiskChangeDialog(m_school, m_studentId, this));
}

HandleAlertDialog *RiskTab::handleAlert(qint64 alertId)
{
    return openDialog(new HandleAlertDialog(m_school, alertId, this));
}

InterviewDialog *RiskTab::interview(qint64 resultId)
{
    return openDialog(new InterviewDialog(m_school, resultId, this));
}

} // namespace xinan::ui
