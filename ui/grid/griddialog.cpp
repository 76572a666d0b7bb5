#include "griddialog.h"

#include "common/formparts.h"

#include "domain/student.h"
#include "error.h"
#include "repo/accountrepository.h"
#include "services/schoolfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace xinan::ui {
namespace {

const QColor MissingBackground(0xff, 0xf3, 0xe0);
const QColor MissingForeground(0xbf, 0x36, 0x0c);

// Classes in list order: grade, then 2班 before 10班 (as the student list sorts them).
bool classBefore(int gradeA, const QString &a, int gradeB, const QString &b)
{
    if (gradeA != gradeB)
        return gradeA < gradeB;
    const auto la = a.toUcs4().size();
    const auto lb = b.toUcs4().size();
    if (la != lb)
        return la < lb;
    return a.toUtf8() < b.toUtf8();
}

QString classLabel(int grade, const QString &className)
{
    return gradeName(grade) + u' ' + className;
}

} // namespace

GridDialog::GridDialog(SchoolFile &school, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_grid(school.db(), school.user())
    , m_table(new QTableWidget(0, 5, this))
    , m_missingOnly(new QCheckBox(tr("Only classes without a class teacher"), this))
    , m_summary(new QLabel(this))
    , m_editor(new QGroupBox(this))
    , m_members(new QListWidget(this))
    , m_teacher(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_phone(new QLineEdit(this))
    , m_account(new QComboBox(this))
    , m_add(new QPushButton(tr("Add to class"), this))
    , m_save(new QPushButton(tr("Save changes"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_error(makeErrorLabel(this, QStringLiteral("gridError")))
{
    setWindowTitle(tr("Class grid"));
    setObjectName(QStringLiteral("gridDialog"));

    auto *intro = new QLabel(tr("Each class's responsible teachers (网格化): the class teacher answers for the class, the grade "
                                "leader for the grade. Classes come from the enrolled students."),
        this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("classes"));
    m_table->setHorizontalHeaderLabels({ tr("Class"), tr("Students"), tr("Class teacher"), tr("Deputy"), tr("Grade leader") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_missingOnly->setObjectName(QStringLiteral("missingOnly"));
    m_summary->setObjectName(QStringLiteral("gridSummary"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    auto *below = new QHBoxLayout;
    below->addWidget(m_missingOnly);
    below->addStretch(1);
    below->addWidget(m_summary);
    leftLayout->addLayout(below);

    m_editor->setObjectName(QStringLiteral("classEditor"));
    m_members->setObjectName(QStringLiteral("members"));
    m_teacher->setObjectName(QStringLiteral("teacherName"));
    m_teacher->setMaxLength(GridRepository::MaxTeacherLength);
    m_teacher->setPlaceholderText(tr("e.g. 王芳"));
    m_role->setObjectName(QStringLiteral("role"));
    for (const GridRole role : { GridRole::ClassTeacher, GridRole::Deputy, GridRole::GradeLeader })
        m_role->addItem(gridRoleName(role), static_cast<int>(role));
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setMaxLength(GridRepository::MaxPhoneLength);
    m_phone->setPlaceholderText(tr("optional"));
    m_account->setObjectName(QStringLiteral("linkedAccount"));
    m_account->setToolTip(tr("The class teacher's account sees the students of this class, and no others."));
    m_mayLink = school.db().access().allows(DataKind::Accounts, AccessOp::Write);
    m_add->setObjectName(QStringLiteral("addMember"));
    m_save->setObjectName(QStringLiteral("saveMember"));
    m_remove->setObjectName(QStringLiteral("removeMember"));
    for (QPushButton *b : { m_add, m_save, m_remove })
        b->setAutoDefault(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Teacher"), m_teacher);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("Account"), m_account);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    m_members->setMaximumHeight(m_members->fontMetrics().height() * 8);
    auto *editorLayout = new QVBoxLayout(m_editor);
    editorLayout->addWidget(m_members);
    editorLayout->addSpacing(6);
    editorLayout->addLayout(form);
    editorLayout->addLayout(buttons);
    editorLayout->addWidget(m_error);
    editorLayout->addStretch(1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(close);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &GridDialog::classSelected);
    connect(m_members, &QListWidget::itemSelectionChanged, this, &GridDialog::memberSelected);
    connect(m_missingOnly, &QCheckBox::toggled, this, [this] { refill(false); });
    connect(m_add, &QPushButton::clicked, this, &GridDialog::addMember);
    connect(m_save, &QPushButton::clicked, this, &GridDialog::saveMember);
    connect(m_remove, &QPushButton::clicked, this, &GridDialog::removeMember);
    connect(m_account, &QComboBox::activated, this, [this] { linkAccount(m_account->currentData().toString()); });
    connect(m_teacher, &QLineEdit::returnPressed, this, [this] {
        if (m_members->currentItem() && m_members->currentItem()->isSelected())
            saveMember();
        else
            addMember();
    });

    resize(1000, 620);
    reload();
    fillTable();
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    else
        classSelected();
}

void GridDialog::reload()
{
    m_classes.clear();
    try {
        for (const GridClass &c : m_grid.classes())
            m_classes.append({ c.grade, c.className, c.enrolled, {} });
        for (const GridMember &m : m_grid.members()) {
            auto it = std::find_if(m_classes.begin(), m_classes.end(),
                [&](const ClassRow &r) { return r.grade == m.grade && r.className == m.className; });
            if (it == m_classes.end()) {
                // Teachers of a class that has no enrolled students any more: listed so they can be removed.
                m_classes.append({ m.grade, m.className, 0, {} });
                it = m_classes.end() - 1;
            }
            it->members.append(m);
        }
    } catch (const Error &e) {
        showError(e.message());
    }
    std::stable_sort(m_classes.begin(), m_classes.end(),
        [](const ClassRow &a, const ClassRow &b) { return classBefore(a.grade, a.className, b.grade, b.className); });
    QSignalBlocker block(m_account);
    m_account->clear();
    m_account->addItem(tr("(not linked)"), QString());
    if (m_mayLink) {
        try {
            for (const AccountInfo &a : AccountRepository(m_school.db(), m_school.user()).accounts())
                if (a.role == AccountRole::ClassTeacher && !a.disabled)
                    m_account->addItem(a.username, a.username);
        } catch (const Error &e) {
            showError(e.message());
        }
    }
}

void GridDialog::fillTable()
{
    QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    for (qsizetype i = 0; i < m_classes.size(); ++i) {
        const ClassRow &c = m_classes.at(i);
        QStringList names[3];
        for (const GridMember &m : c.members)
            names[static_cast<int>(m.role)] << m.teacher;
        const bool missing = names[static_cast<int>(GridRole::ClassTeacher)].isEmpty();
        if (m_missingOnly->isChecked() && !missing)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *label = new QTableWidgetItem(classLabel(c.grade, c.className));
        label->setData(Qt::UserRole, static_cast<int>(i));
        m_table->setItem(row, ClassColumn, label);
        auto *count = new QTableWidgetItem(QLocale().toString(c.enrolled));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, StudentsColumn, count);
        const int columns[3] = { ClassTeacherColumn, DeputyColumn, GradeLeaderColumn };
        for (int r = 0; r < 3; ++r)
            m_table->setItem(row, columns[r], new QTableWidgetItem(names[r].join(tr(", "))));
        if (missing) {
            QTableWidgetItem *teacher = m_table->item(row, ClassTeacherColumn);
            teacher->setText(tr("Not registered"));
            for (int col = 0; col < m_table->columnCount(); ++col) {
                m_table->item(row, col)->setBackground(MissingBackground);
                m_table->item(row, col)->setForeground(MissingForeground);
            }
        }
    }
    m_table->resizeColumnsToContents();
    for (int col = ClassTeacherColumn; col <= GradeLeaderColumn; ++col)
        m_table->setColumnWidth(col, qMax(m_table->columnWidth(col), 90));
    updateSummary();
}

void GridDialog::refill(bool reread)
{
    const int previous = currentClass();
    const int grade = previous >= 0 ? m_classes.at(previous).grade : 0;
    const QString className = previous >= 0 ? m_classes.at(previous).className : QString();
    if (reread)
        reload();
    fillTable();
    if (previous < 0 || !selectClass(grade, className))
        classSelected();
}

void GridDialog::updateSummary()
{
    int missing = 0;
    for (const ClassRow &c : std::as_const(m_classes)) {
        const bool hasTeacher = std::any_of(
            c.members.cbegin(), c.members.cend(), [](const GridMember &m) { return m.role == GridRole::ClassTeacher; });
        if (!hasTeacher && c.enrolled > 0)
            ++missing;
    }
    m_summary->setText(tr("%n class(es)", nullptr, static_cast<int>(m_classes.size())) + tr(", ")
        + tr("%n without a class teacher", nullptr, missing));
}

bool GridDialog::selectClass(int grade, const QString &className)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const int i = m_table->item(row, ClassColumn)->data(Qt::UserRole).toInt();
        if (m_classes.at(i).grade == grade && m_classes.at(i).className == className) {
            m_table->selectRow(row);
            m_table->scrollToItem(m_table->item(row, ClassColumn));
            classSelected();
            return true;
        }
    }
    return false;
}

int GridDialog::currentClass() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    for (const QTableWidgetItem *item : selected)
        if (item->column() == ClassColumn)
            return item->data(Qt::UserRole).toInt();
    return -1;
}

void GridDialog::classSelected()
{
    const int i = currentClass();
    m_error->hide();
    QSignalBlocker block(m_members);
    m_members->clear();
    m_teacher->clear();
    m_phone->clear();
    m_editor->setEnabled(i >= 0);
    m_save->setEnabled(false);
    m_remove->setEnabled(false);
    {
        QSignalBlocker blockAccount(m_account);
        m_account->setCurrentIndex(0);
        m_account->setEnabled(false);
    }
    if (i < 0) {
        m_editor->setTitle(tr("Choose a class"));
        return;
    }
    const ClassRow &c = m_classes.at(i);
    m_editor->setTitle(classLabel(c.grade, c.className));
    bool hasClassTeacher = false;
    for (const GridMember &m : c.members) {
        QString text = m.teacher + QStringLiteral(" · ") + gridRoleName(m.role);
        if (!m.phone.isEmpty())
            text += QStringLiteral(" · ") + m.phone;
        if (!m.account.isEmpty())
            text += QStringLiteral(" · ") + tr("account %1").arg(m.account);
        auto *item = new QListWidgetItem(text, m_members);
        item->setData(Qt::UserRole, m.id);
        hasClassTeacher = hasClassTeacher || m.role == GridRole::ClassTeacher;
    }
    if (c.members.isEmpty()) {
        auto *hint = new QListWidgetItem(tr("No teacher registered for this class yet."), m_members);
        hint->setFlags(Qt::NoItemFlags);
    }
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(hasClassTeacher ? GridRole::Deputy : GridRole::ClassTeacher)));
}

void GridDialog::memberSelected()
{
    const QListWidgetItem *item = m_members->currentItem();
    const bool selected = item && item->isSelected() && item->data(Qt::UserRole).toLongLong() != 0;
    m_save->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_error->hide();
    QSignalBlocker block(m_account);
    m_account->setCurrentIndex(0);
    m_account->setEnabled(false);
    const int i = currentClass();
    if (!selected || i < 0)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    for (const GridMember &m : m_classes.at(i).members) {
        if (m.id == id) {
            m_teacher->setText(m.teacher);
            m_role->setCurrentIndex(m_role->findData(static_cast<int>(m.role)));
            m_phone->setText(m.phone);
            if (!m.account.isEmpty() && m_account->findData(m.account) < 0)
                m_account->addItem(m.account, m.account); // linked before it was disabled, or read-only here
            m_account->setCurrentIndex(qMax(0, m_account->findData(m.account)));
            m_account->setEnabled(m_mayLink && m.role == GridRole::ClassTeacher);
        }
    }
}

void GridDialog::linkAccount(const QString &account)
{
    const QListWidgetItem *item = m_members->currentItem();
    if (!item || !item->isSelected() || item->data(Qt::UserRole).toLongLong() == 0) {
        showError(tr("Choose the class teacher in the list first."));
        return;
    }
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    try {
        m_grid.linkAccount(id, account);
    } catch (const Error &e) {
        showError(e.message());
        memberSelected();
        return;
    }
    m_changed = true;
    refill(true);
    for (int row = 0; row < m_members->count(); ++row)
        if (m_members->item(row)->data(Qt::UserRole).toLongLong() == id)
            m_members->setCurrentRow(row);
}

GridMember GridDialog::formMember() const
{
    GridMember m;
    const int i = currentClass();
    if (i >= 0) {
        m.grade = m_classes.at(i).grade;
        m.className = m_classes.at(i).className;
    }
    m.teacher = m_teacher->text();
    m.role = static_cast<GridRole>(m_role->currentData().toInt());
    m.phone = m_phone->text();
    return m;
}

void GridDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void GridDialog::addMember()
{
    if (currentClass() < 0) {
        showError(tr("Choose a class in the list first."));
        return;
    }
    try {
        m_grid.save(formMember());
    } catch (const Error &e) {
        showError(e.message());
        m_teacher->setFocus();
        return;
    }
    m_changed = true;
    refill(true);
    m_teacher->setFocus();
}

void GridDialog::saveMember()
{
    const QListWidgetItem *item = m_members->currentItem();
    if (!item || !item->isSelected() || currentClass() < 0) {
        showError(tr("Choose the teacher to change in the list first."));
        return;
    }
    GridMember m = formMember();
    m.id = item->data(Qt::UserRole).toLongLong();
    try {
        m_grid.save(m);
    } catch (const Error &e) {
        showError(e.message());
        return;
    }
    m_changed = true;
    refill(true);
}

void GridDialog::removeMember()
{
    const QListWidgetItem *item = m_members->currentItem();
    if (!item || !item->isSelected()) {
        showError(tr("Choose the teacher to remove in the list first."));
        return;
    }
    try {
        m_grid.remove(item->data(Qt::UserRole).toLongLong());
    } catch (const Error &e) {
        showError(e.message());
        return;
    }
    m_changed = true;
    refill(true);
}

} // namespace xinan::ui
