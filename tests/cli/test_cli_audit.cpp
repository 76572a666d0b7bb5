// xinan-cli audit list (filters, formats, who may read it) and verify's tampering report (exit 4).
#include "clirunner.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"
#include "store/database.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace xinan;
using namespace xinan::test;

namespace {

const QString Pw = QStringLiteral("correct horse 1\n");

QStringList withDb(QStringList args, const QString &db)
{
    return args + QStringList { QStringLiteral("--db"), db, QStringLiteral("--password-stdin") };
}

// A school with two students, made in this process.
void makeSchool(const QString &db)
{
    clock::testing::FixedClock fixed(testNow());
    createSchool(db);
    SchoolFile school = SchoolFile::unlockWithPassword(db, QStringLiteral("wang"), secret("correct horse 1"));
    StudentRepository students(school.db(), QStringLiteral("wang"));
    for (const auto &[no, name] : { std::pair { "G520000000000001", "杨小雨" }, { "G520000000000002", "王明" } }) {
        Student s;
        s.studentNo = QString::fromUtf8(no);
        s.name = QString::fromUtf8(name);
        s.gender = Gender::Female;
        s.grade = 8;
        s.className = QStringLiteral("2班");
        students.add(s);
    }
}

QJsonArray auditJson(const QString &db, const QStringList &extra = {})
{
    const CliResult r
        = cli(withDb({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") }, db)
                + extra,
            Pw);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

} // namespace

TEST_CASE("cli: audit list shows unlocks and exports, newest first, filtered by account and date", "[cli][audit]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("s.xinan"));
    makeSchool(db);
    {
        CliNow later(QStringLiteral("2026-11-18T09:00:00"));
        const CliResult list = cli(
            withDb({ QStringLiteral("students"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv") }, db),
            Pw);
        REQUIRE(list.exitCode == 0);
    }
    CliNow dayAfter(QStringLiteral("2026-11-19T08:00:00"));
    const QJsonArray all = auditJson(db);
    REQUIRE(all.size() == 8);
    // The listing just run: the unlock of `audit list` itself, then the export, then its unlock.
    const QJsonObject exported = all.at(1).toObject();
    CHECK(exported.value(QStringLiteral("action")).toString() == QStringLiteral("export"));
    CHECK(exported.value(QStringLiteral("entity")).toString() == QStringLiteral("students_list"));
    CHECK(exported.value(QStringLiteral("account")).toString() == QStringLiteral("wang"));
    CHECK(exported.value(QStringLiteral("detail")).toString() == QStringLiteral("students=2 file=stdout (csv)"));
    CHECK(exported.value(QStringLiteral("time")).toString() == QStringLiteral("2026-11-18 09:00:00"));
    CHECK(all.at(2).toObject().value(QStringLiteral("action")).toString() == QStringLiteral("unlock"));
    CHECK(all.at(0).toObject().value(QStringLiteral("action")).toString() == QStringLiteral("unlock"));
    CHECK(all.at(0).toObject().value(QStringLiteral("id")).toInteger() > exported.value(QStringLiteral("id")).toInteger());
    const QJsonObject created = all.at(all.size() - 4).toObject(); // the school, the account, the unlock, the students
    CHECK(created.value(QStringLiteral("entity")).toString() == QStringLiteral("student"));
    CHECK_FALSE(created.value(QStringLiteral("student")).toString().isEmpty());

    // Dates are local days, both ends included. Each audit list is an unlock and an export too.
    CHECK(auditJson(db, { QStringLiteral("--from"), QStringLiteral("2026-11-17") }).size() == 2 + 3);
    CHECK(auditJson(db, { QStringLiteral("--to"), QStringLiteral("2026-11-18") }).size() == 7);
    CHECK(auditJson(db,
              { QStringLiteral("--from"), QStringLiteral("2026-11-17"), QStringLiteral("--to"), QStringLiteral("2026-11-18") })
              .size()
        == 2);
    CHECK(auditJson(db, { QStringLiteral("--account"), QStringLiteral("nobody") }).isEmpty());

    // The table says it in words; CSV keeps the codes.
    const CliResult table = cli(withDb({ QStringLiteral("audit"), QStringLiteral("list") }, db), Pw);
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("Exported")));
    CHECK(table.out.contains(QStringLiteral("Student list")));
    CHECK(table.out.contains(QStringLiteral("杨小雨")));
    const CliResult csv = cli(
        withDb({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv") }, db), Pw);
    CHECK(csv.out.contains(QStringLiteral(",export,students_list,")));

    const CliResult bad = cli(
        withDb({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("yesterday") }, db),
        Pw);
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("--from")));
}

TEST_CASE("cli: verify reports a deleted audit entry as tampering with exit code 4", "[cli][audit]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("s.xinan"));
    makeSchool(db);
    const CliResult clean = cli(withDb({ QStringLiteral("verify") }, db), Pw);
    INFO(clean.out.toStdString());
    CHECK(clean.exitCode == 0);
    CHECK(clean.out.contains(QStringLiteral("Audit trail")));

    qint64 victim = 0;
    {
        clock::testing::FixedClock fixed(testNow());
        SchoolFile school = SchoolFile::unlockWithPassword(db, QStringLiteral("wang"), secret("correct horse 1"));
        school.db().setAccess(Access::system());
        Statement st(school.db(), "SELECT min(id) FROM audit_log WHERE entity = 'student'");
        REQUIRE(st.step());
        victim = st.int64(0);
        school.db().exec("DROP TRIGGER audit_log_no_delete");
        school.db().exec(QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(victim).toUtf8().constData());
    }
    const CliResult v = cli(withDb({ QStringLiteral("verify") }, db), Pw);
    INFO(v.out.toStdString());
    CHECK(v.exitCode == 4);
    CHECK(v.out.contains(QStringLiteral("tampered with at entry #%1 (2026-11-16 10:00:00)").arg(victim + 1)));
    CHECK(v.out.contains(QStringLiteral("audit_log_no_delete was dropped")));
    CHECK(v.out.contains(QStringLiteral("The audit trail was tampered with")));
}

TEST_CASE("cli: audit list needs the audit right and prune keeps six months", "[cli][audit]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("s.xinan"));
    makeSchool(db);
    const CliResult add = cli(
        withDb({ QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--user"), QStringLiteral("zhou"),
                   QStringLiteral("--as"), QStringLiteral("wang"), QStringLiteral("--role"), QStringLiteral("class_teacher") },
            db),
        QStringLiteral("correct horse 1\nclass teacher pw 9\n"));
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    const CliResult denied = cli({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), db,
                                     QStringLiteral("--user"), QStringLiteral("zhou"), QStringLiteral("--password-stdin") },
        QStringLiteral("class teacher pw 9\n"));
    CHECK(denied.exitCode == 6);

    const QStringList prune { QStringLiteral("audit"), QStringLiteral("prune"), QStringLiteral("--db"), db,
        QStringLiteral("--user"), QStringLiteral("wang"), QStringLiteral("--password-stdin"), QStringLiteral("--before") };
    const CliResult young = cli(prune + QStringList { QStringLiteral("2026-10-01") }, Pw);
    CHECK(young.exitCode == 5);
    CHECK(young.err.contains(QStringLiteral("six months")));
    const CliResult none = cli(prune + QStringList { QStringLiteral("2026-05-01") }, Pw);
    INFO(none.err.toStdString());
    CHECK(none.exitCode == 0);
    CHECK(none.out.contains(QStringLiteral("Removed 0 audit entr")));
}
