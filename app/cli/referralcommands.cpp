// referrals list: the referrals to hospital (转介), open ones first (most overdue first), with
// where each stands, the hospital, the next due day and the days overdue, as a table, CSV or JSON.
#include "clishared.h"
#include "commandline.h"
#include "commands.h"
#include "rowprinter.h"

#include "domain/student.h"
#include "error.h"
#include "repo/audit.h"
#include "repo/referralrepository.h"
#include "services/schoolfile.h"

#include <QCoreApplication>
#include <QSet>

namespace xinan::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The stage as CSV and JSON give it: a stable code.
QString stageCode(ReferralStage s)
{
    switch (s) {
    case ReferralStage::Opened:
        return QStringLiteral("opened");
    case ReferralStage::Meeting:
        return QStringLiteral("meeting");
    case ReferralStage::Parents:
        return QStringLiteral("parents");
    case ReferralStage::Refused:
        return QStringLiteral("refused");
    case ReferralStage::Slip:
        return QStringLiteral("slip");
    case ReferralStage::Receipt:
        return QStringLiteral("receipt");
    case ReferralStage::NotSeen:
        return QStringLiteral("not_seen");
    case ReferralStage::FollowUp:
        return QStringLiteral("followup");
    case ReferralStage::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

void print(const QList<Referral> &list, const QString &format)
{
    RowPrinter rows({ { QStringLiteral("id"), Tr::tr("No.") }, { QStringLiteral("student_no"), Tr::tr("Student number") },
        { QStringLiteral("name"), Tr::tr("Name") }, { QStringLiteral("grade"), Tr::tr("Grade") },
        { QStringLiteral("class"), Tr::tr("Class") }, { QStringLiteral("opened_on"), Tr::tr("Opened") },
        { QStringLiteral("stage"), Tr::tr("Stage"), Column::Shown::TableOnly },
        { QStringLiteral("stage"), QString(), Column::Shown::DataOnly }, { QStringLiteral("hospital"), Tr::tr("Hospital") },
        { QStringLiteral("next_due"), Tr::tr("Next due") }, { QStringLiteral("overdue_days"), Tr::tr("Days overdue") } });
    const QString none = QStringLiteral("-");
    for (const Referral &r : list) {
        const QString due = r.nextDue.isValid() ? r.nextDue.toString(Qt::ISODate) : QString();
        const Cell stage(referralStageName(r.stage), stageCode(r.stage));
        rows.add({ { QString::number(r.id), r.id }, r.studentNo, r.studentName, { gradeName(r.grade), r.grade }, r.className,
            r.openedOn.toString(Qt::ISODate), stage, Cell(stageCode(r.stage)),
            Cell(r.hospital, r.hospital.isEmpty() ? QJsonValue() : QJsonValue(r.hospital))
                .shownInTable(r.hospital.isEmpty() ? none : r.hospital),
            Cell(due, due.isEmpty() ? QJsonValue() : QJsonValue(due)).shownInTable(due.isEmpty() ? none : due),
            Cell(QString::number(r.overdueDays), r.overdueDays)
                .shownInTable(r.overdueDays > 0 ? QString::number(r.overdueDays) : none) });
    }
    rows.print(format, Tr::tr("%n referral(s).", nullptr, static_cast<int>(list.size())));
}

int runList(const QStringList &args)
{
    CommandLine cl(QStringLiteral("referrals list"),
        Tr::tr("List the referrals to hospital: the open ones first, most overdue first, then the closed ones, newest "
               "first."));
    addUnlockOptions(cl);
    cl.option(QStringLiteral("open"), Tr::tr("Only the open referrals."));
    addFormatOption(cl);
    if (!cl.parse(args))
        return 0;
    const QString format = formatOf(cl);
    cl.required(QStringLiteral("db"));
    SchoolFile school = unlock(cl);
    const QList<Referral> list = ReferralRepository(school.db(), school.user()).referrals(cl.isSet(QStringLiteral("open")));
    QSet<qint64> students;
    for (const Referral &r : list)
        students.insert(r.studentId);
    recordOutput(school.db(), OutputKind::Export, QStringLiteral("referrals_list"), static_cast<int>(students.size()),
        standardOutputName(format));
    print(list, format);
    return 0;
}

int runReferrals(const QStringList &args)
{
    return runSubcommand(args, { { "list", runList } },
        Tr::tr("Usage: xinan-cli referrals list [options]\n"
               "(xinan-cli referrals list --help shows the options.)"),
        Tr::tr("Use \"referrals list\"; run \"xinan-cli referrals --help\" for more."));
}

} // namespace

QList<Command> referralCommands()
{
    return { { "referrals", QT_TRANSLATE_NOOP("Cli", "list the referrals to hospital and what is overdue (referrals list)"),
        runReferrals } };
}

} // namespace xinan::cli
