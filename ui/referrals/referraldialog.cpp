#include "referraldialog.h"

#include "referralparts.h"
#include "referralslip.h"

#include "common/accountroles.h"
#include "common/colors.h"
#include "common/formparts.h"

#include "domain/student.h"
#include "error.h"
#include "platform/clock.h"
#include "services/schoolfile.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

QPlainTextEdit *textBox(QWidget *parent, const QString &name, const QString &placeholder)
{
    auto *box = new QPlainTextEdit(parent);
    box->setObjectName(name);
    box->setTabChangesFocus(true);
    box->setPlaceholderText(placeholder);
    return box;
}

QLineEdit *lineBox(QWidget *parent, const QString &name, const QString &placeholder = {})
{
    auto *line = new QLineEdit(parent);
    line->setObjectName(name);
    line->setPlaceholderText(placeholder);
    return line;
}

QFormLayout *pageForm(QWidget *page)
{
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

} // namespace

ReferralDialog::ReferralDialog(SchoolFile &school, qint64 referralId, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_referralId(referralId)
    , m_writer(mayWrite(school, DataKind::Referrals))
    , m_header(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_steps(new QTreeWidget(this))
    , m_error(makeErrorLabel(this, QStringLiteral("referralError")))
{
    setWindowTitle(tr("Referral"));
    m_header->setObjectName(QStringLiteral("referralHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("referralReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_steps->setObjectName(QStringLiteral("referralSteps"));
    m_steps->setRootIsDecorated(false);
    m_steps->setAlternatingRowColors(true);
    m_steps->setWordWrap(true);
    m_steps->setHeaderLabels({ tr("Date"), tr("Step"), tr("What was recorded"), tr("By") });
    m_steps->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_steps->header()->setStretchLastSection(false);

    // The selected step in full (the list shows one line of each).
    auto *stepText = new QLabel(this);
    stepText->setObjectName(QStringLiteral("stepText"));
    stepText->setWordWrap(true);
    stepText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    stepText->setMinimumHeight(stepText->fontMetrics().height() * 3);
    stepText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    connect(m_steps, &QTreeWidget::currentItemChanged, stepText, [this, stepText](QTreeWidgetItem *item) {
        stepText->setText(item ? tr("%1 %2: %3").arg(item->text(0), item->text(1), item->text(2)) : QString());
    });
    auto *timelineBox = new QGroupBox(tr("Steps"), this);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->addWidget(m_steps, 1);
    timelineLayout->addWidget(stepText);

    auto *body = new QHBoxLayout;
    body->addWidget(timelineBox, 3);
    if (m_writer)
        body->addWidget(buildForm(), 2);

    // The follow-up interval, the slip and closing.
    auto *actions = new QHBoxLayout;
    auto *print = new QPushButton(tr("Print the slip…"), this);
    print->setObjectName(QStringLiteral("printReferralSlip"));
    print->setAutoDefault(false);
    connect(print, &QPushButton::clicked, this, [this] { previewReferralSlip(m_school, m_referralId, this); });
    auto *pdf = new QPushButton(tr("Slip as PDF…"), this);
    pdf->setObjectName(QStringLiteral("exportReferralSlip"));
    pdf->setAutoDefault(false);
    connect(pdf, &QPushButton::clicked, this, [this] { exportReferralSlip(m_school, m_referralId, this); });
    m_close = new QPushButton(tr("Close the referral…"), this);
    m_close->setObjectName(QStringLiteral("closeReferral"));
    m_close->setAutoDefault(false);
    connect(m_close, &QPushButton::clicked, this, &ReferralDialog::closeReferral);
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("followupDays"));
    m_interval->setRange(1, 90);
    m_interval->setSuffix(tr(" days"));
    m_applyInterval = new QPushButton(tr("Set"), this);
    m_applyInterval->setObjectName(QStringLiteral("applyFollowupDays"));
    m_applyInterval->setAutoDefault(false);
    connect(m_applyInterval, &QPushButton::clicked, this, [this] {
        try {
            ReferralRepository(m_school.db(), m_school.user()).setFollowupDays(m_referralId, m_interval->value());
        } catch (const Error &e) {
            showError(e.message());
            return;
        }
        reload();
        Q_EMIT changed();
    });
    auto *intervalLabel = new QLabel(tr("Follow up every"), this);
    actions->addWidget(intervalLabel);
    actions->addWidget(m_interval);
    actions->addWidget(m_applyInterval);
    actions->addStretch(1);
    actions->addWidget(print);
    actions->addWidget(pdf);
    actions->addWidget(m_close);
    m_writeParts << intervalLabel << m_interval << m_applyInterval << print << pdf << m_close;
    for (QWidget *w : std::as_const(m_writeParts))
        w->setVisible(m_writer);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_reason);
    layout->addLayout(body, 1);
    layout->addWidget(m_error);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    resize(980, 640);
    reload();
}

QWidget *ReferralDialog::buildForm()
{
    m_formBox = new QGroupBox(tr("Next step"), this);
    m_formBox->setObjectName(QStringLiteral("nextStepBox"));
    m_kind = new QComboBox(m_formBox);
    m_kind->setObjectName(QStringLiteral("stepKind"));
    m_dateLabel = new QLabel(tr("Date:"), m_formBox);
    m_date = makeDateEdit(m_formBox, QStringLiteral("stepDate"), clock::today());
    m_pages = new QStackedWidget(m_formBox);
    m_pages->setObjectName(QStringLiteral("stepPages"));

    // One page per kind, in ReferralStepKind order.
    auto *meeting = new QWidget(m_pages);
    m_attendees
        = lineBox(meeting, QStringLiteral("meetingAttendees"), tr("e.g. 王老师 (counsellor), 李老师 (class teacher), 张校长"));
    m_conclusion = textBox(meeting, QStringLiteral("meetingConclusion"),
        tr("The case meeting's conclusion, e.g. Refer to a hospital for assessment; tell the parents this week."));
    QFormLayout *meetingForm = pageForm(meeting);
    meetingForm->addRow(tr("Attendees:"), m_attendees);
    meetingForm->addRow(tr("Conclusion:"), m_conclusion);
    m_pages->addWidget(meeting);

    auto *parents = new QWidget(m_pages);
    m_method = new QComboBox(parents);
    m_method->setObjectName(QStringLiteral("parentsMethod"));
    m_method->setEditable(true);
    m_method->addItems({ tr("In person"), tr("Phone"), tr("Home visit"), tr("Video call") });
    m_consent = new QRadioButton(tr("Consent to the referral"), parents);
    m_consent->setObjectName(QStringLiteral("parentsConsent"));
    m_refusal = new QRadioButton(tr("Refusal"), parents);
    m_refusal->setObjectName(QStringLiteral("parentsRefusal"));
    auto *answer = new QButtonGroup(parents);
    answer->addButton(m_consent);
    answer->addButton(m_refusal);
    auto *answerRow = new QHBoxLayout;
    answerRow->addWidget(m_consent);
    answerRow->addWidget(m_refusal);
    answerRow->addStretch(1);
    m_response = textBox(parents, QStringLiteral("parentsResponse"),
        tr("What the parents said, e.g. The mother agrees and will go with her on Saturday. After a refusal: the risk "
           "explained, what was agreed instead."));
    QFormLayout *parentsForm = pageForm(parents);
    parentsForm->addRow(tr("How:"), m_method);
    parentsForm->addRow(tr("Their answer:"), answerRow);
    parentsForm->addRow(tr("Response:"), m_response);
    m_pages->addWidget(parents);

    auto *slip = new QWidget(m_pages);
    m_hospital = new QComboBox(slip);
    m_hospital->setObjectName(QStringLiteral("slipHospital"));
    m_hospital->setEditable(true);
    m_hospital->setInsertPolicy(QComboBox::NoInsert);
    m_department = lineBox(slip, QStringLiteral("slipDepartment"), tr("e.g. 儿童青少年心理科"));
    m_escort = lineBox(slip, QStringLiteral("slipEscort"), tr("e.g. the mother and the class teacher"));
    connect(m_hospital, &QComboBox::activated, this, &ReferralDialog::hospitalChosen);
    QFormLayout *slipForm = pageForm(slip);
    slipForm->addRow(tr("Hospital:"), m_hospital);
    slipForm->addRow(tr("Department:"), m_department);
    slipForm->addRow(tr("Accompanied by:"), m_escort);
    slipForm->addRow(makeNoteLabel(tr("Choose one of the school's partner hospitals (Settings → Partner hospitals) or "
                                      "type another. Print the slip from the buttons below."),
        slip));
    m_pages->addWidget(slip);

    auto *receipt = new QWidget(m_pages);
    m_outcome = new QComboBox(receipt);
    m_outcome->setObjectName(QStringLiteral("receiptOutcome"));
    m_outcome->addItem(tr("— choose —"), static_cast<int>(ReceiptOutcome::None));
    for (ReceiptOutcome o : { ReceiptOutcome::Outpatient, ReceiptOutcome::Inpatient, ReceiptOutcome::NotSeen })
        m_outcome->addItem(receiptOutcomeName(o), static_cast<int>(o));
    m_summary = textBox(receipt, QStringLiteral("receiptSummary"),
        tr("What the family or the hospital shared, e.g. Seen in the outpatient clinic; advice: medication and a review "
           "in four weeks; can attend school."));
    QFormLayout *receiptForm = pageForm(receipt);
    receiptForm->addRow(tr("Outcome:"), m_outcome);
    receiptForm->addRow(tr("Summary:"), m_summary);
    m_pages->addWidget(receipt);

    auto *followUp = new QWidget(m_pages);
    m_note = textBox(followUp, QStringLiteral("followupNote"),
        tr("e.g. Talked with the student; sleeping better, takes the medicine; the class teacher sees no change in class."));
    QFormLayout *followForm = pageForm(followUp);
    followForm->addRow(tr("Note:"), m_note);
    m_pages->addWidget(followUp);

    m_save = new QPushButton(tr("Record the step"), m_formBox);
    m_save->setObjectName(QStringLiteral("saveStep"));
    m_save->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &ReferralDialog::saveStep);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReferralDialog::kindChosen);
    m_noStep = makeNoteLabel(tr("This referral is closed: it takes no more steps."), m_formBox);
    m_noStep->setObjectName(QStringLiteral("noNextStep"));
    m_noStep->hide();

    auto *top = new QFormLayout;
    top->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    top->addRow(tr("Step:"), m_kind);
    top->addRow(m_dateLabel, m_date);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    auto *layout = new QVBoxLayout(m_formBox);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_noStep);
    layout->addLayout(saveRow);
    return m_formBox;
}

void ReferralDialog::reload()
{
    try {
        ReferralRepository repo(m_school.db(), m_school.user());
        m_detail = repo.detail(m_referralId);
        if (m_writer) {
            const QList<ReferralStepKind> allowed = repo.nextAllowed(m_referralId);
            m_hospitals = repo.hospitals();
            // The loop's furthest step is the usual next one (after the meeting the parents, after
            // the slip the receipt …): it is chosen first.
            const QSignalBlocker block(m_kind);
            m_kind->clear();
            for (ReferralStepKind k : allowed)
                m_kind->addItem(referralStepKindName(k), static_cast<int>(k));
            m_kind->setCurrentIndex(m_kind->count() - 1);
            const QString typed = m_hospital->currentText();
            m_hospital->clear();
            for (const PartnerHospital &h : std::as_const(m_hospitals))
                m_hospital->addItem(h.name, h.id);
            m_hospital->setCurrentIndex(-1);
            m_hospital->setEditText(typed);
        }
    } catch (const Error &e) {
        showError(e.message());
        return;
    }
    const Referral &r = m_detail.referral;
    QString status = r.open ? referralStageName(r.stage) : tr("Closed on %1").arg(r.closedOn.toString(Qt::ISODate));
    const QString waiting = referralAttentionText(r);
    QString header = QStringLiteral("<b style='font-size: 14pt'>%1</b> &nbsp; %2 %3 · %4<br>")
                         .arg(r.studentName.toHtmlEscaped(), gradeName(r.grade).toHtmlEscaped(), r.className.toHtmlEscaped(),
                             r.studentNo.toHtmlEscaped());
    header += tr("Opened on %1 from %2 · Stage: %3")
                  .arg(r.openedOn.toString(Qt::ISODate), referralSourceName(r.source), status)
                  .toHtmlEscaped();
    if (r.open && r.nextDue.isValid())
        header += QStringLiteral(" · ") + tr("Next due: %1").arg(r.nextDue.toString(Qt::ISODate)).toHtmlEscaped();
    if (!waiting.isEmpty())
        header += QStringLiteral(" · <span style='color:%1'><b>%2</b></span>")
                      .arg(colors::css(colors::Bad), waiting.toHtmlEscaped());
    m_header->setText(header);
    m_reason->setText(
        r.reason.isEmpty() ? tr("Reason: (sealed: only counselling teachers read it)") : tr("Reason: %1").arg(r.reason));

    m_steps->clear();
    auto addRow = [this](const QDate &on, const QString &step, const QString &text, const QString &by) {
        auto *item = new QTreeWidgetItem(m_steps, { on.toString(Qt::ISODate), step, text, by });
        item->setToolTip(2, text);
        return item;
    };
    addRow(r.openedOn, tr("Found / first assessment"), r.reason, r.openedBy);
    for (const ReferralStep &s : std::as_const(m_detail.steps)) {
        QStringList parts;
        switch (s.kind) {
        case ReferralStepKind::Meeting:
            if (!s.attendees.isEmpty())
                parts << tr("Attendees: %1").arg(s.attendees);
            if (!s.body.isEmpty())
                parts << tr("Conclusion: %1").arg(s.body);
            break;
        case ReferralStepKind::Parents:
            parts << s.method << parentConsentName(s.consent);
            if (!s.body.isEmpty())
                parts << s.body;
            break;
        case ReferralStepKind::Slip:
            parts << QStringLiteral("%1 %2").arg(s.hospital, s.department).trimmed();
            if (!s.escort.isEmpty())
                parts << tr("Accompanied by %1").arg(s.escort);
            break;
        case ReferralStepKind::Receipt:
            parts << receiptOutcomeName(s.outcome);
            if (!s.body.isEmpty())
                parts << s.body;
            break;
        case ReferralStepKind::FollowUp:
            parts << s.body;
            break;
        }
        parts.removeAll(QString());
        QTreeWidgetItem *item = addRow(s.on, referralStepKindName(s.kind), parts.join(tr("; ")), s.author);
        if ((s.kind == ReferralStepKind::Parents && s.consent == ParentConsent::Refusal)
            || (s.kind == ReferralStepKind::Receipt && s.outcome == ReceiptOutcome::NotSeen)) {
            item->setForeground(1, colors::color(colors::Warning));
            item->setForeground(2, colors::color(colors::Warning));
        }
    }
    if (!r.open)
        addRow(r.closedOn, tr("Closed"), r.closeReason, QString());
    if (const int rows = m_steps->topLevelItemCount())
        m_steps->setCurrentItem(m_steps->topLevelItem(rows - 1));

    if (m_writer) {
        const bool any = m_kind->count() > 0;
        m_kind->setEnabled(any);
        m_pages->setVisible(any);
        m_date->setEnabled(any);
        m_save->setEnabled(any);
        m_noStep->setVisible(!any);
        m_interval->setValue(r.followupDays);
        m_interval->setEnabled(r.open);
        m_applyInterval->setEnabled(r.open);
        m_close->setEnabled(r.open);
        m_date->setMaximumDate(clock::today());
        kindChosen();
    }
}

QList<ReferralStepKind> ReferralDialog::offeredKinds() const
{
    QList<ReferralStepKind> kinds;
    if (m_kind)
        for (int i = 0; i < m_kind->count(); ++i)
            kinds << static_cast<ReferralStepKind>(m_kind->itemData(i).toInt());
    return kinds;
}

bool ReferralDialog::chooseKind(ReferralStepKind kind)
{
    if (!m_kind)
        return false;
    const int index = m_kind->findData(static_cast<int>(kind));
    if (index < 0)
        return false;
    m_kind->setCurrentIndex(index);
    return true;
}

ReferralStepKind ReferralDialog::currentKind() const
{
    if (!m_kind || m_kind->currentIndex() < 0)
        return ReferralStepKind::Meeting;
    return static_cast<ReferralStepKind>(m_kind->currentData().toInt());
}

void ReferralDialog::kindChosen()
{
    if (!m_kind || m_kind->currentIndex() < 0)
        return;
    const ReferralStepKind kind = currentKind();
    m_pages->setCurrentIndex(static_cast<int>(kind));
    m_dateLabel->setText(kind == ReferralStepKind::Receipt ? tr("Date seen:") : tr("Date:"));
    m_error->hide();
}

void ReferralDialog::hospitalChosen()
{
    const qint64 id = m_hospital->currentData().toLongLong();
    for (const PartnerHospital &h : std::as_const(m_hospitals))
        if (h.id == id && !h.department.isEmpty())
            m_department->setText(h.department);
}

bool ReferralDialog::saveStep()
{
    if (!m_writer || !m_kind || m_kind->currentIndex() < 0)
        return false;
    ReferralStep step;
    step.referralId = m_referralId;
    step.kind = currentKind();
    step.on = m_date->date();
    switch (step.kind) {
    case ReferralStepKind::Meeting:
        step.attendees = m_attendees->text().trimmed();
        step.body = m_conclusion->toPlainText().trimmed();
        break;
    case ReferralStepKind::Parents:
        step.method = m_method->currentText().trimmed();
        step.consent = m_consent->isChecked() ? ParentConsent::Consent
            : m_refusal->isChecked()          ? ParentConsent::Refusal
                                              : ParentConsent::None;
        step.body = m_response->toPlainText().trimmed();
        break;
    case ReferralStepKind::Slip: {
        const QString typed = m_hospital->currentText().trimmed();
        const int index = m_hospital->findText(typed, Qt::MatchExactly);
        step.hospitalId = index >= 0 ? m_hospital->itemData(index).toLongLong() : 0;
        step.hospital = typed;
        step.department = m_department->text().trimmed();
        step.escort = m_escort->text().trimmed();
        break;
    }
    case ReferralStepKind::Receipt:
        step.outcome = static_cast<ReceiptOutcome>(m_outcome->currentData().toInt());
        step.body = m_summary->toPlainText().trimmed();
        break;
    case ReferralStepKind::FollowUp:
        step.body = m_note->toPlainText().trimmed();
        break;
    }
    try {
        ReferralRepository(m_school.db(), m_school.user()).addStep(step);
    } catch (const Error &e) {
        showError(e.message());
        return false;
    }
    clearForm();
    reload();
    Q_EMIT changed();
    return true;
}

void ReferralDialog::clearForm()
{
    m_attendees->clear();
    m_conclusion->clear();
    m_method->setCurrentIndex(0);
    for (QRadioButton *b : { m_consent, m_refusal }) {
        b->setAutoExclusive(false);
        b->setChecked(false);
        b->setAutoExclusive(true);
    }
    m_response->clear();
    m_hospital->setCurrentIndex(-1);
    m_hospital->setEditText(QString());
    m_department->clear();
    m_escort->clear();
    m_outcome->setCurrentIndex(0);
    m_summary->clear();
    m_note->clear();
    m_error->hide();
}

void ReferralDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

CloseReferralDialog *ReferralDialog::closeReferral()
{
    if (!m_writer || !m_detail.referral.open)
        return nullptr;
    auto *dialog = new CloseReferralDialog(m_school, m_referralId, this);
    dialog->setObjectName(QStringLiteral("closeReferralDialog"));
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        Q_EMIT changed();
    });
    openWindowModal(dialog);
    return dialog;
}

// ---------------------------------------------------------------------------------------------

CloseReferralDialog::CloseReferralDialog(SchoolFile &school, qint64 referralId, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_referralId(referralId)
    , m_date(makeDateEdit(this, QStringLiteral("closedOn"), clock::today()))
    , m_reason(new QPlainTextEdit(this))
    , m_error(makeErrorLabel(this, QStringLiteral("closeReferralError")))
{
    setWindowTitle(tr("Close the referral"));
    m_date->setMaximumDate(clock::today());
    m_reason->setObjectName(QStringLiteral("closeReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why, e.g. Treated as an outpatient, stable for two months; back to the usual care of "
                                    "the counselling office."));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Closed on:"), m_date);
    form->addRow(tr("Why:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(makeNoteLabel(tr("A refusal or \"not seen\" is never closed silently: write what was agreed with the "
                                       "family and who keeps watching."),
        this));
    layout->addWidget(m_error);
    layout->addWidget(makeOkCancel(this, tr("Close the referral")));
    resize(480, 300);
}

void CloseReferralDialog::accept()
{
    try {
        ReferralRepository(m_school.db(), m_school.user()).close(m_referralId, m_date->date(), m_reason->toPlainText().trimmed());
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace xinan::ui
