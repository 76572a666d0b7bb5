#pragma once
// A deterministic synthetic school for demonstrations, screenshots, tests and benchmarks.
// Every name, number and place is generated; no real person's data is used.

#include "../domain/student.h"
#include "../repo/schoolrepository.h"

#include <QList>

namespace xinan {

class SecretBytes;

struct DemoOptions
{
    int students = 600;
    quint64 seed = 2026;
};

// The same options always give the same school, and on the same day the same students (their
// ages follow the school year of `today`; without it, of xinan::clock::today()).
SchoolInfo demoSchool(const DemoOptions &options);
QList<Student> demoStudents(const DemoOptions &options);
QList<Student> demoStudents(const DemoOptions &options, const QDate &today);

// Creates a new database at path filled with the demo school: runs demoSteps()
// (democontext.h), one per module, in order, all on one reference day read once from
// xinan::clock. The same options and the same (fixed) clock give the same database content.
// Returns the recovery key.
QString createDemoDatabase(const QString &path, const QString &user, const SecretBytes &password, const DemoOptions &options);

} // namespace xinan
