// libFuzzer entry point for the roster readers: arbitrary bytes as CSV and as xlsx, then every
// cell through the header matcher and the value parsers. Any xinan::Error is an expected
// refusal; a crash, a sanitizer report or another exception is a finding.
#include "error.h"
#include "services/rosterimport.h"
#include "services/rostervalues.h"

#include <cstddef>
#include <cstdint>

namespace {

void exercise(const xinan::RosterTable &t)
{
    using namespace xinan::roster;
    const auto mapping = xinan::guessRosterMapping(t.headers);
    int checksum = static_cast<int>(mapping.size());
    for (const QStringList &row : t.rows) {
        for (const QString &cell : row) {
            checksum += normaliseStudentNo(cell).size() + normaliseName(cell).size() + normaliseEthnicity(cell).size();
            checksum += parseDate(cell, t.format == u"xlsx", t.date1904).has_value();
            checksum += parseDate(cell, false, false).has_value();
            checksum += parseGrade(cell).value_or(0);
            int grade = 0;
            checksum += normaliseClassName(cell, &grade).size() + grade;
            checksum += parseGender(cell).has_value() + parseYesNo(cell).has_value() + parseStatus(cell).has_value();
            checksum += parsePhone(cell).has_value();
        }
    }
    if (checksum < 0)
        __builtin_trap(); // sizes are never negative; keeps the work from being optimised away
}

void read(const QByteArray &bytes, const QString &format)
{
    try {
        exercise(xinan::readRosterFromBytes(bytes, format, QStringLiteral("fuzz.") + format));
    } catch (const xinan::Error &) {
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    read(bytes, QStringLiteral("csv"));
    read(bytes, QStringLiteral("xlsx"));
    return 0;
}
