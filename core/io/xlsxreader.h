#pragma once
// The first worksheet of an Excel .xlsx workbook as text cells. Unzips with QuaZip and reads the
// workbook, its relationships, the shared strings and the sheet with QXmlStreamReader.

#include "grid.h"

#include <QByteArray>
#include <QString>

namespace xinan::io {

// Cell types: shared strings (including rich-text runs, without phonetic runs), inline strings,
// numbers (as written, "1.2E+17" spelled out), booleans ("1"/"0"), formula strings, errors.
// Throws Error(Rejected) naming `name` when the bytes are not a readable workbook, when an
// entry unpacks to more than MaxXlsxEntryBytes (zip bomb), or beyond MaxRows/MaxColumns/
// MaxCellChars.
CellGrid readXlsx(const QByteArray &bytes, const QString &name);

constexpr qint64 MaxXlsxEntryBytes = 256LL * 1024 * 1024;

// "C12" -> column 2 (0-based), row 12; {-1, -1} when the reference is malformed.
std::pair<int, int> parseCellReference(QStringView ref);

} // namespace xinan::io
