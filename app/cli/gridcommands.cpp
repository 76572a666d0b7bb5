// grid: the class grid (网格化) and the class-teacher accounts linked to its classes.
#include "clishared.h"
#include "commandline.h"
#include "commands.h"
#include "rowprinter.h"

#include "domain/student.h"
#include "error.h"
#include "repo/gridrepository.h"

#include <QCoreApplication>

namespace xinan::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int runGridSet(const QStringList &args)
{
    CommandLine cl(QStringLiteral("grid set"),
        Tr::tr("Link a class's class-teacher entry in the class grid to a class-teacher account: the account then sees that "
               "class's students. The entry is created when the class has none."));
    addUnlockOptions(cl);
    cl.option(QStringLiteral("class-teacher"), Tr::tr("The class teacher's account (an enabled class_teacher account)."),
          QStringLiteral("ACCOUNT"))
        .option(QStringLiteral("grade"), Tr::tr("The grade, 1 to 15 (7 = 初一)."), QStringLiteral("G"))
        .option(QStringLiteral("class"), Tr::tr("The class, as in the roster (3班)."), QStringLiteral("CLASS"))
        .option(QStringLiteral("teacher"),
            Tr::tr("The teacher's name in the grid: chooses the entry when the class has several, names a new one (default: "
                   "the account's name)."),
            QStringLiteral("NAME"));
    if (!cl.parse(args))
        return 0;
    cl.required(QStringLiteral("db"));
    const QString account = cl.required(QStringLiteral("class-teacher")).trimmed();
    cl.required(QStringLiteral("grade"));
    const int grade = cl.intValue(QStringLiteral("grade"), 0, 1, 15);
    const QString className = cl.required(QStringLiteral("class")).trimmed();
    SchoolFile school = unlock(cl);
    GridRepository grid(school.db(), school.user());
    grid.assignClassTeacher(grade, className, account, cl.value(QStringLiteral("teacher")));
    out() << Tr::tr("%1 %2 is linked to the class-teacher account %3.").arg(gradeName(grade), className, account) << '\n';
    bool enrolled = false;
    for (const GridClass &c : grid.classes())
        enrolled = enrolled || (c.grade == grade && c.className == className);
    if (!enrolled)
        out() << Tr::tr("Note: no enrolled student is in %1 %2 yet; check the class name against the roster.")
                     .arg(gradeName(grade), className)
              << '\n';
    return 0;
}

int runGridList(const QStringList &args)
{
    CommandLine cl(QStringLiteral("grid list"), Tr::tr("List the class grid with the accounts linked to its entries."));
    addUnlockOptions(cl);
    addFormatOption(cl);
    if (!cl.parse(args))
        return 0;
    const QString format = formatOf(cl);
    SchoolFile school = unlock(cl);
    const QList<GridMember> members = GridRepository(school.db(), school.user()).members();
    RowPrinter rows({ { QStringLiteral("grade"), Tr::tr("Grade") }, { QStringLiteral("class"), Tr::tr("Class") },
        { QStringLiteral("teacher"), Tr::tr("Teacher") }, { QStringLiteral("role"), Tr::tr("Role") },
        { QStringLiteral("account"), Tr::tr("Account") } });
    for (const GridMember &m : members)
        rows.add({ Cell(gradeName(m.grade), m.grade), m.className, m.teacher, Cell(gridRoleName(m.role), gridRoleCode(m.role)),
            m.account });
    rows.print(format, Tr::tr("%n grid entries.", nullptr, static_cast<int>(members.size())));
    return 0;
}

int runGrid(const QStringList &args)
{
    return runSubcommand(args, { { "set", runGridSet }, { "list", runGridList } },
        Tr::tr("Usage: xinan-cli grid set --db FILE --class-teacher ACCOUNT --grade G --class CLASS [options]\n"
               "       xinan-cli grid list --db FILE [options]\n"
               "(xinan-cli grid set --help and xinan-cli grid list --help show the options.)"),
        Tr::tr("Use \"xinan-cli grid set\" or \"xinan-cli grid list\"."));
}

} // namespace

QList<Command> gridCommands()
{
    return { { "grid", QT_TRANSLATE_NOOP("Cli", "the class grid and class teachers' accounts (grid set, grid list)"), runGrid } };
}

} // namespace xinan::cli
