#pragma once
// File-system helpers shared by the store and the services.

#include <QByteArray>
#include <QString>

namespace xinan {

// Writes data to path through a temporary file in the same folder and renames it into place,
// owner-only (0600). Throws Error(Other) naming the file and the reason; the old file, if
// any, stays as it was.
void writeFileAtomically(const QString &path, const QByteArray &data);

// Sets owner-only permissions (0600) on a file we created.
void makeOwnerOnly(const QString &path);

// Turns core dumps off for this process (RLIMIT_CORE 0, not dumpable), so that key material
// and children's records never land in a crash dump.
void disableCoreDumps();

} // namespace xinan
