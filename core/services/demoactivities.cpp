#include "demoactivities.h"

#include "democontext.h"
#include "demorandom.h"

#include "../repo/activityrepository.h"
#include "../repo/officerepository.h"
#include "../store/database.h"

namespace xinan {
namespace {

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

struct Planned
{
    int month; // 9–12 autumn, 1–8 spring (of the school year's second calendar year)
    int day;
    ActivityKind kind;
    const char16_t *title;
    const char16_t *audience;
    int attendance; // a base; the seed varies it a little
    const char16_t *organiser;
};

// One school year's activities, from September to July.
const Planned Year[] = {
    { 9, 12, ActivityKind::MonitorTraining, u"新学期心理委员培训（一）：识别同学的情绪变化", u"各班心理委员", 42, u"心理辅导室" },
    { 9, 20, ActivityKind::ParentMeeting, u"七年级新生家长会：帮助孩子适应初中生活", u"七年级家长", 260, u"七年级年级组" },
    { 10, 16, ActivityKind::GroupActivity, u"“我的情绪小怪兽”团体辅导", u"四年级部分学生", 24, u"心理辅导室" },
    { 10, 25, ActivityKind::ParentSchool, u"家长学校：如何与青春期孩子沟通", u"八年级家长", 180, u"德育处" },
    { 11, 8, ActivityKind::TeacherTraining, u"班主任心理危机识别与干预培训", u"全体班主任", 36, u"县教育局心理教研室" },
    { 12, 6, ActivityKind::GroupActivity, u"九年级考前减压团体辅导", u"九年级各班学生代表", 30, u"心理辅导室" },
    { 12, 20, ActivityKind::ParentSchool, u"家长学校：留守儿童的亲情陪伴", u"留守儿童家长及监护人", 95, u"德育处" },
    { 3, 6, ActivityKind::MonitorTraining, u"心理委员培训（二）：朋辈倾听技巧", u"各班心理委员", 40, u"心理辅导室" },
    { 3, 22, ActivityKind::ParentMeeting, u"九年级家长会：中考前的家庭支持", u"九年级家长", 240, u"九年级年级组" },
    { 4, 11, ActivityKind::TeacherTraining, u"全体教师心理健康教育专题讲座", u"全体教师", 85, u"心理辅导室" },
    { 4, 26, ActivityKind::ParentSchool, u"家长学校：手机使用与亲子约定", u"六年级、七年级家长", 210, u"德育处" },
    { 5, 8, ActivityKind::Month525, u"5·25心理健康教育月启动仪式", u"全校师生", 980, u"心理辅导室、团委" },
    { 5, 15, ActivityKind::Month525, u"“阳光心态”心理手抄报评比", u"三至八年级学生", 420, u"心理辅导室" },
    { 5, 22, ActivityKind::Month525, u"心理健康主题班会（全校统一）", u"全体学生", 960, u"各班班主任" },
    { 5, 25, ActivityKind::Month525, u"“我爱我”心理游园会", u"一至六年级学生", 520, u"心理辅导室、少先队大队部" },
    { 6, 5, ActivityKind::GroupActivity, u"新老师压力疏导沙龙", u"入职三年内教师", 14, u"工会、心理辅导室" },
    { 6, 19, ActivityKind::Other, u"心理辅导室开放日", u"家长及社区代表", 60, u"心理辅导室" },
};

} // namespace

void addDemoActivities(DemoContext &ctx)
{
    Database &db = ctx.db;
    DemoRandom r = ctx.random(389, 71);
    const QDate today = ctx.today;
    Transaction tx(db);

    // The rooms' area and equipment (the daily step made them).
    OfficeRepository office(db, ctx.user);
    for (Room room : office.rooms(true)) {
        if (room.name == s(u"心理辅导室")) {
            room.areaM2 = 28;
            room.equipment = s(u"放松椅, 沙发, 心理测评电脑, 绿植");
        } else if (room.name == s(u"团体辅导室")) {
            room.areaM2 = 64;
            room.equipment = s(u"团体活动垫, 可移动桌椅, 投影仪, 宣泄设备");
        } else if (room.name == s(u"沙盘室")) {
            room.areaM2 = 20;
            room.equipment = s(u"沙盘, 沙具架及沙具 1200 件");
        } else {
            continue;
        }
        office.updateRoom(room);
    }

    // Last school year and this one, up to the reference day.
    ActivityRepository activities(db, ctx.user);
    const int thisYear = today.month() >= 9 ? today.year() : today.year() - 1; // this school year's first year
    for (int first = thisYear - 1; first <= thisYear; ++first) {
        for (const Planned &p : Year) {
            const QDate day(p.month >= 9 ? first : first + 1, p.month, p.day);
            if (day > today)
                continue;
            Activity a;
            a.heldOn = day;
            a.kind = p.kind;
            a.title = s(p.title);
            a.audience = s(p.audience);
            a.attendance = p.attendance + r.below(p.attendance / 10 + 1) - p.attendance / 20;
            a.organiser = s(p.organiser);
            activities.add(a);
        }
    }
    tx.commit();
}

} // namespace xinan
