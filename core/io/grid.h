#pragma once
// What the roster readers return: the cells of a table as text, row by row, with the row number
// a teacher sees in Excel (or in a text editor, for CSV records).

#include <QList>
#include <QString>
#include <QStringList>

namespace xinan::io {

struct CellGrid
{
    QList<QStringList> rows; // non-empty rows only, cells trimmed
    QList<int> fileRows; // 1-based row number of each row in the file
    bool date1904 = false; // xlsx: the workbook counts dates from 1904
};

// Limits that protect against huge files and zip bombs.
constexpr qint64 MaxFileBytes = 50LL * 1024 * 1024;
constexpr int MaxRows = 500000;
constexpr int MaxColumns = 1000;
constexpr int MaxCellChars = 32767; // Excel's own limit

// Trims spaces (also U+3000 and no-break spaces) and removes zero-width characters and BOMs.
QString cleanCell(QString text);
// True when every cell is empty.
bool isBlankRow(const QStringList &row);

} // namespace xinan::io
