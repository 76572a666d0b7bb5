#pragma once
// The printed referral slip (转介单, A4): the school, the student (name, gender, birth date and
// age, class, 学籍号), the reason in the referral's words for the hospital, the school's
// contact, the hospital and department, who goes with the student, the date, room for the
// school's seal and a signature, a footer line with the help lines (求助热线) for the family,
// and a dashed tear-off receipt (回执) the hospital fills in and sends back. And the blank
// receipt form (回执单) on its own. The slip carries a child's name and reason: it is printed or
// written to a PDF only when the user asks, after a warning, and every printout is recorded in
// the audit log.

#include "domain/student.h"
#include "repo/hotlines.h"
#include "repo/referralrepository.h"

#include <QDate>
#include <QString>

#include <optional>

class QPrinter;
class QWidget;

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

struct ReferralSlipData
{
    QString schoolName;
    Referral referral;
    std::optional<Student> student; // gender and birth date; none when unreadable
    std::optional<ReferralStep> slip; // the newest slip step: hospital, department, escort, day
    QString contactName; // the counselling teacher printing it (the office staff entry)
    QString contactPhone; // its contact field; empty: a line to fill in
    QDate printedOn;
    SchoolHotlines hotlines; // the footer's help lines (the 24-hour aid line, 12320, 12355)
};

// Reads what the slip shows (throws Error).
ReferralSlipData referralSlipData(SchoolFile &school, qint64 referralId);
QString referralSlipHtml(const ReferralSlipData &data);
QString blankReceiptHtml(const QString &schoolName, const QDate &printedOn);
// Lay the sheet out on A4 portrait and print it (to paper or to the printer's PDF file).
void printReferralSlip(QPrinter &printer, const ReferralSlipData &data);
void printBlankReceipt(QPrinter &printer, const QString &schoolName, const QDate &printedOn);

// The user's ways to print, with the warning first for the slip (it names the student) and the
// audit entry after: a print preview, or a PDF file (asks where). False when cancelled or failed.
bool previewReferralSlip(SchoolFile &school, qint64 referralId, QWidget *parent);
bool exportReferralSlip(SchoolFile &school, qint64 referralId, QWidget *parent);
bool previewBlankReceipt(SchoolFile &school, QWidget *parent);
bool exportBlankReceipt(SchoolFile &school, QWidget *parent);

} // namespace xinan::ui
