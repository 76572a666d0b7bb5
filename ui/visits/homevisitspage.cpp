#include "homevisitspage.h"

#include "homevisitdialog.h"
#include "visitparts.h"

#include "common/colors.h"
#include "common/dialogseams.h"
#include "common/formparts.h"
#include "common/printout.h"
#include "common/termchooser.h"

#include "domain/student.h"
#include "error.h"
#include "platform/clock.h"
#include "repo/schoolrepository.h"
#include "services/schoolfile.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

enum CoverageColumn { CClass, CEnrolled, CVisited, CRate, COnsite, CMissing, CRequired, CStatus, CCount };
constexpr int GradeRole = Qt::UserRole;
constexpr int ClassRole = Qt::UserRole + 1;

QPushButton *button(QWidget *parent, const QString &text, const char *name)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAutoDefault(false);
    return b;
}

// Sorts the missing students' list by its text, the dates (yyyy-MM-dd) and numbers included.
class SortableItem final : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        return QString::localeAwareCompare(text(column), other.text(column)) < 0;
    }
};

} // namespace

HomeVisitsPage::HomeVisitsPage(SchoolFile &school, QWidget *parent)
    : ModulePage(parent)
    , m_school(school)
    , m_mayWrite(mayWrite(school, DataKind::HomeVisits))
    , m_term(new TermChooser(this))
    , m_totals(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_table(new QTreeWidget(this))
    , m_missingTitle(new QLabel(this))
    , m_missingList(new QTreeWidget(this))
    , m_print(button(this, tr("Print the list of students to visit…"), "printMissing"))
    , m_visits(new QTreeWidget(this))
    , m_new(button(this, tr("New home visit…"), "newVisit"))
    , m_open(button(this, tr("Open…"), "openVisit"))
    , m_delete(button(this, tr("Delete"), "deleteVisit"))
    , m_student(button(this, tr("Student file…"), "openVisitStudent"))
{
    setObjectName(QStringLiteral("homeVisitsPage"));
    m_term->setObjectName(QStringLiteral("visitTerm"));
    m_term->fill(m_school);
    connect(m_term, &TermChooser::currentIndexChanged, this, &HomeVisitsPage::reload);
    m_totals->setObjectName(QStringLiteral("coverageTotals"));
    m_totals->setWordWrap(true);
    m_totals->setTextFormat(Qt::RichText);

    m_table->setObjectName(QStringLiteral("coverageTable"));
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setHeaderLabels({ tr("Grade / class"), tr("Enrolled"), tr("Visited"), tr("Rate"), tr("On site"), tr("Missing"),
        tr("Required"), tr("Status") });
    m_table->header()->setStretchLastSection(true);
    m_table->setColumnWidth(CClass, 130);
    for (int c = CEnrolled; c < CStatus; ++c)
        m_table->setColumnWidth(c, 58);
    connect(m_table, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_missingGrade = item ? item->data(0, GradeRole).toInt() : 0;
        m_missingClass = item ? item->data(0, ClassRole).toString() : QString();
        loadMissing();
    });

    m_missingTitle->setObjectName(QStringLiteral("missingTitle"));
    m_missingTitle->setWordWrap(true);
    m_missingList->setObjectName(QStringLiteral("missingStudents"));
    m_missingList->setRootIsDecorated(false);
    m_missingList->setUniformRowHeights(true);
    m_missingList->setSortingEnabled(true);
    m_missingList->setHeaderLabels({ tr("Name"), tr("Student number"), tr("Class"), tr("Last visit") });
    m_missingList->header()->setStretchLastSection(true);
    for (int column = 0; column < 3; ++column)
        m_missingList->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_missingList, &QTreeWidget::itemDoubleClicked, this,
        [this](QTreeWidgetItem *item) { Q_EMIT openStudent(item->data(0, Qt::UserRole).toLongLong()); });
    auto *printMenu = new QMenu(m_print);
    printMenu->addAction(tr("Print…"), this, &HomeVisitsPage::printMissing);
    printMenu->addAction(tr("Print preview…"), this, &HomeVisitsPage::previewMissing);
    printMenu->addAction(tr("Export PDF…"), this, &HomeVisitsPage::exportMissingPdf);
    m_print->setMenu(printMenu);

    m_visits->setObjectName(QStringLiteral("termVisits"));
    m_visits->setRootIsDecorated(false);
    m_visits->setUniformRowHeights(true);
    m_visits->setAlternatingRowColors(true);
    m_visits->setHeaderLabels(visitListHeaders());
    m_visits->header()->setStretchLastSection(true);
    const int widths[] = { 125, 75, 190, 420 };
    for (int i = 0; i < 4; ++i)
        m_visits->setColumnWidth(i, widths[i]);
    connect(m_visits, &QTreeWidget::itemDoubleClicked, this, &HomeVisitsPage::openSelected);
    connect(m_visits, &QTreeWidget::itemSelectionChanged, this, &HomeVisitsPage::updateButtons);
    connect(m_new, &QPushButton::clicked, this, &HomeVisitsPage::newVisit);
    connect(m_open, &QPushButton::clicked, this, &HomeVisitsPage::openSelected);
    connect(m_delete, &QPushButton::clicked, this, &HomeVisitsPage::deleteSelected);
    connect(m_student, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_visits->currentItem())
            if (const qint64 id = item->data(0, Qt::UserRole + 1).toLongLong())
                Q_EMIT openStudent(id);
    });
    m_new->setVisible(m_mayWrite);
    m_delete->setVisible(m_mayWrite);

    // The coverage tab: the table, and the selected class's students still to visit.
    auto *missingBox = new QWidget(this);
    auto *missingLayout = new QVBoxLayout(missingBox);
    missingLayout->setContentsMargins(0, 0, 0, 0);
    missingLayout->addWidget(m_missingTitle);
    missingLayout->addWidget(m_missingList, 1);
    auto *printBar = new QHBoxLayout;
    printBar->addStretch();
    printBar->addWidget(m_print);
    missingLayout->addLayout(printBar);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(missingBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({ 700, 450 });

    auto *visitsBox = new QWidget(this);
    auto *visitBar = new QHBoxLayout;
    visitBar->addWidget(
        makeNoteLabel(tr("Double-click a visit to open it. A family visit counts for each of its students."), this), 1);
    visitBar->addWidget(m_student);
    visitBar->addWidget(m_open);
    visitBar->addWidget(m_delete);
    auto *visitsLayout = new QVBoxLayout(visitsBox);
    visitsLayout->addLayout(visitBar);
    visitsLayout->addWidget(m_visits, 1);

    m_tabs->setObjectName(QStringLiteral("visitTabs"));
    m_tabs->addTab(split, tr("Coverage"));
    m_tabs->addTab(visitsBox, tr("Visits this term"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Term:"), this));
    bar->addWidget(m_term);
    bar->addSpacing(16);
    bar->addWidget(m_totals, 1);
    // 新增家访… stands above both tabs: a visit is recorded from the coverage as from the list.
    bar->addWidget(m_new);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makePageTitle(tr("Home visits"), this));
    layout->addWidget(makeNoteLabel(tr("Every enrolled student is visited at home at least once a term (家访全覆盖); key "
                                       "students and students back from leave more often, as the school's rules in Settings "
                                       "say. Choose a class to see who is still to visit."),
        this));
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);
    reload();
}

void HomeVisitsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

QString HomeVisitsPage::termId() const
{
    return m_term->termId();
}

bool HomeVisitsPage::setTerm(const QString &termId)
{
    return m_term->setTerm(termId);
}

void HomeVisitsPage::reload()
{
    loadCoverage();
    loadVisits();
}

void HomeVisitsPage::loadCoverage()
{
    const int grade = m_missingGrade;
    const QString className = m_missingClass;
    m_table->clear();
    try {
        m_coverage = HomeVisitRepository(m_school.db(), m_school.user()).coverage(termId());
    } catch (const Error &e) {
        m_coverage = {};
        m_totals->setText(e.message().toHtmlEscaped());
        m_missingList->clear();
        return;
    }
    const QList<ClassVisitCoverage> grades = m_coverage.grades();
    int behind = 0;
    QTreeWidgetItem *keep = nullptr;
    for (const ClassVisitCoverage &g : grades) {
        QTreeWidgetItem *gradeItem = addCoverageRow(nullptr, g, true);
        for (const ClassVisitCoverage &c : std::as_const(m_coverage.classes)) {
            if (c.grade != g.grade)
                continue;
            QTreeWidgetItem *item = addCoverageRow(gradeItem, c, false);
            behind += c.behind ? 1 : 0;
            if (c.grade == grade && c.className == className)
                keep = item;
        }
        if (g.grade == grade && className.isEmpty())
            keep = gradeItem;
    }
    // A class teacher with one class sees its students still to visit at once.
    if (!keep && m_coverage.classes.size() == 1 && m_table->topLevelItemCount() == 1)
        keep = m_table->topLevelItem(0)->child(0);
    m_table->expandAll();
    if (m_coverage.classes.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_table, { tr("No enrolled students in the classes you may see.") });
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
    }
    QString totals = tr("Total: %1 enrolled, %2 visited (%3), %4 on site, %5 visits this term.")
                         .arg(m_coverage.enrolled)
                         .arg(m_coverage.visited)
                         .arg(coverageRateText(m_coverage.visited, m_coverage.enrolled))
                         .arg(m_coverage.onsite)
                         .arg(m_coverage.visits)
                         .toHtmlEscaped();
    if (behind > 0)
        totals += QStringLiteral(" <span style='color:%1'><b>%2</b></span>")
                      .arg(colors::css(colors::Bad), tr("%n class(es) behind the rules.", nullptr, behind).toHtmlEscaped());
    totals += QStringLiteral("<br><span style='color:%1'>%2</span>")
                  .arg(colors::css(colors::Muted), coverageRuleText(m_coverage.rules).toHtmlEscaped());
    m_totals->setText(totals);
    if (keep)
        m_table->setCurrentItem(keep);
    else {
        m_missingGrade = 0;
        m_missingClass.clear();
        loadMissing();
    }
}

QTreeWidgetItem *HomeVisitsPage::addCoverageRow(QTreeWidgetItem *parent, const ClassVisitCoverage &row, bool isGrade)
{
    const QStringList texts { isGrade ? gradeName(row.grade) : row.className, QString::number(row.enrolled),
        QString::number(row.visited), coverageRateText(row.visited, row.enrolled), QString::number(row.onsite),
        QString::number(row.missing), QString::number(row.required), coverageBehindText(row) };
    auto *item = parent ? new QTreeWidgetItem(parent, texts) : new QTreeWidgetItem(m_table, texts);
    item->setData(0, GradeRole, row.grade);
    item->setData(0, ClassRole, isGrade ? QString() : row.className);
    for (int c = CEnrolled; c < CStatus; ++c)
        item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    if (isGrade) {
        QFont bold = item->font(0);
        bold.setBold(true);
        for (int c = 0; c < CCount; ++c)
            item->setFont(c, bold);
    }
    if (row.behind) {
        for (int c = 0; c < CCount; ++c)
            item->setForeground(c, colors::color(colors::Bad));
        item->setToolTip(CStatus, QStringLiteral("%1\n%2").arg(item->text(CStatus), coverageRuleText(m_coverage.rules)));
    } else if (!isGrade && row.enrolled > 0 && row.missing == 0) {
        item->setText(CStatus, tr("All visited"));
        item->setForeground(CStatus, colors::color(colors::Good));
    }
    return item;
}

void HomeVisitsPage::loadMissing()
{
    m_missingList->clear();
    m_missing.clear();
    const bool chosen = m_missingGrade != 0;
    m_print->setEnabled(chosen);
    m_missingList->setColumnHidden(2, !m_missingClass.isEmpty());
    if (!chosen) {
        m_missingTitle->setText(tr("Choose a class in the table to see its students still to visit."));
        return;
    }
    try {
        m_missing = HomeVisitRepository(m_school.db(), m_school.user()).missing(termId(), m_missingGrade, m_missingClass);
    } catch (const Error &e) {
        m_missingTitle->setText(e.message());
        return;
    }
    const QString where = m_missingClass.isEmpty() ? gradeName(m_missingGrade) : visitClassText(m_missingGrade, m_missingClass);
    m_missingTitle->setText(m_missing.isEmpty()
            ? tr("%1: every student has had a home visit this term.").arg(where)
            : tr("%1: %n student(s) without a home visit this term (double-click to open the file).", nullptr,
                static_cast<int>(m_missing.size()))
                  .arg(where));
    m_missingList->setSortingEnabled(false);
    for (const MissingVisit &m : std::as_const(m_missing)) {
        auto *item = new SortableItem(m_missingList,
            { m.name, m.studentNo, visitClassText(m.grade, m.className),
                m.lastVisit.isValid() ? m.lastVisit.toString(Qt::ISODate) : tr("never") });
        item->setData(0, Qt::UserRole, m.studentId);
    }
    m_missingList->setSortingEnabled(true);
}

void HomeVisitsPage::loadVisits()
{
    const qint64 selected = selectedVisitId();
    m_visits->clear();
    try {
        for (const HomeVisit &v : HomeVisitRepository(m_school.db(), m_school.user()).visitsIn(termId()))
            addVisitRow(m_visits, v);
    } catch (const Error &e) {
        auto *item = new QTreeWidgetItem(m_visits, { e.message() });
        item->setFirstColumnSpanned(true);
    }
    selectVisit(selected);
    m_tabs->setTabText(1, tr("Visits this term (%1)").arg(visitCount()));
    updateButtons();
}

bool HomeVisitsPage::selectClass(int grade, const QString &className)
{
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        QTreeWidgetItem *gradeItem = m_table->topLevelItem(i);
        if (gradeItem->data(0, GradeRole).toInt() != grade)
            continue;
        if (className.isEmpty()) {
            m_table->setCurrentItem(gradeItem);
            return true;
        }
        for (int j = 0; j < gradeItem->childCount(); ++j)
            if (gradeItem->child(j)->data(0, ClassRole).toString() == className) {
                m_table->setCurrentItem(gradeItem->child(j));
                return true;
            }
    }
    return false;
}

int HomeVisitsPage::visitCount() const
{
    int count = 0;
    for (int i = 0; i < m_visits->topLevelItemCount(); ++i)
        count += m_visits->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() != 0 ? 1 : 0;
    return count;
}

qint64 HomeVisitsPage::selectedVisitId() const
{
    const QTreeWidgetItem *item = m_visits->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

bool HomeVisitsPage::selectVisit(qint64 visitId)
{
    for (int i = 0; i < m_visits->topLevelItemCount(); ++i)
        if (visitId != 0 && m_visits->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == visitId) {
            m_visits->setCurrentItem(m_visits->topLevelItem(i));
            return true;
        }
    return false;
}

void HomeVisitsPage::updateButtons()
{
    const bool any = selectedVisitId() != 0;
    m_open->setEnabled(any);
    m_delete->setEnabled(any);
    m_student->setEnabled(any);
}

HomeVisitDialog *HomeVisitsPage::newVisit()
{
    if (!m_mayWrite)
        return nullptr;
    auto *dialog = new HomeVisitDialog(m_school, 0, 0, this);
    dialog->setObjectName(QStringLiteral("homeVisitDialog"));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        selectVisit(dialog->savedId());
        Q_EMIT changed();
    });
    openWindowModal(dialog);
    return dialog;
}

HomeVisitDialog *HomeVisitsPage::openVisit(qint64 visitId)
{
    if (visitId == 0)
        return nullptr;
    auto *dialog = new HomeVisitDialog(m_school, visitId, 0, this);
    dialog->setObjectName(QStringLiteral("homeVisitDialog"));
    connect(dialog, &QDialog::accepted, this, [this, visitId] {
        reload();
        selectVisit(visitId);
        Q_EMIT changed();
    });
    openWindowModal(dialog);
    return dialog;
}

HomeVisitDialog *HomeVisitsPage::openSelected()
{
    return openVisit(selectedVisitId());
}

bool HomeVisitsPage::deleteSelected()
{
    const QTreeWidgetItem *item = m_visits->currentItem();
    if (!m_mayWrite || !item)
        return false;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    const QString title = tr("Delete the home visit");
    if (!askToProceed(this, MessageKind::Warning, title,
            tr("Delete the home visit of %1 to %2? It no longer counts for the coverage; the audit log keeps that it was "
               "deleted.")
                .arg(item->text(0), item->text(2)),
            tr("Delete")))
        return false;
    try {
        HomeVisitRepository(m_school.db(), m_school.user()).remove(id);
    } catch (const Error &e) {
        showMessage(this, MessageKind::Warning, title, e.message());
        reload();
        return false;
    }
    reload();
    Q_EMIT changed();
    return true;
}

MissingVisitSheet HomeVisitsPage::missingSheet() const
{
    MissingVisitSheet sheet;
    try {
        sheet.schoolName = SchoolRepository(m_school.db(), m_school.user()).school().name;
    } catch (const Error &) {
    }
    sheet.termId = termId();
    sheet.grade = m_missingGrade;
    sheet.className = m_missingClass;
    for (const ClassVisitCoverage &c : m_missingClass.isEmpty() ? m_coverage.grades() : m_coverage.classes)
        if (c.grade == m_missingGrade && c.className == m_missingClass) {
            sheet.enrolled = c.enrolled;
            sheet.visited = c.visited;
        }
    sheet.students = m_missing;
    sheet.printedOn = clock::today();
    return sheet;
}

bool HomeVisitsPage::exportMissingPdf()
{
    if (m_missingGrade == 0)
        return false;
    const QString title = tr("Export the list of students to visit");
    if (!askToProceed(this, MessageKind::Warning, title,
            tr("The list names the students of the class who have had no home visit. The PDF is not encrypted: save it only "
               "where no one else can read it (not on a shared or public computer), and delete it once it is printed."),
            tr("Choose where to save…")))
        return false;
    QString cls = m_missingClass.isEmpty() ? gradeName(m_missingGrade) : visitClassText(m_missingGrade, m_missingClass);
    QString path = askSaveFileName(
        this, title, tr("students-to-visit-%1-%2.pdf").arg(termId(), cls.remove(u' ')), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printMissingVisitSheet(printer, missingSheet());
    recordPrintout(m_school.db(), printer, QStringLiteral("visits_missing"), static_cast<int>(m_missing.size()));
    if (printer.printerState() == QPrinter::Error) {
        showMessage(this, MessageKind::Critical, title, tr("%1 could not be written.").arg(path));
        return false;
    }
    showMessage(this, MessageKind::Information, title, tr("The list was saved as %1.").arg(path));
    return true;
}

void HomeVisitsPage::printMissing()
{
    if (m_missingGrade == 0)
        return;
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the list of students to visit"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printMissingVisitSheet(printer, missingSheet());
    recordPrintout(m_school.db(), printer, QStringLiteral("visits_missing"), static_cast<int>(m_missing.size()));
}

void HomeVisitsPage::previewMissing()
{
    if (m_missingGrade == 0)
        return;
    const MissingVisitSheet sheet = missingSheet();
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("List of students to visit: print preview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, &sheet](QPrinter *p) {
        printMissingVisitSheet(*p, sheet);
        recordPrintout(m_school.db(), *p, QStringLiteral("visits_missing"), static_cast<int>(sheet.students.size()));
    });
    preview.exec();
}

} // namespace xinan::ui
