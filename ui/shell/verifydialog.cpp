#include "verifydialog.h"

#include "common/colors.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xinan::ui {

VerifyDialog::VerifyDialog(const VerifyReport &report, const QString &databaseName, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Verify database"));
    resize(720, 420);

    const bool intact = report.intact();
    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("summary"));
    summary->setWordWrap(true);
    QFont summaryFont = summary->font();
    summaryFont.setBold(true);
    summary->setFont(summaryFont);
    if (intact) {
        summary->setText(tr("%1 passed all %n check(s).", nullptr, static_cast<int>(report.checks.size())).arg(databaseName));
    } else if (report.tampered()) {
        summary->setText(tr("The audit trail of %1 was tampered with: entries were deleted, changed or reordered, or its "
                            "protection was removed. Keep the file as evidence and tell the head of the counselling office.")
                             .arg(databaseName));
        summary->setStyleSheet(colors::textStyle(colors::Alarm));
    } else {
        summary->setText(tr("%1 failed %n check(s). Do not add records; restore the latest backup with File → Restore from a "
                            "backup…, or ask for help.",
            nullptr, static_cast<int>(report.problems().size()))
                             .arg(databaseName));
        summary->setStyleSheet(colors::textStyle(colors::Alarm));
    }

    auto *checks = new QTreeWidget(this);
    checks->setObjectName(QStringLiteral("checks"));
    checks->setRootIsDecorated(false);
    checks->setSelectionMode(QAbstractItemView::NoSelection);
    checks->setWordWrap(true);
    checks->setHeaderLabels({ QString(), tr("Check"), tr("Result") });
    for (const VerifyCheck &check : report.checks) {
        auto *item = new QTreeWidgetItem(checks);
        item->setText(0, check.passed ? QStringLiteral("✓") : QStringLiteral("✗"));
        item->setForeground(0, check.passed ? QColor(0x1b, 0x7f, 0x3b) : colors::color(colors::Alarm));
        item->setText(1, check.name);
        item->setText(2, check.detail);
        item->setToolTip(2, check.detail);
    }
    checks->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    checks->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    checks->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(checks, 1);
    layout->addWidget(buttons);
}

} // namespace xinan::ui
