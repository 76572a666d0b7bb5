// xinan-cli screening add-instrument and screening instruments: a school's own definition file is
// checked (a bad one refused with exit code 5, naming the file and the problem), kept, listed in
// every format after the built-in ones, and can be named by screening import --instrument.
#include "clirunner.h"
#include "testsupport.h"

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

QString data(const char *name)
{
    return QStringLiteral(XINAN_TEST_DATA_DIR "/instruments/") + QString::fromLatin1(name);
}

CliResult screening(const QStringList &args)
{
    return cli(QStringList { QStringLiteral("screening") } + args, Pw);
}

} // namespace

TEST_CASE("cli: screening add-instrument keeps a school's definition and screening instruments lists it",
    "[cli][screening][instruments]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("s.xinan"));
    createSchool(db);
    const QStringList unlock { QStringLiteral("--db"), db, QStringLiteral("--password-stdin") };

    CliResult r = screening(QStringList { QStringLiteral("instruments") } + unlock
        + QStringList { QStringLiteral("--format"), QStringLiteral("json") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).array().size() == 2);

    // Refused: exit code 5, the file and the problem named, nothing kept.
    r = screening(QStringList { QStringLiteral("add-instrument") } + unlock + QStringList { data("bad_missing_items.json") });
    CHECK(r.exitCode == 5);
    CHECK(r.err.contains(QStringLiteral("bad_missing_items.json")));
    CHECK(r.err.contains(QStringLiteral("\"items\"")));
    r = screening(QStringList { QStringLiteral("add-instrument") } + unlock + QStringList { data("bad_builtin_id.json") });
    CHECK(r.exitCode == 5);
    CHECK(r.err.contains(QStringLiteral("built into XinAn")));
    r = screening(QStringList { QStringLiteral("add-instrument") } + unlock);
    CHECK(r.exitCode == 2);

    r = screening(QStringList { QStringLiteral("add-instrument") } + unlock + QStringList { data("school_stress.json") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("XYYL-6")));
    CHECK(r.out.contains(QStringLiteral("压力较高")));
    r = screening(QStringList { QStringLiteral("add-instrument") } + unlock + QStringList { data("school_stress.json") });
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("nothing was changed")));

    r = screening(QStringList { QStringLiteral("instruments") } + unlock
        + QStringList { QStringLiteral("--format"), QStringLiteral("json") });
    REQUIRE(r.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(list.size() == 3);
    const QJsonObject own = list.at(2).toObject();
    CHECK(own.value(QStringLiteral("id")).toString() == QStringLiteral("school_stress"));
    CHECK(own.value(QStringLiteral("items")).toInt() == 6);
    CHECK_FALSE(own.value(QStringLiteral("built_in")).toBool());
    CHECK(own.value(QStringLiteral("bands")).toArray().size() == 3);
    CHECK(list.at(0).toObject().value(QStringLiteral("built_in")).toBool());
    r = screening(QStringList { QStringLiteral("instruments") } + unlock
        + QStringList { QStringLiteral("--format"), QStringLiteral("csv") });
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("school_stress,XYYL-6,")));
    r = screening(QStringList { QStringLiteral("instruments") } + unlock);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("imported")));
    CHECK(r.out.contains(QStringLiteral("PHQ-9")));

    // A survey sheet for it: --instrument names the school's instrument (checked with --dry-run).
    const QString sheet = dir.path(QStringLiteral("sheet.csv"));
    {
        SchoolFile school = SchoolFile::unlockWithPassword(db, QStringLiteral("wang"), secret("correct horse 1"));
        Student s;
        s.studentNo = QStringLiteral("G520000101");
        s.name = QStringLiteral("吴小明");
        s.grade = 8;
        s.className = QStringLiteral("2班");
        StudentRepository(school.db(), school.user()).add(s);
    }
    writeBytes(sheet, QStringLiteral("学籍号,姓名,班级,1,2,3,4,5,6\r\nG520000101,吴小明,2班,3,2,2,2,3,0\r\n").toUtf8());
    r = screening(QStringList { QStringLiteral("import") } + unlock
        + QStringList { QStringLiteral("--instrument"), QStringLiteral("school_stress"), QStringLiteral("--dry-run"), sheet });
    INFO(r.out.toStdString());
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("item 6")));
    CHECK(r.out.contains(QStringLiteral("Rows matched to students: 1")));
    r = screening(QStringList { QStringLiteral("import") } + unlock
        + QStringList { QStringLiteral("--instrument"), QStringLiteral("nonesuch"), QStringLiteral("--dry-run"), sheet });
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("nonesuch")));
}
