#include "referralspage.h"

#include "referraldialog.h"
#include "referralparts.h"
#include "referralslip.h"

#include "common/accountroles.h"
#include "common/colors.h"
#include "common/dialogseams.h"
#include "common/formparts.h"

#include "error.h"
#include "repo/referralrepository.h"
#include "services/schoolfile.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xinan::ui {

ReferralsPage::ReferralsPage(SchoolFile &school, QWidget *parent)
    : ModulePage(parent)
    , m_school(school)
    , m_writer(mayWrite(school, DataKind::Referrals))
    , m_filter(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_new(new QPushButton(tr("New referral…"), this))
    , m_open(new QPushButton(tr("Open…"), this))
    , m_student(new QPushButton(tr("Student file…"), this))
    , m_slip(new QPushButton(tr("Referral slip"), this))
    , m_receipt(new QPushButton(tr("Blank receipt form"), this))
{
    setObjectName(QStringLiteral("referralsPage"));
    m_filter->setObjectName(QStringLiteral("referralFilter"));
    m_filter->addItem(tr("Open referrals"), true);
    m_filter->addItem(tr("All referrals (open first)"), false);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ReferralsPage::reload);
    m_summary->setObjectName(QStringLiteral("referralSummary"));
    m_summary->setTextFormat(Qt::RichText);

    m_list->setObjectName(QStringLiteral("referrals"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels(referralHeaders(true));
    m_list->header()->setStretchLastSection(true);
    const int widths[] = { 90, 110, 100, 170, 210, 100 };
    for (int i = 0; i < 6; ++i)
        m_list->setColumnWidth(i, widths[i]);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &ReferralsPage::openSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ReferralsPage::updateButtons);

    m_new->setObjectName(QStringLiteral("newReferral"));
    m_open->setObjectName(QStringLiteral("openReferral"));
    m_student->setObjectName(QStringLiteral("openReferralStudent"));
    m_slip->setObjectName(QStringLiteral("referralSlipButton"));
    m_receipt->setObjectName(QStringLiteral("blankReceiptButton"));
    connect(m_new, &QPushButton::clicked, this, &ReferralsPage::newReferral);
    connect(m_open, &QPushButton::clicked, this, &ReferralsPage::openSelected);
    connect(m_student, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedStudentId())
            Q_EMIT openStudent(id);
    });
    // The prints: a preview to print from, or a PDF file.
    auto *slipMenu = new QMenu(m_slip);
    QAction *slipPrint = slipMenu->addAction(tr("Print…"));
    slipPrint->setObjectName(QStringLiteral("printReferralSlip"));
    QAction *slipPdf = slipMenu->addAction(tr("Save as PDF…"));
    slipPdf->setObjectName(QStringLiteral("exportReferralSlip"));
    m_slip->setMenu(slipMenu);
    connect(slipPrint, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedReferralId())
            previewReferralSlip(m_school, id, this);
    });
    connect(slipPdf, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedReferralId())
            exportReferralSlip(m_school, id, this);
    });
    auto *receiptMenu = new QMenu(m_receipt);
    QAction *receiptPrint = receiptMenu->addAction(tr("Print…"));
    receiptPrint->setObjectName(QStringLiteral("printBlankReceipt"));
    QAction *receiptPdf = receiptMenu->addAction(tr("Save as PDF…"));
    receiptPdf->setObjectName(QStringLiteral("exportBlankReceipt"));
    m_receipt->setMenu(receiptMenu);
    connect(receiptPrint, &QAction::triggered, this, [this] { previewBlankReceipt(m_school, this); });
    connect(receiptPdf, &QAction::triggered, this, [this] { exportBlankReceipt(m_school, this); });
    m_slip->setToolTip(tr("The 转介单 for the hospital: the student, the reason, the school's contact, the hospital and "
                          "a tear-off receipt. It names the student."));
    m_receipt->setToolTip(tr("A receipt form (回执单) without a name, for a hospital that did not get the slip's tear-off."));
    // Only the roles that write referrals record or print them (roleAllows); a 校领导 reads.
    for (QPushButton *b : { m_new, m_slip, m_receipt })
        b->setVisible(m_writer);

    QLabel *title = makePageTitle(tr("Referrals"), this);
    auto *hint = makeNoteLabel(tr("A referral to hospital (转介) is a closed loop: case meeting, parents told (consent or "
                                  "refusal), the referral slip, the hospital's receipt, follow-ups every two weeks while it "
                                  "is open, and closing with the reason. A missing receipt and an overdue follow-up wait "
                                  "on the home page."),
        this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_filter);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_new);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_student);
    actions->addWidget(m_open);
    actions->addStretch(1);
    actions->addWidget(m_slip);
    actions->addWidget(m_receipt);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);
    layout->addLayout(actions);
    reload();
}

void ReferralsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void ReferralsPage::reload()
{
    const qint64 selected = selectedReferralId();
    m_list->clear();
    try {
        ReferralRepository repo(m_school.db(), m_school.user());
        const QList<Referral> all = repo.referrals(m_filter->currentData().toBool());
        int open = 0;
        int waiting = 0;
        for (const Referral &r : all) {
            addReferralRow(m_list, r, true);
            open += r.open ? 1 : 0;
            waiting += r.open && !referralAttentionText(r).isEmpty() ? 1 : 0;
        }
        QString summary = tr("Open referrals: %1").arg(open).toHtmlEscaped();
        if (waiting > 0)
            summary += QStringLiteral(" · <span style='color:%1'><b>%2</b></span>")
                           .arg(colors::css(colors::Bad), tr("waiting for something: %1").arg(waiting).toHtmlEscaped());
        m_summary->setText(summary);
        if (all.isEmpty()) {
            auto *item = new QTreeWidgetItem(
                m_list, { m_filter->currentData().toBool() ? tr("No open referral.") : tr("No referral yet.") });
            item->setFirstColumnSpanned(true);
            item->setFlags(Qt::ItemIsEnabled);
        }
    } catch (const Error &e) {
        showMessage(this, MessageKind::Critical, tr("Referrals"), e.message());
    }
    select(selected);
    updateButtons();
}

int ReferralsPage::rowCount() const
{
    int rows = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        rows += m_list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() != 0 ? 1 : 0;
    return rows;
}

bool ReferralsPage::select(qint64 referralId)
{
    if (referralId == 0)
        return false;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == referralId) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    return false;
}

qint64 ReferralsPage::selectedReferralId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

qint64 ReferralsPage::selectedStudentId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole + 1).toLongLong() : 0;
}

void ReferralsPage::updateButtons()
{
    const bool any = selectedReferralId() != 0;
    m_open->setEnabled(any);
    m_student->setEnabled(any);
    m_slip->setEnabled(any);
}

void ReferralsPage::written()
{
    reload();
    Q_EMIT changed();
}

QDialog *ReferralsPage::newReferral()
{
    return startReferral(m_school, 0, ReferralSource::File, 0, this, [this] { written(); });
}

ReferralDialog *ReferralsPage::openSelected()
{
    const qint64 id = selectedReferralId();
    return id ? openReferral(m_school, id, this, [this] { written(); }) : nullptr;
}

} // namespace xinan::ui
