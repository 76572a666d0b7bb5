#pragma once
// For bench/ only: the same Database code over an UNENCRYPTED SQLite file, to measure what
// encryption costs. Never used by the application; nothing in app/, ui/ or services includes it.

#include "database.h"

namespace xinan {
Database openPlaintextForBenchmark(const QString &path);
}
