#include "demodata.h"

#include "democontext.h"
#include "demorandom.h"

#include "../error.h"
#include "../platform/clock.h"
#include "../repo/crisisrepository.h"
#include "../repo/noterepository.h"
#include "../repo/riskrepository.h"
#include "../repo/studentrepository.h"
#include "demoactivities.h"
#include "demodaily.h"
#include "demogrid.h"
#include "demoleave.h"
#include "demolessons.h"
#include "demoplans.h"
#include "demoreferrals.h"
#include "demoscreening.h"
#include "demovisits.h"
#include "schoolfile.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace xinan {
namespace {

using Random = DemoRandom;

const char16_t *const Surnames[] = { u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"吴", u"罗", u"龙", u"石", u"潘", u"韦",
    u"蒙", u"田", u"熊", u"赵", u"周", u"徐", u"何", u"邓", u"杜", u"雷", u"欧阳" };
const char16_t *const GivenChars[] = { u"子", u"梓", u"浩", u"宇", u"欣", u"怡", u"俊", u"涵", u"雨", u"晨", u"思", u"佳", u"文",
    u"博", u"诗", u"静", u"明", u"轩", u"婷", u"鑫", u"阳", u"琳", u"瑶", u"凯", u"磊", u"芳", u"杰", u"慧", u"宁", u"桐", u"彤",
    u"睿", u"航", u"妍", u"语", u"铭" };
struct Weighted
{
    const char16_t *name;
    int weight;
};
const Weighted Ethnicities[] = { { u"汉族", 45 }, { u"苗族", 20 }, { u"布依族", 10 }, { u"侗族", 8 }, { u"土家族", 5 },
    { u"彝族", 4 }, { u"仡佬族", 3 }, { u"水族", 2 }, { u"回族", 2 }, { u"白族", 1 } };
struct Place
{
    const char16_t *city;
    const char16_t *county;
};
const Place Places[] = { { u"黔东南州", u"雷山县" }, { u"黔南州", u"三都水族自治县" }, { u"毕节市", u"威宁彝族回族苗族自治县" },
    { u"铜仁市", u"沿河土家族自治县" }, { u"安顺市", u"紫云苗族布依族自治县" }, { u"遵义市", u"务川仡佬族苗族自治县" } };

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

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
void addDemoNotes(DemoContext &ctx)
{
    Random r = ctx.random(31, 5);
    NoteRepository notes(ctx.db, ctx.user);
    const QList<Student> &students = ctx.students;
    const QDate today = ctx.today;
    int written = 0;
    for (qsizetype i = 0; i < students.size() && written < 200; i += 10) {
        const int count = 1 + r.below(2);
        for (int n = 0; n < count; ++n, ++written)
            notes.add(students.at(i).id, today.addDays(-r.below(60)), s(r.pick(NoteTexts)));
    }
}

// Synthetic reasons for changes of risk level, by what led to them.
const char16_t *const ScreeningYellow[] = {
    u"心理筛查 PHQ-9 总分 12（中度），第9题 0 分，建议面谈复评。",
    u"心理筛查 GAD-7 总分 11（中度焦虑），自述近期入睡困难。",
    u"心理筛查 PHQ-9 总分 11（中度），学习压力大，第9题 0 分。",
};
const char16_t *const TeacherYellow[] = {
    u"班主任反映近两周情绪低落，课间常独处，与同学交往减少。",
    u"班主任反映父母外出务工后常在宿舍哭泣，成绩明显下滑。",
    u"班主任反映与同学发生冲突后不愿进教室。",
};
const char16_t *const ParentYellow[] = {
    u"家长来电反映孩子周末在家沉迷手机、拒绝交流。",
    u"祖母反映孩子近来食欲差、常说“活着没意思”，面谈未发现具体计划。",
};
const char16_t *const SessionOrange[] = {
    u"面谈评估：持续情绪低落一月余，睡眠差，有无望感，无自伤计划；列为重点关注，制定一人一策。",
    u"面谈：遭受同伴排挤，自述“不想上学”，无自伤计划；列为重点关注，已告知班主任。",
    u"面谈：父母离异后情绪波动大，偶有自伤念头但无行为；列为重点关注，约定每周面谈。",
};
const char16_t *const TeacherOrange[] = {
    u"班主任发现手臂有划痕，面谈确认曾有自伤行为，目前无计划；列为重点关注并通知监护人。",
    u"班主任反映连续一周拒绝进食、上课趴桌，面谈后列为重点关注。",
};
const char16_t *const ScreeningOrange[] = {
    u"心理筛查 PHQ-9 总分 19（中重度），第9题 1 分；当周面谈前先列为重点关注。",
};
const char16_t *const RedReasons[] = {
    u"心理筛查 PHQ-9 第9题 3 分（几乎每天有自杀念头），当日面谈确认有计划，启动危机干预并通知监护人。",
    u"宿舍同学报告其写下遗书，已启动危机干预，当日通知监护人和校长，转介州人民医院精神科。",
    u"医院诊断为抑郁发作，出院返校后按危机级别随访。",
};
const char16_t *const ReviewToYellow[] = {
    u"复评：面谈三次后情况明显好转，睡眠恢复，降为一般关注，下次筛查复查。",
    u"复评：一人一策执行两个月，情绪稳定，家长反馈良好，降为一般关注。",
};
const char16_t *const ReviewToGreen[] = {
    u"复评：近一个月情绪稳定，班主任反馈良好，恢复常规。",
    u"复评：面谈后确认为考试前短期紧张，已缓解，恢复常规。",
};

// A day and time `daysAgo` days before today, during the school day, in UTC.
QDateTime demoTime(const QDate &today, Random &r, int daysAgo)
{
    return QDateTime(today.addDays(-daysAgo), QTime(8 + r.below(9), r.below(60))).toUTC();
}

// Risk levels of a realistic handful of enrolled students (at most about 8,000 students'
// worth, each change being its own transaction): about 0.5 % red (at least one), 1.5 % orange
// (at least three) and 5 % yellow, plus 1 % who were yellow and are back to green after a
// review. Each has a plausible history: screenings and teachers raise, sessions confirm,
// reviews lower; screening never lowers.
void addDemoRiskLevels(DemoContext &ctx)
{
    Random r = ctx.random(131, 11);
    const QList<Student> &students = ctx.students;
    const auto when = [&ctx](Random &random, int daysAgo) { return demoTime(ctx.today, random, daysAgo); };
    // Screening and these histories concern 小学高年级 and up (grade 4 on); a demo without such
    // grades uses every enrolled student.
    QList<qint64> enrolled;
    for (const Student &st : students)
        if (st.status == StudentStatus::Enrolled && st.grade >= 4)
            enrolled.append(st.id);
    if (enrolled.isEmpty())
        for (const Student &st : students)
            if (st.status == StudentStatus::Enrolled)
                enrolled.append(st.id);
    if (enrolled.isEmpty())
        return;
    const int n = std::min(static_cast<int>(enrolled.size()), 8000);
    // Fisher-Yates, stopping once enough students are drawn.
    const int red = std::max(1, (n + 100) / 200); // rounded to the nearest student
    const int orange = std::max(3, (n * 3 + 100) / 200);
    const int yellow = (n + 10) / 20;
    const int resolved = (n + 50) / 100;
    const int wanted = std::min(static_cast<int>(enrolled.size()), red + orange + yellow + resolved);
    for (int i = 0; i < wanted; ++i)
        enrolled.swapItemsAt(i, i + r.below(static_cast<int>(enrolled.size()) - i));
    RiskRepository risk(ctx.db, ctx.user);
    for (int i = 0; i < wanted; ++i) {
        const qint64 id = enrolled.at(i);
        const int early = 40 + r.below(80); // days ago of the first change
        const int late = 1 + r.below(30); // days ago of the latest change
        if (i < red) {
            risk.change(id, RiskLevel::Orange, RiskSource::Session, s(r.pick(SessionOrange)), when(r, early));
            // Every demo has at least one crisis: the first red student's came from one (the draw is
            // still made, so the rest of the school stays the same for a seed).
            const int drawn = r.below(3);
            const int k = i == 0 ? 1 : drawn;
            const RiskSource source = k == 0 ? RiskSource::Screening : (k == 1 ? RiskSource::Crisis : RiskSource::Hospital);
            risk.change(id, RiskLevel::Red, source, s(RedReasons[k]), when(r, late));
        } else if (i < red + orange) {
            if (r.chance(50)) {
                risk.change(id, RiskLevel::Yellow, RiskSource::Screening, s(r.pick(ScreeningYellow)), when(r, early));
                risk.change(id, RiskLevel::Orange, RiskSource::Session, s(r.pick(SessionOrange)), when(r, late));
            } else if (r.chance(70)) {
                risk.change(id, RiskLevel::Orange, RiskSource::TeacherReport, s(r.pick(TeacherOrange)), when(r, late));
            } else {
                risk.change(id, RiskLevel::Orange, RiskSource::Screening, s(r.pick(ScreeningOrange)), when(r, late));
            }
        } else if (i < red + orange + yellow) {
            const int k = r.below(10);
            if (k < 5) {
                risk.change(id, RiskLevel::Yellow, RiskSource::Screening, s(r.pick(ScreeningYellow)), when(r, late));
            } else if (k < 8) {
                risk.change(id, RiskLevel::Yellow, RiskSource::TeacherReport, s(r.pick(TeacherYellow)), when(r, late));
            } else if (k < 9) {
                risk.change(id, RiskLevel::Yellow, RiskSource::Parent, s(r.pick(ParentYellow)), when(r, late));
            } else {
                risk.change(id, RiskLevel::Orange, RiskSource::Session, s(r.pick(SessionOrange)), when(r, early));
                risk.change(id, RiskLevel::Yellow, RiskSource::Review, s(r.pick(ReviewToYellow)), when(r, late));
            }
        } else {
            risk.change(id, RiskLevel::Yellow, RiskSource::Screening, s(r.pick(ScreeningYellow)), when(r, early));
            risk.change(id, RiskLevel::Green, RiskSource::Review, s(r.pick(ReviewToGreen)), when(r, late));
        }
    }
}

// Synthetic crisis events (危机事件) for the demo's students set red by a crisis: what happened,
// and the steps a school's response plan asks for.
const char16_t *const CrisisHappened[] = {
    u"宿舍同学报告其写下遗书，班主任在宿舍找到该生，情绪激动，手臂有新鲜划痕。",
    u"课间在教学楼顶层走廊徘徊并表示“不想活了”，值周老师发现后带至心理辅导室。",
    u"晚自习后未回宿舍，班主任与保安在操场找到，自述已计划自杀。",
};
const char16_t *const CrisisFollowUps[] = {
    u"电话回访家长：在家休息，情绪较平稳，按时服药。",
    u"返校面谈：睡眠改善，愿意每周来辅导室；已告知班主任关注要点。",
    u"与医院医生沟通复学评估意见：可返校，需继续门诊随访。",
};
const char16_t *const CrisisClosures[] = {
    u"已转介州人民医院精神科，门诊治疗中；家长陪护，复学评估通过后返校。纳入重点关注，制定一人一策，每周随访。",
    u"住院治疗两周后出院，复学评估通过；已制定一人一策，班主任与家长每周沟通，危机解除。",
};

// One event per student whose current red level came from a crisis: the most recent one is still
// open with its first steps done, the others are closed with every notification and tick.
void addDemoCrisis(DemoContext &ctx)
{
    Random r = ctx.random(173, 29);
    RiskRepository risk(ctx.db, ctx.user);
    CrisisRepository crisis(ctx.db, ctx.user);
    QList<QPair<QDateTime, qint64>> red; // when set red, student
    for (const RiskStudent &st : risk.listAt(RiskLevel::Red)) {
        const QList<RiskChange> history = risk.history(st.id);
        if (!history.isEmpty() && history.first().source == RiskSource::Crisis)
            red.append({ history.first().at, st.id });
    }
    std::sort(red.begin(), red.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    const QDateTime now = ctx.nowUtc();
    for (qsizetype i = 0; i < red.size(); ++i) {
        const QDateTime happened = red.at(i).first.addSecs(-60 * (20 + r.below(40)));
        const qint64 event = crisis.open(red.at(i).second, happened, s(r.pick(CrisisHappened)));
        const qint64 span = happened.secsTo(now); // at least most of a day
        const auto at = [&](qint64 secs) { return happened.addSecs(std::min(secs, span - 60)); };
        crisis.addStep(
            event, at(5 * 60), CrisisStepKind::Action, CrisisParty::None, s(u"心理教师全程陪同，移除危险物品，不让学生独处。"));
        crisis.addStep(event, at(10 * 60), CrisisStepKind::Notify, CrisisParty::Head, s(u"电话报告分管副校长，副校长到场。"));
        crisis.addStep(
            event, at(25 * 60), CrisisStepKind::Notify, CrisisParty::Guardian, s(u"电话通知母亲，说明情况，母亲当天到校。"));
        crisis.setChecked(event, 1, true);
        crisis.setChecked(event, 2, true);
        crisis.setChecked(event, 3, true);
        if (i == 0)
            continue; // the newest stays open
        crisis.addStep(event, at(30 * 60), CrisisStepKind::Notify, CrisisParty::ClassTeacher, s(u"告知班主任，安排同学陪伴。"));
        crisis.addStep(
            event, at(3 * 3600), CrisisStepKind::Action, CrisisParty::Hospital, s(u"家长与心理教师陪同到州人民医院精神科就诊。"));
        crisis.addStep(event, at(std::min<qint64>(86400, span / 2)), CrisisStepKind::FollowUp, CrisisParty::None,
            s(r.pick(CrisisFollowUps)));
        const CrisisEventDetail detail = crisis.detail(event);
        for (const CrisisChecklistItem &item : detail.checklist)
            if (!item.done())
                crisis.setChecked(event, item.position, true);
        crisis.close(event, s(r.pick(CrisisClosures)), at(std::min<qint64>(7 * 86400, span * 3 / 4)));
    }
}

// The students, stored; later steps read them from the context.
void addDemoStudents(DemoContext &ctx)
{
    StudentRepository students(ctx.db, ctx.user);
    students.addAll(demoStudents({ ctx.studentCount, ctx.seed }, ctx.today));
    ctx.students = students.list();
}

} // namespace

const std::vector<DemoStep> &demoSteps()
{
    static const std::vector<DemoStep> steps {
        { "students", addDemoStudents }, // the school's students and guardians
        { "notes", addDemoNotes }, // dated notes on some students' timelines
        { "risk", addDemoRiskLevels }, // risk levels with their histories
        { "screening", addDemoScreening }, // a PHQ-9 drive, its results and interviews (demoscreening.cpp)
        { "grid", addDemoGrid }, // the class grid (demogrid.cpp)
        { "plans", addDemoPlans }, // 一人一策 and the weekly review (demoplans.cpp)
        { "crisis", addDemoCrisis }, // crisis events of the students set red by one
        { "daily", addDemoDaily }, // rooms, staff, duty roster, appointments, records, feedback, a group (demodaily.cpp)
        { "referrals", addDemoReferrals }, // partner hospitals, open and closed referrals (demoreferrals.cpp)
        { "visits", addDemoVisits }, // a term of home visits in the duty roster's terms, key students monthly (demovisits.cpp)
        { "lessons", addDemoLessons }, // the term's psychology lessons so far, a few classes behind (demolessons.cpp)
        { "leave", addDemoLeave }, // status events, a student on leave, two returns with follow-ups (demoleave.cpp)
        { "activities", addDemoActivities }, // two school years of activities with a 5·25 month, rooms' area (demoactivities.cpp)
    };
    return steps;
}

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
    return demoStudents(options, clock::today());
}

QList<Student> demoStudents(const DemoOptions &options, const QDate &today)
{
    Random r(options.seed * 7919 + 17);
    QList<Student> out;
    out.reserve(options.students);
    const int schoolYear = today.month() >= 9 ? today.year() : today.year() - 1;
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
        if (r.chance(32))
            flags |= LeftBehind;
        if (r.chance(8))
            flags |= SingleParent;
        if (r.chance(1))
            flags |= Orphan;
        if (r.chance(5))
            flags |= Migrant;
        if (r.chance(2))
            flags |= Disability;
        if (r.chance(12))
            flags |= FinancialHardship;
        st.specialFlags = flags;
        st.status
            = r.chance(97) ? StudentStatus::Enrolled : (r.chance(50) ? StudentStatus::TransferredOut : StudentStatus::Suspended);
        const QString phone = QStringLiteral("100") + QStringLiteral("%1").arg(r.below(100000000), 8, 10, QLatin1Char('0'));
        if (flags & Orphan) {
            st.guardians.append({ surname + s(r.pick(GivenChars)) + s(r.pick(GivenChars)), s(u"叔叔"), phone });
        } else if (flags & LeftBehind) {
            st.guardians.append(
                { surname + s(r.pick(GivenChars)) + s(r.pick(GivenChars)), r.chance(60) ? s(u"祖母") : s(u"祖父"), phone });
            st.guardians.append({ surname + s(r.pick(GivenChars)) + s(r.pick(GivenChars)), s(u"父亲"),
                QStringLiteral("100") + QStringLiteral("%1").arg(r.below(100000000), 8, 10, QLatin1Char('0')) });
        } else {
            st.guardians.append(
                { surname + s(r.pick(GivenChars)) + s(r.pick(GivenChars)), r.chance(50) ? s(u"父亲") : s(u"母亲"), phone });
        }
        out.append(st);
    }
    return out;
}

QString createDemoDatabase(const QString &path, const QString &user, const SecretBytes &password, const DemoOptions &options)
{
    if (options.students < 0 || options.students > 200000)
        throw Error(ErrorKind::Usage,
            QCoreApplication::translate("DemoData", "The number of demo students must be between 0 and 200000."));
    // The one reading of the clock: every step works from this reference time.
    const QDateTime now = clock::now();
    const QString recovery = SchoolFile::create(path, demoSchool(options), user, password);
    try {
        SchoolFile school = SchoolFile::unlockWithRecoveryKey(path, recovery, user);
        DemoContext ctx { school.db(), user, options.seed, options.students, now, now.date(), {} };
        for (const DemoStep &step : demoSteps())
            step.run(ctx);
    } catch (...) {
        QFile::remove(path);
        QFile::remove(KeySlotFile::pathFor(path));
        throw;
    }
    return recovery;
}

} // namespace xinan
