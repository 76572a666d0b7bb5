#include "riskpanel.h"

#include "common/riskstyle.h"
#include "domain/student.h"
#include "repo/riskrepository.h"
#include "services/schoolfile.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

QString elided(const QString &text, int chars)
{
    const QString line = text.simplified();
    return line.size() <= chars ? line : line.left(chars - 1) + QStringLiteral("…");
}

} // namespace

RiskPanel::RiskPanel(SchoolFile &school, QWidget *parent)
    : HomePanel(parent)
    , m_school(school)
    , m_red(nullptr)
    , m_orange(nullptr)
    , m_yellow(nullptr)
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(tr("No student is at red or orange."), this))
    , m_yellowToggle(new QToolButton(this))
{
    setObjectName(QStringLiteral("riskPanel"));
    auto *chips = new QHBoxLayout;
    chips->setSpacing(8);
    m_red = addChip(QStringLiteral("red"), levelBackground(RiskLevel::Red).name(), levelForeground(RiskLevel::Red).name(),
        riskLevelName(RiskLevel::Red));
    m_orange = addChip(QStringLiteral("orange"), levelBackground(RiskLevel::Orange).name(),
        levelForeground(RiskLevel::Orange).name(), riskLevelName(RiskLevel::Orange));
    m_yellow = addChip(QStringLiteral("yellow"), levelBackground(RiskLevel::Yellow).name(),
        levelForeground(RiskLevel::Yellow).name(), riskLevelName(RiskLevel::Yellow));
    for (QLabel *count : { m_red, m_orange, m_yellow })
        chips->addWidget(count->parentWidget(), 1);

    m_list->setObjectName(QStringLiteral("riskList"));
    m_list->setHeaderLabels({ tr("Level"), tr("Name"), tr("Class"), tr("Since"), tr("Latest reason") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMinimumHeight(150);
    m_list->setToolTip(tr("Double-click a student to open the file."));
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item)
            Q_EMIT openStudent(item->data(LevelColumn, Qt::UserRole).toLongLong());
    });

    m_empty->setObjectName(QStringLiteral("riskEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_empty->hide();

    m_yellowToggle->setObjectName(QStringLiteral("yellowToggle"));
    m_yellowToggle->setCheckable(true);
    m_yellowToggle->setAutoRaise(true);
    m_yellowToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_yellowToggle->setArrowType(Qt::RightArrow);
    connect(m_yellowToggle, &QToolButton::toggled, this, &RiskPanel::showYellow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(chips);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_yellowToggle, 0, Qt::AlignLeft);
}

QLabel *RiskPanel::addChip(const QString &name, const QString &background, const QString &foreground, const QString &caption)
{
    auto *chip = new QFrame(this);
    chip->setObjectName(name + QStringLiteral("Chip"));
    chip->setStyleSheet(
        QStringLiteral("#%1 { background: %2; border-radius: 6px; } #%1 QLabel { color: %3; background: transparent; }")
            .arg(chip->objectName(), background, foreground));
    auto *count = new QLabel(QStringLiteral("0"), chip);
    count->setObjectName(name + QStringLiteral("Count"));
    QFont big = count->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    count->setFont(big);
    auto *label = new QLabel(caption, chip);
    label->setWordWrap(true);
    auto *layout = new QVBoxLayout(chip);
    layout->setContentsMargins(10, 6, 10, 8);
    layout->setSpacing(0);
    layout->addWidget(count);
    layout->addWidget(label);
    return count;
}

QString RiskPanel::title() const
{
    return tr("Risk levels");
}

void RiskPanel::refresh()
{
    const QList<RiskStudent> students = RiskRepository(m_school.db(), m_school.user()).atOrAbove(RiskLevel::Yellow);
    int counts[4] = {};
    m_list->clear();
    m_yellowItems.clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(students.size());
    for (const RiskStudent &s : students) {
        ++counts[static_cast<int>(s.level)];
        const QString shortName = s.level == RiskLevel::Red ? tr("Red")
            : s.level == RiskLevel::Orange                  ? tr("Orange")
                                                            : tr("Yellow");
        const QString className = s.className.isEmpty() ? gradeName(s.grade) : gradeName(s.grade) + u' ' + s.className;
        const QString since = s.since.isValid() ? s.since.toLocalTime().date().toString(Qt::ISODate) : QStringLiteral("—");
        auto *item = new QTreeWidgetItem({ shortName, s.name, className, since, elided(s.lastReason, ReasonChars) });
        item->setData(LevelColumn, Qt::UserRole, s.id);
        item->setTextAlignment(LevelColumn, Qt::AlignCenter);
        item->setBackground(LevelColumn, levelBackground(s.level));
        item->setForeground(LevelColumn, levelForeground(s.level));
        if (!s.lastReason.isEmpty())
            item->setToolTip(ReasonColumn, elided(s.lastReason, 400));
        items << item;
        if (s.level == RiskLevel::Yellow)
            m_yellowItems << item;
    }
    m_list->addTopLevelItems(items);
    for (QTreeWidgetItem *item : std::as_const(m_yellowItems))
        item->setHidden(!m_yellowToggle->isChecked());

    const QLocale locale;
    m_red->setText(locale.toString(counts[static_cast<int>(RiskLevel::Red)]));
    m_orange->setText(locale.toString(counts[static_cast<int>(RiskLevel::Orange)]));
    m_yellow->setText(locale.toString(counts[static_cast<int>(RiskLevel::Yellow)]));
    const int serious = counts[static_cast<int>(RiskLevel::Red)] + counts[static_cast<int>(RiskLevel::Orange)];
    const int yellow = counts[static_cast<int>(RiskLevel::Yellow)];
    m_empty->setVisible(serious == 0);
    m_list->setVisible(serious > 0 || (yellow > 0 && m_yellowToggle->isChecked()));
    m_yellowToggle->setText(tr("%n yellow watch student(s)", nullptr, yellow));
    m_yellowToggle->setVisible(yellow > 0);
    for (int c = LevelColumn; c < ReasonColumn; ++c)
        m_list->resizeColumnToContents(c);
}

void RiskPanel::showYellow(bool shown)
{
    m_yellowToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    for (QTreeWidgetItem *item : std::as_const(m_yellowItems))
        item->setHidden(!shown);
    m_list->setVisible(!m_empty->isVisible() || (shown && !m_yellowItems.isEmpty()));
}

} // namespace xinan::ui
