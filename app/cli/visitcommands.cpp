// visits coverage: home-visit (家访) coverage per class for a term, or the students still
// without a visit (the class teacher's list).
#include "clishared.h"
#include "commandline.h"
#include "commands.h"
#include "rowprinter.h"

#include "domain/student.h"
#include "error.h"
#include "repo/audit.h"
#include "repo/homevisitrepository.h"
#include "repo/termcalendar.h"
#include "services/schoolfile.h"

#include <QCoreApplication>

namespace xinan::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void printCoverage(const TermCoverage &c, const QString &format)
{
    RowPrinter rows({ { QStringLiteral("grade"), Tr::tr("Grade") }, { QStringLiteral("class"), Tr::tr("Class") },
        { QStringLiteral("enrolled"), Tr::tr("Enrolled") }, { QStringLiteral("visited"), Tr::tr("Visited") },
        { QStringLiteral("onsite"), Tr::tr("On site") }, { QStringLiteral("missing"), Tr::tr("Missing") },
        { QStringLiteral("required"), Tr::tr("Required") }, { QStringLiteral("behind"), Tr::tr("Behind") } });
    auto number = [](int n) { return Cell(QString::number(n), n); };
    for (const ClassVisitCoverage &row : c.classes) {
        rows.add({ Cell(gradeName(row.grade), row.grade), row.className, number(row.enrolled), number(row.visited),
            number(row.onsite), number(row.missing), number(row.required),
            Cell(row.behind ? QStringLiteral("yes") : QStringLiteral("no"), row.behind)
                .shownInTable(row.behind ? Tr::tr("behind") : QString()) });
    }
    const int percent = c.enrolled ? qRound(100.0 * c.visited / c.enrolled) : 0;
    rows.print(format,
        Tr::tr("%1 (%2 to %3): %4 of %5 enrolled students visited (%6%), %7 on site, %8 visit(s).")
            .arg(c.term.displayName(), c.term.startsOn.toString(Qt::ISODate), c.term.endsOn.toString(Qt::ISODate))
            .arg(c.visited)
            .arg(c.enrolled)
            .arg(percent)
            .arg(c.onsite)
            .arg(c.visits));
}

void printMissing(const QList<MissingVisit> &missing, const SchoolTerm &term, const QString &format)
{
    RowPrinter rows({ { QStringLiteral("student_no"), Tr::tr("Student number") }, { QStringLiteral("name"), Tr::tr("Name") },
        { QStringLiteral("grade"), Tr::tr("Grade") }, { QStringLiteral("class"), Tr::tr("Class") },
        { QStringLiteral("last_visit"), Tr::tr("Last visit") } });
    for (const MissingVisit &m : missing) {
        const QString last = m.lastVisit.isValid() ? m.lastVisit.toString(Qt::ISODate) : QString();
        rows.add({ m.studentNo, m.name, Cell(gradeName(m.grade), m.grade), m.className,
            Cell(last, last.isEmpty() ? QJsonValue() : QJsonValue(last)).shownInTable(last.isEmpty() ? Tr::tr("never") : last) });
    }
    rows.print(format,
        Tr::tr("%1: %n student(s) without a home visit.", nullptr, static_cast<int>(missing.size())).arg(term.displayName()));
}

int runCoverage(const QStringList &args)
{
    CommandLine cl(QStringLiteral("visits coverage"),
        Tr::tr("Home-visit coverage for a term: one row per class with its enrolled students, those visited, those visited "
               "on site and those still missing, against the school's coverage rules. With --missing, the students without "
               "a visit."));
    addUnlockOptions(cl);
    cl.option(QStringLiteral("term"),
          Tr::tr("The term, for example 2026-2027-1 (autumn) or 2026-2027-2 (spring); default: the current term."),
          QStringLiteral("TERM"))
        .option(QStringLiteral("missing"), Tr::tr("List the enrolled students without a home visit in the term instead."));
    addFormatOption(cl);
    if (!cl.parse(args))
        return 0;
    const QString format = formatOf(cl);
    const QString termId = cl.isSet(QStringLiteral("term")) ? cl.value(QStringLiteral("term")).trimmed() : QString();
    // The term is read from the school's calendar (its own term ids may differ from the usual
    // form), so a bad id is refused there: Error(Rejected) with the form it expects.
    cl.required(QStringLiteral("db"));
    SchoolFile school = unlock(cl);
    HomeVisitRepository visits(school.db(), school.user());
    if (cl.isSet(QStringLiteral("missing"))) {
        TermCalendar calendar(school.db());
        const SchoolTerm term = termId.isEmpty() ? calendar.currentTerm() : calendar.term(termId);
        const QList<MissingVisit> missing = visits.missing(termId);
        recordOutput(school.db(), OutputKind::Export, QStringLiteral("visits_missing"), static_cast<int>(missing.size()),
            standardOutputName(format));
        printMissing(missing, term, format);
        return 0;
    }
    const TermCoverage c = visits.coverage(termId);
    recordOutput(school.db(), OutputKind::Export, QStringLiteral("visits_coverage"), 0, standardOutputName(format));
    printCoverage(c, format);
    return 0;
}

// The subcommands of `visits`: a name and its function each.
int runVisits(const QStringList &args)
{
    return runSubcommand(args, { { "coverage", runCoverage }, { "import", runVisitsImport } },
        Tr::tr("Usage: xinan-cli visits coverage [options]\n"
               "       xinan-cli visits import --db FILE SHEET [--dry-run] [--skip-invalid]\n"
               "(xinan-cli visits coverage --help and visits import --help show the options.)"),
        Tr::tr("Use \"visits coverage\" or \"visits import\"; run \"xinan-cli visits --help\" for more."));
}

} // namespace

QList<Command> visitCommands()
{
    return { { "visits",
        QT_TRANSLATE_NOOP(
            "Cli", "home visits (家访): coverage per class for a term, import a class teacher's sheet (visits coverage|import)"),
        runVisits } };
}

} // namespace xinan::cli
