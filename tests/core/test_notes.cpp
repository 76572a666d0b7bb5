// Notes on the student's timeline: newest first, validated, each change audited in its own
// transaction, removed with the student.
#include "error.h"
#include "repo/audit.h"
#include "repo/noterepository.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"
#include "services/timeline.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace xinan;

namespace {

struct Fixture
{
    clock::testing::FixedClock fixedClock { test::testNow() }; // first, so that everything below sees it
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("n.xinan"));
    SchoolFile school = [this] {
        test::createSchool(path);
        return SchoolFile::unlockWithPassword(path, QString(), test::secret("correct horse 1"));
    }();
    qint64 studentId = [this] {
        Student s;
        s.studentNo = QStringLiteral("G520000000001");
        s.name = QStringLiteral("杨小雨");
        s.grade = 8;
        return StudentRepository(school.db(), QStringLiteral("wang")).add(s);
    }();
    NoteRepository notes { school.db(), QStringLiteral("wang") };
};

} // namespace

TEST_CASE_METHOD(Fixture, "notes are listed newest first with their author", "[notes]")
{
    const QDate today = clock::today();
    notes.add(studentId, today.addDays(-10), QStringLiteral("第一次谈话"));
    notes.add(studentId, today, QStringLiteral("  今天回访  "));
    notes.add(studentId, today.addDays(-3), QStringLiteral("家访"));
    const QList<StudentNote> list = notes.list(studentId);
    REQUIRE(list.size() == 3);
    CHECK(list.at(0).body == QStringLiteral("今天回访"));
    CHECK(list.at(0).happenedOn == today);
    CHECK(list.at(0).author == QStringLiteral("wang"));
    CHECK(list.at(1).body == QStringLiteral("家访"));
    CHECK(list.at(2).body == QStringLiteral("第一次谈话"));

    const QList<TimelineEntry> timeline = studentTimeline(school.db(), studentId);
    REQUIRE(timeline.size() == 3);
    CHECK(timeline.at(0).kind == QStringLiteral("note"));
    CHECK(timeline.at(0).date == today);
    CHECK(timeline.at(2).body == QStringLiteral("第一次谈话"));
    CHECK(timeline.at(2).author == QStringLiteral("wang"));
}

TEST_CASE_METHOD(Fixture, "a note without text, date, student or in the future is refused and nothing is written", "[notes]")
{
    const auto before = recentAudit(school.db(), 100).size();
    CHECK(test::kindOf([&] { notes.add(studentId, clock::today(), QStringLiteral("   ")); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { notes.add(studentId, QDate(), QStringLiteral("x")); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { notes.add(studentId, clock::today().addDays(1), QStringLiteral("x")); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { notes.add(studentId + 100, clock::today(), QStringLiteral("x")); }) == ErrorKind::Rejected);
    CHECK(test::kindOf([&] { notes.add(studentId, clock::today(), QString(NoteRepository::MaxNoteLength + 1, u'字')); })
        == ErrorKind::Rejected);
    CHECK(notes.list(studentId).isEmpty());
    CHECK(recentAudit(school.db(), 100).size() == before);
}

TEST_CASE_METHOD(Fixture, "adding and removing a note each write one audit entry without the text", "[notes]")
{
    const qint64 id = notes.add(studentId, clock::today(), QStringLiteral("保密内容"));
    auto audit = recentAudit(school.db(), 1);
    REQUIRE(audit.size() == 1);
    CHECK(audit.at(0).action == QStringLiteral("create"));
    CHECK(audit.at(0).entity == QStringLiteral("student_note"));
    CHECK(audit.at(0).entityId == id);
    CHECK_FALSE(audit.at(0).detail.contains(QStringLiteral("保密")));
    notes.remove(id);
    audit = recentAudit(school.db(), 1);
    CHECK(audit.at(0).action == QStringLiteral("delete"));
    CHECK(notes.list(studentId).isEmpty());
    CHECK(test::kindOf([&] { notes.remove(id); }) == ErrorKind::Rejected);
}

TEST_CASE_METHOD(Fixture, "a student's notes go with the student", "[notes]")
{
    notes.add(studentId, clock::today(), QStringLiteral("x"));
    StudentRepository(school.db(), QStringLiteral("wang")).remove(studentId);
    CHECK(notes.list(studentId).isEmpty());
}
