// appointments list: the appointments of a span of days (by default today and the six days after),
// as a table, CSV or JSON.
#include "clishared.h"
#include "commandline.h"
#include "commands.h"
#include "rowprinter.h"

#include "error.h"
#include "platform/clock.h"
#include "repo/appointmentrepository.h"
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

QString startText(const Appointment &a)
{
    return a.start.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

void print(const QList<Appointment> &list, const QString &format)
{
    RowPrinter rows({ { QStringLiteral("id"), QString(), Column::Shown::JsonOnly }, { QStringLiteral("start"), Tr::tr("Start") },
        { QStringLiteral("minutes"), Tr::tr("Minutes") }, { QStringLiteral("status"), Tr::tr("Status") },
        { QStringLiteral("student_no"), Tr::tr("Student number") }, { QStringLiteral("student"), Tr::tr("Student") },
        { QStringLiteral("counsellor"), Tr::tr("Counsellor") }, { QStringLiteral("room"), Tr::tr("Room") },
        { QStringLiteral("reason_category"), Tr::tr("Reason category") } });
    const QString none = QStringLiteral("-");
    for (const Appointment &a : list) {
        // CSV and the table give the local time; JSON gives it with its offset from UTC.
        const QString start = a.start.toOffsetFromUtc(a.start.toLocalTime().offsetFromUtc()).toString(Qt::ISODate);
        rows.add({ { QString::number(a.id), a.id }, { startText(a), start }, { QString::number(a.minutes), a.minutes },
            { appointmentStatusName(a.status), appointmentStatusCode(a.status) }, a.studentNo, a.studentName, a.staffName,
            Cell(a.roomName, a.roomName.isEmpty() ? QJsonValue() : QJsonValue(a.roomName))
                .shownInTable(a.roomName.isEmpty() ? none : a.roomName),
            Cell(a.category).shownInTable(a.category.isEmpty() ? none : a.category) });
    }
    rows.print(format, Tr::tr("%n appointment(s).", nullptr, static_cast<int>(list.size())));
}

QDate dateOption(const CommandLine &cl, const QString &name, const QDate &fallback)
{
    if (!cl.isSet(name))
        return fallback;
    const QDate day = QDate::fromString(cl.value(name).trimmed(), Qt::ISODate);
    if (!day.isValid())
        throw Error(ErrorKind::Usage, Tr::tr("--%1 must be a date written as YYYY-MM-DD, not \"%2\".").arg(name, cl.value(name)));
    return day;
}

int runList(const QStringList &args)
{
    CommandLine cl(QStringLiteral("appointments list"),
        Tr::tr("List the appointments that start on the given days, by start time (by default today and the six days after)."));
    addUnlockOptions(cl);
    cl.option(QStringLiteral("from"), Tr::tr("The first day (YYYY-MM-DD; default today)."), QStringLiteral("DATE"))
        .option(
            QStringLiteral("to"), Tr::tr("The last day (YYYY-MM-DD; default six days after --from)."), QStringLiteral("DATE"));
    addFormatOption(cl);
    if (!cl.parse(args))
        return 0;
    const QDate from = dateOption(cl, QStringLiteral("from"), clock::today());
    const QDate to = dateOption(cl, QStringLiteral("to"), from.addDays(6));
    if (to < from)
        throw Error(ErrorKind::Usage,
            Tr::tr("--to (%1) is before --from (%2).").arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    const QString format = formatOf(cl);
    cl.required(QStringLiteral("db"));
    SchoolFile school = unlock(cl);
    const QList<Appointment> list = AppointmentRepository(school.db(), school.user()).range(from, to);
    QSet<QString> students;
    for (const Appointment &a : list)
        students.insert(a.studentNo);
    recordOutput(school.db(), OutputKind::Export, QStringLiteral("appointments_list"), static_cast<int>(students.size()),
        standardOutputName(format));
    print(list, format);
    return 0;
}

int runAppointments(const QStringList &args)
{
    return runSubcommand(args, { { "list", runList } },
        Tr::tr("Usage: xinan-cli appointments list [options]\n"
               "(xinan-cli appointments list --help shows the options.)"),
        Tr::tr("Use \"appointments list\"; run \"xinan-cli appointments --help\" for more."));
}

} // namespace

QList<Command> appointmentCommands()
{
    return { { "appointments", QT_TRANSLATE_NOOP("Cli", "list the appointments of a span of days (appointments list)"),
        runAppointments } };
}

} // namespace xinan::cli
