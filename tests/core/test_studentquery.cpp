// The student list's reads: count, pages, filters, the orders and search by name, pinyin,
// pinyin initials and 学籍号, in SQL (StudentQuery) and in memory (StudentSearchIndex) alike.
#include "error.h"
#include "repo/settingsrepository.h"
#include "repo/studentquery.h"
#include "repo/studentrepository.h"
#include "services/demodata.h"
#include "services/schoolfile.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace xinan;

namespace {

Student student(const char *no, const QString &name, int grade, const QString &className, int flags = 0,
    StudentStatus status = StudentStatus::Enrolled, QDate birth = {})
{
    Student s;
    s.studentNo = QString::fromLatin1(no);
    s.name = name;
    s.grade = grade;
    s.className = className;
    s.specialFlags = flags;
    s.status = status;
    s.birthDate = birth;
    return s;
}

struct Fixture
{
    clock::testing::FixedClock fixedClock { test::testNow() }; // first, so that everything below sees it
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("q.xinan"));
    SchoolFile school = [this] {
        test::createSchool(path);
        return SchoolFile::unlockWithPassword(path, QString(), test::secret("correct horse 1"));
    }();
    StudentQuery query { school.db() };

    void addSample()
    {
        StudentRepository(school.db(), QStringLiteral("wang"))
            .addAll({ student("G000000000001", QStringLiteral("张三"), 7, QStringLiteral("1班"), LeftBehind,
                          StudentStatus::Enrolled, QDate(2013, 5, 1)),
                student("G000000000002", QStringLiteral("李四"), 7, QStringLiteral("10班")),
                student("G000000000003", QStringLiteral("王五"), 7, QStringLiteral("2班"), SingleParent | LeftBehind,
                    StudentStatus::Enrolled, QDate(2012, 1, 9)),
                student("G000000000004", QStringLiteral("赵六"), 8, QStringLiteral("1班"), 0, StudentStatus::Graduated),
                student(
                    "G000000000005", QStringLiteral("张珊珊"), 9, QStringLiteral("3班"), Orphan, StudentStatus::TransferredOut),
                student("X000000000006", QStringLiteral("周子轩"), 9, QStringLiteral("3班")) });
    }

    QStringList names(
        const StudentFilter &f, StudentSort sort = StudentSort::Grade, bool asc = true, int offset = 0, int limit = 100)
    {
        QStringList out;
        for (const StudentRow &r : query.page(f, sort, asc, offset, limit))
            out << r.name;
        return out;
    }
};

StudentFilter text(const char *t, StudentFilter::Scope scope = StudentFilter::Scope::Current)
{
    StudentFilter f;
    f.text = QString::fromUtf8(t);
    f.scope = scope;
    return f;
}

} // namespace

TEST_CASE_METHOD(Fixture, "the list shows current students by grade, class (2班 before 10班) and name", "[studentquery]")
{
    addSample();
    CHECK(query.count({}) == 4);
    CHECK(names({})
        == QStringList { QStringLiteral("张三"), QStringLiteral("王五"), QStringLiteral("李四"), QStringLiteral("周子轩") });
    CHECK(names({}, StudentSort::Grade, false)
        == QStringList { QStringLiteral("周子轩"), QStringLiteral("李四"), QStringLiteral("王五"), QStringLiteral("张三") });
}

TEST_CASE_METHOD(Fixture, "search finds name, full pinyin, pinyin initials and 学籍号, ignoring case", "[studentquery]")
{
    addSample();
    CHECK(names(text("zs")) == QStringList { QStringLiteral("张三") });
    CHECK(names(text("ZS", StudentFilter::Scope::All)) == QStringList { QStringLiteral("张三"), QStringLiteral("张珊珊") });
    CHECK(names(text("zhangsan")) == QStringList { QStringLiteral("张三") });
    CHECK(names(text("张")) == QStringList { QStringLiteral("张三") });
    CHECK(names(text("  Li ")) == QStringList { QStringLiteral("李四") });
    CHECK(names(text("x0000")) == QStringList { QStringLiteral("周子轩") });
    CHECK(names(text("000000000003")) == QStringList { QStringLiteral("王五") });
    CHECK(query.count(text("nobody")) == 0);
    // LIKE's wildcards are plain characters in the search box.
    CHECK(query.count(text("%")) == 0);
    CHECK(query.count(text("_")) == 0);
}

TEST_CASE_METHOD(Fixture, "grade, class, special circumstance and scope filters combine", "[studentquery]")
{
    addSample();
    StudentFilter f;
    f.grade = 7;
    CHECK(query.count(f) == 3);
    f.className = QStringLiteral("2班");
    CHECK(names(f) == QStringList { QStringLiteral("王五") });
    f = {};
    f.specialFlags = LeftBehind | Orphan; // any of
    CHECK(names(f) == QStringList { QStringLiteral("张三"), QStringLiteral("王五") });
    f.scope = StudentFilter::Scope::All;
    CHECK(query.count(f) == 3);
    f = {};
    f.scope = StudentFilter::Scope::Archived;
    CHECK(names(f) == QStringList { QStringLiteral("赵六"), QStringLiteral("张珊珊") });
    f.scope = StudentFilter::Scope::All;
    CHECK(query.count(f) == 6);
    CHECK(query.classNames()
        == QStringList { QStringLiteral("1班"), QStringLiteral("2班"), QStringLiteral("3班"), QStringLiteral("10班") });
    CHECK(query.classNames(7) == QStringList { QStringLiteral("1班"), QStringLiteral("2班"), QStringLiteral("10班") });
    CHECK(query.grades() == QList<int> { 7, 8, 9 });
}

TEST_CASE_METHOD(Fixture, "the orders: name by pinyin, 学籍号, birth date with unknown first", "[studentquery]")
{
    addSample();
    StudentFilter all;
    all.scope = StudentFilter::Scope::All;
    CHECK(names(all, StudentSort::Name)
        == QStringList { QStringLiteral("李四"), QStringLiteral("王五"), QStringLiteral("张三"), QStringLiteral("张珊珊"),
            QStringLiteral("赵六"), QStringLiteral("周子轩") });
    CHECK(names(all, StudentSort::StudentNo, false).first() == QStringLiteral("周子轩"));
    const QStringList byBirth = names(all, StudentSort::BirthDate);
    CHECK(byBirth.mid(4) == QStringList { QStringLiteral("王五"), QStringLiteral("张三") });
}

TEST_CASE_METHOD(Fixture, "pages do not overlap and rows come back by id in the asked order", "[studentquery]")
{
    addSample();
    StudentFilter all;
    all.scope = StudentFilter::Scope::All;
    const QStringList whole = names(all, StudentSort::Name);
    CHECK(names(all, StudentSort::Name, true, 0, 4) + names(all, StudentSort::Name, true, 4, 4) == whole);
    const QList<StudentRow> page = query.page(all, StudentSort::Name, true, 0, 2);
    const QList<StudentRow> rows = query.rows({ page.at(1).id, 999999, page.at(0).id });
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0).name == page.at(1).name);
    CHECK(rows.at(1).id == 0);
    CHECK(rows.at(2).studentNo == page.at(0).studentNo);
    CHECK(rows.at(2).grade == page.at(0).grade);
}

TEST_CASE_METHOD(Fixture, "the in-memory index gives exactly the rows and order of the SQL query", "[studentquery]")
{
    StudentRepository(school.db(), QStringLiteral("wang")).addAll(demoStudents({ 900, 7 }));
    StudentSearchIndex index = StudentSearchIndex::load(school.db());
    REQUIRE(index.size() == 900);
    const char *texts[] = { "", "z", "zh", "zha", "张", "g52", "lz", "1班", "ouyang" };
    for (const StudentFilter::Scope scope :
        { StudentFilter::Scope::Current, StudentFilter::Scope::Archived, StudentFilter::Scope::All })
        for (const StudentSort sort : { StudentSort::Grade, StudentSort::Name, StudentSort::StudentNo, StudentSort::BirthDate })
            for (const bool asc : { true, false })
                for (const int grade : { 0, 3 })
                    for (const char *t : texts) { // typed on one after the other: exercises narrowing
                        StudentFilter f = text(t, scope);
                        f.grade = grade;
                        f.specialFlags = grade == 3 ? LeftBehind : 0;
                        const std::vector<qint64> ids = index.match(f, sort, asc);
                        std::vector<qint64> expected;
                        for (const StudentRow &r : query.page(f, sort, asc, 0, 100000))
                            expected.push_back(r.id);
                        INFO("text " << t << " sort " << static_cast<int>(sort) << " asc " << asc << " grade " << grade);
                        REQUIRE(ids == expected);
                        REQUIRE(static_cast<int>(ids.size()) == query.count(f));
                    }
    StudentFilter f;
    f.className = QStringLiteral("no such class");
    CHECK(index.match(f, StudentSort::Grade, true).empty());
}

TEST_CASE("normalizedSearchText trims, lowers and drops the key separator", "[studentquery]")
{
    CHECK(normalizedSearchText(QStringLiteral("  ZhAng|San ")) == QStringLiteral("zhangsan"));
}

// The ID-card number rides on the student record (never on the list's rows).
TEST_CASE_METHOD(
    Fixture, "the ID-card number is stored only while the school allows it, and masked for display", "[studentquery][idcard]")
{
    CHECK(maskIdCard(QStringLiteral("520102201301011234")) == QStringLiteral("5201**********1234"));
    CHECK(maskIdCard(QStringLiteral("1234")) == QStringLiteral("****"));
    CHECK(isValidIdCard(QStringLiteral("11010519491231002X")));
    CHECK(isValidIdCard(QStringLiteral("11010519491231002x")));
    CHECK_FALSE(isValidIdCard(QStringLiteral("110105194912310021")));
    CHECK_FALSE(isValidIdCard(QStringLiteral("12345")));

    StudentRepository repo(school.db(), QStringLiteral("wang"));
    Student s = student("G000000000009", QStringLiteral("杨小雨"), 8, QStringLiteral("2班"));
    s.idCard = QStringLiteral("11010519491231002x");
    const qint64 off = repo.add(s);
    CHECK(repo.find(off).value().idCard.isEmpty()); // the setting is off by default: NULL

    SettingsRepository(school.db(), QStringLiteral("wang"))
        .setFlag(QString::fromLatin1(SettingsRepository::StoreIdCardKey), true);
    s.studentNo = QStringLiteral("G000000000010");
    const qint64 on = repo.add(s);
    CHECK(repo.find(on).value().idCard == QStringLiteral("11010519491231002X"));

    s.idCard = QStringLiteral("110105194912310021");
    CHECK(test::kindOf([&] { repo.add(s); }) == ErrorKind::Rejected);
    CHECK(validationProblems(s).join(u' ').contains(QStringLiteral("1101**********0021")));

    SettingsRepository(school.db(), QStringLiteral("wang"))
        .setFlag(QString::fromLatin1(SettingsRepository::StoreIdCardKey), false);
    Student stored = repo.find(on).value();
    stored.name = QStringLiteral("杨小雨二");
    repo.update(stored); // saving while the setting is off drops the number
    CHECK(repo.find(on).value().idCard.isEmpty());
}
