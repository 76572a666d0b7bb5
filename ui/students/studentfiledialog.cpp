#include "studentfiledialog.h"

#include "sensitiveclipboard.h"
#include "studenttimeline.h"

#include "common/formparts.h"
#include "common/studentfiletab.h"
#include "leave/statuschangedialog.h"

#include "error.h"
#include "repo/settingsrepository.h"
#include "repo/studentquery.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace xinan::ui {
namespace {

// A QDateEdit cannot be empty: its minimum date stands for "unknown".
const QDate UnknownDate(1900, 1, 1);

enum GuardianColumn { GuardianName, GuardianRelation, GuardianPhone };

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

StudentFileDialog::StudentFileDialog(SchoolFile &school, qint64 studentId, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_tabs(new QTabWidget(this))
    , m_studentNo(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_gender(new QComboBox(this))
    , m_birthDate(new QDateEdit(this))
    , m_grade(new QComboBox(this))
    , m_className(new QLineEdit(this))
    , m_ethnicity(new QComboBox(this))
    , m_boarding(new QCheckBox(tr("Lives at school (boarder)"), this))
    , m_status(new QLabel(this))
    , m_changeStatus(new QPushButton(tr("Change status…"), this))
    , m_guardians(new QTableWidget(0, 3, this))
    , m_addGuardian(new QPushButton(tr("Add guardian"), this))
    , m_removeGuardian(new QPushButton(tr("Remove guardian"), this))
    , m_error(makeErrorLabel(this, QStringLiteral("fileError")))
{
    // A role that may only read students' files (校领导, 班主任) gets a read-only form without
    // the ID-card number; the timeline, which gathers counselling records, notes and crisis
    // details, only for the roles that read those (the role matrix, roleAllows).
    m_editable = mayWrite(school, DataKind::StudentBasic);
    QString problem;
    try {
        m_storesIdCard = m_editable
            && SettingsRepository(school.db(), school.user()).flag(QString::fromLatin1(SettingsRepository::StoreIdCardKey));
        if (studentId != 0) {
            if (auto found = StudentRepository(school.db(), school.user()).find(studentId))
                m_student = *found;
        }
    } catch (const Error &e) {
        problem = e.message();
    }
    m_student.id = studentId;

    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(buildBasicTab(), tr("Basic information"));
    m_tabs->addTab(buildFamilyTab(), tr("Family and guardians"));
    m_tabs->addTab(buildCircumstancesTab(), tr("Special circumstances"));
    if (mayRead(school, DataKind::Counselling) && mayRead(school, DataKind::CrisisDetail)) {
        m_timeline = new StudentTimeline(school, studentId, this);
        m_tabs->addTab(m_timeline, tr("Timeline"));
    }
    // The modules' tabs (studentFileTabFactories()), for a saved student and the account's role.
    if (studentId != 0) {
        std::vector<StudentFileTabFactory> tabs = studentFileTabFactories();
        std::stable_sort(tabs.begin(), tabs.end(), [](const auto &a, const auto &b) { return a.order < b.order; });
        const std::optional<AccountRole> role = openAccountRole(school);
        for (const StudentFileTabFactory &tab : tabs) {
            if (!roleSees(tab.roles, role))
                continue;
            QWidget *widget = tab.create(school, studentId, this);
            if (widget->objectName().isEmpty())
                widget->setObjectName(tab.id);
            m_tabs->addTab(widget, tab.title());
        }
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &StudentFileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StudentFileDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    load(m_student);
    if (!m_editable) {
        makeReadOnly();
        buttons->setStandardButtons(QDialogButtonBox::Close);
    }
    if (!problem.isEmpty()) {
        m_error->setText(tr("The student's file cannot be read: %1").arg(problem));
        m_error->show();
    }
    setWindowTitle(studentId == 0 ? tr("New student") : tr("Student file: %1").arg(m_student.name));
    resize(760, 580);
}

void StudentFileDialog::makeReadOnly()
{
    for (QLineEdit *edit : { m_studentNo, m_name, m_className })
        edit->setReadOnly(true);
    m_birthDate->setReadOnly(true);
    m_birthDate->setCalendarPopup(false);
    for (QWidget *w : std::initializer_list<QWidget *> { m_gender, m_grade, m_ethnicity, m_boarding })
        w->setEnabled(false);
    m_changeStatus->hide();
    for (QCheckBox *box : std::as_const(m_circumstances))
        box->setEnabled(false);
    m_guardians->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_addGuardian->hide();
    m_removeGuardian->hide();
    if (auto *hint = findChild<QLabel *>(QStringLiteral("guardianHint")))
        hint->setText(tr("Parents, grandparents or whoever looks after the student."));
}

QWidget *StudentFileDialog::buildBasicTab()
{
    auto *page = new QWidget(this);
    m_studentNo->setObjectName(QStringLiteral("studentNo"));
    m_studentNo->setPlaceholderText(tr("e.g. G520102201309010001"));
    m_studentNo->setMaxLength(30);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(40);
    m_gender->setObjectName(QStringLiteral("gender"));
    for (const Gender g : { Gender::Male, Gender::Female, Gender::Unknown })
        m_gender->addItem(genderName(g), static_cast<int>(g));
    m_birthDate->setObjectName(QStringLiteral("birthDate"));
    m_birthDate->setCalendarPopup(true);
    m_birthDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_birthDate->setMinimumDate(UnknownDate);
    m_birthDate->setSpecialValueText(tr("Unknown"));
    m_grade->setObjectName(QStringLiteral("grade"));
    for (int g = 1; g <= 15; ++g)
        m_grade->addItem(gradeName(g), g);
    m_className->setObjectName(QStringLiteral("className"));
    m_className->setMaxLength(20);
    m_className->setPlaceholderText(tr("e.g. 3班"));
    auto *classes = new QCompleter(StudentQuery(m_school.db()).classNames(), m_className);
    m_className->setCompleter(classes);
    m_ethnicity->setObjectName(QStringLiteral("ethnicity"));
    m_ethnicity->setEditable(true);
    // Guizhou's common ethnic groups (DOMAIN.md); any other can be typed.
    m_ethnicity->addItems({ QStringLiteral("汉族"), QStringLiteral("苗族"), QStringLiteral("布依族"), QStringLiteral("侗族"),
        QStringLiteral("土家族"), QStringLiteral("彝族"), QStringLiteral("仡佬族"), QStringLiteral("水族"),
        QStringLiteral("回族"), QStringLiteral("白族") });
    m_boarding->setObjectName(QStringLiteral("boarding"));
    m_status->setObjectName(QStringLiteral("status"));
    m_changeStatus->setObjectName(QStringLiteral("changeStatus"));
    m_changeStatus->setAutoDefault(false);
    connect(m_changeStatus, &QPushButton::clicked, this, &StudentFileDialog::changeStatus);
    if (m_student.id == 0) {
        m_changeStatus->setEnabled(false);
        m_changeStatus->setToolTip(tr("A new student is 在读; save the file first to change the status."));
    }

    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Student number (学籍号):"), m_studentNo);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Gender:"), m_gender);
    form->addRow(tr("Birth date:"), m_birthDate);
    form->addRow(tr("Grade:"), m_grade);
    form->addRow(tr("Class:"), m_className);
    form->addRow(tr("Ethnicity:"), m_ethnicity);
    form->addRow(QString(), m_boarding);
    auto *statusHint = new QLabel(tr("Each change of status is recorded with its day and reason, on the timeline. Graduated, "
                                     "transferred out, withdrawn and suspended students are archived: kept, but hidden "
                                     "from the list of current students."),
        page);
    statusHint->setWordWrap(true);
    statusHint->setStyleSheet(QStringLiteral("color: palette(dark);"));
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_changeStatus);
    statusRow->addStretch(1);
    form->addRow(tr("Status:"), statusRow);
    form->addRow(QString(), statusHint);
    if (m_storesIdCard) {
        m_idCard = new QLineEdit(page);
        m_idCard->setObjectName(QStringLiteral("idCard"));
        m_idCard->setMaxLength(18);
        m_showIdCard = new QToolButton(page);
        m_showIdCard->setObjectName(QStringLiteral("showIdCard"));
        m_showIdCard->setText(tr("Show"));
        m_showIdCard->setCheckable(true);
        connect(m_showIdCard, &QToolButton::toggled, this, &StudentFileDialog::setIdCardShown);
        auto *row = new QHBoxLayout;
        row->addWidget(m_idCard, 1);
        row->addWidget(m_showIdCard);
        form->addRow(tr("ID-card number (身份证号):"), row);
    }
    return page;
}

QWidget *StudentFileDialog::buildFamilyTab()
{
    auto *page = new QWidget(this);
    m_guardians->setObjectName(QStringLiteral("guardians"));
    m_guardians->setHorizontalHeaderLabels({ tr("Name"), tr("Relation"), tr("Phone") });
    m_guardians->horizontalHeader()->setStretchLastSection(true);
    m_guardians->setColumnWidth(GuardianName, 160);
    m_guardians->setColumnWidth(GuardianRelation, 140);
    m_guardians->verticalHeader()->hide();
    m_guardians->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_guardians->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_guardians, &QTableWidget::customContextMenuRequested, this, &StudentFileDialog::guardianContextMenu);
    connect(m_guardians, &QTableWidget::itemSelectionChanged, this, &StudentFileDialog::updateGuardianButtons);
    m_addGuardian->setObjectName(QStringLiteral("addGuardian"));
    m_removeGuardian->setObjectName(QStringLiteral("removeGuardian"));
    connect(m_addGuardian, &QPushButton::clicked, this, [this] {
        addGuardianRow({});
        m_guardians->setCurrentCell(m_guardians->rowCount() - 1, GuardianName);
        m_guardians->editItem(m_guardians->item(m_guardians->rowCount() - 1, GuardianName));
    });
    connect(m_removeGuardian, &QPushButton::clicked, this, [this] {
        const int row = m_guardians->currentRow();
        if (row >= 0)
            m_guardians->removeRow(row);
        updateGuardianButtons();
    });
    auto *hint = new QLabel(tr("Up to %1 guardians: parents, grandparents or whoever looks after the student. Double-click a "
                               "cell to edit it.")
                                .arg(MaxGuardians),
        page);
    hint->setObjectName(QStringLiteral("guardianHint"));
    hint->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addGuardian);
    buttons->addWidget(m_removeGuardian);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(hint);
    layout->addWidget(m_guardians, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget *StudentFileDialog::buildCircumstancesTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *hint = new QLabel(tr("Circumstances that call for more attention. A student may have several."), page);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    for (const SpecialCircumstance c : allSpecialCircumstances()) {
        auto *box = new QCheckBox(specialCircumstanceName(c), page);
        box->setObjectName(QStringLiteral("circumstance%1").arg(static_cast<int>(c)));
        layout->addWidget(box);
        m_circumstances << box;
    }
    layout->addStretch(1);
    return page;
}

void StudentFileDialog::load(const Student &s)
{
    m_studentNo->setText(s.studentNo);
    m_name->setText(s.name);
    m_gender->setCurrentIndex(m_gender->findData(static_cast<int>(s.gender)));
    m_birthDate->setDate(s.birthDate.isValid() ? s.birthDate : UnknownDate);
    m_grade->setCurrentIndex(std::max(0, m_grade->findData(s.grade)));
    m_className->setText(s.className);
    m_ethnicity->setCurrentText(s.ethnicity);
    m_boarding->setChecked(s.boarding);
    m_status->setText(statusName(s.status));
    m_guardians->setRowCount(0);
    for (const Guardian &g : s.guardians)
        addGuardianRow(g);
    updateGuardianButtons();
    const auto all = allSpecialCircumstances();
    for (qsizetype i = 0; i < all.size(); ++i)
        m_circumstances.at(i)->setChecked(s.specialFlags & all.at(i));
    if (m_idCard) {
        m_idCardValue = s.idCard;
        m_idCardShown = false;
        // An empty number is typed in the clear; a stored one starts masked.
        const QSignalBlocker block(m_showIdCard);
        m_showIdCard->setChecked(s.idCard.isEmpty());
        setIdCardShown(s.idCard.isEmpty());
    }
}

void StudentFileDialog::addGuardianRow(const Guardian &g)
{
    const int row = m_guardians->rowCount();
    m_guardians->insertRow(row);
    m_guardians->setItem(row, GuardianName, new QTableWidgetItem(g.name));
    m_guardians->setItem(row, GuardianRelation, new QTableWidgetItem(g.relation));
    m_guardians->setItem(row, GuardianPhone, new QTableWidgetItem(g.phone));
    updateGuardianButtons();
}

void StudentFileDialog::updateGuardianButtons()
{
    m_addGuardian->setEnabled(m_guardians->rowCount() < MaxGuardians);
    m_removeGuardian->setEnabled(m_guardians->currentRow() >= 0);
}

void StudentFileDialog::setIdCardShown(bool shown)
{
    if (!m_idCard)
        return;
    if (m_idCardShown && !shown)
        m_idCardValue = m_idCard->text().trimmed();
    m_idCardShown = shown;
    if (shown) {
        m_idCard->setText(m_idCardValue);
        m_idCard->setReadOnly(false);
        m_showIdCard->setText(tr("Hide"));
    } else {
        m_idCard->setText(maskIdCard(m_idCardValue));
        m_idCard->setReadOnly(true);
        m_showIdCard->setText(tr("Show"));
    }
}

void StudentFileDialog::guardianContextMenu(const QPoint &pos)
{
    const int row = m_guardians->rowAt(pos.y());
    if (row < 0)
        return;
    const QString phone = cellText(m_guardians, row, GuardianPhone);
    QMenu menu(this);
    QAction *copy = menu.addAction(tr("Copy phone number"));
    copy->setEnabled(!phone.isEmpty());
    menu.addSeparator();
    menu.addAction(tr("The clipboard is cleared after 30 seconds."))->setEnabled(false);
    if (menu.exec(m_guardians->viewport()->mapToGlobal(pos)) == copy)
        SensitiveClipboard::shared().copy(phone);
}

Student StudentFileDialog::student() const
{
    Student s;
    s.id = m_student.id;
    s.studentNo = m_studentNo->text().trimmed();
    s.name = m_name->text().trimmed();
    s.gender = static_cast<Gender>(m_gender->currentData().toInt());
    s.birthDate = m_birthDate->date() == UnknownDate ? QDate() : m_birthDate->date();
    s.grade = m_grade->currentData().toInt();
    s.className = m_className->text().trimmed();
    s.ethnicity = m_ethnicity->currentText().trimmed();
    s.boarding = m_boarding->isChecked();
    s.status = m_student.status; // changed only through changeStatus()
    const auto all = allSpecialCircumstances();
    for (qsizetype i = 0; i < all.size(); ++i)
        if (m_circumstances.at(i)->isChecked())
            s.specialFlags |= all.at(i);
    for (int row = 0; row < m_guardians->rowCount(); ++row) {
        const Guardian g { cellText(m_guardians, row, GuardianName), cellText(m_guardians, row, GuardianRelation),
            cellText(m_guardians, row, GuardianPhone) };
        if (!g.name.isEmpty() || !g.relation.isEmpty() || !g.phone.isEmpty()) // an untouched new row is no guardian
            s.guardians << g;
    }
    if (m_idCard)
        s.idCard = m_showIdCard->isChecked() ? m_idCard->text().trimmed() : m_idCardValue;
    else
        s.idCard = m_student.idCard;
    return s;
}

StatusChangeDialog *StudentFileDialog::changeStatus()
{
    if (!m_editable || m_student.id == 0)
        return nullptr;
    auto *dialog = new StatusChangeDialog(m_school, m_student.id, this);
    connect(dialog, &QDialog::accepted, this, &StudentFileDialog::reloadStatus);
    openWindowModal(dialog);
    return dialog;
}

void StudentFileDialog::reloadStatus()
{
    try {
        if (const auto found = StudentRepository(m_school.db(), m_school.user()).find(m_student.id))
            m_student.status = found->status;
    } catch (const Error &e) {
        showProblems({ e.message() });
    }
    m_status->setText(statusName(m_student.status));
    if (m_timeline)
        m_timeline->reload();
    Q_EMIT statusChanged();
}

void StudentFileDialog::showProblems(const QStringList &problems)
{
    QStringList lines;
    for (const QString &p : problems)
        lines << QStringLiteral("• ") + p;
    m_error->setText(tr("Not saved:") + u'\n' + lines.join(u'\n'));
    m_error->show();
}

void StudentFileDialog::accept()
{
    if (!m_editable) { // read-only: Close is the only button, and Enter closes too
        QDialog::reject();
        return;
    }
    const Student s = student();
    const QStringList problems = validationProblems(s);
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    try {
        StudentRepository repo(m_school.db(), m_school.user());
        if (s.id == 0)
            m_student.id = repo.add(s);
        else
            repo.update(s);
    } catch (const Error &e) {
        showProblems({ e.message() });
        return;
    }
    m_error->hide();
    QDialog::accept();
}

} // namespace xinan::ui
