#include "sessiondialog.h"

#include "sessionparts.h"

#include "referrals/referralparts.h"

#include "common/formparts.h"
#include "common/riskstyle.h"

#include "error.h"
#include "platform/clock.h"
#include "repo/appointmentrepository.h"
#include "repo/riskrepository.h"
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
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

QPlainTextEdit *textEdit(QWidget *parent, const QString &name, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    return edit;
}

} // namespace

SessionDialog::SessionDialog(SchoolFile &school, qint64 studentId, qint64 appointmentId, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
{
    build();
    setWindowTitle(tr("New counselling record"));
    CounsellingRecordInput input;
    input.studentId = studentId;
    input.heldOn = clock::today();
    try {
        if (appointmentId != 0) {
            input = SessionRepository(m_school.db(), m_school.user()).draftFromAppointment(appointmentId);
            const Appointment a = AppointmentRepository(m_school.db(), m_school.user()).get(appointmentId);
            m_source->setText(tr("From the appointment of %1 with %2 (done).")
                                  .arg(a.start.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), a.staffName));
        } else {
            m_source->setText(tr("Walk-in session (no appointment)."));
        }
    } catch (const Error &e) {
        m_usable = false;
        showError(e.message());
    }
    fill(input, {});
}

SessionDialog::SessionDialog(SchoolFile &school, EditTag, qint64 recordId, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_recordId(recordId)
    , m_editing(true)
{
    build();
    setWindowTitle(tr("Counselling record"));
    CounsellingRecordInput input;
    QStringList onRecord;
    try {
        const CounsellingRecord r = SessionRepository(m_school.db(), m_school.user()).get(recordId);
        if (r.restricted) {
            m_usable = false;
            showError(tr("Only counselling teachers can open counselling records; this record is dated %1.")
                          .arg(r.heldOn.toString(Qt::ISODate)));
        }
        input.studentId = r.studentId;
        input.appointmentId = r.appointmentId;
        input.staffId = r.staffId;
        input.heldOn = r.heldOn;
        input.minutes = r.minutes > 0 ? r.minutes : 50;
        input.form = r.form;
        input.categories = r.categories;
        input.summary = r.summary;
        input.assessment = r.assessment;
        input.nextSteps = r.nextSteps;
        input.privateNotes = r.privateNotes;
        input.riskJudgement = r.riskJudgement;
        input.feedbackNeeded = r.feedbackNeeded;
        onRecord = r.categories;
        m_source->setText(r.appointmentId
                ? tr("Recorded from an appointment; last saved %1 by %2.")
                      .arg(r.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), r.author)
                : tr("Walk-in session; last saved %1 by %2.")
                      .arg(r.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), r.author));
    } catch (const Error &e) {
        m_usable = false;
        showError(e.message());
    }
    fill(input, onRecord);
}

SessionDialog *SessionDialog::editRecord(SchoolFile &school, qint64 recordId, QWidget *parent)
{
    return new SessionDialog(school, EditTag {}, recordId, parent);
}

void SessionDialog::build()
{
    setObjectName(QStringLiteral("sessionDialog"));
    m_student = new QLabel(this);
    m_student->setObjectName(QStringLiteral("sessionStudent"));
    m_student->setTextFormat(Qt::PlainText);
    QFont bold = m_student->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_student->setFont(bold);
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("sessionSource"));
    m_source->setTextFormat(Qt::PlainText);

    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("sessionDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(clock::today());
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("sessionMinutes"));
    m_minutes->setRange(1, 480);
    m_minutes->setSuffix(tr(" min"));
    m_form = new QComboBox(this);
    m_form->setObjectName(QStringLiteral("sessionForm"));
    for (const SessionForm f : allSessionForms())
        m_form->addItem(sessionFormName(f), sessionFormCode(f));
    m_staff = new QComboBox(this);
    m_staff->setObjectName(QStringLiteral("sessionStaff"));
    m_categories = new QListWidget(this);
    m_categories->setObjectName(QStringLiteral("sessionCategories"));
    m_categories->setMinimumHeight(120);

    m_summary = textEdit(this, QStringLiteral("sessionSummary"), tr("What the student brought, what was talked about"));
    m_assessment = textEdit(this, QStringLiteral("sessionAssessment"), tr("The counsellor's assessment of the situation"));
    m_nextSteps = textEdit(this, QStringLiteral("sessionNextSteps"), tr("Follow-up, next appointment, who else to involve"));
    m_private = textEdit(this, QStringLiteral("sessionPrivateNotes"), tr("Notes for counselling teachers only"));

    m_riskChange = new QCheckBox(tr("The session indicates a change of risk level"), this);
    m_riskChange->setObjectName(QStringLiteral("sessionRiskChange"));
    m_currentLevel = new QLabel(this);
    m_currentLevel->setObjectName(QStringLiteral("sessionCurrentLevel"));
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("sessionRiskLevel"));
    for (const RiskLevel l : allRiskLevels())
        m_level->addItem(riskLevelName(l), static_cast<int>(l));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("sessionRiskReason"));
    m_reason->setPlaceholderText(tr("Why the level changes (required when it changes)"));
    connect(m_riskChange, &QCheckBox::toggled, this, &SessionDialog::updateRisk);
    m_feedback = new QCheckBox(tr("Feedback to the class teacher or parents is due after this session"), this);
    m_feedback->setObjectName(QStringLiteral("sessionFeedbackNeeded"));
    m_error = makeErrorLabel(this, QStringLiteral("sessionError"));

    auto *facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    facts->addRow(tr("Date:"), m_date);
    facts->addRow(tr("Duration:"), m_minutes);
    facts->addRow(tr("Form:"), m_form);
    facts->addRow(tr("Counsellor:"), m_staff);
    facts->addRow(tr("Problem categories:"), m_categories);

    auto *riskBox = new QGroupBox(tr("Risk"), this);
    auto *riskForm = new QFormLayout(riskBox);
    riskForm->addRow(m_riskChange);
    riskForm->addRow(tr("Current level:"), m_currentLevel);
    riskForm->addRow(tr("New level:"), m_level);
    riskForm->addRow(tr("Reason:"), m_reason);

    auto *left = new QVBoxLayout;
    left->addLayout(facts, 1);
    left->addWidget(riskBox);
    left->addWidget(m_feedback);

    auto *texts = new QFormLayout;
    texts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    texts->addRow(tr("Summary:"), m_summary);
    texts->addRow(tr("Assessment:"), m_assessment);
    texts->addRow(tr("Next steps:"), m_nextSteps);
    auto *privateBox = new QGroupBox(tr("Confidential notes (保密) — only counselling teachers can read them"), this);
    privateBox->setObjectName(QStringLiteral("privateBox"));
    privateBox->setStyleSheet(
        QStringLiteral("QGroupBox#privateBox { border: 2px solid #b00020; border-radius: 4px; margin-top: 1.4em; "
                       "padding-top: 4px; } QGroupBox#privateBox::title { color: #b00020; subcontrol-origin: margin; "
                       "left: 8px; }"));
    auto *privateLayout = new QVBoxLayout(privateBox);
    privateLayout->addWidget(m_private);
    auto *right = new QVBoxLayout;
    right->addLayout(texts, 3);
    right->addWidget(privateBox, 1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addSpacing(12);
    columns->addLayout(right, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveSession"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SessionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SessionDialog::reject);
    // A saved record can start a referral to hospital (转介) for its student.
    if (m_editing)
        buttons->addButton(
            makeReferButton(
                m_school, this, [this] { return m_input.studentId; }, ReferralSource::Session, [this] { return m_recordId; }),
            QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_student);
    layout->addWidget(m_source);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(1000, 680);
}

void SessionDialog::fill(const CounsellingRecordInput &input, const QStringList &extraCategories)
{
    m_input = input;
    try {
        const QString line = input.studentId ? studentLineFor(m_school, input.studentId) : QString();
        m_student->setText(line.isEmpty() ? tr("No student") : line);
        if (input.studentId && line.isEmpty()) {
            m_usable = false;
            showError(tr("The student record no longer exists; it may have been deleted."));
        }
        fillStaffCombo(m_school, m_staff, tr("(my own staff entry)"), input.staffId);
        m_staff->setCurrentIndex(qMax(0, m_staff->findData(input.staffId)));
        QStringList categories = SessionRepository(m_school.db(), m_school.user()).problemCategories();
        for (const QString &c : extraCategories)
            if (!categories.contains(c))
                categories << c;
        m_categories->clear();
        for (const QString &c : std::as_const(categories)) {
            auto *item = new QListWidgetItem(c, m_categories);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(input.categories.contains(c) ? Qt::Checked : Qt::Unchecked);
        }
        if (input.studentId) {
            const RiskLevel current = RiskRepository(m_school.db(), m_school.user()).current(input.studentId);
            m_currentLevel->setText(riskLevelName(current));
            m_currentLevel->setStyleSheet(
                QStringLiteral("QLabel { background: %1; color: %2; padding: 2px 8px; border-radius: 3px; }")
                    .arg(levelBackground(current).name(), levelForeground(current).name()));
            m_level->setCurrentIndex(qMax(0, m_level->findData(static_cast<int>(input.riskJudgement.value_or(current)))));
        }
    } catch (const Error &e) {
        showError(e.message());
    }
    m_date->setDate(input.heldOn.isValid() ? input.heldOn : clock::today());
    m_minutes->setValue(input.minutes);
    m_form->setCurrentIndex(qMax(0, m_form->findData(sessionFormCode(input.form))));
    m_summary->setPlainText(input.summary);
    m_assessment->setPlainText(input.assessment);
    m_nextSteps->setPlainText(input.nextSteps);
    m_private->setPlainText(input.privateNotes);
    m_riskChange->setChecked(input.riskJudgement.has_value());
    m_feedback->setChecked(input.feedbackNeeded);
    updateRisk();
}

void SessionDialog::updateRisk()
{
    m_level->setEnabled(m_riskChange->isChecked());
    m_reason->setEnabled(m_riskChange->isChecked());
}

void SessionDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void SessionDialog::accept()
{
    if (!m_usable)
        return;
    CounsellingRecordInput in = m_input;
    in.heldOn = m_date->date();
    in.minutes = m_minutes->value();
    in.form = sessionFormFromCode(m_form->currentData().toString()).value_or(SessionForm::Individual);
    in.staffId = m_staff->currentData().toLongLong();
    in.categories.clear();
    for (int i = 0; i < m_categories->count(); ++i)
        if (m_categories->item(i)->checkState() == Qt::Checked)
            in.categories << m_categories->item(i)->text();
    in.summary = m_summary->toPlainText();
    in.assessment = m_assessment->toPlainText();
    in.nextSteps = m_nextSteps->toPlainText();
    in.privateNotes = m_private->toPlainText();
    in.riskJudgement.reset();
    if (m_riskChange->isChecked())
        in.riskJudgement = riskLevelFromInt(m_level->currentData().toInt());
    in.riskReason = m_reason->text().trimmed();
    in.feedbackNeeded = m_feedback->isChecked();
    if (in.summary.trimmed().isEmpty()) {
        showError(tr("Write a short summary of the session."));
        m_summary->setFocus();
        return;
    }
    try {
        SessionRepository sessions(m_school.db(), m_school.user());
        if (m_editing)
            sessions.update(m_recordId, in);
        else
            m_recordId = sessions.add(in);
    } catch (const Error &e) {
        showError(e.message());
        return;
    }
    m_input = in;
    QDialog::accept();
}

} // namespace xinan::ui
