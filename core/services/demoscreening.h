#pragma once
// The demo school's screening: one PHQ-9 drive of the current autumn term (see demodata.h).

namespace xinan {

struct DemoContext;

// The demo step "screening": one PHQ-9 drive for the latest autumn term (early in an autumn
// term, before its drive, the spring term's drive before it), targeting grade 4 and up (every grade when the
// school has none), with results for about 92 % of its enrolled students: mostly none or mild,
// a few moderate and above, 1 to 3 critical answers (item 9) given to students the risk
// history already shows at yellow or above where there are such students, so that the drive
// agrees with the demo's risk levels. Deterministic from the seed and the reference day.
void addDemoScreening(DemoContext &ctx);

} // namespace xinan
