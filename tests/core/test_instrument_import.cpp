// A school's own instrument (InstrumentRepository): a definition file checked as the built-in
// ones are, kept in the school's encrypted file (settings "instrument/<id>") with an audit entry,
// listed after PHQ-9 and GAD-7, usable for a drive and scored with its own bands and critical
// item; malformed files, a built-in's id and a changed definition that results use are refused
// with the file and the reason, writing nothing.
#include "platform/clock.h"
#include "repo/alertrepository.h"
#include "repo/audit.h"
#include "repo/instrumentrepository.h"
#include "repo/noterepository.h"
#include "repo/riskrepository.h"
#include "repo/screeningrepository.h"
#include "repo/settingsrepository.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"
#include "services/timeline.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace xinan;
using namespace xinan::test;

namespace {

QByteArray definition(const char *name)
{
    return readBytes(QStringLiteral(XINAN_TEST_DATA_DIR "/instruments/") + QString::fromLatin1(name));
}

struct Fixture
{
    clock::testing::FixedClock fixed { QDate(2026, 11, 16) };
    TempDir dir;
    QString path = dir.path(QStringLiteral("s.xinan"));
    SchoolFile school = [this] {
        createSchool(path);
        return SchoolFile::unlockWithPassword(path, QStringLiteral("wang"), secret("correct horse 1"));
    }();
    InstrumentRepository repo { school.db(), school.user() };

    qint64 student(const char *no, const QString &name)
    {
        Student s;
        s.studentNo = QString::fromLatin1(no);
        s.name = name;
        s.grade = 8;
        s.className = QStringLiteral("2班");
        return StudentRepository(school.db(), school.user()).add(s);
    }
    Instrument import(const char *file) { return repo.add(repo.check(definition(file), QString::fromLatin1(file))); }
    QString refusal(const char *file)
    {
        try {
            repo.check(definition(file), QString::fromLatin1(file));
        } catch (const Error &e) {
            CHECK(e.kind() == ErrorKind::Rejected);
            CHECK(e.message().contains(QString::fromLatin1(file)));
            return e.message();
        }
        FAIL("the definition was accepted");
        return {};
    }
    QStringList kept() { return SettingsRepository(school.db(), school.user()).values(QStringLiteral("instrument/")).keys(); }
};

} // namespace

TEST_CASE("an imported instrument is kept in the school's file and listed after the built-in ones", "[instruments][import]")
{
    Fixture f;
    REQUIRE(f.repo.all().size() == 2);
    CHECK_FALSE(f.repo.find(QStringLiteral("school_stress")));

    const InstrumentImport plan = f.repo.check(definition("school_stress.json"), QStringLiteral("school_stress.json"));
    CHECK(plan.kind == InstrumentImport::Kind::New);
    CHECK(plan.instrument.shortName == QStringLiteral("XYYL-6"));
    CHECK(plan.instrument.items.size() == 6);
    REQUIRE(plan.instrument.bands.size() == 3);
    CHECK(f.kept().isEmpty()); // checking writes nothing

    f.repo.add(plan);
    CHECK(f.kept() == QStringList { QStringLiteral("instrument/school_stress") });
    const QList<Instrument> all = f.repo.all();
    REQUIRE(all.size() == 3);
    CHECK(all.at(0).id == QStringLiteral("phq9"));
    CHECK(all.at(1).id == QStringLiteral("gad7"));
    CHECK(all.at(2).id == QStringLiteral("school_stress"));
    const std::optional<Instrument> found = findInstrument(f.school.db(), QStringLiteral(" School_Stress "));
    REQUIRE(found);
    CHECK(found->name == QStringLiteral("学业压力自评量表（校本示例）"));
    CHECK(found->bandFor(12)->label == QStringLiteral("压力较高"));
    CHECK_FALSE(InstrumentRepository::isBuiltIn(QStringLiteral("school_stress")));
    // Audited with what was imported, from which file.
    const QList<AuditEntry> audit = recentAudit(f.school.db(), 1);
    REQUIRE(audit.size() == 1);
    CHECK(audit.first().action == QStringLiteral("import"));
    CHECK(audit.first().entity == QStringLiteral("instrument"));
    CHECK(audit.first().detail.contains(QStringLiteral("school_stress.json")));
    CHECK(audit.first().detail.contains(QStringLiteral("XYYL-6")));

    // It travels with the school's file: another session sees it.
    SchoolFile again = SchoolFile::unlockWithPassword(f.path, QStringLiteral("wang"), secret("correct horse 1"));
    CHECK(InstrumentRepository(again.db(), again.user()).all().size() == 3);
    // The same file again: nothing to do.
    CHECK(f.repo.check(definition("school_stress.json"), QStringLiteral("school_stress.json")).kind
        == InstrumentImport::Kind::Same);
}

TEST_CASE("a drive with an imported instrument scores paper forms with its bands and critical item", "[instruments][import]")
{
    Fixture f;
    const qint64 wu = f.student("G520000101", QStringLiteral("吴小明"));
    const qint64 qin = f.student("G520000102", QStringLiteral("覃丽"));
    ScreeningRepository screening(f.school.db(), f.school.user());
    const DriveSpec spec { QStringLiteral("2026秋 初二 学业压力"), QStringLiteral("2026-2027-1"),
        { QStringLiteral("school_stress") }, { 8 }, QDate(2026, 11, 16), QDate(2026, 11, 27) };
    // Unknown until imported.
    CHECK(kindOf([&] { screening.createDrive(spec); }) == ErrorKind::Rejected);

    const Instrument stress = f.import("school_stress.json");
    const qint64 drive = screening.createDrive(spec);
    CHECK(screening.drive(drive)->instrumentIds == QStringList { QStringLiteral("school_stress") });
    // Paper forms: 吴小明 3+2+2+2+3+0 = 12 (压力较高, interview); 覃丽 0+1+0+1+0+1 = 3 with item 6 critical.
    const RecordOutcome outcome = screening.record(spec.name, spec.term, stress,
        { { wu, { 3, 2, 2, 2, 3, 0 }, QDate(2026, 11, 16) }, { qin, { 0, 1, 0, 1, 0, 1 }, QDate(2026, 11, 16) } },
        QStringLiteral("entered"));
    CHECK(outcome.recorded == 2);
    const QList<ScreeningResultRow> rows = screening.results(drive);
    REQUIRE(rows.size() == 2);
    for (const ScreeningResultRow &r : rows) {
        CHECK(r.instrumentId == QStringLiteral("school_stress"));
        if (r.studentId == wu) {
            CHECK(r.total == 12);
            CHECK(r.bandCode == QStringLiteral("high"));
            CHECK(r.needsInterview);
            CHECK_FALSE(r.critical);
        } else {
            CHECK(r.total == 3);
            CHECK(r.bandCode == QStringLiteral("low"));
            CHECK(r.critical);
        }
    }
    // The critical item raised 覃丽 to yellow and an alert that names the instrument and the item.
    CHECK(RiskRepository(f.school.db(), f.school.user()).current(qin) == RiskLevel::Yellow);
    const QList<Alert> alerts = AlertRepository(f.school.db(), f.school.user()).forStudent(qin);
    REQUIRE(alerts.size() == 1);
    INFO(alerts.first().reason.toStdString());
    CHECK(alerts.first().reason.contains(QStringLiteral("XYYL-6")));
    CHECK(alerts.first().reason.contains(QStringLiteral("6")));
    // The student's timeline shows the instrument's band label.
    bool shown = false;
    for (const TimelineEntry &e : studentTimeline(f.school.db(), wu))
        shown = shown || e.body.contains(QStringLiteral("压力较高"));
    CHECK(shown);
}

TEST_CASE("malformed definitions and a built-in's id are refused naming the file, writing nothing", "[instruments][import]")
{
    Fixture f;
    CHECK(f.refusal("bad_missing_items.json").contains(QStringLiteral("\"items\"")));
    const QString gap = f.refusal("bad_band_gap.json");
    CHECK(gap.contains(QStringLiteral("6 to 6")));
    const QString builtIn = f.refusal("bad_builtin_id.json");
    CHECK(builtIn.contains(QStringLiteral("phq9")));
    CHECK(builtIn.contains(QStringLiteral("PHQ-9")));
    CHECK(builtIn.contains(QStringLiteral("built into XinAn")));
    CHECK(kindOf([&] { f.repo.check("{ not json", QStringLiteral("broken.json")); }) == ErrorKind::Rejected);
    CHECK(f.kept().isEmpty());
    CHECK(f.repo.all().size() == 2);
    // add() checks again: a plan made up by hand cannot slip past the checks.
    InstrumentImport forged;
    forged.definition = definition("bad_builtin_id.json");
    forged.fileName = QStringLiteral("forged.json");
    CHECK(kindOf([&] { f.repo.add(forged); }) == ErrorKind::Rejected);
    CHECK(f.kept().isEmpty());
    CHECK(findInstrument(QStringLiteral("phq9"))->shortName == QStringLiteral("PHQ-9"));
}

TEST_CASE("a changed definition replaces the school's only while no result uses it", "[instruments][import]")
{
    Fixture f;
    f.import("school_stress.json");
    InstrumentImport v2 = f.repo.check(definition("school_stress_v2.json"), QStringLiteral("school_stress_v2.json"));
    CHECK(v2.kind == InstrumentImport::Kind::Replace);
    f.repo.add(v2);
    CHECK(f.repo.find(QStringLiteral("school_stress"))->version == QStringLiteral("2026.2"));
    CHECK(f.repo.find(QStringLiteral("school_stress"))->bandFor(18)->label == QStringLiteral("压力偏高"));
    CHECK(recentAudit(f.school.db(), 1).first().action == QStringLiteral("replace"));
    CHECK(f.kept().size() == 1);

    // A result scored with version 2: the first definition may no longer replace it.
    const qint64 wu = f.student("G520000101", QStringLiteral("吴小明"));
    ScreeningRepository(f.school.db(), f.school.user())
        .record(QStringLiteral("2026秋 学业压力"), QStringLiteral("2026-2027-1"), *f.repo.find(QStringLiteral("school_stress")),
            { { wu, { 3, 3, 3, 3, 3, 0 }, QDate(2026, 11, 16) } }, QStringLiteral("entered"));
    CHECK(f.repo.resultCount(QStringLiteral("school_stress")) == 1);
    const QString refused = f.refusal("school_stress.json");
    CHECK(refused.contains(QStringLiteral("1 screening result")));
    CHECK(refused.contains(QStringLiteral("school_stress_v2"))); // the way out: another id
    CHECK(f.repo.find(QStringLiteral("school_stress"))->version == QStringLiteral("2026.2"));
    // The plan made while no result used it is refused too when finally applied.
    CHECK(kindOf([&] { f.repo.add(f.repo.check(definition("school_stress_v2.json"), QStringLiteral("again.json"))); })
        == std::nullopt); // the same definition: nothing to do, nothing refused
    InstrumentImport stale;
    stale.definition = definition("school_stress.json");
    stale.fileName = QStringLiteral("school_stress.json");
    CHECK(kindOf([&] { f.repo.add(stale); }) == ErrorKind::Rejected);
    CHECK(f.repo.find(QStringLiteral("school_stress"))->version == QStringLiteral("2026.2"));
    // Its result keeps its band.
    CHECK(ScreeningRepository(f.school.db(), f.school.user()).results(0).first().bandCode == QStringLiteral("high"));
}
