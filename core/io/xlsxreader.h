#pragma once
// The first worksheet of an Excel .xlsx workbook as text cells. Unzips with QuaZip and streams the
// workbook, its relationships, the shared strings and the sheet into QXmlStreamReader part by
// part: no part is ever held unpacked in memory, and unpacking stops at the limits below.

#include "grid.h"

#include <QByteArray>
#include <QString>

namespace xinan::io {

// Cell types: shared strings (including rich-text runs, without phonetic runs), inline strings,
// numbers (as written, "1.2E+17" spelled out), booleans ("1"/"0"), formula strings, errors.
// Throws Error(Rejected) naming `name` when the bytes are not a readable workbook, when a part
// unpacks to more than MaxXlsxEntryBytes or the parts read together to more than
// MaxXlsxTotalBytes (zip bomb), when the XML holds a run of more than MaxXlsxRunBytes without
// markup (a cell or whitespace no roster has), or beyond MaxRows/MaxColumns/MaxCellChars.
CellGrid readXlsx(const QByteArray &bytes, const QString &name);

constexpr qint64 MaxXlsxEntryBytes = 256LL * 1024 * 1024;
constexpr qint64 MaxXlsxTotalBytes = 320LL * 1024 * 1024;
// QXmlStreamReader keeps a whole text run (everything between two '<' or '>') in memory before
// it reports it, so the reader refuses a run longer than a cell can be: MaxCellChars characters
// written as character references ("&#x4E2D;") of up to 10 bytes each.
constexpr qint64 MaxXlsxRunBytes = 10LL * MaxCellChars;

// "C12" -> column 2 (0-based), row 12; {-1, -1} when the reference is malformed.
std::pair<int, int> parseCellReference(QStringView ref);

} // namespace xinan::io
