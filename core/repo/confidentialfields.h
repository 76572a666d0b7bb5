#pragma once
// The confidential columns sealed with the counsellor key (see store/access.h), and the two
// whole-database operations on them: sealing the clear text a file from before the counsellor
// key holds (at the first counsellor unlock), and re-sealing everything under a new key (rekey).
// Each runs in one transaction: all values change or none.

#include "../crypto/secret.h"

#include <QByteArray>
#include <QList>

namespace xinan {

class Database;

struct ConfidentialColumn
{
    const char *table;
    const char *column;
    const char *ownerColumn; // the owning id bound into each value's associated data
    const char *field; // "table.column", as repositories pass to bindConfidential
};
const QList<ConfidentialColumn> &confidentialColumns();

// What the database knows of its counsellor key: nothing yet (a file from before schema 7's
// first counsellor unlock), or the key's check and whether the recovery key derives it.
struct CounsellorKeyState
{
    QByteArray check;
    bool fromRecovery = false;
    bool exists() const { return !check.isEmpty(); }
};
CounsellorKeyState counsellorKeyState(Database &db);

// Seals every confidential value still in clear with `key` and records the key's state.
// Returns how many values were sealed.
int sealConfidentialContent(Database &db, const SecretBytes &key, bool fromRecovery);
// Opens every sealed value with `oldKey` and seals it again with `newKey` (clear values are
// sealed too); records the new key's state. Throws Error(Damaged) naming the column for a value
// that does not open, and nothing is changed.
int resealConfidentialContent(Database &db, const SecretBytes &oldKey, const SecretBytes &newKey, bool fromRecovery);

// For `verify`: how many sealed values there are and how many of them do not open with `key`
// (altered, moved between rows, or sealed with another key).
struct SealedCount
{
    int sealed = 0;
    int broken = 0;
    int clear = 0; // values still in clear (a file whose first counsellor unlock is still to come)
};
SealedCount checkConfidentialContent(Database &db, const SecretBytes &key);

} // namespace xinan
