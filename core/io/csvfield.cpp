#include "csvfield.h"

namespace xinan::io {

QString csvField(QString v)
{
    // A cell beginning like a formula would be run by Excel; a leading apostrophe keeps it text.
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.at(0)))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r') || v != v.trimmed()) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        return u'"' + v + u'"';
    }
    return v;
}

} // namespace xinan::io
