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
};

struct VerifyReport
{
    QList<VerifyCheck> checks;
    bool intact() const;
    QStringList problems() const;
};

// Checks the database alone (used for backups and restores too). Never throws for damage:
// damage becomes a failed check.
VerifyReport verifyDatabase(Database &db, const QByteArray &expectedKeyCheck);
// Also checks the key file beside the database.
VerifyReport verifySchoolFile(SchoolFile &school);

} // namespace xinan
