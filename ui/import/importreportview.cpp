#include "importreportview.h"

#include "common/colors.h"

#include <QButtonGroup>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

QLabel *countLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    label->setFont(font);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

QWidget *countCard(const QString &caption, QLabel *value, QWidget *parent)
{
    auto *card = new QFrame(parent);
    card->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(card);
    layout->addWidget(value);
    auto *text = new QLabel(caption, card);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    layout->addWidget(text);
    return card;
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

ImportReportView::ImportReportView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_toAdd(countLabel(QStringLiteral("toAdd"), this))
    , m_toUpdate(countLabel(QStringLiteral("toUpdate"), this))
    , m_unchanged(countLabel(QStringLiteral("unchanged"), this))
    , m_missing(countLabel(QStringLiteral("missing"), this))
    , m_invalid(countLabel(QStringLiteral("invalidRows"), this))
    , m_problemsCaption(new QLabel(this))
    , m_problems(new QTableWidget(this))
    , m_allOrNothing(new QRadioButton(tr("All or nothing: import only when every row is valid (recommended)"), this))
    , m_validOnly(new QRadioButton(tr("Import the valid rows only and skip the rows with problems"), this))
{
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);

    auto *cards = new QGridLayout;
    cards->addWidget(countCard(tr("new students"), m_toAdd, this), 0, 0);
    cards->addWidget(countCard(tr("changed"), m_toUpdate, this), 0, 1);
    cards->addWidget(countCard(tr("unchanged"), m_unchanged, this), 0, 2);
    cards->addWidget(countCard(tr("enrolled but not in the file (left as they are)"), m_missing, this), 0, 3);
    cards->addWidget(countCard(tr("rows with problems"), m_invalid, this), 0, 4);

    m_problemsCaption->setObjectName(QStringLiteral("problemsCaption"));
    m_problemsCaption->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setColumnCount(4);
    m_problems->setHorizontalHeaderLabels({ tr("Row"), tr("Column"), tr("Value"), tr("Problem") });
    m_problems->verticalHeader()->hide();
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setWordWrap(true);
    m_problems->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_problems->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_problems->setColumnWidth(2, 140);

    m_allOrNothing->setObjectName(QStringLiteral("allOrNothing"));
    m_validOnly->setObjectName(QStringLiteral("validRowsOnly"));
    m_allOrNothing->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_allOrNothing);
    group->addButton(m_validOnly);
    connect(m_allOrNothing, &QRadioButton::toggled, this, &ImportReportView::optionsChanged);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addLayout(cards);
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->hide();
    layout->addWidget(m_notes);
    layout->addWidget(m_problemsCaption);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_allOrNothing);
    layout->addWidget(m_validOnly);
}

void ImportReportView::setPlan(const ImportPlan &plan)
{
    const QLocale locale;
    m_summary->setText(tr("%n row(s) checked against the database.", nullptr, plan.totalRows)
        + (plan.mapsGuardians ? QStringLiteral(" ")
                    + tr("The file has guardian columns: the guardians of imported students "
                         "are replaced by those in the file.")
                              : QString()));
    m_toAdd->setText(locale.toString(plan.toAdd.size()));
    m_toUpdate->setText(locale.toString(plan.toUpdate.size()));
    m_unchanged->setText(locale.toString(plan.unchanged.size()));
    m_missing->setText(locale.toString(plan.missing.size()));
    m_invalid->setText(locale.toString(plan.invalidRows.size()));
    m_invalid->setStyleSheet(plan.invalidRows.isEmpty() ? QString() : colors::textStyle(colors::Bad));

    m_problemsCaption->setText(plan.problems.isEmpty()
            ? tr("No problems found.")
            : tr("%n problem(s) found. Correct them in the file and choose the file again, or import the valid rows only.",
                nullptr, int(plan.problems.size())));
    m_notes->setText(plan.notes.isEmpty() ? QString()
                                          : tr("%n note(s), not errors:", nullptr, int(plan.notes.size())) + QLatin1Char('\n')
                + formatProblems(plan.notes, 20));
    m_notes->setVisible(!plan.notes.isEmpty());
    m_problems->setRowCount(int(plan.problems.size()));
    for (int i = 0; i < plan.problems.size(); ++i) {
        const RowProblem &problem = plan.problems.at(i);
        m_problems->setItem(i, 0, readOnlyItem(QString::number(problem.fileRow)));
        m_problems->setItem(i, 1, readOnlyItem(problem.column));
        m_problems->setItem(i, 2, readOnlyItem(problem.value));
        m_problems->setItem(i, 3, readOnlyItem(problem.reason));
    }
    m_problems->setVisible(!plan.problems.isEmpty());
    m_allOrNothing->setEnabled(!plan.problems.isEmpty());
    m_validOnly->setEnabled(!plan.problems.isEmpty());
}

bool ImportReportView::skipInvalid() const
{
    return m_validOnly->isChecked();
}

void ImportReportView::setSkipInvalid(bool skip)
{
    (skip ? m_validOnly : m_allOrNothing)->setChecked(true);
}

void ImportReportView::setOptionsEnabled(bool enabled)
{
    m_allOrNothing->setEnabled(enabled);
    m_validOnly->setEnabled(enabled);
}

} // namespace xinan::ui
