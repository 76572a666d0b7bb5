#pragma once
// Names and free text are plain text: no invisible character that could hide or reorder what a
// teacher reads (a right-to-left override that shows 张三 as 三张, a zero-width joiner that
// makes two names look alike, a control character that breaks an export). Multi-line free text
// (notes, records) may hold tabs and line breaks; names and other one-line fields may not, nor
// zero-width characters or direction marks.

#include <QString>

namespace xinan {

// The first character of `text` that a field of this kind does not accept, as a message naming
// `field` and the character as U+XXXX; empty when the text is plain. Refused everywhere: C0
// controls (except tab and line breaks in multi-line text), DEL, C1 controls, U+2028/U+2029, and
// the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). Refused
// in one-line text also: tab, line breaks, zero-width characters (U+200B–U+200D, U+2060, U+FEFF)
// and direction marks (U+200E, U+200F, U+061C).
QString plainTextProblem(const QString &field, const QString &text, bool multiLine);

// Throws Error(Rejected) with plainTextProblem() when there is one.
void checkPlainText(const QString &field, const QString &text, bool multiLine);

} // namespace xinan
