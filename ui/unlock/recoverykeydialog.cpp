#include "recoverykeydialog.h"

#include "recoverysheet.h"

#include "platform/clock.h"

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace xinan::ui {

RecoveryKeyDialog::RecoveryKeyDialog(
    const QString &recoveryKey, const QString &schoolName, const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_key(recoveryKey)
    , m_schoolName(schoolName)
    , m_databasePath(databasePath)
    , m_confirmed(new QCheckBox(tr("I have written down or printed the recovery key and will keep it locked away."), this))
{
    setWindowTitle(tr("Recovery key"));
    setMinimumWidth(560);

    auto *intro = new QLabel(tr("This is the recovery key of the new database. It opens the database when every password "
                                "is forgotten or the key file is lost. It is shown only now and is not stored anywhere."),
        this);
    intro->setWordWrap(true);

    auto *key = new QLabel(recoveryKeyInLines(recoveryKey), this);
    key->setObjectName(QStringLiteral("recoveryKey"));
    QFont keyFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    keyFont.setPointSizeF(keyFont.pointSizeF() * 1.8);
    keyFont.setBold(true);
    key->setFont(keyFont);
    key->setAlignment(Qt::AlignCenter);
    key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    key->setFrameShape(QFrame::StyledPanel);
    key->setMargin(16);

    auto *advice = new QLabel(tr("Print it or copy it by hand, and keep it somewhere locked, away from the computer. "
                                 "Anyone who has it can open the students' records."),
        this);
    advice->setWordWrap(true);

    m_confirmed->setObjectName(QStringLiteral("confirmed"));
    auto *buttons = new QDialogButtonBox(this);
    auto *printButton = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("print"));
    m_continue = buttons->addButton(tr("Continue"), QDialogButtonBox::AcceptRole);
    m_continue->setObjectName(QStringLiteral("continue"));
    m_continue->setEnabled(false);
    connect(m_confirmed, &QCheckBox::toggled, m_continue, &QPushButton::setEnabled);
    connect(printButton, &QPushButton::clicked, this, &RecoveryKeyDialog::print);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(key);
    layout->addWidget(advice);
    layout->addSpacing(6);
    layout->addWidget(m_confirmed);
    layout->addWidget(buttons);
}

RecoveryKeyDialog::~RecoveryKeyDialog()
{
    m_key.fill(u'0');
}

void RecoveryKeyDialog::reject()
{
    if (m_confirmed->isChecked())
        QDialog::reject();
}

void RecoveryKeyDialog::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the recovery key"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printRecoverySheet(printer, { m_key, m_schoolName, m_databasePath, clock::today() });
}

} // namespace xinan::ui
