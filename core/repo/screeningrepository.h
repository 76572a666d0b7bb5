#pragma once
// Screening drives (测评批次) and their scored results. Recording writes the results and one
// audit entry per result in one transaction; a critical result (PHQ-9 item 9 > 0) then raises
// the student's risk level to at least yellow through RiskRepository::change (source
// screening), right after that transaction commits: RiskRepository opens its own transaction
// and transactions do not nest. Screening never lowers a level.

#include "../domain/instrument.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace xinan {

class Database;

struct ScreeningDrive
{
    qint64 id = 0;
    QString name;
    QString term;         // 2026-2027-1
    QString instrumentId; // the drive's instrument: phq9, gad7, ...
    QDateTime createdAt;  // UTC
};

// One student's answers, in item order.
struct ScreeningEntry
{
    qint64 studentId = 0;
    QList<int> answers;
    QDate takenOn;
};

// One recorded result with its student.
struct ScreeningResultRow
{
    qint64 id = 0;
    qint64 studentId = 0;
    QString driveName;
    QString studentNo;
    QString name;
    int grade = 0;
    QString className;
    QString instrumentId;
    int total = 0;
    QString bandCode;
    bool critical = false;
    bool needsInterview = false;
    QString source; // entered | imported | external
    QDate takenOn;
};

// One class of the target grades: enrolled students, and how many have a result in the drive.
struct ClassCoverage
{
    int grade = 0;
    QString className;
    int enrolled = 0;
    int done = 0;
    int missing() const { return enrolled - done; }
};

// What matching a screening sheet needs to know about each student.
struct ScreeningStudent
{
    qint64 id = 0;
    QString studentNo;
    QString name;
    int grade = 0;
    QString className;
    bool enrolled = false;
};

struct RecordOutcome
{
    qint64 driveId = 0;
    int recorded = 0;
    int critical = 0;
    int needsInterview = 0;
    int raisedToYellow = 0; // students whose level the critical results raised
};

class ScreeningRepository final
{
public:
    ScreeningRepository(Database &db, QString actor);

    // Throws Error(Rejected) for an empty name, a name already used or an unknown instrument.
    qint64 createDrive(const QString &name, const QString &term, const QString &instrumentId);
    std::optional<ScreeningDrive> findDrive(const QString &name);
    QList<ScreeningDrive> drives(); // newest first

    // Scores and records `entries` in the drive called `driveName` (created with `term` and the
    // instrument when it does not exist), all in one transaction with their audit entries;
    // source is "entered" or "imported". Throws Error(Rejected), writing nothing, for answers the
    // instrument does not accept, a student that does not exist or a student who already has a
    // result of this instrument in the drive. Then raises each critical student to yellow
    // unless the student's level is yellow or higher already.
    RecordOutcome record(const QString &driveName, const QString &term, const Instrument &instrument,
        const QList<ScreeningEntry> &entries, const QString &source);

    // The drive's results (every drive's when driveId is 0), by grade, class and name.
    QList<ScreeningResultRow> results(qint64 driveId = 0);
    // The student's results, newest first (for the timeline).
    QList<ScreeningResultRow> studentResults(qint64 studentId);
    // Students who already have a result of the instrument in the drive.
    QSet<qint64> studentsWithResult(qint64 driveId, const QString &instrumentId);
    // Per class of the target grades (every grade when empty), enrolled students only.
    QList<ClassCoverage> coverage(qint64 driveId, const QList<int> &grades);
    // Every student, for matching a sheet's rows.
    QList<ScreeningStudent> students();

private:
    Database &m_db;
    QString m_actor;
};

} // namespace xinan
