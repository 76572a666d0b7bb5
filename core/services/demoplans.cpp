#include "demoplans.h"

#include "democontext.h"
#include "demorandom.h"

#include "../repo/gridrepository.h"
#include "../repo/planrepository.h"
#include "../repo/reviewrepository.h"
#include "../repo/studentrepository.h"

#include <algorithm>

namespace xinan {
namespace {

using Random = DemoRandom;

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

const char16_t *const Situations[] = {
    u"父母均在外务工，由祖母照顾；近一月情绪低落、睡眠差，有无望感，无自伤计划。学习成绩明显下滑。",
    u"父母离异后随父亲生活，与继母关系紧张；情绪波动大，偶有自伤念头但无行为。",
    u"在班级中遭受同伴排挤，自述“不想上学”，上课常趴桌；家长对情况了解不多。",
    u"曾有手臂划伤行为，目前无计划；寄宿，周末回家与家人交流少。",
    u"经医院诊断为抑郁发作，出院返校；按医嘱服药，需关注服药情况与情绪变化。",
};
const char16_t *const Goals[] = {
    u"一个月内睡眠恢复到每晚 7 小时以上；能说出两种调节情绪的方法；每周至少与父母视频通话一次。",
    u"两周内建立稳定的每周面谈；减少独处时间，能与一至两名同学结伴活动；无自伤行为。",
    u"恢复正常上学，不缺课；能在感到难受时主动找老师或心理教师求助。",
    u"情绪稳定，按时服药；逐步恢复学习节奏，期末前跟上课程进度。",
};
const char16_t *const Measures[] = {
    u"心理教师每周二午休面谈一次（认知调整与放松训练）；班主任每天留意课堂与宿舍情况，发现异常当天告知心理教师；安排一名同学结对"
    u"陪伴；每两周电话联系家长一次。",
    u"每周面谈一次，教授情绪记录与呼吸放松；班主任调整座位，组织小组活动帮助融入；宿管老师夜间多巡查；与家长约定周末陪伴与沟通方"
    u"式。",
    u"班主任与相关学生分别谈话，制止排挤行为；心理教师每周面谈；任课教师适当降低作业要求；家访一次，与家长共同商定支持措施。",
    u"与家长确认服药与复诊安排；每周面谈并记录情绪变化；宿舍安排信任的同学同住；出现危险信号立即按危机预案处置并转介。",
};
const char16_t *const Contacts[] = {
    u"班主任每周五与心理教师沟通一次；家长有变化随时电话联系心理教师；紧急情况先打电话给班主任和分管副校长。",
    u"心理教师每周一向分管副校长汇报；班主任与家长每两周通话一次；夜间紧急情况由宿管老师联系值班领导。",
};
const char16_t *const ActionsStable[] = {
    u"周二面谈一次，情绪平稳，睡眠有所改善；班主任反馈课堂表现正常。",
    u"面谈一次，完成情绪记录表；与同学一起参加了社团活动。",
    u"班主任谈话一次，宿管反馈作息正常；与家长电话沟通，家长配合良好。",
};
const char16_t *const ActionsImproving[] = {
    u"面谈一次，自述心情好转，能主动与同学交流；本周未缺课。",
    u"面谈一次，睡眠恢复到每晚 7 小时；周末与父亲视频通话两次。",
};
const char16_t *const ActionsWorse[] = {
    u"期中考试后情绪低落，面谈两次；已电话告知家长，加强宿舍关注。",
    u"与同学发生冲突后不愿进教室，班主任与心理教师共同谈话，暂时安排在辅导室休息。",
};
const char16_t *const NextSteps[] = {
    u"继续每周面谈；下周五前完成一次家访。",
    u"保持结对陪伴；两周后复评风险等级。",
    u"提醒家长按时复诊；班主任继续每日观察。",
    u"下周与家长面谈，商定周末安排。",
};
const char16_t *const MeetingNotes[] = {
    u"逐一通报重点学生情况；要求班主任本周内完成家访，心理教师做好面谈记录。",
    u"通报本周重点学生动态；对情况加重的学生，安排分管副校长与家长面谈。",
    u"重点学生情况总体稳定；强调夜间宿舍巡查和危机信号的当日报告。",
};
const char16_t *const Teachers[] = { u"杨老师", u"吴老师", u"王老师", u"龙老师", u"潘老师", u"石老师" };

QDateTime demoAt(const QDate &day, int hour, const QDateTime &now)
{
    return std::min(QDateTime(day, QTime(hour, 0)).toUTC(), now.addSecs(-60));
}

} // namespace

void addDemoPlans(DemoContext &ctx)
{
    Database &db = ctx.db;
    const QString &user = ctx.user;
    Random r = ctx.random(997, 23);
    const QDateTime now = ctx.nowUtc();
    const QDate today = ctx.today;
    PlanRepository plans(db, user);
    ReviewRepository review(db, user);
    QList<KeyStudent> key = plans.keyStudents(today);
    if (key.isEmpty())
        return;
    // The orange student waiting longest goes without a plan (the overdue flag).
    qint64 withoutPlan = 0;
    QDate oldest;
    for (const KeyStudent &k : key)
        if (k.level == RiskLevel::Orange && k.since.isValid() && (!oldest.isValid() || k.since < oldest)) {
            oldest = k.since;
            withoutPlan = k.id;
        }
    StudentRepository students(db, user);
    GridRepository grid(db, user);
    const QDate thisWeek = weekStartOf(today);
    for (const KeyStudent &k : key) {
        if (k.id == withoutPlan)
            continue;
        const QDate since = k.since.isValid() ? k.since : today.addDays(-14);
        const QDate planDay = std::min(today, since.addDays(1 + r.below(5)));
        KeyPlan p;
        p.studentId = k.id;
        p.situation = s(r.pick(Situations));
        p.goals = s(r.pick(Goals));
        p.measures = s(r.pick(Measures));
        const QStringList teachers = grid.teachersOf(k.grade, k.className);
        p.classTeacher = teachers.isEmpty() ? s(r.pick(Teachers)) : teachers.first();
        p.counsellor = s(u"罗敏（专职心理教师）");
        if (const auto st = students.find(k.id); st && !st->guardians.isEmpty())
            p.parent = st->guardians.first().name + s(u"（") + st->guardians.first().relation + s(u"）");
        p.leader = s(u"田志刚（分管副校长）");
        p.contact = s(r.pick(Contacts));
        p.reviewDays = k.level == RiskLevel::Red ? 3 : 7;
        // Guardians of a red student are told the same day; some orange students' are not reached yet.
        if (k.level == RiskLevel::Orange && r.below(4) == 0) {
            p.parentInformed = false;
            p.parentNotInformedReason = s(u"监护人在外务工暂未联系上，已请班主任继续联系，先告知在家照顾的祖母。");
        } else {
            p.parentInformed = true;
            p.parentInformedOn = std::max(since, planDay.addDays(-1));
        }
        plans.save(p, demoAt(planDay, 16, now));

        // Weekly updates from the plan's week, for up to four weeks; this week's for about
        // two in three, so that the board shows what is still to do.
        for (QDate week = std::max(weekStartOf(planDay), thisWeek.addDays(-21)); week <= thisWeek; week = week.addDays(7)) {
            const QDate day = week.addDays(3);
            if (week == thisWeek && (day > today || r.below(3) == 0))
                continue;
            const int roll = r.below(10);
            const WeeklyStatus status
                = roll < 5 ? WeeklyStatus::Stable : (roll < 8 ? WeeklyStatus::Improving : WeeklyStatus::Worse);
            const QString actions = s(status == WeeklyStatus::Stable
                    ? r.pick(ActionsStable)
                    : (status == WeeklyStatus::Improving ? r.pick(ActionsImproving) : r.pick(ActionsWorse)));
            review.saveUpdate(k.id, week, status, actions, s(r.pick(NextSteps)), demoAt(std::max(day, planDay), 17, now));
        }
    }
    // A meeting record for each of the last weeks (this week's once Friday has come).
    for (QDate week = thisWeek.addDays(-21); week <= thisWeek; week = week.addDays(7)) {
        const QDate friday = week.addDays(4);
        if (friday > today)
            continue;
        review.saveMeeting({ week, friday, s(u"张建华（校长）"), s(r.pick(MeetingNotes)), QString(), QDateTime() }, today);
    }
}

} // namespace xinan
