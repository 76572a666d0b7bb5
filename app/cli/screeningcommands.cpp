// screening import, screening results: survey-tool sheets into a screening drive, and the scored
// results per student.
#include "clishared.h"
#include "commandline.h"
#include "commands.h"
#include "rowprinter.h"

#include "error.h"
#include "platform/clock.h"
#include "repo/audit.h"
#include "repo/instrumentrepository.h"
#include "repo/screeningrepository.h"
#include "services/schoolfile.h"
#include "services/screeningimport.h"

#include <QCoreApplication>
#include <QSet>

namespace xinan::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Splits off the arguments that are not options (and not the values of `valueOptions`).
QStringList takeFiles(QStringList &args, const QStringList &valueOptions)
{
    QStringList files;
    QStringList rest { args.value(0) };
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--") {
            files += args.mid(i + 1);
            break;
        }
        if (a.startsWith(u'-') && a.size() > 1) {
            rest << a;
            if (valueOptions.contains(a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1)) && i + 1 < args.size())
                rest << args.at(++i);
        } else {
            files << a;
        }
    }
    args = rest;
    return files;
}

QString columnName(const ScreeningSheet &sheet, int column)
{
    return column < 0 ? Tr::tr("none") : Tr::tr("column %1 \"%2\"").arg(column + 1).arg(sheet.headers.at(column));
}

int runImport(const QStringList &arguments)
{
    QStringList args = arguments; // takePositional() edits it
    const QStringList files = takeFiles(args,
        { QStringLiteral("db"), QStringLiteral("user"), QStringLiteral("instrument"), QStringLiteral("drive"),
            QStringLiteral("term"), QStringLiteral("first-code") });
    CommandLine cl(QStringLiteral("screening import"),
        Tr::tr("Import screening answers from a sheet exported by a survey tool (.xlsx or .csv, one row per student), score them "
               "and record "
               "them in a screening drive. Rows are matched by 学籍号, or by name and class. Usage: xinan-cli screening import "
               "[options] "
               "SHEET"));
    addUnlockOptions(cl);
    cl.option(QStringLiteral("instrument"),
          Tr::tr("The instrument the sheet answers: phq9, gad7 or an instrument the school imported."), QStringLiteral("ID"))
        .option(QStringLiteral("drive"),
            Tr::tr("The screening drive (created when new; default: the instrument and today's date)."), QStringLiteral("NAME"))
        .option(QStringLiteral("term"), Tr::tr("The term of a new drive, for example 2026-2027-1."), QStringLiteral("TERM"))
        .option(QStringLiteral("skip-invalid"),
            Tr::tr("Import the valid rows and skip the rows with problems (by default nothing is imported "
                   "when any row has a problem)."))
        .option(QStringLiteral("dry-run"), Tr::tr("Only check the sheet and show what would be recorded; write nothing."))
        .option(QStringLiteral("first-code"),
            Tr::tr("How the sheet's digit answers code the first option: 0 (the digits are scores, 0 to 3) or 1 "
                   "(the digits are the options' places in the list, 1 to 4, as 问卷星's 按序号 download). "
                   "Needed when the digits fit both."),
            QStringLiteral("0|1"));
    if (!cl.parse(args))
        return 0;
    if (files.size() != 1)
        throw Error(
            ErrorKind::Usage, Tr::tr("Name exactly one sheet. Run \"xinan-cli screening import --help\" for its options."));
    const QString id = cl.required(QStringLiteral("instrument")).trimmed();
    std::optional<Instrument> instrument = findInstrument(id);
    std::optional<SchoolFile> opened; // a school's own instrument needs the school's file first
    if (!instrument && cl.isSet(QStringLiteral("db")))
        instrument = findInstrument(opened.emplace(unlock(cl)).db(), id);
    if (!instrument)
        throw Error(ErrorKind::Usage,
            Tr::tr("--instrument must be phq9, gad7 or an instrument the school imported (xinan-cli screening "
                   "instruments lists them), not \"%1\".")
                .arg(id));
    const QString drive = cl.isSet(QStringLiteral("drive")) && !cl.value(QStringLiteral("drive")).trimmed().isEmpty()
        ? cl.value(QStringLiteral("drive")).trimmed()
        : QStringLiteral("%1 %2").arg(instrument->id, clock::today().toString(Qt::ISODate));
    cl.required(QStringLiteral("db"));
    // Read the sheet before asking for the password: a file that cannot be read costs nothing.
    const ScreeningSheet sheet = readScreeningSheet(files.first());
    const ScreeningColumns columns = guessScreeningColumns(sheet.headers, *instrument);
    out() << Tr::tr("Sheet %1: header on row %2, %n row(s) below it.", nullptr, static_cast<int>(sheet.rows.size()))
                 .arg(sheet.path)
                 .arg(sheet.headerRow)
          << '\n'
          << Tr::tr("  学籍号: %1; name: %2; class: %3; grade: %4")
                 .arg(columnName(sheet, columns.studentNo), columnName(sheet, columns.name), columnName(sheet, columns.className),
                     columnName(sheet, columns.grade))
          << '\n';
    for (int i = 0; i < columns.items.size(); ++i)
        out() << Tr::tr("  item %1: %2").arg(i + 1).arg(columnName(sheet, columns.items.at(i))) << '\n';
    out().flush();

    ScreeningPlanOptions planOptions;
    if (cl.isSet(QStringLiteral("first-code"))) {
        const QString code = cl.value(QStringLiteral("first-code")).trimmed();
        if (code != u"0" && code != u"1")
            throw Error(ErrorKind::Usage, Tr::tr("--first-code must be 0 or 1, not \"%1\".").arg(code));
        planOptions.coding = code == u"0" ? AnswerCoding::Scores : AnswerCoding::Positions;
    }

    SchoolFile school = opened ? std::move(*opened) : unlock(cl);
    const ScreeningPlan plan = planScreeningImport(school.db(), sheet, *instrument, drive, planOptions);
    out() << Tr::tr("Screening drive: %1").arg(plan.driveName) << '\n'
          << Tr::tr("Rows matched to students: %1").arg(plan.matched.size()) << '\n';
    if (!plan.codingNote.isEmpty())
        out() << plan.codingNote << '\n';
    if (plan.codingNeedsChoice) {
        out().flush();
        throw Error(ErrorKind::Rejected,
            Tr::tr("Nothing was imported: add --first-code 0 if the digits are scores, or --first-code 1 if "
                   "the first option is coded 1."));
    }
    if (!plan.problems.isEmpty())
        out() << Tr::tr("Rows with problems: %1").arg(plan.invalidRows.size()) << '\n'
              << formatScreeningProblems(plan.problems) << '\n';
    out().flush();
    const bool skip = cl.isSet(QStringLiteral("skip-invalid"));
    if (!plan.problems.isEmpty() && !skip)
        throw Error(ErrorKind::Rejected,
            Tr::tr("%n row(s) of the sheet have problems; nothing was imported. Correct them in the file, or use "
                   "--skip-invalid to import only the valid rows.",
                nullptr, static_cast<int>(plan.invalidRows.size())));
    if (cl.isSet(QStringLiteral("dry-run"))) {
        out() << Tr::tr("Dry run: nothing was written.") << '\n';
        return 0;
    }
    ScreeningImportOptions options;
    options.skipInvalid = skip;
    options.term = cl.value(QStringLiteral("term"));
    const ScreeningImportResult r = applyScreeningImport(school.db(), school.user(), plan, *instrument, options);
    out() << Tr::tr(
        "Recorded: %1 result(s), %2 row(s) skipped; %3 need a second-stage interview, %4 with a critical item (%5 raised to "
        "yellow).")
                 .arg(r.recorded)
                 .arg(r.skippedRows)
                 .arg(r.needsInterview)
                 .arg(r.critical)
                 .arg(r.raisedToYellow)
          << '\n';
    return 0;
}

QString shortNameOf(Database &db, const QString &instrumentId)
{
    const std::optional<Instrument> i = findInstrument(db, instrumentId);
    return i ? i->shortName : instrumentId;
}

void print(Database &db, const QList<ScreeningResultRow> &results, const QString &format)
{
    // The table names the instrument and the band and ends with the drive; CSV and JSON give
    // their codes and lead with the drive.
    RowPrinter rows({ { QStringLiteral("drive"), QString(), Column::Shown::DataOnly },
        { QStringLiteral("student_no"), Tr::tr("Student number") }, { QStringLiteral("name"), Tr::tr("Name") },
        { QStringLiteral("grade"), Tr::tr("Grade") }, { QStringLiteral("class"), Tr::tr("Class") },
        { QStringLiteral("instrument"), Tr::tr("Instrument") }, { QStringLiteral("total"), Tr::tr("Total") },
        { QStringLiteral("band"), Tr::tr("Band") }, { QStringLiteral("critical"), Tr::tr("Critical") },
        { QStringLiteral("needs_interview"), QString(), Column::Shown::DataOnly },
        { QStringLiteral("taken_on"), QString(), Column::Shown::DataOnly },
        { QStringLiteral("drive"), Tr::tr("Drive"), Column::Shown::TableOnly } });
    for (const ScreeningResultRow &r : results) {
        const std::optional<Instrument> i = findInstrument(db, r.instrumentId);
        const InstrumentBand *band = i ? i->bandFor(r.total) : nullptr;
        rows.add({ r.driveName, r.studentNo, r.name, { QString::number(r.grade), r.grade }, r.className,
            Cell(r.instrumentId).shownInTable(shortNameOf(db, r.instrumentId)), { QString::number(r.total), r.total },
            Cell(r.bandCode).shownInTable(band ? band->label : r.bandCode),
            Cell(r.critical ? QStringLiteral("1") : QStringLiteral("0"), r.critical)
                .shownInTable(r.critical ? Tr::tr("yes") : QString()),
            { r.needsInterview ? QStringLiteral("1") : QStringLiteral("0"), r.needsInterview }, r.takenOn.toString(Qt::ISODate),
            r.driveName });
    }
    rows.print(format, Tr::tr("%n result(s).", nullptr, static_cast<int>(results.size())));
}

int runResults(const QStringList &args)
{
    CommandLine cl(QStringLiteral("screening results"),
        Tr::tr("List the scored screening results per student (of one drive, or of every drive)."));
    addUnlockOptions(cl);
    cl.option(QStringLiteral("drive"), Tr::tr("Only the results of this screening drive."), QStringLiteral("NAME"));
    addFormatOption(cl);
    if (!cl.parse(args))
        return 0;
    const QString format = formatOf(cl);
    cl.required(QStringLiteral("db"));
    SchoolFile school = unlock(cl);
    ScreeningRepository repo(school.db(), school.user());
    qint64 driveId = 0;
    if (cl.isSet(QStringLiteral("drive"))) {
        const std::optional<ScreeningDrive> drive = repo.findDrive(cl.value(QStringLiteral("drive")));
        if (!drive)
            throw Error(
                ErrorKind::Rejected, Tr::tr("There is no screening drive called \"%1\".").arg(cl.value(QStringLiteral("drive"))));
        driveId = drive->id;
    }
    const QList<ScreeningResultRow> rows = repo.results(driveId);
    QSet<QString> students;
    for (const ScreeningResultRow &r : rows)
        students.insert(r.studentNo);
    recordOutput(school.db(), OutputKind::Export, QStringLiteral("screening_results"), static_cast<int>(students.size()),
        standardOutputName(format));
    print(school.db(), rows, format);
    return 0;
}

int runScreening(const QStringList &args)
{
    return runSubcommand(args,
        { { "import", runImport }, { "results", runResults }, { "instruments", runScreeningInstruments },
            { "add-instrument", runScreeningAddInstrument } },
        Tr::tr("Usage: xinan-cli screening import [options] SHEET\n"
               "       xinan-cli screening results [options]\n"
               "       xinan-cli screening instruments [options]\n"
               "       xinan-cli screening add-instrument [options] DEFINITION.json\n"
               "(xinan-cli screening import --help and xinan-cli screening results --help show the options.)"),
        Tr::tr("Use \"screening import\", \"screening results\", \"screening instruments\" or \"screening add-instrument\"; run "
               "\"xinan-cli screening --help\" for more."));
}

} // namespace

QList<Command> screeningCommands()
{
    return { { "screening",
        QT_TRANSLATE_NOOP("Cli",
            "import screening answers, list results and instruments, add a school's instrument (screening import, results, "
            "instruments, add-instrument)"),
        runScreening } };
}

} // namespace xinan::cli
