// students import, students list: rosters in, the student list out.
#include "clishared.h"
#include "commandline.h"
#include "commands.h"
#include "rowprinter.h"
#include "secretinput.h"

#include "error.h"
#include "repo/audit.h"
#include "repo/studentquery.h"
#include "services/rosterimport.h"
#include "services/rostervalues.h"
#include "services/schoolfile.h"

#include <QCoreApplication>

namespace xinan::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

constexpr int ListedLimit = 20;

// Takes the positional arguments out of args (CommandLine accepts options only). Options that
// take a value are named so that their value is not mistaken for a positional argument.
QStringList takePositional(QStringList &args, const QStringList &valueOptions)
{
    QStringList positional;
    QStringList rest { args.value(0) };
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--") {
            positional += args.mid(i + 1);
            break;
        }
        if (a.startsWith(u'-') && a.size() > 1) {
            rest << a;
            const QString name = a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1);
            if (valueOptions.contains(name) && i + 1 < args.size())
                rest << args.at(++i);
        } else {
            positional << a;
        }
    }
    args = rest;
    return positional;
}

QString studentLine(const Student &s)
{
    return Tr::tr("  %1  %2  %3 %4").arg(s.studentNo, s.name, gradeName(s.grade), s.className);
}

int runImport(const QStringList &arguments)
{
    QStringList args = arguments; // takePositional() edits it
    const QStringList files = takePositional(args, { QStringLiteral("db"), QStringLiteral("user") });
    CommandLine cl(QStringLiteral("students import"),
        Tr::tr("Import or update students from a roster (.xlsx, .csv or .txt from the student registry or a class list). "
               "Students are matched by their student number (学籍号). Usage: xinan-cli students import [options] ROSTER"));
    addUnlockOptions(cl);
    cl.option(QStringLiteral("skip-invalid"),
          Tr::tr("Import the valid rows and skip the rows with problems (by default nothing is imported "
                 "when any row has a problem)."))
        .option(QStringLiteral("dry-run"), Tr::tr("Only check the roster and show what would change; write nothing."));
    if (!cl.parse(args))
        return 0;
    if (files.size() != 1)
        throw Error(
            ErrorKind::Usage, Tr::tr("Name exactly one roster file. Run \"xinan-cli students import --help\" for its options."));
    const QString path = files.first();
    cl.required(QStringLiteral("db"));
    // Read the roster before asking for the password: a file that cannot be read costs nothing.
    const RosterTable table = readRoster(path);
    const QMap<int, RosterField> mapping = guessRosterMapping(table.headers);
    out() << Tr::tr("Roster %1 (%2, %3): header on row %4, %n row(s) below it.", nullptr, static_cast<int>(table.rows.size()))
                 .arg(path, table.format, table.encoding)
                 .arg(table.headerRow)
          << '\n';
    for (int c = 0; c < table.headers.size(); ++c) {
        const RosterField f = mapping.value(c, RosterField::Ignore);
        out() << Tr::tr("  column %1 \"%2\": %3")
                     .arg(c + 1)
                     .arg(table.headers.at(c), f == RosterField::Ignore ? Tr::tr("ignored") : rosterFieldName(f))
              << '\n';
    }
    out().flush();

    SchoolFile school = unlock(cl);
    const ImportPlan plan = planRosterImport(school.db(), table, mapping);
    out() << Tr::tr("New students: %1").arg(plan.toAdd.size()) << '\n'
          << Tr::tr("Changed students: %1").arg(plan.toUpdate.size()) << '\n'
          << Tr::tr("Unchanged students: %1").arg(plan.unchanged.size()) << '\n'
          << Tr::tr("Enrolled students missing from the roster (left as they are): %1").arg(plan.missing.size()) << '\n';
    for (int i = 0; i < plan.missing.size() && i < ListedLimit; ++i)
        out() << studentLine(plan.missing.at(i)) << '\n';
    if (plan.missing.size() > ListedLimit)
        out() << Tr::tr("  … and %1 more.").arg(plan.missing.size() - ListedLimit) << '\n';
    if (!plan.notes.isEmpty())
        out() << Tr::tr("Notes (not errors): %1").arg(plan.notes.size()) << '\n' << formatProblems(plan.notes) << '\n';
    if (!plan.problems.isEmpty()) {
        out() << Tr::tr("Rows with problems: %1").arg(plan.invalidRows.size()) << '\n' << formatProblems(plan.problems) << '\n';
    }
    out().flush();
    const bool skip = cl.isSet(QStringLiteral("skip-invalid"));
    if (!plan.problems.isEmpty() && !skip)
        throw Error(ErrorKind::Rejected,
            Tr::tr("%n row(s) of the roster have problems; nothing was imported. Correct them in the file, or use "
                   "--skip-invalid to import only the valid rows.",
                nullptr, static_cast<int>(plan.invalidRows.size())));
    if (cl.isSet(QStringLiteral("dry-run"))) {
        out() << Tr::tr("Dry run: nothing was written.") << '\n';
        return 0;
    }
    ImportOptions options;
    options.skipInvalid = skip;
    const ImportResult r = applyRosterImport(school.db(), school.user(), plan, options);
    out() << Tr::tr("Imported: %1 added, %2 updated, %3 unchanged, %4 row(s) skipped.")
                 .arg(r.added)
                 .arg(r.updated)
                 .arg(r.unchanged)
                 .arg(r.skippedRows)
          << '\n';
    return 0;
}

const QList<std::pair<QString, int>> &flagKeys()
{
    static const QList<std::pair<QString, int>> keys { { QStringLiteral("left_behind"), LeftBehind },
        { QStringLiteral("single_parent"), SingleParent }, { QStringLiteral("orphan"), Orphan },
        { QStringLiteral("migrant"), Migrant }, { QStringLiteral("disability"), Disability },
        { QStringLiteral("financial_hardship"), FinancialHardship } };
    return keys;
}

QString genderKey(Gender g)
{
    switch (g) {
    case Gender::Male:
        return QStringLiteral("male");
    case Gender::Female:
        return QStringLiteral("female");
    case Gender::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

void print(const QList<StudentRow> &students, const QString &format)
{
    const QString yes = QCoreApplication::translate("RosterImport", "yes");
    const QString no = QCoreApplication::translate("RosterImport", "no");
    QList<Column> columns { { QStringLiteral("student_no"), Tr::tr("Student number") },
        { QStringLiteral("name"), Tr::tr("Name") }, { QStringLiteral("gender"), Tr::tr("Gender") },
        { QStringLiteral("birth_date"), Tr::tr("Birth date") }, { QStringLiteral("grade"), Tr::tr("Grade") },
        { QStringLiteral("class"), Tr::tr("Class") }, { QStringLiteral("ethnicity"), QString(), Column::Shown::DataOnly },
        { QStringLiteral("status"), Tr::tr("Status") }, { QStringLiteral("boarding"), QString(), Column::Shown::DataOnly } };
    for (const auto &flag : flagKeys())
        columns.append({ flag.first, QString(), Column::Shown::DataOnly });
    columns.append({ QStringLiteral("circumstances"), Tr::tr("Circumstances"), Column::Shown::TableOnly });
    RowPrinter rows(columns);
    for (const StudentRow &s : students) {
        QList<Cell> row { s.studentNo, s.name, { genderName(s.gender), genderKey(s.gender) },
            { s.birthDate.toString(Qt::ISODate),
                s.birthDate.isValid() ? QJsonValue(s.birthDate.toString(Qt::ISODate)) : QJsonValue() },
            { gradeName(s.grade), s.grade }, s.className, s.ethnicity, { statusName(s.status), statusCode(s.status) },
            { s.boarding ? yes : no, s.boarding } };
        for (const auto &flag : flagKeys())
            row.append({ (s.specialFlags & flag.second) ? yes : no, (s.specialFlags & flag.second) != 0 });
        row.append(specialCircumstanceNames(s.specialFlags).join(QLatin1String(", ")));
        rows.add(row);
    }
    rows.print(format, Tr::tr("%n student(s).", nullptr, static_cast<int>(students.size())));
}

int runList(const QStringList &args)
{
    CommandLine cl(QStringLiteral("students list"),
        Tr::tr("List students, optionally filtered by a search (name, pinyin, pinyin initials or "
               "student number), a grade or a class."));
    addUnlockOptions(cl);
    cl.option(QStringLiteral("search"),
          Tr::tr("Text to look for in the name, its pinyin or initials (zs for 张三), or the student number."),
          QStringLiteral("TEXT"))
        .option(QStringLiteral("grade"), Tr::tr("Only this grade: 1 to 15, or a name such as 三年级, 初一, 高二."),
            QStringLiteral("GRADE"))
        .option(QStringLiteral("class"), Tr::tr("Only this class, such as 3班."), QStringLiteral("CLASS"));
    addFormatOption(cl);
    if (!cl.parse(args))
        return 0;
    StudentFilter filter;
    filter.scope = StudentFilter::Scope::All; // archived students too: their status is in the output
    filter.text = cl.value(QStringLiteral("search"));
    if (cl.isSet(QStringLiteral("grade"))) {
        const QString g = cl.value(QStringLiteral("grade")).trimmed();
        bool numeric = false;
        const int n = g.toInt(&numeric);
        const std::optional<int> grade
            = numeric ? (n >= 1 && n <= 15 ? std::optional<int>(n) : std::nullopt) : roster::parseGrade(g);
        if (!grade)
            throw Error(ErrorKind::Usage,
                Tr::tr("--grade must be a grade from 1 to 15 or a name such as 三年级, 初一 or 高二, not \"%1\".").arg(g));
        filter.grade = *grade;
    }
    if (cl.isSet(QStringLiteral("class")))
        filter.className = roster::normaliseClassName(cl.value(QStringLiteral("class")));
    const QString format = formatOf(cl);
    cl.required(QStringLiteral("db"));
    SchoolFile school = unlock(cl);
    StudentQuery query(school.db());
    const QList<StudentRow> students = query.page(filter, StudentSort::Grade, true, 0, query.count(filter));
    recordOutput(school.db(), OutputKind::Export, QStringLiteral("students_list"), static_cast<int>(students.size()),
        standardOutputName(format));
    print(students, format);
    return 0;
}

int runStudents(const QStringList &args)
{
    return runSubcommand(args, { { "import", runImport }, { "list", runList } },
        Tr::tr("Usage: xinan-cli students import [options] ROSTER\n"
               "       xinan-cli students list [options]\n"
               "(xinan-cli students import --help and xinan-cli students list --help show the options.)"),
        Tr::tr("Use \"students import\" or \"students list\"; run \"xinan-cli students --help\" for more."));
}

} // namespace

QList<Command> studentCommands()
{
    return { { "students", QT_TRANSLATE_NOOP("Cli", "import a roster or list students (students import, students list)"),
        runStudents } };
}

} // namespace xinan::cli
