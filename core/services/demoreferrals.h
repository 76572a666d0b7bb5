#pragma once
// Demo data for referrals to hospital (转介): three partner hospitals and referrals of the demo's
// red and orange students at every stage of the loop: one whose hospital receipt is overdue, one
// whose follow-up is overdue, one the parents refused, one the hospital did not see, and a few
// closed ones (one closed after the case meeting decided against referring). Synthetic text only.

namespace xinan {

struct DemoContext;

// The demo step "referrals"; needs the demo's risk levels, crisis events and counselling records
// first. Dated from the context's reference day (never the clock); deterministic from the seed.
void addDemoReferrals(DemoContext &ctx);

} // namespace xinan
