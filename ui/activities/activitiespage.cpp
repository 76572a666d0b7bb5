#include "activitiespage.h"

#include "activitydialog.h"

#include "common/accountroles.h"
#include "common/colors.h"
#include "common/dialogseams.h"
#include "common/formparts.h"

#include "error.h"
#include "platform/clock.h"
#include "repo/termcalendar.h"
#include "services/schoolfile.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

enum Column { CDate, CKind, CTitle, CAudience, CAttending, COrganiser, CCount };

QPushButton *button(QWidget *parent, const QString &text, const char *name)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAutoDefault(false);
    return b;
}

QString schoolYearName(int firstYear)
{
    return ActivitiesPage::tr("%1—%2 school year").arg(firstYear).arg(firstYear + 1);
}

} // namespace

ActivitiesPage::ActivitiesPage(SchoolFile &school, QWidget *parent)
    : ModulePage(parent)
    , m_school(school)
    , m_mayWrite(mayWrite(school, DataKind::Activities))
    , m_period(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_range(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_new(button(this, tr("New activity…"), "newActivity"))
    , m_edit(button(this, tr("Edit…"), "editActivity"))
    , m_delete(button(this, tr("Delete"), "deleteActivity"))
{
    setObjectName(QStringLiteral("activitiesPage"));
    m_period->setObjectName(QStringLiteral("activityPeriod"));
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillPeriods();
    connect(m_period, &QComboBox::currentIndexChanged, this, &ActivitiesPage::reload);
    m_kind->setObjectName(QStringLiteral("activityKindFilter"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kind->addItem(tr("All kinds"), -1);
    for (ActivityKind kind : allActivityKinds())
        m_kind->addItem(activityKindName(kind), static_cast<int>(kind));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ActivitiesPage::reload);
    m_range->setObjectName(QStringLiteral("activityRange"));
    m_range->setStyleSheet(colors::textStyle(colors::Muted));

    // The counts per kind: one tile each, the total last.
    auto *tiles = new QGridLayout;
    tiles->setHorizontalSpacing(8);
    const QList<ActivityKind> kinds = allActivityKinds();
    for (int i = 0; i <= kinds.size(); ++i) {
        auto *tile = new QLabel(this);
        tile->setObjectName(i < kinds.size() ? QStringLiteral("activityCount_%1").arg(activityKindCode(kinds.at(i)))
                                             : QStringLiteral("activityCount_total"));
        tile->setFrameShape(QFrame::StyledPanel);
        tile->setAlignment(Qt::AlignCenter);
        tile->setTextFormat(Qt::RichText);
        tile->setWordWrap(true);
        tile->setMinimumHeight(tile->fontMetrics().height() * 4);
        tiles->addWidget(tile, 0, i);
        tiles->setColumnStretch(i, 1);
        m_tiles << tile;
    }

    m_list->setObjectName(QStringLiteral("activityList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({ tr("Date"), tr("Kind"), tr("Title"), tr("Audience"), tr("Attending"), tr("Organiser") });
    m_list->header()->setStretchLastSection(true);
    const int widths[] = { 95, 170, 340, 200, 70 };
    for (int i = 0; i < 5; ++i)
        m_list->setColumnWidth(i, widths[i]);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (m_mayWrite)
            editSelected();
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ActivitiesPage::updateButtons);
    connect(m_new, &QPushButton::clicked, this, &ActivitiesPage::newActivity);
    connect(m_edit, &QPushButton::clicked, this, &ActivitiesPage::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &ActivitiesPage::deleteSelected);
    m_new->setVisible(m_mayWrite);
    m_edit->setVisible(m_mayWrite);
    m_delete->setVisible(m_mayWrite);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Period:"), this));
    bar->addWidget(m_period);
    bar->addWidget(m_range);
    bar->addSpacing(16);
    bar->addWidget(new QLabel(tr("Kind:"), this));
    bar->addWidget(m_kind);
    bar->addStretch(1);
    bar->addWidget(m_new);

    auto *listBar = new QHBoxLayout;
    listBar->addWidget(makeNoteLabel(m_mayWrite ? tr("Double-click an activity to edit it.")
                                                : tr("The activities the counselling office recorded."),
                           this),
        1);
    listBar->addWidget(m_edit);
    listBar->addWidget(m_delete);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makePageTitle(tr("Activities and training"), this));
    layout->addWidget(makeNoteLabel(tr("The school's mental-health activities: the 5·25 mental health month, parent school and "
                                       "parents' meetings, teacher and mental-health monitor training, group activities. The "
                                       "term report and the export for the city platform count them."),
        this));
    layout->addLayout(bar);
    layout->addLayout(tiles);
    layout->addLayout(listBar);
    layout->addWidget(m_list, 1);
    reload();
}

void ActivitiesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void ActivitiesPage::fillPeriods()
{
    const QSignalBlocker block(m_period);
    const QString kept = m_period->currentData().toString();
    m_period->clear();
    QString current;
    try {
        current = TermCalendar(m_school.db()).currentTerm().id;
    } catch (const Error &) {
        current = calendarTermContaining(clock::today()).id;
    }
    const int year = SchoolTerm { current, {}, {}, true }.firstYear();
    m_period->addItem(tr("%1 (current)").arg(termDisplayName(current)), QString(QStringLiteral("term:") + current));
    // The other term of this school year, when it has begun, then this school year.
    if (current.endsWith(QStringLiteral("-2"))) {
        const QString autumn = previousTermId(current);
        m_period->addItem(termDisplayName(autumn), QString(QStringLiteral("term:") + autumn));
    }
    if (year > 0) {
        m_period->addItem(tr("This school year (%1)").arg(schoolYearName(year)), QStringLiteral("year:%1").arg(year));
        m_period->addItem(tr("Last school year (%1)").arg(schoolYearName(year - 1)), QStringLiteral("year:%1").arg(year - 1));
    }
    // Earlier terms, newest first.
    QString id = current.endsWith(QStringLiteral("-2")) ? previousTermId(current) : current;
    for (int i = 0; i < 4; ++i) {
        id = previousTermId(id);
        if (id.isEmpty())
            break;
        m_period->addItem(termDisplayName(id), QString(QStringLiteral("term:") + id));
    }
    const int index = m_period->findData(kept);
    m_period->setCurrentIndex(index >= 0 ? index : 0);
}

QString ActivitiesPage::periodKey() const
{
    return m_period->currentData().toString();
}

bool ActivitiesPage::setPeriod(const QString &key)
{
    const int index = m_period->findData(key);
    if (index < 0)
        return false;
    m_period->setCurrentIndex(index);
    reload();
    return true;
}

void ActivitiesPage::setKindFilter(std::optional<ActivityKind> kind)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind ? static_cast<int>(*kind) : -1)));
}

void ActivitiesPage::resolvePeriod()
{
    const QString key = periodKey();
    m_from = {};
    m_to = {};
    try {
        TermCalendar calendar(m_school.db());
        if (key.startsWith(QStringLiteral("term:"))) {
            const SchoolTerm term = calendar.term(key.mid(5));
            m_from = term.startsOn;
            m_to = term.endsOn;
        } else if (key.startsWith(QStringLiteral("year:"))) {
            const int year = key.mid(5).toInt();
            m_from = calendar.term(QStringLiteral("%1-%2-1").arg(year).arg(year + 1)).startsOn;
            m_to = calendar.term(QStringLiteral("%1-%2-2").arg(year).arg(year + 1)).endsOn;
        }
    } catch (const Error &) {
        // An unknown id cannot come from the selector; the list then shows every activity.
    }
    m_range->setText(m_from.isValid() ? tr("%1 to %2").arg(m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate)) : QString());
}

void ActivitiesPage::reload()
{
    resolvePeriod();
    const qint64 selected = selectedId();
    const int kindData = m_kind->currentData().toInt();
    const std::optional<ActivityKind> kind
        = kindData >= 0 ? std::optional<ActivityKind>(static_cast<ActivityKind>(kindData)) : std::nullopt;
    m_list->clear();
    m_activities.clear();
    m_counts.clear();
    try {
        ActivityRepository repo(m_school.db(), m_school.user());
        m_counts = repo.countsByKind(m_from, m_to);
        m_activities = repo.activities(m_from, m_to, kind);
    } catch (const Error &e) {
        auto *item = new QTreeWidgetItem(m_list, { e.message() });
        item->setFirstColumnSpanned(true);
    }
    for (const Activity &a : std::as_const(m_activities)) {
        auto *item = new QTreeWidgetItem(m_list,
            { a.heldOn.toString(Qt::ISODate), activityKindName(a.kind), a.title, a.audience, QString::number(a.attendance),
                a.organiser });
        item->setData(0, Qt::UserRole, a.id);
        item->setTextAlignment(CAttending, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(CTitle, a.title);
        item->setToolTip(CAudience, a.audience);
    }
    if (m_activities.isEmpty() && m_list->topLevelItemCount() == 0) {
        auto *item = new QTreeWidgetItem(m_list, { tr("No activity recorded in this period.") });
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
    }
    showCounts();
    selectActivity(selected);
    updateButtons();
}

void ActivitiesPage::showCounts()
{
    int total = 0;
    int attendance = 0;
    const QList<ActivityKind> kinds = allActivityKinds();
    for (int i = 0; i < kinds.size(); ++i) {
        const ActivityKindCount c = i < m_counts.size() ? m_counts.at(i) : ActivityKindCount { kinds.at(i), 0, 0 };
        total += c.activities;
        attendance += c.attendance;
        m_tiles.at(i)->setText(
            QStringLiteral("<span style='font-size:15pt'><b>%1</b></span><br>%2<br><span style='color:%3'>%4</span>")
                .arg(c.activities)
                .arg(activityKindName(c.kind).toHtmlEscaped(), colors::css(colors::Muted),
                    tr("%n attending", nullptr, c.attendance).toHtmlEscaped()));
        m_tiles.at(i)->setEnabled(c.activities > 0);
    }
    m_tiles.last()->setText(
        QStringLiteral("<span style='font-size:15pt'><b>%1</b></span><br>%2<br><span style='color:%3'>%4</span>")
            .arg(total)
            .arg(tr("In all").toHtmlEscaped(), colors::css(colors::Muted),
                tr("%n attending", nullptr, attendance).toHtmlEscaped()));
}

qint64 ActivitiesPage::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && item->isSelected() ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

bool ActivitiesPage::selectActivity(qint64 activityId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (activityId != 0 && m_list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == activityId) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    return false;
}

void ActivitiesPage::updateButtons()
{
    const bool any = selectedId() != 0;
    m_edit->setEnabled(any);
    m_delete->setEnabled(any);
}

ActivityDialog *ActivitiesPage::newActivity()
{
    if (!m_mayWrite)
        return nullptr;
    auto *dialog = new ActivityDialog(m_school, 0, this);
    dialog->setObjectName(QStringLiteral("activityDialog"));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        selectActivity(dialog->savedId());
        Q_EMIT changed();
    });
    openWindowModal(dialog);
    return dialog;
}

ActivityDialog *ActivitiesPage::editActivity(qint64 activityId)
{
    if (!m_mayWrite || activityId == 0)
        return nullptr;
    auto *dialog = new ActivityDialog(m_school, activityId, this);
    dialog->setObjectName(QStringLiteral("activityDialog"));
    connect(dialog, &QDialog::accepted, this, [this, activityId] {
        reload();
        selectActivity(activityId);
        Q_EMIT changed();
    });
    openWindowModal(dialog);
    return dialog;
}

ActivityDialog *ActivitiesPage::editSelected()
{
    return editActivity(selectedId());
}

bool ActivitiesPage::deleteSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const qint64 id = selectedId();
    if (!m_mayWrite || !item || id == 0)
        return false;
    const QString title = tr("Delete the activity");
    if (!askToProceed(this, MessageKind::Warning, title,
            tr("Delete \"%1\" of %2? It no longer counts in the term report; the audit log keeps that it was deleted.")
                .arg(item->text(CTitle), item->text(CDate)),
            tr("Delete")))
        return false;
    try {
        ActivityRepository(m_school.db(), m_school.user()).remove(id);
    } catch (const Error &e) {
        showMessage(this, MessageKind::Warning, title, e.message());
        reload();
        return false;
    }
    reload();
    Q_EMIT changed();
    return true;
}

} // namespace xinan::ui
