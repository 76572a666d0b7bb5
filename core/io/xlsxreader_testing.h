#pragma once
// Test seam for the xlsx reader's unpacking limits: smaller limits make zip-bomb tests fast, and
// the count of bytes the last readXlsx call unpacked shows that reading stopped at the limit.
// Only tests include this header.

#include <QtGlobal>

namespace xinan::testing {
// Per-part and whole-workbook limits on unpacked bytes; a negative value restores the default.
void setXlsxUnpackLimits(qint64 entryBytes, qint64 totalBytes);
// Bytes unpacked (inflated) by the last readXlsx call, over all the parts it read.
qint64 lastXlsxUnpackedBytes();
} // namespace xinan::testing
