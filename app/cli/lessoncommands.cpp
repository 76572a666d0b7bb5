// lessons coverage: psychology-lesson (心理健康课) coverage per class for a term: the periods the
// rule requires for the term and by today, those given, 开课率 and whether the class is behind.
#include "clishared.h"
#include "commandline.h"
#include "commands.h"
#include "rowprinter.h"

#include "domain/student.h"
#include "error.h"
#include "repo/audit.h"
#include "repo/lessonrepository.h"
#include "services/schoolfile.h"

#include <QCoreApplication>

namespace xinan::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void printCoverage(const LessonCoverage &c, const QString &format)
{
    RowPrinter rows({ { QStringLiteral("grade"), Tr::tr("Grade") }, { QStringLiteral("class"), Tr::tr("Class") },
        { QStringLiteral("required"), Tr::tr("Required") }, { QStringLiteral("required_to_date"), Tr::tr("Due so far") },
        { QStringLiteral("given"), Tr::tr("Given") }, { QStringLiteral("rate"), Tr::tr("Rate") },
        { QStringLiteral("behind"), Tr::tr("Behind") } });
    auto number = [](int n) { return Cell(QString::number(n), n); };
    int behind = 0;
    for (const ClassLessonCoverage &row : c.classes) {
        const double rate = row.rate();
        behind += row.behind ? 1 : 0;
        rows.add({ Cell(QString::number(row.grade), row.grade).shownInTable(gradeName(row.grade)), row.className,
            number(row.required), number(row.requiredToDate), number(row.given),
            Cell(QString::number(rate, 'f', 2), rate).shownInTable(QStringLiteral("%1%").arg(qRound(100 * rate))),
            Cell(row.behind ? QStringLiteral("yes") : QStringLiteral("no"), row.behind)
                .shownInTable(row.behind ? Tr::tr("%n short", nullptr, row.shortBy()) : QString()) });
    }
    rows.print(format,
        Tr::tr("%1 (%2 to %3): %4 teaching week(s), %5 over by %6; %7 of %8 class(es) behind.")
            .arg(c.term.displayName(), c.term.startsOn.toString(Qt::ISODate), c.term.endsOn.toString(Qt::ISODate))
            .arg(c.teachingWeeks)
            .arg(c.weeksElapsed)
            .arg(c.asOf.toString(Qt::ISODate))
            .arg(behind)
            .arg(c.classes.size()));
}

int runCoverage(const QStringList &args)
{
    CommandLine cl(QStringLiteral("lessons coverage"),
        Tr::tr("Psychology-lesson coverage for a term: one row per class with the periods (课时) the rule requires for the "
               "term and by today, those given, the rate (given / required, at most 1) and whether the class is behind. "
               "Grades 1-12 need 1 period every two teaching weeks, 中职 (grades 13-15) 10 periods a term."));
    addUnlockOptions(cl);
    cl.option(QStringLiteral("term"),
        Tr::tr("The term, for example 2026-2027-1 (autumn) or 2026-2027-2 (spring); default: the current term."),
        QStringLiteral("TERM"));
    addFormatOption(cl);
    if (!cl.parse(args))
        return 0;
    const QString format = formatOf(cl);
    const QString termId = cl.isSet(QStringLiteral("term")) ? cl.value(QStringLiteral("term")).trimmed() : QString();
    cl.required(QStringLiteral("db"));
    SchoolFile school = unlock(cl);
    LessonRepository lessons(school.db(), school.user());
    const LessonCoverage c = lessons.coverage(termId);
    recordOutput(school.db(), OutputKind::Export, QStringLiteral("lessons_coverage"), 0, standardOutputName(format));
    printCoverage(c, format);
    return 0;
}

int runLessons(const QStringList &args)
{
    return runSubcommand(args, { { "coverage", runCoverage } },
        Tr::tr("Usage: xinan-cli lessons coverage --db FILE [--term TERM] [--format table|csv|json]\n"
               "(xinan-cli lessons coverage --help shows the options.)"),
        Tr::tr("Use \"lessons coverage\"; run \"xinan-cli lessons --help\" for more."));
}

} // namespace

QList<Command> lessonCommands()
{
    return { { "lessons",
        QT_TRANSLATE_NOOP("Cli", "psychology lessons (心理健康课): coverage and 开课率 per class for a term (lessons coverage)"),
        runLessons } };
}

} // namespace xinan::cli
