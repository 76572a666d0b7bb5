#include "returndialogs.h"

#include "common/colors.h"
#include "common/formparts.h"

#include "error.h"
#include "platform/clock.h"
#include "repo/leaverepository.h"
#include "services/schoolfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

QLineEdit *lineEdit(QWidget *parent, const char *name, int maxLength, const QString &placeholder = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setMaxLength(maxLength);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QPlainTextEdit *textEdit(QWidget *parent, const char *name, int height, const QString &placeholder = {})
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(height);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

ReturnApplicationDialog::ReturnApplicationDialog(SchoolFile &school, qint64 leaveId, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_leaveId(leaveId)
    , m_appliedOn(makeDateEdit(this, QStringLiteral("appliedOn"), clock::today()))
    , m_hospital(lineEdit(this, "certificateHospital", 100, tr("e.g. 贵州省第二人民医院")))
    , m_certificateDate(makeDateEdit(this, QStringLiteral("certificateDate"), clock::today()))
    , m_certificate(textEdit(this, "certificateText", 70, tr("What the certificate says, as written")))
    , m_warning(new QLabel(this))
    , m_stable(new QCheckBox(tr("The condition is stable"), this))
    , m_noRisk(new QCheckBox(tr("No current risk behaviour"), this))
    , m_functioning(new QCheckBox(tr("Daily life and study functioning restored"), this))
    , m_assessors(lineEdit(this, "assessors", 200, tr("e.g. 心理教师、班主任、分管副校长")))
    , m_decision(new QComboBox(this))
    , m_decidedOn(makeDateEdit(this, QStringLiteral("decidedOn"), clock::today()))
    , m_returnOn(makeDateEdit(this, QStringLiteral("returnOn"), clock::today()))
    , m_missing(new QLabel(this))
    , m_plan(new QGroupBox(tr("Return plan"), this))
    , m_placement(lineEdit(this, "planPlacement", 200, tr("e.g. 回原班")))
    , m_schedule(lineEdit(this, "planSchedule", 200, tr("e.g. 前两周只上上午课 (empty: full days)")))
    , m_supporters(lineEdit(this, "planSupporters", 200, tr("e.g. 班主任、心理教师、同桌")))
    , m_relapse(textEdit(this, "planRelapse", 60, tr("Signs to watch for and who does what if they come back")))
    , m_error(makeErrorLabel(this, QStringLiteral("returnError")))
{
    setObjectName(QStringLiteral("returnApplicationDialog"));
    m_warning->setObjectName(QStringLiteral("certificateWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(colors::textStyle(colors::Warning));
    m_warning->hide();
    m_missing->setObjectName(QStringLiteral("missingConditions"));
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(m_warning->styleSheet());
    m_stable->setObjectName(QStringLiteral("conditionStable"));
    m_noRisk->setObjectName(QStringLiteral("noRiskBehaviour"));
    m_functioning->setObjectName(QStringLiteral("functioningRestored"));
    m_decision->setObjectName(QStringLiteral("decision"));
    for (const ReturnDecision d : allReturnDecisions())
        m_decision->addItem(returnDecisionName(d), static_cast<int>(d));

    auto *certificate = new QGroupBox(tr("Medical certificate"), this);
    auto *certificateForm = new QFormLayout(certificate);
    certificateForm->addRow(tr("Hospital:"), m_hospital);
    certificateForm->addRow(tr("Date:"), m_certificateDate);
    certificateForm->addRow(tr("It says:"), m_certificate);
    certificateForm->addRow(QString(), m_warning);

    auto *assessment = new QGroupBox(tr("The school's assessment"), this);
    auto *assessmentLayout = new QFormLayout(assessment);
    auto *conditions = new QVBoxLayout;
    conditions->addWidget(m_stable);
    conditions->addWidget(m_noRisk);
    conditions->addWidget(m_functioning);
    assessmentLayout->addRow(tr("Conditions:"), conditions);
    assessmentLayout->addRow(tr("Assessors:"), m_assessors);

    auto *decision = new QGroupBox(tr("Decision"), this);
    auto *decisionForm = new QFormLayout(decision);
    decisionForm->addRow(tr("Decision:"), m_decision);
    decisionForm->addRow(tr("Decided on:"), m_decidedOn);
    decisionForm->addRow(tr("Back at school on:"), m_returnOn);
    decisionForm->addRow(QString(), m_missing);

    auto *planForm = new QFormLayout(m_plan);
    planForm->addRow(tr("Class placement:"), m_placement);
    planForm->addRow(tr("Part-time schedule:"), m_schedule);
    planForm->addRow(tr("Supporters:"), m_supporters);
    planForm->addRow(tr("Relapse plan:"), m_relapse);
    planForm->addRow(QString(),
        makeNoteLabel(tr("Follow-ups are due one week and one month after the return and at the end of the term. The risk "
                         "level is not changed by the return."),
            m_plan));

    auto *top = new QFormLayout;
    top->addRow(tr("Applied on:"), m_appliedOn);
    auto *left = new QVBoxLayout;
    left->addLayout(top);
    left->addWidget(certificate);
    left->addWidget(assessment);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(decision);
    right->addWidget(m_plan);
    right->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto *buttons = makeOkCancel(this, tr("Record"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("recordReturn"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_certificate, &QPlainTextEdit::textChanged, this, &ReturnApplicationDialog::update);
    for (QCheckBox *box : { m_stable, m_noRisk, m_functioning })
        connect(box, &QCheckBox::toggled, this, &ReturnApplicationDialog::update);
    connect(m_decision, &QComboBox::currentIndexChanged, this, &ReturnApplicationDialog::update);
    update();
    setWindowTitle(tr("Return application (复学申请)"));
    resize(1000, 600);
}

void ReturnApplicationDialog::update()
{
    const QString warning = LeaveRepository::certificateWarning(m_certificate->toPlainText());
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    const bool approve = static_cast<ReturnDecision>(m_decision->currentData().toInt()) == ReturnDecision::Approve;
    m_returnOn->setEnabled(approve);
    m_plan->setEnabled(approve);
    ReturnApplicationInput in;
    in.conditionStable = m_stable->isChecked();
    in.noRiskBehaviour = m_noRisk->isChecked();
    in.functioningRestored = m_functioning->isChecked();
    const QStringList missing = LeaveRepository::missingConditions(in);
    m_missing->setText(approve && !missing.isEmpty()
            ? tr("To approve, the assessment must confirm: %1.").arg(missing.join(tr(", ")))
            : QString());
    m_missing->setVisible(!m_missing->text().isEmpty());
}

void ReturnApplicationDialog::accept()
{
    ReturnApplicationInput in;
    in.leaveId = m_leaveId;
    in.appliedOn = m_appliedOn->date();
    in.certificateHospital = m_hospital->text();
    in.certificateDate = m_hospital->text().trimmed().isEmpty() && m_certificate->toPlainText().trimmed().isEmpty()
        ? QDate()
        : m_certificateDate->date();
    in.certificateText = m_certificate->toPlainText();
    in.conditionStable = m_stable->isChecked();
    in.noRiskBehaviour = m_noRisk->isChecked();
    in.functioningRestored = m_functioning->isChecked();
    in.assessors = m_assessors->text();
    in.decision = static_cast<ReturnDecision>(m_decision->currentData().toInt());
    in.decidedOn = m_decidedOn->date();
    in.returnOn = m_returnOn->date();
    in.plan = { m_placement->text(), m_schedule->text(), m_supporters->text(), m_relapse->toPlainText() };
    try {
        m_applicationId = LeaveRepository(m_school.db(), m_school.user()).recordReturnApplication(in);
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

FollowupDoneDialog::FollowupDoneDialog(SchoolFile &school, qint64 followupId, const QString &what, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_followupId(followupId)
    , m_doneOn(makeDateEdit(this, QStringLiteral("doneOn"), clock::today()))
    , m_note(textEdit(this, "followupNote", 120, tr("How the student is doing, what was agreed")))
    , m_error(makeErrorLabel(this, QStringLiteral("followupError")))
{
    setObjectName(QStringLiteral("followupDoneDialog"));
    auto *form = new QFormLayout;
    form->addRow(tr("Follow-up:"), new QLabel(what, this));
    form->addRow(tr("Done on:"), m_doneOn);
    form->addRow(tr("Note:"), m_note);
    auto *buttons = makeOkCancel(this, tr("Record"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("recordFollowup"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setWindowTitle(tr("Record follow-up"));
    resize(480, 300);
}

void FollowupDoneDialog::accept()
{
    try {
        LeaveRepository(m_school.db(), m_school.user()).recordFollowupDone(m_followupId, m_doneOn->date(), m_note->toPlainText());
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace xinan::ui
