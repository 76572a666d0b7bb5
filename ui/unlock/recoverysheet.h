#pragma once
// The printed recovery key: one A4 page to keep in the school safe, with the school, the
// database file, the date, the key in large monospace and what to do with it.

#include <QDate>
#include <QString>

class QPrinter;

namespace xinan::ui {

struct RecoverySheet
{
    QString recoveryKey;
    QString schoolName;
    QString databasePath;
    QDate date;
};

// Nine groups of five read more easily in three lines of three.
QString recoveryKeyInLines(const QString &key);
QString recoverySheetHtml(const RecoverySheet &sheet);
// Lays the sheet out on the printer's page (one page) and prints it.
void printRecoverySheet(QPrinter &printer, const RecoverySheet &sheet);

} // namespace xinan::ui
