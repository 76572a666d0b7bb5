#pragma once
// Every PDF XinAn writes passes through here before it reaches the disk, so that its text can be
// searched and copied. Qt's PDF engine writes, per embedded font, a ToUnicode map that it builds by
// asking the font which code point draws each glyph, lowest code point first. Noto Sans CJK (like
// every Adobe-style CJK font) draws a Kangxi radical (U+2F00–U+2FD5) or a CJK radical supplement
// (U+2E80–U+2EF3) with the very glyph of the ideograph, so the map says ⼼ (U+2F3C) where the page
// shows 心 (U+5FC3), and pdftotext, search and copy give "⼼理", "星期⼀". The rewrite below maps
// each such radical back to the ideograph that shares its glyph. Pure QtCore: the GUI's printouts
// (ui/common/printout.h) and the command line's duty print both use it.

#include <QByteArray>
#include <QString>

namespace xinan {

// The ideograph that Noto Sans CJK SC draws with the same glyph as this radical (U+2E80–U+2FDF),
// or 0 when the radical has a glyph of its own (or `radical` is no radical).
char16_t ideographForRadical(char16_t radical);

// The PDF with every radical in its ToUnicode maps replaced by its ideograph (object lengths and the
// cross-reference table adjusted). A PDF with nothing to change, or whose layout is not the one
// Qt writes (one classic xref table, uncompressed ToUnicode streams), comes back as it was.
QByteArray withSearchableText(const QByteArray &pdf);

// Applies withSearchableText() to a PDF file in place (through a temporary file, keeping the
// file's permissions). Throws Error(Other) naming the file when it cannot be read or written.
void makePdfFileSearchable(const QString &path);

} // namespace xinan
