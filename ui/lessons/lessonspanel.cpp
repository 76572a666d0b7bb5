#include "lessonspanel.h"

#include "lessondialog.h"

#include "common/colors.h"

#include "error.h"
#include "repo/lessonrepository.h"
#include "services/schoolfile.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace xinan::ui {

LessonsPanel::LessonsPanel(SchoolFile &school, QWidget *parent)
    : HomePanel(parent)
    , m_school(school)
    , m_behind(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("lessonsPanel"));
    m_behind->setObjectName(QStringLiteral("classesBehind"));
    m_behind->setRootIsDecorated(false);
    m_behind->setUniformRowHeights(true);
    m_behind->setHeaderLabels({ tr("Class"), tr("Short"), tr("Given"), tr("Due so far") });
    m_behind->header()->setStretchLastSection(true);
    for (int column = 0; column < 3; ++column)
        m_behind->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_summary->setObjectName(QStringLiteral("lessonSummary"));
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 4, 4, 4);
    layout->addWidget(m_behind, 1);
    layout->addWidget(m_summary);
}

QString LessonsPanel::title() const
{
    return tr("Lesson progress");
}

void LessonsPanel::refresh()
{
    m_behind->clear();
    m_waiting = 0;
    try {
        const LessonCoverage c = LessonRepository(m_school.db(), m_school.user()).coverage();
        QList<ClassLessonCoverage> behind = c.behindClasses();
        std::stable_sort(behind.begin(), behind.end(),
            [](const ClassLessonCoverage &a, const ClassLessonCoverage &b) { return a.shortBy() > b.shortBy(); });
        m_waiting = static_cast<int>(behind.size());
        for (const ClassLessonCoverage &row : std::as_const(behind)) {
            auto *item = new QTreeWidgetItem(m_behind,
                { lessonClassText(row.grade, row.className), tr("%n period(s)", nullptr, row.shortBy()),
                    QString::number(row.given), QString::number(row.requiredToDate) });
            item->setForeground(1, colors::color(colors::Bad));
        }
        if (behind.isEmpty()) {
            auto *item = new QTreeWidgetItem(m_behind, { tr("Every class has had the lessons due so far.") });
            item->setFirstColumnSpanned(true);
            item->setFlags(Qt::ItemIsEnabled);
        }
        int given = 0;
        int due = 0;
        for (const ClassLessonCoverage &row : c.classes) {
            given += std::min(row.given, row.requiredToDate);
            due += row.requiredToDate;
        }
        m_summary->setText(tr("%1: %2 of %3 teaching weeks over, %4 of %5 periods due so far given.")
                               .arg(c.term.displayName())
                               .arg(c.weeksElapsed)
                               .arg(c.teachingWeeks)
                               .arg(given)
                               .arg(due));
    } catch (const Error &e) {
        auto *item = new QTreeWidgetItem(m_behind, { e.message() });
        item->setFirstColumnSpanned(true);
        m_summary->clear();
    }
}

} // namespace xinan::ui
