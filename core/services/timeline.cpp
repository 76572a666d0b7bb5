#include "timeline.h"

#include "../repo/alertrepository.h"
#include "../repo/appointmentrepository.h"
#include "../repo/crisisrepository.h"
#include "../repo/feedbackrepository.h"
#include "../repo/noterepository.h"
#include "../repo/planrepository.h"
#include "../repo/reviewrepository.h"
#include "../repo/riskrepository.h"
#include "../repo/screeningrepository.h"
#include "../repo/sessionrepository.h"

#include <algorithm>

namespace xinan {

const std::vector<TimelineProvider> &timelineProviders()
{
    static const std::vector<TimelineProvider> providers {
        { "notes", entriesOf<NoteRepository> }, // dated notes
        { "risk", entriesOf<RiskRepository> }, // changes of the risk level
        { "screening", entriesOf<ScreeningRepository> }, // screening results
        { "crisis", entriesOf<CrisisRepository> }, // crisis events, their steps and closure
        { "plans", entriesOf<PlanRepository> }, // 一人一策: written, revised, closed
        { "weekly_review", entriesOf<ReviewRepository> }, // the weekly review's updates
        { "appointments", entriesOf<AppointmentRepository> }, // appointments kept
        { "sessions", entriesOf<SessionRepository> }, // counselling records, group sessions
        { "feedback", entriesOf<FeedbackRepository> }, // feedback given
        { "alerts", entriesOf<AlertRepository> }, // second-stage interviews, alerts handled
    };
    return providers;
}

QList<TimelineEntry> studentTimeline(Database &db, qint64 studentId, const QString &actor)
{
    QList<TimelineEntry> out;
    for (const TimelineProvider &provider : timelineProviders())
        out.append(provider.entries(db, studentId, actor));
    // Newest first across all kinds; stable, so that each source keeps its own order within a day.
    std::stable_sort(out.begin(), out.end(), [](const TimelineEntry &a, const TimelineEntry &b) { return a.date > b.date; });
    return out;
}

} // namespace xinan
