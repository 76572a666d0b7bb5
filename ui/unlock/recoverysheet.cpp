#include "recoverysheet.h"

#include "common/printout.h"
#include "unlockdialog.h"

#include "crypto/keyslots.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QLocale>
#include <QPageLayout>
#include <QPrinter>
#include <QTextDocument>

namespace xinan::ui {
namespace {

struct Sheet
{
    Q_DECLARE_TR_FUNCTIONS(RecoverySheet)
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString item(const QString &text)
{
    return QStringLiteral("<li>%1</li>").arg(escaped(text));
}

} // namespace

QString recoveryKeyInLines(const QString &key)
{
    const QStringList groups = key.split(u'-');
    QStringList lines;
    for (qsizetype i = 0; i < groups.size(); i += 3)
        lines << groups.mid(i, 3).join(u'-');
    return lines.join(u'\n');
}

QString recoverySheetHtml(const RecoverySheet &sheet)
{
    const QString file = QFileInfo(sheet.databasePath).fileName();
    const QString keyFile = QFileInfo(KeySlotFile::pathFor(sheet.databasePath)).fileName();
    const QString date = QLocale().toString(sheet.date, QLocale::LongFormat);

    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(escaped(Sheet::tr("XinAn recovery key")));
    html += QStringLiteral("<p><b>%1</b></p>").arg(escaped(Sheet::tr("Keep this sheet in the school safe.")));
    html += QStringLiteral("<table cellpadding=\"3\" width=\"100%\">"
                           "<tr><td>%1</td><td><b>%2</b></td></tr>"
                           "<tr><td>%3</td><td><b>%4</b></td></tr>"
                           "<tr><td>%5</td><td><b>%6</b></td></tr></table>")
                .arg(escaped(Sheet::tr("School:")), escaped(sheet.schoolName), escaped(Sheet::tr("Database file:")),
                    escaped(file), escaped(Sheet::tr("Printed on:")), escaped(date));
    html += QStringLiteral("<p align=\"center\" style=\"font-family: 'DejaVu Sans Mono', 'Noto Sans Mono', monospace; "
                           "font-size: 24pt; margin-top: 18px; margin-bottom: 18px;\"><b>%1</b></p>")
                .arg(escaped(recoveryKeyInLines(sheet.recoveryKey)).replace(u'\n', QStringLiteral("<br>")));
    html += QStringLiteral("<h3>%1</h3><ul>").arg(escaped(Sheet::tr("What the key is for")));
    html += item(Sheet::tr("It opens the database %1 when every password is forgotten, or when the key file %2 is lost "
                           "or damaged. It also opens every backup of this database.")
                     .arg(file, keyFile));
    html += item(Sheet::tr("To use it, choose \"%1\" in the window that asks for the password, type the key (capital "
                           "or small letters), then choose the account and a new password.")
                     .arg(UnlockDialog::tr("Forgot the password? Use the recovery key")));
    html += QStringLiteral("</ul><h3>%1</h3><ul>").arg(escaped(Sheet::tr("How to keep it")));
    html += item(Sheet::tr("Keep this sheet locked in the school safe, away from the computer and from the backups."));
    html += item(Sheet::tr("Do not photograph, scan or type the key into any computer, phone or chat."));
    html += item(Sheet::tr("Anyone who has this key and a copy of the database can read every student's record."));
    html += item(Sheet::tr("XinAn cannot show the key again. If this sheet is lost, tell the head of the counselling "
                           "office at once."));
    html += QStringLiteral("</ul>");
    html += QStringLiteral("<p style=\"margin-top: 24px;\">%1 ____________________ &nbsp;&nbsp; %2 ____________</p>")
                .arg(escaped(Sheet::tr("Put in the safe by:")), escaped(Sheet::tr("Date:")));
    return html;
}

void printRecoverySheet(QPrinter &printer, const RecoverySheet &sheet)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    printer.setDocName(Sheet::tr("XinAn recovery key"));
    QTextDocument document;
    QFont font = document.defaultFont();
    font.setPointSizeF(11);
    document.setDefaultFont(font);
    document.setHtml(recoverySheetHtml(sheet));
    printDocument(printer, document);
}

} // namespace xinan::ui
