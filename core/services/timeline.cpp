#include "timeline.h"

#include "../repo/alertrepository.h"
#include "../repo/appointmentrepository.h"
#include "../repo/crisisrepository.h"
#include "../repo/feedbackrepository.h"
#include "../repo/noterepository.h"
#include "../repo/planrepository.h"
#include "../repo/referralrepository.h"
#include "../repo/reviewrepository.h"
#include "../repo/riskrepository.h"
#include "../repo/screeningrepository.h"
#include "../repo/sessionrepository.h"
#include "../repo/studentrepository.h"
#include "../store/database.h"

#include <algorithm>

namespace xinan {

const std::vector<TimelineProvider> &timelineProviders()
{
    static const std::vector<TimelineProvider> providers {
        { "notes", DataKind::Counselling, entriesOf<NoteRepository> }, // dated notes
        { "risk", DataKind::RiskLevel, entriesOf<RiskRepository> }, // changes of the risk level
        { "screening", DataKind::Screening, entriesOf<ScreeningRepository> }, // screening results
        { "crisis", DataKind::Crisis, entriesOf<CrisisRepository> }, // crisis events, their steps and closure
        { "plans", DataKind::KeyPlan, entriesOf<PlanRepository> }, // 一人一策: written, revised, closed
        { "weekly_review", DataKind::WeeklyBoard, entriesOf<ReviewRepository> }, // the weekly review's updates
        { "appointments", DataKind::Appointments, entriesOf<AppointmentRepository> }, // appointments kept
        { "sessions", DataKind::Counselling, entriesOf<SessionRepository> }, // counselling records, group sessions
        { "feedback", DataKind::Feedback, entriesOf<FeedbackRepository> }, // feedback given
        { "alerts", DataKind::Alerts, entriesOf<AlertRepository> }, // second-stage interviews, alerts handled
        { "referrals", DataKind::Referrals, entriesOf<ReferralRepository> }, // referrals: opened, steps, closed
    };
    return providers;
}

QList<TimelineEntry> studentTimeline(Database &db, qint64 studentId, const QString &actor)
{
    // The basic file first: Denied for a class teacher and another class's student, or an admin.
    if (!StudentRepository(db, actor).find(studentId))
        return {};
    QList<TimelineEntry> out;
    for (const TimelineProvider &provider : timelineProviders())
        if (db.access().allows(provider.kind, AccessOp::Read))
            out.append(provider.entries(db, studentId, actor));
    // Newest first across all kinds; stable, so that each source keeps its own order within a day.
    std::stable_sort(out.begin(), out.end(), [](const TimelineEntry &a, const TimelineEntry &b) { return a.date > b.date; });
    return out;
}

} // namespace xinan
