#include "referralslip.h"

#include "common/accountroles.h"
#include "common/dialogseams.h"
#include "common/printout.h"
#include "hotlines/hotlineposter.h"

#include "error.h"
#include "platform/clock.h"
#include "repo/officerepository.h"
#include "repo/schoolrepository.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"

#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace xinan::ui {
namespace {

struct ReferralSlip
{
    Q_DECLARE_TR_FUNCTIONS(ReferralSlip)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// A value, or a line to fill in by hand.
QString orLine(const QString &value, int underscores = 16)
{
    return value.trimmed().isEmpty() ? QString(underscores, QLatin1Char('_')) : esc(value);
}

QString label(const QString &text)
{
    return QStringLiteral("<td width=\"19%\" style=\"background-color: #f2f2f2;\"><b>%1</b></td>").arg(esc(text));
}

QString blankDate()
{
    return ReferralSlip::tr("____ year __ month __ day");
}

QString tableStart()
{
    return QStringLiteral(
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"5\" width=\"100%\" style=\"border-collapse: collapse;\">");
}

// The receipt's own part: the hospital fills it in (date seen, the outcome ticked, the doctor,
// the advice, its seal). `intro` names the student on the slip's tear-off, nothing on the
// blank form.
QString receiptPart(const QString &schoolName, const QString &intro)
{
    const QString box = QStringLiteral("□ ");
    QString html;
    html += QStringLiteral("<h3 align=\"center\">%1</h3>").arg(esc(ReferralSlip::tr("Hospital receipt (回执)")));
    html += QStringLiteral("<p>%1</p>").arg(intro);
    html += tableStart();
    html += QStringLiteral("<tr>%1<td colspan=\"3\">%2</td></tr>").arg(label(ReferralSlip::tr("Date seen")), esc(blankDate()));
    html += QStringLiteral("<tr>%1<td colspan=\"3\">%2%3 &nbsp;&nbsp;&nbsp; %2%4 &nbsp;&nbsp;&nbsp; %2%5</td></tr>")
                .arg(label(ReferralSlip::tr("Outcome")), box, esc(receiptOutcomeName(ReceiptOutcome::Outpatient)),
                    esc(receiptOutcomeName(ReceiptOutcome::Inpatient)), esc(receiptOutcomeName(ReceiptOutcome::NotSeen)));
    html += QStringLiteral("<tr>%1<td width=\"31%\">&nbsp;</td>%2<td>&nbsp;</td></tr>")
                .arg(label(ReferralSlip::tr("Doctor")), label(ReferralSlip::tr("Department")));
    html += QStringLiteral("<tr>%1<td colspan=\"3\" height=\"70\">&nbsp;<br>&nbsp;<br>&nbsp;</td></tr>")
                .arg(label(ReferralSlip::tr("Advice for the school")));
    html += QStringLiteral("</table>");
    html += QStringLiteral(
        "<p style=\"margin-top: 14px;\">%1 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
        "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; %2 %3</p>")
                .arg(esc(ReferralSlip::tr("Hospital (seal):")), esc(ReferralSlip::tr("Date:")), esc(blankDate()));
    html += QStringLiteral("<p style=\"font-size: 8pt; color: #555555;\">%1</p>")
                .arg(esc(ReferralSlip::tr("Please hand this receipt to the family to bring back to %1, or send it to the "
                                          "school's counselling office. Thank you for your support.")
                             .arg(schoolName)));
    return html;
}

void layOut(QPrinter &printer, QTextDocument &document, const QString &title, const QString &html)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    // QTextDocument::print adds its own 2 cm around an unpaginated document.
    printer.setPageMargins(QMarginsF(6, 2, 6, 2), QPageLayout::Millimeter);
    printer.setDocName(title);
    QFont font = document.defaultFont();
    font.setPointSizeF(10.5);
    document.setDefaultFont(font);
    document.setHtml(html);
    printDocument(printer, document);
}

QString schoolNameOf(SchoolFile &school)
{
    return SchoolRepository(school.db(), school.user()).school().name;
}

QString savePath(QWidget *parent, const QString &title, const QString &suggested)
{
    QString path = askSaveFileName(parent, title, suggested, ReferralSlip::tr("PDF files (*.pdf)"));
    if (!path.isEmpty() && !path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    return path;
}

bool warnNamesStudent(QWidget *parent, const QString &title, const QString &acceptText)
{
    return askToProceed(parent, MessageKind::Warning, title,
        ReferralSlip::tr("The referral slip names the student and gives the reason for the referral. Hand it only to the "
                         "parents or to the hospital. A PDF is not encrypted: save it only where no one else can read it "
                         "(not on a shared or public computer), and delete it once it is printed."),
        acceptText);
}

} // namespace

ReferralSlipData referralSlipData(SchoolFile &school, qint64 referralId)
{
    ReferralSlipData data;
    data.schoolName = schoolNameOf(school);
    const ReferralDetail detail = ReferralRepository(school.db(), school.user()).detail(referralId);
    data.referral = detail.referral;
    for (const ReferralStep &s : detail.steps)
        if (s.kind == ReferralStepKind::Slip)
            data.slip = s;
    data.student = StudentRepository(school.db(), school.user()).find(detail.referral.studentId);
    // The school's contact: the counselling teacher printing it, as the office's staff list
    // names the account (a line to fill in when it does not).
    try {
        if (const std::optional<StaffMember> me = OfficeRepository(school.db(), school.user()).staffForAccount(school.user())) {
            data.contactName = me->name;
            data.contactPhone = me->contact;
        }
    } catch (const Error &) {
        // No staff list to read: the lines stay blank.
    }
    data.printedOn = clock::today();
    data.hotlines = readSchoolHotlines(school);
    return data;
}

QString referralSlipHtml(const ReferralSlipData &data)
{
    const Referral &r = data.referral;
    const QString hospital = data.slip ? data.slip->hospital : r.hospital;
    const QString department = data.slip ? data.slip->department : QString();
    const QString escort = data.slip ? data.slip->escort : QString();
    const QDate issued = data.slip ? data.slip->on : data.printedOn;
    QString birth;
    QString gender;
    if (data.student) {
        gender = data.student->gender == Gender::Unknown ? QString() : genderName(data.student->gender);
        const QDate b = data.student->birthDate;
        if (b.isValid()) {
            int age = data.printedOn.year() - b.year();
            if (QDate(
                    data.printedOn.year(), b.month(), std::min(b.day(), QDate(data.printedOn.year(), b.month(), 1).daysInMonth()))
                > data.printedOn)
                --age;
            birth = ReferralSlip::tr("%1 (age %2)").arg(b.toString(Qt::ISODate)).arg(age);
        }
    }
    const QString className = QStringLiteral("%1 %2").arg(gradeName(r.grade), r.className);

    QString html;
    html += QStringLiteral("<h2 align=\"center\">%1</h2>").arg(esc(data.schoolName));
    html += QStringLiteral("<h2 align=\"center\">%1</h2>").arg(esc(ReferralSlip::tr("Student mental health referral slip")));
    html += QStringLiteral("<p align=\"right\">%1</p>")
                .arg(esc(ReferralSlip::tr("No. %1 · Date: %2").arg(r.id).arg(issued.toString(Qt::ISODate))));
    html += QStringLiteral("<p>%1</p>")
                .arg(ReferralSlip::tr("To %1 %2:").arg(orLine(hospital, 20), department.isEmpty() ? QString() : esc(department)));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(ReferralSlip::tr("After an assessment by the school's counselling office and with the parents' "
                                          "consent, we refer the student below to you for assessment and treatment. Thank "
                                          "you for seeing the student.")));
    html += tableStart();
    html
        += QStringLiteral("<tr>%1<td width=\"31%\">%2</td>%3<td>%4</td></tr>")
               .arg(label(ReferralSlip::tr("Student")), esc(r.studentName), label(ReferralSlip::tr("Gender")), orLine(gender, 6));
    html += QStringLiteral("<tr>%1<td>%2</td>%3<td>%4</td></tr>")
                .arg(label(ReferralSlip::tr("Born")), orLine(birth), label(ReferralSlip::tr("Class")), esc(className));
    html += QStringLiteral("<tr>%1<td>%2</td>%3<td>%4</td></tr>")
                .arg(label(ReferralSlip::tr("学籍号")), esc(r.studentNo), label(ReferralSlip::tr("Accompanied by")),
                    orLine(escort));
    html += QStringLiteral("<tr>%1<td>%2</td>%3<td>%4</td></tr>")
                .arg(label(ReferralSlip::tr("Hospital")), orLine(hospital), label(ReferralSlip::tr("Department")),
                    orLine(department));
    QString reason = esc(r.reason).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    if (reason.isEmpty())
        reason = QStringLiteral("&nbsp;<br>&nbsp;<br>&nbsp;");
    html += QStringLiteral("<tr>%1<td colspan=\"3\" height=\"80\">%2</td></tr>")
                .arg(label(ReferralSlip::tr("Reason for referral")), reason);
    html += QStringLiteral("<tr>%1<td>%2</td>%3<td>%4</td></tr>")
                .arg(label(ReferralSlip::tr("School contact")), orLine(data.contactName), label(ReferralSlip::tr("Phone")),
                    orLine(data.contactPhone));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p style=\"margin-top: 16px;\">%1</p>").arg(esc(ReferralSlip::tr("School (seal):")));
    html += QStringLiteral("<p style=\"margin-top: 36px;\">%1 ______________ &nbsp;&nbsp;&nbsp;&nbsp; %2 %3</p>")
                .arg(esc(ReferralSlip::tr("Counselling teacher (signature):")), esc(ReferralSlip::tr("Date:")), esc(blankDate()));
    html += QStringLiteral("<p style=\"font-size: 8.5pt; margin-top: 8px;\">%1</p>").arg(esc(hotlinesShortLine(data.hotlines)));

    html += QStringLiteral("<p align=\"center\" style=\"margin-top: 14px; color: #555555;\">%1</p>")
                .arg(esc(ReferralSlip::tr("- - - - - - - - - - - ✂ cut along the dashed line; the hospital fills in the "
                                          "receipt below - - - - - - - - - - -")));
    const QString intro = ReferralSlip::tr("To %1: your student %2 (%3, 学籍号 %4) was seen at our hospital.")
                              .arg(esc(data.schoolName), esc(r.studentName), esc(className), esc(r.studentNo));
    html += receiptPart(data.schoolName, intro);
    html += QStringLiteral("<p style=\"font-size: 7.5pt; color: #777777;\">%1</p>")
                .arg(esc(ReferralSlip::tr("Printed on %1 by XinAn. This slip names a student: keep it safe and shred "
                                          "copies no longer needed.")
                             .arg(data.printedOn.toString(Qt::ISODate))));
    return html;
}

QString blankReceiptHtml(const QString &schoolName, const QDate &printedOn)
{
    QString html;
    html += QStringLiteral("<h2 align=\"center\">%1</h2>").arg(esc(schoolName));
    const QString intro = ReferralSlip::tr("To %1: your student ______________ (class ____________, 学籍号 ________________) "
                                           "was seen at our hospital.")
                              .arg(esc(schoolName));
    html += receiptPart(schoolName, intro);
    html += QStringLiteral("<p style=\"font-size: 7.5pt; color: #777777;\">%1</p>")
                .arg(esc(ReferralSlip::tr("Blank receipt form, printed on %1 by XinAn.").arg(printedOn.toString(Qt::ISODate))));
    return html;
}

void printReferralSlip(QPrinter &printer, const ReferralSlipData &data)
{
    QTextDocument document;
    layOut(printer, document, ReferralSlip::tr("Referral slip"), referralSlipHtml(data));
}

void printBlankReceipt(QPrinter &printer, const QString &schoolName, const QDate &printedOn)
{
    QTextDocument document;
    layOut(printer, document, ReferralSlip::tr("Referral receipt form"), blankReceiptHtml(schoolName, printedOn));
}

bool previewReferralSlip(SchoolFile &school, qint64 referralId, QWidget *parent)
{
    const QString title = ReferralSlip::tr("Print the referral slip");
    if (!mayWrite(school, DataKind::Referrals) || !warnNamesStudent(parent, title, ReferralSlip::tr("Print…")))
        return false;
    ReferralSlipData data;
    try {
        data = referralSlipData(school, referralId);
    } catch (const Error &e) {
        showMessage(parent, MessageKind::Critical, title, e.message());
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(title);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&school, &data](QPrinter *p) {
        printReferralSlip(*p, data);
        recordPrintout(school.db(), *p, QStringLiteral("referral_slip"), 1);
    });
    return preview.exec() == QDialog::Accepted;
}

bool exportReferralSlip(SchoolFile &school, qint64 referralId, QWidget *parent)
{
    const QString title = ReferralSlip::tr("Save the referral slip as PDF");
    if (!mayWrite(school, DataKind::Referrals) || !warnNamesStudent(parent, title, ReferralSlip::tr("Choose where to save…")))
        return false;
    ReferralSlipData data;
    try {
        data = referralSlipData(school, referralId);
    } catch (const Error &e) {
        showMessage(parent, MessageKind::Critical, title, e.message());
        return false;
    }
    const QString path
        = savePath(parent, title, ReferralSlip::tr("referral-slip-%1.pdf").arg(data.printedOn.toString(Qt::ISODate)));
    if (path.isEmpty())
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printReferralSlip(printer, data);
    recordPrintout(school.db(), printer, QStringLiteral("referral_slip"), 1);
    if (printer.printerState() == QPrinter::Error) {
        showMessage(parent, MessageKind::Critical, title, ReferralSlip::tr("%1 could not be written.").arg(path));
        return false;
    }
    showMessage(parent, MessageKind::Information, title, ReferralSlip::tr("The slip was saved as %1.").arg(path));
    return true;
}

bool previewBlankReceipt(SchoolFile &school, QWidget *parent)
{
    QString name;
    try {
        name = schoolNameOf(school);
    } catch (const Error &e) {
        showMessage(parent, MessageKind::Critical, ReferralSlip::tr("Print a blank receipt form"), e.message());
        return false;
    }
    const QDate today = clock::today();
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(ReferralSlip::tr("Print a blank receipt form"));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&school, name, today](QPrinter *p) {
        printBlankReceipt(*p, name, today);
        recordPrintout(school.db(), *p, QStringLiteral("referral_receipt_form"), 0);
    });
    return preview.exec() == QDialog::Accepted;
}

bool exportBlankReceipt(SchoolFile &school, QWidget *parent)
{
    const QString title = ReferralSlip::tr("Save a blank receipt form as PDF");
    QString name;
    try {
        name = schoolNameOf(school);
    } catch (const Error &e) {
        showMessage(parent, MessageKind::Critical, title, e.message());
        return false;
    }
    const QDate today = clock::today();
    const QString path = savePath(parent, title, ReferralSlip::tr("referral-receipt-form.pdf"));
    if (path.isEmpty())
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printBlankReceipt(printer, name, today);
    recordPrintout(school.db(), printer, QStringLiteral("referral_receipt_form"), 0);
    if (printer.printerState() == QPrinter::Error) {
        showMessage(parent, MessageKind::Critical, title, ReferralSlip::tr("%1 could not be written.").arg(path));
        return false;
    }
    showMessage(parent, MessageKind::Information, title, ReferralSlip::tr("The receipt form was saved as %1.").arg(path));
    return true;
}

} // namespace xinan::ui
