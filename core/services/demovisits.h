#pragma once
// Demo data for home visits (家访): a term of visits by the class teachers, most on site or by
// phone, so that coverage is about 70–90 % with a few classes clearly behind; key students
// visited each month (one or two with last month's visit overdue) with the counselling teacher.
// The demo has no siblings, so no family visit meets two children. Synthetic text only.

namespace xinan {

struct DemoContext;

// The demo step "visits"; needs the risk levels, the class grid and the plans first.
// Deterministic from the seed and the reference day.
void addDemoVisits(DemoContext &ctx);

} // namespace xinan
