// Names and free text with invisible characters (controls, direction overrides, zero-width
// joiners) are refused where they are typed (the repositories) and where they are imported (the
// roster's rows, with the row and the column).
#include "domain/text.h"
#include "error.h"
#include "repo/noterepository.h"
#include "repo/officerepository.h"
#include "repo/riskrepository.h"
#include "repo/studentrepository.h"
#include "services/rosterimport.h"
#include "services/schoolfile.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace xinan;

namespace {

QString withChar(const QString &before, char32_t c, const QString &after)
{
    // BMP only (fromUcs4 would drop U+FEFF as a byte-order mark).
    return before + QChar(static_cast<char16_t>(c)) + after;
}

struct Fixture
{
    clock::testing::FixedClock fixedClock { test::testNow() };
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("s.xinan"));
    SchoolFile school = [this] {
        test::createSchool(path);
        return SchoolFile::unlockWithPassword(path, QStringLiteral("wang"), test::secret("correct horse 1"));
    }();
    StudentRepository repo { school.db(), QStringLiteral("wang") };

    Student student(const QString &name)
    {
        Student s;
        s.studentNo = QStringLiteral("G520000000001");
        s.name = name;
        s.grade = 7;
        s.className = QStringLiteral("1班");
        return s;
    }
};

} // namespace

TEST_CASE(
    "plainTextProblem names the field and the character, and lets line breaks into multi-line text only", "[hardening][text]")
{
    const QString field = QStringLiteral("The name");
    for (const char32_t c : { U'\x01', U'\x07', U'\t', U'\n', U'\r', U'\x1b', U'\x7f', U'\x85', U'\x9f', U'\u2028', U'\u2029',
             U'\u202a', U'\u202e', U'\u2066', U'\u2069', U'\u200b', U'\u200d', U'\u200e', U'\u2060', U'\ufeff' }) {
        const QString problem = plainTextProblem(field, withChar(QStringLiteral("张"), c, QStringLiteral("三")), false);
        INFO(static_cast<uint>(c));
        INFO(problem.toStdString());
        CHECK(problem.contains(field));
        CHECK(problem.contains(QStringLiteral("U+%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper()));
    }
    CHECK(plainTextProblem(field, QStringLiteral("欧阳晨"), false).isEmpty());
    CHECK(plainTextProblem(field, QStringLiteral("Anna-Lena O'Neil"), false).isEmpty());
    CHECK(plainTextProblem(field, QStringLiteral("阿依古丽·买买提"), false).isEmpty());

    // Multi-line free text: tabs, line breaks and emoji sequences (zero-width joiners) are fine.
    CHECK(plainTextProblem(field, QStringLiteral("第一行\n第二行\r\n\t缩进 👨‍👩‍👧"), true).isEmpty());
    for (const char32_t c : { U'\x00', U'\x07', U'\x1b', U'\x9b', U'\u2028', U'\u202e', U'\u2067' })
        CHECK(plainTextProblem(field, withChar(QStringLiteral("面谈"), c, QStringLiteral("记录")), true)
                  .contains(QStringLiteral("U+%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper()));
    CHECK(test::kindOf([] { checkPlainText(QStringLiteral("x"), QStringLiteral("a\u202Eb"), false); }) == ErrorKind::Rejected);
    CHECK_FALSE(test::kindOf([] { checkPlainText(QStringLiteral("x"), QStringLiteral("a\nb"), true); }));
}

TEST_CASE_METHOD(Fixture, "a name, class or guardian typed with an invisible character is refused", "[hardening][text]")
{
    const auto refused = [&](const Student &s, const char *character) {
        try {
            repo.add(s);
            FAIL("stored");
        } catch (const Error &e) {
            INFO(e.message().toStdString());
            CHECK(e.kind() == ErrorKind::Rejected);
            CHECK(e.message().contains(QString::fromUtf8(character)));
        }
    };
    refused(student(withChar(QStringLiteral("张"), U'\u202E', QStringLiteral("三"))), "U+202E");
    refused(student(withChar(QStringLiteral("张"), U'\u200D', QStringLiteral("三"))), "U+200D");
    refused(student(QStringLiteral("张\t三")), "U+0009");
    Student cls = student(QStringLiteral("张三"));
    cls.className = withChar(QStringLiteral("1"), U'\x07', QStringLiteral("班"));
    refused(cls, "U+0007");
    Student guardian = student(QStringLiteral("张三"));
    guardian.guardians = { { withChar(QStringLiteral("张"), U'\u2066', QStringLiteral("父")), QStringLiteral("父亲"),
        QStringLiteral("13800000000") } };
    refused(guardian, "U+2066");
    CHECK(repo.add(student(QStringLiteral("张三"))) > 0);
    Student renamed = repo.findByStudentNo(QStringLiteral("G520000000001")).value();
    renamed.name = withChar(QStringLiteral("张"), U'\u2029', QStringLiteral("三"));
    CHECK(test::kindOf([&] { repo.update(renamed); }) == ErrorKind::Rejected);
}

TEST_CASE_METHOD(Fixture, "a note with a control character is refused, its line breaks are kept", "[hardening][text]")
{
    const qint64 id = repo.add(student(QStringLiteral("张三")));
    NoteRepository notes(school.db(), QStringLiteral("wang"));
    try {
        notes.add(id, clock::today(), withChar(QStringLiteral("谈话"), U'\x1b', QStringLiteral("[2J")));
        FAIL("stored");
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::Rejected);
        CHECK(e.message().contains(QStringLiteral("U+001B")));
    }
    notes.add(id, clock::today(), QStringLiteral("第一次谈话\n\t情绪平稳"));
    REQUIRE(notes.list(id).size() == 1);
    CHECK(notes.list(id).first().body == QStringLiteral("第一次谈话\n\t情绪平稳"));
}

TEST_CASE_METHOD(
    Fixture, "a roster row with an invisible character is reported with its row and column", "[hardening][text][import]")
{
    QByteArray csv = "学籍号,姓名,年级,班级,民族,监护人姓名,监护人关系\n"
                     "G520000000001,张三,初一,1班,汉族,张父,父亲\n";
    csv += withChar(QStringLiteral("G520000000002,李"), U'\u202E', QStringLiteral("四,初一,1班,汉族,李父,父亲\n")).toUtf8();
    csv += withChar(QStringLiteral("G520000000003,王五,初一,1"), U'\x07', QStringLiteral("班,汉族,王父,父亲\n")).toUtf8();
    csv += withChar(QStringLiteral("G520000000004,赵六,初一,1班,汉族,赵父,父"), U'\x1f', QStringLiteral("亲\n")).toUtf8();
    csv += withChar(QStringLiteral("G520000000005,钱七,初一,1班,汉"), U'\u2066', QStringLiteral("族,钱父,父亲\n")).toUtf8();
    const RosterTable table = readRosterFromBytes(csv, QStringLiteral("csv"), QStringLiteral("名单.csv"));
    const ImportPlan plan = planRosterImport(school.db(), table, guessRosterMapping(table.headers));
    CHECK(plan.toAdd.size() == 1);
    REQUIRE(plan.problems.size() == 4);
    const auto expect = [&](int i, int row, const char *column, const char *character) {
        const RowProblem &p = plan.problems.at(i);
        INFO(p.reason.toStdString());
        CHECK(p.fileRow == row);
        CHECK(p.column == QString::fromUtf8(column));
        CHECK(p.reason.contains(QString::fromUtf8(character)));
    };
    expect(0, 3, "姓名", "U+202E");
    expect(1, 4, "班级", "U+0007");
    expect(2, 5, "监护人关系", "U+001F");
    expect(3, 6, "民族", "U+2066");
    CHECK(test::kindOf([&] { applyRosterImport(school.db(), QStringLiteral("wang"), plan, {}); }) == ErrorKind::Rejected);
}

TEST_CASE_METHOD(Fixture, "the other typed texts refuse invisible characters too", "[hardening][text]")
{
    const qint64 id = repo.add(student(QStringLiteral("张三")));
    // A multi-line reason: a control character is refused, a line break is not.
    RiskRepository risk(school.db(), QStringLiteral("wang"));
    CHECK(test::kindOf([&] {
        risk.change(id, RiskLevel::Yellow, RiskSource::TeacherReport, withChar(QStringLiteral("班主任反映"), U'\x08', QString()));
    }) == ErrorKind::Rejected);
    CHECK(risk.change(id, RiskLevel::Yellow, RiskSource::TeacherReport, QStringLiteral("班主任反映\n情绪低落")) > 0);
    // A one-line name: a direction override is refused.
    OfficeRepository office(school.db(), QStringLiteral("wang"));
    StaffMember member;
    member.name = withChar(QStringLiteral("李"), U'\u202E', QStringLiteral("老师"));
    try {
        office.addStaff(member);
        FAIL("stored");
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::Rejected);
        CHECK(e.message().contains(QStringLiteral("U+202E")));
    }
    member.name = QStringLiteral("李老师");
    CHECK(office.addStaff(member) > 0);
}
