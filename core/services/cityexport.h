#pragma once
// The periodic export for the city platform (市级平台定期报送): one de-identified row of counts
// and rates per school and period, from the school's figures (repo/schoolfigures.h), written as
// an xlsx workbook (sheet 数据: a Chinese header row and the row; sheet 说明: every column
// explained), a UTF-8 CSV with a BOM, and manifest.json (school code, period, versions, created
// time, each file's size and SHA-256). docs/export-format.md describes format version 1.
//
// Counts only: never names, 学籍号, birth dates or free text. Small-cell suppression: a count of
// a suppressible column from 1 to 4 is written `<5`; a rate whose numerator or denominator is
// hidden, and the total of a group when one of its parts is hidden, are written `—`, so that no
// hidden cell can be worked back from the visible ones (cityExportGroups, cityExportRates).
//
// Roles: DataKind::Reports read and DataKind::Counts read (counsellors and heads). Others
// Error(Denied).

#include "repo/schoolfigures.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace xinan {

class Database;

// The export's format version (docs/export-format.md); a column of every row and a manifest field.
constexpr int CityExportFormatVersion = 1;

// What is written for a hidden cell: a count from 1 to 4, and a cell hidden to protect one.
inline constexpr auto CitySmallCount = "<5";
inline constexpr auto CityHidden = "\u2014"; // —

enum class CityValueType {
    Text, // identity and period
    Count, // a whole number
    Rate, // a fraction 0–1 (written with 4 decimals; the workbook shows it as a percentage)
    Measure, // a decimal (square metres)
};

struct CityColumn
{
    QString code; // the CSV's header and the manifest's names: ASCII, stable across versions
    QString header; // the workbook's Chinese header
    CityValueType type = CityValueType::Count;
    QString meaning; // Chinese, for the 说明 sheet
    bool suppressible = false; // counts of students or of events about them
};

// Every column of format version 1, in order.
const QList<CityColumn> &cityExportColumns();

// A total and the parts it is the sum of (codes). When any part is hidden the total is hidden.
struct CityGroup
{
    QString total;
    QStringList parts;
};
const QList<CityGroup> &cityExportGroups();
// A rate and its numerator and denominator (codes). Hidden when either is hidden.
struct CityRate
{
    QString rate;
    QString numerator;
    QString denominator;
};
const QList<CityRate> &cityExportRates();

// The session categories given their own column (the default problem categories, in order); a
// category the school added is counted under 其他.
QStringList cityExportCategories();

struct CityCell
{
    QString code;
    QString header;
    CityValueType type = CityValueType::Count;
    QString shown; // as written in the CSV: "12", "0.9532", "<5", "—", "" (a rate of nothing), text
    double number = 0; // the value before suppression (never written when suppressed)
    bool isNumber = false; // written as a number cell (false for text and for hidden cells)
    bool suppressed = false;
    bool smallCount = false; // suppressed because it is 1–4 itself (`<5`), not to protect another
};

struct CityExportRow
{
    QString schoolCode;
    ReportPeriod period;
    QDateTime generatedAt; // UTC
    QList<CityCell> cells; // one per cityExportColumns(), same order
    QStringList suppressedColumns; // codes of the hidden cells, in column order

    // <schoolcode>_<period>_city
    QString fileStem() const;
    const CityCell *cell(const QString &code) const;
};

// The row from figures (pure: no database). Applies the suppression rules.
CityExportRow cityExportRow(const PeriodFigures &figures, const QString &schoolCode, const QDateTime &generatedAt);

// The school's code in the export: "XA" and 10 upper-case hex digits of the SHA-256 of
// "xinan-school-code-v1\n" + name + "\n" + county + "\n" + the school's creation time (ISO, UTC).
// The school table has no official code; these never change once the school is set up.
QString cityExportSchoolCode(Database &db);

// The row the files would hold (for the preview): figures of the period (reportPeriod: a term
// "2026-2027-1", a month "2026-11", empty the current term) at clock::nowUtc().
CityExportRow previewCityExport(Database &db, const QString &periodId = {});

// The files' bytes.
QByteArray cityExportCsv(const CityExportRow &row);
// Written through libxlsxwriter into `path` (a temporary file the caller renames into place).
void writeCityExportXlsx(const CityExportRow &row, const QString &path);

struct CityExportFile
{
    QString name;
    qint64 size = 0;
    QString sha256; // lower-case hex
};

struct CityExportResult
{
    CityExportRow row;
    QString folder; // absolute
    QList<CityExportFile> files; // the xlsx, the CSV, the manifest (the manifest without its own hash)
};

// Writes <stem>.xlsx, <stem>.csv and manifest.json into outDir (each owner-only, through a
// temporary file and a rename) and records the export in the audit log. Throws Error(Rejected)
// when outDir does not exist, is not a folder or is not writable, or when a file is there already
// and overwrite is false (nothing is written then); Error(Denied) for a role that may not.
CityExportResult writeCityExport(Database &db, const QString &periodId, const QString &outDir, bool overwrite);
// The same for a row already previewed (the GUI writes what it showed).
CityExportResult writeCityExport(Database &db, const CityExportRow &row, const QString &outDir, bool overwrite);

} // namespace xinan
