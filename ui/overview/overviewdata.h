#pragma once
// Everything the school overview shows, read from the open database in one go.

#include "repo/schoolrepository.h"
#include "repo/studentrepository.h"

#include <QStringList>

namespace xinan {
class SchoolFile;
}

namespace xinan::ui {

struct OverviewData
{
    SchoolInfo school;
    StudentCounts students;
    QStringList accounts;
};

OverviewData loadOverview(SchoolFile &school);

} // namespace xinan::ui
