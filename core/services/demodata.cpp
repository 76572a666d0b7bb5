#include "demodata.h"

#include "../error.h"
#include "../repo/noterepository.h"
#include "../repo/studentrepository.h"
#include "schoolfile.h"

#include <QCoreApplication>
#include <QFile>

namespace xinan {
namespace {

// splitmix64: tiny, portable and the same on every machine, so demo data is reproducible.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<quint64>(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T, std::size_t N>
    const T &pick(const T (&items)[N]) { return items[below(static_cast<int>(N))]; }

private:
    quint64 m_state;
};

const char16_t *const Surnames[] = {u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"吴", u"罗", u"龙", u"石", u"潘",
                                    u"韦", u"蒙", u"田", u"熊", u"赵", u"周", u"徐", u"何", u"邓", u"杜", u"雷", u"欧阳"};
const char16_t *const GivenChars[] = {u"子", u"梓", u"浩", u"宇", u"欣", u"怡", u"俊", u"涵", u"雨", u"晨", u"思", u"佳",
                                      u"文", u"博", u"诗", u"静", u"明", u"轩", u"婷", u"鑫", u"阳", u"琳", u"瑶", u"凯",
                                      u"磊", u"芳", u"杰", u"慧", u"宁", u"桐", u"彤", u"睿", u"航", u"妍", u"语", u"铭"};
struct Weighted { const char16_t *name; int weight; };
const Weighted Ethnicities[] = {{u"汉族", 45}, {u"苗族", 20}, {u"布依族", 10}, {u"侗族", 8}, {u"土家族", 5},
                                {u"彝族", 4}, {u"仡佬族", 3}, {u"水族", 2}, {u"回族", 2}, {u"白族", 1}};
struct Place { const char16_t *city; const char16_t *county; };
const Place Places[] = {{u"黔东南州", u"雷山县"}, {u"黔南州", u"三都水族自治县"}, {u"毕节市", u"威宁彝族回族苗族自治县"},
                        {u"铜仁市", u"沿河土家族自治县"}, {u"安顺市", u"紫云苗族布依族自治县"}, {u"遵义市", u"务川仡佬族苗族自治县"}};

QString s(const char16_t *text) { return QString::fromUtf16(text); }

QString ethnicity(Random &r)
{
    int roll = r.below(100);
    for (const auto &e : Ethnicities) {
        if (roll < e.weight)
            return s(e.name);
        roll -= e.weight;
    }
    return s(u"汉族");
}

const char16_t *const NoteTexts[] = {
    u"班主任反映近期上课注意力不集中，约定下周面谈。",
    u"家访：与祖母沟通孩子在校情况，家长配合度好。",
    u"主动来心理辅导室咨询学习压力问题，给予放松训练指导。",
    u"参加“情绪小管家”团体辅导活动，表现积极。",
    u"与在外务工的父亲电话沟通，约定每周视频通话一次。",
    u"期中考试后情绪低落，面谈后情况好转，继续关注。",
};

// A few dated notes on the timeline of every tenth student (at most 200), written by the demo
// account over the last two months.
void addDemoNotes(Database &db, const QString &user, const QList<Student> &students, quint64 seed)
{
    Random r(seed * 31 + 5);
    NoteRepository notes(db, user);
    const QDate today = QDate::currentDate();
    int written = 0;
    for (qsizetype i = 0; i < students.size() && written < 200; i += 10) {
        const int count = 1 + r.below(2);
        for (int n = 0; n < count; ++n, ++written)
            notes.add(students.at(i).id, today.addDays(-r.below(60)), s(r.pick(NoteTexts)));
    }
}

} // namespace

SchoolInfo demoSchool(const DemoOptions &options)
{
    Random r(options.seed);
    const Place &place = r.pick(Places);
    SchoolInfo info;
    info.name = s(place.county).left(2) + s(u"县心安实验学校（演示）");
    info.schoolType = s(u"九年一贯制");
    info.city = s(place.city);
    info.county = s(place.county);
    return info;
}

QList<Student> demoStudents(const DemoOptions &options)
{
    Random r(options.seed * 7919 + 17);
    QList<Student> out;
    out.reserve(options.students);
    const int schoolYear = QDate::currentDate().month() >= 9 ? QDate::currentDate().year() : QDate::currentDate().year() - 1;
    const int perGrade = std::max(1, (options.students + 8) / 9);
    for (int i = 0; i < options.students; ++i) {
        Student st;
        st.grade = std::min(9, i / perGrade + 1);
        const int indexInGrade = i % perGrade;
        st.className = QString::number(indexInGrade % std::max(1, (perGrade + 44) / 45) + 1) + s(u"班");
        const QString surname = s(r.pick(Surnames));
        st.name = surname + s(r.pick(GivenChars)) + (r.chance(70) ? s(r.pick(GivenChars)) : QString());
        st.gender = r.chance(51) ? Gender::Male : Gender::Female;
        const int birthYear = schoolYear - 6 - st.grade;
        st.birthDate = QDate(birthYear, 1, 1).addDays(r.below(365) + (r.chance(30) ? -r.below(200) : 0) + 243);
        st.studentNo = QStringLiteral("G52") + st.birthDate.toString(QStringLiteral("yyyyMMdd"))
                       + QStringLiteral("%1").arg(i + 1, 7, 10, QLatin1Char('0'));
        st.ethnicity = ethnicity(r);
        st.boarding = st.grade >= 7 ? r.chance(55) : r.chance(10);
        int flags = 0;
        if (r.chance(32)) flags |= LeftBehind;
        if (r.chance(8)) flags |= SingleParent;
        if (r.chance(1)) flags |= Orphan;
        if (r.chance(5)) flags |= Migrant;
        if (r.chance(2)) flags |= Disability;
        if (r.chance(12)) flags |= FinancialHardship;
        st.specialFlags = flags;
        st.status = r.chance(97) ? StudentStatus::Enrolled : (r.chance(50) ? StudentStatus::TransferredOut : StudentStatus::Suspended);
        const QString phone = QStringLiteral("100") + QStringLiteral("%1").arg(r.below(100000000), 8, 10, QLatin1Char('0'));
        if (flags & Orphan) {
            st.guardians.append({surname + s(r.pick(GivenChars)) + s(r.pick(GivenChars)), s(u"叔叔"), phone});
        } else if (flags & LeftBehind) {
            st.guardians.append({surname + s(r.pick(GivenChars)) + s(r.pick(GivenChars)), r.chance(60) ? s(u"祖母") : s(u"祖父"), phone});
            st.guardians.append({surname + s(r.pick(GivenChars)) + s(r.pick(GivenChars)), s(u"父亲"),
                                 QStringLiteral("100") + QStringLiteral("%1").arg(r.below(100000000), 8, 10, QLatin1Char('0'))});
        } else {
            st.guardians.append({surname + s(r.pick(GivenChars)) + s(r.pick(GivenChars)), r.chance(50) ? s(u"父亲") : s(u"母亲"), phone});
        }
        out.append(st);
    }
    return out;
}

QString createDemoDatabase(const QString &path, const QString &user, const SecretBytes &password, const DemoOptions &options)
{
    if (options.students < 0 || options.students > 200000)
        throw Error(ErrorKind::Usage, QCoreApplication::translate("DemoData", "The number of demo students must be between 0 and 200000."));
    const QString recovery = SchoolFile::create(path, demoSchool(options), user, password);
    try {
        SchoolFile school = SchoolFile::unlockWithRecoveryKey(path, recovery, user);
        StudentRepository students(school.db(), user);
        students.addAll(demoStudents(options));
        addDemoNotes(school.db(), user, students.list(), options.seed);
    } catch (...) {
        QFile::remove(path);
        QFile::remove(KeySlotFile::pathFor(path));
        throw;
    }
    return recovery;
}

} // namespace xinan
