#include "homepage.h"

#include "common/formparts.h"

#include "error.h"
#include "platform/clock.h"
#include "repo/schoolrepository.h"
#include "services/schoolfile.h"

#include <QDate>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace xinan::ui {

HomePage::HomePage(SchoolFile &school, QWidget *parent)
    : HomePage(school, homePanelFactories(), parent)
{
}

HomePage::HomePage(SchoolFile &school, const std::vector<HomePanelFactory> &factories, QWidget *parent)
    : ModulePage(parent)
    , m_school(school)
    , m_title(new QLabel(tr("Home"), this))
    , m_subtitle(new QLabel(this))
    , m_headingError(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("homePage"));
    m_title->setObjectName(QStringLiteral("homeTitle"));
    m_title->setFont(scaledFont(font(), 1.7, true));
    m_subtitle->setObjectName(QStringLiteral("homeSubtitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_headingError->setObjectName(QStringLiteral("homeError"));
    m_headingError->setWordWrap(true);
    m_headingError->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_headingError->hide();

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("homePanels"));
    m_grid->setParent(nullptr);
    content->setLayout(m_grid);
    m_grid->setContentsMargins(20, 4, 20, 20);
    m_grid->setHorizontalSpacing(14);
    m_grid->setVerticalSpacing(14);
    m_scroll->setObjectName(QStringLiteral("homeScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(content);

    auto *heading = new QVBoxLayout;
    heading->setContentsMargins(20, 16, 20, 8);
    heading->setSpacing(2);
    heading->addWidget(m_title);
    heading->addWidget(m_subtitle);
    heading->addWidget(m_headingError);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(heading);
    layout->addWidget(m_scroll, 1);

    const AccountRole role = openAccountRole(school);
    for (const HomePanelFactory &factory : factories)
        if (roleSees(factory.roles, role))
            if (HomePanel *panel = factory.create(school, content))
                addPanel(panel);
    if (m_slots.isEmpty()) {
        auto *none = new QLabel(tr("Nothing to show yet."), content);
        none->setObjectName(QStringLiteral("noPanels"));
        m_grid->addWidget(none, 0, 0);
    }
    arrange(true);
}

void HomePage::addPanel(HomePanel *panel)
{
    const int index = static_cast<int>(m_slots.size());
    auto *frame = new QFrame(panel->parentWidget());
    frame->setObjectName(QStringLiteral("panelFrame%1").arg(index));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setStyleSheet(QStringLiteral("#%1 { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }")
                             .arg(frame->objectName()));
    frame->setMinimumWidth(300);

    auto *title = new QLabel(panel->title(), frame);
    title->setObjectName(QStringLiteral("panelTitle"));
    title->setFont(scaledFont(font(), 1.15, true));
    auto *badge = new QLabel(frame);
    badge->setObjectName(QStringLiteral("panelBadge"));
    badge->setAlignment(Qt::AlignCenter);
    badge->setStyleSheet(
        QStringLiteral("QLabel { background: #d84315; color: white; border-radius: 9px; padding: 1px 8px; font-weight: bold; }"));
    badge->hide();
    auto *error = new QLabel(frame);
    error->setObjectName(QStringLiteral("panelError"));
    error->setWordWrap(true);
    error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    error->hide();

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(title);
    header->addWidget(badge);
    header->addStretch(1);

    panel->setParent(frame);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(error);
    layout->addWidget(panel, 1);

    connect(panel, &HomePanel::openStudent, this, &HomePage::openStudent);
    connect(panel, &HomePanel::changed, this, &HomePage::panelChanged);
    m_slots.append({ panel, frame, badge, error, index });
}

QList<HomePanel *> HomePage::panels() const
{
    QList<HomePanel *> out;
    for (const Slot &slot : m_slots)
        out << slot.panel;
    return out;
}

QWidget *HomePage::frameOf(const HomePanel *panel) const
{
    for (const Slot &slot : m_slots)
        if (slot.panel == panel)
            return slot.frame;
    return nullptr;
}

void HomePage::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    refreshHeading();
    for (Slot &slot : m_slots)
        refreshPanel(slot);
    // Pinned panels first, then panels with something waiting (or that could not be read),
    // then the default order.
    const auto needsLook = [](const Slot &s) { return !s.badge->isHidden() || !s.error->isHidden(); };
    QList<Slot> ordered = m_slots;
    std::stable_sort(ordered.begin(), ordered.end(), [&](const Slot &a, const Slot &b) {
        if (a.panel->pinned() != b.panel->pinned())
            return a.panel->pinned();
        if (needsLook(a) != needsLook(b))
            return needsLook(a);
        return a.defaultOrder < b.defaultOrder;
    });
    bool moved = false;
    for (qsizetype i = 0; i < ordered.size(); ++i)
        moved = moved || ordered.at(i).panel != m_slots.at(i).panel;
    m_slots = ordered;
    arrange(moved);
    m_stale = false;
    m_refreshing = false;
}

void HomePage::refreshHeading()
{
    const QString date = QLocale().toString(clock::today(), tr("dddd, d MMMM yyyy"));
    try {
        const QString name = SchoolRepository(m_school.db(), m_school.user()).school().name;
        m_subtitle->setText(tr("%1 · %2").arg(date, name));
        m_headingError->hide();
    } catch (const Error &e) {
        m_subtitle->setText(date);
        m_headingError->setText(e.message());
        m_headingError->show();
    }
}

void HomePage::refreshPanel(Slot &slot)
{
    QString problem;
    try {
        slot.panel->refresh();
    } catch (const Error &e) {
        problem = e.message();
    } catch (const std::exception &e) {
        problem = QString::fromLocal8Bit(e.what());
    }
    if (!problem.isEmpty()) {
        slot.error->setText(tr("This panel could not be read: %1").arg(problem));
        slot.error->show();
        slot.panel->hide();
        slot.badge->hide();
        return;
    }
    slot.error->hide();
    slot.panel->show();
    const int waiting = slot.panel->waitingCount();
    slot.badge->setText(QLocale().toString(waiting));
    slot.badge->setToolTip(tr("%n waiting", nullptr, waiting));
    slot.badge->setVisible(waiting > 0);
}

void HomePage::panelChanged()
{
    if (m_refreshing)
        return;
    refresh();
    Q_EMIT changed();
}

void HomePage::arrange(bool force)
{
    const int columns = width() >= TwoColumnWidth ? 2 : 1;
    if (!force && columns == m_columns)
        return;
    m_columns = columns;
    for (const Slot &slot : std::as_const(m_slots))
        m_grid->removeWidget(slot.frame);
    for (int r = 0; r < m_grid->rowCount(); ++r)
        m_grid->setRowStretch(r, 0);
    for (int c = 0; c < 2; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    int at = 0;
    for (const Slot &slot : std::as_const(m_slots)) {
        m_grid->addWidget(slot.frame, at / columns, at % columns);
        ++at;
    }
    // Extra height goes below the panels.
    m_grid->setRowStretch((at + columns - 1) / columns, 1);
}

void HomePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void HomePage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_stale = true;
}

void HomePage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange(false);
}

} // namespace xinan::ui
