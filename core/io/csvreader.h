#pragma once
// CSV (RFC 4180) and Excel "text" files: encoding detection and parsing.

#include "grid.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace xinan::io {

struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16", "GB18030"
};

// UTF-8 with BOM, UTF-16 with BOM (Excel's "Unicode text"), valid UTF-8, else GB18030.
// nullopt when the bytes are none of these (binary data).
std::optional<DecodedText> decodeText(const QByteArray &bytes);

// The delimiter (',', '\t' or ';') used most in the first lines outside quotes.
QChar sniffDelimiter(const QString &text);

// Parses RFC 4180 records: quoted fields, "" escapes, newlines inside quotes, CRLF/LF/CR line
// ends. Blank records are left out; fileRows counts records from 1. Throws Error(Rejected)
// naming `name` when the text has more than MaxRows records, more than MaxColumns columns or
// a cell longer than MaxCellChars.
CellGrid parseCsv(const QString &text, QChar delimiter, const QString &name);

} // namespace xinan::io
