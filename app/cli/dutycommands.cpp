// duty print: the week's duty roster as an A4 landscape PDF for the office door. The sheet's
// HTML comes from the core (services/dutysheet); laying it out needs QtGui, so this command runs
// under a QGuiApplication (createApplication) on the offscreen platform when there is no display.
#include "clishared.h"
#include "commandline.h"
#include "commands.h"

#include "error.h"
#include "platform/clock.h"
#include "platform/files.h"
#include "repo/audit.h"
#include "services/dutysheet.h"
#include "services/pdfoutput.h"
#include "services/schoolfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

#include <cstring>

namespace xinan::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QByteArray renderPdf(const DutySheet &sheet)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setTitle(Tr::tr("Duty roster %1").arg(dutyWeekRange(sheet.week.monday)));
        writer.setCreator(QStringLiteral("XinAn"));
        QTextDocument document;
        QFont font = document.defaultFont();
        font.setPointSizeF(10);
        document.setDefaultFont(font);
        document.setHtml(dutySheetHtml(sheet));
        document.print(&writer);
    }
    return withSearchableText(bytes); // text that extracts as 心理, not ⼼理
}

int runPrint(const QStringList &args)
{
    CommandLine cl(QStringLiteral("duty print"),
        Tr::tr(
            "Write the duty roster of one week as a PDF (A4 landscape) to post on the office door: rooms and staff per day and "
            "period, holidays and closed days. An existing file is kept unless --force is given. Usage: xinan-cli duty print "
            "--db FILE --week DATE --out FILE.pdf"));
    addUnlockOptions(cl);
    cl.option(QStringLiteral("week"), Tr::tr("Any day of the week to print (YYYY-MM-DD)."), QStringLiteral("DATE"))
        .option(QStringLiteral("out"), Tr::tr("The PDF file to write."), QStringLiteral("FILE"))
        .option(QStringLiteral("force"), Tr::tr("Replace --out when it exists."));
    if (!cl.parse(args))
        return 0;
    const QString weekText = cl.required(QStringLiteral("week")).trimmed();
    const QDate day = QDate::fromString(weekText, Qt::ISODate);
    if (!day.isValid())
        throw Error(ErrorKind::Usage, Tr::tr("--week must be a date such as 2026-09-07, not \"%1\".").arg(weekText));
    const QString outPath = cl.required(QStringLiteral("out"));
    if (QFileInfo::exists(outPath) && !cl.isSet(QStringLiteral("force")))
        throw Error(
            ErrorKind::Rejected, Tr::tr("%1 already exists; choose another file or add --force to replace it.").arg(outPath));
    cl.required(QStringLiteral("db"));
    SchoolFile school = unlock(cl);
    const DutySheet sheet = dutySheet(school.db(), school.user(), day, clock::today());
    writeFileAtomically(outPath, renderPdf(sheet));
    recordOutput(school.db(), OutputKind::Export, QStringLiteral("duty_sheet"), 0, QFileInfo(outPath).absoluteFilePath());
    out() << Tr::tr("Wrote the duty roster of %1 (%2 shifts) to %3.")
                 .arg(dutyWeekRange(sheet.week.monday))
                 .arg(sheet.week.shifts.size())
                 .arg(outPath)
          << '\n';
    return 0;
}

int runDuty(const QStringList &args)
{
    return runSubcommand(args, { { "print", runPrint } },
        Tr::tr("Usage: xinan-cli duty print --db FILE --week DATE --out FILE.pdf [--force]\n"
               "(xinan-cli duty print --help shows the options.)"),
        Tr::tr("Use \"duty print\"; run \"xinan-cli duty --help\" for more."));
}

} // namespace

QList<Command> dutyCommands()
{
    return { { "duty", QT_TRANSLATE_NOOP("Cli", "print a week's duty roster as a PDF (duty print)"), runDuty } };
}

QCoreApplication *createApplication(int &argc, char **argv)
{
    const bool dutyPrint = argc > 2 && std::strcmp(argv[1], "duty") == 0 && std::strcmp(argv[2], "print") == 0;
    if (!dutyPrint)
        return new QCoreApplication(argc, argv);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Nothing is shown: without a display, lay the PDF out on the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    return new QGuiApplication(argc, argv);
}

} // namespace xinan::cli
