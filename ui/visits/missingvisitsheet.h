#pragma once
// The class teacher's list (未访名单): the students of one class with no home visit in the term,
// with blank columns to note each visit by hand, on A4 portrait. It names students: it is
// printed or written to a PDF only when the user asks, after a warning, and recorded in the
// audit log (recordPrintout "visits_missing").

#include "repo/homevisitrepository.h"

#include <QDate>
#include <QList>
#include <QString>

class QPrinter;

namespace xinan::ui {

struct MissingVisitSheet
{
    QString schoolName;
    QString termId; // 2026-2027-1
    int grade = 0;
    QString className;
    int enrolled = 0;
    int visited = 0;
    QList<MissingVisit> students;
    QDate printedOn;
};

QString missingVisitSheetHtml(const MissingVisitSheet &sheet);
void printMissingVisitSheet(QPrinter &printer, const MissingVisitSheet &sheet);

} // namespace xinan::ui
