// The role matrix (docs/roles.md) in the student-side repositories, cell by cell: students,
// the student list and its search, notes, risk levels and their reasons, plans and the class
// teacher's view of key students, the weekly review, the class grid, the school's accounts, the
// roster import and the timeline. Each role gets the same real SQLCipher database with students
// in two classes; allowed reads return the data, everything else is Error(Denied), a class
// teacher sees its one class and nothing of the other. And a sealed field is not in the row in
// clear, yet reads back with the counsellor key.
#include "testsupport.h"

#include "repo/gridrepository.h"
#include "repo/noterepository.h"
#include "repo/planrepository.h"
#include "repo/reviewrepository.h"
#include "repo/riskrepository.h"
#include "repo/schoolrepository.h"
#include "repo/searchkeys.h"
#include "repo/studentbatch.h"
#include "repo/studentquery.h"
#include "repo/studentrepository.h"
#include "services/rosterimport.h"
#include "services/schoolfile.h"
#include "services/timeline.h"
#include "store/access.h"
#include "store/database.h"

#include <catch2/catch.hpp>

using namespace xinan;
using namespace xinan::test;

namespace {

const QString Class1 = QStringLiteral("1班");
const QString Class2 = QStringLiteral("2班");
const QString Reason = QStringLiteral("手臂有划痕，自述想消失");
const QString NoteText = QStringLiteral("课间独自哭泣，同桌反映");
const QString Situation = QStringLiteral("父母离异，近一月失眠");
const QString Measures = QStringLiteral("班主任每日课间留意；每周五与家长通话");

bool denied(const std::function<void()> &f)
{
    return kindOf(f) == ErrorKind::Denied;
}

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0));
}

struct Fixture
{
    clock::testing::FixedClock fixedClock { testNow() }; // Monday 16 November 2026, 10:00
    TempDir dir;
    QString path = dir.path(QStringLiteral("roles.xinan"));
    SchoolFile school = [this] {
        createSchool(path);
        return SchoolFile::unlockWithPassword(path, QString(), secret("correct horse 1"));
    }();
    Database &db = school.db();
    const QString counsellor = QStringLiteral("wang");
    qint64 a1 = 0, a2 = 0, b1 = 0; // a1, a2 in grade 7 class 1 (a1 key), b1 in class 2 (key)
    qint64 noteA1 = 0, planA1 = 0, gridA = 0;
    QDate week = QDate(2026, 11, 16);

    Fixture()
    {
        db.setAccess(Access::system());
        StudentRepository students(db, counsellor);
        a1 = students.add(student("G520000000001", QStringLiteral("杨小雨"), Class1));
        a2 = students.add(student("G520000000002", QStringLiteral("吴明"), Class1));
        b1 = students.add(student("G520000000003", QStringLiteral("龙飞"), Class2));
        RiskRepository risk(db, counsellor);
        risk.change(a1, RiskLevel::Orange, RiskSource::Session, Reason, at(2, 9));
        risk.change(b1, RiskLevel::Red, RiskSource::TeacherReport, QStringLiteral("班主任反映不进食"), at(3, 9));
        noteA1 = NoteRepository(db, counsellor).add(a1, QDate(2026, 11, 10), NoteText);
        planA1 = PlanRepository(db, counsellor).save(plan(a1), at(5, 9));
        ReviewRepository(db, counsellor)
            .saveUpdate(a1, week, WeeklyStatus::Stable, QStringLiteral("面谈一次"), QString(), at(16, 8));
        GridMember m;
        m.grade = 7;
        m.className = Class1;
        m.teacher = QStringLiteral("杨老师");
        gridA = GridRepository(db, counsellor).save(m);
        Statement link(db, "UPDATE class_grid SET account = 'yang' WHERE id = ?");
        link.bind(1, gridA).run();
    }

    static Student student(const char *no, const QString &name, const QString &className)
    {
        Student s;
        s.studentNo = QString::fromLatin1(no);
        s.name = name;
        s.grade = 7;
        s.className = className;
        return s;
    }
    static KeyPlan plan(qint64 studentId)
    {
        KeyPlan p;
        p.studentId = studentId;
        p.situation = Situation;
        p.goals = QStringLiteral("一个月内睡眠恢复正常");
        p.measures = Measures;
        p.classTeacher = QStringLiteral("杨老师");
        p.counsellor = QStringLiteral("罗敏");
        p.contact = QStringLiteral("每周五电话沟通");
        p.parentInformed = true;
        p.parentInformedOn = QDate(2026, 11, 4);
        return p;
    }

    // The counsellor holds the counsellor key (the same one each time); the other roles do not.
    SecretBytes counsellorKey = SecretBytes::random(32);
    void as(AccountRole role, const QString &user, QSet<ClassRef> classes = {})
    {
        db.setAccess(Access::forAccount(user, role, std::move(classes),
            role == AccountRole::Counsellor ? SecretBytes::copyOf({ counsellorKey.chars(), counsellorKey.size() })
                                            : SecretBytes()));
    }
    void asCounsellor() { as(AccountRole::Counsellor, counsellor); }
    void asHead() { as(AccountRole::Head, QStringLiteral("tian")); }
    void asClassTeacher() { as(AccountRole::ClassTeacher, QStringLiteral("yang"), { ClassRef { 7, Class1 } }); }
    void asAdmin() { as(AccountRole::Admin, QStringLiteral("admin")); }

    int rowCount(const char *sql)
    {
        const auto saved = db.accessPtr();
        db.setAccess(Access::system());
        Statement st(db, sql);
        REQUIRE(st.step());
        const int n = st.integer(0);
        db.setAccess(saved);
        return n;
    }

    static RosterTable roster()
    {
        RosterTable t;
        t.format = QStringLiteral("csv");
        t.headers = { QStringLiteral("学籍号"), QStringLiteral("姓名"), QStringLiteral("年级"), QStringLiteral("班级") };
        t.rows = { { QStringLiteral("G520000000009"), QStringLiteral("陈晨"), QStringLiteral("7"), Class1 } };
        t.fileRows = { 2 };
        t.headerRow = 1;
        return t;
    }

    // Every read of student content: what a role with no student content at all (admin) is
    // denied, one by one.
    QList<std::pair<const char *, std::function<void()>>> studentReads()
    {
        return {
            { "find", [&] { StudentRepository(db, {}).find(a1); } },
            { "findByStudentNo", [&] { StudentRepository(db, {}).findByStudentNo(QStringLiteral("G520000000001")); } },
            { "idOf", [&] { StudentRepository(db, {}).idOf(QStringLiteral("G520000000001")); } },
            { "list", [&] { StudentRepository(db, {}).list(); } },
            { "counts", [&] { StudentRepository(db, {}).counts(); } },
            { "query count", [&] { StudentQuery(db).count({}); } },
            { "query page", [&] { StudentQuery(db).page({}, StudentSort::Grade, true, 0, 50); } },
            { "query classNames", [&] { StudentQuery(db).classNames(); } },
            { "query grades", [&] { StudentQuery(db).grades(); } },
            { "query rows", [&] { StudentQuery(db).rows({ a1 }); } },
            { "search index", [&] { StudentSearchIndex::load(db); } },
            { "batch loadAll", [&] { StudentBatch(db, {}).loadAll(); } },
            { "timeline", [&] { studentTimeline(db, a1); } },
            { "classKeyStudents", [&] { PlanRepository(db, {}).classKeyStudents(); } },
            { "classKeyStudent", [&] { PlanRepository(db, {}).classKeyStudent(a1); } },
        };
    }
    QList<std::pair<const char *, std::function<void()>>> counsellingReads()
    {
        return {
            { "notes list", [&] { NoteRepository(db, {}).list(a1); } },
            { "notes timeline", [&] { NoteRepository(db, {}).timelineEntries(a1); } },
        };
    }
    QList<std::pair<const char *, std::function<void()>>> levelAndPlanReads()
    {
        return {
            { "risk current", [&] { RiskRepository(db, {}).current(a1); } },
            { "risk history", [&] { RiskRepository(db, {}).history(a1); } },
            { "risk timeline", [&] { RiskRepository(db, {}).timelineEntries(a1); } },
            { "risk atOrAbove", [&] { RiskRepository(db, {}).atOrAbove(RiskLevel::Orange); } },
            { "risk listAt", [&] { RiskRepository(db, {}).listAt(RiskLevel::Red); } },
            { "plan current", [&] { PlanRepository(db, {}).current(a1); } },
            { "plan history", [&] { PlanRepository(db, {}).history(a1); } },
            { "plan events", [&] { PlanRepository(db, {}).events(a1); } },
            { "plan timeline", [&] { PlanRepository(db, {}).timelineEntries(a1); } },
            { "keyStudents", [&] { PlanRepository(db, {}).keyStudents(testToday()); } },
            { "missingPlans", [&] { PlanRepository(db, {}).missingPlans(testToday()); } },
            { "board", [&] { ReviewRepository(db, {}).board(week, testToday()); } },
            { "updatesOf", [&] { ReviewRepository(db, {}).updatesOf(a1); } },
            { "meeting", [&] { ReviewRepository(db, {}).meeting(week); } },
            { "review timeline", [&] { ReviewRepository(db, {}).timelineEntries(a1); } },
        };
    }
    // Every write of student content, each of which a head (except the weekly board), a class
    // teacher and an admin are denied.
    QList<std::pair<const char *, std::function<void()>>> studentWrites()
    {
        return {
            { "student add", [&] { StudentRepository(db, {}).add(student("G520000000008", QStringLiteral("新生"), Class1)); } },
            { "student addAll",
                [&] { StudentRepository(db, {}).addAll({ student("G520000000007", QStringLiteral("新生"), Class1) }); } },
            { "student update",
                [&] {
                    Student s = student("G520000000002", QStringLiteral("吴明明"), Class1);
                    s.id = a2;
                    StudentRepository(db, {}).update(s);
                } },
            { "student remove", [&] { StudentRepository(db, {}).remove(a2); } },
            { "batch insert",
                [&] {
                    Transaction tx(db);
                    StudentBatch(db, {}).insert(student("G520000000006", QStringLiteral("新生"), Class1));
                } },
            { "roster plan", [&] { planRosterImport(db, roster(), guessRosterMapping(roster().headers)); } },
            { "roster apply",
                [&] {
                    ImportPlan p;
                    p.toAdd = { student("G520000000005", QStringLiteral("新生"), Class1) };
                    applyRosterImport(db, QStringLiteral("x"), p, {});
                } },
            { "search keys", [&] { refreshStudentSearchKeys(db); } },
            { "note add", [&] { NoteRepository(db, {}).add(a1, QDate(2026, 11, 12), QStringLiteral("新的记录")); } },
            { "note remove", [&] { NoteRepository(db, {}).remove(noteA1); } },
            { "risk change",
                [&] { RiskRepository(db, {}).change(a1, RiskLevel::Yellow, RiskSource::Parent, QStringLiteral("家长来电")); } },
            { "plan save", [&] { PlanRepository(db, {}).save(plan(b1), at(16, 9)); } },
            { "plan close", [&] { PlanRepository(db, {}).close(a1, QStringLiteral("降为黄色"), at(16, 9)); } },
        };
    }
    QList<std::pair<const char *, std::function<void()>>> boardWrites()
    {
        return {
            { "saveUpdate",
                [&] {
                    ReviewRepository(db, {}).saveUpdate(
                        b1, week, WeeklyStatus::Worse, QStringLiteral("家访"), QString(), at(16, 9));
                } },
            { "saveMeeting",
                [&] {
                    WeeklyMeeting m;
                    m.weekStart = week;
                    m.chairedBy = QStringLiteral("田校长");
                    ReviewRepository(db, {}).saveMeeting(m, testToday());
                } },
        };
    }
    QList<std::pair<const char *, std::function<void()>>> gridReads()
    {
        return {
            { "grid members", [&] { GridRepository(db, {}).members(); } },
            { "grid teachersOf", [&] { GridRepository(db, {}).teachersOf(7, Class1); } },
            { "grid classes", [&] { GridRepository(db, {}).classes(); } },
            { "grid classesOfAccount", [&] { GridRepository(db, {}).classesOfAccount(QStringLiteral("yang")); } },
        };
    }
    QList<std::pair<const char *, std::function<void()>>> gridWrites()
    {
        return {
            { "grid save",
                [&] {
                    GridMember m;
                    m.grade = 7;
                    m.className = Class2;
                    m.teacher = QStringLiteral("龙老师");
                    GridRepository(db, {}).save(m);
                } },
            { "grid remove", [&] { GridRepository(db, {}).remove(gridA); } },
        };
    }
};

void requireAllDenied(const QList<std::pair<const char *, std::function<void()>>> &cells)
{
    for (const auto &[name, f] : cells) {
        INFO(name);
        CHECK(denied(f));
    }
}

void requireNoneDenied(const QList<std::pair<const char *, std::function<void()>>> &cells)
{
    for (const auto &[name, f] : cells) {
        INFO(name);
        CHECK_NOTHROW(f());
    }
}

QStringList names(const QList<Student> &students)
{
    QStringList out;
    for (const Student &s : students)
        out << s.name;
    return out;
}

} // namespace

TEST_CASE_METHOD(Fixture, "A counsellor reads and writes every student-side kind of data", "[roles]")
{
    asCounsellor();
    requireNoneDenied(studentReads());
    requireNoneDenied(counsellingReads());
    requireNoneDenied(levelAndPlanReads());
    requireNoneDenied(gridReads());
    CHECK(StudentRepository(db, {}).list().size() == 3);
    CHECK(StudentRepository(db, {}).counts().enrolled == 3);
    CHECK(StudentQuery(db).count({}) == 3);
    CHECK(NoteRepository(db, {}).list(a1).first().body == NoteText);
    CHECK(RiskRepository(db, {}).history(a1).first().reason == Reason);
    CHECK(RiskRepository(db, {}).atOrAbove(RiskLevel::Orange).size() == 2);
    CHECK(PlanRepository(db, {}).current(a1)->situation == Situation);
    const QList<ClassKeyStudent> marks = PlanRepository(db, {}).classKeyStudents();
    REQUIRE(marks.size() == 2);
    CHECK(marks.at(0).measures == Measures);
    CHECK(marks.at(1).planId == 0); // b1 has no plan yet
    // The timeline holds the note and the risk change with its reason.
    QStringList kinds;
    bool reasonShown = false;
    for (const TimelineEntry &e : studentTimeline(db, a1, counsellor)) {
        kinds << e.kind;
        reasonShown = reasonShown || e.body.contains(Reason);
    }
    CHECK(kinds.contains(QStringLiteral("note")));
    CHECK(kinds.contains(QStringLiteral("plan_created")));
    CHECK(kinds.contains(QStringLiteral("weekly_update")));
    CHECK(reasonShown);

    // Every write goes through (in an order where each still makes sense).
    requireNoneDenied(boardWrites());
    requireNoneDenied(gridWrites());
    requireNoneDenied(studentWrites());
    CHECK(rowCount("SELECT count(*) FROM students WHERE student_no = 'G520000000008'") == 1);
    CHECK(rowCount("SELECT count(*) FROM key_plans WHERE student_id = (SELECT id FROM students WHERE name = '龙飞')") == 1);
    // Accounts: a counsellor adds any account, a counsellor's included.
    CHECK(SchoolRepository(db, counsellor).addAccount(QStringLiteral("luo"), AccountRole::Counsellor));
}

TEST_CASE_METHOD(
    Fixture, "A head reads counts, levels without reasons, plans, the board and the grid, and writes only the board", "[roles]")
{
    asHead();
    // Allowed reads return the data.
    requireNoneDenied(studentReads());
    requireNoneDenied(levelAndPlanReads());
    requireNoneDenied(gridReads());
    CHECK(StudentRepository(db, {}).counts().enrolled == 3);
    CHECK(StudentRepository(db, {}).list().size() == 3);
    CHECK(RiskRepository(db, {}).current(b1) == RiskLevel::Red);
    // Levels and their history, without the reasons.
    const QList<RiskChange> history = RiskRepository(db, {}).history(a1);
    REQUIRE(history.size() == 1);
    CHECK(history.first().to == RiskLevel::Orange);
    CHECK(history.first().reason.isEmpty());
    const QList<RiskStudent> key = RiskRepository(db, {}).atOrAbove(RiskLevel::Orange);
    REQUIRE(key.size() == 2);
    CHECK(key.at(0).level == RiskLevel::Red);
    CHECK(key.at(0).lastReason.isEmpty());
    CHECK(key.at(1).lastReason.isEmpty());
    for (const TimelineEntry &e : RiskRepository(db, {}).timelineEntries(a1))
        CHECK_FALSE(e.body.contains(Reason));
    CHECK(PlanRepository(db, {}).keyStudents(testToday()).size() == 2);
    CHECK(PlanRepository(db, {}).current(a1)->measures == Measures);
    CHECK(ReviewRepository(db, {}).board(week, testToday()).rows.size() == 2);
    CHECK(GridRepository(db, {}).teachersOf(7, Class1) == QStringList { QStringLiteral("杨老师") });
    // Counselling content is not the head's: notes are denied, and missing from the timeline.
    requireAllDenied(counsellingReads());
    for (const TimelineEntry &e : studentTimeline(db, a1, QStringLiteral("tian"))) {
        CHECK(e.kind != QStringLiteral("note"));
        CHECK_FALSE(e.body.contains(Reason));
        CHECK_FALSE(e.body.contains(NoteText));
    }
    // The board (周调度) is the head's to write; nothing else is.
    requireNoneDenied(boardWrites());
    CHECK(ReviewRepository(db, {}).board(week, testToday()).updated == 2);
    CHECK(ReviewRepository(db, {}).meeting(week)->chairedBy == QStringLiteral("田校长"));
    requireAllDenied(studentWrites());
    requireAllDenied(gridWrites());
    CHECK(denied([&] { SchoolRepository(db, {}).addAccount(QStringLiteral("li"), AccountRole::ClassTeacher); }));
    // Nothing was written by the denied writes.
    CHECK(rowCount("SELECT count(*) FROM students") == 3);
    CHECK(rowCount("SELECT count(*) FROM student_notes") == 1);
    CHECK(rowCount("SELECT count(*) FROM risk_changes") == 2);
    CHECK(rowCount("SELECT count(*) FROM key_plans WHERE status = 'active'") == 1);
    CHECK(rowCount("SELECT count(*) FROM class_grid") == 1);
}

TEST_CASE_METHOD(
    Fixture, "A class teacher sees its class's basic files and key students with their measures, nothing else", "[roles]")
{
    asClassTeacher();
    // Lists, searches and counts hold its class only.
    CHECK(names(StudentRepository(db, {}).list()) == QStringList { QStringLiteral("吴明"), QStringLiteral("杨小雨") });
    CHECK(names(StudentBatch(db, {}).loadAll()).size() == 2);
    const StudentCounts counts = StudentRepository(db, {}).counts();
    CHECK(counts.total == 2);
    CHECK(counts.enrolled == 2);
    StudentQuery query(db);
    CHECK(query.count({}) == 2);
    StudentFilter other;
    other.className = Class2;
    CHECK(query.count(other) == 0);
    StudentFilter search;
    search.text = QStringLiteral("龙");
    CHECK(query.count(search) == 0);
    CHECK(query.page(search, StudentSort::Name, true, 0, 50).isEmpty());
    CHECK(query.page({}, StudentSort::Name, true, 0, 50).size() == 2);
    CHECK(query.classNames() == QStringList { Class1 });
    CHECK(query.grades() == QList<int> { 7 });
    StudentSearchIndex index = StudentSearchIndex::load(db);
    CHECK(index.size() == 2);
    CHECK(index.match(search, StudentSort::Name, true).empty());
    CHECK(index.match({}, StudentSort::Grade, true) == std::vector<qint64> { a2, a1 }); // 吴 (wu) before 杨 (yang)
    CHECK(query.rows({ a1, a2 }).size() == 2);
    // One student of its class: read; of the other class: denied.
    CHECK(StudentRepository(db, {}).find(a1)->name == QStringLiteral("杨小雨"));
    CHECK(StudentRepository(db, {}).idOf(QStringLiteral("G520000000002")) == a2);
    CHECK(denied([&] { StudentRepository(db, {}).find(b1); }));
    CHECK(denied([&] { StudentRepository(db, {}).findByStudentNo(QStringLiteral("G520000000003")); }));
    CHECK(denied([&] { StudentRepository(db, {}).idOf(QStringLiteral("G520000000003")); }));
    CHECK(denied([&] { StudentQuery(db).rows({ a1, b1 }); }));
    CHECK(denied([&] { studentTimeline(db, b1); }));
    CHECK_FALSE(StudentRepository(db, {}).find(999999).has_value());
    // Key students: the mark and the plan's measures, no level, no situation, no reason.
    const QList<ClassKeyStudent> marks = PlanRepository(db, {}).classKeyStudents();
    REQUIRE(marks.size() == 1);
    CHECK(marks.first().studentId == a1);
    CHECK(marks.first().measures == Measures);
    CHECK(marks.first().planId == planA1);
    CHECK(PlanRepository(db, {}).classKeyStudent(a1)->measures == Measures);
    CHECK_FALSE(PlanRepository(db, {}).classKeyStudent(a2).has_value()); // not a key student
    CHECK(denied([&] { PlanRepository(db, {}).classKeyStudent(b1); }));
    // Nothing confidential, no level and no plan: every such read is denied, and the timeline of
    // its own student is empty of them.
    requireAllDenied(counsellingReads());
    requireAllDenied(levelAndPlanReads());
    requireAllDenied(gridReads().mid(0, 3));
    CHECK(GridRepository(db, {}).classesOfAccount(QStringLiteral("yang")).size() == 1); // its own classes
    CHECK(denied([&] { GridRepository(db, {}).classesOfAccount(QStringLiteral("long")); }));
    for (const TimelineEntry &e : studentTimeline(db, a1, QStringLiteral("yang"))) {
        INFO(e.kind.toStdString());
        CHECK(e.kind == QStringLiteral("feedback"));
    }
    // No write at all.
    requireAllDenied(studentWrites());
    requireAllDenied(boardWrites());
    requireAllDenied(gridWrites());
    CHECK(denied([&] { SchoolRepository(db, {}).addAccount(QStringLiteral("li"), AccountRole::ClassTeacher); }));
    CHECK(rowCount("SELECT count(*) FROM students") == 3);
    CHECK(rowCount("SELECT count(*) FROM weekly_updates") == 1);
}

TEST_CASE_METHOD(Fixture, "A class teacher without a linked class sees no student", "[roles]")
{
    as(AccountRole::ClassTeacher, QStringLiteral("li"));
    CHECK(StudentRepository(db, {}).list().isEmpty());
    CHECK(StudentRepository(db, {}).counts().total == 0);
    CHECK(StudentQuery(db).count({}) == 0);
    CHECK(StudentSearchIndex::load(db).size() == 0);
    CHECK(PlanRepository(db, {}).classKeyStudents().isEmpty());
    CHECK(denied([&] { StudentRepository(db, {}).find(a1); }));
}

TEST_CASE_METHOD(Fixture, "An admin reads no student content at all and keeps the grid and the accounts", "[roles]")
{
    asAdmin();
    for (const auto &cells : { studentReads(), counsellingReads(), levelAndPlanReads(), studentWrites(), boardWrites() })
        requireAllDenied(cells);
    // The grid and accounts are the admin's.
    requireNoneDenied(gridReads());
    CHECK(GridRepository(db, {}).classes().size() == 2); // class sizes, no student
    requireNoneDenied(gridWrites());
    CHECK(SchoolRepository(db, {}).addAccount(QStringLiteral("li"), AccountRole::ClassTeacher));
    // An admin cannot make a counsellor (the role that holds the counsellor key).
    CHECK(denied([&] { SchoolRepository(db, {}).addAccount(QStringLiteral("luo"), AccountRole::Counsellor); }));
    CHECK(rowCount("SELECT count(*) FROM accounts WHERE username = 'luo'") == 0);
    // An existing account is left as it is, whoever asks (a password change passes here).
    CHECK_FALSE(SchoolRepository(db, {}).addAccount(counsellor, AccountRole::Counsellor));
    // Every role reads the school's row and the account names (the key file lists them anyway).
    CHECK_NOTHROW(SchoolRepository(db, {}).school());
    CHECK(SchoolRepository(db, {}).accounts().size() == 2);
}

TEST_CASE_METHOD(Fixture, "A denial names the account and what it may not do", "[roles]")
{
    asHead();
    try {
        NoteRepository(db, {}).list(a1);
        FAIL("no denial");
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::Denied);
        CHECK(e.message().contains(QStringLiteral("tian")));
    }
    asClassTeacher();
    try {
        StudentRepository(db, {}).find(b1);
        FAIL("no denial");
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::Denied);
        CHECK(e.message().contains(Class2));
    }
}

TEST_CASE_METHOD(Fixture, "Notes and risk reasons are sealed with the counsellor key, not in the row in clear", "[roles]")
{
    const QString secretNote = QStringLiteral("家访时发现父亲酗酒，学生说晚上不敢回家");
    const QString secretReason = QStringLiteral("在日记里写到不想活了");
    db.setAccess(Access::forAccount(counsellor, AccountRole::Counsellor, {}, SecretBytes::random(32)));
    const auto keyed = db.accessPtr();
    const qint64 note = NoteRepository(db, counsellor).add(a2, QDate(2026, 11, 12), secretNote);
    RiskRepository(db, counsellor).change(a2, RiskLevel::Orange, RiskSource::Parent, secretReason, at(16, 9));

    // The raw rows through another connection to the same file.
    {
        Database raw = Database::open(path, school.dataKey());
        REQUIRE(raw.access().isSystem());
        Statement n(raw, "SELECT typeof(body), body FROM student_notes WHERE id = ?");
        n.bind(1, note);
        REQUIRE(n.step());
        CHECK(n.text(0) == QStringLiteral("blob"));
        CHECK(isSealedField(n.blob(1)));
        CHECK_FALSE(n.blob(1).contains(secretNote.toUtf8()));
        CHECK_FALSE(n.blob(1).contains(secretNote.left(4).toUtf8()));
        Statement r(raw, "SELECT typeof(reason), reason FROM risk_changes WHERE student_id = ?");
        r.bind(1, a2);
        REQUIRE(r.step());
        CHECK(r.text(0) == QStringLiteral("blob"));
        CHECK_FALSE(r.blob(1).contains(secretReason.toUtf8()));
        // Nor anywhere in the database: no plaintext row keeps a copy (the audit names ids only).
        Statement any(raw, "SELECT count(*) FROM audit_log WHERE detail LIKE ? OR detail LIKE ?");
        any.bind(1, QStringLiteral("%") + secretNote.left(4) + u'%').bind(2, QStringLiteral("%") + secretReason.left(4) + u'%');
        REQUIRE(any.step());
        CHECK(any.integer(0) == 0);
        // Sealed to its row: the same blob under another student does not open.
        CHECK_THROWS_MATCHES(
            openField(keyed->counsellorKey(), "student_notes.body", a1, n.blob(1)), Error, HasKind(ErrorKind::Damaged));
    }
    // With the key: back as written, among the notes written in clear before.
    CHECK(NoteRepository(db, counsellor).list(a2).first().body == secretNote);
    CHECK(RiskRepository(db, counsellor).history(a2).first().reason == secretReason);
    bool listed = false;
    for (const RiskStudent &r : RiskRepository(db, counsellor).listAt(RiskLevel::Orange))
        listed = listed || (r.id == a2 && r.lastReason == secretReason);
    CHECK(listed);
    CHECK(NoteRepository(db, counsellor).list(a1).first().body == NoteText);
    bool inTimeline = false;
    for (const TimelineEntry &e : studentTimeline(db, a2, counsellor))
        inTimeline = inTimeline || e.body == secretNote;
    CHECK(inTimeline);
    // Another counsellor key (a rekeyed school, a forged key) does not open it.
    db.setAccess(Access::forAccount(counsellor, AccountRole::Counsellor, {}, SecretBytes::random(32)));
    CHECK_THROWS_MATCHES(NoteRepository(db, counsellor).list(a2), Error, HasKind(ErrorKind::Damaged));
    // A head (no key, no RiskReason) still reads the level history, without the reason.
    asHead();
    const QList<RiskChange> history = RiskRepository(db, {}).history(a2);
    REQUIRE(history.size() == 1);
    CHECK(history.first().to == RiskLevel::Orange);
    CHECK(history.first().reason.isEmpty());
    // A counsellor account without the key reads a sealed value as empty.
    db.setAccess(Access::forAccount(counsellor, AccountRole::Counsellor, {}, SecretBytes()));
    CHECK(NoteRepository(db, counsellor).list(a2).first().body.isEmpty());
}
