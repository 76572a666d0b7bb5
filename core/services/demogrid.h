#pragma once
// The demo school's class grid: synthetic teachers for its classes (see demodata.h).

namespace xinan {

struct DemoContext;

// The demo step "grid": a class teacher for every class with enrolled students but the last two (so the home page
// shows what a school that has not finished the grid sees), a deputy for about every third
// class and a grade leader for each grade's first class. Deterministic from the seed; one
// transaction.
void addDemoGrid(DemoContext &ctx);

} // namespace xinan
