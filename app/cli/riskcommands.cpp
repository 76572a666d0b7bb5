// risk list, risk set: the students at each risk level, and changes of level.
#include "clishared.h"
#include "commandline.h"
#include "commands.h"
#include "rowprinter.h"
#include "secretinput.h"

#include "error.h"
#include "repo/audit.h"
#include "repo/riskrepository.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"

#include <QCoreApplication>

namespace xinan::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The day the level was set, in local time; empty for a student never changed.
QString sinceDate(const RiskStudent &s)
{
    return s.since.isValid() ? s.since.toLocalTime().date().toString(Qt::ISODate) : QString();
}

void print(const QList<RiskStudent> &students, const QString &format)
{
    // The table leads with the level; CSV and JSON keep it after the class.
    RowPrinter rows({ { QStringLiteral("level"), Tr::tr("Level"), Column::Shown::TableOnly },
        { QStringLiteral("student_no"), Tr::tr("Student number") }, { QStringLiteral("name"), Tr::tr("Name") },
        { QStringLiteral("grade"), Tr::tr("Grade") }, { QStringLiteral("class"), Tr::tr("Class") },
        { QStringLiteral("level"), QString(), Column::Shown::DataOnly }, { QStringLiteral("since"), Tr::tr("Since") },
        { QStringLiteral("reason"), Tr::tr("Reason") } });
    for (const RiskStudent &s : students) {
        const QString since = sinceDate(s);
        const Cell level(riskLevelName(s.level), riskLevelCode(s.level));
        rows.add({ level, s.studentNo, s.name, { gradeName(s.grade), s.grade }, s.className, level,
            { since, since.isEmpty() ? QJsonValue() : QJsonValue(since) }, s.lastReason });
    }
    rows.print(format, Tr::tr("%n student(s).", nullptr, static_cast<int>(students.size())));
}

int runList(const QStringList &args)
{
    CommandLine cl(QStringLiteral("risk list"),
        Tr::tr("List the students at a risk level, most serious first (by default every student at "
               "yellow or above)."));
    addUnlockOptions(cl);
    cl.option(
        QStringLiteral("level"), Tr::tr("Only the students at this level: red, orange or yellow."), QStringLiteral("LEVEL"));
    addFormatOption(cl);
    if (!cl.parse(args))
        return 0;
    std::optional<RiskLevel> level;
    if (cl.isSet(QStringLiteral("level"))) {
        level = riskLevelFromCode(cl.value(QStringLiteral("level")));
        if (!level || *level == RiskLevel::Green)
            throw Error(ErrorKind::Usage,
                Tr::tr("--level must be red, orange or yellow, not \"%1\".").arg(cl.value(QStringLiteral("level"))));
    }
    const QString format = formatOf(cl);
    cl.required(QStringLiteral("db"));
    SchoolFile school = unlock(cl);
    RiskRepository risk(school.db(), school.user());
    const QList<RiskStudent> students = level ? risk.listAt(*level) : risk.atOrAbove(RiskLevel::Yellow);
    recordOutput(school.db(), OutputKind::Export, QStringLiteral("risk_list"), static_cast<int>(students.size()),
        standardOutputName(format));
    print(students, format);
    return 0;
}

int runSet(const QStringList &args)
{
    CommandLine cl(QStringLiteral("risk set"),
        Tr::tr("Change a student's risk level, with where the change comes from and why. A screening "
               "result never lowers a level: a counsellor confirms a lower level."));
    addUnlockOptions(cl);
    cl.option(QStringLiteral("student"), Tr::tr("The student's student number (学籍号)."), QStringLiteral("NO"))
        .option(QStringLiteral("level"), Tr::tr("The new level: green, yellow, orange or red."), QStringLiteral("LEVEL"))
        .option(QStringLiteral("source"),
            Tr::tr("Where the change comes from: screening, session, teacher_report, parent, crisis, hospital or "
                   "review."),
            QStringLiteral("SOURCE"))
        .option(QStringLiteral("reason"), Tr::tr("Why: what was observed, and by whom."), QStringLiteral("TEXT"));
    if (!cl.parse(args))
        return 0;
    const QString studentNo = cl.required(QStringLiteral("student")).trimmed();
    const std::optional<RiskLevel> level = riskLevelFromCode(cl.required(QStringLiteral("level")));
    if (!level)
        throw Error(ErrorKind::Usage,
            Tr::tr("--level must be green, yellow, orange or red, not \"%1\".").arg(cl.value(QStringLiteral("level"))));
    const std::optional<RiskSource> source = riskSourceFromCode(cl.required(QStringLiteral("source")));
    if (!source)
        throw Error(ErrorKind::Usage,
            Tr::tr("--source must be screening, session, teacher_report, parent, crisis, hospital or review, not \"%1\".")
                .arg(cl.value(QStringLiteral("source"))));
    if (!cl.isSet(QStringLiteral("reason")))
        throw Error(
            ErrorKind::Usage, Tr::tr("The option --reason is required. Run \"xinan-cli risk set --help\" for its options."));
    cl.required(QStringLiteral("db"));
    SchoolFile school = unlock(cl);
    StudentRepository students(school.db(), school.user());
    const qint64 id = students.idOf(studentNo);
    if (!id)
        throw Error(ErrorKind::Rejected, Tr::tr("No student has the student number %1; nothing was changed.").arg(studentNo));
    RiskRepository risk(school.db(), school.user());
    const RiskLevel from = risk.current(id);
    risk.change(id, *level, *source, cl.value(QStringLiteral("reason")));
    const std::optional<Student> student = students.find(id);
    out() << Tr::tr("Risk level of %1 (%2): %3 → %4.")
                 .arg(student ? student->name : QString(), studentNo, riskLevelName(from), riskLevelName(*level))
          << '\n';
    return 0;
}

int runRisk(const QStringList &args)
{
    return runSubcommand(args, { { "list", runList }, { "set", runSet } },
        Tr::tr("Usage: xinan-cli risk list [options]\n"
               "       xinan-cli risk set [options]\n"
               "(xinan-cli risk list --help and xinan-cli risk set --help show the options.)"),
        Tr::tr("Use \"risk list\" or \"risk set\"; run \"xinan-cli risk --help\" for more."));
}

} // namespace

QList<Command> riskCommands()
{
    return { { "risk", QT_TRANSLATE_NOOP("Cli", "list students by risk level or change a level (risk list, risk set)"),
        runRisk } };
}

} // namespace xinan::cli
