#pragma once
// Pieces the counselling-record views share: the staff chooser and the one-line texts of a
// record. (The student finder and picker are common/studentpicker.h.)

#include "common/studentpicker.h"

#include "repo/sessionrepository.h"

class QComboBox;

namespace xinan {
class SchoolFile;
} // namespace xinan

namespace xinan::ui {

// Fills a combo with the active staff (plus `keepId` when it is inactive); the first item is
// `firstText` with data 0 when it is not empty.
void fillStaffCombo(SchoolFile &school, QComboBox *combo, const QString &firstText, qint64 keepId = 0);
// The categories joined for a list cell.
QString categoriesText(const QStringList &categories);
// The text shown for a record whose content the account may not read: "个体辅导记录 · date".
QString restrictedRecordText(const CounsellingRecord &record);
// "Only counselling teachers can see the content" (内容仅心理教师可见).
QString restrictedContentText();

} // namespace xinan::ui
