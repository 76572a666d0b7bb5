#include "demovisits.h"

#include "democontext.h"
#include "demorandom.h"

#include "../repo/gridrepository.h"
#include "../repo/homevisitrepository.h"
#include "../repo/planrepository.h"
#include "../repo/termcalendar.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace xinan {
namespace {

using Random = DemoRandom;

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

const char16_t *const AtHome[] = {
    u"在家能按时完成作业，周末帮家里做农活；与祖母交流较多，话不多但有礼貌。",
    u"放学后常玩手机到较晚，作息不太规律；家里有单独的书桌。",
    u"在家比较活泼，喜欢画画；和弟弟妹妹相处融洽。",
    u"家长反映孩子回家后很少说学校的事，常一个人待在房间。",
    u"学习自觉性较好，会主动复习；家务承担较多。",
    u"周末住在外婆家，作业需要督促才能完成。",
};
const char16_t *const ParentsViews[] = {
    u"希望老师多关注孩子的学习习惯，有情况及时电话联系。",
    u"家长在外务工，希望学校帮助孩子调整作息，会每周打视频电话。",
    u"家长担心孩子成绩下滑，愿意配合学校每天检查作业。",
    u"家长对学校工作满意，提出希望多组织亲子活动。",
    u"家长表示孩子最近情绪有些低落，希望心理老师能找孩子聊一聊。",
    u"家长希望了解孩子在校交友情况，减少孩子玩手机的时间。",
};
const char16_t *const Agreed[] = {
    u"每周五放学前班主任与家长电话沟通一次；家长督促孩子晚上十点前睡觉。",
    u"家长每天检查作业并签字；班主任在校关注课堂状态，有变化及时告知。",
    u"约定手机周一至周四由家长保管；周末安排一次户外活动。",
    u"家长每周与孩子视频通话至少两次；学校安排一名同学结对帮扶。",
    u"家校保持联系，下月再电话回访一次。",
};
const char16_t *const KeyAgreed[] = {
    u"家长留意孩子睡眠和情绪，发现异常当天告知班主任或心理教师；按时复诊。",
    u"家长每天与孩子聊十分钟，不批评成绩；心理教师每周面谈一次，下月再家访。",
    u"家中收好药品和锐器；周末由家长陪伴；有紧急情况拨打学校值班电话。",
};
const char16_t *const FamilyNotes[] = {
    u"父母在外省务工，孩子由祖父母照顾，家中经济一般。",
    u"父母离异，孩子随母亲生活，母亲在县城打零工。",
    u"家中有老人需要照顾，收入主要靠种植。",
    u"随父母从外县迁来，租房居住，生活较稳定。",
};
const char16_t *const Teachers[] = { u"杨老师", u"吴老师", u"王老师", u"龙老师", u"潘老师", u"石老师" };

QStringList tagsOf(const Student &st)
{
    QStringList tags;
    if (st.specialFlags & LeftBehind)
        tags << QStringLiteral("left_behind");
    if (st.specialFlags & SingleParent)
        tags << QStringLiteral("single_parent");
    if (st.specialFlags & Migrant)
        tags << QStringLiteral("migrant");
    if (st.specialFlags & Disability)
        tags << QStringLiteral("disability");
    if (st.specialFlags & FinancialHardship)
        tags << QStringLiteral("hardship");
    if (!st.guardians.isEmpty()) {
        const QString relation = st.guardians.first().relation;
        if (relation.contains(u'祖') || relation.contains(u'外'))
            tags << QStringLiteral("grandparents");
    }
    return tags;
}

VisitForm pickForm(Random &r)
{
    const int roll = r.below(100);
    return roll < 60 ? VisitForm::Onsite : roll < 88 ? VisitForm::Phone : roll < 94 ? VisitForm::School : VisitForm::Video;
}

HomeVisit visitOf(const Student &st, const QDate &day, VisitForm form, const QString &teacher, Random &r)
{
    HomeVisit v;
    v.studentIds = { st.id };
    v.visitedAt = QDateTime(day, form == VisitForm::Phone ? QTime(19 + r.below(2), 30) : QTime(15 + r.below(3), 0));
    v.form = form;
    v.visitors = { { VisitorRole::ClassTeacher, QString(), teacher } };
    if (!st.guardians.isEmpty()) {
        v.metWhom = st.guardians.first().name;
        v.metRelation = st.guardians.first().relation;
    }
    v.familyTags = tagsOf(st);
    v.purpose = v.familyTags.contains(QStringLiteral("left_behind")) ? VisitPurpose::LeftBehind : VisitPurpose::Routine;
    if (!v.familyTags.isEmpty())
        v.familyNotes = s(r.pick(FamilyNotes));
    v.studentAtHome = s(r.pick(AtHome));
    v.parentsViews = s(r.pick(ParentsViews));
    v.agreed = s(r.pick(Agreed));
    return v;
}

} // namespace

void addDemoVisits(DemoContext &ctx)
{
    Database &db = ctx.db;
    Random r = ctx.random(1009, 61);
    const QDate today = ctx.today;
    const QDate yesterday = today.addDays(-1);
    TermCalendar calendar(db);
    // The current term up to yesterday; early in a term (under three weeks in), the term before
    // it, whole, so that the demo always shows a term of visits.
    SchoolTerm term = calendar.termContaining(today);
    QDate last = yesterday;
    if (term.startsOn.daysTo(yesterday) < 21) {
        term = calendar.termContaining(term.startsOn.addDays(-1));
        last = std::min(term.endsOn, yesterday);
    }
    const QDate first = term.startsOn;
    const int span = static_cast<int>(first.daysTo(last)) + 1;
    if (span < 1)
        return;

    // Enrolled students by class; key students (orange, red) are visited by their own rule.
    QHash<qint64, const Student *> byId;
    std::map<std::pair<int, QString>, QList<const Student *>> classes;
    for (const Student &st : ctx.students)
        if (st.status == StudentStatus::Enrolled && st.id != 0) {
            byId.insert(st.id, &st);
            classes[{ st.grade, st.className }].append(&st);
        }
    QList<KeyStudent> key;
    for (const KeyStudent &k : PlanRepository(db, ctx.user).keyStudents(today))
        if (byId.contains(k.id))
            key.append(k);
    QSet<qint64> keyIds;
    for (const KeyStudent &k : key)
        keyIds.insert(k.id);

    GridRepository grid(db, ctx.user);
    auto teacherOf = [&](int grade, const QString &className) {
        const QStringList teachers = grid.teachersOf(grade, className);
        return teachers.isEmpty() ? s(Teachers[(grade * 7 + className.size()) % 6]) : teachers.first();
    };

    // A few classes clearly behind (35–55 % visited), the others 82–97 %.
    const int classCount = static_cast<int>(classes.size());
    const int behind = classCount >= 12 ? 3 : classCount >= 4 ? 2 : 0;
    QSet<int> behindIndex;
    while (behindIndex.size() < behind)
        behindIndex.insert(r.below(classCount));

    QList<HomeVisit> visits;
    int index = 0;
    for (const auto &[cls, students] : classes) {
        const bool slow = behindIndex.contains(index++);
        const int rate = slow ? r.between(35, 55) : r.between(82, 97);
        const QString teacher = teacherOf(cls.first, cls.second);
        for (const Student *st : students) {
            if (keyIds.contains(st->id) || r.below(100) >= rate)
                continue;
            visits.append(visitOf(*st, first.addDays(r.below(span)), pickForm(r), teacher, r));
        }
    }

    // Key students: a visit each month with the counselling teacher since they became key
    // (this month's for about half, as it is due only at the month's end); one or two of them
    // without last month's, so that the home page shows an overdue visit.
    const QDate thisMonth(today.year(), today.month(), 1);
    QSet<qint64> skipLastMonth;
    for (int i = 0; i < std::min<int>(2, static_cast<int>(key.size())); ++i)
        skipLastMonth.insert(key.at(r.below(static_cast<int>(key.size()))).id);
    for (const KeyStudent &k : key) {
        const Student &st = *byId.value(k.id);
        const QString teacher = teacherOf(st.grade, st.className);
        const QDate from = std::max(first, k.since.isValid() ? k.since : first);
        bool onsite = false;
        for (QDate month(from.year(), from.month(), 1); month <= thisMonth; month = month.addMonths(1)) {
            const QDate lo = std::max(month, from);
            const QDate hi = std::min(QDate(month.year(), month.month(), month.daysInMonth()), yesterday);
            if (hi < lo)
                continue;
            if (month == thisMonth && r.below(2) == 0)
                continue;
            if (month == thisMonth.addMonths(-1) && skipLastMonth.contains(k.id))
                continue;
            const VisitForm form = !onsite || r.below(2) == 0 ? VisitForm::Onsite : VisitForm::Phone;
            onsite = onsite || form == VisitForm::Onsite;
            HomeVisit v = visitOf(st, lo.addDays(r.below(static_cast<int>(lo.daysTo(hi)) + 1)), form, teacher, r);
            v.purpose = VisitPurpose::Key;
            v.visitors.append({ VisitorRole::Counsellor, ctx.user, s(u"罗敏") });
            v.agreed = s(r.pick(KeyAgreed));
            v.followupOn = v.visitedAt.date().addDays(30);
            v.followupOwner = v.visitors.first().name;
            visits.append(v);
        }
    }
    std::stable_sort(
        visits.begin(), visits.end(), [](const HomeVisit &a, const HomeVisit &b) { return a.visitedAt < b.visitedAt; });
    HomeVisitRepository(db, ctx.user).addAll(visits);
}

} // namespace xinan
