#include "recoverykeydialog.h"

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace xinan::ui {
namespace {

// Nine groups of five read more easily in three lines of three.
QString keyInLines(const QString &key)
{
    const QStringList groups = key.split(u'-');
    QStringList lines;
    for (qsizetype i = 0; i < groups.size(); i += 3)
        lines << groups.mid(i, 3).join(u'-');
    return lines.join(u'\n');
}

} // namespace

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

    auto *key = new QLabel(keyInLines(recoveryKey), this);
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
    QTextDocument document;
    const QString html
        = QStringLiteral("<h2>%1</h2><p>%2<br>%3<br>%4</p><p style=\"font-family: monospace; font-size: 20pt\">"
                         "<b>%5</b></p><p>%6</p>")
              .arg(tr("XinAn recovery key").toHtmlEscaped(), tr("School: %1").arg(m_schoolName).toHtmlEscaped(),
                  tr("Database file: %1").arg(QFileInfo(m_databasePath).fileName()).toHtmlEscaped(),
                  tr("Printed on %1").arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)).toHtmlEscaped(),
                  keyInLines(m_key).toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")),
                  tr("Keep this sheet locked away. Anyone who has it can open the students' records.").toHtmlEscaped());
    document.setHtml(html);
    document.print(&printer);
}

} // namespace xinan::ui
