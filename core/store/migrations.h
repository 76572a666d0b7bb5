#pragma once
// The versioned schema: PRAGMA user_version plus cumulative migrations. All pending
// migrations run inside one transaction, so a failure leaves the file exactly as it was.

#include <QString>

#include <functional>
#include <vector>

namespace xinan {

class Database;

struct Migration
{
    int version;          // user_version after this step
    const char *summary;  // for logs and docs
    std::function<void(Database &)> apply;
};

// XinAn's migrations, in order. The last one's version is the current schema version.
const std::vector<Migration> &schemaMigrations();
int currentSchemaVersion();

// Brings db up to the last migration's version. Returns the version it started from.
// Throws Error(Other) for a file from a newer XinAn, and rethrows a failing step's error
// after rolling everything back.
int migrate(Database &db, const std::vector<Migration> &migrations = schemaMigrations());

} // namespace xinan
