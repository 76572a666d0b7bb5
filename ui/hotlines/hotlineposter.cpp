#include "hotlineposter.h"

#include "common/dialogseams.h"
#include "common/printout.h"

#include "error.h"
#include "platform/clock.h"
#include "repo/officerepository.h"
#include "repo/schoolrepository.h"
#include "services/schoolfile.h"

#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTextFrame>

namespace xinan::ui {
namespace {

struct HotlinePoster
{
    Q_DECLARE_TR_FUNCTIONS(HotlinePoster)
};

// Escaped for HTML, and '@' too: the poster's sizes are written as @@N@@ before scaling.
QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('@'), QStringLiteral("&#64;"));
}

const char *const Accent = "#1f6f8b";

QString numberSpan(const QString &number, qreal pt)
{
    return QStringLiteral("<span style=\"font-size: %1pt; font-weight: bold; color: %2;\">%3</span>")
        .arg(QString::number(pt, 'f', 1))
        .arg(QLatin1String(Accent), esc(number));
}

QString sectionTitle(qreal scale, const QString &text)
{
    return QStringLiteral("<p style=\"font-size: %1pt; font-weight: bold; margin-top: %2px; margin-bottom: 4px;\">%3</p>")
        .arg(QString::number(15 * scale, 'f', 1))
        .arg(qRound(14 * scale))
        .arg(esc(text));
}

} // namespace

SchoolHotlines readSchoolHotlines(SchoolFile &school)
{
    try {
        return HotlineRepository(school.db(), school.user()).schoolHotlines();
    } catch (const Error &) {
        return {};
    }
}

QString hotlinesShortLine(const SchoolHotlines &local)
{
    QStringList parts;
    if (local.hasAidLine())
        parts << HotlinePoster::tr("%1 %2").arg(HotlineRepository::aidLineName(local), local.aidNumber);
    for (const Hotline &h : HotlineRepository::nationalHotlines())
        if (h.number == u"12320" || h.number == u"12355")
            parts << HotlinePoster::tr("%1 %2").arg(h.name, h.number);
    return HotlinePoster::tr("Help lines: %1").arg(parts.join(QStringLiteral(" · ")));
}

QString hotlinesCompactHtml(const SchoolHotlines &local)
{
    QStringList lines;
    if (local.hasAidLine())
        lines << QStringLiteral("<b>%1</b>")
                     .arg(HotlinePoster::tr("%1 %2").arg(HotlineRepository::aidLineName(local), local.aidNumber).toHtmlEscaped());
    else
        lines << HotlinePoster::tr("No 24-hour aid line is set yet (Settings → Psychological aid hotlines).").toHtmlEscaped();
    if (local.hasHospital()) {
        QString hospital = local.hospitalName;
        if (!local.hospitalNumber.isEmpty())
            hospital += QLatin1Char(' ') + local.hospitalNumber;
        lines << HotlinePoster::tr("Nearest hospital: %1").arg(hospital).toHtmlEscaped();
    }
    QStringList others;
    for (const Hotline &h : local.others)
        others << HotlinePoster::tr("%1 %2").arg(h.name, h.number).toHtmlEscaped();
    if (!others.isEmpty())
        lines << others.join(QStringLiteral(" · "));
    QStringList national;
    for (const Hotline &h : HotlineRepository::nationalHotlines())
        national << HotlinePoster::tr("%1 %2").arg(h.number, h.name).toHtmlEscaped();
    lines << national.join(QStringLiteral(" · "));
    return lines.join(QStringLiteral("<br>"));
}

HotlinePosterData hotlinePosterData(SchoolFile &school)
{
    HotlinePosterData data;
    data.schoolName = SchoolRepository(school.db(), school.user()).school().name;
    data.local = HotlineRepository(school.db(), school.user()).schoolHotlines();
    try {
        for (const Room &room : OfficeRepository(school.db(), school.user()).rooms())
            data.rooms << room.name;
    } catch (const Error &) {
        // A role that does not read the rooms prints the poster without them.
    }
    data.printedOn = clock::today();
    return data;
}

QString hotlinePosterHtml(const HotlinePosterData &data, qreal scale)
{
    const auto pt = [scale](qreal size) { return QString::number(size * scale, 'f', 1); };
    QString html;
    html += QStringLiteral(
        "<p align=\"center\" style=\"font-size: @@38@@pt; font-weight: bold; color: %1; margin-bottom: 0px;\">%2</p>")
                .arg(QLatin1String(Accent), esc(HotlinePoster::tr("If you need help")));
    html += QStringLiteral("<p align=\"center\" style=\"font-size: @@24@@pt; font-weight: bold; margin-top: 4px;\">%1</p>")
                .arg(esc(HotlinePoster::tr("Psychological aid hotlines")));
    if (!data.schoolName.isEmpty())
        html += QStringLiteral("<p align=\"center\" style=\"font-size: @@16@@pt; margin-top: 0px;\">%1</p>")
                    .arg(esc(data.schoolName));
    html += QStringLiteral("<p align=\"center\" style=\"font-size: @@13@@pt; margin-top: 10px;\">%1</p>")
                .arg(esc(HotlinePoster::tr("You are not alone. When you feel sad, afraid or think of hurting yourself, call "
                                           "one of these numbers, or tell a teacher or someone in your family you trust.")));

    // The 24-hour line, large.
    html += QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"10\" style=\"margin-top: 10px;\">"
                           "<tr><td align=\"center\" style=\"background-color: #e6f2f6;\">");
    html += QStringLiteral("<p style=\"font-size: @@17@@pt; font-weight: bold;\">%1</p>")
                .arg(esc(HotlineRepository::aidLineName(data.local)));
    if (data.local.hasAidLine())
        html += QStringLiteral("<p>%1</p>").arg(numberSpan(data.local.aidNumber, 44 * scale));
    else
        html += QStringLiteral("<p style=\"font-size: @@30@@pt;\">____________________</p>");
    html += QStringLiteral("<p style=\"font-size: @@12@@pt;\">%1</p>")
                .arg(esc(HotlinePoster::tr("Open day and night, free of judgement.")));
    html += QStringLiteral("</td></tr></table>");

    // The national numbers, two to a row.
    html += sectionTitle(scale, HotlinePoster::tr("National hotlines"));
    const QList<Hotline> national = HotlineRepository::nationalHotlines();
    html += QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"6\">");
    for (qsizetype i = 0; i < national.size(); i += 2) {
        html += QStringLiteral("<tr>");
        for (qsizetype j = i; j < i + 2; ++j) {
            if (j < national.size())
                html += QStringLiteral("<td width=\"50%\">%1<br><span style=\"font-size: @@11@@pt;\">%2</span></td>")
                            .arg(numberSpan(national.at(j).number, 24 * scale), esc(national.at(j).name));
            else
                html += QStringLiteral("<td width=\"50%\">&nbsp;</td>");
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    if (!data.local.others.isEmpty()) {
        html += sectionTitle(scale, HotlinePoster::tr("Local help lines"));
        html += QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"4\">");
        for (const Hotline &h : data.local.others) {
            html
                += QStringLiteral("<tr><td width=\"40%\" style=\"font-size: @@13@@pt;\">%1</td><td>%2%3</td></tr>")
                       .arg(esc(h.name), numberSpan(h.number, 16 * scale),
                           h.note.isEmpty() ? QString()
                                            : QStringLiteral(" <span style=\"font-size: @@10@@pt;\">%1</span>").arg(esc(h.note)));
        }
        html += QStringLiteral("</table>");
    }

    if (data.local.hasHospital()) {
        html += sectionTitle(scale, HotlinePoster::tr("Nearest hospital"));
        QString line = QStringLiteral("<span style=\"font-size: @@14@@pt;\">%1</span>").arg(esc(data.local.hospitalName));
        if (!data.local.hospitalNumber.isEmpty())
            line += QStringLiteral(" &nbsp; ") + numberSpan(data.local.hospitalNumber, 16 * scale);
        if (!data.local.hospitalAddress.isEmpty())
            line += QStringLiteral("<br><span style=\"font-size: @@11@@pt;\">%1</span>")
                        .arg(esc(HotlinePoster::tr("Address: %1").arg(data.local.hospitalAddress)));
        html += QStringLiteral("<p>%1</p>").arg(line);
    }

    if (!data.rooms.isEmpty()) {
        html += sectionTitle(scale, HotlinePoster::tr("At school"));
        html += QStringLiteral("<p style=\"font-size: @@13@@pt;\">%1</p>")
                    .arg(esc(HotlinePoster::tr("Come to the school's counselling room (%1), or ask your class teacher to "
                                               "take you there.")
                                 .arg(data.rooms.join(HotlinePoster::tr(", ")))));
    }

    html += QStringLiteral(
        "<p align=\"center\" style=\"font-size: @@14@@pt; font-weight: bold; margin-top: 16px; color: #b03a2e;\">%1</p>")
                .arg(esc(HotlinePoster::tr("In an emergency call 120 (ambulance) or 110 (police).")));
    // The sizes were written as @@N@@ points: scaled to fit one page.
    static const QRegularExpression size(QStringLiteral("@@([0-9.]+)@@"));
    QString out;
    qsizetype from = 0;
    for (QRegularExpressionMatchIterator it = size.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(html).mid(from, m.capturedStart() - from);
        out += pt(m.captured(1).toDouble());
        from = m.capturedEnd();
    }
    out += QStringView(html).mid(from);
    return out;
}

void printHotlinePoster(QPrinter &printer, const HotlinePosterData &data)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    // QTextDocument::print adds its own 2 cm around an unpaginated document.
    printer.setPageMargins(QMarginsF(4, 2, 4, 2), QPageLayout::Millimeter);
    printer.setDocName(HotlinePoster::tr("Psychological aid hotlines"));
    // The poster is one page: the largest sizes that fit. Measured at 96 dpi on the printable
    // A4 body less the 2 cm QTextDocument::print adds (conservative: CSS pixels count for more
    // at 96 dpi than on the printer).
    const auto laidOut = [&data](QTextDocument &document, qreal scale) {
        QFont font = document.defaultFont();
        font.setPointSizeF(12 * scale);
        document.setDefaultFont(font);
        document.setHtml(hotlinePosterHtml(data, scale));
    };
    constexpr qreal PxPerMm = 96 / 25.4;
    qreal scale = 1.0;
    for (; scale > 0.5; scale -= 0.05) {
        QTextDocument probe;
        laidOut(probe, scale);
        QTextFrameFormat frame = probe.rootFrame()->frameFormat();
        frame.setMargin(20 * PxPerMm);
        probe.rootFrame()->setFrameFormat(frame);
        probe.setPageSize(QSizeF((210 - 8) * PxPerMm, (297 - 4) * PxPerMm));
        if (probe.pageCount() <= 1)
            break;
    }
    QTextDocument document;
    laidOut(document, scale);
    printDocument(printer, document);
}

bool previewHotlinePoster(SchoolFile &school, QWidget *parent, const SchoolHotlines *shown)
{
    const QString title = HotlinePoster::tr("Print the help-line poster");
    HotlinePosterData data;
    try {
        data = hotlinePosterData(school);
        if (shown)
            data.local = *shown;
    } catch (const Error &e) {
        showMessage(parent, MessageKind::Critical, title, e.message());
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(title);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&school, &data](QPrinter *p) {
        printHotlinePoster(*p, data);
        recordPrintout(school.db(), *p, QStringLiteral("hotline_poster"), 0);
    });
    return preview.exec() == QDialog::Accepted;
}

bool exportHotlinePoster(SchoolFile &school, QWidget *parent, const SchoolHotlines *shown)
{
    const QString title = HotlinePoster::tr("Save the help-line poster as PDF");
    HotlinePosterData data;
    try {
        data = hotlinePosterData(school);
        if (shown)
            data.local = *shown;
    } catch (const Error &e) {
        showMessage(parent, MessageKind::Critical, title, e.message());
        return false;
    }
    QString path
        = askSaveFileName(parent, title, HotlinePoster::tr("help-line-poster.pdf"), HotlinePoster::tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printHotlinePoster(printer, data);
    recordPrintout(school.db(), printer, QStringLiteral("hotline_poster"), 0);
    if (printer.printerState() == QPrinter::Error) {
        showMessage(parent, MessageKind::Critical, title, HotlinePoster::tr("%1 could not be written.").arg(path));
        return false;
    }
    showMessage(parent, MessageKind::Information, title, HotlinePoster::tr("The poster was saved as %1.").arg(path));
    return true;
}

} // namespace xinan::ui
