#include "demoreferrals.h"

#include "democontext.h"
#include "demorandom.h"

#include "../repo/crisisrepository.h"
#include "../repo/referralrepository.h"
#include "../repo/riskrepository.h"
#include "../repo/sessionrepository.h"

#include <QHash>

#include <functional>

namespace xinan {
namespace {

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

const char16_t *const Reasons[] = {
    u"近两个月情绪持续低落，入睡困难、早醒，食欲下降，体重减轻约 4 公斤；自述“活着没意思”，有消极念头，否认具体计划。"
    u"学校心理辅导 6 次，效果有限。建议专科评估。",
    u"反复出现手臂划伤（近一月 3 次），自述划伤后“心里好受一点”；与父亲关系紧张，寄宿。学校已加强看护，建议专科评估与干预。",
    u"近一月上课注意力明显下降，常独自哭泣，拒绝进教室；PHQ-9 得分 19 分（第 9 题阳性）。家族中母亲有抑郁病史。建议专科诊治。",
    u"突发心慌、胸闷、呼吸急促、害怕失控，近两周发作 4 次，每次约 10 分钟，校医检查未见躯体异常。建议专科评估。",
    u"情绪起伏大，近期兴奋话多、睡眠减少，与同学冲突增多，随后又低落不愿说话。建议专科评估。",
};
const char16_t *const Conclusions[] = {
    u"研判认为存在中度以上抑郁表现并有消极念头，超出学校心理辅导范围，建议转介专科就诊；由心理教师与班主任共同告知家长。",
    u"研判认为自伤行为反复，需专科评估；转介期间继续每周面谈，宿舍加强看护。",
    u"研判认为需专科明确诊断；先与家长沟通，争取家长同意后开具转介单。",
};
const char16_t *const Attendees[] = {
    u"罗敏（专职心理教师）、班主任、田志刚（分管副校长）",
    u"罗敏（专职心理教师）、班主任、年级组长、田志刚（分管副校长）",
};
const char16_t *const FollowUps[] = {
    u"电话联系家长：学生按时复诊、服药，睡眠有改善；在校面谈一次，情绪较前平稳。",
    u"面谈一次，学生自述服药后白天有些困，已提醒家长复诊时告诉医生；班主任反馈课堂表现正常。",
    u"与家长面谈：家长仍担心“被贴标签”，同意先在校继续辅导，一周后再谈就医；学生情绪平稳，无自伤行为。",
};

struct Candidate
{
    qint64 id = 0;
    RiskLevel level = RiskLevel::Green;
};

} // namespace

void addDemoReferrals(DemoContext &ctx)
{
    DemoRandom r = ctx.random(613, 41);
    const QDate t = ctx.today;
    ReferralRepository referrals(ctx.db, ctx.user);

    // Three partner hospitals from the suggestions (no addresses or phone numbers invented).
    const QList<PartnerHospital> suggested = ReferralRepository::suggestedHospitals();
    QList<PartnerHospital> hospitals;
    for (int i = 0; i < 3 && i < suggested.size(); ++i) {
        PartnerHospital h = suggested.at(i);
        if (i == 0)
            h.greenChannel = s(u"儿童青少年心理科门诊护士站（演示）");
        h.id = referrals.saveHospital(h);
        hospitals << h;
    }

    // The enrolled red students first (newest crisis first), then the orange ones.
    QHash<qint64, bool> enrolled;
    for (const Student &st : ctx.students)
        enrolled.insert(st.id, st.status == StudentStatus::Enrolled);
    RiskRepository risk(ctx.db, ctx.user);
    QList<Candidate> candidates;
    for (const RiskLevel level : { RiskLevel::Red, RiskLevel::Orange })
        for (const RiskStudent &st : risk.listAt(level))
            if (enrolled.value(st.id))
                candidates.append({ st.id, level });
    if (candidates.isEmpty() || hospitals.isEmpty())
        return;
    CrisisRepository crisis(ctx.db, ctx.user);
    SessionRepository sessions(ctx.db, ctx.user);

    // Opens a referral for the student from the newest crisis event or counselling record
    // before `on` when there is one.
    const auto open = [&](qint64 student, const QDate &on) {
        for (const CrisisEvent &e : crisis.studentEvents(student))
            if (e.happenedAt.toLocalTime().date() <= on)
                return referrals.open(student, on, s(r.pick(Reasons)), ReferralSource::Crisis, e.id);
        for (const CounsellingRecord &c : sessions.forStudent(student))
            if (c.heldOn <= on)
                return referrals.open(student, on, s(r.pick(Reasons)), ReferralSource::Session, c.id);
        return referrals.open(student, on, s(r.pick(Reasons)));
    };
    const auto step = [&](qint64 referral, ReferralStepKind kind, int daysAgo) {
        ReferralStep st;
        st.referralId = referral;
        st.kind = kind;
        st.on = t.addDays(-daysAgo);
        return st;
    };
    const auto meeting = [&](qint64 referral, int daysAgo) {
        ReferralStep st = step(referral, ReferralStepKind::Meeting, daysAgo);
        st.attendees = s(r.pick(Attendees));
        st.body = s(r.pick(Conclusions));
        referrals.addStep(st);
    };
    const auto parents = [&](qint64 referral, int daysAgo, bool consent) {
        ReferralStep st = step(referral, ReferralStepKind::Parents, daysAgo);
        st.method = consent ? s(u"面谈") : s(u"电话");
        st.consent = consent ? ParentConsent::Consent : ParentConsent::Refusal;
        st.body = consent
            ? s(u"母亲到校面谈，了解情况后同意带孩子到医院就诊，希望学校开具转介单。")
            : s(u"父亲认为孩子“只是青春期闹情绪”，担心去精神科会影响升学，暂不同意就医；同意学校继续辅导，约定一周后再谈。");
        referrals.addStep(st);
    };
    const auto slip = [&](qint64 referral, int daysAgo, const PartnerHospital &h) {
        ReferralStep st = step(referral, ReferralStepKind::Slip, daysAgo);
        st.hospitalId = h.id;
        st.escort = s(u"母亲、班主任");
        referrals.addStep(st);
    };
    const auto receipt = [&](qint64 referral, int daysAgo, ReceiptOutcome outcome) {
        ReferralStep st = step(referral, ReferralStepKind::Receipt, daysAgo);
        st.outcome = outcome;
        st.body = outcome == ReceiptOutcome::NotSeen ? s(u"家长反馈：当天挂号已满，孩子又不愿再去，未就诊。")
            : outcome == ReceiptOutcome::Inpatient
            ? s(u"医院回执：收住院治疗，预计住院三周；出院后凭医院证明办理复学评估。")
            : s(u"医院回执：门诊就诊，医生建议药物治疗配合心理治疗，两周后复诊；可继续在校学习，注意观察。");
        referrals.addStep(st);
    };
    const auto followUp = [&](qint64 referral, int daysAgo) {
        ReferralStep st = step(referral, ReferralStepKind::FollowUp, daysAgo);
        st.body = s(r.pick(FollowUps));
        referrals.addStep(st);
    };
    const PartnerHospital &first = hospitals.first();
    const PartnerHospital &second = hospitals.value(1, first);

    // The open referrals take the first students; the closed ones the next, or else earlier
    // referrals of the students whose open referral began after they closed (a relapse).
    using Scenario = std::function<void(qint64)>;
    const QList<Scenario> opened {
        [&](qint64 student) { // slip issued 12 days ago, no receipt: overdue
            const qint64 id = open(student, t.addDays(-20));
            meeting(id, 18);
            parents(id, 16, true);
            slip(id, 12, first);
        },
        [&](qint64 student) { // seen as an outpatient, the follow-up overdue
            const qint64 id = open(student, t.addDays(-60));
            meeting(id, 58);
            parents(id, 57, true);
            slip(id, 55, second);
            receipt(id, 50, ReceiptOutcome::Outpatient);
            followUp(id, 36);
            followUp(id, 20); // due 6 days ago
        },
        [&](qint64 student) { // the parents refused; followed up
            const qint64 id = open(student, t.addDays(-15));
            meeting(id, 13);
            parents(id, 10, false);
            followUp(id, 3);
        },
        [&](qint64 student) { // the hospital did not see the student
            const qint64 id = open(student, t.addDays(-30));
            meeting(id, 28);
            parents(id, 27, true);
            slip(id, 25, first);
            receipt(id, 19, ReceiptOutcome::NotSeen);
        },
        [&](qint64 student) { open(student, t.addDays(-2)); }, // just opened, the case meeting to come
    };
    const QList<Scenario> closed {
        [&](qint64 student) { // the whole loop, closed after treatment
            const qint64 id = open(student, t.addDays(-120));
            meeting(id, 118);
            parents(id, 117, true);
            slip(id, 116, first);
            receipt(id, 112, ReceiptOutcome::Inpatient);
            followUp(id, 98);
            followUp(id, 84);
            referrals.close(id, t.addDays(-70), s(u"住院治疗结束，出院后规律复诊，情绪稳定；转入一人一策常规跟进。"));
        },
        [&](qint64 student) { // outpatient, closed after two follow-ups
            const qint64 id = open(student, t.addDays(-90));
            meeting(id, 89);
            parents(id, 88, true);
            slip(id, 86, second);
            receipt(id, 80, ReceiptOutcome::Outpatient);
            followUp(id, 66);
            followUp(id, 52);
            referrals.close(id, t.addDays(-50), s(u"门诊治疗后症状明显缓解，医生建议停止复诊；学校继续常规关注。"));
        },
        [&](qint64 student) { // the case meeting decided against referring
            const qint64 id = open(student, t.addDays(-45));
            meeting(id, 44);
            referrals.close(
                id, t.addDays(-44), s(u"研判会认为目前以学业压力为主，暂不需转介；纳入每周面谈，情况变化时重新研判。"));
        },
    };
    const auto studentAt = [&](int i) { return i < candidates.size() ? candidates.at(i).id : qint64(0); };
    // Open referrals opened after every closing day above: all but the second (opened 60 days ago).
    QList<qint64> relapses;
    for (const int i : { 0, 2, 3, 4 })
        if (studentAt(i))
            relapses << studentAt(i);
    // Closed first: a student's earlier referral is closed before the next one opens.
    for (int i = 0; i < closed.size(); ++i) {
        qint64 student = studentAt(static_cast<int>(opened.size()) + i);
        if (!student && !relapses.isEmpty())
            student = relapses.takeFirst();
        if (student)
            closed.at(i)(student);
    }
    for (int i = 0; i < opened.size(); ++i)
        if (const qint64 student = studentAt(i))
            opened.at(i)(student);
}

} // namespace xinan
