#include "alertpanels.h"

#include "common/colors.h"

#include "alertdialogs.h"

#include "domain/student.h"
#include "platform/clock.h"
#include "repo/alertrepository.h"
#include "services/schoolfile.h"

#include <QCoreApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

// Opens `dialog` window-modal over the panel; when it saves, the panel re-reads and tells the
// home page (which refreshes the others).
void openRefreshingOnSave(HomePanel *panel, QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    QObject::connect(dialog, &QDialog::accepted, panel, [panel] {
        panel->refresh();
        Q_EMIT panel->changed();
    });
    dialog->open();
}

constexpr int IdRole = Qt::UserRole; // alert id, or result id
constexpr int StudentRole = Qt::UserRole + 1; // student id
constexpr int ResultRole = Qt::UserRole + 2; // result id of an alert (0: none)

const QColor AlertRed = colors::color(colors::Bad);

QString classText(int grade, const QString &className)
{
    return className.isEmpty() ? gradeName(grade) : gradeName(grade) + u' ' + className;
}

// "today 09:12", "yesterday", or the date: how long an alert has waited, at a glance.
QString sinceText(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    const qint64 days = local.date().daysTo(clock::today());
    if (days == 0)
        return QCoreApplication::translate("AlertsPanel", "today %1").arg(local.toString(QStringLiteral("HH:mm")));
    if (days == 1)
        return QCoreApplication::translate("AlertsPanel", "yesterday %1").arg(local.toString(QStringLiteral("HH:mm")));
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QTreeWidget *makeList(QWidget *parent, const QString &objectName, const QStringList &headers)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setSelectionBehavior(QAbstractItemView::SelectRows);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setContextMenuPolicy(Qt::CustomContextMenu);
    list->setMinimumHeight(120);
    list->header()->setStretchLastSection(true);
    return list;
}

QLabel *makeEmpty(QWidget *parent, const QString &objectName, const QString &text)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: palette(dark);"));
    label->hide();
    return label;
}

} // namespace

AlertsPanel::AlertsPanel(SchoolFile &school, QWidget *parent)
    : HomePanel(parent)
    , m_school(school)
    , m_list(makeList(this, QStringLiteral("alertList"), { tr("Student"), tr("Class"), tr("Raised by"), tr("Since") }))
    , m_empty(makeEmpty(this, QStringLiteral("alertsEmpty"), tr("No alert is waiting.")))
    , m_handle(new QPushButton(tr("Handle…"), this))
    , m_interview(new QPushButton(tr("Interview…"), this))
{
    setObjectName(QStringLiteral("alertsPanel"));
    m_list->setToolTip(tr("Double-click a student to open the file."));
    m_handle->setObjectName(QStringLiteral("handleAlert"));
    m_handle->setToolTip(tr("Write what was done about the alert."));
    m_interview->setObjectName(QStringLiteral("interviewAlert"));
    m_interview->setToolTip(tr("Record the second-stage interview of the result; it handles the alert too."));
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item)
            Q_EMIT openStudent(item->data(StudentColumn, StudentRole).toLongLong());
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &AlertsPanel::updateButtons);
    connect(m_list, &QTreeWidget::customContextMenuRequested, this, &AlertsPanel::contextMenu);
    connect(m_handle, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = selected())
            handleAlert(item->data(StudentColumn, IdRole).toLongLong());
    });
    connect(m_interview, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = selected())
            interview(item->data(StudentColumn, ResultRole).toLongLong());
    });

    // A red bar at the side: urgent, without shouting.
    auto *accent = new QFrame(this);
    accent->setObjectName(QStringLiteral("alertAccent"));
    accent->setFixedWidth(4);
    accent->setStyleSheet(QStringLiteral("background: %1; border-radius: 2px;").arg(AlertRed.name()));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_handle);
    buttons->addWidget(m_interview);
    buttons->addStretch(1);
    auto *column = new QVBoxLayout;
    column->setSpacing(6);
    column->addWidget(m_list, 1);
    column->addWidget(m_empty);
    column->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(accent);
    layout->addLayout(column, 1);
    updateButtons();
}

QString AlertsPanel::title() const
{
    return tr("Alerts waiting");
}

void AlertsPanel::refresh()
{
    const QList<Alert> alerts = AlertRepository(m_school.db(), m_school.user()).waiting();
    m_count = static_cast<int>(alerts.size());
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    for (const Alert &a : alerts) {
        auto *item = new QTreeWidgetItem({ a.name, classText(a.grade, a.className), a.reason, sinceText(a.raisedAt) });
        item->setData(StudentColumn, IdRole, a.id);
        item->setData(StudentColumn, StudentRole, a.studentId);
        item->setData(StudentColumn, ResultRole, a.resultId);
        item->setForeground(ReasonColumn, AlertRed);
        item->setToolTip(ReasonColumn, tr("Screening taken on %1").arg(a.takenOn.toString(Qt::ISODate)));
        items << item;
    }
    m_list->addTopLevelItems(items);
    m_list->setVisible(m_count > 0);
    m_empty->setVisible(m_count == 0);
    for (int c = StudentColumn; c < SinceColumn; ++c)
        m_list->resizeColumnToContents(c);
    updateButtons();
}

QTreeWidgetItem *AlertsPanel::selected() const
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? nullptr : items.first();
}

void AlertsPanel::updateButtons()
{
    const QTreeWidgetItem *item = selected();
    m_handle->setEnabled(item != nullptr);
    m_interview->setEnabled(item && item->data(StudentColumn, ResultRole).toLongLong() != 0);
    m_handle->setVisible(m_count > 0);
    m_interview->setVisible(m_count > 0);
}

void AlertsPanel::contextMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_list->itemAt(pos);
    if (!item)
        return;
    m_list->setCurrentItem(item);
    QMenu menu(this);
    QAction *handle = menu.addAction(tr("Handle…"));
    QAction *talk = menu.addAction(tr("Interview…"));
    talk->setEnabled(item->data(StudentColumn, ResultRole).toLongLong() != 0);
    menu.addSeparator();
    QAction *open = menu.addAction(tr("Open student file"));
    QAction *chosen = menu.exec(m_list->viewport()->mapToGlobal(pos));
    if (chosen == handle)
        handleAlert(item->data(StudentColumn, IdRole).toLongLong());
    else if (chosen == talk)
        interview(item->data(StudentColumn, ResultRole).toLongLong());
    else if (chosen == open)
        Q_EMIT openStudent(item->data(StudentColumn, StudentRole).toLongLong());
}

HandleAlertDialog *AlertsPanel::handleAlert(qint64 alertId)
{
    auto *dialog = new HandleAlertDialog(m_school, alertId, this);
    openRefreshingOnSave(this, dialog);
    return dialog;
}

InterviewDialog *AlertsPanel::interview(qint64 resultId)
{
    auto *dialog = new InterviewDialog(m_school, resultId, this);
    openRefreshingOnSave(this, dialog);
    return dialog;
}

// ---------------------------------------------------------------------------------------------

InterviewsPanel::InterviewsPanel(SchoolFile &school, QWidget *parent)
    : HomePanel(parent)
    , m_school(school)
    , m_list(makeList(this, QStringLiteral("interviewList"),
          { tr("Student"), tr("Class"), tr("Result"), tr("Critical item"), tr("Taken on") }))
    , m_empty(
          makeEmpty(this, QStringLiteral("interviewsEmpty"), tr("No screening result is waiting for a second-stage interview.")))
    , m_interview(new QPushButton(tr("Interview…"), this))
{
    setObjectName(QStringLiteral("interviewsPanel"));
    m_list->setToolTip(tr("Most serious first. Double-click a student to open the file."));
    m_interview->setObjectName(QStringLiteral("interviewButton"));
    m_interview->setEnabled(false);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item)
            Q_EMIT openStudent(item->data(StudentColumn, StudentRole).toLongLong());
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] { m_interview->setEnabled(selected() != nullptr); });
    connect(m_list, &QTreeWidget::customContextMenuRequested, this, &InterviewsPanel::contextMenu);
    connect(m_interview, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = selected())
            interview(item->data(StudentColumn, IdRole).toLongLong());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_interview);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
}

QString InterviewsPanel::title() const
{
    return tr("Waiting for a second-stage interview");
}

void InterviewsPanel::refresh()
{
    const QList<InterviewCandidate> waiting = AlertRepository(m_school.db(), m_school.user()).interviewsWaiting();
    m_count = static_cast<int>(waiting.size());
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    for (const InterviewCandidate &c : waiting) {
        const QString result = tr("%1 %2 (%3)").arg(c.instrumentName, QString::number(c.total), c.bandLabel);
        const QString critical = c.critical ? (c.criticalAnswers.isEmpty() ? tr("yes") : c.criticalAnswers) : QString();
        auto *item
            = new QTreeWidgetItem({ c.name, classText(c.grade, c.className), result, critical, c.takenOn.toString(Qt::ISODate) });
        item->setData(StudentColumn, IdRole, c.resultId);
        item->setData(StudentColumn, StudentRole, c.studentId);
        item->setToolTip(ResultColumn, tr("Screening drive \"%1\"").arg(c.driveName));
        if (c.critical)
            item->setForeground(CriticalColumn, AlertRed);
        items << item;
    }
    m_list->addTopLevelItems(items);
    m_list->setVisible(m_count > 0);
    m_empty->setVisible(m_count == 0);
    m_interview->setVisible(m_count > 0);
    m_interview->setEnabled(selected() != nullptr);
    for (int c = StudentColumn; c < TakenColumn; ++c)
        m_list->resizeColumnToContents(c);
}

QTreeWidgetItem *InterviewsPanel::selected() const
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? nullptr : items.first();
}

void InterviewsPanel::contextMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_list->itemAt(pos);
    if (!item)
        return;
    m_list->setCurrentItem(item);
    QMenu menu(this);
    QAction *talk = menu.addAction(tr("Interview…"));
    QAction *open = menu.addAction(tr("Open student file"));
    QAction *chosen = menu.exec(m_list->viewport()->mapToGlobal(pos));
    if (chosen == talk)
        interview(item->data(StudentColumn, IdRole).toLongLong());
    else if (chosen == open)
        Q_EMIT openStudent(item->data(StudentColumn, StudentRole).toLongLong());
}

InterviewDialog *InterviewsPanel::interview(qint64 resultId)
{
    auto *dialog = new InterviewDialog(m_school, resultId, this);
    openRefreshingOnSave(this, dialog);
    return dialog;
}

} // namespace xinan::ui
