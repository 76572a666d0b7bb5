#pragma once
// The help-line poster (心理援助热线海报, A4 portrait) for classrooms and dorms: a large friendly
// title, the school's name, the 24-hour psychological aid line large, the national numbers, the
// county's other lines, the nearest hospital, and the school's counselling rooms (their names
// only). It names no student. Print preview, print and PDF like the other printouts; every
// printout is recorded in the audit log ("hotline_poster").
// Also the compact help-line texts other windows show (the crisis window, the referral slip).

#include "repo/hotlines.h"

#include <QDate>
#include <QString>
#include <QStringList>

class QPrinter;
class QWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

struct HotlinePosterData
{
    QString schoolName;
    SchoolHotlines local;
    QStringList rooms; // the school's active counselling rooms (empty when unreadable)
    QDate printedOn;
};

// Reads what the poster shows (throws Error).
HotlinePosterData hotlinePosterData(SchoolFile &school);
// `scale` multiplies every font size (printHotlinePoster picks the largest that fits one page).
QString hotlinePosterHtml(const HotlinePosterData &data, qreal scale = 1.0);
// Lays the poster out on A4 portrait (one page) and prints it (to paper or to a PDF file).
void printHotlinePoster(QPrinter &printer, const HotlinePosterData &data);
// The user's ways to print it: a print preview, or a PDF file (asks where). `shown`: lines
// typed in Settings but not yet saved, printed instead of the stored ones. False when cancelled
// or failed.
bool previewHotlinePoster(SchoolFile &school, QWidget *parent, const SchoolHotlines *shown = nullptr);
bool exportHotlinePoster(SchoolFile &school, QWidget *parent, const SchoolHotlines *shown = nullptr);

// One line of help numbers, plain text: the aid line when set, then 12320 and 12355 (the
// referral slip's footer; the crisis window's box).
QString hotlinesShortLine(const SchoolHotlines &local);
// A few lines of rich text for a window (the crisis window's box): the aid line in bold (or
// that none is set), the nearest hospital, the other local lines and the national numbers.
QString hotlinesCompactHtml(const SchoolHotlines &local);
// The school's help lines, best effort: empty SchoolHotlines when the setting is unreadable.
SchoolHotlines readSchoolHotlines(SchoolFile &school);

} // namespace xinan::ui
