#pragma once
// The versioned schema: PRAGMA user_version plus cumulative migrations. All pending
// migrations run inside one transaction, so a failure leaves the file exactly as it was.
//
// Each migration's SQL is a file resources/schema/vN.sql, embedded in xinan_core under
// :/schema (core/CMakeLists.txt); schemaMigrations() (migrations.cpp) is the registry: one line
// per version with its SQL file and, for data changes SQL cannot make, a C++ step run after it.

#include <QString>

#include <functional>
#include <vector>

namespace xinan {

class Database;

struct Migration
{
    // A migration made of a step in C++ only.
    Migration(int version, const char *summary, std::function<void(Database &)> step);
    // A migration that runs the SQL file `script` (a name under :/schema, e.g. "v1.sql"), then
    // the optional step.
    Migration(int version, const char *summary, const char *script, std::function<void(Database &)> step = {});

    int version; // user_version after this step
    const char *summary; // for logs and docs
    const char *script = nullptr; // the SQL file under :/schema, or none
    std::function<void(Database &)> step; // data changes SQL cannot make, or none

    // Runs the script, then the step. Throws Error(Other) naming the file when the script is
    // missing, unreadable or empty, and the database's error when a statement fails.
    void apply(Database &db) const;
};

// XinAn's migrations, in order. The last one's version is the current schema version.
const std::vector<Migration> &schemaMigrations();
int currentSchemaVersion();

// Runs a whole SQL file embedded under :/schema (statements, triggers with their BEGIN … END,
// comments) in the current transaction. Throws as Migration::apply.
void runSchemaScript(Database &db, const char *script);

// Brings db up to the last migration's version. Returns the version it started from.
// Throws Error(Other) for a file from a newer XinAn, and rethrows a failing step's error
// after rolling everything back.
int migrate(Database &db, const std::vector<Migration> &migrations = schemaMigrations());

} // namespace xinan
