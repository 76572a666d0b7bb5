// screening instruments, screening add-instrument: the instruments a school can use (the built-in
// ones and those it imported) and importing a definition file, checked as the GUI's
// 导入量表定义… checks it (InstrumentRepository).
#include "clishared.h"
#include "commandline.h"
#include "commands.h"
#include "rowprinter.h"

#include "error.h"
#include "repo/instrumentrepository.h"
#include "services/schoolfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace xinan::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString bandsText(const Instrument &in)
{
    QStringList bands;
    for (const InstrumentBand &b : in.bands)
        bands.append(QStringLiteral("%1–%2 %3").arg(b.from).arg(b.to).arg(b.label));
    return bands.join(QStringLiteral("; "));
}

void printInstruments(const QList<Instrument> &instruments, const QString &format)
{
    RowPrinter rows({ { QStringLiteral("id"), Tr::tr("Id") }, { QStringLiteral("short_name"), Tr::tr("Instrument") },
        { QStringLiteral("name"), Tr::tr("Name") }, { QStringLiteral("version"), QString(), Column::Shown::DataOnly },
        { QStringLiteral("items"), Tr::tr("Items") }, { QStringLiteral("built_in"), Tr::tr("Origin") },
        { QStringLiteral("bands"), Tr::tr("Bands") } });
    for (const Instrument &in : instruments) {
        QJsonArray bands;
        for (const InstrumentBand &b : in.bands)
            bands.append(QJsonObject { { QStringLiteral("from"), b.from }, { QStringLiteral("to"), b.to },
                { QStringLiteral("code"), b.code }, { QStringLiteral("label"), b.label }, { QStringLiteral("flag"), b.flag } });
        const bool builtIn = InstrumentRepository::isBuiltIn(in.id);
        const int items = static_cast<int>(in.items.size());
        rows.add({ in.id, in.shortName, in.name, in.version, { QString::number(items), items },
            Cell(builtIn ? QStringLiteral("1") : QStringLiteral("0"), builtIn)
                .shownInTable(builtIn ? Tr::tr("built in") : Tr::tr("imported")),
            Cell(bandsText(in), bands) });
    }
    rows.print(format);
}

} // namespace

int runScreeningInstruments(const QStringList &args)
{
    CommandLine cl(QStringLiteral("screening instruments"),
        Tr::tr("List the instruments the school can use in a screening drive: the built-in ones and those it imported."));
    addUnlockOptions(cl);
    addFormatOption(cl);
    if (!cl.parse(args))
        return 0;
    const QString format = formatOf(cl);
    cl.required(QStringLiteral("db"));
    SchoolFile school = unlock(cl);
    printInstruments(InstrumentRepository(school.db(), school.user()).all(), format);
    return 0;
}

int runScreeningAddInstrument(const QStringList &arguments)
{
    QStringList args = arguments;
    // The one argument that is not an option (nor an option's value) is the definition file.
    QStringList files;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i).startsWith(u'-') && args.at(i).size() > 1) {
            if ((args.at(i) == u"--db" || args.at(i) == u"--user") && i + 1 < args.size())
                ++i;
        } else {
            files.append(args.takeAt(i--));
        }
    }
    CommandLine cl(QStringLiteral("screening add-instrument"),
        Tr::tr("Import an instrument definition (a JSON file, checked as the built-in PHQ-9 and GAD-7 are) that the school is "
               "licensed to use; it is kept in the school's file and can then be chosen for a screening drive. Usage: xinan-cli "
               "screening add-instrument --db FILE DEFINITION.json"));
    addUnlockOptions(cl);
    if (!cl.parse(args))
        return 0;
    if (files.size() != 1)
        throw Error(ErrorKind::Usage,
            Tr::tr("Name exactly one definition file. Run \"xinan-cli screening add-instrument --help\" for its options."));
    const QString path = files.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Rejected, Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray json = file.read(1024 * 1024 + 1); // larger definitions are refused by size
    // Checked before asking for the password: a definition that is not valid costs nothing.
    parseInstrument(json, QFileInfo(path).fileName());
    cl.required(QStringLiteral("db"));
    SchoolFile school = unlock(cl);
    InstrumentRepository repo(school.db(), school.user());
    const InstrumentImport plan = repo.check(json, QFileInfo(path).fileName());
    const Instrument &in = plan.instrument;
    if (plan.kind == InstrumentImport::Kind::Same) {
        out() << Tr::tr("The school already has this definition of %1 (%2); nothing was changed.").arg(in.shortName, in.id)
              << '\n';
        return 0;
    }
    repo.add(plan);
    out() << (plan.kind == InstrumentImport::Kind::New
            ? Tr::tr("Imported %1 %2 (id %3): %n item(s), bands %4.", nullptr, static_cast<int>(in.items.size()))
            : Tr::tr("Replaced %1 %2 (id %3): %n item(s), bands %4.", nullptr, static_cast<int>(in.items.size())))
                 .arg(in.shortName, in.name, in.id, bandsText(in))
          << '\n';
    return 0;
}

} // namespace xinan::cli
