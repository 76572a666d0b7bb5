// xinan-cli referrals list: open referrals first (most overdue first) then the closed ones, --open,
// the JSON keys, the stage, the next due day and the days overdue as "today" (XINAN_TEST_NOW)
// moves, CSV and table output, usage errors and a role that may not read referrals.
#include "clirunner.h"
#include "testsupport.h"

#include "platform/clock.h"

#include "repo/referralrepository.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace xinan;
using namespace xinan::test;

namespace {

const QString Pw = QStringLiteral("correct horse 1\n");

struct School
{
    TempDir dir;
    QString db = dir.path(QStringLiteral("r.xinan"));
    qint64 slipped = 0, met = 0, closed = 0;

    qint64 addStudent(SchoolFile &school, const char *no, const QString &name, int grade)
    {
        Student s;
        s.studentNo = QString::fromLatin1(no);
        s.name = name;
        s.grade = grade;
        s.className = QStringLiteral("2班");
        return StudentRepository(school.db(), QStringLiteral("wang")).add(s);
    }
    static ReferralStep step(qint64 referral, ReferralStepKind kind, const QDate &on)
    {
        ReferralStep s;
        s.referralId = referral;
        s.kind = kind;
        s.on = on;
        s.body = QStringLiteral("记录");
        s.method = QStringLiteral("面谈");
        s.consent = ParentConsent::Consent;
        s.hospital = QStringLiteral("贵州省第二人民医院");
        s.department = QStringLiteral("儿童青少年心理科");
        return s;
    }

    School()
    {
        clock::testing::FixedClock fixed(test::testNow()); // Monday 2026-11-16, as the CLI's default
        createSchool(db);
        SchoolFile school = SchoolFile::unlockWithPassword(db, QStringLiteral("wang"), secret("correct horse 1"));
        ReferralRepository referrals(school.db(), QStringLiteral("wang"));
        const qint64 yang = addStudent(school, "G520000000001", QStringLiteral("杨小雨"), 8);
        const qint64 wu = addStudent(school, "G520000000002", QStringLiteral("吴天明"), 11);
        const qint64 he = addStudent(school, "G520000000003", QStringLiteral("何佳"), 8);
        // Newest first in opening, so that the order checked below is not the insertion order.
        met = referrals.open(wu, QDate(2026, 11, 10), QStringLiteral("持续失眠、情绪低落"));
        referrals.addStep(step(met, ReferralStepKind::Meeting, QDate(2026, 11, 11)));
        slipped = referrals.open(yang, QDate(2026, 11, 1), QStringLiteral("自伤念头"));
        referrals.addStep(step(slipped, ReferralStepKind::Meeting, QDate(2026, 11, 2)));
        referrals.addStep(step(slipped, ReferralStepKind::Parents, QDate(2026, 11, 3)));
        referrals.addStep(step(slipped, ReferralStepKind::Slip, QDate(2026, 11, 5))); // receipt due 11-12
        closed = referrals.open(he, QDate(2026, 10, 1), QStringLiteral("惊恐发作"));
        referrals.close(closed, QDate(2026, 10, 20), QStringLiteral("家长带往外地就医"));
    }

    CliResult list(const QStringList &extra) const
    {
        return cli(QStringList { QStringLiteral("referrals"), QStringLiteral("list"), QStringLiteral("--db"), db,
                       QStringLiteral("--password-stdin") }
                + extra,
            Pw);
    }
    QJsonArray json(const QStringList &extra = {}) const
    {
        const CliResult r = list(QStringList { QStringLiteral("--format"), QStringLiteral("json") } + extra);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
};

QJsonObject row(const QJsonArray &rows, int i)
{
    return rows.at(i).toObject();
}

} // namespace

TEST_CASE("cli: referrals list as json with stage, next due day and days overdue", "[cli][referrals]")
{
    School school;
    const QJsonArray all = school.json();
    REQUIRE(all.size() == 3);
    const QJsonObject first = row(all, 0); // overdue: first
    CHECK(first.value(QStringLiteral("id")).toInteger() == school.slipped);
    CHECK(first.value(QStringLiteral("student_no")).toString() == QStringLiteral("G520000000001"));
    CHECK(first.value(QStringLiteral("name")).toString() == QStringLiteral("杨小雨"));
    CHECK(first.value(QStringLiteral("grade")).toInt() == 8);
    CHECK(first.value(QStringLiteral("class")).toString() == QStringLiteral("2班"));
    CHECK(first.value(QStringLiteral("opened_on")).toString() == QStringLiteral("2026-11-01"));
    CHECK(first.value(QStringLiteral("stage")).toString() == QStringLiteral("slip"));
    CHECK(first.value(QStringLiteral("hospital")).toString() == QStringLiteral("贵州省第二人民医院"));
    CHECK(first.value(QStringLiteral("next_due")).toString() == QStringLiteral("2026-11-12"));
    CHECK(first.value(QStringLiteral("overdue_days")).toInt() == 4);
    const QJsonObject second = row(all, 1);
    CHECK(second.value(QStringLiteral("id")).toInteger() == school.met);
    CHECK(second.value(QStringLiteral("stage")).toString() == QStringLiteral("meeting"));
    CHECK(second.value(QStringLiteral("grade")).toInt() == 11);
    CHECK(second.value(QStringLiteral("hospital")).isNull());
    CHECK(second.value(QStringLiteral("next_due")).isNull());
    CHECK(second.value(QStringLiteral("overdue_days")).toInt() == 0);
    CHECK(row(all, 2).value(QStringLiteral("stage")).toString() == QStringLiteral("closed"));
    CHECK(row(all, 2).value(QStringLiteral("name")).toString() == QStringLiteral("何佳"));

    const QJsonArray open = school.json({ QStringLiteral("--open") });
    REQUIRE(open.size() == 2);
    CHECK(row(open, 1).value(QStringLiteral("id")).toInteger() == school.met);

    // Due on the 7th day after the slip, one day overdue on the 8th.
    {
        CliNow now(QStringLiteral("2026-11-12T10:00:00"));
        const QJsonArray rows = school.json({ QStringLiteral("--open") });
        REQUIRE(rows.size() == 2);
        CHECK(row(rows, 0).value(QStringLiteral("id")).toInteger() == school.slipped);
        CHECK(row(rows, 0).value(QStringLiteral("next_due")).toString() == QStringLiteral("2026-11-12"));
        CHECK(row(rows, 0).value(QStringLiteral("overdue_days")).toInt() == 0);
    }
    {
        CliNow now(QStringLiteral("2026-11-13T10:00:00"));
        const QJsonArray rows = school.json({ QStringLiteral("--open") });
        REQUIRE(rows.size() == 2);
        CHECK(row(rows, 0).value(QStringLiteral("id")).toInteger() == school.slipped);
        CHECK(row(rows, 0).value(QStringLiteral("overdue_days")).toInt() == 1);
    }
}

TEST_CASE("cli: referrals list as csv and table, and its usage errors and roles", "[cli][referrals]")
{
    School school;
    const CliResult csv = school.list({ QStringLiteral("--format"), QStringLiteral("csv") });
    REQUIRE(csv.exitCode == 0);
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0).endsWith(QStringLiteral("id,student_no,name,grade,class,opened_on,stage,hospital,next_due,overdue_days")));
    INFO(lines.at(1).toStdString());
    CHECK(lines.at(1)
        == QStringLiteral("%1,G520000000001,杨小雨,Junior 2,2班,2026-11-01,slip,贵州省第二人民医院,2026-11-12,4")
               .arg(school.slipped));
    CHECK(lines.at(2).endsWith(QStringLiteral(",meeting,,,0")));

    const CliResult table = school.list({});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("Slip issued, awaiting receipt")));
    CHECK(table.out.contains(QStringLiteral("Case meeting held")));
    CHECK(table.out.contains(QStringLiteral("3 referral(s).")));

    CHECK(school.list({ QStringLiteral("--format"), QStringLiteral("xml") }).exitCode == 2);
    CHECK(cli({ QStringLiteral("referrals"), QStringLiteral("open") }).exitCode == 2);
    CHECK(cli({ QStringLiteral("referrals"), QStringLiteral("list"), QStringLiteral("--password-stdin") }, Pw).exitCode == 2);

    // An administrator may not read referrals: exit 6 (Denied).
    const CliResult add = cli({ QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--db"), school.db,
                                  QStringLiteral("--user"), QStringLiteral("xu"), QStringLiteral("--as"), QStringLiteral("wang"),
                                  QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--password-stdin") },
        QStringLiteral("correct horse 1\ncopper meadow kettle 58\n"));
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    const CliResult denied = cli({ QStringLiteral("referrals"), QStringLiteral("list"), QStringLiteral("--db"), school.db,
                                     QStringLiteral("--user"), QStringLiteral("xu"), QStringLiteral("--password-stdin") },
        QStringLiteral("copper meadow kettle 58\n"));
    CHECK(denied.exitCode == 6);
}
