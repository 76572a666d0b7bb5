#include "referralloop.h"

#include "../domain/text.h"
#include "../error.h"
#include "../platform/clock.h"

#include <QCoreApplication>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReferralRepository)
};

} // namespace

namespace referral_loop {

QString shownDay(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy-MM-dd"));
}

QString checkedBody(const QString &text, const QString &field, const QString &emptyMessage)
{
    const QString t = text.trimmed();
    if (t.isEmpty() && !emptyMessage.isEmpty())
        throw Error(ErrorKind::Rejected, emptyMessage);
    if (t.size() > ReferralRepository::MaxTextLength)
        throw Error(ErrorKind::Rejected,
            Tr::tr("%1 has %2 characters; at most %3 fit. Shorten it.")
                .arg(field)
                .arg(t.size())
                .arg(ReferralRepository::MaxTextLength));
    checkPlainText(field, t, true);
    return t;
}

QString checkedLine(const QString &text, const QString &field, int maxLength)
{
    const QString t = text.trimmed();
    if (t.size() > maxLength)
        throw Error(ErrorKind::Rejected,
            Tr::tr("%1 has %2 characters; at most %3 fit. Shorten it.").arg(field).arg(t.size()).arg(maxLength));
    checkPlainText(field, t, false);
    return t;
}

void checkDay(const QDate &day, const QString &what)
{
    if (!day.isValid())
        throw Error(ErrorKind::Rejected, Tr::tr("Give the date of %1.").arg(what));
    if (day > clock::today())
        throw Error(ErrorKind::Rejected, Tr::tr("The date of %1, %2, is in the future.").arg(what, shownDay(day)));
}

ParentConsent consentFromCode(const QString &code)
{
    if (code == u"consent")
        return ParentConsent::Consent;
    if (code == u"refusal")
        return ParentConsent::Refusal;
    return ParentConsent::None;
}

LoopState loopState(const QDate &openedOn, const QList<StepFacts> &steps)
{
    LoopState s;
    s.lastStepOn = openedOn;
    for (const StepFacts &f : steps) {
        s.lastKind = f.kind;
        s.lastStepOn = f.on;
        switch (f.kind) {
        case ReferralStepKind::Meeting:
            s.hasMeeting = true;
            s.stage = ReferralStage::Meeting;
            break;
        case ReferralStepKind::Parents:
            s.refused = f.consent == ParentConsent::Refusal;
            s.consented = f.consent == ParentConsent::Consent;
            s.stage = s.refused ? ReferralStage::Refused : ReferralStage::Parents;
            if (s.refused)
                s.followupBase = f.on;
            break;
        case ReferralStepKind::Slip:
            s.hasSlip = true;
            s.receiptPending = true;
            s.slipOn = f.on;
            s.hospital = f.hospital;
            s.stage = ReferralStage::Slip;
            break;
        case ReferralStepKind::Receipt:
            s.receiptPending = false;
            s.notSeen = f.outcome == ReceiptOutcome::NotSeen;
            s.followupBase = f.on;
            s.stage = s.notSeen ? ReferralStage::NotSeen : ReferralStage::Receipt;
            break;
        case ReferralStepKind::FollowUp:
            s.followupBase = f.on;
            // Following up a refusal or a "not seen" keeps that stage visible.
            if (s.stage != ReferralStage::Refused && s.stage != ReferralStage::NotSeen)
                s.stage = ReferralStage::FollowUp;
            break;
        }
    }
    return s;
}

// The loop's order (see the header): what may come after the steps so far.
QList<ReferralStepKind> allowedAfter(const LoopState &s)
{
    using K = ReferralStepKind;
    if (!s.lastKind)
        return { K::Meeting };
    switch (*s.lastKind) {
    case K::Meeting:
        return { K::Meeting, K::Parents };
    case K::Parents:
        return s.consented ? QList<K> { K::Parents, K::Slip } : QList<K> { K::Parents, K::FollowUp };
    case K::Slip:
        return { K::Slip, K::Receipt };
    case K::Receipt:
        return s.notSeen ? QList<K> { K::Slip, K::FollowUp } : QList<K> { K::FollowUp };
    case K::FollowUp:
        if (!s.hasSlip) // following up a refusal: another talk with the parents may bring consent
            return { K::Parents, K::FollowUp };
        return s.notSeen ? QList<K> { K::Slip, K::Receipt, K::FollowUp } : QList<K> { K::Receipt, K::FollowUp };
    }
    return {};
}

QString kindList(const QList<ReferralStepKind> &kinds)
{
    QStringList names;
    for (const ReferralStepKind k : kinds)
        names << referralStepKindName(k);
    return names.join(Tr::tr(", "));
}

// Why `kind` cannot follow now: what must come first.
QString refusalMessage(const LoopState &s, ReferralStepKind kind, const QList<ReferralStepKind> &allowed)
{
    using K = ReferralStepKind;
    QString first;
    switch (kind) {
    case K::Meeting:
        first = Tr::tr("The case meeting (研判会) comes before the parents are told; it cannot be recorded after them.");
        break;
    case K::Parents:
        if (!s.hasMeeting)
            first = Tr::tr("Hold and record the case meeting (研判会) first: the parents are told after it.");
        else
            first = Tr::tr("The parents were already told and consented; a referral slip was issued.");
        break;
    case K::Slip:
        if (!s.hasMeeting)
            first = Tr::tr("Record the case meeting (研判会) and the parents' consent before issuing a referral slip.");
        else if (s.refused)
            first = Tr::tr("The parents refused the referral. A slip needs their consent: record a later talk with the "
                           "parents in which they consent first.");
        else if (!s.consented && !s.hasSlip)
            first = Tr::tr("Tell the parents and record their consent before issuing a referral slip.");
        else
            first = Tr::tr("The hospital saw the student after the last slip; a new slip is issued only after a receipt "
                           "saying the student was not seen.");
        break;
    case K::Receipt:
        if (!s.hasSlip)
            first = Tr::tr("Issue the referral slip first: the hospital's receipt (回执) answers a slip.");
        else
            first = Tr::tr("The receipt for the last slip is recorded; record a follow-up before the receipt of a later visit.");
        break;
    case K::FollowUp:
        first = Tr::tr("Follow-ups come after the hospital's receipt, or after the parents refused; record those first.");
        break;
    }
    return Tr::tr("%1\nNext can be: %2.").arg(first, kindList(allowed));
}

QString stageCode(ReferralStage s)
{
    switch (s) {
    case ReferralStage::Opened:
        return QStringLiteral("opened");
    case ReferralStage::Meeting:
        return QStringLiteral("meeting");
    case ReferralStage::Parents:
        return QStringLiteral("parents");
    case ReferralStage::Refused:
        return QStringLiteral("refused");
    case ReferralStage::Slip:
        return QStringLiteral("slip");
    case ReferralStage::Receipt:
        return QStringLiteral("receipt");
    case ReferralStage::NotSeen:
        return QStringLiteral("not_seen");
    case ReferralStage::FollowUp:
        return QStringLiteral("followup");
    case ReferralStage::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

} // namespace referral_loop

QString referralSourceCode(ReferralSource s)
{
    switch (s) {
    case ReferralSource::File:
        return QStringLiteral("file");
    case ReferralSource::Crisis:
        return QStringLiteral("crisis");
    case ReferralSource::Alert:
        return QStringLiteral("alert");
    case ReferralSource::Session:
        return QStringLiteral("session");
    }
    return {};
}

std::optional<ReferralSource> referralSourceFromCode(const QString &code)
{
    for (const ReferralSource s :
        { ReferralSource::File, ReferralSource::Crisis, ReferralSource::Alert, ReferralSource::Session })
        if (referralSourceCode(s) == code)
            return s;
    return std::nullopt;
}

QString referralStepKindCode(ReferralStepKind k)
{
    switch (k) {
    case ReferralStepKind::Meeting:
        return QStringLiteral("meeting");
    case ReferralStepKind::Parents:
        return QStringLiteral("parents");
    case ReferralStepKind::Slip:
        return QStringLiteral("slip");
    case ReferralStepKind::Receipt:
        return QStringLiteral("receipt");
    case ReferralStepKind::FollowUp:
        return QStringLiteral("followup");
    }
    return {};
}

std::optional<ReferralStepKind> referralStepKindFromCode(const QString &code)
{
    for (const ReferralStepKind k : { ReferralStepKind::Meeting, ReferralStepKind::Parents, ReferralStepKind::Slip,
             ReferralStepKind::Receipt, ReferralStepKind::FollowUp })
        if (referralStepKindCode(k) == code)
            return k;
    return std::nullopt;
}

QString parentConsentCode(ParentConsent c)
{
    switch (c) {
    case ParentConsent::None:
        return QString();
    case ParentConsent::Consent:
        return QStringLiteral("consent");
    case ParentConsent::Refusal:
        return QStringLiteral("refusal");
    }
    return {};
}

QString receiptOutcomeCode(ReceiptOutcome o)
{
    switch (o) {
    case ReceiptOutcome::None:
        return QString();
    case ReceiptOutcome::Outpatient:
        return QStringLiteral("outpatient");
    case ReceiptOutcome::Inpatient:
        return QStringLiteral("inpatient");
    case ReceiptOutcome::NotSeen:
        return QStringLiteral("not_seen");
    }
    return {};
}

std::optional<ReceiptOutcome> receiptOutcomeFromCode(const QString &code)
{
    for (const ReceiptOutcome o :
        { ReceiptOutcome::None, ReceiptOutcome::Outpatient, ReceiptOutcome::Inpatient, ReceiptOutcome::NotSeen })
        if (receiptOutcomeCode(o) == code)
            return o;
    return std::nullopt;
}

QString referralSourceName(ReferralSource s)
{
    switch (s) {
    case ReferralSource::File:
        return Tr::tr("Student file");
    case ReferralSource::Crisis:
        return Tr::tr("Crisis event");
    case ReferralSource::Alert:
        return Tr::tr("Alert");
    case ReferralSource::Session:
        return Tr::tr("Counselling record");
    }
    return {};
}

QString referralStepKindName(ReferralStepKind k)
{
    switch (k) {
    case ReferralStepKind::Meeting:
        return Tr::tr("Case meeting");
    case ReferralStepKind::Parents:
        return Tr::tr("Parents told");
    case ReferralStepKind::Slip:
        return Tr::tr("Referral slip issued");
    case ReferralStepKind::Receipt:
        return Tr::tr("Hospital receipt");
    case ReferralStepKind::FollowUp:
        return Tr::tr("Follow-up");
    }
    return {};
}

QString parentConsentName(ParentConsent c)
{
    switch (c) {
    case ParentConsent::None:
        return QString();
    case ParentConsent::Consent:
        return Tr::tr("Consent");
    case ParentConsent::Refusal:
        return Tr::tr("Refusal");
    }
    return {};
}

QString receiptOutcomeName(ReceiptOutcome o)
{
    switch (o) {
    case ReceiptOutcome::None:
        return QString();
    case ReceiptOutcome::Outpatient:
        return Tr::tr("Outpatient");
    case ReceiptOutcome::Inpatient:
        return Tr::tr("Inpatient");
    case ReceiptOutcome::NotSeen:
        return Tr::tr("Not seen");
    }
    return {};
}

QString referralStageName(ReferralStage s)
{
    switch (s) {
    case ReferralStage::Opened:
        return Tr::tr("Awaiting case meeting");
    case ReferralStage::Meeting:
        return Tr::tr("Case meeting held");
    case ReferralStage::Parents:
        return Tr::tr("Parents consented");
    case ReferralStage::Refused:
        return Tr::tr("Parents refused");
    case ReferralStage::Slip:
        return Tr::tr("Slip issued, awaiting receipt");
    case ReferralStage::Receipt:
        return Tr::tr("Seen by hospital");
    case ReferralStage::NotSeen:
        return Tr::tr("Not seen by hospital");
    case ReferralStage::FollowUp:
        return Tr::tr("Following up");
    case ReferralStage::Closed:
        return Tr::tr("Closed");
    }
    return {};
}

} // namespace xinan
