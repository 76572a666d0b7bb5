#include "grid.h"

#include <algorithm>

namespace xinan::io {

QString cleanCell(QString text)
{
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        const char16_t c = text.at(i).unicode();
        if (c == 0xFEFF || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060)
            text.remove(i, 1);
    }
    return text.trimmed();
}

bool isBlankRow(const QStringList &row)
{
    return std::all_of(row.cbegin(), row.cend(), [](const QString &c) { return c.isEmpty(); });
}

} // namespace xinan::io
