#include "homevisitdialog.h"

#include "visitparts.h"

#include "common/accountroles.h"
#include "common/formparts.h"
#include "common/studentpicker.h"

#include "error.h"
#include "platform/clock.h"
#include "repo/accountrepository.h"
#include "repo/gridrepository.h"
#include "repo/officerepository.h"
#include "repo/studentquery.h"
#include "services/schoolfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

// A text field at least `lines` high; it takes the height the dialog has to spare.
QPlainTextEdit *textBox(QWidget *parent, const char *objectName, int lines)
{
    auto *box = new QPlainTextEdit(parent);
    box->setObjectName(QString::fromLatin1(objectName));
    box->setTabChangesFocus(true);
    box->setMinimumHeight(box->fontMetrics().lineSpacing() * lines + 14);
    return box;
}

VisitorRole visitorRoleOf(AccountRole role)
{
    switch (role) {
    case AccountRole::Counsellor:
        return VisitorRole::Counsellor;
    case AccountRole::ClassTeacher:
        return VisitorRole::ClassTeacher;
    case AccountRole::Head:
        return VisitorRole::Leader;
    case AccountRole::Admin:
        return VisitorRole::Other;
    }
    return VisitorRole::Other;
}

} // namespace

HomeVisitDialog::HomeVisitDialog(SchoolFile &school, qint64 visitId, qint64 studentId, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_visitId(visitId)
    , m_readOnly(!mayWrite(school, DataKind::HomeVisits))
    , m_when(new QDateTimeEdit(this))
    , m_form(new QComboBox(this))
    , m_purpose(new QComboBox(this))
    , m_finder(new StudentFinder(school, this))
    , m_addStudent(new QPushButton(tr("Add to the visit"), this))
    , m_students(new QListWidget(this))
    , m_removeStudent(new QPushButton(tr("Remove"), this))
    , m_visitorRows(new QVBoxLayout)
    , m_addVisitor(new QPushButton(tr("Add a visitor"), this))
    , m_metWhom(new QLineEdit(this))
    , m_metRelation(new QComboBox(this))
    , m_familyNotes(textBox(this, "familyNotes", 2))
    , m_studentAtHome(textBox(this, "studentAtHome", 3))
    , m_parentsViews(textBox(this, "parentsViews", 3))
    , m_agreed(textBox(this, "agreed", 3))
    , m_hasFollowup(new QCheckBox(tr("Follow-up on"), this))
    , m_followupOn(makeDateEdit(this, QStringLiteral("followupOn"), clock::today().addDays(14)))
    , m_followupOwner(nullptr)
    , m_error(makeErrorLabel(this, QStringLiteral("visitError")))
    , m_save(new QPushButton(tr("Save"), this))
{
    setWindowTitle(visitId ? tr("Home visit") : tr("New home visit"));
    loadPeople();

    m_when->setObjectName(QStringLiteral("visitedAt"));
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_when->setCalendarPopup(true);
    const QDateTime now = clock::now();
    m_when->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())));
    m_form->setObjectName(QStringLiteral("visitForm"));
    for (VisitForm f : allVisitForms())
        m_form->addItem(visitFormName(f), visitFormCode(f));
    m_purpose->setObjectName(QStringLiteral("visitPurpose"));
    for (VisitPurpose p : allVisitPurposes())
        m_purpose->addItem(visitPurposeName(p), visitPurposeCode(p));

    // Students: found with the shared finder, added to the visit one by one (siblings).
    m_finder->setCompact(true);
    m_finder->setMaxMatches(8);
    m_finder->matchList()->setMaximumHeight(110);
    m_addStudent->setObjectName(QStringLiteral("addVisitStudent"));
    m_addStudent->setAutoDefault(false);
    m_students->setObjectName(QStringLiteral("visitStudents"));
    m_students->setMaximumHeight(m_students->fontMetrics().lineSpacing() * 4 + 12);
    m_students->setWordWrap(true);
    m_students->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_removeStudent->setObjectName(QStringLiteral("removeVisitStudent"));
    m_removeStudent->setAutoDefault(false);
    connect(m_finder, &StudentFinder::activated, this, &HomeVisitDialog::addStudent);
    connect(m_addStudent, &QPushButton::clicked, this, [this] { addStudent(m_finder->currentStudentId()); });
    connect(m_removeStudent, &QPushButton::clicked, this, [this] { delete m_students->currentItem(); });

    m_addVisitor->setObjectName(QStringLiteral("addVisitor"));
    m_addVisitor->setAutoDefault(false);
    connect(m_addVisitor, &QPushButton::clicked, this, [this] { addVisitor(VisitorRole::ClassTeacher, {}, {}); });

    m_metWhom->setObjectName(QStringLiteral("metWhom"));
    m_metWhom->setPlaceholderText(tr("Name"));
    m_metRelation->setObjectName(QStringLiteral("metRelation"));
    m_metRelation->setEditable(true);
    m_metRelation->addItems({ QString(), tr("Mother"), tr("Father"), tr("Grandparent"), tr("Other guardian") });
    m_followupOwner = makePersonCombo(QStringLiteral("followupOwner"));
    m_followupOwner->setCurrentIndex(-1);
    m_hasFollowup->setObjectName(QStringLiteral("hasFollowup"));
    m_followupOn->setEnabled(false);
    m_followupOwner->setEnabled(false);
    connect(m_hasFollowup, &QCheckBox::toggled, m_followupOn, &QWidget::setEnabled);
    connect(m_hasFollowup, &QCheckBox::toggled, m_followupOwner, &QWidget::setEnabled);

    // Left: the visit and its people.
    auto *what = new QFormLayout;
    what->addRow(tr("Visited on:"), m_when);
    what->addRow(tr("Form:"), m_form);
    what->addRow(tr("Purpose:"), m_purpose);
    auto *studentsBox = new QGroupBox(tr("Students (siblings share one visit)"), this);
    auto *studentBar = new QHBoxLayout;
    studentBar->addWidget(m_finder, 1);
    studentBar->addWidget(m_addStudent, 0, Qt::AlignTop);
    auto *chosenBar = new QHBoxLayout;
    chosenBar->addWidget(m_students, 1);
    chosenBar->addWidget(m_removeStudent, 0, Qt::AlignTop);
    auto *studentsLayout = new QVBoxLayout(studentsBox);
    studentsLayout->addLayout(studentBar);
    studentsLayout->addLayout(chosenBar);
    auto *visitorsBox = new QGroupBox(tr("Visitors"), this);
    auto *visitorsLayout = new QVBoxLayout(visitorsBox);
    m_visitorRows->setContentsMargins(0, 0, 0, 0);
    visitorsLayout->addLayout(m_visitorRows);
    auto *visitorBar = new QHBoxLayout;
    visitorBar->addWidget(makeNoteLabel(tr("Choose an account or type a name."), this), 1);
    visitorBar->addWidget(m_addVisitor);
    visitorsLayout->addLayout(visitorBar);
    auto *met = new QHBoxLayout;
    met->addWidget(m_metWhom, 2);
    met->addWidget(new QLabel(tr("Relation to the student:"), this));
    met->addWidget(m_metRelation, 1);
    auto *metForm = new QFormLayout;
    metForm->addRow(tr("Met whom:"), met);
    auto *left = new QVBoxLayout;
    left->addLayout(what);
    left->addWidget(studentsBox);
    left->addWidget(visitorsBox);
    left->addLayout(metForm);
    left->addStretch();

    // Right: what was found and agreed.
    auto *familyBox = new QGroupBox(tr("Family situation"), this);
    auto *tagGrid = new QGridLayout;
    const QStringList codes = familyTagCodes();
    for (int i = 0; i < codes.size(); ++i) {
        auto *box = new QCheckBox(familyTagName(codes[i]), this);
        box->setObjectName(QStringLiteral("familyTag_%1").arg(codes[i]));
        m_tags.insert(codes[i], box);
        tagGrid->addWidget(box, i / 4, i % 4);
    }
    m_familyNotes->setPlaceholderText(tr("Notes on the family's situation"));
    m_familyNotes->setFixedHeight(m_familyNotes->minimumHeight());
    familyBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *familyLayout = new QVBoxLayout(familyBox);
    familyLayout->addLayout(tagGrid);
    familyLayout->addWidget(m_familyNotes);
    auto *follow = new QHBoxLayout;
    follow->addWidget(m_hasFollowup);
    follow->addWidget(m_followupOn);
    follow->addWidget(new QLabel(tr("Follow-up by:"), this));
    follow->addWidget(m_followupOwner, 1);
    auto *right = new QFormLayout;
    right->addRow(familyBox);
    right->addRow(tr("The student at home:"), m_studentAtHome);
    right->addRow(tr("Parents' views and needs:"), m_parentsViews);
    right->addRow(tr("What was agreed:"), m_agreed);
    right->addRow(follow);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 5);
    columns->addSpacing(12);
    columns->addLayout(right, 6);

    // Enter in the student search adds the student: it must not save the visit as well, so no
    // button is the default (a QDialogButtonBox would make Save one).
    m_save->setObjectName(QStringLiteral("saveVisit"));
    m_save->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &HomeVisitDialog::accept);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("cancelVisit"));
    cancel->setAutoDefault(false);
    connect(cancel, &QPushButton::clicked, this, &HomeVisitDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    buttons->addWidget(cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    if (visitId) {
        try {
            fill(HomeVisitRepository(m_school.db(), m_school.user()).visit(visitId));
        } catch (const Error &e) {
            showError(e.message());
            m_save->setEnabled(false);
        }
    } else {
        // The signed-in user visited (their role's visitor role), for the student it came from.
        const AccountRole role = openAccountRole(m_school);
        QString name = m_school.user();
        for (const Person &p : std::as_const(m_people))
            if (p.account == m_school.user())
                name = p.name;
        addVisitor(visitorRoleOf(role), m_school.user(), name);
        if (studentId)
            addStudent(studentId);
    }
    if (m_readOnly)
        setReadOnly();
    if (!m_finder->errorText().isEmpty())
        showError(m_finder->errorText());
    resize(1100, 700);
}

void HomeVisitDialog::loadPeople()
{
    // The accounts a visitor may be: the school's accounts where the role may read them, else the
    // signed-in account; named as the staff list or the class grid names them.
    QHash<QString, QString> names;
    try {
        if (mayRead(m_school, DataKind::Rooms))
            for (const StaffMember &s : OfficeRepository(m_school.db(), m_school.user()).staff())
                if (!s.username.isEmpty())
                    names.insert(s.username, s.name);
        if (mayRead(m_school, DataKind::Grid))
            for (const GridMember &m : GridRepository(m_school.db(), m_school.user()).members())
                if (!m.account.isEmpty() && !names.contains(m.account))
                    names.insert(m.account, m.teacher);
        if (mayRead(m_school, DataKind::Accounts)) {
            for (const AccountInfo &a : AccountRepository(m_school.db(), m_school.user()).accounts())
                if (!a.disabled)
                    m_people << Person { a.username, names.value(a.username, a.username), visitorRoleOf(a.role) };
        }
    } catch (const Error &) {
        // The list is a convenience: without it the signed-in account and typed names remain.
    }
    const bool listed
        = std::any_of(m_people.cbegin(), m_people.cend(), [this](const Person &p) { return p.account == m_school.user(); });
    if (!listed)
        m_people.prepend(
            Person { m_school.user(), names.value(m_school.user(), m_school.user()), visitorRoleOf(openAccountRole(m_school)) });
}

QComboBox *HomeVisitDialog::makePersonCombo(const QString &objectName)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setMinimumContentsLength(8);
    for (const Person &p : std::as_const(m_people))
        combo->addItem(p.name == p.account ? p.name : QStringLiteral("%1 (%2)").arg(p.name, p.account), p.account);
    return combo;
}

void HomeVisitDialog::choosePerson(QComboBox *combo, const QString &account, const QString &name)
{
    const int index = account.isEmpty() ? -1 : combo->findData(account);
    if (index >= 0) {
        combo->setCurrentIndex(index);
        return;
    }
    if (!account.isEmpty()) {
        combo->addItem(name.isEmpty() || name == account ? account : QStringLiteral("%1 (%2)").arg(name, account), account);
        combo->setCurrentIndex(combo->count() - 1);
        return;
    }
    combo->setCurrentIndex(-1);
    combo->setEditText(name);
}

std::pair<QString, QString> HomeVisitDialog::personOf(const QComboBox *combo)
{
    const QString text = combo->currentText().trimmed();
    const int index = combo->currentIndex();
    if (index >= 0 && combo->itemText(index) == combo->currentText()) {
        const QString account = combo->itemData(index).toString();
        QString name = text;
        if (name.endsWith(QStringLiteral(" (%1)").arg(account)))
            name.chop(account.size() + 3);
        return { account, name };
    }
    return { QString(), text };
}

void HomeVisitDialog::addVisitor(VisitorRole role, const QString &account, const QString &name)
{
    auto *row = new QWidget(this);
    row->setObjectName(QStringLiteral("visitorRow"));
    auto *roleCombo = new QComboBox(row);
    roleCombo->setObjectName(QStringLiteral("visitorRole"));
    for (VisitorRole r : allVisitorRoles())
        roleCombo->addItem(visitorRoleName(r), visitorRoleCode(r));
    roleCombo->setCurrentIndex(roleCombo->findData(visitorRoleCode(role)));
    QComboBox *person = makePersonCombo(QStringLiteral("visitorName"));
    person->setParent(row);
    choosePerson(person, account, name);
    // Choosing an account from the list also chooses its role.
    connect(person, &QComboBox::activated, roleCombo, [this, person, roleCombo](int index) {
        const QString chosen = person->itemData(index).toString();
        for (const Person &p : std::as_const(m_people))
            if (p.account == chosen)
                roleCombo->setCurrentIndex(roleCombo->findData(visitorRoleCode(p.role)));
    });
    auto *remove = new QToolButton(row);
    remove->setObjectName(QStringLiteral("removeVisitor"));
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(tr("Remove this visitor"));
    connect(remove, &QToolButton::clicked, row, &QObject::deleteLater);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(roleCombo);
    layout->addWidget(person, 1);
    layout->addWidget(remove);
    m_visitorRows->addWidget(row);
    if (m_readOnly) {
        roleCombo->setEnabled(false);
        person->setEnabled(false);
        remove->hide();
    }
}

bool HomeVisitDialog::addStudent(qint64 studentId)
{
    if (studentId == 0 || studentIds().contains(studentId))
        return false;
    QString line;
    try {
        line = studentLineFor(m_school, studentId);
    } catch (const Error &e) {
        showError(e.message()); // a class teacher's student of another class
        return false;
    }
    if (line.isEmpty())
        return false;
    auto *item = new QListWidgetItem(line, m_students);
    item->setData(Qt::UserRole, studentId);
    m_students->setCurrentItem(item);
    m_finder->searchField()->clear();
    return true;
}

QList<qint64> HomeVisitDialog::studentIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_students->count(); ++i)
        ids << m_students->item(i)->data(Qt::UserRole).toLongLong();
    return ids;
}

void HomeVisitDialog::fill(const HomeVisit &v)
{
    m_when->setDateTime(v.visitedAt);
    m_form->setCurrentIndex(m_form->findData(visitFormCode(v.form)));
    m_purpose->setCurrentIndex(m_purpose->findData(visitPurposeCode(v.purpose)));
    for (const VisitStudent &s : v.students) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 · %2 · %3").arg(s.name, visitClassText(s.grade, s.className), s.studentNo), m_students);
        item->setData(Qt::UserRole, s.id);
    }
    for (const Visitor &visitor : v.visitors)
        addVisitor(visitor.role, visitor.account, visitor.name);
    m_metWhom->setText(v.metWhom);
    m_metRelation->setEditText(v.metRelation);
    for (const QString &tag : v.familyTags)
        if (QCheckBox *box = m_tags.value(tag))
            box->setChecked(true);
    m_familyNotes->setPlainText(v.familyNotes);
    m_studentAtHome->setPlainText(v.studentAtHome);
    m_parentsViews->setPlainText(v.parentsViews);
    m_agreed->setPlainText(v.agreed);
    m_hasFollowup->setChecked(v.followupOn.isValid());
    if (v.followupOn.isValid())
        m_followupOn->setDate(v.followupOn);
    // The owner is stored as a name: the listed account of that name, else the name typed.
    choosePerson(m_followupOwner, {}, v.followupOwner);
    for (int i = 0; i < m_followupOwner->count() && !v.followupOwner.isEmpty(); ++i) {
        const QString account = m_followupOwner->itemData(i).toString();
        const QString text = m_followupOwner->itemText(i);
        if (text == v.followupOwner || text == QStringLiteral("%1 (%2)").arg(v.followupOwner, account))
            m_followupOwner->setCurrentIndex(i);
    }
}

void HomeVisitDialog::setReadOnly()
{
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_when, m_form, m_purpose, m_metRelation, m_hasFollowup, m_followupOn, m_followupOwner })
        w->setEnabled(false);
    for (QPlainTextEdit *box : { m_familyNotes, m_studentAtHome, m_parentsViews, m_agreed })
        box->setReadOnly(true);
    m_metWhom->setReadOnly(true);
    for (QCheckBox *box : std::as_const(m_tags))
        box->setEnabled(false);
    m_finder->hide();
    m_addStudent->hide();
    m_removeStudent->hide();
    m_addVisitor->hide();
    m_save->hide();
    if (auto *cancel = findChild<QPushButton *>(QStringLiteral("cancelVisit")))
        cancel->setText(tr("Close"));
}

HomeVisit HomeVisitDialog::visit() const
{
    HomeVisit v;
    v.id = m_visitId;
    v.visitedAt = m_when->dateTime();
    v.form = visitFormFromCode(m_form->currentData().toString()).value_or(VisitForm::Onsite);
    v.purpose = visitPurposeFromCode(m_purpose->currentData().toString()).value_or(VisitPurpose::Routine);
    v.studentIds = studentIds();
    for (const QWidget *row : findChildren<QWidget *>(QStringLiteral("visitorRow"))) {
        const auto *roleCombo = row->findChild<QComboBox *>(QStringLiteral("visitorRole"));
        const auto *person = row->findChild<QComboBox *>(QStringLiteral("visitorName"));
        if (!roleCombo || !person)
            continue;
        const auto [account, name] = personOf(person);
        if (account.isEmpty() && name.isEmpty())
            continue; // an empty row added and left so
        v.visitors << Visitor { visitorRoleFromCode(roleCombo->currentData().toString()).value_or(VisitorRole::Other), account,
            name };
    }
    v.metWhom = m_metWhom->text().trimmed();
    v.metRelation = m_metRelation->currentText().trimmed();
    for (const QString &code : familyTagCodes())
        if (m_tags.value(code)->isChecked())
            v.familyTags << code;
    v.familyNotes = m_familyNotes->toPlainText().trimmed();
    v.studentAtHome = m_studentAtHome->toPlainText().trimmed();
    v.parentsViews = m_parentsViews->toPlainText().trimmed();
    v.agreed = m_agreed->toPlainText().trimmed();
    if (m_hasFollowup->isChecked()) {
        v.followupOn = m_followupOn->date();
        v.followupOwner = personOf(m_followupOwner).second;
    }
    return v;
}

void HomeVisitDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void HomeVisitDialog::accept()
{
    if (m_readOnly)
        return;
    const HomeVisit v = visit();
    try {
        HomeVisitRepository visits(m_school.db(), m_school.user());
        if (m_visitId) {
            visits.update(v);
            m_savedId = m_visitId;
        } else {
            m_savedId = visits.add(v);
        }
    } catch (const Error &e) {
        showError(e.message());
        return;
    }
    QDialog::accept();
}

} // namespace xinan::ui
