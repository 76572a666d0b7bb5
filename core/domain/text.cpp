#include "text.h"

#include "../error.h"

#include <QCoreApplication>

namespace xinan {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlainText)
};

bool refused(char32_t c, bool multiLine)
{
    if (c == u'\t' || c == u'\n' || c == u'\r')
        return !multiLine;
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return true;
    if (c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        return true;
    if (multiLine)
        return false;
    return (c >= 0x200B && c <= 0x200F) || c == 0x2060 || c == 0xFEFF || c == 0x061C;
}

} // namespace

QString plainTextProblem(const QString &field, const QString &text, bool multiLine)
{
    for (const char32_t c : text.toUcs4())
        if (refused(c, multiLine))
            return Tr::tr("%1 contains the invisible character U+%2, which XinAn does not accept there; type the text "
                          "again without it.")
                .arg(field, QStringLiteral("%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper());
    return {};
}

void checkPlainText(const QString &field, const QString &text, bool multiLine)
{
    if (const QString problem = plainTextProblem(field, text, multiLine); !problem.isEmpty())
        throw Error(ErrorKind::Rejected, problem);
}

} // namespace xinan
