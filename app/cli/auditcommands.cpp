// audit list, audit prune: reading the audit log (counsellors and heads) and removing entries
// older than six months behind a checkpoint (counsellors). `verify` checks the chain.
#include "clishared.h"
#include "commandline.h"
#include "commands.h"
#include "rowprinter.h"

#include "error.h"
#include "platform/clock.h"
#include "repo/audit.h"
#include "services/schoolfile.h"

#include <QCoreApplication>
#include <QSet>

namespace xinan::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QDate dateOption(const CommandLine &cl, const QString &name)
{
    if (!cl.isSet(name))
        return {};
    const QString text = cl.value(name).trimmed();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        throw Error(ErrorKind::Usage, Tr::tr("--%1 must be a date such as 2026-09-07, not \"%2\".").arg(name, text));
    return date;
}

int runList(const QStringList &args)
{
    CommandLine cl(QStringLiteral("audit list"),
        Tr::tr("List the audit log, newest first: who did what and when (counsellors and heads). Times are local."));
    addUnlockOptions(cl);
    cl.option(QStringLiteral("from"), Tr::tr("Only entries from this day on (YYYY-MM-DD)."), QStringLiteral("DATE"))
        .option(QStringLiteral("to"), Tr::tr("Only entries up to this day (YYYY-MM-DD)."), QStringLiteral("DATE"))
        .option(QStringLiteral("account"), Tr::tr("Only what this account did."), QStringLiteral("ACCOUNT"));
    addFormatOption(cl);
    if (!cl.parse(args))
        return 0;
    AuditFilter filter;
    filter.from = dateOption(cl, QStringLiteral("from"));
    filter.to = dateOption(cl, QStringLiteral("to"));
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from)
        throw Error(ErrorKind::Usage,
            Tr::tr("--to (%1) is before --from (%2).").arg(filter.to.toString(Qt::ISODate), filter.from.toString(Qt::ISODate)));
    filter.account = cl.value(QStringLiteral("account")).trimmed();
    const QString format = formatOf(cl);
    cl.required(QStringLiteral("db"));
    SchoolFile school = unlock(cl);
    const QList<AuditEntry> entries = queryAudit(school.db(), filter);
    QSet<QString> students;
    for (const AuditEntry &e : entries)
        if (!e.studentName.isEmpty())
            students.insert(e.studentName);
    recordOutput(school.db(), OutputKind::Export, QStringLiteral("audit_log"), static_cast<int>(students.size()),
        standardOutputName(format));

    RowPrinter rows({ { QStringLiteral("id"), Tr::tr("No.") }, { QStringLiteral("time"), Tr::tr("Time") },
        { QStringLiteral("account"), Tr::tr("Account") }, { QStringLiteral("action"), Tr::tr("Action") },
        { QStringLiteral("entity"), Tr::tr("What") }, { QStringLiteral("entity_id"), QString(), Column::Shown::DataOnly },
        { QStringLiteral("student"), Tr::tr("Student") }, { QStringLiteral("detail"), Tr::tr("Detail") } });
    for (const AuditEntry &e : entries) {
        const QString time = e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        rows.add({ { QString::number(e.id), e.id }, time, e.account, Cell(e.action).shownInTable(auditActionName(e.action)),
            Cell(e.entity).shownInTable(auditEntityName(e.entity)),
            { e.entityId ? QString::number(e.entityId) : QString(), e.entityId ? QJsonValue(e.entityId) : QJsonValue() },
            e.studentName, Cell(e.detail).shownInTable(auditDetailText(e)) });
    }
    rows.print(format, Tr::tr("%n entry(s).", nullptr, static_cast<int>(entries.size())));
    return 0;
}

int runPrune(const QStringList &args)
{
    CommandLine cl(QStringLiteral("audit prune"),
        Tr::tr("Remove the audit entries written before a day at least six months ago, keeping a checkpoint so that "
               "verify still checks the rest of the trail (counsellors only)."));
    addUnlockOptions(cl);
    cl.option(
        QStringLiteral("before"), Tr::tr("Remove the entries written before this day (YYYY-MM-DD)."), QStringLiteral("DATE"));
    if (!cl.parse(args))
        return 0;
    cl.required(QStringLiteral("before"));
    const QDate before = dateOption(cl, QStringLiteral("before"));
    cl.required(QStringLiteral("db"));
    SchoolFile school = unlock(cl);
    const int removed = pruneAudit(school.db(), QDateTime(before, QTime(0, 0)).toUTC());
    out() << Tr::tr("Removed %n audit entry(s) written before %1.", nullptr, removed).arg(before.toString(Qt::ISODate)) << '\n';
    return 0;
}

int runAudit(const QStringList &args)
{
    return runSubcommand(args, { { "list", runList }, { "prune", runPrune } },
        Tr::tr("Usage: xinan-cli audit list --db FILE [--from DATE] [--to DATE] [--account ACCOUNT] [--format table|csv|json]\n"
               "       xinan-cli audit prune --db FILE --before DATE\n"
               "(xinan-cli audit list --help shows the options.)"),
        Tr::tr("Use \"audit list\" or \"audit prune\"; run \"xinan-cli audit --help\" for more."));
}

} // namespace

QList<Command> auditCommands()
{
    return { { "audit", QT_TRANSLATE_NOOP("Cli", "list the audit log (audit list) or prune old entries"), runAudit } };
}

} // namespace xinan::cli
