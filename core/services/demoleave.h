#pragma once
// The demo school's leaves and status changes (休学 / 复学, 转学): see demodata.h.

namespace xinan {

struct DemoContext;

// The demo step "leave": a status event for every student the students step archived (转学, 休学,
// with a leave record for 休学), one student on leave for mental health, one who returned about
// 10 days before the reference day (an earlier application deferred, the week's follow-up done,
// the month's waiting) and one who returned about a month before (the month's follow-up
// overdue, on the home page). Uses the DemoContext's reference day only.
void addDemoLeave(DemoContext &ctx);

} // namespace xinan
