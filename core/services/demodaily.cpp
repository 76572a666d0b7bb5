#include "demodaily.h"

#include "democontext.h"
#include "demorandom.h"

#include "../domain/risk.h"
#include "../domain/student.h"
#include "../repo/appointmentrepository.h"
#include "../repo/dutyrepository.h"
#include "../repo/feedbackrepository.h"
#include "../repo/officerepository.h"
#include "../repo/riskrepository.h"
#include "../repo/sessionrepository.h"
#include "../repo/studentrepository.h"
#include "../store/database.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace xinan {
namespace {

using Random = DemoRandom;

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

// Appointment slots of a school day: 午休, 活动课 and after class, 晚自习.
struct Slot
{
    QTime start;
    int minutes;
};
const Slot Slots[] = {
    { QTime(12, 10), 40 },
    { QTime(13, 0), 40 },
    { QTime(15, 40), 40 },
    { QTime(16, 30), 40 },
    { QTime(19, 10), 40 },
    { QTime(20, 0), 40 },
};
constexpr int SlotCount = static_cast<int>(std::size(Slots));
constexpr int SeriesSlot = 1; // 13:00

// Synthetic session texts per problem category, in the order of defaultProblemCategories().
struct SessionText
{
    const char16_t *summary;
    const char16_t *assessment;
    const char16_t *next;
};
const SessionText Texts[] = {
    { u"自述期中考试后压力大，晚上难以入睡，担心成绩让父母失望；上课注意力不集中。",
        u"考试焦虑明显，伴睡眠问题；有学习动机，社会支持尚可。",
        u"教授腹式呼吸与考前放松；与班主任沟通适当调整作业量；两周后回访。" },
    { u"与同寝室同学发生矛盾，感到被孤立，课间常一个人待着，不想回宿舍。",
        u"人际冲突引发的情绪困扰，沟通方式较被动；无安全风险。",
        u"角色扮演练习表达需要；建议班主任关注寝室关系；下周再谈一次。" },
    { u"父母在外务工，与父亲电话中常争吵；觉得父母只关心成绩，不理解自己。",
        u"亲子沟通不畅，留守背景下情感需求未被满足；情绪基本稳定。",
        u"与学生一起准备和父亲通话的要点；征得同意后电话联系家长，建议每周固定通话。" },
    { u"近两周情绪低落，对以前喜欢的事提不起兴趣，偶尔哭泣；否认自伤想法。",
        u"抑郁情绪，程度轻到中度；无自伤计划，保护因素：与奶奶关系好。",
        u"每周面谈一次，布置情绪记录；告知班主任留意课堂与寝室表现；必要时复评风险。" },
    { u"对自己身体变化感到困扰，在意同学的评价；对异性同学的好感不知如何处理。", u"青春期常见困惑，自我接纳不足；无明显风险。",
        u"普及青春期身心变化知识；讨论与异性相处的边界；视需要再约。" },
    { u"周末和晚上长时间玩手机游戏，作业拖欠，与家长因手机多次冲突。", u"网络使用过度，自我管理能力弱；家庭规则不清。",
        u"与学生共同制定使用手机的时间计划；建议家长面谈，商定家庭规则；两周后回访。" },
    { u"觉得自己什么都做不好，常和同学比较，不敢在课堂上发言。", u"自我评价偏低，存在较多负性自动思维；学业能力中等。",
        u"练习记录每天做成的三件小事；请任课教师适当给予发言机会；继续每周面谈。" },
    { u"对中考后读普高还是职校感到迷茫，家长意见与自己不同。", u"生涯选择困惑，信息不足；家庭期望存在分歧。",
        u"介绍兴趣与能力探索方法；下次带兴趣测评结果一起讨论；建议与家长三方面谈。" },
    { u"反映被几名同学起外号、抢东西，不敢告诉老师，害怕报复。", u"遭受言语及财物方面的欺凌，有恐惧和回避；需学校介入。",
        u"当天告知班主任和德育处，按欺凌处置流程跟进；教会学生求助方式；三天后回访。" },
    { u"爷爷上月去世，常想起爷爷，上课走神，晚上偷偷哭。", u"正常哀伤反应，持续时间尚在合理范围；家庭支持一般。",
        u"陪伴表达哀伤，写给爷爷的一封信；告知班主任给予理解；两周后回访。" },
    { u"因寝室纪律问题被批评后心情不好，主动来辅导室倾诉。", u"一般性适应问题，情绪已平复。",
        u"肯定主动求助；如有需要可随时预约。" },
};

const char16_t *const FeedbackToTeacher[] = {
    u"该生近期情绪有波动，已开始每周面谈。请班主任留意课堂和寝室表现，发现异常当天告知心理教师。",
    u"面谈后学生情绪平稳。建议课堂上多给予肯定，适当安排同学结伴。",
    u"学生近期学习压力较大，建议适当减少额外作业，并与家长保持沟通。",
};
const char16_t *const FeedbackToParents[] = {
    u"电话告知家长孩子近期在校情况，建议每周固定时间与孩子通话，多倾听、少指责。",
    u"与家长面谈，说明孩子需要更多陪伴；约定周末减少使用手机的时间。",
};
const char16_t *const FeedbackReplies[] = {
    u"班主任表示会调整座位并每天关注。",
    u"家长表示理解，会每周日晚上和孩子视频。",
    u"",
    u"家长同意下周到校面谈。",
};
const char16_t *const DutyEvents[] = {
    u"接待学生来访，倾诉与同学的矛盾，已进行疏导。",
    u"班主任来访，咨询如何与情绪低落的学生沟通。",
    u"整理辅导室，检查沙盘与放松椅。",
    u"无特殊情况。",
    u"接听家长电话，询问孩子近期情况，已约面谈。",
};
const char16_t *const DutyHandovers[] = {
    u"本周有两名学生预约在下午，请提前开门。",
    u"放松椅遥控器电池需更换。",
    u"",
    u"初三（2）班一名学生可能会再来，请多关注。",
};

QDate termFirstDay(int year, bool autumn)
{
    return autumn ? QDate(year, 9, 1) : QDate(year, 2, 20);
}

} // namespace

DemoTermRange demoTermFor(const QDate &today)
{
    const int y = today.year();
    const auto autumn = [](int startYear) {
        return DemoTermRange { QStringLiteral("%1-%2-1").arg(startYear).arg(startYear + 1), QDate(startYear, 9, 1),
            QDate(startYear + 1, 1, 20) };
    };
    const auto spring = [](int endYear) {
        return DemoTermRange { QStringLiteral("%1-%2-2").arg(endYear - 1).arg(endYear), QDate(endYear, 2, 20),
            QDate(endYear, 7, 10) };
    };
    DemoTermRange term = today.month() >= 9 ? autumn(y) : (today < termFirstDay(y, false) ? autumn(y - 1) : spring(y));
    if (today > term.endsOn)
        term.endsOn = today.addDays(14); // the holidays: keep the term just ended going
    return term;
}

QList<DemoTermRange> demoTermsFor(const QDate &today)
{
    const DemoTermRange current = demoTermFor(today);
    if (current.startsOn.daysTo(today) >= 21)
        return { current };
    // The term before, on a day well inside it: the spring term before an autumn term, the
    // autumn term of the year before before a spring term.
    const int y = current.startsOn.year();
    return { demoTermFor(current.startsOn.month() == 9 ? QDate(y, 6, 1) : QDate(y - 1, 12, 1)), current };
}

void addDemoDaily(DemoContext &ctx)
{
    Database &db = ctx.db;
    const QString &user = ctx.user;
    Random r = ctx.random(263, 41);
    const QDate today = ctx.today;
    const QDateTime now = ctx.now;
    Transaction tx(db);

    // Rooms and staff; the demo account is the full-time counsellor.
    OfficeRepository office(db, user);
    const qint64 counselRoom = office.addRoom({ 0, s(u"心理辅导室"), RoomKind::Individual, true });
    const qint64 groupRoom = office.addRoom({ 0, s(u"团体辅导室"), RoomKind::Group, true });
    const qint64 sandRoom = office.addRoom({ 0, s(u"沙盘室"), RoomKind::Sandplay, true });
    Q_UNUSED(groupRoom);
    const qint64 luo = office.addStaff({ 0, s(u"罗敏"), StaffKind::FullTime, QStringLiteral("10012345678"), user, true });
    const qint64 yang = office.addStaff({ 0, s(u"杨雪"), StaffKind::PartTime, s(u"政教处 分机 8021"), QString(), true });
    const qint64 wu = office.addStaff({ 0, s(u"吴海燕"), StaffKind::PartTime, QStringLiteral("10087654321"), QString(), true });
    const qint64 staffIds[] = { luo, yang, wu };

    // The weekly template: noon and afternoon every school day in the counselling room, evening
    // self-study twice a week, the sand-play room on Wednesday afternoons.
    DutyRepository duty(db, user);
    const qint64 noon[] = { luo, wu, luo, yang, wu };
    const qint64 afternoon[] = { yang, luo, wu, luo, luo };
    QList<DutyTemplateSlot> slots;
    for (int day = 1; day <= 5; ++day) {
        slots.append({ day, QStringLiteral("noon"), counselRoom, noon[day - 1] });
        slots.append({ day, QStringLiteral("afternoon"), counselRoom, afternoon[day - 1] });
    }
    slots.append({ 2, QStringLiteral("evening"), counselRoom, yang });
    slots.append({ 4, QStringLiteral("evening"), counselRoom, wu });
    slots.append({ 3, QStringLiteral("afternoon"), sandRoom, yang });
    duty.setWeeklyTemplate(slots);

    // The term around today, and early in it the term before (demoTermsFor), each with its holidays.
    QList<DutyTerm> terms;
    for (const DemoTermRange &range : demoTermsFor(today)) {
        DutyTerm t;
        t.id = range.id;
        t.startsOn = range.startsOn;
        t.endsOn = range.endsOn;
        const auto holiday = [&](const QDate &first, const QDate &last, const char16_t *name) {
            if (first >= t.startsOn && last <= t.endsOn)
                t.holidays.append({ first, last, s(name) });
        };
        if (t.startsOn.month() == 9) {
            holiday(QDate(t.startsOn.year(), 10, 1), QDate(t.startsOn.year(), 10, 7), u"国庆节");
            holiday(QDate(t.startsOn.year() + 1, 1, 1), QDate(t.startsOn.year() + 1, 1, 3), u"元旦");
        } else {
            holiday(QDate(t.startsOn.year(), 4, 4), QDate(t.startsOn.year(), 4, 6), u"清明节");
            holiday(QDate(t.startsOn.year(), 5, 1), QDate(t.startsOn.year(), 5, 5), u"劳动节");
        }
        duty.saveTerm(t);
        duty.generate(t.id);
        terms.append(t);
    }
    const DutyTerm &term = terms.last(); // the current one
    const QDate historyStart = terms.first().startsOn;
    // A working day of one of the terms (not a weekend or holiday; the sports day aside).
    const auto isTermDay = [&](const QDate &d) {
        return d.dayOfWeek() <= 5 && std::any_of(terms.cbegin(), terms.cend(), [&d](const DutyTerm &t) {
            return d >= t.startsOn && d <= t.endsOn && !t.isHoliday(d);
        });
    };
    // Early in a term the recent office work (feedback still due, the group) is the previous
    // term's last weeks: `recent` is the day after them; otherwise it is today.
    const QDate recent = terms.size() > 1 ? terms.first().endsOn.addDays(1) : today;

    // One-off changes in the past: a closed day (the sports meeting), a swap and a cover.
    const auto schoolDayBefore = [&](QDate d) {
        while (d > historyStart && !isTermDay(d))
            d = d.addDays(-1);
        return d;
    };
    const QDate sportsDay = schoolDayBefore(std::min(today.addDays(-1), historyStart.addDays(45)));
    if (sportsDay > historyStart && sportsDay < today && !duty.shiftsOn(sportsDay).isEmpty())
        duty.closeDay(sportsDay, s(u"校运动会，全体教师参与组织，心理辅导室暂停值班。"));
    const QDate changeDay = schoolDayBefore(today.addDays(-9));
    if (changeDay > historyStart) {
        const QList<DutyShift> shifts = duty.shiftsOn(changeDay);
        if (shifts.size() >= 2 && shifts.at(0).staffId != shifts.at(1).staffId)
            duty.swap(shifts.at(0).id, shifts.at(1).id, s(u"两位老师协商互换。"));
    }
    QDate coverDay = schoolDayBefore(today.addDays(-3));
    if (coverDay == changeDay)
        coverDay = schoolDayBefore(changeDay.addDays(-1)); // not the swapped day
    if (coverDay > historyStart)
        for (const DutyShift &shift : duty.shiftsOn(coverDay))
            if (shift.periodCode == QLatin1String("afternoon") && shift.roomId == counselRoom) {
                const qint64 other = shift.staffId == wu ? yang : wu;
                duty.cover(shift.id, other, s(u"原值班老师外出参加州里的心理健康教育培训。"));
                break;
            }
    // Duty logs for most past shifts.
    for (QDate d = historyStart; d < today; d = d.addDays(1))
        for (const DutyShift &shift : duty.shiftsOn(d)) {
            if (!r.chance(75))
                continue;
            DutyLog log;
            log.day = d;
            log.periodCode = shift.periodCode;
            log.roomId = shift.roomId;
            log.visitors = r.below(4);
            log.events = s(r.pick(DutyEvents));
            log.handover = s(r.pick(DutyHandovers));
            duty.saveLog(log);
        }

    // Students: enrolled ones, and the key students (orange and red) for weekly series.
    QList<Student> enrolled;
    for (const Student &st : StudentRepository(db, user).list())
        if (st.status == StudentStatus::Enrolled)
            enrolled.append(st);
    if (enrolled.isEmpty()) {
        tx.commit();
        return;
    }
    RiskRepository risk(db, user);
    QList<qint64> key;
    for (const RiskLevel level : { RiskLevel::Red, RiskLevel::Orange })
        for (const RiskStudent &st : risk.listAt(level))
            key.append(st.id);

    // What is taken: counsellor or room per day and slot, a student per day.
    QSet<QString> taken;
    const auto slotKey = [](const QDate &d, int slot, char what, qint64 id) {
        return QStringLiteral("%1|%2|%3%4").arg(d.toJulianDay()).arg(slot).arg(QLatin1Char(what)).arg(id);
    };
    const auto studentKey = [](const QDate &d, qint64 id) { return QStringLiteral("%1|s%2").arg(d.toJulianDay()).arg(id); };
    const auto isFree = [&](const QDate &d, int slot, qint64 staff, qint64 room, qint64 student) {
        return !taken.contains(slotKey(d, slot, 't', staff)) && (room == 0 || !taken.contains(slotKey(d, slot, 'r', room)))
            && !taken.contains(studentKey(d, student));
    };
    const auto take = [&](const QDate &d, int slot, qint64 staff, qint64 room, qint64 student) {
        taken.insert(slotKey(d, slot, 't', staff));
        if (room != 0)
            taken.insert(slotKey(d, slot, 'r', room));
        taken.insert(studentKey(d, student));
    };
    const auto startOf = [](const QDate &d, int slot) { return QDateTime(d, Slots[slot].start); };
    const auto isPast = [&](const QDate &d, int slot) { return startOf(d, slot).addSecs(Slots[slot].minutes * 60) <= now; };
    const auto isSchoolDay = [&](const QDate &d) { return isTermDay(d) && d != sportsDay; };

    AppointmentRepository appointments(db, user);
    SessionRepository sessions(db, user);
    FeedbackRepository feedback(db, user);
    const QStringList categories = sessions.problemCategories();
    const int categoryCount = static_cast<int>(std::min<qsizetype>(categories.size(), std::size(Texts)));
    QList<qint64> done; // appointments marked done, in booking order

    // Past appointments are settled: most done, some no-shows, a few cancelled.
    const auto settle = [&](qint64 id, bool past, bool mayReschedule) {
        if (!past)
            return; // still to come: stays confirmed
        const int roll = r.below(100);
        if (roll < 6) {
            appointments.setStatus(id, AppointmentStatus::Cancelled);
        } else if (roll < 13) {
            appointments.setStatus(id, AppointmentStatus::NoShow);
        } else if (roll < 16 && mayReschedule) {
            // Moved to the next school day with a free slot (the student asked); that one took place if it is past.
            const Appointment a = appointments.get(id);
            QDate d = a.start.toLocalTime().date().addDays(1);
            while (d <= term.endsOn && !isSchoolDay(d))
                d = d.addDays(1);
            for (int slot = 0; slot < SlotCount; ++slot)
                if (isFree(d, slot, a.staffId, a.roomId, a.studentId)) {
                    take(d, slot, a.staffId, a.roomId, a.studentId);
                    const qint64 next = appointments.reschedule(id, startOf(d, slot), Slots[slot].minutes, a.roomId).id();
                    if (isPast(d, slot)) {
                        appointments.setStatus(next, AppointmentStatus::Done);
                        done.append(next);
                    }
                    return;
                }
            appointments.setStatus(id, AppointmentStatus::Done);
            done.append(id);
        } else {
            appointments.setStatus(id, AppointmentStatus::Done);
            done.append(id);
        }
    };

    // Weekly series for up to four key students: the full-time counsellor, 13:00, six weeks back
    // to next week (from the term's start).
    const QDate thisMonday = today.addDays(1 - today.dayOfWeek());
    for (qsizetype i = 0; i < std::min<qsizetype>(key.size(), 4); ++i) {
        const int weekday = 1 + static_cast<int>(i); // Monday … Thursday
        QDate first = thisMonday.addDays(-42 + weekday - 1);
        while (first < term.startsOn)
            first = first.addDays(7);
        const int weeks = static_cast<int>(first.daysTo(thisMonday.addDays(7 + weekday - 1)) / 7) + 1;
        if (weeks < 1)
            continue;
        AppointmentInput in;
        in.requester = RequesterKind::Counsellor;
        in.studentId = key.at(i);
        in.staffId = luo;
        in.roomId = i % 2 == 0 ? counselRoom : sandRoom;
        in.start = startOf(first, SeriesSlot);
        in.minutes = Slots[SeriesSlot].minutes;
        in.category = categories.value(3); // emotional distress
        in.status = AppointmentStatus::Confirmed;
        const BookingResult booked = appointments.bookWeekly(in, weeks);
        for (int w = 0; w < booked.ids.size(); ++w) {
            const QDate d = first.addDays(7 * w);
            take(d, SeriesSlot, luo, in.roomId, in.studentId);
            if (!isSchoolDay(d)) {
                appointments.setStatus(booked.ids.at(w), AppointmentStatus::Cancelled); // a holiday or closed day
                continue;
            }
            settle(booked.ids.at(w), isPast(d, SeriesSlot), false);
        }
    }

    // Single appointments on every school day of the terms so far and the coming week.
    const int base = std::max(1, static_cast<int>((enrolled.size() * 6 + 300) / 600));
    const qint64 rooms[] = { counselRoom, sandRoom };
    const QDate lastDay = std::min(term.endsOn, today.addDays(7));
    for (QDate d = historyStart; d <= lastDay; d = d.addDays(1)) {
        if (!isSchoolDay(d))
            continue;
        const QList<DutyShift> onDuty = duty.shiftsOn(d);
        const int wanted = std::min(2 * SlotCount, std::max(0, base - 1 + r.below(4)));
        for (int n = 0, attempts = 0; n < wanted && attempts < wanted * 6; ++attempts) {
            const int slot = r.below(SlotCount);
            // The counsellor on duty in that period when there is one, else any counsellor.
            qint64 staff = staffIds[r.below(3)];
            const QTime t = Slots[slot].start;
            for (const DutyShift &shift : onDuty)
                if (shift.starts <= t && t < shift.ends && r.chance(80)) {
                    staff = shift.staffId;
                    break;
                }
            const qint64 room = rooms[r.below(2)];
            const Student &st = enrolled.at(r.below(static_cast<int>(enrolled.size())));
            if ((slot >= 4 && (st.grade < 7 || !st.boarding)) || !isFree(d, slot, staff, room, st.id))
                continue; // evening self-study is for boarders of 初中 and up
            take(d, slot, staff, room, st.id);
            AppointmentInput in;
            const int who = r.below(10);
            in.requester = who < 5
                ? RequesterKind::Student
                : (who < 8 ? RequesterKind::ClassTeacher : (who < 9 ? RequesterKind::Parent : RequesterKind::Counsellor));
            in.studentId = st.id;
            in.staffId = staff;
            in.roomId = room;
            in.start = startOf(d, slot);
            in.minutes = Slots[slot].minutes;
            in.category = categories.value(r.below(categoryCount));
            const bool past = isPast(d, slot);
            in.status = past || r.chance(60) ? AppointmentStatus::Confirmed : AppointmentStatus::Pending;
            const qint64 id = appointments.book(in).id();
            ++n;
            if (past)
                settle(id, true, true);
            else if (in.status == AppointmentStatus::Pending && r.chance(5))
                appointments.setStatus(id, AppointmentStatus::Cancelled);
        }
    }

    // Counselling records for the done appointments (today's only half written yet), and the
    // feedback that followed; a few records still wait for feedback.
    int stillDue = 4;
    for (const qint64 id : std::as_const(done)) {
        CounsellingRecordInput in = sessions.draftFromAppointment(id);
        if (in.heldOn == today && r.chance(50))
            continue;
        int k = in.categories.isEmpty() ? -1 : static_cast<int>(categories.indexOf(in.categories.first()));
        if (k < 0 || k >= categoryCount) {
            k = categoryCount - 1;
            in.categories = QStringList { categories.value(k) };
        }
        if (r.chance(20)) {
            const QString second = categories.value(r.below(categoryCount));
            if (!in.categories.contains(second))
                in.categories << second;
        }
        in.summary = s(Texts[k].summary);
        in.assessment = s(Texts[k].assessment);
        in.nextSteps = s(Texts[k].next);
        if (r.chance(30))
            in.privateNotes = s(u"学生请求暂不告诉家长部分细节，已说明保密的例外情况（涉及安全时必须告知监护人）。");
        in.feedbackNeeded = r.chance(70);
        const qint64 record = sessions.add(in);
        if (!in.feedbackNeeded)
            continue;
        const qint64 age = in.heldOn.daysTo(today);
        if (age < 3)
            continue; // not due yet
        if (stillDue > 0 && in.heldOn.daysTo(recent) <= 14 && r.chance(40)) {
            --stillDue;
            continue;
        }
        FeedbackInput fb;
        fb.studentId = in.studentId;
        fb.recordId = record;
        fb.recipient = r.chance(65) ? FeedbackRecipient::ClassTeacher : FeedbackRecipient::Parents;
        fb.givenOn = std::min(today, in.heldOn.addDays(r.between(0, 2)));
        fb.method = fb.recipient == FeedbackRecipient::Parents
            ? (r.chance(70) ? FeedbackMethod::Phone : FeedbackMethod::InPerson)
            : (r.chance(80) ? FeedbackMethod::InPerson : FeedbackMethod::Written);
        fb.summary = s(fb.recipient == FeedbackRecipient::Parents ? r.pick(FeedbackToParents) : r.pick(FeedbackToTeacher));
        fb.reply = s(r.pick(FeedbackReplies));
        feedback.add(fb);
    }

    // One group: 考前减压 for eight students of the highest grade, six weekly sessions from six
    // weeks before `recent` (those held so far recorded with attendance).
    int top = 0;
    for (const Student &st : enrolled)
        top = std::max(top, st.grade);
    QList<qint64> members;
    for (const Student &st : enrolled)
        if (st.grade == top && members.size() < 8 && r.chance(30))
            members.append(st.id);
    for (qsizetype i = 0; members.size() < 8 && i < enrolled.size(); ++i)
        if (!members.contains(enrolled.at(i).id))
            members.append(enrolled.at(i).id);
    const qint64 group = sessions.addGroup(s(u"考前减压团体辅导"), yang, 6, members);
    QDate meeting = recent.addDays(1 - recent.dayOfWeek() - 42 + 4); // Fridays
    while (meeting < historyStart)
        meeting = meeting.addDays(7);
    for (int held = 0; held < 6 && meeting < today; meeting = meeting.addDays(7)) {
        if (!isSchoolDay(meeting))
            continue;
        QList<qint64> present;
        for (const qint64 m : std::as_const(members))
            if (r.chance(88))
                present.append(m);
        sessions.addGroupSession(group, meeting, 60, present);
        ++held;
    }
    tx.commit();
}

} // namespace xinan
