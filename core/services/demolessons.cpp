#include "demolessons.h"

#include "democontext.h"
#include "demorandom.h"

#include "../repo/lessonrepository.h"
#include "../repo/termcalendar.h"

#include <algorithm>

namespace xinan {
namespace {

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

const char16_t *const Topics[] = {
    u"认识我自己",
    u"情绪小怪兽：认识和表达情绪",
    u"学会倾听，做受欢迎的同学",
    u"我的时间我做主",
    u"面对考试焦虑",
    u"友谊的小船：同伴交往",
    u"挫折是成长的礼物",
    u"珍爱生命，积极生活",
    u"和父母好好说话",
    u"网络与我：合理使用手机",
    u"压力与放松训练",
    u"我的生涯初探",
};
const char16_t *const Teachers[] = { u"陈老师", u"刘老师", u"罗老师" };

} // namespace

void addDemoLessons(DemoContext &ctx)
{
    DemoRandom r = ctx.random(7919, 1103);
    LessonRepository lessons(ctx.db, ctx.user);
    const QDate today = ctx.today;
    const QDate yesterday = today.addDays(-1);
    const LessonTermPlan plan = lessons.termPlan(TermCalendar(ctx.db).termContaining(today).id);
    const int teaching = static_cast<int>(plan.weekStarts.size());
    const int elapsed = weeksElapsed(plan.weekStarts, today);
    const QList<ClassRef> classes = lessons.classes();
    for (qsizetype c = 0; c < classes.size(); ++c) {
        const ClassRef &cls = classes.at(c);
        const bool vocational = isVocationalGrade(cls.grade);
        const int periodsEach = vocational ? 2 : 1;
        const int due = lessonsRequiredToDate(cls.grade, teaching, elapsed);
        int count = (due + periodsEach - 1) / periodsEach;
        // A few classes behind (every seventh from the third, so the demo always shows some); some
        // a lesson ahead.
        if (due > 0 && c % 7 == 2)
            count = std::max(0, count - r.between(1, 2));
        else if (r.chance(20))
            ++count;
        const int weekday = r.between(1, 5);
        PsychLesson l;
        l.grade = cls.grade;
        l.className = cls.className;
        l.periods = periodsEach;
        l.teacher = s(r.pick(Teachers));
        int topic = r.below(static_cast<int>(std::size(Topics)));
        // One lesson in each pair of teaching weeks (its second week, else its first), in order.
        for (int i = 0; i < count; ++i) {
            QDate day;
            for (const qsizetype week : { qsizetype(2 * i + 1), qsizetype(2 * i) }) {
                if (week >= plan.weekStarts.size())
                    continue;
                for (int d = 0; d < 5 && !day.isValid(); ++d) {
                    const QDate candidate = plan.weekStarts.at(week).addDays((weekday - 1 + d) % 5);
                    if (plan.isSchoolDay(candidate) && candidate <= yesterday)
                        day = candidate;
                }
                if (day.isValid())
                    break;
            }
            if (!day.isValid())
                continue;
            l.givenOn = day;
            l.topic = s(Topics[topic++ % std::size(Topics)]);
            l.form = r.chance(85) ? LessonForm::Lesson : (r.chance(50) ? LessonForm::Activity : LessonForm::Group);
            lessons.record(l);
        }
    }
}

} // namespace xinan
