// The audit trail that can be trusted: the hash chain, verify's tampering report (deleted, edited,
// reordered entries, dropped triggers), pruning with a checkpoint, the v8 migration, the
// viewer's query and the events that are not changes (unlock, file opened, exports, backups).
#include "crypto/recoverykey.h"
#include "error.h"
#include "platform/clock.h"
#include "repo/audit.h"
#include "repo/studentrepository.h"
#include "services/backup.h"
#include "services/schoolfile.h"
#include "services/verifier.h"
#include "store/database.h"
#include "store/migrations.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace xinan;

namespace {

Student student(const QString &no, const QString &name, int grade = 8, const QString &klass = QStringLiteral("2班"))
{
    Student s;
    s.studentNo = no;
    s.name = name;
    s.gender = Gender::Female;
    s.grade = grade;
    s.className = klass;
    return s;
}

struct Fixture
{
    clock::testing::FixedClock fixedClock { test::testNow() };
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("school.xinan"));
    QString recovery = test::createSchool(path);
    SchoolFile school = SchoolFile::unlockWithPassword(path, QStringLiteral("wang"), test::secret("correct horse 1"));
    Database &db = school.db();

    // Six entries or more: the school, the account, the unlock, then three students.
    Fixture()
    {
        StudentRepository students(db, QStringLiteral("wang"));
        students.add(student(QStringLiteral("S00001"), QStringLiteral("杨小雨")));
        students.add(student(QStringLiteral("S00002"), QStringLiteral("王明")));
        students.add(student(QStringLiteral("S00003"), QStringLiteral("李娜"), 7, QStringLiteral("1班")));
    }
    qint64 count(const char *sql)
    {
        Statement st(db, sql);
        REQUIRE(st.step());
        return st.int64(0);
    }
    // Raw SQL as someone with the data key and the sqlite shell would run it.
    void raw(const char *sql)
    {
        db.setAccess(Access::system());
        db.exec(sql);
    }
    const VerifyCheck &checkNamed(const VerifyReport &report, const QString &name)
    {
        for (const VerifyCheck &c : report.checks)
            if (c.name == name)
                return c;
        FAIL("no check named " << name.toStdString());
        return report.checks.first();
    }
};

} // namespace

TEST_CASE("Every audit entry carries the previous entry's hash and verify finds the chain intact", "[audit]")
{
    Fixture f;
    CHECK(f.count("SELECT count(*) FROM audit_log WHERE length(hash) = 32 AND length(prev_hash) = 32")
        == f.count("SELECT count(*) FROM audit_log"));
    CHECK(f.count("SELECT count(*) FROM audit_log a JOIN audit_log b ON b.id = a.id + 1 WHERE b.prev_hash <> a.hash") == 0);
    const AuditChainCheck chain = checkAuditChain(f.db);
    CHECK(chain.intact);
    CHECK(chain.entries == f.count("SELECT count(*) FROM audit_log"));
    CHECK(checkAuditTriggers(f.db).isEmpty());

    const QByteArray head = auditChainHead(f.db);
    const qint64 lastId = f.count("SELECT max(id) FROM audit_log");
    CHECK(head.startsWith(QByteArray(QByteArray::number(lastId) + ":")));
    CHECK(head.size() == QByteArray::number(lastId).size() + 1 + 64);
    CHECK(auditHoldsHead(f.db, head));
    CHECK(formatAuditChainHead(head)
        == QStringLiteral("#%1 %2…").arg(lastId).arg(QString::fromLatin1(head.mid(head.indexOf(':') + 1, 16))));

    const VerifyReport report = verifySchoolFile(f.school);
    INFO(report.problems().join(QLatin1String("\n")).toStdString());
    CHECK(report.intact());
    CHECK_FALSE(report.tampered());
    // A new entry moves the head on.
    appendAudit(f.db, QStringLiteral("wang"), QStringLiteral("update"), QStringLiteral("setting"), 0, QStringLiteral("x=1"));
    CHECK(auditChainHead(f.db) != head);
    CHECK(auditHoldsHead(f.db, head));
    CHECK(checkAuditChain(f.db).intact);
}

TEST_CASE("A deleted audit entry is reported as tampering, naming the entry after the gap", "[audit]")
{
    Fixture f;
    const qint64 victim = f.count("SELECT min(id) FROM audit_log WHERE entity = 'student'");
    f.raw("DROP TRIGGER audit_log_no_delete");
    f.db.exec(QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(victim).toUtf8().constData());

    SECTION("with the trigger still dropped, both the chain and the trigger are reported")
    {
        const VerifyReport report = verifySchoolFile(f.school);
        CHECK_FALSE(report.intact());
        CHECK(report.tampered());
        const VerifyCheck &chain = f.checkNamed(report, QStringLiteral("Audit trail"));
        CHECK_FALSE(chain.passed);
        CHECK(chain.tampering);
        CHECK(chain.detail.contains(QStringLiteral("#%1").arg(victim + 1)));
        CHECK(chain.detail.contains(QStringLiteral("#%1").arg(victim - 1))); // "does not follow entry #…"
        CHECK(chain.detail.contains(QStringLiteral("2026-11-16 10:00:00"))); // the bad entry's local time
        const VerifyCheck &triggers = f.checkNamed(report, QStringLiteral("Audit trail protection"));
        CHECK_FALSE(triggers.passed);
        CHECK(triggers.detail.contains(QStringLiteral("audit_log_no_delete was dropped")));
    }
    SECTION("with the trigger recreated as it was, the chain still gives it away")
    {
        f.db.exec("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log\n"
                  "  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END");
        CHECK(checkAuditTriggers(f.db).isEmpty());
        const AuditChainCheck chain = checkAuditChain(f.db);
        CHECK_FALSE(chain.intact);
        CHECK(chain.badId == victim + 1);
        CHECK(chain.badAt == test::testNow().toUTC());
        CHECK(verifySchoolFile(f.school).tampered());
    }
}

TEST_CASE("An edited audit entry is reported as tampering, naming it", "[audit]")
{
    Fixture f;
    const qint64 victim = f.count("SELECT min(id) FROM audit_log WHERE entity = 'student'");
    f.raw("DROP TRIGGER audit_log_no_update");
    f.db.exec(QStringLiteral("UPDATE audit_log SET account = 'someone' WHERE id = %1").arg(victim).toUtf8().constData());
    const AuditChainCheck chain = checkAuditChain(f.db);
    CHECK_FALSE(chain.intact);
    CHECK(chain.badId == victim);
    CHECK(chain.problem.contains(QStringLiteral("changed")));
    CHECK(checkAuditTriggers(f.db).contains(QStringLiteral("audit_log_no_update was dropped")));
}

TEST_CASE("Reordered audit entries are reported as tampering", "[audit]")
{
    Fixture f;
    const qint64 a = f.count("SELECT min(id) FROM audit_log WHERE entity = 'student'");
    const qint64 b = a + 1;
    f.raw("DROP TRIGGER audit_log_no_update");
    // Swap the two entries' places, each with its own hashes.
    f.db.exec(QStringLiteral("UPDATE audit_log SET id = -1 WHERE id = %1").arg(a).toUtf8().constData());
    f.db.exec(QStringLiteral("UPDATE audit_log SET id = %1 WHERE id = %2").arg(a).arg(b).toUtf8().constData());
    f.db.exec(QStringLiteral("UPDATE audit_log SET id = %1 WHERE id = -1").arg(b).toUtf8().constData());
    f.db.exec("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log\n"
              "  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END");
    CHECK(checkAuditTriggers(f.db).isEmpty());
    const AuditChainCheck chain = checkAuditChain(f.db);
    CHECK_FALSE(chain.intact);
    CHECK(chain.badId == a);
    CHECK(chain.problem.contains(QStringLiteral("reordered")));
    const VerifyReport report = verifySchoolFile(f.school);
    CHECK(report.tampered());
    CHECK(f.checkNamed(report, QStringLiteral("Audit trail")).detail.contains(QStringLiteral("#%1").arg(a)));
}

TEST_CASE("A changed or added trigger on the audit log is reported", "[audit]")
{
    Fixture f;
    f.raw("DROP TRIGGER audit_log_no_delete");
    SECTION("a weakened trigger")
    {
        f.db.exec("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log WHEN old.account <> 'wang'\n"
                  "  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END");
        CHECK(checkAuditTriggers(f.db).contains(QStringLiteral("audit_log_no_delete was changed")));
    }
    SECTION("another trigger that undoes inserts")
    {
        f.db.exec("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log\n"
                  "  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END");
        f.db.exec("CREATE TRIGGER audit_log_eat AFTER INSERT ON audit_log BEGIN SELECT 1; END");
        CHECK(checkAuditTriggers(f.db).contains(QStringLiteral("unknown trigger audit_log_eat")));
    }
    const VerifyReport report = verifySchoolFile(f.school);
    CHECK(report.tampered());
    CHECK_FALSE(f.checkNamed(report, QStringLiteral("Audit trail protection")).passed);
    // The chain itself is untouched.
    CHECK(f.checkNamed(report, QStringLiteral("Audit trail")).passed);
}

TEST_CASE("Schema 8 chains the entries an older database already has and keeps them append-only", "[audit][schema]")
{
    clock::testing::FixedClock fixed(test::testNow());
    test::TempDir dir;
    std::vector<Migration> upTo7;
    for (const Migration &m : schemaMigrations())
        if (m.version <= 7)
            upTo7.push_back(m);
    Database db = Database::create(dir.path(QStringLiteral("old.xinan")), RecoveryKey::generate().dataKey());
    migrate(db, upTo7);
    for (int i = 0; i < 5; ++i)
        db.exec("INSERT INTO audit_log (at, account, action, entity, entity_id, detail) "
                "VALUES ('2026-03-01T08:00:00Z', 'wang', 'create', 'student', 3, 'roster.xlsx')");
    db.exec("INSERT INTO audit_log (at, account, action, entity) VALUES ('2026-03-02T08:00:00Z', 'li', 'update', 'setting')");
    migrate(db);
    REQUIRE(db.userVersion() == currentSchemaVersion());
    Statement st(db, "SELECT count(*) FROM audit_log WHERE length(hash) = 32");
    REQUIRE(st.step());
    CHECK(st.integer(0) == 6);
    CHECK(checkAuditChain(db).intact);
    CHECK(checkAuditChain(db).entries == 6);
    CHECK(checkAuditTriggers(db).isEmpty());
    CHECK_THROWS_MATCHES(db.exec("DELETE FROM audit_log"), Error, test::HasKind(ErrorKind::Rejected));
    CHECK_THROWS_MATCHES(db.exec("UPDATE audit_log SET hash = NULL"), Error, test::HasKind(ErrorKind::Rejected));
    appendAudit(db, QStringLiteral("wang"), QStringLiteral("update"), QStringLiteral("setting"), 0);
    CHECK(checkAuditChain(db).intact);
    CHECK(auditChainHead(db).startsWith("7:"));
}

TEST_CASE("Pruning keeps six months and leaves a checkpoint the chain verifies from", "[audit]")
{
    clock::testing::FixedClock fixed(QDateTime(QDate(2026, 1, 5), QTime(9, 0)));
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("school.xinan"));
    test::createSchool(path);
    SchoolFile school = SchoolFile::unlockWithPassword(path, QStringLiteral("wang"), test::secret("correct horse 1"));
    Database &db = school.db();
    for (int month = 0; month < 10; ++month) { // one entry each month, January to October
        appendAudit(db, QStringLiteral("wang"), QStringLiteral("update"), QStringLiteral("setting"), 0,
            QStringLiteral("month %1").arg(month + 1));
        clock::testing::advance(31 * 24 * 3600);
    }
    clock::testing::setNow(QDateTime(QDate(2026, 11, 16), QTime(10, 0)));
    const auto total = [&db] {
        Statement st(db, "SELECT count(*) FROM audit_log");
        st.step();
        return st.integer(0);
    };
    const int before = total();

    SECTION("entries younger than six months are never removed")
    {
        CHECK_THROWS_MATCHES(
            pruneAudit(db, QDateTime(QDate(2026, 6, 1), QTime(0, 0))), Error, test::HasKind(ErrorKind::Rejected));
        CHECK(total() == before);
    }
    SECTION("a head may read the log but not prune it")
    {
        db.setAccess(Access::forAccount(QStringLiteral("zhao"), AccountRole::Head, {}, SecretBytes()));
        CHECK_THROWS_MATCHES(pruneAudit(db, QDateTime(QDate(2026, 4, 1), QTime(0, 0))), Error, test::HasKind(ErrorKind::Denied));
        CHECK(total() == before);
    }
    SECTION("older entries go, the chain verifies from the checkpoint, twice over")
    {
        // Everything written before 1 April: the school, the account, the unlock and January to March.
        const int removed = pruneAudit(db, QDateTime(QDate(2026, 4, 1), QTime(0, 0)).toUTC());
        CHECK(removed == 6);
        CHECK(total() == before - removed + 1); // + the prune entry
        Statement oldest(db, "SELECT min(at) FROM audit_log");
        REQUIRE(oldest.step());
        CHECK(oldest.text(0) >= QStringLiteral("2026-04-01"));
        const AuditChainCheck chain = checkAuditChain(db);
        INFO(chain.problem.toStdString());
        CHECK(chain.intact);
        CHECK(checkAuditTriggers(db).isEmpty());
        const VerifyReport report = verifySchoolFile(school);
        INFO(report.problems().join(QLatin1Char('\n')).toStdString());
        CHECK(report.intact());
        CHECK(recentAudit(db, 1).first().action == QStringLiteral("prune"));
        CHECK_THROWS_MATCHES(db.exec("DELETE FROM audit_log"), Error, test::HasKind(ErrorKind::Rejected));

        CHECK(pruneAudit(db, QDateTime(QDate(2026, 5, 1), QTime(0, 0)).toUTC()) == 1);
        CHECK(checkAuditChain(db).intact);
        // Nothing left that old: nothing removed, nothing written.
        const QByteArray head = auditChainHead(db);
        CHECK(pruneAudit(db, QDateTime(QDate(2026, 5, 1), QTime(0, 0)).toUTC()) == 0);
        CHECK(auditChainHead(db) == head);

        SECTION("a checkpoint moved afterwards is reported")
        {
            db.exec("UPDATE audit_checkpoint SET last_id = last_id + 1");
            CHECK_FALSE(checkAuditChain(db).intact);
            CHECK(verifySchoolFile(school).tampered());
        }
        SECTION("deleting the first entry after the checkpoint is reported")
        {
            db.exec("DROP TRIGGER audit_log_no_delete");
            db.exec("DELETE FROM audit_log WHERE id = (SELECT min(id) FROM audit_log)");
            CHECK_FALSE(checkAuditChain(db).intact);
        }
    }
}

TEST_CASE("The audit viewer's query filters by person, student, kind and date and needs the audit right", "[audit]")
{
    Fixture f;
    const qint64 yang = f.count("SELECT id FROM students WHERE student_no = 'S00001'");
    const qint64 li = f.count("SELECT id FROM students WHERE student_no = 'S00003'");
    clock::testing::setNow(QDateTime(QDate(2026, 11, 18), QTime(15, 30)));
    f.db.setAccess(Access::forAccount(QStringLiteral("zhao"), AccountRole::Head, {}, SecretBytes()));
    recordFileOpened(f.db, yang);
    recordOutput(f.db, OutputKind::Export, QStringLiteral("weekly_sheet"), 4, QStringLiteral("/tmp/weekly.pdf"));

    const QList<AuditEntry> all = queryAudit(f.db, {});
    REQUIRE(all.size() == f.count("SELECT count(*) FROM audit_log"));
    CHECK(all.first().action == QStringLiteral("export")); // newest first
    CHECK(all.first().detail == QStringLiteral("students=4 file=/tmp/weekly.pdf"));
    CHECK(all.at(1).action == QStringLiteral("open"));
    CHECK(all.at(1).entity == QStringLiteral("student_file"));
    CHECK(all.at(1).studentName == QStringLiteral("杨小雨")); // a head reads basic files

    AuditFilter byUser;
    byUser.account = QStringLiteral("zhao");
    CHECK(queryAudit(f.db, byUser).size() == 2);
    AuditFilter byStudent;
    byStudent.studentId = yang;
    const QList<AuditEntry> about = queryAudit(f.db, byStudent);
    REQUIRE(about.size() == 2); // created, then opened
    CHECK(about.last().action == QStringLiteral("create"));
    AuditFilter byKind;
    byKind.action = QStringLiteral("unlock");
    CHECK(queryAudit(f.db, byKind).size() == 1);
    AuditFilter byDate;
    byDate.from = QDate(2026, 11, 17);
    CHECK(queryAudit(f.db, byDate).size() == 2);
    byDate.from = {};
    byDate.to = QDate(2026, 11, 16);
    CHECK(queryAudit(f.db, byDate).size() == all.size() - 2);
    AuditFilter limited;
    limited.limit = 3;
    CHECK(queryAudit(f.db, limited).size() == 3);
    CHECK(auditAccounts(f.db) == QStringList { QStringLiteral("wang"), QStringLiteral("zhao") });
    CHECK(auditActions(f.db).contains(QStringLiteral("open")));
    AuditFilter aboutLi;
    aboutLi.studentId = li;
    CHECK(queryAudit(f.db, aboutLi).size() == 1);

    f.db.setAccess(Access::forAccount(QStringLiteral("chen"), AccountRole::ClassTeacher, {}, SecretBytes()));
    CHECK_THROWS_MATCHES(queryAudit(f.db, {}), Error, test::HasKind(ErrorKind::Denied));
    f.db.setAccess(Access::forAccount(QStringLiteral("admin"), AccountRole::Admin, {}, SecretBytes()));
    CHECK_THROWS_MATCHES(queryAudit(f.db, {}), Error, test::HasKind(ErrorKind::Denied));
    CHECK(checkAuditChain(f.db).intact);
}

TEST_CASE("Opening a student's file is logged for everyone but counsellors", "[audit]")
{
    Fixture f;
    const qint64 yang = f.count("SELECT id FROM students WHERE student_no = 'S00001'");
    const qint64 before = f.count("SELECT count(*) FROM audit_log");
    recordFileOpened(f.db, yang); // wang is a counsellor
    CHECK(f.count("SELECT count(*) FROM audit_log") == before);
    f.db.setAccess(Access::forAccount(
        QStringLiteral("chen"), AccountRole::ClassTeacher, { ClassRef { 8, QStringLiteral("2班") } }, SecretBytes()));
    recordFileOpened(f.db, yang);
    const AuditEntry e = recentAudit(f.db, 1).first();
    CHECK(e.account == QStringLiteral("chen"));
    CHECK(e.action == QStringLiteral("open"));
    CHECK(e.entity == QStringLiteral("student_file"));
    CHECK(e.entityId == yang);
    CHECK(auditActionName(e.action) == QStringLiteral("Opened"));
    CHECK(auditEntityName(e.entity) == QStringLiteral("Student's file"));
    CHECK(auditEntityName(QStringLiteral("something_new")) == QStringLiteral("something_new"));
    AuditEntry printed = e;
    printed.action = QStringLiteral("print");
    printed.detail = QStringLiteral("students=2 printer=Office printer");
    CHECK(auditDetailText(printed) == QStringLiteral("2 student(s), on the printer Office printer"));
    printed.action = QStringLiteral("export");
    printed.detail = QStringLiteral("students=0 file=/tmp/a b.pdf");
    CHECK(auditDetailText(printed) == QStringLiteral("no students named, to the file /tmp/a b.pdf"));
    printed.detail = QStringLiteral("free text");
    CHECK(auditDetailText(printed) == QStringLiteral("free text"));
}

TEST_CASE("Unlocking, backing up and restoring are logged, and the backup header carries the chain head", "[audit][backup]")
{
    Fixture f;
    Statement unlocks(
        f.db, "SELECT count(*) FROM audit_log WHERE action = 'unlock' AND account = 'wang' AND detail = 'password'");
    REQUIRE(unlocks.step());
    CHECK(unlocks.integer(0) == 1);

    const QByteArray head = auditChainHead(f.db);
    const QString backup = f.dir.path(QStringLiteral("b.xinanbak"));
    const BackupInfo info = createBackup(f.school, backup);
    CHECK(info.auditHead == QString::fromLatin1(head));
    CHECK(readBackupInfo(backup).auditHead == QString::fromLatin1(head));
    const AuditEntry logged = recentAudit(f.db, 1).first();
    CHECK(logged.action == QStringLiteral("backup"));
    CHECK(logged.detail.contains(backup));

    const QString target = f.dir.path(QStringLiteral("restored.xinan"));
    restoreBackup(backup, target, QString(), test::secret(f.recovery.toUtf8().constData()));
    SchoolFile restored = SchoolFile::unlockWithRecoveryKey(target, f.recovery, QStringLiteral("wang"));
    const QList<AuditEntry> last = recentAudit(restored.db(), 2);
    CHECK(last.at(0).action == QStringLiteral("unlock"));
    CHECK(last.at(0).detail == QStringLiteral("recovery key"));
    CHECK(last.at(1).action == QStringLiteral("restore"));
    CHECK(last.at(1).account == QStringLiteral("recovery-key"));
    CHECK(last.at(1).detail.contains(QString::fromLatin1(head)));
    CHECK(auditHoldsHead(restored.db(), head));
    CHECK(verifySchoolFile(restored).intact());
}

TEST_CASE("A database with a tampered audit trail still backs up and restores, and the copy still shows it", "[audit][backup]")
{
    Fixture f;
    const qint64 victim = f.count("SELECT min(id) FROM audit_log WHERE entity = 'student'");
    f.raw("DROP TRIGGER audit_log_no_delete");
    f.db.exec(QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(victim).toUtf8().constData());
    f.db.exec("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log\n"
              "  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END");
    const QString backup = f.dir.path(QStringLiteral("evidence.xinanbak"));
    createBackup(f.school, backup); // the evidence is kept, not refused
    const QString target = f.dir.path(QStringLiteral("restored.xinan"));
    restoreBackup(backup, target, QString(), test::secret(f.recovery.toUtf8().constData()));
    SchoolFile restored = SchoolFile::unlockWithRecoveryKey(target, f.recovery, QStringLiteral("wang"));
    const VerifyReport report = verifySchoolFile(restored);
    CHECK(report.tampered());
    CHECK(checkAuditChain(restored.db()).badId == victim + 1);
}
