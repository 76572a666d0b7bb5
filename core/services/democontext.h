#pragma once
// The demo's steps (demodata.h): one per module, registered in order in demoSteps()
// (demodata.cpp). Each step reads and writes through its module's repositories and takes
// everything else from the DemoContext: the database, the demo account, the seed and the
// reference day. A step never reads the clock: createDemoDatabase() reads "now" once through
// xinan::clock, so two demos with the same seed and the same fixed clock are identical, and a
// run that crosses midnight still sees one day.

#include "demorandom.h"

#include "../domain/student.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <vector>

namespace xinan {

class Database;

struct DemoContext
{
    Database &db;
    QString user; // the demo account (a counsellor)
    quint64 seed;
    int studentCount; // how many students the demo asked for
    QDateTime now; // the reference time, local (read once from xinan::clock)
    QDate today; // now's date: the demo's "today"
    QList<Student> students; // the stored students, once the students step has run

    // A step's own random numbers, from the seed: each step draws from its own stream
    // (seed * multiplier + offset), so that adding a step changes no other step's data.
    DemoRandom random(quint64 multiplier, quint64 offset) const { return DemoRandom(seed * multiplier + offset); }
    // The reference time in UTC.
    QDateTime nowUtc() const { return now.toUTC(); }
};

struct DemoStep
{
    const char *name; // the module: "students", "screening", ...
    std::function<void(DemoContext &)> run;
};

// The demo's steps in the order they run (later steps use what earlier ones wrote).
const std::vector<DemoStep> &demoSteps();

} // namespace xinan
