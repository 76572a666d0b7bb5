#include "feedbackdialog.h"

#include "sessionparts.h"

#include "common/colors.h"
#include "common/formparts.h"

#include "error.h"
#include "platform/clock.h"
#include "repo/feedbackrepository.h"
#include "repo/sessionrepository.h"
#include "services/schoolfile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace xinan::ui {

FeedbackDialog::FeedbackDialog(SchoolFile &school, qint64 studentId, qint64 recordId, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_studentId(studentId)
    , m_record(new QComboBox(this))
    , m_recipient(new QComboBox(this))
    , m_date(new QDateEdit(clock::today(), this))
    , m_method(new QComboBox(this))
    , m_summary(new QPlainTextEdit(this))
    , m_reply(new QPlainTextEdit(this))
    , m_error(makeErrorLabel(this, QStringLiteral("feedbackError")))
{
    setObjectName(QStringLiteral("feedbackDialog"));
    setWindowTitle(tr("Record feedback"));
    auto *student = new QLabel(this);
    student->setObjectName(QStringLiteral("feedbackStudent"));
    student->setTextFormat(Qt::PlainText);
    QFont bold = student->font();
    bold.setBold(true);
    student->setFont(bold);

    m_record->setObjectName(QStringLiteral("feedbackRecord"));
    m_record->addItem(tr("(not linked to a counselling record)"), qint64(0));
    m_recipient->setObjectName(QStringLiteral("feedbackRecipient"));
    for (const FeedbackRecipient r : allFeedbackRecipients())
        m_recipient->addItem(feedbackRecipientName(r), feedbackRecipientCode(r));
    m_date->setObjectName(QStringLiteral("feedbackDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(clock::today());
    m_method->setObjectName(QStringLiteral("feedbackMethod"));
    for (const FeedbackMethod m : allFeedbackMethods())
        m_method->addItem(feedbackMethodName(m), feedbackMethodCode(m));
    m_summary->setObjectName(QStringLiteral("feedbackSummary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("What was actually told: observations, advice, what the teacher or parents can do"));
    m_reply->setObjectName(QStringLiteral("feedbackReply"));
    m_reply->setTabChangesFocus(true);
    m_reply->setPlaceholderText(tr("What they said or will do (optional)"));
    m_reply->setMaximumHeight(90);

    auto *hint = new QLabel(tr("Write only what may be shared with this person. Never copy the confidential notes of a "
                               "counselling record here: feedback is readable by every account."),
        this);
    hint->setObjectName(QStringLiteral("feedbackHint"));
    hint->setWordWrap(true);
    hint->setStyleSheet(colors::textStyle(colors::Warning));

    try {
        const QString line = studentLineFor(m_school, studentId);
        student->setText(line.isEmpty() ? tr("The student record no longer exists.") : line);
        for (const CounsellingRecord &r : SessionRepository(m_school.db(), m_school.user()).forStudent(studentId)) {
            const QString text = r.restricted
                ? restrictedRecordText(r)
                : tr("%1 · %2 · %3")
                      .arg(r.heldOn.toString(Qt::ISODate), sessionFormName(r.form),
                          r.categories.isEmpty() ? tr("no category") : categoriesText(r.categories));
            m_record->addItem(text, r.id);
        }
    } catch (const Error &e) {
        showError(e.message());
    }
    m_record->setCurrentIndex(qMax(0, m_record->findData(recordId)));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Follows the session:"), m_record);
    form->addRow(tr("Told to:"), m_recipient);
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("Method:"), m_method);
    form->addRow(tr("What was shared:"), m_summary);
    form->addRow(QString(), hint);
    form->addRow(tr("Reply:"), m_reply);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveFeedback"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FeedbackDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FeedbackDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(student);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(620, 520);
}

void FeedbackDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void FeedbackDialog::accept()
{
    FeedbackInput in;
    in.studentId = m_studentId;
    in.recordId = m_record->currentData().toLongLong();
    in.recipient = feedbackRecipientFromCode(m_recipient->currentData().toString()).value_or(FeedbackRecipient::ClassTeacher);
    in.givenOn = m_date->date();
    in.method = feedbackMethodFromCode(m_method->currentData().toString()).value_or(FeedbackMethod::InPerson);
    in.summary = m_summary->toPlainText();
    in.reply = m_reply->toPlainText();
    try {
        m_feedbackId = FeedbackRepository(m_school.db(), m_school.user()).add(in);
    } catch (const Error &e) {
        showError(e.message());
        return;
    }
    QDialog::accept();
}

} // namespace xinan::ui
