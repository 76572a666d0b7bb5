// Surname readings in the search key: a teacher finds 覃小梅 by qxm and 曾 by z, in the SQL list
// and the in-memory index alike, on a real school file; keys written under the old readings are
// corrected when the file is opened.
#include "domain/pinyin.h"
#include "repo/searchkeys.h"
#include "repo/studentquery.h"
#include "repo/studentrepository.h"
#include "services/schoolfile.h"
#include "store/database.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace xinan;

namespace {

struct Fixture
{
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("q.xinan"));
    std::optional<SchoolFile> school = [this] {
        test::createSchool(path);
        return SchoolFile::unlockWithPassword(path, QString(), test::secret("correct horse 1"));
    }();

    void add(const QStringList &names)
    {
        QList<Student> all;
        int n = 0;
        for (const QString &name : names) {
            Student s;
            s.studentNo = QStringLiteral("G52%1").arg(++n, 6, 10, QLatin1Char('0'));
            s.name = name;
            s.grade = 7;
            s.className = QStringLiteral("1班");
            all.append(s);
        }
        StudentRepository(school->db(), QStringLiteral("wang")).addAll(all);
    }
    // What the student list shows for a search (SQL), checked against the in-memory index.
    QStringList find(const char *text)
    {
        StudentFilter f;
        f.text = QString::fromUtf8(text);
        QStringList sql;
        for (const StudentRow &r : StudentQuery(school->db()).page(f, StudentSort::Name, true, 0, 100))
            sql << r.name;
        StudentSearchIndex index = StudentSearchIndex::load(school->db());
        CHECK(static_cast<int>(index.match(f, StudentSort::Name, true).size()) == sql.size());
        return sql;
    }
};

} // namespace

TEST_CASE("Surnames with special readings are read as surnames", "[pinyin][surnames]")
{
    const QList<std::pair<const char *, const char *>> expected { { "覃小梅", "qinxiaomei" }, { "曾小明", "zengxiaoming" },
        { "单雨桐", "shanyutong" }, { "解放", "xiefang" }, { "翟", "zhai" }, { "仇", "qiu" }, { "朴", "piao" },
        { "区伟", "ouwei" }, { "查理", "zhali" }, { "乐", "yue" }, { "缪", "miao" }, { "盖", "ge" }, { "尉迟恭", "yuchigong" },
        { "万俟", "moqi" }, { "澹台", "tantai" }, { "长孙", "zhangsun" }, { "令狐", "linghu" }, { "尉", "yu" }, { "种", "chong" },
        { "秘", "bi" }, { "繁", "po" }, { "员", "yun" }, { "召", "shao" }, { "隗", "wei" }, { "句", "gou" }, { "黑", "he" },
        { "折", "she" }, { "那", "na" }, { "任", "ren" }, { "沈", "shen" }, { "贾", "jia" }, { "华", "hua" }, { "阚", "kan" },
        { "燕", "yan" }, { "葛", "ge" }, { "欧阳梓涵", "ouyangzihan" }, { "张三", "zhangsan" }, { "吕小明", "luxiaoming" },
        { "张单", "zhangdan" } };
    for (const auto &[name, full] : expected) {
        INFO(name);
        CHECK(pinyinOf(QString::fromUtf8(name)).full == QString::fromLatin1(full));
    }
    CHECK(pinyinOf(QStringLiteral("覃小梅")).initials == QStringLiteral("qxm"));
    CHECK(pinyinOf(QStringLiteral("曾小明")).initials == QStringLiteral("zxm"));
    CHECK(pinyinOf(QStringLiteral("尉迟恭")).initials == QStringLiteral("ycg"));
}

TEST_CASE("The student search finds surnames by the initials a teacher types, and by the old readings",
    "[pinyin][surnames][studentquery]")
{
    Fixture f;
    f.add({ QStringLiteral("覃小梅"), QStringLiteral("曾小明"), QStringLiteral("谭晓"), QStringLiteral("单雨桐"),
        QStringLiteral("黑大山") });
    CHECK(f.find("qxm") == QStringList { QStringLiteral("覃小梅") });
    CHECK(f.find("qinxiaomei") == QStringList { QStringLiteral("覃小梅") });
    CHECK(f.find("zxm") == QStringList { QStringLiteral("曾小明") });
    CHECK(f.find("zengxiao") == QStringList { QStringLiteral("曾小明") });
    CHECK(f.find("syt") == QStringList { QStringLiteral("单雨桐") });
    CHECK(f.find("hds") == QStringList { QStringLiteral("黑大山") });
    // The readings of before stay findable: in Guizhou 覃 is often said tan, 黑 hei.
    CHECK(f.find("txm") == QStringList { QStringLiteral("覃小梅") });
    CHECK(f.find("heidashan") == QStringList { QStringLiteral("黑大山") });
    // Sorted by the surname's reading: qin, shan, tan, zeng (hei… first).
    CHECK(f.find("")
        == QStringList { QStringLiteral("黑大山"), QStringLiteral("覃小梅"), QStringLiteral("单雨桐"), QStringLiteral("谭晓"),
            QStringLiteral("曾小明") });
}

TEST_CASE("Search keys written under the old readings are recomputed when the file is opened", "[pinyin][surnames][studentquery]")
{
    Fixture f;
    f.add({ QStringLiteral("覃小梅"), QStringLiteral("张三") });
    // The file as an older XinAn left it: ICU's reading (tan) and no key version.
    f.school->db().exec("UPDATE students SET search_key = '覃小梅|tanxiaomei|txm|g52000001' WHERE name = '覃小梅'");
    f.school->db().exec("DELETE FROM settings WHERE key = 'students/search_key_version'");
    CHECK(f.find("qxm").isEmpty());
    f.school.reset();
    f.school = SchoolFile::unlockWithPassword(f.path, QString(), test::secret("correct horse 1"));
    CHECK(f.find("qxm") == QStringList { QStringLiteral("覃小梅") });
    CHECK(f.find("txm") == QStringList { QStringLiteral("覃小梅") });
    CHECK(refreshStudentSearchKeys(f.school->db()) == 0); // once per key version
}
