#pragma once
// Screening drives (测评批次) and their scored results. A drive has one or more instruments (PHQ-9,
// or PHQ-9 + GAD-7, ...), a term, the grades it targets (every grade when none) and its dates;
// coverage counts the enrolled students of the target grades per class who have a result of one
// instrument (an external result from another platform counts for every instrument), and a
// drive's done count is the students with results of ALL its instruments. Recording writes the results and one audit entry per
// result in one transaction; a critical result (PHQ-9 item 9 > 0) raises the student's risk level to at least yellow through
// RiskRepository::change (source screening) inside that same transaction: a nested Transaction is a SAVEPOINT, so the result and
// the risk change commit or roll back together. Screening never lowers a level. Results from other platforms (SCL-90, MHT, …) are
// recorded as external results: instrument name, total, level text and platform, no answers.
//
// Roles (docs/roles.md): drives, results, coverage and bands are DataKind::Screening (counsellors
// read and write, the head reads); recording answers needs DataKind::ScreeningAnswers too, and
// the answers (owner the student) are sealed with the counsellor key. Others get Error(Denied).

#include "../domain/instrument.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace xinan {

class Database;
struct TimelineEntry;

struct ScreeningDrive
{
    qint64 id = 0;
    QString name;
    QString term; // 2026-2027-1
    QString instrumentId; // the drive's first instrument: phq9, gad7, ...
    QStringList instrumentIds; // all its instruments in order; first == instrumentId
    QList<int> targetGrades; // ascending; empty: every grade
    QDate startsOn; // null for a drive an import created without dates
    QDate endsOn;
    QDateTime createdAt; // UTC
    int targetCount = 0; // enrolled students of the target grades
    int doneCount = 0; // of those, how many have results of every instrument of the drive (or an external one)
};

// What a new drive needs.
struct DriveSpec
{
    QString name;
    QString term; // 2026-2027-1: school year and term 1 or 2
    QStringList instrumentIds; // one or more, in order; the first is the drive's main instrument
    QList<int> targetGrades; // empty: every grade
    QDate startsOn;
    QDate endsOn;
};

// A result from another platform (省平台, 医院, a licensed test such as SCL-90 or MHT): only the
// instrument's name, the total and the level the platform gave.
struct ExternalResult
{
    qint64 driveId = 0;
    qint64 studentId = 0;
    QString instrumentName; // SCL-90, MHT, 心理健康诊断测验, ...
    int total = 0;
    QString level; // 阳性, 中度, ... as the platform gave it
    QString platform; // 省平台, 医院, ...
    QDate takenOn;
    bool needsInterview = false; // the teacher asks for a second-stage interview (二次评估)
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
    QString platform; // external results: where they came from
};

// One class of the target grades: enrolled students, and how many have a result of one
// instrument in the drive (or an external result).
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

// The term a day falls in: 2026-2027-1 from August to January, 2026-2027-2 from February to July.
QString schoolTermFor(const QDate &day);
// True for a term like 2026-2027-1 (the second year follows the first; term 1 or 2).
bool isSchoolTerm(const QString &term);

class ScreeningRepository final
{
public:
    ScreeningRepository(Database &db, QString actor);

    // Throws Error(Rejected), writing nothing, for an empty or used name, a term that is not
    // like 2026-2027-1, no instrument, an unknown or repeated instrument, a grade outside 1..15, a missing date or an end
    // before the start.
    qint64 createDrive(const DriveSpec &spec);
    std::optional<ScreeningDrive> findDrive(const QString &name);
    std::optional<ScreeningDrive> drive(qint64 id);
    QList<ScreeningDrive> drives(); // newest first, with their done / target counts

    // Records one external result in one transaction with its audit entry (source external,
    // answers NULL, band_code = the level text). Throws Error(Rejected), writing nothing, for a
    // drive or student that does not exist, an empty instrument name, level or platform, a
    // text too long, a total outside 0..MaxExternalTotal, a missing or future date, or a
    // student who already has a result of that instrument in the drive. Returns the result id.
    qint64 recordExternal(const ExternalResult &result);
    static constexpr int MaxExternalTotal = 10000;
    static constexpr int MaxExternalText = 40;

    // Scores and records `entries` in the drive called `driveName` (created with `term` and the
    // instrument as its only instrument when it does not exist), all in one transaction with their
    // audit entries; source is "entered" or "imported". Throws Error(Rejected), writing nothing,
    // for an instrument that is not one of the existing drive's, answers the instrument does not
    // accept, a student that does not exist or a student who already has a result of this
    // instrument in the drive. In the same transaction raises each critical
    // student to yellow unless the student's level is yellow or higher already.
    RecordOutcome record(const QString &driveName, const QString &term, const Instrument &instrument,
        const QList<ScreeningEntry> &entries, const QString &source);

    // The drive's results (every drive's when driveId is 0), by grade, class and name.
    QList<ScreeningResultRow> results(qint64 driveId = 0);
    // The student's results, newest first (for the timeline).
    QList<ScreeningResultRow> studentResults(qint64 studentId);
    // The student's timeline entries (services/timeline.h): each result, dated by the day the instrument was taken.
    QList<TimelineEntry> timelineEntries(qint64 studentId);
    // Students who already have a result of the instrument in the drive.
    QSet<qint64> studentsWithResult(qint64 driveId, const QString &instrumentId);
    // Per class of the drive's target grades, enrolled students only; done means a result of
    // `instrumentId` (the drive's first instrument when empty) or an external result.
    QList<ClassCoverage> coverage(qint64 driveId, const QString &instrumentId = QString());
    // Per class of `grades` (every grade when empty), enrolled students only.
    QList<ClassCoverage> coverage(qint64 driveId, const QList<int> &grades, const QString &instrumentId = QString());
    // The enrolled students of one class who have no result of `instrumentId` (the drive's first
    // instrument when empty) and no external result in the drive, by name (pinyin).
    QList<ScreeningStudent> missingStudents(
        qint64 driveId, int grade, const QString &className, const QString &instrumentId = QString());
    // Every student, for matching a sheet's rows.
    QList<ScreeningStudent> students();

private:
    QString instrumentOrFirst(qint64 driveId, const QString &instrumentId);

    Database &m_db;
    QString m_actor;
};

} // namespace xinan
