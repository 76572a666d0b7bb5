// appointments list: the appointments of a span of days (by default today and the six days after),
// as a table, CSV or JSON.
#include "clishared.h"
#include "commandline.h"
#include "commands.h"

#include "error.h"
#include "repo/appointmentrepository.h"
#include "services/schoolfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

void printJson(const QList<Appointment> &list)
{
    QJsonArray array;
    for (const Appointment &a : list) {
        array.append(QJsonObject{{QStringLiteral("id"), a.id},
                                 {QStringLiteral("start"), a.start.toOffsetFromUtc(a.start.toLocalTime().offsetFromUtc()).toString(Qt::ISODate)},
                                 {QStringLiteral("minutes"), a.minutes},
                                 {QStringLiteral("status"), appointmentStatusCode(a.status)},
                                 {QStringLiteral("student_no"), a.studentNo},
                                 {QStringLiteral("student"), a.studentName},
                                 {QStringLiteral("counsellor"), a.staffName},
                                 {QStringLiteral("room"), a.roomName.isEmpty() ? QJsonValue() : QJsonValue(a.roomName)},
                                 {QStringLiteral("reason_category"), a.category}});
    }
    out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

void printCsv(const QList<Appointment> &list)
{
    const QStringList header{QStringLiteral("start"),   QStringLiteral("minutes"),    QStringLiteral("status"),
                             QStringLiteral("student_no"), QStringLiteral("student"), QStringLiteral("counsellor"),
                             QStringLiteral("room"),    QStringLiteral("reason_category")};
    out() << QChar(0xFEFF) << header.join(u',') << "\r\n";
    for (const Appointment &a : list) {
        QStringList row{startText(a), QString::number(a.minutes), appointmentStatusName(a.status), a.studentNo, a.studentName, a.staffName,
                        a.roomName, a.category};
        for (QString &cell : row)
            cell = csvField(cell);
        out() << row.join(u',') << "\r\n";
    }
}

void printTable(const QList<Appointment> &list)
{
    QList<QStringList> rows{{Tr::tr("Start"), Tr::tr("Minutes"), Tr::tr("Status"), Tr::tr("Student number"), Tr::tr("Student"),
                             Tr::tr("Counsellor"), Tr::tr("Room"), Tr::tr("Reason category")}};
    for (const Appointment &a : list)
        rows.append({startText(a), QString::number(a.minutes), appointmentStatusName(a.status), a.studentNo, a.studentName, a.staffName,
                     a.roomName.isEmpty() ? QStringLiteral("-") : a.roomName, a.category.isEmpty() ? QStringLiteral("-") : a.category});
    QList<int> widths(rows.first().size(), 0);
    for (const auto &row : rows)
        for (int c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(row.at(c)));
    for (const auto &row : rows) {
        QString line;
        for (int c = 0; c < row.size(); ++c) {
            line += row.at(c);
            if (c + 1 < row.size())
                line += QString(widths[c] - displayWidth(row.at(c)) + 2, u' ');
        }
        out() << line.trimmed() << '\n';
    }
    out() << Tr::tr("%n appointment(s).", nullptr, static_cast<int>(list.size())) << '\n';
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
        .option(QStringLiteral("to"), Tr::tr("The last day (YYYY-MM-DD; default six days after --from)."), QStringLiteral("DATE"));
    addFormatOption(cl);
    if (!cl.parse(args))
        return 0;
    const QDate from = dateOption(cl, QStringLiteral("from"), QDate::currentDate());
    const QDate to = dateOption(cl, QStringLiteral("to"), from.addDays(6));
    if (to < from)
        throw Error(ErrorKind::Usage, Tr::tr("--to (%1) is before --from (%2).").arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    const QString format = formatOf(cl);
    cl.required(QStringLiteral("db"));
    SchoolFile school = unlock(cl);
    const QList<Appointment> list = AppointmentRepository(school.db(), school.user()).range(from, to);
    if (format == u"json")
        printJson(list);
    else if (format == u"csv")
        printCsv(list);
    else
        printTable(list);
    return 0;
}

} // namespace

int runAppointments(const QStringList &args)
{
    return runSubcommand(args, {{"list", runList}},
                         Tr::tr("Usage: xinan-cli appointments list [options]\n"
                                "(xinan-cli appointments list --help shows the options.)"),
                         Tr::tr("Use \"appointments list\"; run \"xinan-cli appointments --help\" for more."));
}

} // namespace xinan::cli
