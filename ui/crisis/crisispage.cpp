#include "crisispage.h"

#include "crisisdialog.h"
#include "crisisdialogs.h"

#include "common/colors.h"
#include "common/dialogseams.h"
#include "common/formparts.h"

#include "error.h"
#include "repo/crisisrepository.h"
#include "services/schoolfile.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xinan::ui {

CrisisPage::CrisisPage(SchoolFile &school, QWidget *parent)
    : ModulePage(parent)
    , m_school(school)
    , m_status(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_events(new QTreeWidget(this))
    , m_new(new QPushButton(tr("New crisis event…"), this))
    , m_open(new QPushButton(tr("Open event…"), this))
    , m_student(new QPushButton(tr("Student file…"), this))
{
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All events (open first)"), static_cast<int>(CrisisFilter::Status::Any));
    m_status->addItem(tr("Open events"), static_cast<int>(CrisisFilter::Status::Open));
    m_status->addItem(tr("Closed events"), static_cast<int>(CrisisFilter::Status::Closed));
    connect(m_status, &QComboBox::currentIndexChanged, this, &CrisisPage::reload);
    m_summary->setObjectName(QStringLiteral("crisisSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_new->setObjectName(QStringLiteral("newCrisis"));
    m_open->setObjectName(QStringLiteral("openCrisisEvent"));
    m_student->setObjectName(QStringLiteral("openCrisisStudent"));
    connect(m_new, &QPushButton::clicked, this, &CrisisPage::newEvent);
    connect(m_open, &QPushButton::clicked, this, &CrisisPage::openSelected);
    connect(m_student, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedStudentId())
            Q_EMIT openStudent(id);
    });

    m_events->setObjectName(QStringLiteral("crisisEvents"));
    m_events->setRootIsDecorated(false);
    m_events->setAlternatingRowColors(true);
    m_events->setUniformRowHeights(true);
    m_events->setHeaderLabels(crisisEventHeaders(true));
    m_events->header()->setStretchLastSection(true);
    const int widths[] = { 90, 120, 130, 120, 50, 210, 70 };
    for (int i = 0; i < 7; ++i)
        m_events->setColumnWidth(i, widths[i]);
    // A 校领导 reads the events without their details (what happened, the steps) and records
    // none: a double-click opens the student's file instead (roleAllows).
    const bool details = mayRead(school, DataKind::CrisisDetail);
    m_new->setVisible(mayWrite(school, DataKind::Crisis) && mayWrite(school, DataKind::CrisisDetail));
    m_open->setVisible(details);
    connect(m_events, &QTreeWidget::itemDoubleClicked, this, [this, details] {
        if (details)
            openSelected();
        else if (const qint64 id = selectedStudentId())
            Q_EMIT openStudent(id);
    });
    connect(m_events, &QTreeWidget::itemSelectionChanged, this, &CrisisPage::updateButtons);

    QLabel *title = makePageTitle(tr("Crisis events"), this);
    auto *hint = new QLabel(tr("A crisis (red, level 1: suicidal plan or act, self-harm, acute crisis) is handled as an "
                               "event: keep the student safe, inform the head and the guardians the same day, refer, and "
                               "record each step here. Closing needs the guardian and head notifications."),
        this);
    hint->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_status);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_student);
    bar->addWidget(m_open);
    bar->addWidget(m_new);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addLayout(bar);
    layout->addWidget(m_events, 1);
    reload();
}

void CrisisPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void CrisisPage::reload()
{
    const qint64 selected = selectedEventId();
    m_events->clear();
    try {
        CrisisRepository crisis(m_school.db(), m_school.user());
        CrisisFilter filter;
        filter.status = static_cast<CrisisFilter::Status>(m_status->currentData().toInt());
        const QList<CrisisEvent> events = crisis.events(filter);
        for (const CrisisEvent &e : events)
            addCrisisEventRow(m_events, e, true);
        const int open = crisis.openCount();
        m_summary->setText(open > 0 ? QStringLiteral("<span style='color:%1'><b>%2</b></span>")
                                          .arg(colors::css(colors::Alarm), tr("Open events: %1").arg(open).toHtmlEscaped())
                                    : tr("No open event.").toHtmlEscaped());
    } catch (const Error &e) {
        showMessage(this, MessageKind::Critical, tr("Crisis events"), e.message());
    }
    for (int i = 0; i < m_events->topLevelItemCount(); ++i)
        if (m_events->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == selected)
            m_events->setCurrentItem(m_events->topLevelItem(i));
    updateButtons();
}

int CrisisPage::rowCount() const
{
    return m_events->topLevelItemCount();
}

qint64 CrisisPage::selectedEventId() const
{
    const QTreeWidgetItem *item = m_events->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

qint64 CrisisPage::selectedStudentId() const
{
    const QTreeWidgetItem *item = m_events->currentItem();
    return item ? item->data(0, Qt::UserRole + 1).toLongLong() : 0;
}

void CrisisPage::updateButtons()
{
    const bool any = m_events->currentItem() != nullptr;
    m_open->setEnabled(any);
    m_student->setEnabled(any);
}

NewCrisisDialog *CrisisPage::newEvent()
{
    if (!mayWrite(m_school, DataKind::Crisis) || !mayWrite(m_school, DataKind::CrisisDetail))
        return nullptr;
    auto *dialog = new NewCrisisDialog(m_school, 0, this);
    dialog->setObjectName(QStringLiteral("newCrisisDialog"));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        if (dialog->eventId() != 0)
            openEvent(dialog->eventId());
    });
    openWindowModal(dialog);
    return dialog;
}

CrisisDialog *CrisisPage::openEvent(qint64 eventId)
{
    if (!mayRead(m_school, DataKind::CrisisDetail))
        return nullptr;
    auto *dialog = new CrisisDialog(m_school, eventId, this);
    dialog->setObjectName(QStringLiteral("crisisDialog"));
    connect(dialog, &CrisisDialog::changed, this, &CrisisPage::reload);
    openWindowModal(dialog);
    return dialog;
}

CrisisDialog *CrisisPage::openSelected()
{
    const qint64 id = selectedEventId();
    return id ? openEvent(id) : nullptr;
}

} // namespace xinan::ui
