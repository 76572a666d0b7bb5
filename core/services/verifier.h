#pragma once
// `verify`: SQLite's integrity check plus XinAn's own checks of an open database.

#include <QByteArray>
#include <QList>
#include <QString>

namespace xinan {

class Database;
class SchoolFile;

struct VerifyCheck
{
    QString name; // what was checked
    bool passed = false;
    QString detail; // what was found
    bool tampering = false; // failed because someone changed what may not be changed (the audit trail)
};

struct VerifyReport
{
    QList<VerifyCheck> checks;
    bool intact() const;
    QStringList problems() const;
    // True when a failed check is tampering rather than damage (both are exit code 4).
    bool tampered() const;
};

// Checks the database alone (used for backups and restores too). Never throws for damage:
// damage becomes a failed check. The audit trail's hash chain (from the pruning checkpoint to
// the head) and its append-only triggers are checked too; a break is reported as tampering,
// naming the first bad entry.
VerifyReport verifyDatabase(Database &db, const QByteArray &expectedKeyCheck);
// Also checks the key file beside the database.
VerifyReport verifySchoolFile(SchoolFile &school);

} // namespace xinan
