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

// The same options always give the same school and students.
SchoolInfo demoSchool(const DemoOptions &options);
QList<Student> demoStudents(const DemoOptions &options);

// Creates a new database at path filled with the demo school. Returns the recovery key.
QString createDemoDatabase(const QString &path, const QString &user, const SecretBytes &password, const DemoOptions &options);

} // namespace xinan
