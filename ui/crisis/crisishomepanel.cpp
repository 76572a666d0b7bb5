#include "crisishomepanel.h"

#include "common/accountroles.h"

#include "common/colors.h"
#include "common/formparts.h"

#include "crisisdialog.h"

#include "domain/student.h"
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

CrisisHomePanel::CrisisHomePanel(SchoolFile &school, QWidget *parent)
    : HomePanel(parent)
    , m_school(school)
    , m_events(new QTreeWidget(this))
    , m_student(new QPushButton(tr("Student file"), this))
{
    setObjectName(QStringLiteral("crisisHomePanel"));
    // The red accent: a crisis waits for nobody.
    setAttribute(Qt::WA_StyledBackground, true);
    setStyleSheet(QStringLiteral("xinan--ui--CrisisHomePanel { border-left: 4px solid #b00020; }"));
    m_events->setObjectName(QStringLiteral("crisisPanelEvents"));
    m_events->setRootIsDecorated(false);
    m_events->setUniformRowHeights(true);
    m_events->setHeaderLabels({ tr("Student"), tr("Class"), tr("Since"), tr("Days"), tr("Still to record") });
    m_events->header()->setStretchLastSection(true);
    // Columns as wide as their contents and the last one takes the rest, so the panel fits a
    // 1024-pixel window without a sideways scroll bar.
    for (int column = 0; column < 4; ++column)
        m_events->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // A 校领导 reads the events without their details: a double-click opens the student's file.
    const bool details = mayRead(school, DataKind::CrisisDetail);
    connect(m_events, &QTreeWidget::itemDoubleClicked, this, [this, details](QTreeWidgetItem *item) {
        if (details)
            openEvent(item->data(0, Qt::UserRole).toLongLong());
        else if (const qint64 student = item->data(0, Qt::UserRole + 1).toLongLong())
            Q_EMIT openStudent(student);
    });
    m_student->setObjectName(QStringLiteral("crisisPanelStudent"));
    m_student->setEnabled(false);
    connect(m_events, &QTreeWidget::itemSelectionChanged, this, [this] { m_student->setEnabled(m_events->currentItem()); });
    connect(m_student, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_events->currentItem())
            Q_EMIT openStudent(item->data(0, Qt::UserRole + 1).toLongLong());
    });
    auto *bar = new QHBoxLayout;
    auto *hint = new QLabel(
        details ? tr("Double-click an event to record what was done.") : tr("Double-click an event to open the student's file."),
        this);
    hint->setWordWrap(true);
    bar->addWidget(hint, 1);
    bar->addWidget(m_student);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 4, 4, 4);
    layout->addWidget(m_events, 1);
    layout->addLayout(bar);
}

QString CrisisHomePanel::title() const
{
    return tr("Open crisis events");
}

int CrisisHomePanel::waitingCount() const
{
    return m_waiting;
}

void CrisisHomePanel::refresh()
{
    m_events->clear();
    m_waiting = 0;
    QList<CrisisEvent> events;
    try {
        events = CrisisRepository(m_school.db(), m_school.user()).openEvents();
    } catch (const Error &e) {
        auto *item = new QTreeWidgetItem(m_events, { e.message() });
        item->setFirstColumnSpanned(true);
        return;
    }
    m_waiting = static_cast<int>(events.size());
    for (const CrisisEvent &e : std::as_const(events)) {
        const bool missing = !e.guardianNotified || !e.headNotified;
        const QString todo = !e.guardianNotified && !e.headNotified ? tr("guardian and head notifications")
            : !e.guardianNotified                                   ? tr("guardian notification")
            : !e.headNotified                                       ? tr("head notification")
                                                                    : tr("closure (notifications done)");
        auto *item = new QTreeWidgetItem(m_events,
            { e.studentName, QStringLiteral("%1 %2").arg(gradeName(e.grade), e.className),
                e.happenedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), QString::number(e.daysOpen()), todo });
        item->setData(0, Qt::UserRole, e.id);
        item->setData(0, Qt::UserRole + 1, e.studentId);
        item->setForeground(0, colors::color(colors::Alarm));
        if (missing)
            item->setForeground(4, colors::color(colors::Alarm));
    }
    if (events.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_events, { tr("No open crisis event.") });
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
    }
}

CrisisDialog *CrisisHomePanel::openEvent(qint64 eventId)
{
    if (eventId == 0 || !mayRead(m_school, DataKind::CrisisDetail))
        return nullptr;
    auto *dialog = new CrisisDialog(m_school, eventId, this);
    dialog->setObjectName(QStringLiteral("crisisDialog"));
    connect(dialog, &CrisisDialog::changed, this, [this] {
        refresh();
        Q_EMIT changed();
    });
    openWindowModal(dialog);
    return dialog;
}

} // namespace xinan::ui
