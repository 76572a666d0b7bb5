#pragma once
// The referral loop's rules shared by ReferralRepository's sources (internal to core/repo): the
// checks of dates and texts, where a referral stands after its steps (LoopState), which steps may
// come next and the message saying what must come first.

#include "referralrepository.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace xinan::referral_loop {

constexpr int MaxLineLength = 200; // one-line fields: attendees, method, hospital, department, escort, address …

QString shownDay(const QDate &d);
// Trimmed, at most ReferralRepository::MaxTextLength, plain multi-line text; Rejected with
// `emptyMessage` when empty (unless that is empty too).
QString checkedBody(const QString &text, const QString &field, const QString &emptyMessage);
// Trimmed, at most maxLength, plain one-line text (may be empty).
QString checkedLine(const QString &text, const QString &field, int maxLength = MaxLineLength);
// Rejected for an invalid day or one after clock::today().
void checkDay(const QDate &day, const QString &what);

// A step as the loop sees it (no texts).
struct StepFacts
{
    ReferralStepKind kind;
    QDate on;
    ParentConsent consent;
    ReceiptOutcome outcome;
    QString hospital;
};

ParentConsent consentFromCode(const QString &code);
QString stageCode(ReferralStage s); // opened, meeting, parents, refused, slip, receipt, not_seen, followup, closed

// Where the loop stands after a list of steps (oldest first).
struct LoopState
{
    ReferralStage stage = ReferralStage::Opened;
    bool hasMeeting = false;
    bool hasSlip = false;
    bool refused = false; // the newest parents step is a refusal
    bool consented = false; // the newest parents step is a consent
    bool notSeen = false; // the newest receipt says not seen
    bool receiptPending = false; // the newest slip has no receipt after it
    QDate lastStepOn;
    QDate slipOn; // newest slip
    QString hospital; // newest slip's
    QDate followupBase; // newest receipt / follow-up / refusal: the day the follow-up interval counts from
    std::optional<ReferralStepKind> lastKind;
};

LoopState loopState(const QDate &openedOn, const QList<StepFacts> &steps);
// The loop's order (see referralrepository.h): what may come after the steps so far.
QList<ReferralStepKind> allowedAfter(const LoopState &s);
// Why `kind` cannot follow now: what must come first, and what may come next.
QString refusalMessage(const LoopState &s, ReferralStepKind kind, const QList<ReferralStepKind> &allowed);

} // namespace xinan::referral_loop
