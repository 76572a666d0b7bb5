// export city: the periodic, de-identified export for the city platform (市级平台定期报送):
// the xlsx workbook, the UTF-8 CSV and manifest.json of one period (services/cityexport,
// docs/export-format.md).
#include "clishared.h"
#include "commandline.h"
#include "commands.h"

#include "error.h"
#include "services/cityexport.h"
#include "services/schoolfile.h"

#include <QCoreApplication>
#include <QDir>

namespace xinan::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int runCity(const QStringList &args)
{
    CommandLine cl(QStringLiteral("export city"),
        Tr::tr("Write the periodic export for the city platform: one de-identified row of counts and rates for the school "
               "and the period, as <code>_<period>_city.xlsx, <code>_<period>_city.csv (UTF-8 with a BOM) and manifest.json "
               "(the files' SHA-256). Counts from 1 to 4 are written <5, and a rate or total that would give one back is "
               "written —. No names, student numbers, birth dates or free text. Format version %1 "
               "(docs/export-format.md). Existing files are kept unless --overwrite is given.")
            .arg(CityExportFormatVersion));
    addUnlockOptions(cl);
    cl.option(QStringLiteral("period"),
          Tr::tr("A term such as 2026-2027-1 or a month such as 2026-11; default: the current term."), QStringLiteral("PERIOD"))
        .option(QStringLiteral("out"), Tr::tr("The folder to write the files into (it must exist)."), QStringLiteral("DIR"))
        .option(QStringLiteral("overwrite"), Tr::tr("Replace the files when they are in the folder already."));
    if (!cl.parse(args))
        return 0;
    const QString outDir = cl.required(QStringLiteral("out"));
    const QString period = cl.isSet(QStringLiteral("period")) ? cl.value(QStringLiteral("period")).trimmed() : QString();
    cl.required(QStringLiteral("db"));
    SchoolFile school = unlock(cl);
    const CityExportResult result = writeCityExport(school.db(), period, outDir, cl.isSet(QStringLiteral("overwrite")));
    out() << Tr::tr("City export of %1 (%2), format version %3, written to %4:")
                 .arg(result.row.period.id, result.row.schoolCode)
                 .arg(CityExportFormatVersion)
                 .arg(QDir::toNativeSeparators(result.folder))
          << '\n';
    for (const CityExportFile &file : result.files)
        out() << "  " << file.name << "  " << file.size << "  sha256 " << file.sha256 << '\n';
    if (result.row.suppressedColumns.isEmpty())
        out() << Tr::tr("Nothing was suppressed.") << '\n';
    else
        out() << Tr::tr("Suppressed (<5 or —): %1").arg(result.row.suppressedColumns.join(QStringLiteral(", "))) << '\n';
    return 0;
}

int runExport(const QStringList &args)
{
    return runSubcommand(args, { { "city", runCity } },
        Tr::tr("Usage: xinan-cli export city --db FILE [--period PERIOD] --out DIR [--overwrite]\n"
               "(xinan-cli export city --help shows the options and the format version, now %1.)")
            .arg(CityExportFormatVersion),
        Tr::tr("Use \"export city\"; run \"xinan-cli export --help\" for more."));
}

} // namespace

QList<Command> exportCommands()
{
    return { { "export",
        QT_TRANSLATE_NOOP("Cli", "the periodic export for the city platform: counts only, xlsx + CSV + manifest (export city)"),
        runExport } };
}

} // namespace xinan::cli
