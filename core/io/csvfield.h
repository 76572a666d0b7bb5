#pragma once
// Writing CSV: one cell, quoted when needed, and a leading = + - @ neutralised so that Excel or
// WPS does not run it as a formula. Used by every CSV XinAn writes (the CLI's listings, the
// audit log's export).

#include <QString>

namespace xinan::io {

QString csvField(QString value);

} // namespace xinan::io
