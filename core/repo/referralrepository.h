#pragma once
// Referrals to hospital (转介, 医校协同): a closed loop with a date on every step. A referral
// opens at 发现/初评 (the day and the reason, in words fit for a hospital), from the file, a
// crisis event, an alert or a counselling session, and moves on through
//   研判会 (meeting: attendees, conclusion) → parents told (how, their response, consent or
//   refusal) → slip issued (partner hospital, department, who goes with the student) →
//   hospital receipt (回执: seen as outpatient / inpatient / not seen, the summary shared) →
//   follow-ups (due every `followupDays`, default 14, while open) → closed (why).
// The order is enforced (nextAllowed): a slip needs the parents' consent; after a refusal
// only another parents step (a follow-up conversation), follow-ups or closing are allowed;
// a receipt needs a slip. Every step is one transaction with its audit entry (ids and kinds,
// never the texts).
//
// Overdue: "receipt not recorded N days after the slip" (the school setting
// ReceiptDueDaysKey, default 7) and "follow-up overdue" (the last receipt or follow-up older
// than followupDays). Both count whole local days through the clock seam and stay on the home
// page until handled; refusals and "not seen" stay visible (attention()) until closed.
// Precisely: nextDue = the newest slip's day + receiptDueDays() while that slip has no receipt
// after it, else the newest receipt's, follow-up's or refusal's day + followupDays (null before
// any of them, and when closed). On nextDue itself nothing is overdue yet; from the day after,
// overdueDays = nextDue.daysTo(today) (slip on the 5th, N = 7: due the 12th, 1 day overdue on
// the 13th).
//
// Partner hospitals are school settings (DataKind::Settings): name, department, address,
// phone, green-channel contact. suggestedHospitals() gives Guizhou examples to offer, never
// stored unless the school adds them.
//
// Roles (docs/roles.md): counsellors read and write; the head reads referrals and steps with
// the sealed texts (reason, close reason, step bodies) empty; others Error(Denied).

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace xinan {

class Database;
struct TimelineEntry;

enum class ReferralSource { File, Crisis, Alert, Session };
enum class ReferralStepKind { Meeting, Parents, Slip, Receipt, FollowUp };
enum class ParentConsent { None, Consent, Refusal };
enum class ReceiptOutcome { None, Outpatient, Inpatient, NotSeen };
// Where a referral stands: the last step reached (Opened before any step), or Closed. Follow-ups
// after a refusal or a "not seen" receipt keep the stage Refused / NotSeen.
enum class ReferralStage { Opened, Meeting, Parents, Refused, Slip, Receipt, NotSeen, FollowUp, Closed };

// Stable codes as stored: file/crisis/alert/session; meeting/parents/slip/receipt/followup;
// ""/consent/refusal; ""/outpatient/inpatient/not_seen.
QString referralSourceCode(ReferralSource s);
std::optional<ReferralSource> referralSourceFromCode(const QString &code);
QString referralStepKindCode(ReferralStepKind k);
std::optional<ReferralStepKind> referralStepKindFromCode(const QString &code);
QString parentConsentCode(ParentConsent c);
QString receiptOutcomeCode(ReceiptOutcome o);
std::optional<ReceiptOutcome> receiptOutcomeFromCode(const QString &code);
// Display names (translated): 学生档案/危机事件/预警/辅导记录; 研判会/告知家长/开具转介单/医院回执/跟进;
// 同意/拒绝; 门诊/住院/未就诊; and the stage as a list shows it (待研判, 已研判, 已告知家长, 家长拒绝, …).
QString referralSourceName(ReferralSource s);
QString referralStepKindName(ReferralStepKind k);
QString parentConsentName(ParentConsent c);
QString receiptOutcomeName(ReceiptOutcome o);
QString referralStageName(ReferralStage s);

struct PartnerHospital
{
    qint64 id = 0;
    QString name; // 贵州省第二人民医院
    QString department; // 儿童青少年心理科
    QString address;
    QString phone;
    QString greenChannel; // 绿色通道 contact: a name and a phone
    bool retired = false; // no longer offered; kept for old referrals
    bool operator==(const PartnerHospital &) const = default;
};

struct ReferralStep
{
    qint64 id = 0;
    qint64 referralId = 0;
    ReferralStepKind kind = ReferralStepKind::Meeting;
    QDate on;
    QString attendees; // meeting
    QString method; // parents: 面谈 / 电话 / 家访 / 视频
    ParentConsent consent = ParentConsent::None; // parents (required there)
    qint64 hospitalId = 0; // slip: the partner hospital (0: typed by hand)
    QString hospital; // slip: as printed
    QString department; // slip
    QString escort; // slip: who goes with the student
    ReceiptOutcome outcome = ReceiptOutcome::None; // receipt (required there)
    QString body; // sealed: conclusion / parents' response / summary shared / follow-up note
    QString author;
    QDateTime recordedAt; // UTC
};

// What waits on the home page about one referral.
enum class ReferralOverdue { None, ReceiptMissing, FollowUpOverdue };

struct Referral
{
    qint64 id = 0;
    qint64 studentId = 0;
    QString studentNo;
    QString studentName;
    int grade = 0;
    QString className;
    ReferralSource source = ReferralSource::File;
    qint64 sourceId = 0;
    QDate openedOn;
    QString reason; // sealed
    int followupDays = 14;
    bool open = true;
    QDate closedOn;
    QString closeReason; // sealed
    QString openedBy;
    ReferralStage stage = ReferralStage::Opened;
    QDate lastStepOn; // the newest step's day (openedOn when none)
    QDate slipOn; // the newest slip's day; null without one
    QString hospital; // the newest slip's hospital
    QDate nextDue; // the day the next receipt or follow-up is due; null when nothing is due
    ReferralOverdue overdue = ReferralOverdue::None;
    int overdueDays = 0; // whole days past nextDue (0 when not overdue)
    bool refused = false; // the newest parents step is a refusal
    bool notSeen = false; // the newest receipt says not seen
};

struct ReferralDetail
{
    Referral referral;
    QList<ReferralStep> steps; // oldest first
};

class ReferralRepository final
{
public:
    ReferralRepository(Database &db, QString actor);

    // Opens a referral for the student on `openedOn` (not in the future) with the reason
    // (required, at most MaxTextLength). `sourceId` names the crisis event, alert or counselling
    // record it starts from (it must exist and be the same student's; 0 with File). Throws
    // Error(Rejected), writing nothing, for a student that does not exist or is not enrolled,
    // one with an open referral already, or a bad date or text. Returns its id.
    qint64 open(qint64 studentId, const QDate &openedOn, const QString &reason, ReferralSource source = ReferralSource::File,
        qint64 sourceId = 0);

    // The step kinds that may be recorded next, in the loop's order (empty when closed).
    QList<ReferralStepKind> nextAllowed(qint64 referralId);
    // Records a step (its `referralId` and `kind` say where and what). Refused (Rejected, the
    // message says what must come first) when the kind is not in nextAllowed(), when the day is
    // in the future or before the referral's last step, when a field the kind requires is
    // missing (meeting: conclusion; parents: method and consent; slip: hospital; receipt:
    // outcome; follow-up: note), or when the referral is closed. Returns the step's id.
    qint64 addStep(const ReferralStep &step);
    // Changes the follow-up interval (1–90 days).
    void setFollowupDays(qint64 referralId, int days);
    // Closes the referral on `closedOn` (not before its last step, not in the future) with the
    // reason (required). A closed referral takes no more steps.
    void close(qint64 referralId, const QDate &closedOn, const QString &reason);

    // Referrals: open ones first (most overdue first, then oldest), then closed (newest first).
    QList<Referral> referrals(bool openOnly = false);
    QList<Referral> studentReferrals(qint64 studentId); // newest first
    std::optional<qint64> openReferralOf(qint64 studentId);
    // The open referrals with something overdue, or refused / not seen: what the home page shows.
    QList<Referral> attention();
    // Throws Error(Rejected) when it no longer exists.
    ReferralDetail detail(qint64 referralId);

    // The student's timeline entries: opened, each step, closed.
    QList<TimelineEntry> timelineEntries(qint64 studentId);

    // Partner hospitals (DataKind::Settings): all, in the school's order (retired last).
    QList<PartnerHospital> hospitals(bool includeRetired = false);
    // Adds (id 0) or updates one. Throws Error(Rejected) for an empty name, a duplicate
    // name + department, an over-long field. Returns the id.
    qint64 saveHospital(const PartnerHospital &hospital);
    // Removes a hospital no referral names; one that a slip names is retired instead.
    void removeHospital(qint64 hospitalId);
    static QList<PartnerHospital> suggestedHospitals(); // Guizhou examples, not stored

    // Days after a slip before its receipt is overdue (settings key ReceiptDueDaysKey, 1–60,
    // default 7).
    int receiptDueDays();
    void setReceiptDueDays(int days);

    static constexpr auto ReceiptDueDaysKey = "referrals/receipt_due_days";
    static constexpr int DefaultReceiptDueDays = 7;
    static constexpr int DefaultFollowupDays = 14;
    static constexpr int MaxTextLength = 4000;

private:
    Database &m_db;
    QString m_actor;
};

} // namespace xinan
