#include "studentspage.h"

#include "sensitiveclipboard.h"
#include "studentlistmodel.h"

#include "domain/student.h"
#include "repo/studentquery.h"
#include "services/schoolfile.h"

#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

// Keeps the current choice (by its data) while the items are replaced.
template<typename Fill> void refill(QComboBox *combo, Fill fill)
{
    const QVariant previous = combo->currentData();
    const QSignalBlocker block(combo);
    combo->clear();
    fill();
    combo->setCurrentIndex(std::max(0, combo->findData(previous)));
}

} // namespace

StudentsPage::StudentsPage(SchoolFile &school, QWidget *parent)
    : ModulePage(parent)
    , m_school(school)
    , m_model(new StudentListModel(school.db(), this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_grade(new QComboBox(this))
    , m_class(new QComboBox(this))
    , m_special(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_add(new QPushButton(tr("Add student…"), this))
    , m_open(new QPushButton(tr("Open file"), this))
{
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search: name, pinyin initials (zs for 张三) or student number"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &StudentsPage::applyFilter);

    m_grade->setObjectName(QStringLiteral("gradeFilter"));
    m_class->setObjectName(QStringLiteral("classFilter"));
    m_special->setObjectName(QStringLiteral("specialFilter"));
    m_scope->setObjectName(QStringLiteral("scopeFilter"));
    for (QComboBox *combo : { m_grade, m_class, m_special, m_scope })
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_special->addItem(tr("Any circumstances"), 0);
    m_special->addItem(tr("Some special circumstance"), AllSpecialCircumstances);
    for (const SpecialCircumstance c : allSpecialCircumstances())
        m_special->addItem(specialCircumstanceName(c), static_cast<int>(c));
    m_scope->addItem(tr("Current students"), static_cast<int>(StudentFilter::Scope::Current));
    m_scope->addItem(tr("Archived (graduated, transferred, suspended)"), static_cast<int>(StudentFilter::Scope::Archived));
    m_scope->addItem(tr("All students"), static_cast<int>(StudentFilter::Scope::All));
    connect(m_grade, &QComboBox::currentIndexChanged, this, [this] {
        fillClasses();
        applyFilter();
    });
    for (QComboBox *combo : { m_class, m_special, m_scope })
        connect(combo, &QComboBox::currentIndexChanged, this, &StudentsPage::applyFilter);

    m_table->setObjectName(QStringLiteral("students"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(StudentListModel::GradeColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    const int widths[] = { 190, 90, 60, 100, 90, 70, 80, 70, 200 };
    for (int c = 0; c < static_cast<int>(std::size(widths)); ++c)
        m_table->setColumnWidth(c, widths[c]);
    // Only some columns sort; a click on another keeps the current order and its indicator.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column) {
        if (StudentListModel::isSortable(column))
            return;
        const int shown = m_model->sortKey() == StudentSort::Name ? StudentListModel::NameColumn
            : m_model->sortKey() == StudentSort::StudentNo        ? StudentListModel::StudentNoColumn
            : m_model->sortKey() == StudentSort::BirthDate        ? StudentListModel::BirthDateColumn
                                                                  : StudentListModel::GradeColumn;
        const QSignalBlocker block(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(shown, m_model->ascending() ? Qt::AscendingOrder : Qt::DescendingOrder);
    });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, &StudentsPage::showContextMenu);
    connect(m_table, &QTableView::doubleClicked, this, &StudentsPage::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StudentsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StudentsPage::updateButtons);

    m_count->setObjectName(QStringLiteral("count"));
    connect(m_model, &StudentListModel::countChanged, this, [this](int n) { m_count->setText(tr("%n student(s)", nullptr, n)); });
    m_add->setObjectName(QStringLiteral("addStudent"));
    m_open->setObjectName(QStringLiteral("openStudent"));
    connect(m_add, &QPushButton::clicked, this, &StudentsPage::addStudent);
    // Only a role that may change students' files adds students (the role matrix, roleAllows).
    m_add->setVisible(mayWrite(school, DataKind::StudentBasic));
    connect(m_open, &QPushButton::clicked, this, &StudentsPage::openSelected);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addSpacing(12);
    searchRow->addWidget(m_open);
    searchRow->addWidget(m_add);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_grade);
    filterRow->addWidget(m_class);
    filterRow->addWidget(m_special);
    filterRow->addWidget(m_scope);
    filterRow->addStretch(1);
    filterRow->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(searchRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);

    fillGrades();
    fillClasses();
    m_count->setText(tr("%n student(s)", nullptr, m_model->rowCount()));
    updateButtons();
}

void StudentsPage::refresh()
{
    fillGrades();
    fillClasses();
    m_model->reload();
    applyFilter();
}

void StudentsPage::fillGrades()
{
    const QList<int> grades = StudentQuery(m_school.db()).grades();
    refill(m_grade, [&] {
        m_grade->addItem(tr("All grades"), 0);
        for (const int g : grades)
            m_grade->addItem(gradeName(g), g);
    });
}

void StudentsPage::fillClasses()
{
    const QStringList classes = StudentQuery(m_school.db()).classNames(m_grade->currentData().toInt());
    refill(m_class, [&] {
        m_class->addItem(tr("All classes"), QString());
        for (const QString &c : classes)
            m_class->addItem(c, c);
    });
}

void StudentsPage::applyFilter()
{
    m_searchDelay->stop();
    StudentFilter f;
    f.text = m_search->text();
    f.grade = m_grade->currentData().toInt();
    f.className = m_class->currentData().toString();
    f.specialFlags = m_special->currentData().toInt();
    f.scope = static_cast<StudentFilter::Scope>(m_scope->currentData().toInt());
    m_model->setFilter(f);
}

void StudentsPage::updateButtons()
{
    m_open->setEnabled(m_table->selectionModel()->hasSelection());
}

void StudentsPage::addStudent()
{
    if (!mayWrite(m_school, DataKind::StudentBasic))
        return;
    Q_EMIT openStudent(0);
}

void StudentsPage::openSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const qint64 id = rows.isEmpty() ? 0 : m_model->idAt(rows.first().row());
    if (id)
        Q_EMIT openStudent(id);
}

void StudentsPage::studentFileSaved(qint64 studentId)
{
    const int row = m_model->rowOf(studentId);
    if (row >= 0)
        m_table->selectRow(row);
}

void StudentsPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex at = m_table->indexAt(pos);
    if (!at.isValid())
        return;
    const QString studentNo = m_model->index(at.row(), StudentListModel::StudentNoColumn).data().toString();
    const QString name = m_model->index(at.row(), StudentListModel::NameColumn).data().toString();
    QMenu menu(this);
    QAction *open = menu.addAction(tr("Open file"));
    QAction *copyNo = menu.addAction(tr("Copy student number (学籍号)"));
    QAction *copyName = menu.addAction(tr("Copy name"));
    menu.addSeparator();
    menu.addAction(tr("The clipboard is cleared after 30 seconds."))->setEnabled(false);
    QAction *chosen = menu.exec(m_table->viewport()->mapToGlobal(pos));
    if (chosen == open)
        Q_EMIT openStudent(m_model->idAt(at.row()));
    else if (chosen == copyNo)
        SensitiveClipboard::shared().copy(studentNo);
    else if (chosen == copyName)
        SensitiveClipboard::shared().copy(name);
}

} // namespace xinan::ui
