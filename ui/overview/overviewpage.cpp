#include "overviewpage.h"

#include "common/dialogseams.h"

#include "domain/student.h"
#include "error.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QScrollArea>
#include <QStackedLayout>
#include <QVBoxLayout>
#include <QValueAxis>

namespace xinan::ui {
namespace {

QFont scaledFont(QFont font, qreal factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

QString number(int n)
{
    return QLocale().toString(n);
}

} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_schoolName(new QLabel(this))
    , m_schoolDetails(new QLabel(this))
    , m_enrolled(new QLabel(this))
    , m_boarding(new QLabel(this))
    , m_accountCount(new QLabel(this))
    , m_gradeStack(new QStackedLayout)
    , m_gradeChart(new QChartView(this))
    , m_noStudents(new QLabel(tr("No enrolled students yet."), this))
    , m_accounts(new QLabel(this))
{
    m_schoolName->setObjectName(QStringLiteral("schoolName"));
    m_schoolName->setFont(scaledFont(font(), 1.7, true));
    m_schoolName->setWordWrap(true);
    m_schoolDetails->setObjectName(QStringLiteral("schoolDetails"));
    m_schoolDetails->setWordWrap(true);

    auto *cards = new QHBoxLayout;
    cards->setSpacing(12);
    cards->addWidget(card(tr("Enrolled students"), m_enrolled, QStringLiteral("enrolledCount")));
    cards->addWidget(card(tr("Boarders"), m_boarding, QStringLiteral("boardingCount")));
    cards->addWidget(card(tr("Accounts"), m_accountCount, QStringLiteral("accountCount")));

    // Grades: a bar chart, or a sentence while there is nothing to chart.
    m_gradeChart->setObjectName(QStringLiteral("gradeChart"));
    m_gradeChart->setRenderHint(QPainter::Antialiasing);
    m_gradeChart->setMinimumHeight(260);
    m_noStudents->setObjectName(QStringLiteral("noStudents"));
    m_noStudents->setAlignment(Qt::AlignCenter);
    m_gradeStack->addWidget(m_gradeChart);
    m_gradeStack->addWidget(m_noStudents);
    auto *grades = new QGroupBox(tr("Enrolled students per grade"), this);
    grades->setLayout(m_gradeStack);

    auto *circumstances = new QGroupBox(tr("Special circumstances (enrolled)"), this);
    auto *circumstanceGrid = new QGridLayout(circumstances);
    circumstanceGrid->setColumnStretch(0, 1);
    int row = 0;
    for (const SpecialCircumstance c : allSpecialCircumstances()) {
        auto *name = new QLabel(specialCircumstanceName(c), circumstances);
        auto *count = new QLabel(circumstances);
        count->setObjectName(QStringLiteral("circumstance%1").arg(static_cast<int>(c)));
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        count->setFont(scaledFont(font(), 1.0, true));
        circumstanceGrid->addWidget(name, row, 0);
        circumstanceGrid->addWidget(count, row, 1);
        m_circumstanceCounts.insert(static_cast<int>(c), count);
        ++row;
    }
    auto *hint = new QLabel(tr("A student may have several."), circumstances);
    hint->setStyleSheet(QStringLiteral("color: palette(dark);"));
    circumstanceGrid->addWidget(hint, row, 0, 1, 2);

    auto *accounts = new QGroupBox(tr("Accounts that can open this database"), this);
    accounts->setObjectName(QStringLiteral("accountsBox"));
    auto *accountsLayout = new QVBoxLayout(accounts);
    m_accounts->setObjectName(QStringLiteral("accounts"));
    m_accounts->setWordWrap(true);
    m_accounts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    accountsLayout->addWidget(m_accounts);

    auto *side = new QVBoxLayout;
    side->addWidget(circumstances);
    side->addWidget(accounts);
    side->addStretch(1);

    auto *body = new QHBoxLayout;
    body->setSpacing(12);
    body->addWidget(grades, 3);
    body->addLayout(side, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(m_schoolName);
    layout->addWidget(m_schoolDetails);
    layout->addSpacing(4);
    layout->addLayout(cards);
    layout->addLayout(body, 1);
}

QWidget *OverviewPage::card(const QString &caption, QLabel *value, const QString &objectName)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setObjectName(objectName + QStringLiteral("Card"));
    frame->setStyleSheet(QStringLiteral("#%1 { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }")
                             .arg(frame->objectName()));
    auto *captionLabel = new QLabel(caption, frame);
    captionLabel->setWordWrap(true);
    value->setParent(frame);
    value->setObjectName(objectName);
    value->setFont(scaledFont(font(), 2.0, true));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->addWidget(captionLabel);
    layout->addWidget(value);
    return frame;
}

void OverviewPage::setData(const OverviewData &overview)
{
    m_schoolName->setText(overview.school.name);
    QStringList details;
    for (const QString &part : { overview.school.schoolType, overview.school.city, overview.school.county })
        if (!part.isEmpty())
            details << part;
    m_schoolDetails->setText(details.join(QStringLiteral(" · ")));

    m_enrolled->setText(number(overview.students.enrolled));
    m_boarding->setText(number(overview.students.boarding));
    m_accountCount->setText(number(static_cast<int>(overview.accounts.size())));
    for (auto it = m_circumstanceCounts.cbegin(); it != m_circumstanceCounts.cend(); ++it)
        it.value()->setText(number(overview.students.bySpecialCircumstance.value(it.key())));
    m_accounts->setText(overview.accounts.join(u'\n'));
    // A role that may not read the accounts sees neither their number nor their names.
    if (QWidget *box = findChild<QWidget *>(QStringLiteral("accountsBox")))
        box->setVisible(overview.showsAccounts);
    if (QWidget *card = findChild<QWidget *>(QStringLiteral("accountCountCard")))
        card->setVisible(overview.showsAccounts);
    setGradeChart(overview.students.byGrade);
}

void OverviewPage::setGradeChart(const QMap<int, int> &byGrade)
{
    if (byGrade.isEmpty()) {
        m_gradeStack->setCurrentWidget(m_noStudents);
        return;
    }
    auto *set = new QBarSet(tr("Enrolled students"));
    set->setColor(QColor(0x3b, 0x82, 0xc4));
    set->setLabelColor(palette().color(QPalette::WindowText));
    QStringList categories;
    int most = 0;
    // Categories run upwards from the axis; listing the highest grade first puts the lowest on top.
    for (auto it = byGrade.cend(); it != byGrade.cbegin();) {
        --it;
        categories << gradeName(it.key());
        *set << it.value();
        most = std::max(most, it.value());
    }
    // Horizontal bars: the grade names stand in full beside the axis, in any language.
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);

    auto *chart = new QChart;
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, most + std::max(1, most / 8)); // headroom for the labels above the bars
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    valueAxis->applyNiceNumbers();
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    chart->legend()->hide();
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));

    QChart *previous = m_gradeChart->chart();
    m_gradeChart->setChart(chart);
    delete previous;
    m_gradeStack->setCurrentWidget(m_gradeChart);
}

OverviewModulePage::OverviewModulePage(SchoolFile &school, QWidget *parent)
    : ModulePage(parent)
    , m_school(school)
    , m_overview(new OverviewPage)
{
    // The page is the scroll area the overview always stood in (the shell's tests know it by
    // this name).
    setObjectName(QStringLiteral("overviewScroll"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_overview);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void OverviewModulePage::refresh()
{
    try {
        m_overview->setData(loadOverview(m_school));
    } catch (const Error &e) {
        showMessage(this, MessageKind::Critical, tr("The overview cannot be read"), e.message());
    }
}

} // namespace xinan::ui
