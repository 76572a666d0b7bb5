#pragma once
// What the screening import's two parts share (screeningimport.cpp reads and plans,
// screeningcolumns.cpp finds the columns). Internal to core/services.

#include "rostervalues.h"

#include <QString>
#include <QStringList>

namespace xinan::screening {

// The identity field a header names (学籍号, 姓名, 班级, 年级), its question number set aside;
// RosterField::Ignore for anything else.
RosterField identityField(const QString &header);
// Letters and digits only, lower case, half-width: what two wordings are compared by.
QString textKey(const QString &text);
// "column 3 "姓名"" for messages (translated).
QString columnLabel(const QStringList &headers, int column);

} // namespace xinan::screening
