#include "feedbackpanel.h"

#include "feedbackdialog.h"

#include "common/colors.h"
#include "common/dialogseams.h"
#include "common/formparts.h"

#include "domain/student.h"
#include "error.h"
#include "platform/clock.h"
#include "repo/feedbackrepository.h"
#include "repo/sessionrepository.h"
#include "services/schoolfile.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xinan::ui {

FeedbackDuePanel::FeedbackDuePanel(SchoolFile &school, QWidget *parent)
    : HomePanel(parent)
    , m_school(school)
    , m_due(new QTreeWidget(this))
    , m_feedback(new QPushButton(tr("Record feedback…"), this))
    , m_notNeeded(new QPushButton(tr("Not needed"), this))
    , m_student(new QPushButton(tr("Student file"), this))
{
    setObjectName(QStringLiteral("feedbackDuePanel"));
    m_due->setObjectName(QStringLiteral("feedbackDueList"));
    m_due->setRootIsDecorated(false);
    m_due->setUniformRowHeights(true);
    m_due->setHeaderLabels({ tr("Student"), tr("Class"), tr("Session"), tr("Days waiting") });
    m_due->header()->setStretchLastSection(true);
    for (int column = 0; column < 3; ++column)
        m_due->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_due, &QTreeWidget::itemSelectionChanged, this, &FeedbackDuePanel::updateButtons);
    connect(m_due, &QTreeWidget::itemDoubleClicked, this, [this] { recordFeedback(); });
    m_feedback->setObjectName(QStringLiteral("feedbackDueRecord"));
    m_notNeeded->setObjectName(QStringLiteral("feedbackDueNotNeeded"));
    m_notNeeded->setToolTip(tr("No feedback is needed after this session: remove the reminder."));
    m_student->setObjectName(QStringLiteral("feedbackDueStudent"));
    connect(m_feedback, &QPushButton::clicked, this, &FeedbackDuePanel::recordFeedback);
    connect(m_notNeeded, &QPushButton::clicked, this, &FeedbackDuePanel::markNotNeeded);
    connect(m_student, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_due->currentItem())
            Q_EMIT openStudent(item->data(0, Qt::UserRole + 1).toLongLong());
    });
    auto *bar = new QHBoxLayout;
    bar->addStretch();
    bar->addWidget(m_student);
    bar->addWidget(m_notNeeded);
    bar->addWidget(m_feedback);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_due, 1);
    layout->addLayout(bar);
    updateButtons();
}

QString FeedbackDuePanel::title() const
{
    return tr("Feedback due");
}

int FeedbackDuePanel::waitingCount() const
{
    return m_waiting;
}

void FeedbackDuePanel::refresh()
{
    m_due->clear();
    m_waiting = 0;
    QList<FeedbackDue> due;
    int days = FeedbackRepository::DefaultDueDays;
    try {
        FeedbackRepository feedback(m_school.db(), m_school.user());
        due = feedback.feedbackDue(clock::today());
        days = feedback.feedbackDueDays();
    } catch (const Error &e) {
        auto *item = new QTreeWidgetItem(m_due, { e.message() });
        item->setFirstColumnSpanned(true);
        updateButtons();
        return;
    }
    m_waiting = static_cast<int>(due.size());
    for (const FeedbackDue &d : std::as_const(due)) {
        auto *item = new QTreeWidgetItem(m_due,
            { d.studentName, QStringLiteral("%1 %2").arg(gradeName(d.grade), d.className), d.heldOn.toString(Qt::ISODate),
                tr("%n day(s)", nullptr, d.daysWaiting) });
        item->setData(0, Qt::UserRole, d.recordId);
        item->setData(0, Qt::UserRole + 1, d.studentId);
        if (d.daysWaiting >= 2 * days)
            item->setForeground(3, colors::color(colors::Alarm));
    }
    if (due.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_due, { tr("No feedback waiting (due %n day(s) after a session).", nullptr, days) });
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
    }
    updateButtons();
}

void FeedbackDuePanel::updateButtons()
{
    const QTreeWidgetItem *item = m_due->currentItem();
    const bool any = item && item->data(0, Qt::UserRole).toLongLong() != 0;
    m_feedback->setEnabled(any);
    m_notNeeded->setEnabled(any);
    m_student->setEnabled(any);
}

FeedbackDialog *FeedbackDuePanel::recordFeedback()
{
    const QTreeWidgetItem *item = m_due->currentItem();
    if (!item || item->data(0, Qt::UserRole).toLongLong() == 0)
        return nullptr;
    auto *dialog = new FeedbackDialog(
        m_school, item->data(0, Qt::UserRole + 1).toLongLong(), item->data(0, Qt::UserRole).toLongLong(), this);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        Q_EMIT changed();
    });
    openWindowModal(dialog);
    return dialog;
}

bool FeedbackDuePanel::markNotNeeded()
{
    const QTreeWidgetItem *item = m_due->currentItem();
    if (!item || item->data(0, Qt::UserRole).toLongLong() == 0)
        return false;
    try {
        SessionRepository(m_school.db(), m_school.user()).setFeedbackNeeded(item->data(0, Qt::UserRole).toLongLong(), false);
    } catch (const Error &e) {
        showMessage(this, MessageKind::Warning, tr("Feedback due"), e.message());
        return false;
    }
    refresh();
    Q_EMIT changed();
    return true;
}

FeedbackSettingsBox::FeedbackSettingsBox(SchoolFile &school, QWidget *parent)
    : QGroupBox(tr("Feedback after counselling (反馈)"), parent)
    , m_school(school)
    , m_days(new QSpinBox(this))
{
    setObjectName(QStringLiteral("feedbackSettings"));
    m_days->setObjectName(QStringLiteral("feedbackDueDays"));
    m_days->setRange(1, 60);
    m_days->setSuffix(tr(" days"));
    try {
        m_stored = FeedbackRepository(m_school.db(), m_school.user()).feedbackDueDays();
    } catch (const Error &) {
        m_stored = FeedbackRepository::DefaultDueDays;
    }
    m_days->setValue(m_stored);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Feedback is due after:"), m_days);
    auto *hint = new QLabel(tr("A counselling record waiting longer for feedback to the class teacher, parents or head "
                               "shows on the home page."),
        this);
    hint->setWordWrap(true);
    form->addRow(hint);
}

bool FeedbackSettingsBox::save()
{
    if (m_days->value() == m_stored)
        return true;
    try {
        FeedbackRepository(m_school.db(), m_school.user()).setFeedbackDueDays(m_days->value());
        m_stored = m_days->value();
    } catch (const Error &e) {
        showMessage(this, MessageKind::Critical, tr("The setting cannot be saved"), e.message());
        return false;
    }
    return true;
}

} // namespace xinan::ui
