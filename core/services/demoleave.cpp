#include "demoleave.h"

#include "democontext.h"

#include "../repo/leaverepository.h"
#include "../store/database.h"

namespace xinan {
namespace {

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

const char16_t *const TransferReasons[] = { u"随父母外出务工转学", u"随家长迁居贵阳转学", u"转入户籍所在地学校就读" };
const char16_t *const SuspendReasons[] = { u"因病休学（家长申请）", u"家庭原因休学一学期", u"身体原因，住院治疗" };

ReturnApplicationInput approval(qint64 leaveId, const QDate &returnOn)
{
    ReturnApplicationInput in;
    in.leaveId = leaveId;
    in.appliedOn = returnOn.addDays(-6);
    in.certificateHospital = s(u"州人民医院精神心理科");
    in.certificateDate = returnOn.addDays(-8);
    in.certificateText = s(u"诊断：抑郁发作。经规范治疗，目前病情稳定，建议复学，继续门诊随访，避免过度学业压力。");
    in.conditionStable = in.noRiskBehaviour = in.functioningRestored = true;
    in.assessors = s(u"心理教师、班主任、年级组长");
    in.decision = ReturnDecision::Approve;
    in.decidedOn = returnOn.addDays(-2);
    in.returnOn = returnOn;
    in.plan = { s(u"回原班就读，座位安排在靠近讲台处"), s(u"前两周只上上午课，下午回家休息"),
        s(u"班主任每天关注；心理教师每周面谈一次；同桌陪伴课间活动"),
        s(u"出现失眠、拒学或自伤念头时，班主任立即告知心理教师和家长，必要时再次转介就医") };
    return in;
}

} // namespace

void addDemoLeave(DemoContext &ctx)
{
    DemoRandom r = ctx.random(211, 41);
    LeaveRepository leave(ctx.db, ctx.user);
    const QDate today = ctx.today;

    // The students the students step archived get the event of their change (and 休学 its record).
    QList<const Student *> candidates;
    for (const Student &st : ctx.students) {
        if (st.status == StudentStatus::Enrolled) {
            if (st.grade >= 7)
                candidates << &st;
            continue;
        }
        const QDate on = today.addDays(-r.between(20, 200));
        const QString reason = st.status == StudentStatus::Suspended ? s(r.pick(SuspendReasons)) : s(r.pick(TransferReasons));
        {
            Transaction tx(ctx.db);
            appendStatusEvent(ctx.db, ctx.user, st.id, StudentStatus::Enrolled, st.status, on, reason);
            tx.commit();
        }
        if (st.status == StudentStatus::Suspended)
            leave.startLeave(st.id, on,
                r.chance(50)       ? LeaveCategory::Physical
                    : r.chance(50) ? LeaveCategory::Family
                                   : LeaveCategory::Other,
                0, QString());
    }
    if (candidates.isEmpty())
        return;
    const auto take = [&]() -> qint64 {
        const int at = r.below(static_cast<int>(candidates.size()));
        const qint64 id = candidates.at(at)->id;
        candidates.removeAt(at);
        return id;
    };
    const auto referralOf = [&](qint64 id) -> qint64 {
        const QList<ReferralChoice> referrals = leave.referralsOf(id);
        return referrals.isEmpty() ? 0 : referrals.constFirst().id;
    };

    // On leave now, for mental health.
    const qint64 away = take();
    leave.startLeave(
        away, today.addDays(-r.between(25, 45)), LeaveCategory::Mental, referralOf(away), s(u"因病休学（家长申请）"));
    if (candidates.isEmpty())
        return;

    // Returned about 10 days ago: a first application deferred (the certificate said only 病情稳定),
    // then approved; the week's follow-up done, the month's waiting.
    const qint64 back = take();
    const QDate returned = today.addDays(-10);
    const qint64 backLeave = leave.startLeave(back, today.addDays(-85), LeaveCategory::Mental, referralOf(back), s(u"因病休学"));
    ReturnApplicationInput first = approval(backLeave, returned.addDays(-21));
    first.certificateText = s(u"经治疗，病情稳定。");
    first.functioningRestored = false;
    first.decision = ReturnDecision::Defer;
    first.plan = {};
    leave.recordReturnApplication(first);
    leave.recordReturnApplication(approval(backLeave, returned));
    for (const ReturnFollowup &f : leave.leaves(back).constFirst().applications.constLast().followups)
        if (f.kind == FollowupKind::Week)
            leave.recordFollowupDone(f.id, f.dueOn,
                s(u"与学生面谈20分钟：睡眠改善，能跟上上午课程；班主任反映课间与同桌交流较多。继续按计划半天到校。"));
    if (candidates.isEmpty())
        return;

    // Returned about a month ago: the month's follow-up is overdue.
    const qint64 month = take();
    const QDate monthBack = today.addDays(-33);
    const qint64 monthLeave = leave.startLeave(month, today.addDays(-120), LeaveCategory::Mental, 0, s(u"因病休学"));
    leave.recordReturnApplication(approval(monthLeave, monthBack));
    for (const ReturnFollowup &f : leave.leaves(month).constFirst().applications.constLast().followups)
        if (f.kind == FollowupKind::Week)
            leave.recordFollowupDone(f.id, f.dueOn.addDays(1), s(u"学生已恢复全天上课，情绪平稳，按时服药。"));
}

} // namespace xinan
