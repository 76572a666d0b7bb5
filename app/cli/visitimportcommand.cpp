// visits import: the home-visit sheet class teachers keep, checked row by row, then recorded in
// one transaction (all or nothing, or the valid rows only).
#include "clishared.h"
#include "commandline.h"
#include "commands.h"

#include "domain/student.h"
#include "error.h"
#include "services/visitimport.h"

#include <QCoreApplication>

namespace xinan::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

constexpr int ListedLimit = 20;

// The positional arguments, taken out of args (CommandLine accepts options only); the values
// of `valueOptions` stay with their option.
QStringList takeFiles(QStringList &args, const QStringList &valueOptions)
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

QString visitLine(const VisitImportRow &row)
{
    QStringList visitors;
    for (const Visitor &v : row.visit.visitors)
        visitors << v.name;
    return Tr::tr("  row %1: %2  %3  %4 %5  %6  %7")
        .arg(row.fileRow)
        .arg(row.visit.visitedAt.toString(
                 row.visit.visitedAt.time() == QTime(0, 0) ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("yyyy-MM-dd HH:mm")),
            row.studentNo, row.studentName, gradeName(row.grade) + u' ' + row.className, visitFormName(row.visit.form),
            visitors.join(QStringLiteral("、")));
}

} // namespace

int runVisitsImport(const QStringList &arguments)
{
    QStringList args = arguments; // takeFiles() edits it
    const QStringList files = takeFiles(args, { QStringLiteral("db"), QStringLiteral("user") });
    CommandLine cl(QStringLiteral("visits import"),
        Tr::tr(
            "Import home visits (家访) from the sheet class teachers keep (.xlsx or .csv in UTF-8 or GBK, one visit a "
            "row: 姓名, 班级, 学籍号, 家访日期, 家访形式, 家访教师, 家访内容, 家长意见 …). Students are matched by 学籍号, or by "
            "name and class. Usage: xinan-cli visits import [options] FILE"));
    addUnlockOptions(cl);
    cl.option(QStringLiteral("skip-invalid"),
          Tr::tr("Import the valid rows and skip the rows with problems (by default nothing is imported "
                 "when any row has a problem)."))
        .option(QStringLiteral("dry-run"), Tr::tr("Only check the sheet and show what would be recorded; write nothing."));
    if (!cl.parse(args))
        return 0;
    if (files.size() != 1)
        throw Error(ErrorKind::Usage, Tr::tr("Name exactly one sheet. Run \"xinan-cli visits import --help\" for its options."));
    cl.required(QStringLiteral("db"));
    // Read the sheet before asking for the password: a file that cannot be read costs nothing.
    const VisitSheet sheet = readVisitSheet(files.first());
    const QMap<VisitColumn, int> columns = guessVisitColumns(sheet.headers);
    out() << Tr::tr("Sheet %1 (%2, %3): header on row %4, %n row(s) below it.", nullptr, static_cast<int>(sheet.rows.size()))
                 .arg(sheet.path, sheet.format, sheet.encoding)
                 .arg(sheet.headerRow)
          << '\n';
    for (int c = 0; c < sheet.headers.size(); ++c) {
        const VisitColumn *field = nullptr;
        for (auto it = columns.cbegin(); it != columns.cend(); ++it)
            if (it.value() == c)
                field = &it.key();
        out() << Tr::tr("  column %1 \"%2\": %3")
                     .arg(c + 1)
                     .arg(sheet.headers.at(c), field ? visitColumnName(*field) : Tr::tr("ignored"))
              << '\n';
    }
    out().flush();

    SchoolFile school = unlock(cl);
    const VisitImportPlan plan = planVisitImport(school.db(), sheet);
    out() << Tr::tr("Visits to import: %1").arg(plan.valid.size()) << '\n';
    for (int i = 0; i < plan.valid.size() && i < ListedLimit; ++i)
        out() << visitLine(plan.valid.at(i)) << '\n';
    if (plan.valid.size() > ListedLimit)
        out() << Tr::tr("  … and %1 more.").arg(plan.valid.size() - ListedLimit) << '\n';
    if (!plan.problems.isEmpty())
        out() << Tr::tr("Rows with problems: %1").arg(plan.invalidRows.size()) << '\n' << formatProblems(plan.problems) << '\n';
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
    const VisitImportResult r = applyVisitImport(school.db(), school.user(), plan, skip);
    out() << Tr::tr("Imported: %1 visit(s), %2 row(s) skipped.").arg(r.imported).arg(r.skippedRows) << '\n';
    return 0;
}

} // namespace xinan::cli
