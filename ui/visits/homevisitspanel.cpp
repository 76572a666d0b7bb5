#include "homevisitspanel.h"

#include "visitparts.h"

#include "common/colors.h"

#include "error.h"
#include "repo/homevisitrepository.h"
#include "services/schoolfile.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xinan::ui {

HomeVisitsPanel::HomeVisitsPanel(SchoolFile &school, QWidget *parent)
    : HomePanel(parent)
    , m_school(school)
    , m_due(new QTreeWidget(this))
    , m_coverage(new QLabel(this))
    , m_student(new QPushButton(tr("Student file"), this))
{
    setObjectName(QStringLiteral("homeVisitsPanel"));
    m_due->setObjectName(QStringLiteral("dueVisits"));
    m_due->setRootIsDecorated(false);
    m_due->setUniformRowHeights(true);
    m_due->setHeaderLabels({ tr("Student"), tr("Class"), tr("Why"), tr("Due by"), tr("Last visit"), tr("Overdue") });
    m_due->header()->setStretchLastSection(true);
    for (int column = 0; column < 5; ++column)
        m_due->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_due, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(0, Qt::UserRole).toLongLong())
            Q_EMIT openStudent(id);
    });
    m_student->setObjectName(QStringLiteral("dueVisitStudent"));
    m_student->setEnabled(false);
    connect(m_due, &QTreeWidget::itemSelectionChanged, this,
        [this] { m_student->setEnabled(m_due->currentItem() && m_due->currentItem()->data(0, Qt::UserRole).toLongLong()); });
    connect(m_student, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_due->currentItem())
            if (const qint64 id = item->data(0, Qt::UserRole).toLongLong())
                Q_EMIT openStudent(id);
    });
    m_coverage->setObjectName(QStringLiteral("visitCoverageLine"));
    m_coverage->setWordWrap(true);
    m_coverage->setTextFormat(Qt::RichText);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_coverage, 1);
    bar->addWidget(m_student);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 4, 4, 4);
    layout->addWidget(m_due, 1);
    layout->addLayout(bar);
}

QString HomeVisitsPanel::title() const
{
    return tr("Home visit reminders");
}

void HomeVisitsPanel::refresh()
{
    m_due->clear();
    m_waiting = 0;
    HomeVisitRepository visits(m_school.db(), m_school.user());
    try {
        const QList<DueVisit> due = visits.due();
        m_waiting = static_cast<int>(due.size());
        for (const DueVisit &d : due) {
            auto *item = new QTreeWidgetItem(m_due,
                { d.name, visitClassText(d.grade, d.className), dueVisitReason(d.why), d.dueOn.toString(Qt::ISODate),
                    d.lastVisit.isValid() ? d.lastVisit.toString(Qt::ISODate) : tr("never"),
                    d.overdueDays > 0 ? tr("%n day(s)", nullptr, d.overdueDays) : tr("due soon") });
            item->setData(0, Qt::UserRole, d.studentId);
            if (d.overdueDays > 0)
                item->setForeground(5, colors::color(colors::Bad));
        }
        if (due.isEmpty()) {
            auto *item = new QTreeWidgetItem(m_due, { tr("No home visit is due.") });
            item->setFirstColumnSpanned(true);
            item->setFlags(Qt::ItemIsEnabled);
        }
    } catch (const Error &e) {
        auto *item = new QTreeWidgetItem(m_due, { e.message() });
        item->setFirstColumnSpanned(true);
    }
    try {
        const TermCoverage coverage = visits.coverage();
        QStringList behind;
        for (const ClassVisitCoverage &c : coverage.classes)
            if (c.behind)
                behind << visitClassText(c.grade, c.className);
        QString line = tr("%1: %2 of %3 students visited (%4).")
                           .arg(coverage.term.displayName())
                           .arg(coverage.visited)
                           .arg(coverage.enrolled)
                           .arg(coverageRateText(coverage.visited, coverage.enrolled))
                           .toHtmlEscaped();
        if (!behind.isEmpty()) {
            const QString shown = behind.size() > 4 ? tr("%1 and %n more", nullptr, static_cast<int>(behind.size() - 4))
                                                          .arg(behind.mid(0, 4).join(QStringLiteral("、")))
                                                    : behind.join(QStringLiteral("、"));
            line += QStringLiteral(" <span style='color:%1'>%2</span>")
                        .arg(colors::css(colors::Bad), tr("Behind: %1.").arg(shown).toHtmlEscaped());
        }
        m_coverage->setText(line);
    } catch (const Error &e) {
        m_coverage->setText(e.message().toHtmlEscaped());
    }
}

} // namespace xinan::ui
