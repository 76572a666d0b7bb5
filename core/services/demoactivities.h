#pragma once
// Demo data for activities and training (活动与培训) and the office's facts: the last school
// year's and this school year's activities up to the reference day (a 5·25 心理健康教育月 with
// four events in May, 家长学校 sessions, 家长会 talks, a teacher training, 心理委员 training and
// group activities each term), and the rooms' area and equipment. Audiences are groups, never a
// student's name. Synthetic text only.

namespace xinan {

struct DemoContext;

// The demo step "activities"; needs the rooms and staff (the daily step) first.
// Deterministic from the seed and the reference day; nothing after the reference day.
void addDemoActivities(DemoContext &ctx);

} // namespace xinan
