#include "statuschangedialog.h"

#include "common/formparts.h"

#include "error.h"
#include "platform/clock.h"
#include "repo/leaverepository.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"
#include "store/access.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace xinan::ui {

StatusChangeDialog::StatusChangeDialog(SchoolFile &school, qint64 studentId, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_studentId(studentId)
    , m_to(new QComboBox(this))
    , m_date(makeDateEdit(this, QStringLiteral("effectiveOn"), clock::today()))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QPlainTextEdit(this))
    , m_leaveForm(new QGroupBox(tr("Leave (休学)"), this))
    , m_category(new QComboBox(this))
    , m_referral(new QComboBox(this))
    , m_note(makeNoteLabel(QString(), this))
    , m_error(makeErrorLabel(this, QStringLiteral("statusError")))
{
    setObjectName(QStringLiteral("statusChangeDialog"));
    QString name;
    bool openLeave = false;
    try {
        if (const auto s = StudentRepository(school.db(), school.user()).find(studentId)) {
            m_current = s->status;
            name = s->name;
        }
        LeaveRepository leave(school.db(), school.user());
        openLeave = leave.openLeave(studentId).has_value();
        for (const ReferralChoice &r : leave.referralsOf(studentId))
            m_referral->addItem(tr("Referral opened %1").arg(r.openedOn.toString(QStringLiteral("yyyy-MM-dd"))), r.id);
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
    }
    m_referral->insertItem(0, tr("None"), qint64(0));
    m_referral->setCurrentIndex(0);
    m_referral->setObjectName(QStringLiteral("leaveReferral"));
    m_to->setObjectName(QStringLiteral("toStatus"));
    for (const StudentStatus s : allStudentStatuses()) {
        if (s == m_current)
            continue;
        if (s == StudentStatus::Enrolled && m_current == StudentStatus::Suspended)
            continue; // 复学: a return application
        if (s == StudentStatus::Suspended && (openLeave || m_current != StudentStatus::Enrolled))
            continue;
        m_to->addItem(statusName(s), static_cast<int>(s));
    }
    // A student marked 休学 without a leave record (an import, or before status events) gets one.
    if (m_current == StudentStatus::Suspended && !openLeave)
        m_to->insertItem(0, tr("Suspended: record the leave"), static_cast<int>(StudentStatus::Suspended));
    m_to->setCurrentIndex(0);
    m_category->setObjectName(QStringLiteral("leaveCategory"));
    for (const LeaveCategory c : allLeaveCategories())
        m_category->addItem(leaveCategoryName(c), static_cast<int>(c));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(80);
    m_reason->setPlaceholderText(tr("For the file, e.g. 随父母转学至贵阳 or 因病休学; clinical details stay in the "
                                    "counselling records."));
    m_note->setObjectName(QStringLiteral("statusNote"));

    auto *leaveLayout = new QFormLayout(m_leaveForm);
    leaveLayout->addRow(tr("Reason category:"), m_category);
    leaveLayout->addRow(tr("Linked referral:"), m_referral);
    m_leaveForm->setObjectName(QStringLiteral("leaveForm"));

    auto *form = new QFormLayout;
    form->addRow(tr("Current status:"), new QLabel(statusName(m_current), this));
    form->addRow(tr("Change to:"), m_to);
    form->addRow(tr("Takes effect on:"), m_date);
    form->addRow(m_reasonLabel, m_reason);

    auto *buttons = makeOkCancel(this, tr("Change status"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("changeStatusOk"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_leaveForm);
    layout->addWidget(m_note);
    layout->addStretch(1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_to, &QComboBox::currentIndexChanged, this, &StatusChangeDialog::targetChanged);
    if (m_to->count() == 0) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_to->setEnabled(false);
    }
    targetChanged();
    setWindowTitle(tr("Change status: %1").arg(name));
    resize(520, 440);
}

bool StatusChangeDialog::setTarget(StudentStatus to)
{
    const int at = m_to->findData(static_cast<int>(to));
    if (at < 0)
        return false;
    m_to->setCurrentIndex(at);
    return true;
}

StudentStatus StatusChangeDialog::target() const
{
    return static_cast<StudentStatus>(m_to->currentData().toInt());
}

void StatusChangeDialog::targetChanged()
{
    const StudentStatus to = target();
    const bool leave = m_to->count() > 0 && to == StudentStatus::Suspended;
    const bool required = to == StudentStatus::Withdrawn || to == StudentStatus::TransferredOut;
    m_leaveForm->setVisible(leave);
    m_reasonLabel->setText(required ? tr("Reason (required):") : tr("Reason:"));
    QString note;
    if (m_current == StudentStatus::Suspended)
        note = tr("The return to school (复学) is recorded as a return application in the 休学复学 tab.");
    else if (leave)
        note = tr("The leave appears in the 休学复学 tab, where the return application is recorded later.");
    else if (m_to->count() > 0)
        note = tr("Graduated, transferred out and withdrawn students are archived: kept, but hidden from the list of "
                  "current students.");
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void StatusChangeDialog::accept()
{
    const StudentStatus to = target();
    try {
        LeaveRepository leave(m_school.db(), m_school.user());
        if (to == StudentStatus::Suspended)
            leave.startLeave(m_studentId, m_date->date(), static_cast<LeaveCategory>(m_category->currentData().toInt()),
                m_referral->currentData().toLongLong(), m_reason->toPlainText());
        else
            leave.changeStatus(m_studentId, to, m_date->date(), m_reason->toPlainText());
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace xinan::ui
