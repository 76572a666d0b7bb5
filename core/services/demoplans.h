#pragma once
// Demo data for 一人一策 and the weekly review (周调度): plans for most key students, weekly
// updates for the last weeks and each week's meeting record. Synthetic text only.

namespace xinan {

struct DemoContext;

// The demo step "plans"; needs the demo's risk levels first. One key student (orange, waiting longest) is left
// without a plan so that the overdue flag shows. Deterministic from the seed and the reference day.
void addDemoPlans(DemoContext &ctx);

} // namespace xinan
