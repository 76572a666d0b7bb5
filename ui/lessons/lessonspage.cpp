#include "lessonspage.h"

#include "lessondialog.h"

#include "common/accountroles.h"
#include "common/colors.h"
#include "common/dialogseams.h"
#include "common/formparts.h"
#include "common/termchooser.h"

#include "domain/student.h"
#include "error.h"
#include "services/schoolfile.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

enum Column { CClass, CRequired, CToDate, CGiven, CRate, CStatus, CCount };
constexpr int GradeRole = Qt::UserRole;
constexpr int ClassRole = Qt::UserRole + 1;

QPushButton *button(QWidget *parent, const QString &text, const char *name)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAutoDefault(false);
    return b;
}

QString rateText(double rate)
{
    return QStringLiteral("%1%").arg(qRound(100 * rate));
}

} // namespace

LessonsPage::LessonsPage(SchoolFile &school, QWidget *parent)
    : ModulePage(parent)
    , m_school(school)
    , m_mayWrite(mayWrite(school, DataKind::Lessons))
    , m_term(new TermChooser(this))
    , m_totals(new QLabel(this))
    , m_table(new QTreeWidget(this))
    , m_lessonsTitle(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_record(button(this, tr("Record a lesson…"), "recordLesson"))
    , m_several(button(this, tr("Several classes…"), "recordSeveral"))
    , m_edit(button(this, tr("Edit…"), "editLesson"))
    , m_delete(button(this, tr("Delete"), "deleteLesson"))
{
    setObjectName(QStringLiteral("lessonsPage"));
    m_term->setObjectName(QStringLiteral("lessonTerm"));
    m_term->fill(m_school);
    connect(m_term, &TermChooser::currentIndexChanged, this, &LessonsPage::reload);
    m_totals->setObjectName(QStringLiteral("lessonTotals"));
    m_totals->setWordWrap(true);
    m_totals->setTextFormat(Qt::RichText);

    m_table->setObjectName(QStringLiteral("lessonCoverage"));
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setHeaderLabels(
        { tr("Grade / class"), tr("Required (term)"), tr("Due so far"), tr("Given"), tr("Rate"), tr("Status") });
    m_table->headerItem()->setToolTip(CRequired, tr("Periods (课时) the rule requires for the whole term"));
    m_table->headerItem()->setToolTip(CToDate, tr("Periods the rule requires by today"));
    m_table->headerItem()->setToolTip(CRate, tr("开课率: periods given / periods required for the term"));
    m_table->header()->setStretchLastSection(true);
    m_table->setColumnWidth(CClass, 130);
    for (int c = CRequired; c < CStatus; ++c)
        m_table->setColumnWidth(c, c == CRequired ? 100 : 76);
    connect(m_table, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_grade = item ? item->data(0, GradeRole).toInt() : 0;
        m_className = item ? item->data(0, ClassRole).toString() : QString();
        loadLessons();
    });

    m_lessonsTitle->setObjectName(QStringLiteral("classLessonsTitle"));
    m_lessonsTitle->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("classLessons"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({ tr("Date"), tr("Class"), tr("Periods"), tr("Form"), tr("Teacher"), tr("Topic") });
    m_list->header()->setStretchLastSection(true);
    for (int c = 0; c < 5; ++c)
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &LessonsPage::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (m_mayWrite)
            editSelected();
    });
    connect(m_record, &QPushButton::clicked, this, &LessonsPage::recordLesson);
    connect(m_several, &QPushButton::clicked, this, &LessonsPage::recordForSeveral);
    connect(m_edit, &QPushButton::clicked, this, &LessonsPage::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &LessonsPage::deleteSelected);
    for (QPushButton *b : { m_record, m_several, m_edit, m_delete })
        b->setVisible(m_mayWrite);

    auto *lessonsBox = new QWidget(this);
    auto *lessonsLayout = new QVBoxLayout(lessonsBox);
    lessonsLayout->setContentsMargins(0, 0, 0, 0);
    lessonsLayout->addWidget(m_lessonsTitle);
    lessonsLayout->addWidget(m_list, 1);
    auto *listBar = new QHBoxLayout;
    listBar->addStretch();
    listBar->addWidget(m_edit);
    listBar->addWidget(m_delete);
    lessonsLayout->addLayout(listBar);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(lessonsBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({ 560, 560 });

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Term:"), this));
    bar->addWidget(m_term);
    bar->addSpacing(16);
    bar->addWidget(m_totals, 1);
    bar->addWidget(m_record);
    bar->addWidget(m_several);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makePageTitle(tr("Psychology lessons"), this));
    layout->addWidget(makeNoteLabel(tr("Grades 1–12 need at least 1 period (课时) every two teaching weeks, 中职 at least 10 "
                                       "periods (学时) a term. Teaching weeks come from the term's dates and holidays in the "
                                       "duty roster. A class is behind when it has had fewer periods than were due by today."),
        this));
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    reload();
}

void LessonsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

QString LessonsPage::termId() const
{
    return m_term->termId();
}

bool LessonsPage::setTerm(const QString &termId)
{
    return m_term->setTerm(termId);
}

void LessonsPage::reload()
{
    loadCoverage();
}

void LessonsPage::loadCoverage()
{
    const int grade = m_grade;
    const QString className = m_className;
    m_table->clear();
    try {
        m_coverage = LessonRepository(m_school.db(), m_school.user()).coverage(termId());
    } catch (const Error &e) {
        m_coverage = {};
        m_totals->setText(e.message().toHtmlEscaped());
        m_list->clear();
        return;
    }
    QTreeWidgetItem *keep = nullptr;
    for (const ClassLessonCoverage &g : m_coverage.grades()) {
        QTreeWidgetItem *gradeItem = addRow(nullptr, g, true);
        for (const ClassLessonCoverage &c : std::as_const(m_coverage.classes)) {
            if (c.grade != g.grade)
                continue;
            QTreeWidgetItem *item = addRow(gradeItem, c, false);
            if (c.grade == grade && c.className == className)
                keep = item;
        }
    }
    if (!keep && m_coverage.classes.size() == 1 && m_table->topLevelItemCount() == 1)
        keep = m_table->topLevelItem(0)->child(0);
    m_table->expandAll();
    if (m_coverage.classes.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_table, { tr("No enrolled students in the classes you may see.") });
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
    }
    int given = 0;
    int required = 0;
    for (const ClassLessonCoverage &c : std::as_const(m_coverage.classes)) {
        given += c.given;
        required += c.required;
    }
    const qsizetype behind = m_coverage.behindClasses().size();
    QString totals = tr("%1 teaching weeks, %2 over. %3 of %4 periods given (%5).")
                         .arg(m_coverage.teachingWeeks)
                         .arg(m_coverage.weeksElapsed)
                         .arg(given)
                         .arg(required)
                         .arg(rateText(required ? std::min(1.0, double(given) / required) : 1.0))
                         .toHtmlEscaped();
    if (behind > 0)
        totals
            += QStringLiteral(" <span style='color:%1'><b>%2</b></span>")
                   .arg(colors::css(colors::Bad), tr("%n class(es) behind.", nullptr, static_cast<int>(behind)).toHtmlEscaped());
    m_totals->setText(totals);
    if (keep) {
        m_table->setCurrentItem(keep);
    } else {
        m_grade = 0;
        m_className.clear();
        loadLessons();
    }
}

QTreeWidgetItem *LessonsPage::addRow(QTreeWidgetItem *parent, const ClassLessonCoverage &row, bool isGrade)
{
    QString status;
    if (row.behind)
        status = isGrade ? tr("Classes behind") : tr("%n period(s) short", nullptr, row.shortBy());
    else if (!isGrade && row.required > 0 && row.given >= row.required)
        status = tr("Term done");
    else if (!isGrade)
        status = tr("On track");
    const QStringList texts { isGrade ? gradeName(row.grade) : row.className, QString::number(row.required),
        QString::number(row.requiredToDate), QString::number(row.given), rateText(row.rate()), status };
    auto *item = parent ? new QTreeWidgetItem(parent, texts) : new QTreeWidgetItem(m_table, texts);
    item->setData(0, GradeRole, row.grade);
    item->setData(0, ClassRole, isGrade ? QString() : row.className);
    for (int c = CRequired; c < CStatus; ++c)
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
    } else if (!isGrade) {
        item->setForeground(CStatus, colors::color(colors::Good));
    }
    return item;
}

void LessonsPage::loadLessons()
{
    const qint64 kept = selectedLessonId();
    m_list->clear();
    m_lessons.clear();
    if (m_grade == 0) {
        m_lessonsTitle->setText(tr("Choose a class to see its lessons this term."));
        updateButtons();
        return;
    }
    try {
        m_lessons = LessonRepository(m_school.db(), m_school.user()).lessons(termId(), m_grade, m_className);
    } catch (const Error &e) {
        m_lessonsTitle->setText(e.message());
        updateButtons();
        return;
    }
    int periods = 0;
    for (const PsychLesson &l : std::as_const(m_lessons)) {
        periods += l.periods;
        auto *item = new QTreeWidgetItem(m_list,
            { l.givenOn.toString(Qt::ISODate), lessonClassText(l.grade, l.className), QString::number(l.periods),
                lessonFormName(l.form), l.teacher, l.topic });
        item->setData(0, Qt::UserRole, l.id);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (l.id == kept)
            m_list->setCurrentItem(item);
    }
    const QString cls = m_className.isEmpty() ? gradeName(m_grade) : lessonClassText(m_grade, m_className);
    m_lessonsTitle->setText(tr("%1: %n lesson(s) this term", nullptr, static_cast<int>(m_lessons.size())).arg(cls)
        + tr(", %n period(s).", nullptr, periods));
    updateButtons();
}

bool LessonsPage::selectClass(int grade, const QString &className)
{
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        QTreeWidgetItem *g = m_table->topLevelItem(i);
        for (int j = 0; j < g->childCount(); ++j)
            if (g->child(j)->data(0, GradeRole).toInt() == grade && g->child(j)->data(0, ClassRole).toString() == className) {
                m_table->setCurrentItem(g->child(j));
                return true;
            }
    }
    return false;
}

qint64 LessonsPage::selectedLessonId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

bool LessonsPage::selectLesson(qint64 lessonId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == lessonId) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    return false;
}

void LessonsPage::updateButtons()
{
    const bool chosen = selectedLessonId() != 0;
    m_edit->setEnabled(chosen);
    m_delete->setEnabled(chosen);
}

LessonDialog *LessonsPage::open(LessonDialog *dialog)
{
    return openWindowModal(dialog, [this](int result) {
        if (result != QDialog::Accepted)
            return;
        reload();
        Q_EMIT changed();
    });
}

LessonDialog *LessonsPage::recordLesson()
{
    if (!m_mayWrite)
        return nullptr;
    return open(new LessonDialog(m_school, LessonDialog::Mode::One, 0, ClassRef { m_grade, m_className }, this));
}

LessonDialog *LessonsPage::recordForSeveral()
{
    if (!m_mayWrite)
        return nullptr;
    return open(new LessonDialog(m_school, LessonDialog::Mode::Several, 0, ClassRef { m_grade, m_className }, this));
}

LessonDialog *LessonsPage::editSelected()
{
    const qint64 id = selectedLessonId();
    if (!m_mayWrite || !id)
        return nullptr;
    return open(new LessonDialog(m_school, LessonDialog::Mode::One, id, {}, this));
}

bool LessonsPage::deleteSelected()
{
    const qint64 id = selectedLessonId();
    if (!m_mayWrite || !id)
        return false;
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!askToProceed(this, MessageKind::Warning, tr("Delete the lesson"),
            tr("Delete the lesson of %1 on %2? It no longer counts for the class.").arg(item->text(1), item->text(0)),
            tr("Delete")))
        return false;
    try {
        LessonRepository(m_school.db(), m_school.user()).remove(id);
    } catch (const Error &e) {
        showMessage(this, MessageKind::Warning, tr("Delete the lesson"), e.message());
        return false;
    }
    reload();
    Q_EMIT changed();
    return true;
}

} // namespace xinan::ui
