#include "plandialog.h"

#include "common/formparts.h"

#include "error.h"
#include "platform/clock.h"
#include "repo/gridrepository.h"
#include "repo/riskrepository.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

QPlainTextEdit *textBox(QWidget *parent, const char *name, const QString &placeholder, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QLineEdit *lineBox(QWidget *parent, const char *name, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setPlaceholderText(placeholder);
    edit->setMaxLength(PlanRepository::MaxNameLength);
    return edit;
}

} // namespace

PlanDialog::PlanDialog(SchoolFile &school, qint64 studentId, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_situation(textBox(this, "situation", tr("Family, school life, what was observed, the assessment"), 4))
    , m_goals(textBox(this, "goals", tr("What should change, by when (e.g. sleeps 7 hours within a month)"), 3))
    , m_measures(textBox(this, "measures", tr("Who does what, how often: talks, class observation, home contact, referral"), 4))
    , m_classTeacher(lineBox(this, "classTeacher", tr("Name")))
    , m_counsellor(lineBox(this, "counsellor", tr("Name (required)")))
    , m_parent(lineBox(this, "parent", tr("Name and relation")))
    , m_leader(lineBox(this, "leader", tr("Name")))
    , m_contact(textBox(this, "contact", tr("Who reports to whom, how often, and whom to call in an emergency"), 2))
    , m_reviewDays(new QSpinBox(this))
    , m_informedYes(new QRadioButton(tr("Yes, on"), this))
    , m_informedNo(new QRadioButton(tr("Not yet, because"), this))
    , m_informedOn(new QDateEdit(this))
    , m_notInformedReason(new QLineEdit(this))
    , m_error(makeErrorLabel(this, QStringLiteral("planError")))
{
    const std::optional<Student> student = StudentRepository(school.db(), school.user()).find(studentId);
    if (const auto active = PlanRepository(school.db(), school.user()).current(studentId)) {
        m_plan = *active;
    } else {
        m_plan.studentId = studentId;
        if (student) {
            const QStringList teachers
                = GridRepository(school.db(), school.user()).teachersOf(student->grade, student->className);
            if (!teachers.isEmpty())
                m_plan.classTeacher = teachers.first();
            if (!student->guardians.isEmpty()) {
                const Guardian &g = student->guardians.first();
                m_plan.parent = g.relation.isEmpty() ? g.name : tr("%1 (%2)").arg(g.name, g.relation);
            }
        }
    }

    m_situation->setPlainText(m_plan.situation);
    m_goals->setPlainText(m_plan.goals);
    m_measures->setPlainText(m_plan.measures);
    m_classTeacher->setText(m_plan.classTeacher);
    m_counsellor->setText(m_plan.counsellor);
    m_parent->setText(m_plan.parent);
    m_leader->setText(m_plan.leader);
    m_contact->setPlainText(m_plan.contact);
    m_reviewDays->setObjectName(QStringLiteral("reviewDays"));
    m_reviewDays->setRange(1, 90);
    m_reviewDays->setValue(m_plan.reviewDays);
    m_reviewDays->setSuffix(tr(" days"));
    m_informedYes->setObjectName(QStringLiteral("parentInformedYes"));
    m_informedNo->setObjectName(QStringLiteral("parentInformedNo"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_informedYes);
    group->addButton(m_informedNo);
    m_informedOn->setObjectName(QStringLiteral("parentInformedOn"));
    m_informedOn->setCalendarPopup(true);
    m_informedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_informedOn->setMaximumDate(clock::today());
    m_informedOn->setDate(m_plan.parentInformedOn.isValid() ? m_plan.parentInformedOn : clock::today());
    m_notInformedReason->setObjectName(QStringLiteral("parentNotInformedReason"));
    m_notInformedReason->setPlaceholderText(tr("e.g. guardian working away, not reached yet; grandmother told"));
    m_notInformedReason->setText(m_plan.parentNotInformedReason);
    m_notInformedReason->setCursorPosition(0);
    // A new plan asks the question: nothing is ticked until the teacher says.
    if (!isNewPlan())
        (m_plan.parentInformed ? m_informedYes : m_informedNo)->setChecked(true);
    connect(m_informedYes, &QRadioButton::toggled, this, &PlanDialog::updateParentFields);

    // Left: what the plan is; right: who is responsible and how it is followed.
    auto *what = new QGroupBox(tr("The plan"), this);
    auto *whatForm = new QFormLayout(what);
    whatForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    whatForm->addRow(tr("Situation"), m_situation);
    whatForm->addRow(tr("Goals"), m_goals);
    whatForm->addRow(tr("Measures"), m_measures);

    auto *who = new QGroupBox(tr("Responsible people"), this);
    auto *whoForm = new QFormLayout(who);
    whoForm->addRow(tr("Class teacher"), m_classTeacher);
    whoForm->addRow(tr("Counselling teacher"), m_counsellor);
    whoForm->addRow(tr("Parent or guardian"), m_parent);
    whoForm->addRow(tr("School leader in charge"), m_leader);

    auto *follow = new QGroupBox(tr("Follow-up"), this);
    auto *followForm = new QFormLayout(follow);
    followForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    followForm->addRow(tr("Contact arrangements"), m_contact);
    followForm->addRow(tr("Review every"), m_reviewDays);
    auto *yesRow = new QHBoxLayout;
    yesRow->addWidget(m_informedYes);
    yesRow->addWidget(m_informedOn);
    yesRow->addStretch(1);
    auto *informed = new QVBoxLayout;
    informed->addLayout(yesRow);
    informed->addWidget(m_informedNo);
    informed->addWidget(m_notInformedReason);
    followForm->addRow(tr("Parents informed"), informed);
    m_contact->setMaximumHeight(m_contact->fontMetrics().lineSpacing() * 4 + 12);

    auto *right = new QVBoxLayout;
    right->addWidget(who);
    right->addWidget(follow);
    right->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addWidget(what, 1);
    columns->addLayout(right, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanDialog::reject);

    // Who the plan is for, at the top (the window title is not always visible).
    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("planStudent"));
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);
    if (student)
        heading->setText(tr("%1 · %2 %3 · %4")
                             .arg(student->name, gradeName(student->grade), student->className,
                                 riskLevelName(RiskRepository(school.db(), school.user()).current(studentId))));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    const QString name = student ? student->name : QString();
    setWindowTitle(isNewPlan() ? tr("New individual plan: %1").arg(name) : tr("Individual plan: %1").arg(name));
    updateParentFields();
    resize(960, 620);
}

void PlanDialog::updateParentFields()
{
    m_informedOn->setEnabled(m_informedYes->isChecked());
    m_notInformedReason->setEnabled(m_informedNo->isChecked());
}

KeyPlan PlanDialog::fromForm() const
{
    KeyPlan p = m_plan;
    p.situation = m_situation->toPlainText();
    p.goals = m_goals->toPlainText();
    p.measures = m_measures->toPlainText();
    p.classTeacher = m_classTeacher->text();
    p.counsellor = m_counsellor->text();
    p.parent = m_parent->text();
    p.leader = m_leader->text();
    p.contact = m_contact->toPlainText();
    p.reviewDays = m_reviewDays->value();
    p.parentInformed = m_informedYes->isChecked();
    p.parentInformedOn = p.parentInformed ? m_informedOn->date() : QDate();
    p.parentNotInformedReason = p.parentInformed ? QString() : m_notInformedReason->text();
    return p;
}

void PlanDialog::accept()
{
    if (!m_informedYes->isChecked() && !m_informedNo->isChecked()) {
        m_error->setText(
            tr("Say whether the parents or guardians were informed of the plan: \"%1\" with the day, or \"%2\" with the reason.")
                .arg(m_informedYes->text(), m_informedNo->text()));
        m_error->show();
        return;
    }
    try {
        const KeyPlan plan = fromForm();
        m_plan.id = PlanRepository(m_school.db(), m_school.user()).save(plan, clock::nowUtc());
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

ClosePlanDialog::ClosePlanDialog(SchoolFile &school, qint64 studentId, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_studentId(studentId)
    , m_reason(
          textBox(this, "closeReason", tr("e.g. lowered to yellow at the review of 2026-11-20; follow-up by the counsellor"), 3))
    , m_error(makeErrorLabel(this, QStringLiteral("closeError")))
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *close = buttons->addButton(tr("Close plan"), QDialogButtonBox::AcceptRole);
    close->setObjectName(QStringLiteral("confirmClose"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ClosePlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClosePlanDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("The plan is kept in the student's file. Why is it closed?"), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setWindowTitle(tr("Close individual plan"));
    resize(480, 240);
}

void ClosePlanDialog::accept()
{
    try {
        PlanRepository(m_school.db(), m_school.user()).close(m_studentId, m_reason->toPlainText(), clock::nowUtc());
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace xinan::ui
