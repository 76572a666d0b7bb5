#include "appointmentslip.h"

#include "common/printout.h"
#include "domain/student.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QPageLayout>
#include <QPrinter>
#include <QTextDocument>

namespace xinan::ui {
namespace {

struct Slip
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentSlip)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td width=\"28%\" style=\"background-color: #f2f2f2;\"><b>%1</b></td><td>%2</td></tr>")
        .arg(esc(label), esc(value));
}

} // namespace

QString appointmentSlipHtml(const AppointmentSlip &slip)
{
    const Appointment &a = slip.appointment;
    const QDateTime start = a.start.toLocalTime();
    const QDateTime end = a.end.toLocalTime();
    const QString when = Slip::tr("%1 (%2), %3–%4")
                             .arg(start.date().toString(Qt::ISODate), QLocale().dayName(start.date().dayOfWeek()),
                                 start.toString(QStringLiteral("HH:mm")), end.toString(QStringLiteral("HH:mm")));
    QString html;
    html += QStringLiteral("<h2 align=\"center\">%1</h2>").arg(esc(slip.schoolName));
    html += QStringLiteral("<h3 align=\"center\">%1</h3>").arg(esc(Slip::tr("Counselling appointment slip")));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(Slip::tr("To the class teacher: please let the student below come to the counselling "
                                  "office at the time given.")));
    html += QStringLiteral(
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"6\" width=\"100%\" style=\"border-collapse: collapse;\">");
    html += row(Slip::tr("Student"), a.studentName);
    html += row(Slip::tr("Class"), QStringLiteral("%1 %2").arg(gradeName(a.grade), a.className));
    html += row(Slip::tr("Date and time"), when);
    html += row(
        Slip::tr("Room"), a.roomName.isEmpty() ? Slip::tr("The counsellor will tell the student where to go.") : a.roomName);
    html += row(Slip::tr("Counsellor"), a.staffName);
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p style=\"margin-top: 18px;\">%1 ____________________ &nbsp;&nbsp; %2 ____________</p>")
                .arg(esc(Slip::tr("Class teacher (signature):")), esc(Slip::tr("Date:")));
    html += QStringLiteral("<p style=\"font-size: 8pt; color: #555555;\">%1</p>")
                .arg(esc(Slip::tr("Printed on %1 by XinAn. Hand this slip only to the class teacher; it contains a student's "
                                  "name. Shred it when no longer needed.")
                             .arg(slip.printedOn.toString(Qt::ISODate))));
    return html;
}

void printAppointmentSlip(QPrinter &printer, const AppointmentSlip &slip)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    printer.setDocName(Slip::tr("Counselling appointment slip"));
    QTextDocument document;
    QFont font = document.defaultFont();
    font.setPointSizeF(11);
    document.setDefaultFont(font);
    document.setHtml(appointmentSlipHtml(slip));
    printDocument(printer, document);
}

} // namespace xinan::ui
