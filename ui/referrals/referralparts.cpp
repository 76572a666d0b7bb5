#include "referralparts.h"

#include "referraldialog.h"

#include "common/accountroles.h"
#include "common/colors.h"
#include "common/dialogseams.h"
#include "common/formparts.h"
#include "common/studentpicker.h"

#include "domain/student.h"
#include "error.h"
#include "platform/clock.h"
#include "services/schoolfile.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xinan::ui {

QStringList referralHeaders(bool withStudent)
{
    QStringList headers;
    if (withStudent)
        headers << OpenReferralDialog::tr("Student") << OpenReferralDialog::tr("Class");
    headers << OpenReferralDialog::tr("Opened") << OpenReferralDialog::tr("Stage") << OpenReferralDialog::tr("Hospital")
            << OpenReferralDialog::tr("Next due") << OpenReferralDialog::tr("Waiting");
    return headers;
}

QString referralAttentionText(const Referral &r)
{
    if (!r.open)
        return {};
    QStringList parts;
    if (r.overdue == ReferralOverdue::ReceiptMissing) {
        const int days = r.slipOn.isValid() ? static_cast<int>(r.slipOn.daysTo(clock::today())) : r.overdueDays;
        parts << OpenReferralDialog::tr("Receipt not recorded (%1 days after the slip)").arg(days);
    } else if (r.overdue == ReferralOverdue::FollowUpOverdue) {
        parts << OpenReferralDialog::tr("Follow-up overdue by %1 days").arg(r.overdueDays);
    }
    if (r.refused)
        parts << OpenReferralDialog::tr("Parents refused");
    if (r.notSeen)
        parts << OpenReferralDialog::tr("Not seen at the hospital");
    return parts.join(OpenReferralDialog::tr("; "));
}

void addReferralRow(QTreeWidget *list, const Referral &r, bool withStudent)
{
    QStringList cells;
    if (withStudent)
        cells << r.studentName << QStringLiteral("%1 %2").arg(gradeName(r.grade), r.className);
    const QString stage = r.open
        ? referralStageName(r.stage)
        : OpenReferralDialog::tr("%1 (%2)").arg(referralStageName(ReferralStage::Closed), r.closedOn.toString(Qt::ISODate));
    cells << r.openedOn.toString(Qt::ISODate) << stage << r.hospital
          << (r.open && r.nextDue.isValid() ? r.nextDue.toString(Qt::ISODate) : QStringLiteral("—")) << referralAttentionText(r);
    auto *item = new QTreeWidgetItem(list, cells);
    item->setData(0, Qt::UserRole, r.id);
    item->setData(0, Qt::UserRole + 1, r.studentId);
    const int first = withStudent ? 2 : 0;
    const int stageColumn = first + 1;
    const int dueColumn = first + 3;
    const int waitingColumn = first + 4;
    if (r.open && r.overdue != ReferralOverdue::None) {
        item->setForeground(dueColumn, colors::color(colors::Bad));
        item->setForeground(waitingColumn, colors::color(colors::Bad));
    } else if (r.open && (r.refused || r.notSeen)) {
        item->setForeground(waitingColumn, colors::color(colors::Warning));
    }
    if (r.open && (r.refused || r.notSeen)) {
        QFont bold = item->font(stageColumn);
        bold.setBold(true);
        item->setFont(stageColumn, bold);
        item->setForeground(stageColumn, colors::color(colors::Warning));
    }
    if (!r.open)
        for (int c = 0; c < cells.size(); ++c)
            item->setForeground(c, colors::color(colors::Muted));
}

// ---------------------------------------------------------------------------------------------

OpenReferralDialog::OpenReferralDialog(
    SchoolFile &school, qint64 studentId, ReferralSource source, qint64 sourceId, QWidget *parent)
    : QDialog(parent)
    , m_school(school)
    , m_studentId(studentId)
    , m_source(source)
    , m_sourceId(sourceId)
    , m_date(makeDateEdit(this, QStringLiteral("referralOpenedOn"), clock::today()))
    , m_reason(new QPlainTextEdit(this))
    , m_error(makeErrorLabel(this, QStringLiteral("openReferralError")))
{
    setWindowTitle(tr("Open a referral"));
    m_date->setMaximumDate(clock::today());
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (studentId == 0) {
        m_finder = new StudentFinder(school, this);
        m_finder->setObjectName(QStringLiteral("referralStudentFinder"));
        form->addRow(tr("Student:"), m_finder);
    } else {
        auto *student = new QLabel(studentLineFor(school, studentId), this);
        student->setObjectName(QStringLiteral("referralStudent"));
        form->addRow(tr("Student:"), student);
    }
    auto *from = new QLabel(referralSourceName(source), this);
    from->setObjectName(QStringLiteral("referralSource"));
    form->addRow(tr("Starts from:"), from);
    form->addRow(tr("Found on:"), m_date);
    m_reason->setObjectName(QStringLiteral("referralReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(
        tr("In words fit for a hospital, e.g. For about two months low mood, poor sleep and falling grades; says she "
           "sometimes thinks life is meaningless. The school asks for an assessment."));
    form->addRow(tr("Reason:"), m_reason);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(makeNoteLabel(tr("The reason is printed on the referral slip for the hospital: write what was seen "
                                       "and heard, not a diagnosis. It is kept sealed; only counselling teachers read it."),
        this));
    layout->addWidget(m_error);
    layout->addWidget(makeOkCancel(this, tr("Open referral")));
    resize(560, studentId == 0 ? 520 : 380);
}

qint64 OpenReferralDialog::studentId() const
{
    return m_finder ? m_finder->currentStudentId() : m_studentId;
}

void OpenReferralDialog::accept()
{
    const qint64 student = studentId();
    if (student == 0) {
        m_error->setText(tr("Choose the student first: type a name or 学籍号 and pick the student from the list."));
        m_error->show();
        return;
    }
    try {
        m_referralId = ReferralRepository(m_school.db(), m_school.user())
                           .open(student, m_date->date(), m_reason->toPlainText().trimmed(), m_source, m_sourceId);
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

// ---------------------------------------------------------------------------------------------

ReferralDialog *openReferral(SchoolFile &school, qint64 referralId, QWidget *parent, std::function<void()> changed)
{
    if (referralId == 0 || !mayRead(school, DataKind::Referrals))
        return nullptr;
    auto *dialog = new ReferralDialog(school, referralId, parent);
    dialog->setObjectName(QStringLiteral("referralDialog"));
    if (changed)
        QObject::connect(dialog, &ReferralDialog::changed, parent, std::move(changed));
    openWindowModal(dialog);
    return dialog;
}

QDialog *startReferral(
    SchoolFile &school, qint64 studentId, ReferralSource source, qint64 sourceId, QWidget *parent, std::function<void()> saved)
{
    if (!mayWrite(school, DataKind::Referrals))
        return nullptr;
    if (studentId != 0) {
        std::optional<qint64> open;
        try {
            open = ReferralRepository(school.db(), school.user()).openReferralOf(studentId);
        } catch (const Error &e) {
            showMessage(parent, MessageKind::Critical, OpenReferralDialog::tr("Open a referral"), e.message());
            return nullptr;
        }
        if (open) {
            showMessage(parent, MessageKind::Information, OpenReferralDialog::tr("Open a referral"),
                OpenReferralDialog::tr("This student has an open referral already; it opens now. Record the new "
                                       "step there."));
            return openReferral(school, *open, parent, saved);
        }
    }
    auto *dialog = new OpenReferralDialog(school, studentId, source, sourceId, parent);
    dialog->setObjectName(QStringLiteral("openReferralDialog"));
    QPointer<QWidget> owner(parent);
    QObject::connect(dialog, &QDialog::accepted, parent, [&school, dialog, owner, saved] {
        if (saved)
            saved();
        if (owner && dialog->referralId() != 0)
            openReferral(school, dialog->referralId(), owner, saved);
    });
    openWindowModal(dialog);
    return dialog;
}

QPushButton *makeReferButton(SchoolFile &school, QWidget *parent, std::function<qint64()> studentId, ReferralSource source,
    std::function<qint64()> sourceId)
{
    auto *button = new QPushButton(OpenReferralDialog::tr("Refer to hospital…"), parent);
    button->setObjectName(QStringLiteral("referButton"));
    button->setAutoDefault(false);
    button->setToolTip(OpenReferralDialog::tr("Open a referral (转介) for this student, starting from what this window shows."));
    button->setVisible(mayWrite(school, DataKind::Referrals));
    QObject::connect(button, &QPushButton::clicked, parent, [&school, parent, studentId, source, sourceId] {
        if (const qint64 student = studentId())
            startReferral(school, student, source, sourceId(), parent);
    });
    return button;
}

} // namespace xinan::ui
