#pragma once
// Demo data for psychology lessons (心理健康课): the current term's lessons so far for every
// class with enrolled students, given by the counselling teachers on a school day of every
// second teaching week (中职: two 学时 at a time), so that most classes are on track and a few
// (one class in seven) are one or two 课时 behind and some one ahead. Synthetic text only.

namespace xinan {

struct DemoContext;

// The demo step "lessons"; needs the students and the duty roster's terms (the daily step).
// Deterministic from the seed and the reference day (lessons up to the day before it).
void addDemoLessons(DemoContext &ctx);

} // namespace xinan
